/**
 * Whether a fix may be applied without a person looking at it (a bulk fix: `plainspeak fix`, an
 * editor's fix-all, Word's Replace All). It must be exactly one replacement, which the engine
 * offers only where it fits the sentence, and the words must be prose: not code, a web address,
 * front matter, a quotation or part of a name.
 */
import type {Format} from '../rules/options.js'
import type {FixableFinding} from './finding.js'
import {protectedSpans, type ProtectedKind, type ProtectedSpans} from './protected-spans.js'
import {startsSentence} from './sentence-start.js'

/** Why a fix is not safe to apply unseen. */
export type FixRisk = ProtectedKind | 'name' | 'no single replacement'

const capital = /^\P{L}*\p{Lu}/u

/** Capitalised as a word in a name is, not as an acronym: "Government", "Scotland". */
const titleWord = /^\p{Lu}\p{Ll}/u

/**
 * Whether the words are part of a name or title, from their capitals: capitalised inside a
 * sentence ("the Going Forward Fund"), followed by another capitalised word ("Utilise Health
 * Partnership"), or in lower case between two capitalised words ("the Local Government etc.
 * (Scotland) Act"). An acronym is a name by nature and is fixed by spelling it out, so it is
 * never held back here.
 */
export function looksLikeName(text: string, finding: FixableFinding): boolean {
  if (finding.subject?.kind === 'acronym') return false
  const nextWord = /^[\s.,()'’"”-]{1,6}(\p{L}[\p{L}'’-]*)/u.exec(text.slice(finding.end, finding.end + 60))?.[1]
  if (!capital.test(finding.actual)) {
    const previous = /(\p{L}[\p{L}'’-]*)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, finding.start - 60), finding.start))
    const previousStart = finding.start - (previous?.[0].length ?? 0)
    return previous !== null && titleWord.test(previous[1]!) && !startsSentence(text, previousStart) && nextWord !== undefined && titleWord.test(nextWord)
  }
  if (!startsSentence(text, finding.start)) return true
  // The next word capitalised, and not an acronym or "I": "Signpost NHS patients" is advice.
  return nextWord !== undefined && /^[ \t\u00a0]/.test(text.charAt(finding.end)) && titleWord.test(nextWord)
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
