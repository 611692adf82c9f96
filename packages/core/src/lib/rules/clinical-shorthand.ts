import {defineRule, type BlockRuleContext} from './rule.js'

/**
 * Clinical shorthand in a letter or leaflet to a patient: durations written as fractions (2/52,
 * 6/12, 3/7), "?" for "possible", "#" for "fracture", and the slash abbreviations of clinical
 * notes (c/o, h/o, o/e). The Academy of Medical Royal Colleges' "Please, write to me" asks
 * clinicians writing to patients to avoid abbreviations; these are the ones no dictionary can
 * list, because they are shapes, not words. Each is recognised by its shape; a fix is offered
 * only where the meaning is certain.
 *
 * Only at the patient audience. Staff documents are read by colleagues who write this shorthand
 * themselves, and a referral letter between clinicians uses it correctly; board papers and
 * public pages do not use it.
 */

/** The unit of a duration fraction: 2/52 is two weeks (of 52 in a year), 6/12 six months, 3/7 three days, 4/24 four hours. */
const durationUnits: Readonly<Record<string, {one: string; many: string; alsoDate: boolean}>> = {
  '52': {one: 'week', many: 'weeks', alsoDate: false},
  '12': {one: 'month', many: 'months', alsoDate: true},
  '7': {one: 'day', many: 'days', alsoDate: true},
  '24': {one: 'hour', many: 'hours', alsoDate: false}
}

// A number over 52, 12, 7 or 24, not part of a longer date or fraction (6/12/2025, 1/2/52).
const durationPattern = /(?<![\d/.])(\d{1,2})\/(52|12|7|24)(?![\d/])/g
// Words before or after a fraction that make it a duration: "in 6/12", "for 3/7", "2/52 ago".
const durationBefore = /\b(?:in|for|within|after|over|every|next|last|past|about|around|of|nearly|almost|than|another|further)\s+$/i
const durationAfter = /^\s+(?:ago|history|hx|later|post|time|course|supply)\b/i

