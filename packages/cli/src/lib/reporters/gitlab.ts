/**
 * `--format gitlab`: a GitLab code-quality report (`artifacts:reports:codequality`), the subset
 * of the Code Climate format GitLab reads: one issue per finding with `description`,
 * `check_name`, `fingerprint`, `severity` and `location`. GitLab compares fingerprints between
 * the merge request and its target branch to show findings as new or fixed, so a fingerprint
 * must survive edits elsewhere in the file: it hashes the file, the rule, the text found and
 * which occurrence of that text it is, never the line.
 */
import {createHash} from 'node:crypto'
import {wordPlace} from './github.js'
import type {Reporter} from './types.js'

/** GitLab's scale is info, minor, major, critical, blocker. */
const severities = {error: 'major', warning: 'minor', info: 'info'} as const

export function createGitlabReporter(): Reporter {
  let first = true
  return {
    start: () => '[',
    file(report) {
      const occurrences = new Map<string, number>()
      return report.messages
        .map((message) => {
          const key = `${report.path}\0${message.ruleId}\0${message.actual}`
          const occurrence = (occurrences.get(key) ?? 0) + 1
          occurrences.set(key, occurrence)
          const where = wordPlace(report, message)
          const issue = {
            description: where ? `${message.reason} (${where.trim()})` : message.reason,
            check_name: message.ruleId,
            fingerprint: createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32),
            severity: severities[message.severity],
            location: {
              path: report.path,
              positions: {
                begin: {line: message.line, column: message.column},
                end: {line: message.endLine, column: message.endColumn}
              }
            }
          }
          const separator = first ? '\n' : ',\n'
          first = false
          return separator + JSON.stringify(issue)
        })
        .join('')
    },
    end: () => (first ? ']\n' : '\n]\n')
  }
}
