/**
 * Problems in dictionary data, and how they are printed: `file:line:column: severity: message`,
 * the shape terminals and editors turn into links.
 */
import type {Problem, ProblemSeverity} from './types.js'
import type {Location} from './yaml-nodes.js'

export function createProblem(
  file: string,
  location: Location,
  message: string,
  entry?: string,
  severity: ProblemSeverity = 'error'
): Problem {
  return {file, line: location.line, column: location.column, message, severity, ...(entry === undefined ? {} : {entry})}
}

/** `dictionaries/council.yml:12:5: error: Duplicate term "signpost" (…). Remove one …` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((problem) => formatProblem(problem) + '\n').join('')
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.severity === 'error')
}

/** One line for the end of a run: "2 errors and 1 warning in 7 files." */
export function summariseProblems(problems: readonly Problem[], fileCount: number): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length
  const warnings = problems.length - errors
  const files = plural(fileCount, 'file')
  if (problems.length === 0) return `No problems in ${files}.`
  const parts = [errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean)
  return fileCount === 0 ? `${parts.join(' and ')}.` : `${parts.join(' and ')} in ${files}.`
}

/** Problems in the order a reader fixes them: by file (in the order given), then by position. */
export function sortProblems(problems: readonly Problem[], fileOrder: readonly string[]): Problem[] {
  const rank = (file: string) => {
    const index = fileOrder.indexOf(file)
    return index === -1 ? fileOrder.length : index
  }
  return [...problems].sort(
    (a, b) => rank(a.file) - rank(b.file) || a.line - b.line || a.column - b.column
  )
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
