/**
 * Whether a fix may be applied without a person looking at it (a bulk fix: `plainspeak fix`, an
 * editor's fix-all, Word's Replace All). It must be exactly one replacement, which the engine
 * offers only where it fits the sentence, and the words must be prose: not code, a web address,
 * front matter, a quotation or part of a name.
 */
import type {Format} from '../options.js'
import type {FixableFinding} from './finding.js'
import {protectedSpans, type ProtectedKind, type ProtectedSpans} from './protected-spans.js'

/** Why a fix is not safe to apply unseen. */
export type FixRisk = ProtectedKind | 'name' | 'no single replacement'

const capital = /^\P{L}*\p{Lu}/u

/** Where a sentence, line, heading, list item or table cell starts: a capital there says nothing about names. */
function startsSentence(text: string, start: number): boolean {
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1), start).replace(/[ \t\u00a0(*_"“‘'[]*$/u, '')
  return line === '' || /[.!?:>|]$/.test(line) || /^[ \t]*(?:[-*+]|\d{1,3}[.)]|#{1,6}|>)$/.test(line)
}

/**
 * Whether the words are part of a name or title, from their capitals: capitalised inside a
 * sentence ("the Going Forward Fund"), or followed by another capitalised word ("Utilise Health
 * Partnership"). An acronym is a name by nature and is fixed by spelling it out, so it is never
 * held back here.
 */
export function looksLikeName(text: string, finding: FixableFinding): boolean {
  if (finding.subject?.kind === 'acronym' || !capital.test(finding.actual)) return false
  if (!startsSentence(text, finding.start)) return true
  const nextWord = /^[ \t\u00a0]+(\p{L}[\p{L}'’-]*)/u.exec(text.slice(finding.end, finding.end + 60))?.[1]
  // The next word capitalised, and not an acronym or "I": "Signpost NHS patients" is advice.
  return nextWord !== undefined && /^\p{Lu}\p{Ll}/u.test(nextWord)
}

/** What makes a place unsafe for an unseen fix, or `undefined` when it is prose. */
export function placeRisk(text: string, finding: FixableFinding, spans: ProtectedSpans): FixRisk | undefined {
  return spans.at(finding.start, finding.end) ?? (looksLikeName(text, finding) ? 'name' : undefined)
}

/** Why a finding's fix is not safe to apply unseen, or `undefined` when it is. */
export function fixRisk(text: string, finding: FixableFinding, spans: ProtectedSpans): FixRisk | undefined {
  const [only, ...others] = finding.expected
  if (only === undefined || others.length > 0 || only === finding.actual) return 'no single replacement'
  return placeRisk(text, finding, spans)
}

/** A one-off check of a single finding: `fixRisk` with the document's protected parts found for it. */
export function isSafeFix(text: string, finding: FixableFinding, format: Format): boolean {
  return fixRisk(text, finding, protectedSpans(text, format)) === undefined
}
