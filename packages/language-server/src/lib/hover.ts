/**
 * Hover on a finding. Over a squiggle the editor already shows the diagnostic (its reason, the
 * rule and the link to the rule's docs) in the same hover, so this adds what the diagnostic does
 * not say: why (the note), the alternatives the reason does not already name, where the advice
 * comes from (each public source with its own link), and how many more times a repeated term is
 * used. A suggestion is a hint, which VS Code marks (and explains on hover) at its first two
 * characters only: its hover says what was found first, so the whole word says it.
 */
import {plural, publicSources, type MessageJson} from '@plainspeak/core'
import {webAddress} from '@plainspeak/base'
import {MarkupKind, type Hover} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {repeatOf, shownRange} from './diagnostics.js'

/** Markdown special characters in text from data files are shown as written. */
const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')

/**
 * A source's address as a Markdown link target: an https address only (parsed as a browser
 * parses it, the dictionary loader's own test), with every character that could end the target
 * or start more Markdown percent-encoded, so a hover shows one link and never an image.
 */
function linkTarget(url: unknown): string | undefined {
  const address = webAddress(url)
  return address?.replace(/[()[\]<>\\`!*_{}|"' ]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
}

/** The entry's public sources, by name, each with its link: never the dictionary editors' notes on provenance. */
function sources(message: MessageJson): string[] {
  return publicSources(message.data.entry?.sources ?? []).map((source) => {
    const target = linkTarget(source.url)
    return target === undefined ? escape(source.name) : `[${escape(source.name)}](${target})`
  })
}

/** `5 more uses in this document`, on the first use of a repeated term; `use 3 of 5 …` on the others. */
function repeats(message: MessageJson): string | undefined {
  const repeat = repeatOf(message.data)
  if (!repeat || repeat.count < 2) return undefined
  if (repeat.ordinal === 1) return `${plural(repeat.count - 1, 'more use')} in this document.`
  return `Use ${repeat.ordinal} of ${repeat.count} in this document.`
}

/** What the hover says about one finding: for a suggestion what was found, then what the diagnostic's own message does not say. */
export function describeFinding(message: MessageJson): string {
  const lines: string[] = []
  if (message.suggestion) lines.push(`**${escape(message.reason)}**`)
  if (message.note) lines.push(escape(message.note))
  // Alternatives the reason quotes ("“refer” or “direct”") or spells out ("…: Joint Strategic Needs Assessment (JSNA).") are said already.
  const said = (item: string) => message.reason.includes(`“${item}”`) || (item.length > 12 && message.reason.includes(item))
  const unnamed = message.expected.filter((item) => item !== '' && !said(item))
  if (unnamed.length > 0) lines.push(`${unnamed.length === 1 ? 'Instead' : 'Instead, one of'}: ${unnamed.map((item) => `“${escape(item)}”`).join(', ')}`)
  const from = sources(message)
  if (from.length > 0) lines.push(`Source: ${from.join('; ')}`)
  const more = repeats(message)
  if (more) lines.push(more)
  return lines.join('\n\n')
}

/** Findings whose underlined range holds `offset` (ends included, so a cursor just after a word counts). */
export function hoverAt(document: TextDocument, messages: readonly MessageJson[], offset: number): Hover | null {
  // An underlined range lies within its finding's span: only findings whose span holds the offset can match.
  const candidates = messages.filter((message) => message.offset <= offset && offset <= message.endOffset)
  const spans = candidates.map((message) => {
    const range = shownRange(message, document)
    return {message, start: document.offsetAt(range.start), end: document.offsetAt(range.end), range}
  })
  // The narrowest finding first, and its range: the word before the sentence's opening words around it.
  const here = spans.filter((span) => span.start <= offset && offset <= span.end).sort((a, b) => a.end - a.start - (b.end - b.start))
  const narrowest = here[0]
  if (!narrowest) return null
  const text = here.map((span) => describeFinding(span.message)).filter((part) => part !== '')
  if (text.length === 0) return null
  return {contents: {kind: MarkupKind.Markdown, value: text.join('\n\n---\n\n')}, range: narrowest.range}
}
