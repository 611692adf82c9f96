/** Hover on a finding: what was found, why, what to write instead, and where the advice comes from. */
import type {PlainspeakMessage} from '@plainspeak/core'
import {MarkupKind, type Hover} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {findingRange} from './diagnostics.js'

interface SourceTitle {
  id?: string
  title?: string
  url?: string
}

/** Markdown special characters in text from data files are shown as written. */
const escape = (text: string) => text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')

function sources(message: PlainspeakMessage): string[] {
  const entry = message.data['entry'] as {sources?: SourceTitle[]} | undefined
  const listed = Array.isArray(entry?.sources) ? entry.sources : []
  return listed
    .filter((source) => typeof source?.title === 'string')
    .map((source) => (typeof source.url === 'string' && /^https?:\/\//.test(source.url) ? `[${escape(source.title!)}](${source.url})` : escape(source.title!)))
}

export function describeFinding(message: PlainspeakMessage): string {
  const lines = [`**${escape(message.reason)}**`]
  if (message.note) lines.push(escape(message.note))
  if (message.expected.length > 0) {
    lines.push(`${message.expected.length === 1 ? 'Instead' : 'Instead, one of'}: ${message.expected.map((item) => `“${escape(item)}”`).join(', ')}`)
  }
  const from = sources(message)
  if (from.length > 0) lines.push(`Source: ${from.join('; ')}`)
  lines.push(`[plainspeak(${message.ruleId})](${message.url})`)
  return lines.join('\n\n')
}

/** Findings whose span holds `offset` (ends included, so a cursor just after a word counts). */
export function hoverAt(document: TextDocument, messages: readonly PlainspeakMessage[], offset: number): Hover | null {
  const width = (message: PlainspeakMessage) => message.place.end.offset - message.place.start.offset
  // The narrowest finding first, and its range: the word before the long sentence around it.
  const here = messages.filter((message) => message.place.start.offset <= offset && offset <= message.place.end.offset).sort((a, b) => width(a) - width(b))
  const narrowest = here[0]
  if (!narrowest) return null
  return {
    contents: {kind: MarkupKind.Markdown, value: here.map(describeFinding).join('\n\n---\n\n')},
    range: findingRange(narrowest, document)
  }
}
