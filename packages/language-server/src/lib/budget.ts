/**
 * What one check may cost: the document's size, the check's time and its worker's memory, from
 * the `plainspeak.maxFileSize`, `plainspeak.timeout` and `plainspeak.maxMemory` settings, with
 * the `plainspeak` command's defaults. A document over a limit gets one diagnostic saying which
 * limit and how to raise it, in the words the command uses for its own.
 */
import {formatSeconds, formatSize} from '@plainspeak/base'
import {DiagnosticSeverity, type Diagnostic} from 'vscode-languageserver'
import {defaultSettings, type PlainspeakSettings} from '../protocol.js'
import {problemDiagnostic} from './diagnostics.js'

export interface CheckBudget {
  /** Largest document, in bytes of UTF-8. */
  maxFileBytes: number
  timeoutMs: number
  /** The check worker's heap limit. */
  maxMemoryMb: number
}

/** The young generation of a worker's heap: small, so garbage is collected soon (as the command's workers do). */
export const youngGenerationMb = 8

type LimitSetting = 'maxFileSize' | 'timeout' | 'maxMemory'

/** Each limit's valid values, as the command's `--max-file-size`, `--timeout` and `--max-memory` take them. */
const limits: Record<LimitSetting, {valid(value: number): boolean; expected: string}> = {
  maxFileSize: {valid: (value) => value >= 0.001 && value <= 1000, expected: 'a size in megabytes from 0.001 to 1000, such as 5 or 0.5'},
  timeout: {valid: (value) => value >= 0.1 && value <= 86_400, expected: 'a time in seconds from 0.1 to 86400, such as 120 or 0.5'},
  maxMemory: {valid: (value) => Number.isInteger(value) && value >= 64 && value <= 65_536, expected: 'a whole number of megabytes from 64 to 65536, such as 2048'}
}

/** The budget of a document's checks, and a warning for each limit setting that is not valid (its default is used). */
export function checkBudget(settings: Pick<PlainspeakSettings, LimitSetting>): {budget: CheckBudget; problems: Diagnostic[]} {
  const problems: Diagnostic[] = []
  const value = (key: LimitSetting): number => {
    const given: unknown = settings[key]
    if (typeof given === 'number' && Number.isFinite(given) && limits[key].valid(given)) return given
    const shown = JSON.stringify(given) ?? String(given)
    problems.push(
      problemDiagnostic(
        `Plainspeak setting: unexpected value \`${shown.slice(0, 40)}\` for \`plainspeak.${key}\`, expected ${limits[key].expected}. Plainspeak uses ${defaultSettings[key]} until it is fixed.`,
        'settings',
        DiagnosticSeverity.Warning
      )
    )
    return defaultSettings[key]
  }
  return {budget: {maxFileBytes: Math.round(value('maxFileSize') * 1_000_000), timeoutMs: Math.round(value('timeout') * 1000), maxMemoryMb: value('maxMemory')}, problems}
}

/** Why a document over the size limit was not checked. */
export function tooLargeDiagnostic(size: number, budget: CheckBudget): Diagnostic {
  return problemDiagnostic(
    `This document is ${formatSize(size)}, over the ${formatSize(budget.maxFileBytes)} limit, so Plainspeak did not check it. Split it into smaller files, or raise the limit with the \`plainspeak.maxFileSize\` setting.`,
    'too-large'
  )
}

/** Why a check was stopped part way. */
export function stoppedDiagnostic(reason: 'timeout' | 'memory', budget: CheckBudget): Diagnostic {
  return reason === 'timeout'
    ? problemDiagnostic(
        `Checking this document took longer than ${formatSeconds(budget.timeoutMs)}, the limit for one document, so Plainspeak stopped. Split it into smaller files, or raise the limit with the \`plainspeak.timeout\` setting.`,
        'timeout'
      )
    : problemDiagnostic(
        `Checking this document needed more than ${budget.maxMemoryMb} MB of memory, the limit for one document, so Plainspeak stopped. Split it into smaller files, or raise the limit with the \`plainspeak.maxMemory\` setting.`,
        'memory'
      )
}

