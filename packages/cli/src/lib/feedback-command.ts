/**
 * "Not useful here" in the CLI: `check` leaves out findings the project's record dismissed at the
 * file's audience and, in a project that keeps a record (`.plainspeak/` exists), notes how often
 * each entry was shown; `feedback dismiss` adds to the record; `feedback import` adds another
 * record's dismissals (the Word pane's export); `feedback` summarises it. The
 * record itself is read, written and summarised by `@plainspeak/config`, as in the editor.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {appendDismissal, appendDismissals, dismissalRateThreshold, dismissalReasonLabels, dismissedFingerprints, feedbackKey, feedbackRecordFile, FeedbackRecordError, newDismissals, readFeedbackRecord, summariseFeedback, type DismissalReason} from '@plainspeak/config'
import {plural} from '@plainspeak/core'
import {formatProblems, hasErrors, type CompiledDictionary} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {applyFeedback, DictionaryShapeError, type FeedbackEvidence, type PlaceWords} from '@plainspeak/review'
import type {Audience} from '@plainspeak/base'
import {readRegularFile, replaceFileContents} from '@plainspeak/base/node'
import {exitCodes, UsageError, type ExitCode} from './errors.js'
import type {ReportMessage} from './report-message.js'
import {checkOneFile, type SingleFileOptions} from './single-file.js'
import {sayOnStderr, showControls} from './terminal-text.js'
import {refuseWritingOverInputs} from './write-guard.js'
import {writeWholeOutput} from './output.js'
import {readDictionaryToChange} from './dictionary-to-change.js'

/** What a finding is about, as the record and the shown counts name it. */
interface ShownFinding {
  rule: string
  term?: string
  audience: Audience
}

interface ShownFile {
  version: 1
  /** When the check ran (ISO date and time). */
  date: string
  /** Times shown per rule, term and audience (`feedbackKey`). */
  counts: Record<string, number>
  /** What each fingerprint shown was about, so `feedback dismiss FINGERPRINT` needs nothing else. */
  findings: Record<string, ShownFinding>
}

const shownPath = path.join('.plainspeak', 'shown.json')
const maxShownBytes = 50_000_000

const termOf = (message: Pick<ReportMessage, 'subject'>) => (message.subject.kind === 'sentence' ? undefined : message.subject.text)

/** A record that cannot be read, as the CLI says it: `file:line:column: what to do`, then `after`. */
function usageErrorFrom(error: unknown, cwd: string, after = ''): unknown {
  if (!(error instanceof FeedbackRecordError)) return error
  return new UsageError(`${path.relative(cwd, error.file) || error.file}:${error.line}:${error.column}: ${error.message}${after}`)
}

/** The fingerprints dismissed at each audience in the record of the project in `cwd`. */
export async function readDismissals(cwd: string): Promise<Map<Audience, Set<string>>> {
  try {
    return dismissedFingerprints(await readFeedbackRecord(feedbackRecordFile(cwd)))
  } catch (error) {
    throw usageErrorFrom(error, cwd)
  }
}

/** Counts what a check shows, and writes it to `.plainspeak/shown.json` when the project keeps a record. */
export class ShownCounter {
  private readonly counts = new Map<string, number>()
  private readonly findings = new Map<string, ShownFinding>()

  add(message: ReportMessage, audience: Audience): void {
    const term = termOf(message)
    const key = feedbackKey(message.ruleId, term, audience)
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1)
    if (message.fingerprint) this.findings.set(message.fingerprint, {rule: message.ruleId, ...(term !== undefined ? {term} : {}), audience})
  }

  /** Writes the counts of this check, replacing the last: only in a project with a `.plainspeak` folder. */
  async write(cwd: string): Promise<void> {
    const folder = path.join(cwd, '.plainspeak')
    const info = await stat(folder).catch(() => undefined)
    if (!info?.isDirectory()) return
    const data: ShownFile = {version: 1, date: new Date().toISOString(), counts: Object.fromEntries(this.counts), findings: Object.fromEntries(this.findings)}
    // The counts are a convenience: a folder that cannot be written never fails a check.
    await replaceFileContents(path.join(cwd, shownPath), JSON.stringify(data) + '\n').catch((error: Error) => sayOnStderr(`plainspeak: could not note the times shown in ${shownPath}: ${error.message}`))
  }
}

async function readShown(cwd: string): Promise<ShownFile | undefined> {
  try {
    const data = JSON.parse((await readRegularFile(path.join(cwd, shownPath), {maxBytes: maxShownBytes})).toString('utf8')) as ShownFile
    return data?.version === 1 && typeof data.counts === 'object' && typeof data.findings === 'object' ? data : undefined
  } catch {
    // Counts are a convenience: a missing or broken file means "not known".
    return undefined
  }
}

