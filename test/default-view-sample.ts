/**
 * A text, and an audience, whose findings are split by the default-view table that is switched
 * on: some in the default view, some suggestions. Each surface's test of the suggestions switch
 * uses it, so the tests hold whatever a new judged round moves between the two (the table is
 * re-derived from each round: `node test/judged/defaults.js --activate`). Which findings are
 * which is read from the built engine, the same table every surface uses.
 */
import {check as builtCheck, type CheckOptions, type CheckResult, type Format, type PlainspeakMessage} from '@plainspeak/core'

export type Audience = 'public' | 'board' | 'staff'

export interface DefaultViewSample {
  audience: Audience
  text: string
  /** The findings of the default view, in the order of the text. */
  shown: PlainspeakMessage[]
  /** The findings that are suggestions at this audience (shown only when asked for). */
  suggestions: PlainspeakMessage[]
}

/**
 * Texts with many kinds of finding: word swaps of both severities, a wordy phrase, passives,
 * undefined acronyms, sentences of 26–30, 31–40 and over 40 words, and inclusive wording.
 * A table that marks any of these kinds as a suggestion at some audience, and keeps another
 * in the default view, splits one of them.
 */
const candidates = [
  [
    'The council will signpost residents to the right service in a timely manner. The form must be signed by the tenant and returned to',
    'the housing office before the end of the month so that the payment can be processed and the account can be updated without any delay',
    'for the household concerned. Please contact the ICB or the PCN if you need help.'
  ].join(' '),
  [
    'We will utilise the locality hub going forward. Vulnerable adults who are wheelchair-bound were consulted and their views were recorded by staff.',
    'Officers will work with stakeholders and partners across the system to make sure that the new arrangements are in place for every resident',
    'who needs them, that the money is spent as agreed, and that the board is told about any risk to the plan at its next meeting in the spring.',
    'The JSNA sets out the needs of the population.'
  ].join(' '),
  [
    'The report was approved by the committee. In order to ensure that services are joined-up, the ICS will leverage best practice. Residents who',
    'have told us that they find it hard to get an appointment at the surgery near their home will be offered a call back within two working days.'
  ].join(' ')
]

const audiences: readonly Audience[] = ['public', 'board', 'staff']

/**
 * The first candidate, at the first audience, with at least one finding in each view. `wanted`
 * narrows the suggestions that count (for a surface that shows only some rules), and `format`
 * is how the surface will read the text. `check` is the built engine's unless given (core's
 * own tests pass its sources').
 */
export function defaultViewSample(
  options: {wanted?: (message: PlainspeakMessage) => boolean; format?: Format; audiences?: readonly Audience[]; check?: (text: string, options: CheckOptions) => Pick<CheckResult, 'messages'>} = {}
): DefaultViewSample {
  const wanted = options.wanted ?? (() => true)
  const check = options.check ?? builtCheck
  for (const audience of options.audiences ?? audiences) {
    for (const text of candidates) {
      const {messages} = check(text, {audience, format: options.format ?? 'text', suggestions: true})
      const shown = messages.filter((message) => !message.suggestion)
      const suggestions = messages.filter((message) => message.suggestion)
      if (shown.length > 0 && suggestions.some(wanted)) return {audience, text, shown, suggestions}
    }
  }
  throw new Error(
    'The default-view table (packages/core/data/default-view.yml) splits none of the sample texts in test/default-view-sample.ts ' +
      'into findings of the default view and suggestions at any audience. Add a text with a kind of finding the table marks as a suggestion.'
  )
}
