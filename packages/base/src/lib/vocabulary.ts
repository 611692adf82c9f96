/**
 * The words every package uses for the same things: who a document is written for, and how
 * much a finding matters. Core, the dictionaries, config files and every surface read these.
 */

/**
 * Who a document is written for. Each audience knows some acronyms without a definition.
 * `patient`: letters and leaflets written to a patient about their own care (the Academy of
 * Medical Royal Colleges' "Please, write to me").
 */
export type Audience = 'public' | 'board' | 'staff' | 'patient'

export const audiences: readonly Audience[] = ['public', 'board', 'staff', 'patient']

/** A finding's severity, or `off` to switch an entry or rule off. */
export type Severity = 'off' | 'info' | 'warning' | 'error'

export const severities: readonly Severity[] = ['off', 'info', 'warning', 'error']

/** The severity of a finding that is reported: a severity that is not `off`. */
export type FindingSeverity = Exclude<Severity, 'off'>