export interface DismissOptions extends Omit<SingleFileOptions, 'file'> {
  reason?: DismissalReason
  /** The document the finding is in: checked again to find it. Without one, the last check's findings are used. */
  file?: string
}

/** `plainspeak feedback dismiss FINGERPRINT [FILE]`. */
export async function runDismiss(fingerprint: string, options: DismissOptions, cwd = process.cwd()): Promise<ExitCode> {
  if (!/^[0-9a-f]{16}$/.test(fingerprint)) throw new UsageError(`Expected a fingerprint of 16 hex digits, as \`plainspeak check --format json\` prints them, not \`${fingerprint.slice(0, 40)}\`.`)
  let finding: ShownFinding | undefined
  if (options.file !== undefined || options.stdin) {
    const result = await checkOneFile(options, cwd)
    const message = result.messages.find((item) => item.fingerprint === fingerprint)
    if (!message) throw new UsageError(`No finding in ${result.path} has the fingerprint ${fingerprint}. Check the file again with --format json to see its findings' fingerprints.`)
    const term = termOf(message)
    finding = {rule: message.ruleId, ...(term !== undefined ? {term} : {}), audience: result.audience}
  } else {
    finding = (await readShown(cwd))?.findings[fingerprint]
    if (!finding) throw new UsageError(`The last check here showed no finding with the fingerprint ${fingerprint}. Name the document: plainspeak feedback dismiss ${fingerprint} FILE.`)
  }
  try {
    const file = await appendDismissal(cwd, {...finding, ...(options.reason ? {reason: options.reason} : {}), date: new Date().toISOString().slice(0, 10), fingerprint})
    sayOnStderr(`Dismissed ${finding.rule}${finding.term !== undefined ? ` “${finding.term}”` : ''} at ${finding.audience} in ${path.relative(cwd, file)}: it will not be shown again at that place.`)
  } catch (error) {
    throw usageErrorFrom(error, cwd)
  }
  return exitCodes.clean
}

/**
 * `plainspeak feedback import FILE`: adds the dismissals in another record (the Word pane's
 * export, a colleague's copy) to the project's, each place and audience once, in one append at the
 * end. Both files are read first: a mistake in either is named at its line and column, and then
 * nothing is written.
 */
export async function runFeedbackImport(file: string, cwd = process.cwd()): Promise<ExitCode> {
  const record = feedbackRecordFile(cwd)
  let fresh
  let incoming
  try {
    incoming = await readFeedbackRecord(path.resolve(cwd, file), {required: true})
    fresh = newDismissals(await readFeedbackRecord(record), incoming)
    await appendDismissals(cwd, fresh)
  } catch (error) {
    throw usageErrorFrom(error, cwd, ' Nothing was imported.')
  }
  const recordName = path.relative(cwd, record)
  // A place listed twice in the file is one dismissal, not one already in the record.
  const there = newDismissals([], incoming).length - fresh.length
  sayOnStderr(
    fresh.length === 0
      ? `Nothing to import: ${incoming.length === 0 ? `${file} holds no dismissals` : `every dismissal in ${file} is in ${recordName} already`}.`
      : `Imported ${plural(fresh.length, 'dismissal')} from ${file} into ${recordName}${there > 0 ? `; ${there} ${there === 1 ? 'was' : 'were'} there already` : ''}.`
  )
  return exitCodes.clean
}

const percent = (rate: number) => `${Math.round(rate * 100)}%`

/** `plainspeak feedback`: per entry and rule and audience, times shown and dismissed, the rate and the main reasons. */
export async function runFeedbackSummary(options: {format: 'text' | 'json'}, cwd = process.cwd()): Promise<ExitCode> {
  let rows
  const shown = await readShown(cwd)
  try {
    rows = summariseFeedback(await readFeedbackRecord(feedbackRecordFile(cwd)), new Map(Object.entries(shown?.counts ?? {})))
  } catch (error) {
    throw usageErrorFrom(error, cwd)
  }
  if (options.format === 'json') {
    await writeWholeOutput(JSON.stringify(rows, undefined, 2) + '\n', undefined, 'the summary')
    return exitCodes.clean
  }
  if (rows.length === 0) {
    await writeWholeOutput('No findings have been dismissed here yet.\n', undefined, 'the summary')
    return exitCodes.clean
  }
  const lines = rows.map((row) => {
    const subject = row.term !== undefined ? `${row.rule} “${row.term}”` : row.rule
    const times = row.shown === undefined ? `${plural(row.dismissed, 'dismissal')} (times shown not known)` : `${row.dismissed} of ${row.shown} shown dismissed${row.rate !== undefined ? ` (${percent(row.rate)})` : ''}`
    const flag = row.rate !== undefined && row.rate > dismissalRateThreshold ? '  over 10%' : ''
    const reasons = row.reasons.length > 0 ? `; ${row.reasons.map((item) => `${dismissalReasonLabels[item.reason]} ${item.count}`).join(', ')}` : ''
    return `${subject} at ${row.audience}: ${times}${reasons}${flag}`
  })
  const note = shown ? `Times shown are from the last check here (${shown.date.slice(0, 10)}).` : 'Times shown are counted by `plainspeak check` once the project has a .plainspeak folder.'
  await writeWholeOutput(lines.join('\n') + `\n\n${note}\n`, undefined, 'the summary')
  return exitCodes.clean
}

