/**
 * The answers file a review sheet saves on the reviewer's own machine, and its validation. A
 * file that is not one (malformed JSON, another program's JSON, a wrong value) is named with
 * what is wrong, so the other files can still be merged.
 */
import {textLimits} from '@plainspeak/dictionary'
import type {QuestionKind} from './questions.js'

/** Written in every answers file, so any other JSON is recognised as foreign. */
export const answersFormat = 'plainspeak-review-answers'
export const answersVersion = 1

export type Understood = 'yes' | 'not-sure' | 'no'
export const understoodValues: readonly Understood[] = ['yes', 'not-sure', 'no']

export interface Answer {
  /** The question's id: `term:reablement`, `acronym:PALS`, `passage:…`. */
  id: string
  kind: QuestionKind
  /** The entry's term, the acronym, or the passage. */
  subject: string
  /** `null` when the reviewer left it. */
  understood: Understood | null
  /** "What words would you use?", as typed (may be empty). */
  words: string
  /** What the draft said it means, when it said (an acronym spelled out in the draft). */
  explanation?: string | null
}

export interface SheetInfo {
  /** Identifies the sheet (the draft and its questions). */
  id: string
  /** The draft's title or file name. */
  title: string
  /** The date the sheet was made, `YYYY-MM-DD`. */
  created: string
  /** Who the sheet is for, e.g. "Bow residents' panel". */
  panel?: string
}

export interface AnswersFile {
  format: typeof answersFormat
  version: typeof answersVersion
  sheet: SheetInfo
  /** A random id made when the sheet was opened: the same answers saved twice share it. */
  response: string
  /** Optional, and nothing else personal is asked. */
  initials?: string
  /** When the answers were saved: ISO 8601 only (`2026-12-04T10:30:00.000Z`, or `2026-12-04`). */
  saved: string
  answers: Answer[]
}

export type ParsedAnswers = {ok: true; answers: AnswersFile} | {ok: false; problem: string}

/** Largest answers file read: a sheet of 50 questions with long answers is a few tens of KB. */
export const maxAnswersBytes = 1_000_000

/** Most answers one file may hold: a sheet asks 12 words and 3 passages unless told otherwise. */
export const maxAnswersPerFile = 500

/**
 * An ISO 8601 date, or date and time with a zone, as a browser's `toISOString()` writes it.
 * `Date.parse` alone accepts much more ("Tue, 1 Dec 2026", "2026-12-1"), and its first ten
 * characters would not be a date.
 */
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2})))?$/

/** Whether `text` is an ISO 8601 date (and time) that names a real day and time. */
export function isIsoDate(text: string): boolean {
  const match = isoDateTime.exec(text)
  if (!match) return false
  const [year, month, day, hours = 0, minutes = 0, seconds = 0, zoneHours = 0, zoneMinutes = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)))
  const calendar = new Date(Date.UTC(year!, month! - 1, day!))
  return (
    calendar.getUTCFullYear() === year && calendar.getUTCMonth() === month! - 1 && calendar.getUTCDate() === day &&
    hours! <= 23 && minutes! <= 59 && seconds! <= 59 && zoneHours! <= 23 && zoneMinutes! <= 59
  )
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isText = (value: unknown): value is string => typeof value === 'string'
const datePattern = /^\d{4}-\d{2}-\d{2}$/
const kinds: readonly QuestionKind[] = ['acronym', 'term', 'passage']

/** "line 3, column 5" for a JSON.parse failure at a position, when the message gives one. */
function jsonErrorPlace(text: string, error: unknown): string {
  const message = String((error as Error)?.message ?? '')
  // "Unexpected end of JSON input": the file stops part-way, so the problem is at its end.
  const position = /position (\d+)/.exec(message)?.[1] ?? (/end of JSON/i.test(message) ? String(text.length) : undefined)
  if (position === undefined) return ''
  const before = text.slice(0, Number(position))
  const line = before.split('\n').length
  const column = Number(position) - before.lastIndexOf('\n')
  return ` (line ${line}, column ${column})`
}

const quoteValue = (value: unknown) => {
  const shown = JSON.stringify(value) ?? String(value)
  return shown.length > 40 ? `${shown.slice(0, 39)}…` : shown
}

