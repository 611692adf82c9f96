/**
 * The default report, for people at a terminal: findings grouped by file, then a summary with
 * each file's reading age against the target. Text files give `line:column`, which editors and
 * terminals open; a Word document has no line numbers a writer can use, so its findings sit
 * under the heading and the paragraph (its opening words) they are in, with the column within
 * the paragraph and the words found.
 */
import {collectGroups, describeFindings, describeReadingAge, openingWords, plural, readingAgeVerdict, type SeverityCounts} from '@plainspeak/core'
import type {ReportMessage} from '../report-message.js'
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
      if (report.messages.length === 0) return ''
      return report.format === 'docx' ? formatDocument(report, paint) : formatFile(report, paint)
    },
    end: (summary) => formatSummary(summary, ages, paint)
  }
}

/** Where a finding is, as the report shows it: `3:9`, or in a Word document the column in its paragraph. */
export function position(report: Pick<FileReport, 'format'>, message: Pick<ReportMessage, 'line' | 'column'>): string {
  return report.format === 'docx' ? `col ${message.column}` : `${message.line}:${message.column}`
}

/** The words a finding is about, short enough for one line: `“signpost”`, `“The council has agreed that…”`. */
export function quoted(actual: string): string {
  return `“${openingWords(actual, 32)}”`
}

interface Row {
  where: string
  severity: ReportMessage['severity']
  text: string
  ruleId: string
}

function formatRows(rows: readonly Row[], indent: string, paint: Paint, whereWidth = Math.max(...rows.map((row) => row.where.length))): string[] {
  return rows.map((row) => `${indent}${paint('dim', row.where.padEnd(whereWidth))}  ${paint(severityStyle[row.severity], row.severity.padEnd(7))}  ${row.text}  ${paint('gray', row.ruleId)}`)
}

const toRow = (report: FileReport, message: ReportMessage, text: string): Row => ({
  where: position(report, message),
  severity: message.severity,
  text,
  ruleId: message.ruleId
})

/** Places listed after a repeated finding before "and N more". */
const placesShown = 8

/**
 * How often a repeated term is used, and where: `×3 (9:66, 12:4, 20:1)`; in a Word document the
 * other uses, by their paragraph's opening words and column: `×3 (also “We will also…” col 12, …)`.
 */
export function repeatsNote(report: Pick<FileReport, 'format'>, members: readonly ReportMessage[]): string {
  if (members.length < 2) return ''
  const docx = report.format === 'docx'
  const listed = docx ? members.slice(1) : members
  const places = listed.slice(0, placesShown).map((message) => (docx && message.paragraph ? `“${openingWords(message.paragraph.opening, 24)}” col ${message.column}` : position(report, message)))
  const more = listed.length > placesShown ? ` and ${listed.length - placesShown} more` : ''
  return ` ×${members.length} (${docx ? 'also ' : ''}${places.join(', ')}${more})`
}

function formatFile(report: FileReport, paint: Paint): string {
  const [shown, suggestions] = splitSuggestions(report.messages)
  // A term used many times is one row: "ensure ×20" with its places, not twenty rows.
  const rows = collectGroups(shown, (message) => message.group).map(({first, members}) => toRow(report, first, first.reason.replace(/\s+/g, ' ') + repeatsNote(report, members)))
  const lines = [`\n${paint('underline', report.path)}`]
  if (rows.length > 0) lines.push(...formatRows(rows, '  ', paint))
  lines.push(...formatSuggestions(report, suggestions, paint))
  return lines.join('\n') + '\n'
}

/** The default view's findings, and the suggestions (shown with `--suggestions`). */
function splitSuggestions(messages: readonly ReportMessage[]): [ReportMessage[], ReportMessage[]] {
  const shown: ReportMessage[] = []
  const suggestions: ReportMessage[] = []
  for (const message of messages) (message.suggestion ? suggestions : shown).push(message)
  return [shown, suggestions]
}

/** Places listed for one rule's suggestions before "and N more". */
const suggestionsShown = 6

/**
 * Suggestions, compactly: one line per rule, its places and the words found, so reading them
 * costs a glance: `passive ×3  9:4 “is recommended”, 12:1 “was agreed”, 20:5 “be made”`.
 */
function formatSuggestions(report: FileReport, suggestions: readonly ReportMessage[], paint: Paint): string[] {
  if (suggestions.length === 0) return []
  const byRule = new Map<string, ReportMessage[]>()
  for (const message of suggestions) byRule.set(message.ruleId, [...(byRule.get(message.ruleId) ?? []), message])
  const labels = [...byRule].map(([ruleId, members]) => `${ruleId} ×${members.length}`)
  const width = Math.max(...labels.map((label) => label.length))
  const lines = [`  ${paint('dim', `${plural(suggestions.length, 'suggestion')} (minor):`)}`]
  ;[...byRule.values()].forEach((members, index) => {
    const places = members.slice(0, suggestionsShown).map((message) => `${position(report, message)} ${quoted(message.actual)}${message.expected[0] ? ` → ${message.expected[0]}` : ''}`)
    const more = members.length > suggestionsShown ? `, and ${members.length - suggestionsShown} more` : ''
    lines.push(`    ${paint('gray', labels[index]!.padEnd(width))}  ${places.join(', ')}${more}`)
  })
  return lines
}

