/**
 * A finding plus a chosen replacement becomes one edit: the range to change and the text to put
 * there. This is the only place a fix is worked out; the language server, the Word pane and the
 * CLI all call it, so one finding fixed on any surface gives the same text.
 *
 * - Case: the replacement takes the capitals of the words it replaces (keep-case.ts).
 * - Removal (`''`): the spacing and commas around the words go with them, so no double space or
 *   stray comma is left ("It is, in fact, true." → "It is true."), and a sentence that loses its
 *   first words starts with a capital again.
 * - Abbreviations: "e.g." loses its own full stop with it ("e.g. online" → "for example online"),
 *   and one that ended a sentence leaves the sentence its full stop ("and pens etc." → "and pens
 *   and so on.").
 * - Guard: no edit when the text no longer holds the finding's words where the finding says.
 */
import type {FixableFinding, FixEdit} from './finding.js'
import {keepCase} from './keep-case.js'
import {startsSentence} from './sentence-start.js'

const spaces = /^[ \t\u00a0]*/
const trailingSpaces = /[ \t\u00a0]*$/

/** Whether the text at `offset` ends a sentence: the end of the text or line, or a new sentence starting. */
function endsSentence(text: string, offset: number): boolean {
  const rest = text.slice(offset, offset + 40)
  return /^["”’)\]]*(?:[ \t\u00a0]*(?:\r?\n|$)|[ \t\u00a0]+["“‘(]*\p{Lu})/u.test(rest)
}

const endsLine = (text: string, offset: number) => /^[ \t\u00a0]*(?:\r?\n|$)/.test(text.slice(offset, offset + 40))

/** The edit that removes `start`–`end`, taking its spacing and commas along. */
function removal(text: string, start: number, end: number, capitalised: boolean): FixEdit {
  const before = text.slice(Math.max(0, start - 200), start)
  const gapBefore = trailingSpaces.exec(before)![0].length
  const gapAfter = spaces.exec(text.slice(end, end + 200))![0].length
  const charBefore = before.charAt(before.length - gapBefore - 1)
  const next = text.charAt(end + gapAfter)
  const edit = (from: number, to: number, replacement = ''): FixEdit => ({start: from, end: to, original: text.slice(from, to), text: replacement})

  // A sentence that loses its opening words: "In fact, it is true." → "It is true."
  if (startsSentence(text, start)) {
    let to = end + gapAfter
    if (next === ',') to += 1 + spaces.exec(text.slice(to + 1, to + 201))![0].length
    const letter = text.charAt(to)
    return capitalised && /\p{Ll}/u.test(letter) ? edit(start, to + 1, letter.toUpperCase()) : edit(start, to)
  }
  // Between commas: "It is, in fact, true." → "It is true."
  if (charBefore === ',' && gapBefore > 0 && next === ',') return edit(start - gapBefore - 1, end + gapAfter + 1)
  // After a comma at the end of a clause: "We do it, basically." → "We do it."
  if (charBefore === ',' && (next === '' || /[.!?;:)\n\r]/.test(next))) return edit(start - gapBefore - 1, end)
  // Before punctuation: "We do it basically." → "We do it."
  if (gapBefore > 0 && (next === '' || /[.,!?;:)\n\r]/.test(next))) return edit(start - gapBefore, end)
  // Between words: one space goes with the words.
  if (gapAfter > 0) return edit(start, end + gapAfter)
  return edit(start - gapBefore, end)
}

/** An abbreviation written with inner full stops: "e.g", "i.e" (without their last full stop). */
const dottedAbbreviation = /(?:^|[^\p{L}])\p{L}\.\p{L}$/u

/**
 * Abbreviations that introduce what follows ("e.g. Polling station hire", "ie. the board"): they
 * never end a sentence, so a capital after one starts a name, not a new sentence.
 */
const introducing = /^(?:e\.?g|i\.?e|viz|incl|esp)\.?$/i

/**
 * The edit that puts `replacement` in place of the finding, or `undefined` when the text no longer
 * holds the finding's words where it says.
 */
export function fixEdit(text: string, finding: FixableFinding, replacement: string): FixEdit | undefined {
  const {start, end, actual} = finding
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || text.slice(start, end) !== actual) return undefined
  if (replacement === '') return removal(text, start, end, /^\P{L}*\p{Lu}/u.test(actual))
  // Acronyms keep their own capitals: "JSNA" → "Joint Strategic Needs Assessment (JSNA)". An
  // acronym's capital says nothing about the sentence, so a spelled-out meaning in lower case
  // ("integrated care board (ICB)") takes a capital only at the start of a sentence.
  const acronym = finding.subject?.kind === 'acronym'
  let newText = acronym && !startsSentence(text, start) ? replacement : keepCase(replacement, actual, {capitals: !acronym})
  let to = end
  const introduces = introducing.test(actual)
  if ((dottedAbbreviation.test(actual) || introduces) && text.charAt(end) === '.' && !newText.endsWith('.') && !endsLine(text, end + 1)) {
    // "e.g. online", "e.g. Health visiting": the abbreviation's own full stop goes with it (such
    // abbreviations introduce something; one at the end of a line ends the sentence too).
    to = end + 1
  } else if (actual.endsWith('.') && !/[.!?]$/.test(newText) && (introduces ? endsLine(text, end) : endsSentence(text, end))) {
    // "…pens etc." at a sentence's end: the sentence keeps its full stop.
    newText += '.'
  }
  return {start, end: to, original: text.slice(start, to), text: newText}
}

/** Whether the text still holds what the edit replaces (an edit made for another version is refused). */
export function stillApplies(text: string, edit: FixEdit): boolean {
  return edit.start >= 0 && edit.end <= text.length && text.slice(edit.start, edit.end) === edit.original
}
