/**
 * Reading ages as people see them, on every surface: one decimal place ("14.6", never "15"
 * in one place and "14.6" in another), and the same words against the target. A text that
 * cannot be measured says why instead of giving a figure.
 */
import type {Unmeasured} from '../analysis/stats.js'

/** `14.6`; `–` when there is no figure (say why with `describeVerdict`). */
export function formatReadingAge(readingAge: number | null): string {
  return readingAge === null ? '–' : readingAge.toFixed(1)
}

export type ReadingAgeVerdict = 'above' | 'within' | 'unmeasured'

/** Whether a reading age is above the target (anything over it is above: 12.1 against 12). */
export function readingAgeVerdict(readingAge: number | null, target: number): ReadingAgeVerdict {
  if (readingAge === null) return 'unmeasured'
  return readingAge > target ? 'above' : 'within'
}

const verdictWords: Record<Exclude<ReadingAgeVerdict, 'unmeasured'>, string> = {above: 'above target', within: 'within target'}

const unmeasuredWords: Record<Unmeasured, string> = {
  'no-sentences': 'no sentences to measure',
  'no-full-stops': 'cannot be measured: the sentences run on without full stops'
}

/** Why a text has no reading age, in words: `no sentences to measure` unless told otherwise. */
export function describeUnmeasured(unmeasured: Unmeasured | null | undefined): string {
  return unmeasuredWords[unmeasured ?? 'no-sentences']
}

/** `above target`, `within target`, or why there is no reading age (`unmeasured`, from the figures). */
export function describeVerdict(readingAge: number | null, target: number, unmeasured?: Unmeasured | null): string {
  const verdict = readingAgeVerdict(readingAge, target)
  return verdict === 'unmeasured' ? describeUnmeasured(unmeasured) : verdictWords[verdict]
}

/** `reading age 14.6, target 12 (above target)`, or why there is none. */
export function describeReadingAge(readingAge: number | null, target: number, unmeasured?: Unmeasured | null): string {
  if (readingAge === null) return describeUnmeasured(unmeasured)
  return `reading age ${formatReadingAge(readingAge)}, target ${target} (${describeVerdict(readingAge, target)})`
}
