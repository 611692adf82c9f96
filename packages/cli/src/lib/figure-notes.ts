/**
 * What a figure counts, where it differs from the findings beside it: shown by `stats` and the
 * HTML report, so neither leaves a reader to wonder why 38 passive sentences gave 14 findings.
 */

/** The passive share counts every passive; the passive rule reports only some (rules/passive.ts in core). */
export const passiveSentencesNote =
  'Passive sentences counts every prose sentence with a passive verb, including those that say who acts (“was agreed by the board”) and those that describe (“referrals are duplicated”). ' +
  'The passive rule reports fewer: only a passive that hides who acts where the reader needs to know (“it is recommended that”, a task or a decision with nobody named, “you are asked to”). ' +
  'It reports them as suggestions (shown with --suggestions), and not at all at audience staff.'
