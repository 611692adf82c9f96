/**
 * `--format json`: `[{path, messages, stats}]`, each message a `ReportMessage` (report-message.ts: core's fields without `source` and `data`).
 * Written file by file, so the output starts before the last file is checked.
 */
import type {Reporter} from './types.js'

export function createJsonReporter(): Reporter {
  let first = true
  return {
    start: () => '[',
    file(report) {
      const entry = JSON.stringify({path: report.path, messages: report.messages, stats: report.stats})
      const separator = first ? '\n' : ',\n'
      first = false
      return separator + entry
    },
    end: () => (first ? ']\n' : '\n]\n')
  }
}
