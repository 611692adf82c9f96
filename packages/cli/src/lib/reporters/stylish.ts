/**
 * The default report, for people at a terminal: findings grouped by file, then a summary with
 * each file's reading age against the target. Text files give `line:column`, which editors and
 * terminals open; a Word document has no line numbers a writer can use, so its findings sit
 * under the heading and the paragraph (its opening words) they are in, each placed by the
 * paragraph's number (a column means nothing in Word).
 */
import {collectGroups, describeFindings, describeReadingAge, openingWords, plural, readingAgeVerdict, type SeverityCounts, type Unmeasured} from '@plainspeak/core'
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
  unmeasured: Unmeasured | null
}

export function createStylishReporter(context: ReporterContext): Reporter {
  const paint = painter(context.color)
  const ages: FileAge[] = []
  return {
    start: () => '',
    file(report) {
      ages.push({path: report.path, readingAge: report.stats.readingAge, target: report.stats.targetReadingAge, unmeasured: report.stats.unmeasured})
      if (report.messages.length === 0) return ''
      return report.format === 'docx' ? formatDocument(report, paint) : formatFile(report, paint)
    },
    end: (summary) => formatSummary(summary, ages, paint)
  }
}

/** Where a finding is, as the report shows it: `3:9`, or in a Word document its paragraph, `paragraph 12` (line N is paragraph N). */
export function position(report: Pick<FileReport, 'format'>, message: Pick<ReportMessage, 'line' | 'column'>): string {
  return report.format === 'docx' ? `paragraph ${message.line}` : `${message.line}:${message.column}`
}

/**
 * A finding's words and its reason, saying the words once: a reason that names them (“Use plain
 * words instead of “commence”…”) stands alone; one that does not (“This sentence has 35 words”)
 * is led by the words, so the writer can find them in the paragraph.
 */
export function wordsAndReason(message: Pick<ReportMessage, 'actual' | 'reason'>): string {
  const reason = message.reason.replace(/\s+/g, ' ')
  return reason.toLowerCase().includes(message.actual.toLowerCase()) ? reason : `${quoted(message.actual)} ${reason}`
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
  /** A residents' panel's verdict on the entry, shown on a line of its own under the finding. */
  verdict?: string
}

function formatRows(rows: readonly Row[], indent: string, paint: Paint, whereWidth = Math.max(...rows.map((row) => row.where.length))): string[] {
  return rows.flatMap((row) => {
    const line = `${indent}${paint('dim', row.where.padEnd(whereWidth))}  ${paint(severityStyle[row.severity], row.severity.padEnd(7))}  ${row.text}  ${paint('gray', row.ruleId)}`
    // Under the reason, where the eye goes next: the strongest reason a writer can be given.
    return row.verdict ? [line, `${indent}${' '.repeat(whereWidth + 11)}${paint('dim', row.verdict)}`] : [line]
  })
}

const toRow = (report: FileReport, message: ReportMessage, text: string): Row => ({
  where: position(report, message),
  severity: message.severity,
  text,
  ruleId: message.ruleId,
  ...(message.verdict ? {verdict: message.verdict} : {})
})

/** Places listed after a repeated finding before "and N more": the row stays one readable line. */
const placesShown = 5

/**
 * How often a repeated term is used, and where: `×3 (9:66, 12:4, 20:1)`; in a Word document the
 * other paragraphs it is in: `×9 (also paragraphs 7, 12, 20, 31, 33 and 3 more)`.
 */
export function repeatsNote(report: Pick<FileReport, 'format'>, members: readonly ReportMessage[]): string {
  if (members.length < 2) return ''
  if (report.format === 'docx') {
    // Other uses in the first one's paragraph need no place of their own.
    const others = [...new Set(members.slice(1).map((message) => message.line))].filter((line) => line !== members[0]!.line)
    if (others.length === 0) return ` ×${members.length} (all in this paragraph)`
    const shown = others.slice(0, placesShown).join(', ')
    const more = others.length > placesShown ? ` and ${others.length - placesShown} more` : ''
    return ` ×${members.length} (also ${others.length === 1 ? 'paragraph' : 'paragraphs'} ${shown}${more})`
  }
  const places = members.slice(0, placesShown).map((message) => position(report, message))
  const more = members.length > placesShown ? ` and ${members.length - placesShown} more` : ''
  return ` ×${members.length} (${places.join(', ')}${more})`
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
 * (its opening words), and under that the findings, each with its paragraph's number. A
 * repeated term is one row, at its first use, with the other paragraphs it is in.
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
    rows.push(toRow(report, message, `${wordsAndReason(message)}${repeatsNote(report, members)}`))
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
  // A failure with no path is an argument that gave no files (an empty folder, a pattern that matched nothing, a missing name).
  const unreadable = summary.failures.filter((failure) => failure.path !== undefined).length
  const foundNothing = summary.failures.filter((failure) => failure.path === undefined)
  if (summary.files === 0) {
    out.push(paint('red', 'No files were checked.'))
    // Nothing else to read in the report: say why here, with the extensions looked for.
    if (unreadable === 0) out.push(...foundNothing.map((failure) => `  ${failure.message}`))
  }
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
      out.push(`  ${age.path.padEnd(width)}  ${paint(style, describeReadingAge(age.readingAge, age.target, age.unmeasured))}`)
    }
  }
  if (unreadable > 0) out.push('', paint('red', `${plural(unreadable, 'file')} could not be checked (see the messages above).`))
  if (foundNothing.length > 0 && (summary.files > 0 || unreadable > 0)) {
    out.push('', paint('red', `Nothing to check at ${foundNothing.length} of the paths you gave (see the messages above).`))
  }
  return out.join('\n') + '\n'
}
