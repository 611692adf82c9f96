/**
 * The words every package uses for the same things: who a document is written for, and how
 * much a finding matters. Core, the dictionaries, config files and every surface read these.
 */

/** Who a document is written for. Each audience knows some acronyms without a definition. */
export type Audience = 'public' | 'board' | 'staff'

export const audiences: readonly Audience[] = ['public', 'board', 'staff']

/** A finding's severity, or `off` to switch an entry or rule off. */
export type Severity = 'off' | 'info' | 'warning' | 'error'

export const severities: readonly Severity[] = ['off', 'info', 'warning', 'error']

/** The severity of a finding that is reported: a severity that is not `off`. */
export type FindingSeverity = Exclude<Severity, 'off'>
