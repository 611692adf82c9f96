/**
 * What the fix module needs of a finding: where it is, the words found and the replacements
 * offered. Every surface has these, whatever shape its findings travel in (a vfile message, JSON,
 * a diagnostic's data, the Word pane's target), so each maps to this once.
 */
import type {PlainspeakMessage} from '../check.js'
import type {FindingSubject} from '../rules/rule.js'
import type {MessageJson} from '../presentation/serialize.js'

export interface FixableFinding {
  /** UTF-16 offsets of the finding in the text the fix is made to. */
  start: number
  end: number
  /** Exactly `text.slice(start, end)` when the finding was made. */
  actual: string
  /** The replacements offered; `''` is a removal. */
  expected: readonly string[]
  /** What the finding is about: an acronym is a name by nature, and keeps its capitals. */
  subject?: Pick<FindingSubject, 'kind'>
}

/** A finding from `check` (a message, or its serialised `MessageJson`) as the fix module reads it. */
export function fixableFinding(
  message: (Pick<PlainspeakMessage, 'place'> | Pick<MessageJson, 'offset' | 'endOffset'>) & Pick<PlainspeakMessage, 'actual' | 'expected' | 'subject'>
): FixableFinding {
  const [start, end] = 'place' in message ? [message.place.start.offset, message.place.end.offset] : [message.offset, message.endOffset]
  return {start, end, actual: message.actual, expected: message.expected, subject: message.subject}
}

/** One change to a text: replace `original` (exactly `text.slice(start, end)`) with `text`. */
export interface FixEdit {
  start: number
  end: number
  original: string
  text: string
}
