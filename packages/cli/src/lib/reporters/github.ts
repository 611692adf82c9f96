/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding
 * (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 */
import {describeParagraphPlace} from '@plainspeak/core'
import type {ReportMessage} from '../report-message.js'
import {quoted} from './stylish.js'
import type {FileReport, Reporter} from './types.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Message text: `%`, CR and LF must be escaped (as @actions/core does). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values: also `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** In a Word document, where the finding is in words (line N is only the paragraph's index): ` under “Health”, in “We met…”, column 12: “ICB”`. */
export function wordPlace(report: Pick<FileReport, 'format'>, message: ReportMessage): string {
  if (report.format !== 'docx' || !message.paragraph) return ''
  return ` ${describeParagraphPlace(message.paragraph, message.column)}: ${quoted(message.actual)}`
}

export function createGithubReporter(): Reporter {
  return {
    start: () => '',
    file(report) {
      return report.messages
        .map((message) => {
          const properties = [
            `file=${escapeProperty(report.path)}`,
            `line=${message.line}`,
            `col=${message.column}`,
            `endLine=${message.endLine}`,
            `endColumn=${message.endColumn}`,
            `title=${escapeProperty(`Plainspeak ${message.ruleId}`)}`
          ]
          const where = wordPlace(report, message)
          const reason = where ? `${message.reason} (${where.trim()})` : message.reason
          const text = message.note ? `${reason}\n${message.note}` : reason
          return `::${commands[message.severity]} ${properties.join(',')}::${escapeData(text)}\n`
        })
        .join('')
    },
    end: (summary) =>
      summary.failures
        .map((failure) => `::error ${failure.path ? `file=${escapeProperty(failure.path)},` : ''}title=Plainspeak::${escapeData(failure.message)}\n`)
        .join('')
  }
}
