/**
 * `--format github`: GitHub Actions workflow commands, one annotation per finding
 * (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`).
 */
import type {Reporter} from './types.js'

const commands = {error: 'error', warning: 'warning', info: 'notice'} as const

/** Message text: `%`, CR and LF must be escaped (as @actions/core does). */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Property values: also `:` and `,`, which separate properties. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export function createGithubReporter(): Reporter {
  return {
    start: () => '',
    file(report) {
      return report.messages
        .map((message) => {
          const where = report.format === 'docx' ? ` (paragraph ${message.line})` : ''
          const properties = [
            `file=${escapeProperty(report.path)}`,
            `line=${message.line}`,
            `col=${message.column}`,
            `endLine=${message.endLine}`,
            `endColumn=${message.endColumn}`,
            `title=${escapeProperty(`Plainspeak ${message.ruleId}${where}`)}`
          ]
          const text = message.note ? `${message.reason}\n${message.note}` : message.reason
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