/** Checks one answers file's text; `problem` says what is wrong in a sentence, without the file name. */
export function parseAnswers(text: string): ParsedAnswers {
  if (text.length > maxAnswersBytes) return {ok: false, problem: `it is larger than an answers file can be (${maxAnswersBytes / 1_000_000} MB).`}
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {ok: false, problem: `it is not a Plainspeak answers file: it is not valid JSON${jsonErrorPlace(text, error)}.`}
  }
  if (!isRecord(data) || data['format'] !== answersFormat) {
    return {ok: false, problem: `it is not a Plainspeak answers file (it has no "format": "${answersFormat}"). Answers files are the .json files a review sheet saves.`}
  }
  if (data['version'] !== answersVersion) {
    return {ok: false, problem: `it is answers file version ${quoteValue(data['version'])}, and this Plainspeak reads version ${answersVersion}. Update Plainspeak, or save the answers again from a sheet made by this version.`}
  }
  const sheet = data['sheet']
  if (!isRecord(sheet) || !isText(sheet['id']) || !isText(sheet['title']) || !isText(sheet['created']) || !datePattern.test(sheet['created'])) {
    return {ok: false, problem: 'its "sheet" is missing or incomplete (it needs an id, a title and a created date as YYYY-MM-DD).'}
  }
  if (sheet['panel'] !== undefined && !isText(sheet['panel'])) return {ok: false, problem: 'its "sheet" has a "panel" that is not text.'}
  if (isText(sheet['panel']) && sheet['panel'].length > textLimits.panel) {
    return {ok: false, problem: `its "sheet" has a "panel" of ${sheet['panel'].length.toLocaleString('en-GB')} characters; a panel's name can be ${textLimits.panel} at most.`}
  }
  if (!isText(data['response']) || !/^[\w-]{6,64}$/.test(data['response'])) {
    return {ok: false, problem: 'it has no "response" id (6 to 64 letters, digits, - or _), so Plainspeak cannot tell whether these answers were counted before.'}
  }
  if (data['initials'] !== undefined && (!isText(data['initials']) || data['initials'].length > 10)) {
    return {ok: false, problem: 'its "initials" are not short text (10 characters at most).'}
  }
  if (!isText(data['saved']) || !isIsoDate(data['saved'])) {
    const example = 'an ISO 8601 date and time, such as "2026-12-04T10:30:00.000Z" (a review sheet writes it so)'
    return {ok: false, problem: data['saved'] === undefined ? `its "saved" time is missing; it should be ${example}.` : `its "saved" time ${quoteValue(data['saved'])} is not ${example}.`}
  }
  if (!Array.isArray(data['answers'])) return {ok: false, problem: 'its "answers" is not a list.'}
  if (data['answers'].length > maxAnswersPerFile) {
    return {ok: false, problem: `it holds ${data['answers'].length.toLocaleString('en-GB')} answers; a review sheet's answers file holds ${maxAnswersPerFile} at most.`}
  }
  const answers: Answer[] = []
  for (const [index, raw] of data['answers'].entries()) {
    const item = `answer ${index + 1}`
    if (!isRecord(raw)) return {ok: false, problem: `${item} is not a set of fields.`}
    if (!isText(raw['id']) || raw['id'].trim() === '') return {ok: false, problem: `${item} has no "id".`}
    if (!kinds.includes(raw['kind'] as QuestionKind)) return {ok: false, problem: `${item} has "kind" ${quoteValue(raw['kind'])}; expected ${kinds.join(', ')}.`}
    if (!isText(raw['subject']) || raw['subject'].trim() === '') return {ok: false, problem: `${item} has no "subject".`}
    if (raw['understood'] !== null && !understoodValues.includes(raw['understood'] as Understood)) {
      return {ok: false, problem: `${item} has "understood" ${quoteValue(raw['understood'])}; expected ${understoodValues.join(', ')} or null.`}
    }
    if (!isText(raw['words'])) return {ok: false, problem: `${item} has "words" that are not text.`}
    const explanation = raw['explanation']
    if (explanation !== undefined && explanation !== null && !isText(explanation)) return {ok: false, problem: `${item} has an "explanation" that is not text.`}
    answers.push({
      id: raw['id'],
      kind: raw['kind'] as QuestionKind,
      subject: raw['subject'].trim(),
      understood: raw['understood'] as Understood | null,
      words: raw['words'],
      ...(isText(explanation) && explanation.trim() !== '' ? {explanation: explanation.trim()} : {})
    })
  }
  return {
    ok: true,
    answers: {
      format: answersFormat,
      version: answersVersion,
      sheet: {id: sheet['id'], title: sheet['title'], created: sheet['created'], ...(isText(sheet['panel']) ? {panel: sheet['panel']} : {})},
      response: data['response'],
      ...(isText(data['initials']) && data['initials'] !== '' ? {initials: data['initials']} : {}),
      saved: data['saved'],
      answers
    }
  }
}
