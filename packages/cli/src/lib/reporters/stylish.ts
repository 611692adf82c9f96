/**
 * The default report, for people at a terminal: findings grouped by file, then a summary with
 * each file's reading age against the target.
 */
import {collectGroups} from '@plainspeak/core'
import type {ReportMessage} from '../check-file.js'
import {painter, type Paint} from '../colors.js'
import type {FileReport, Reporter, ReporterContext, RunSummary} from './types.js'

const severityStyle = {error: 'red', warning: 'yellow', info: 'blue'} as const

/** With more files than this, the summary lists only the files above their target reading age. */
const listAllFilesUpTo = 30

interface FileAge {
  path: string
  readingAge: number | null
  target: number
}

export function createStylishReporter(context: ReporterContext): Reporter {
  const paint = painter(context.color)
  const ages: FileAge[] = []
  return {
    start: () => '',
    file(report) {
      ages.push({path: report.path, readingAge: report.stats.readingAge, target: report.stats.targetReadingAge})
      return report.messages.length === 0 ? '' : formatFile(report, paint)
    },
    end: (summary) => formatSummary(summary, ages, paint)
  }
}

export function position(report: Pick<FileReport, 'format'>, line: number, column: number): string {
  return report.format === 'docx' ? `paragraph ${line}` : `${line}:${column}`
}

/** Places listed after a repeated finding before "and N more". */
const placesShown = 8

/** "×3 (9:66, 12:4, 20:1)": how often a repeated term is used, and where. */
export function repeatsNote(report: Pick<FileReport, 'format'>, members: readonly ReportMessage[]): string {
  if (members.length < 2) return ''
  const places = members.slice(0, placesShown).map((message) => position(report, message.line, message.column))
  const more = members.length > placesShown ? ` and ${members.length - placesShown} more` : ''
  return ` ×${members.length} (${places.join(', ')}${more})`
}

function formatFile(report: FileReport, paint: Paint): string {
  // A term used many times is one row: "ensure ×20" with its places, not twenty rows.
  const rows = collectGroups(report.messages, (message) => message.group).map(({first: message, members}) => ({
    where: position(report, message.line, message.column),
    severity: message.severity,
    reason: message.reason.replace(/\s+/g, ' ') + repeatsNote(report, members),
    ruleId: message.ruleId
  }))
  const whereWidth = Math.max(...rows.map((row) => row.where.length))
  const lines = rows.map(
    (row) => `  ${paint('dim', row.where.padEnd(whereWidth))}  ${paint(severityStyle[row.severity], row.severity.padEnd(7))}  ${row.reason}  ${paint('gray', row.ruleId)}`
  )
  return `\n${paint('underline', report.path)}\n${lines.join('\n')}\n`
}

export function describeReadingAge(readingAge: number | null, target: number): string {
  if (readingAge === null) return 'no sentences to measure'
  const verdict = readingAge > target ? 'above target' : 'on target'
  return `reading age ${readingAge.toFixed(1)}, target ${target} (${verdict})`
}

function formatSummary(summary: RunSummary, ages: FileAge[], paint: Paint): string {
  const out: string[] = ['']
  const total = summary.errors + summary.warnings + summary.infos
  const counts = `${plural(summary.errors, 'error')}, ${plural(summary.warnings, 'warning')}, ${summary.infos} info`
  const files = plural(summary.files, 'file')
  if (summary.files === 0) out.push(paint('red', 'No files were checked.'))
  else if (total === 0) out.push(paint('green', `✔ No findings in ${files}.`))
  else out.push(paint(summary.errors > 0 ? 'red' : 'yellow', `${paint('bold', `✖ ${plural(total, 'finding')}`)} (${counts}) in ${files}.`))
  if (summary.baselined > 0) out.push(paint('dim', `  ${plural(summary.baselined, 'finding')} accepted by the baseline not shown.`))
  if (summary.maxWarnings !== undefined && summary.warnings > summary.maxWarnings) {
    out.push(paint('red', `  Too many warnings: ${summary.warnings}, more than --max-warnings ${summary.maxWarnings}.`))
  }

  const shown = ages.length <= listAllFilesUpTo ? ages : ages.filter((age) => age.readingAge !== null && age.readingAge > age.target)
  if (shown.length > 0) {
    out.push('', ages.length <= listAllFilesUpTo ? 'Reading age:' : `Reading age above target (${shown.length} of ${ages.length} files):`)
    const width = Math.max(...shown.map((age) => age.path.length))
    for (const age of shown) {
      const text = describeReadingAge(age.readingAge, age.target)
      const style = age.readingAge !== null && age.readingAge > age.target ? 'yellow' : 'green'
      out.push(`  ${age.path.padEnd(width)}  ${paint(style, text)}`)
    }
  }
  if (summary.failures.length > 0) {
    out.push('', paint('red', `${plural(summary.failures.length, 'file')} could not be checked (see the messages above).`))
  }
  return out.join('\n') + '\n'
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
