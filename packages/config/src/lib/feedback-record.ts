/**
 * "Not useful here": the project's record of findings its writers dismissed, in
 * `.plainspeak/feedback.yml`, which a team commits and shares. One YAML list item per dismissal:
 * the rule, the term, the audience, the reason, the date and the finding's fingerprint (core's
 * `findingFingerprint`, a hash of the words around it). Never the sentence itself: board papers
 * are confidential.
 *
 * The file is only ever appended to, one item per write, so two writers dismissing at once both
 * land, and a git merge of two branches' dismissals is a union (`merge=union` in
 * `.gitattributes`). Reading it names any mistake at its line and column. The CLI and the
 * language server both read, write and summarise it here.
 */
import {constants} from 'node:fs'
import {lstat, mkdir, open, realpath} from 'node:fs/promises'
import path from 'node:path'
import {audiences, type Audience} from '@plainspeak/base'
import {FileReadError, isInsideFolder, readRegularFile, realFolder} from '@plainspeak/base/node'
import {findAliasBomb, findDeepNesting, lineAndColumn} from '@plainspeak/base/yaml'
import {isMap, isSeq, LineCounter, parseDocument, type Node} from 'yaml'
import {FeedbackRecordError} from './feedback-record-error.js'
import {dismissalReasons, feedbackRecordHeader, formatDismissal, type Dismissal, type DismissalReason} from './feedback-format.js'

export {dismissalReasonLabels, dismissalReasons, formatDismissal, newDismissals, type Dismissal, type DismissalReason} from './feedback-format.js'

/** Where the record lives in a project folder. */
export const feedbackRecordPath = path.join('.plainspeak', 'feedback.yml')

const maxRecordBytes = 20_000_000
const fingerprintPattern = /^[0-9a-f]{16}$/
const datePattern = /^\d{4}-\d{2}-\d{2}$/
const maxTermLength = 200

/** The record of the project in `folder`. */
export function feedbackRecordFile(folder: string): string {
  return path.join(folder, feedbackRecordPath)
}

export interface ReadRecordOptions {
  /** A missing file is a mistake (a record to import), not an empty record (the project's own). */
  required?: boolean
}

/** Reads a record; a missing file is an empty record unless `required`. Throws `FeedbackRecordError` at the mistake. */
export async function readFeedbackRecord(file: string, options: ReadRecordOptions = {}): Promise<Dismissal[]> {
  let text: string
  try {
    text = (await readRegularFile(file, {maxBytes: maxRecordBytes})).toString('utf8')
  } catch (error) {
    if (error instanceof FileReadError && error.problem === 'missing' && !options.required) return []
    if (error instanceof FileReadError) throw new FeedbackRecordError(file, 1, 1, error.message)
    throw error
  }
  return parseFeedbackRecord(file, text)
}

/** Validates a record's text. Every mistake names its line and column, and what to do. */
export function parseFeedbackRecord(file: string, text: string): Dismissal[] {
  const fail = (offset: number, message: string) => {
    const {line, column} = lineAndColumn(text, offset)
    return new FeedbackRecordError(file, line, column, message)
  }
  const deep = findDeepNesting(text)
  if (deep) throw fail(deep.offset, deep.message)
  const document = parseDocument(text, {lineCounter: new LineCounter(), uniqueKeys: true})
  const [first] = document.errors
  if (first) throw fail(first.pos[0], `This is not valid YAML (${first.message.split('\n')[0]}). A merge may have left conflict markers: keep every item from both sides.`)
  const bomb = findAliasBomb(document, 10_000)
  if (bomb) throw fail(bomb.offset, bomb.message)
  const root = document.contents
  if (root === null) return []
  if (!isSeq(root)) throw fail(root.range?.[0] ?? 0, 'Expected a list of dismissals, each starting with "- rule:".')
  return root.items.map((item) => readDismissal(item as Node, fail))
}

