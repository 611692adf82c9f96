/**
 * `--format json`: `[{path, messages, stats}]`, each message as core's `messageToJson` gives it.
 * Written file by file, so the output starts before the last file is checked.
 */
import type {Reporter} from './types.js'

/** Findings per part of a file's JSON. */
const messagesPerPart = 500

export function createJsonReporter(): Reporter {
  let first = true
  return {
    start: () => '[',
    file(report) {
      const separator = first ? '\n' : ',\n'
      first = false
      // The same text as JSON.stringify({path, messages, stats}), in parts of a few hundred
      // findings: a 5 MB file's 36,000 findings make a 40 MB string otherwise.
      const parts = [`${separator}{"path":${JSON.stringify(report.path)},"messages":[`]
      for (let from = 0; from < report.messages.length; from += messagesPerPart) {
        const messages = report.messages.slice(from, from + messagesPerPart).map((message) => JSON.stringify(message))
        parts.push((from > 0 ? ',' : '') + messages.join(','))
      }
      parts.push(`],"stats":${JSON.stringify(report.stats)}}`)
      return parts
    },
    end: () => (first ? ']\n' : '\n]\n')
  }
}
