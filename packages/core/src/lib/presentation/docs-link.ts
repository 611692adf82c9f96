/**
 * Links to the rule docs. Every finding's `url` points either at the rule docs shipped with
 * Plainspeak (`docs/rules.html` in this package, one anchor per rule id) or at the copy an
 * organisation publishes and names in its configuration (`docsUrl`). Never at a web address
 * nobody configured: Plainspeak works offline, and its links must too.
 */
import {webAddress} from '@plainspeak/base'

/** The rules page shipped in this package, as a `file:` URL, when running from files (Node); `undefined` in a browser bundle. */
export function localRulesPage(): string | undefined {
  // Core runs in browsers too, so no URL class or Node types: the module's own address, edited.
  // A script bundle has no module URL: its front end names its own copy of the docs.
  const here: unknown = (import.meta as {url?: unknown}).url
  if (typeof here !== 'string' || !here.startsWith('file:')) return undefined
  const page = here.replace(/\/(?:dist|src)\/lib\/presentation\/docs-link\.[jt]s$/, '/docs/rules.html')
  return page === here ? undefined : page
}

/** Where links go when nothing says otherwise and no local page is known: the page's name, relative. */
export const rulesPageName = 'rules.html'

/**
 * The link to one rule's docs under `base`: `{rule}` in `base` is replaced by the rule id
 * (`https://intranet.example.gov.uk/plainspeak/{rule}`); otherwise the rule id becomes the anchor
 * (`…/rules.html#jargon`).
 */
export function ruleDocsLink(ruleId: string, base: string): string {
  if (base.includes('{rule}')) return base.replaceAll('{rule}', encodeURIComponent(ruleId))
  return `${base.replace(/#.*$/, '')}#${encodeURIComponent(ruleId)}`
}

/**
 * Whether `value` can be a docs address: an `https:` address with a host, parsed as a browser
 * parses it (the same test as a dictionary source's `url`). Every report and editor puts it in a
 * link, so `javascript:`, `data:` and `file:` are never accepted, and neither is plain `http:`.
 */
export function isDocsUrl(value: unknown): value is string {
  return webAddress(value) !== undefined
}