function readDismissal(item: Node, fail: (offset: number, message: string) => FeedbackRecordError): Dismissal {
  const at = item?.range?.[0] ?? 0
  if (!isMap(item)) throw fail(at, 'Expected a dismissal with `rule`, `audience`, `date` and `fingerprint`.')
  const fields = new Map<string, {value: unknown; offset: number}>()
  for (const pair of item.items) {
    const key = (pair.key as {value?: unknown} | null)?.value
    const node = pair.value as Node | null
    if (typeof key !== 'string' || !['rule', 'term', 'audience', 'reason', 'date', 'fingerprint'].includes(key)) {
      throw fail((pair.key as Node | null)?.range?.[0] ?? at, `Unknown key \`${String(key).slice(0, 40)}\`. A dismissal has rule, term, audience, reason, date and fingerprint only.`)
    }
    fields.set(key, {value: (node as {value?: unknown} | null)?.value, offset: node?.range?.[0] ?? at})
  }
  const text = (key: string, required: boolean, check: (value: string) => string | undefined): string | undefined => {
    const field = fields.get(key)
    if (!field) {
      if (required) throw fail(at, `This dismissal has no \`${key}\`.`)
      return undefined
    }
    const value = typeof field.value === 'string' ? field.value : field.value instanceof Date ? field.value.toISOString().slice(0, 10) : undefined
    const problem = value === undefined ? `Expected text for \`${key}\`.` : check(value)
    if (problem) throw fail(field.offset, problem)
    return value
  }
  const rule = text('rule', true, (value) => (/^[a-z][a-z-]*$/.test(value) ? undefined : `Unexpected rule \`${value.slice(0, 40)}\`: a rule id is lower case with dashes, such as \`jargon\`.`))!
  const term = text('term', false, (value) => (value.length <= maxTermLength && value.trim() !== '' ? undefined : `Expected a word or a short phrase (up to ${maxTermLength} characters) for \`term\`.`))
  const audience = text('audience', true, (value) => ((audiences as readonly string[]).includes(value) ? undefined : `Unexpected audience \`${value.slice(0, 40)}\`, expected one of ${audiences.join(', ')}.`)) as Audience
  const reason = text('reason', false, (value) => ((dismissalReasons as readonly string[]).includes(value) ? undefined : `Unexpected reason \`${value.slice(0, 40)}\`, expected one of ${dismissalReasons.join(', ')}.`)) as DismissalReason | undefined
  const date = text('date', true, (value) => (datePattern.test(value) ? undefined : `Expected a date such as 2026-12-07 for \`date\`.`))!
  const fingerprint = text('fingerprint', true, (value) => (fingerprintPattern.test(value) ? undefined : 'Expected 16 hex digits for `fingerprint`, as `plainspeak check --format json` prints them.'))!
  return {rule, ...(term !== undefined ? {term} : {}), audience, ...(reason ? {reason} : {}), date, fingerprint}
}

export interface AppendOptions {
  /** Folders the record must be inside, after symbolic links (an editor's workspace folders). Any folder when absent. */
  within?: readonly string[]
}

/**
 * Adds one dismissal at the end of the record of the project in `folder`, creating
 * `.plainspeak/feedback.yml` when needed. One append per dismissal: writers at the same time
 * never overwrite each other. Refuses a record outside `within`, or one that is not a regular file.
 */
export function appendDismissal(folder: string, dismissal: Dismissal, options: AppendOptions = {}): Promise<string> {
  return appendDismissals(folder, [dismissal], options)
}

/**
 * Adds dismissals at the end of the record, all in one append (`appendDismissal`'s rules), so a
 * writer dismissing at the same moment lands before or after them, never among them. Nothing is
 * written for none.
 */
