/**
 * The note of a finding whose dictionary entry came from a resident review: residents' own
 * verdict is the strongest reason a writer can be given (Tower Hamlets coproduction principle 7:
 * ask people to review what you write).
 */
import type {ReviewRecord} from '@plainspeak/dictionary'

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/** `2026-12-04` → `4 December 2026` (GOV.UK date style); anything else as written. */
function ukDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const month = match ? months[Number(match[2]) - 1] : undefined
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : date
}

/**
 * "8 of 10 residents on the review panel did not know this word (Bow residents' panel,
 * 4 December 2026)." `what` names the thing reviewed: word, phrase or acronym.
 */
export function reviewNote(review: ReviewRecord, what: 'word' | 'phrase' | 'acronym'): string {
  const residents = review.reviewers === 1 ? 'resident' : 'residents'
  const unsure = review.unsure ? ` and ${review.unsure} ${review.unsure === 1 ? 'was' : 'were'} not sure` : ''
  const where = [review.panel, ukDate(review.date)].filter(Boolean).join(', ')
  return `${review.notUnderstood} of ${review.reviewers} ${residents} on the review panel did not know this ${what}${unsure} (${where}).`
}

/** The finding's note with the review first, when the entry came from one. */
export function withReviewNote(note: string, review: ReviewRecord | undefined, what: 'word' | 'phrase' | 'acronym'): string {
  return review ? `${reviewNote(review, what)} ${note}` : note
}
