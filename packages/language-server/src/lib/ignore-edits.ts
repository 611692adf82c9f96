/**
 * "Ignore" edits. They only insert text (a front matter `allow` entry, or a
 * `<!-- plainspeak-disable RULE -->` / `<!-- plainspeak-enable RULE -->` pair around the
 * finding); they never change the document's own words.
 */
import type {Format} from '@plainspeak/core'
import {isMap, isSeq, parseDocument} from 'yaml'

/** An insertion or a replacement, by offsets in the document's text. */
export interface OffsetEdit {
  start: number
  end: number
  text: string
}

const frontMatter = /^---[ \t]*\r?\n(?:([^]*?)\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/

/** Adds `term` to `plainspeak.allow` in Markdown front matter, creating what is missing. */
export function frontMatterAllow(text: string, term: string): OffsetEdit | undefined {
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const quoted = JSON.stringify(term)
  const match = frontMatter.exec(text)
  if (!match) return {start: 0, end: 0, text: `---${eol}plainspeak:${eol}  allow: [${quoted}]${eol}---${eol}${eol}`}

  const body = match[1]
  const bodyStart = match[0].indexOf('\n') + 1
  if (body === undefined || body.trim() === '') {
    return {start: bodyStart, end: bodyStart, text: `plainspeak:${eol}  allow: [${quoted}]${eol}`}
  }
  const document = parseDocument(body)
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined
  const settings = document.get('plainspeak')
  const bodyEnd = bodyStart + body.length
  if (settings === undefined) {
    return {start: bodyEnd, end: bodyEnd, text: `${eol}plainspeak:${eol}  allow: [${quoted}]`}
  }
  if (!isMap(settings)) return undefined
  const allow = settings.get('allow')
  if (isSeq(allow)) {
    if (allow.items.some((item) => String((item as {value?: unknown}).value ?? item).toLowerCase() === term.toLowerCase())) return undefined
    document.addIn(['plainspeak', 'allow'], term)
  } else if (allow === undefined) {
    document.setIn(['plainspeak', 'allow'], document.createNode([term], {flow: true}))
  } else {
    return undefined
  }
  return {start: bodyStart, end: bodyEnd, text: String(document).replace(/\r?\n$/, '').replace(/\r?\n/g, eol)}
}

/** Only blanks, blockquote markers and list markers before the span on its line. */
const lineContentStart = /^[ \t>]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+[ \t>]*)*$/

/**
 * A disable/enable pair around a finding. Inline in HTML, and in Markdown when the finding is
 * inside a line; in Markdown a comment opening a line would start an HTML block and hide the
 * rest of the line, so there the pair goes on lines of its own around the paragraph.
 */
export function inlineIgnore(text: string, start: number, end: number, ruleId: string, format: Format): OffsetEdit[] | undefined {
  if (format === 'text') return undefined
  const open = `<!-- plainspeak-disable ${ruleId} -->`
  const close = `<!-- plainspeak-enable ${ruleId} -->`
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  if (format === 'html' || !lineContentStart.test(text.slice(lineStart, start))) {
    return [
      {start, end: start, text: open},
      {start: end, end, text: close}
    ]
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n'
  const blankBefore = /\n[ \t]*\r?\n/g
  let chunkStart = 0
  for (const match of text.slice(0, start).matchAll(blankBefore)) chunkStart = match.index + match[0].length
  const after = /\r?\n[ \t]*(?:\r?\n|$)/.exec(text.slice(end))
  const chunkEnd = after ? end + after.index : text.length
  const indent = /^[ \t]*/.exec(text.slice(chunkStart))![0]
  return [
    {start: chunkStart, end: chunkStart, text: `${indent}${open}${eol}${eol}`},
    {start: chunkEnd, end: chunkEnd, text: `${eol}${eol}${indent}${close}`}
  ]
}