export async function appendDismissals(folder: string, dismissals: readonly Dismissal[], options: AppendOptions = {}): Promise<string> {
  if (dismissals.length === 0) return feedbackRecordFile(folder)
  const items = dismissals.map((dismissal) => formatDismissal({...dismissal})).join('')
  // Validate what is written exactly as what is read, so the file never holds what cannot be read back.
  parseFeedbackRecord('(new dismissals)', items)
  const realProject = await realFolder(folder)
  const within = options.within ? await Promise.all(options.within.map(realFolder)) : undefined
  const refuse = () =>
    new FeedbackRecordError(feedbackRecordFile(folder), 1, 1, 'Plainspeak writes its feedback record only inside the open folders, and this one is outside them. Open the project\'s folder.')
  if (within && !within.some((inside) => isInsideFolder(realProject, inside))) throw refuse()
  const directory = path.join(realProject, '.plainspeak')
  await mkdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error
  })
  // `.plainspeak` may be a link: where it leads must be inside too.
  const realDirectory = await realpath(directory)
  if (within ? !within.some((inside) => isInsideFolder(realDirectory, inside)) : !isInsideFolder(realDirectory, realProject)) throw refuse()
  const file = path.join(realDirectory, 'feedback.yml')
  const info = await lstat(file).catch(() => undefined)
  if (info && !info.isFile()) throw new FeedbackRecordError(file, 1, 1, 'The feedback record is not a regular file (a link, a folder or a device), so Plainspeak did not write to it.')
  const handle = await open(file, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0), 0o666)
  try {
    const {size} = await handle.stat()
    let prefix = size === 0 ? feedbackRecordHeader : ''
    if (size > 0) {
      // A person's edit may have left no line break at the end: start the item on its own line.
      const last = Buffer.alloc(1)
      const reader = await open(file, 'r')
      await reader.read(last, 0, 1, size - 1).finally(() => reader.close())
      if (last[0] !== 0x0a) prefix = '\n'
    }
    // One write: O_APPEND puts it whole at the end, whoever else is writing.
    await handle.write(prefix + items)
  } finally {
    await handle.close()
  }
  return file
}

/** The fingerprints dismissed at each audience: `check` and the language server leave these findings out. */
export function dismissedFingerprints(record: readonly Dismissal[]): Map<Audience, Set<string>> {
  const result = new Map<Audience, Set<string>>()
  for (const dismissal of record) {
    let set = result.get(dismissal.audience)
    if (!set) result.set(dismissal.audience, (set = new Set()))
    set.add(dismissal.fingerprint)
  }
  return result
}

export interface FeedbackRow {
  rule: string
  term?: string
  audience: Audience
  /** Times shown in the last checks recorded, when any were. */
  shown?: number
  dismissed: number
  /** Dismissed ÷ shown, when shown is known and not 0. */
  rate?: number
  /** Reasons given, most given first (a dismissal with no reason is not counted). */
  reasons: Array<{reason: DismissalReason; count: number}>
}

/** Tricorder's line: an analyser marked not useful more than 10% of the time is switched off. */
export const dismissalRateThreshold = 0.1

/** A key for one entry and rule at one audience (shown counts use it too). */
export function feedbackKey(rule: string, term: string | undefined, audience: string): string {
  return JSON.stringify([rule, term?.toLowerCase() ?? '', audience])
}

/**
 * One row per rule, term and audience: times dismissed, the main reasons, and the rate against
 * times shown. Rows over the threshold come first, then by times dismissed.
 */
export function summariseFeedback(record: readonly Dismissal[], shown: ReadonlyMap<string, number> = new Map()): FeedbackRow[] {
  const rows = new Map<string, FeedbackRow & {reasonCounts: Map<DismissalReason, number>}>()
  for (const dismissal of record) {
    const key = feedbackKey(dismissal.rule, dismissal.term, dismissal.audience)
    let row = rows.get(key)
    if (!row) {
      row = {rule: dismissal.rule, ...(dismissal.term !== undefined ? {term: dismissal.term.toLowerCase()} : {}), audience: dismissal.audience, dismissed: 0, reasons: [], reasonCounts: new Map()}
      rows.set(key, row)
    }
    row.dismissed++
    if (dismissal.reason) row.reasonCounts.set(dismissal.reason, (row.reasonCounts.get(dismissal.reason) ?? 0) + 1)
  }
  const result = [...rows.entries()].map(([key, {reasonCounts, ...row}]) => {
    const times = shown.get(key)
    const reasons = [...reasonCounts].map(([reason, count]) => ({reason, count})).sort((a, b) => b.count - a.count || dismissalReasons.indexOf(a.reason) - dismissalReasons.indexOf(b.reason))
    return {...row, reasons, ...(times !== undefined ? {shown: times, ...(times > 0 ? {rate: row.dismissed / times} : {})} : {})}
  })
  const over = (row: FeedbackRow) => (row.rate === undefined || row.rate > dismissalRateThreshold ? 1 : 0)
  return result.sort((a, b) => over(b) - over(a) || b.dismissed - a.dismissed || (b.rate ?? 0) - (a.rate ?? 0) || a.rule.localeCompare(b.rule) || (a.term ?? '').localeCompare(b.term ?? '') || a.audience.localeCompare(b.audience))
}