export interface FeedbackApplyOptions {
  dictionary: string
  write?: boolean
  /** Fewest dismissals that propose a change. */
  minCount?: number
  /** Documents to learn `unless` contexts from: the words around the findings dismissed and still shown. */
  documents?: string[]
  maxFileSize: number
}

type Places = NonNullable<FeedbackEvidence['places']>

/**
 * The words around each finding of each entry at each audience in `documents`, checked as
 * `check` checks them (with suggestions, so nothing dismissed is missed), split by whether the
 * record dismissed it. Held in memory for `applyFeedback`; never written anywhere.
 */
async function placesIn(documents: readonly string[], dismissed: Map<Audience, Set<string>>, maxFileSize: number, cwd: string): Promise<Map<string, Places>> {
  const places = new Map<string, Places>()
  for (const file of documents) {
    const result = await checkOneFile({file, maxFileSize, suggestions: true, wantContexts: true}, cwd)
    result.messages.forEach((message, index) => {
      const term = termOf(message)
      const context: PlaceWords | undefined = result.contexts?.[index]
      if (term === undefined || !context || !message.fingerprint) return
      const key = feedbackKey(message.ruleId, term, result.audience)
      const entry = places.get(key) ?? {dismissed: [], shown: []}
      entry[dismissed.get(result.audience)?.has(message.fingerprint) ? 'dismissed' : 'shown'].push(context)
      places.set(key, entry)
    })
  }
  return places
}

/**
 * `plainspeak feedback apply --dictionary FILE`: proposes switching entries off for an audience
 * from the record, as `review import` merges answers: a preview unless `--write`, and a file that
 * would not pass `dict lint` is never written. With documents named, the places dismissed for a
 * wrong meaning are read there, so an `unless` context can be proposed.
 */
export async function runFeedbackApply(options: FeedbackApplyOptions, cwd = process.cwd()): Promise<ExitCode> {
  const record = feedbackRecordFile(cwd)
  const documents = options.documents ?? []
  await refuseWritingOverInputs(
    [{option: '--dictionary', file: options.dictionary}],
    [{file: record, role: 'the feedback record'}, ...documents.map((file) => ({file: path.resolve(cwd, file), role: 'a document read for contexts'}))],
    cwd
  )
  let rows: FeedbackEvidence[]
  let dismissals
  try {
    dismissals = await readFeedbackRecord(record)
    rows = summariseFeedback(dismissals, new Map(Object.entries((await readShown(cwd))?.counts ?? {})))
  } catch (error) {
    throw usageErrorFrom(error, cwd)
  }
  if (documents.length > 0) {
    const places = await placesIn(documents, dismissedFingerprints(dismissals), options.maxFileSize, cwd)
    rows = rows.map((row) => {
      const found = places.get(feedbackKey(row.rule, row.term, row.audience))
      return found ? {...row, places: found} : row
    })
  }
  const {path: dictionaryPath, text: dictionaryText, lintErrors} = await readDictionaryToChange(cwd, options.dictionary, 'no feedback was applied to it')
  const base = builtin as CompiledDictionary
  let result
  try {
    result = applyFeedback(rows, {dictionaryText, dictionaryName: options.dictionary, base, date: new Date().toISOString().slice(0, 10), ...(options.minCount !== undefined ? {minCount: options.minCount} : {})})
  } catch (error) {
    if (error instanceof DictionaryShapeError) throw new UsageError(`${error.message} Nothing was written.`)
    throw error
  }
  if (result.changes.length > 0 && hasErrors(lintErrors(result.text))) {
    throw new UsageError(`The changed ${options.dictionary} would not pass plainspeak dict lint, so nothing was written:\n${formatProblems(lintErrors(result.text))}`)
  }
  const write = options.write === true && result.changes.length > 0
  if (write) await writeWholeOutput(result.text, dictionaryPath, 'the dictionary', '--dictionary')
  const lines = [
    result.changes.length === 0 ? `No changes to ${options.dictionary}.` : `${write ? 'Changed' : 'Would change'} ${options.dictionary}:`,
    ...result.changes.map((change) => `  ${change.summary}`),
    ...(result.decide.length > 0 ? ['For a person to decide:', ...result.decide.map((change) => `  ${change.summary}`)] : []),
    ...(result.changes.length > 0 && !write ? ['Run again with --write to make these changes.'] : [])
  ]
  process.stdout.write(showControls(lines.join('\n') + '\n'))
  return exitCodes.clean
}
