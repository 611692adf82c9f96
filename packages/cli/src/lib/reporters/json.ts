/**
 * `--format json`: `[{path, messages, stats}]`, each message a `ReportMessage` (report-message.ts: core's fields without `source` and `data`).
 * Written file by file, so the output starts before the last file is checked.
 */
import type {FileReport, Reporter} from './types.js'

/** Findings per part of a file's JSON. */
const messagesPerPart = 500

export function createJsonReporter(): Reporter {
  let first = true
  return {
    start: () => '[',
    file(report) {
      const separator = first ? '\n' : ',\n'
      first = false
      return jsonParts(separator, report)
    },
    end: () => (first ? ']\n' : '\n]\n')
  }
}

/**
 * The same text as JSON.stringify({path, messages, stats}), made a few hundred findings at a time
 * as the output takes it: a 5 MB file's 36,000 findings would otherwise be 40 MB of text at once.
 */
function* jsonParts(separator: string, report: FileReport): Generator<string> {
  yield `${separator}{"path":${JSON.stringify(report.path)},"messages":[`
  for (let from = 0; from < report.messages.length; from += messagesPerPart) {
    const messages = report.messages.slice(from, from + messagesPerPart).map((message) => JSON.stringify(message))
    yield (from > 0 ? ',' : '') + messages.join(',')
  }
  yield `],"stats":${JSON.stringify(report.stats)}}`
}
