/**
 * Reading ages as people see them, on every surface: one decimal place ("14.6", never "15"
 * in one place and "14.6" in another), and the same words against the target.
 */

/** `14.6`; `–` when there are no sentences to measure. */
export function formatReadingAge(readingAge: number | null): string {
  return readingAge === null ? '–' : readingAge.toFixed(1)
}

export type ReadingAgeVerdict = 'above' | 'within' | 'unmeasured'

/** Whether a reading age is above the target (anything over it is above: 12.1 against 12). */
export function readingAgeVerdict(readingAge: number | null, target: number): ReadingAgeVerdict {
  if (readingAge === null) return 'unmeasured'
  return readingAge > target ? 'above' : 'within'
}

const verdictWords: Record<ReadingAgeVerdict, string> = {above: 'above target', within: 'within target', unmeasured: 'no sentences to measure'}

/** `above target`, `within target` or `no sentences to measure`. */
export function describeVerdict(readingAge: number | null, target: number): string {
  return verdictWords[readingAgeVerdict(readingAge, target)]
}

/** `reading age 14.6, target 12 (above target)`, or `no sentences to measure`. */
export function describeReadingAge(readingAge: number | null, target: number): string {
  if (readingAge === null) return verdictWords.unmeasured
  return `reading age ${formatReadingAge(readingAge)}, target ${target} (${describeVerdict(readingAge, target)})`
}