// A question mark written before a word for "possible": "?fracture", "? appendicitis", "(?PE)".
// A question ends with its mark after a word, so a mark after a space or bracket is not one.
const possiblePattern = /(?<=^|[\s(])\?\s?(?=\p{L})([\p{L}][\p{L}'-]*)/gu

// A hash for "fracture": "# of the left wrist", "# NOF", "wrist #". Not a hashtag (#NHSFit), a
// number (#3) or a heading marker at the start of a line.
const fractureBefore = /(?<=\S[ \t])#(?=[\s.,;:)]|$)/g
const fractureAhead = /(?<=[\s(])#(\s?)(?=of\b|[LR]\b|NOF\b|neck\b|left\b|right\b|L\s|R\s)/g

interface SlashAbbreviation {
  meaning: string
  /** The replacement, where it reads correctly in practically every sentence. */
  fix?: string
  /** Why there is no fix, in the reason. */
  advice?: string
  /** A capital after it gives another sense: "c/o Mrs Jones" is "care of". */
  notBeforeCapital?: boolean
}

/** The slash abbreviations of clinical notes, by how they are written (in lower case). */
const slashAbbreviations: Readonly<Record<string, SlashAbbreviation>> = {
  'c/o': {meaning: 'complains of', advice: 'write what the patient told you (“you told me about…”)', notBeforeCapital: true},
  'h/o': {meaning: 'history of', fix: 'history of'},
  'o/e': {meaning: 'on examination', fix: 'on examination'},
  'r/v': {meaning: 'review', fix: 'review'},
  'f/u': {meaning: 'follow-up', fix: 'follow-up'},
  's/b': {meaning: 'seen by', fix: 'seen by'},
  'd/w': {meaning: 'discussed with', fix: 'discussed with'}
}
const slashPattern = /(?<![\p{L}\d/])([a-z])\/([a-z])(?![\p{L}\d/])/giu

// "NAD" (nothing abnormal detected) is shorthand too, though written like an acronym.
const nadPattern = /(?<![\p{L}\d])NAD(?![\p{L}\d])/gu

const note =
  'Clinical shorthand is for colleagues: a patient reading a letter about their own care may not know it. The Academy of Medical Royal Colleges’ “Please, write to me” asks clinicians to write to patients without abbreviations.'

function findDurations(context: BlockRuleContext, text: string): void {
  for (const match of text.matchAll(durationPattern)) {
    const [actual, countText, unitKey] = match
    const unit = durationUnits[unitKey!]!
    const start = match.index
    const end = start + actual.length
    const count = Number(countText)
    // "24/7" is "all day, every day"; 0/7 is nothing.
    if (count === 0 || (unitKey === '7' && count === 24)) continue
    // A fraction over 12 or 7 may be a date (6/12: 6 December): only a duration where the words round it say so.
    if (unit.alsoDate && !durationBefore.test(text.slice(Math.max(0, start - 20), start)) && !durationAfter.test(text.slice(end, end + 12))) continue
    const words = `${count} ${count === 1 ? unit.one : unit.many}`
    report(context, start, end, `Write “${actual}” as “${words}”: it is clinical shorthand.`, [words])
  }
}

function findPossible(context: BlockRuleContext, text: string): void {
  for (const match of text.matchAll(possiblePattern)) {
    const word = match[1]!
    const start = match.index
    const end = start + match[0].length
    report(context, start, end, `Write “possible ${word}” instead of “${match[0]}”: a question mark before a word is clinical shorthand.`, [`possible ${word}`])
  }
}

function findFractures(context: BlockRuleContext, text: string): void {
  for (const match of text.matchAll(fractureBefore)) {
    report(context, match.index, match.index + 1, 'Write “fracture” (or “broken”) instead of “#”: it is clinical shorthand.', ['fracture'])
  }
  for (const match of text.matchAll(fractureAhead)) {
    const start = match.index
    const end = start + match[0].length
    // "# of the wrist" reads as "fracture of the wrist"; before a side or a site ("# NOF", "#L wrist") the sentence needs rewording.
    const fix = /^of\b/.test(text.slice(end)) ? ['fracture '] : []
    report(context, start, end, 'Write “fracture” (or “broken”) instead of “#”, rewording to fit: it is clinical shorthand.', fix)
  }
}

function findSlashAbbreviations(context: BlockRuleContext, text: string): void {
  for (const match of text.matchAll(slashPattern)) {
    const actual = match[0]
    const abbreviation = slashAbbreviations[actual.toLowerCase()]
    if (!abbreviation) continue
    const start = match.index
    const end = start + actual.length
    if (abbreviation.notBeforeCapital && /^\s+\p{Lu}/u.test(text.slice(end))) continue
    const fix = abbreviation.fix === undefined ? [] : [start === 0 || /[.:!?]\s*$/.test(text.slice(0, start)) ? capitalise(abbreviation.fix) : abbreviation.fix]
    const instead = abbreviation.fix === undefined ? `: ${abbreviation.advice}` : ''
    report(context, start, end, `“${actual}” is clinical shorthand for “${abbreviation.meaning}”${instead}.`, fix)
  }
  for (const match of text.matchAll(nadPattern)) {
    report(context, match.index, match.index + 3, '“NAD” is clinical shorthand for “nothing abnormal detected”: write “normal” or “nothing abnormal was found”, rewording to fit.', [])
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function report(context: BlockRuleContext, start: number, end: number, reason: string, expected: string[]): void {
  if (context.analysis.isProtected(start, end)) return
  context.report({start, end, reason, expected, note})
}

export const clinicalShorthand = defineRule({
  id: 'clinical-shorthand',
  scope: 'block',
  level: 'word',
  subject: 'term',
  // Each shape has its own fix ("2/52" and "6/12" differ), so there is nothing to replace everywhere at once.
  replaceAll: false,
  // The most specific reading of "NAD" or "?PE": over the acronym and dictionary rules.
  priority: 1,
  defaultSeverity: 'warning',
  audienceSeverity: {public: 'off', board: 'off', staff: 'off'},
  label: 'Clinical shorthand',
  order: 10,
  summary: 'Clinical shorthand in a letter to a patient (2/52, 6/12, “?” for possible, “#” for fracture, c/o, h/o, o/e, NAD): write it in words. Only at the patient audience.',
  details: [
    'Durations written as fractions are recognised by their shape, whatever the number: n/52 is n weeks, n/12 n months, n/7 n days and n/24 n hours. A fraction over 12 or 7 can also be a date (6/12 is 6 December), so it is reported only where the words round it make it a duration (“review in 6/12”, “for 3/7”, “2/52 ago”); “24/7” and dates such as 6/12/2025 never are. The fix writes the number and the unit (“2 weeks”).',
    'A question mark before a word (“?fracture”, “? appendicitis”) means “possible”, and is fixed to “possible fracture”; a question mark after a word ends a question and is left alone. A hash for a fracture (“wrist #”, “# of the left wrist”, “# NOF”) is fixed to “fracture” where that reads correctly; hashtags, numbers (“#3”) and heading markers are left alone.',
    'The slash abbreviations of clinical notes (h/o, o/e, r/v, f/u, s/b, d/w) are fixed to their words; “c/o” (complains of) has no fix, because the plain version is written from the patient’s side (“you told me about…”), and before a name it is “care of” and left alone. “NAD” (nothing abnormal detected) asks for “normal”.',
    'Only at the patient audience: colleagues write and read this shorthand in staff documents and referral letters between clinicians, and board papers and public pages do not use it.'
  ],
  examples: [
    {bad: 'Please take the tablets for 2/52 and we will review you in 6/12.', good: 'Please take the tablets for 2 weeks and we will see you again in 6 months.', options: {audience: 'patient'}},
    {bad: 'The X-ray showed a ?fracture of your wrist.', good: 'The X-ray showed a possible fracture of your wrist.', options: {audience: 'patient'}},
    {bad: 'You have a h/o asthma.', good: 'You have had asthma for many years.', options: {audience: 'patient'}}
  ],
  check(context) {
    const text = context.analysis.text
    if (!/[/?#]|NAD/.test(text)) return
    findDurations(context, text)
    findPossible(context, text)
    findFractures(context, text)
    findSlashAbbreviations(context, text)
  }
})
