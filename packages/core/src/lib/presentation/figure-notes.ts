/**
 * What a figure counts, where it differs from the findings beside it: every surface that shows
 * the passive share next to findings says why they differ, in the same words.
 */

/**
 * Why "Passive sentences 38" sits beside fewer passive findings: the share counts every passive;
 * the passive rule (rules/passive.ts) reports only some. `suggestionsSwitch` names how this
 * surface shows suggestions (`--suggestions`, the `plainspeak.suggestions` setting).
 */
export function passiveSentencesNote(suggestionsSwitch: string): string {
  return (
    'Passive sentences counts every prose sentence with a passive verb, including those that say who acts (“was agreed by the board”) and those that describe (“referrals are duplicated”). ' +
    'The passive rule reports fewer: only a passive that hides who acts where the reader needs to know (“it is recommended that”, a task or a decision with nobody named, “you are asked to”). ' +
    `It reports them as suggestions (shown with ${suggestionsSwitch}), and not at all at audience staff.`
  )
}
