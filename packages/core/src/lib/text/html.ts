/**
 * HTML pages from templates that escape by default. Every value put into an `html` template is
 * escaped through `escapeHtml`, lists are joined, and nothing else is: the only way to put markup
 * in unescaped is `raw()`, which is kept for Plainspeak's own fixed markup and so can be found
 * with one search. A document's text, file names, headings, meanings, notes and addresses are
 * always values, never markup.
 */
import {webAddress} from '@plainspeak/base'
import {escapeHtml} from './escape-html.js'
import {sha256Base64} from './sha256.js'

/** Markup that is already safe: made only by `html` templates and `raw()`. */
export class Html {
  readonly #markup: string
  constructor(markup: string) {
    this.#markup = markup
  }
  toString(): string {
    return this.#markup
  }
}

/** What a template accepts: text (escaped), numbers, markup, nothing (`null`, `undefined`, `false`), or a list of these. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[]

const render = (value: HtmlValue): string => {
  if (value instanceof Html) return value.toString()
  if (Array.isArray(value)) return (value as readonly HtmlValue[]).map(render).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

/** A template whose every value is escaped (see `HtmlValue`). */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let markup = strings[0]!
  values.forEach((value, index) => (markup += render(value) + strings[index + 1]!))
  return new Html(markup)
}

/** Trusted markup put in as it is: Plainspeak's own styles, scripts and fixed fragments, never data. */
export const raw = (markup: string): Html => new Html(markup)

/**
 * A value for an `href`: a link within the page (`#id`) or an https address (parsed as a browser
 * parses it). Anything else — `javascript:`, `data:`, `file:`, `http:` — links nowhere (`#`).
 */
export function safeHref(value: string): string {
  if (/^#[\w-]*$/.test(value)) return value
  return webAddress(value) ?? '#'
}

export interface PageAssets {
  /** The text of each inline `<script>` the page runs, exactly as it is written between the tags. */
  scripts: readonly string[]
  /** The text of each inline `<style>`, likewise. */
  styles: readonly string[]
}

/**
 * The Content-Security-Policy of a page that runs offline from a file: its own inline scripts
 * and styles only (named by their SHA-256, so an inline handler or an injected `<script>` never
 * runs), and nothing fetched, sent, framed or submitted. Chromium has no `navigate-to`: a page
 * can still follow a link a person clicks, so the pages put no data in their links and run no
 * script but their own.
 */
export function pageSecurityPolicy({scripts, styles}: PageAssets): string {
  const hashes = (texts: readonly string[]) => (texts.length === 0 ? "'none'" : texts.map((text) => `'sha256-${sha256Base64(text)}'`).join(' '))
  return [
    "default-src 'none'",
    `script-src ${hashes(scripts)}`,
    `style-src ${hashes(styles)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "manifest-src 'none'"
  ].join('; ')
}

/**
 * The policy as the page's first `<meta>`. Written as it is (not escaped): it is made only of
 * fixed directives and base64 hashes, which hold no quote, `<` or `&`.
 */
export const securityPolicyMeta = (assets: PageAssets): Html => raw(`<meta http-equiv="Content-Security-Policy" content="${pageSecurityPolicy(assets)}">`)