/**
 * A Word document: a line for each heading, under it a line for each paragraph with findings
 * (its opening words), and under that the findings with their column and the words found. A
 * repeated term is one row, at its first use, with its other uses.
 */
function formatDocument(report: FileReport, paint: Paint): string {
  const out = [`\n${paint('underline', report.path)}`]
  const [shown, suggestions] = splitSuggestions(report.messages)
  const whereWidth = Math.max(...shown.map((message) => position(report, message).length))
  let heading: string | null | undefined
  let paragraph: number | undefined
  let rows: Row[] = []
  const flush = () => {
    if (rows.length > 0) out.push(...formatRows(rows, '      ', paint, whereWidth))
    rows = []
  }
  for (const {first: message, members} of collectGroups(shown, (finding) => finding.group)) {
    const place = message.paragraph ?? {index: message.line, heading: null, opening: ''}
    if (place.index !== paragraph) {
      flush()
      if (place.heading !== heading) {
        heading = place.heading
        out.push(`  ${paint('bold', heading === null ? '(before the first heading)' : openingWords(heading, 60))}`)
      }
      paragraph = place.index
      const isHeading = heading !== null && openingWords(heading) === place.opening
      out.push(`    ${paint('dim', isHeading ? '(the heading itself)' : `“${place.opening}”`)}`)
    }
    rows.push(toRow(report, message, `${quoted(message.actual)} ${message.reason.replace(/\s+/g, ' ')}${repeatsNote(report, members)}`))
  }
  flush()
  out.push(...formatSuggestions(report, suggestions, paint))
  return out.join('\n') + '\n'
}

function formatSummary(summary: RunSummary, ages: FileAge[], paint: Paint): string {
  const out: string[] = ['']
  const counts: SeverityCounts = {error: summary.errors, warning: summary.warnings, info: summary.infos}
  const files = plural(summary.files, 'file')
  const quieted = summary.quieted.warning + summary.quieted.info
  if (summary.files === 0) out.push(paint('red', 'No files were checked.'))
  else if (summary.errors + summary.warnings + summary.infos === 0) out.push(paint('green', quieted > 0 ? `✔ No errors in ${files}.` : `✔ No findings in ${files}.`))
  // Info is the lowest level: it never fails a run, so a run with only info is a pass.
  else if (summary.errors + summary.warnings === 0) out.push(paint('green', `✔ No errors or warnings in ${files} (${plural(summary.infos, 'info', 'info')}).`))
  else out.push(paint(summary.errors > 0 ? 'red' : 'yellow', `${paint('bold', `✖ ${describeFindings(counts)}`)} in ${files}.`))
  if (quieted > 0) out.push(paint('dim', `  ${describeFindings({error: 0, ...summary.quieted})} not shown because of --quiet.`))
  if (summary.suggestions > 0) out.push(paint('dim', `  and ${plural(summary.suggestions, 'suggestion')}: minor, shown because of --suggestions; they never fail a run.`))
  if (summary.baselined > 0) out.push(paint('dim', `  ${plural(summary.baselined, 'finding')} accepted by the baseline not shown.`))
  if (summary.maxWarnings !== undefined && summary.warnings > summary.maxWarnings) {
    out.push(paint('red', `  Too many warnings: ${summary.warnings}, more than --max-warnings ${summary.maxWarnings}.`))
  }

  const shown = ages.length <= listAllFilesUpTo ? ages : ages.filter((age) => readingAgeVerdict(age.readingAge, age.target) === 'above')
  if (shown.length > 0) {
    out.push('', ages.length <= listAllFilesUpTo ? 'Reading age:' : `Reading age above target (${shown.length} of ${plural(ages.length, 'file')}):`)
    const width = Math.max(...shown.map((age) => age.path.length))
    for (const age of shown) {
      const style = readingAgeVerdict(age.readingAge, age.target) === 'above' ? 'yellow' : 'green'
      out.push(`  ${age.path.padEnd(width)}  ${paint(style, describeReadingAge(age.readingAge, age.target))}`)
    }
  }
  if (summary.failures.length > 0) {
    out.push('', paint('red', `${plural(summary.failures.length, 'file')} could not be checked (see the messages above).`))
  }
  return out.join('\n') + '\n'
}
