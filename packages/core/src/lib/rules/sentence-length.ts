import {audiencePresets} from './audiences.js'
import {defineRule} from './rule.js'

/** GOV.UK: keep sentences to 25 words or fewer (for the public); board and staff limits are the audience presets'. */
export const sentenceLength = defineRule({
  id: 'sentence-length',
  scope: 'block',
  level: 'sentence',
  subject: 'sentence',
  replaceAll: false,
  priority: 1,
  defaultSeverity: 'warning',
  label: 'Long sentences',
  order: 6,
  band: (data) => (data.words === undefined ? undefined : data.words <= 30 ? '26-30' : data.words <= 40 ? '31-40' : '41+'),
  twoLevels: true,
  summary: 'Prose sentences longer than the audience’s limit (GOV.UK: 25 words): info just over it (25 words for the public, 30 for a board or staff), warning well over it (30 words for the public, 35 for a board, 40 for staff).',
  details: [
    'Counts the words of each prose sentence (see [which sentences are prose](#which-sentences-are-prose)), without its paragraph number or a leading label. Words are counted as a reader counts them: a phone number in groups (“0114 273 4567”), a time (“9.30 am”), a sum of money (“£1,250.00”), a date (“21/01/2027”) or a reference (“21/01234/FUL”) is one word. A sentence over the audience’s limit (`max`: 25 words for `public`, 30 for `board` and `staff`) is reported one level below the rule’s severity (info); one over the far limit (`farMax`: 29 for `public`, 34 for `board`, 39 for `staff`) at the rule’s severity (a warning). In the evaluation corpus an editor would rewrite 5 of the 42 sentences of 26–29 words for the public and 2 for a board, but 15 of the 21 sentences of 30–34 words for the public and 26 of the 30 sentences of 35 words or more for a board. So a board paper’s sentences are held to 30 words: at 25, 48 of this rule’s 93 board findings were sentences of 26–30 words, and the editor would rewrite only 2 of them.',
    'When the sentence is also clearly hard to read, the readability finding is folded into this one: its note gives the reading age.'
  ],
  examples: [
    {
      bad: 'The report sets out the findings of the review that was carried out over the summer by the team, with the help of residents, carers, local groups and staff from across the borough.',
      good: 'The report sets out what the review found. The team did the review over the summer, with help from residents, carers and staff.'
    }
  ],
  check(context) {
    const max = Number(context.options['max'] ?? context.settings.sentenceLength)
    const preset = audiencePresets[context.settings.audience]
    const farMax = Number(context.options['farMax'] ?? max + preset.farSentenceLength - preset.sentenceLength)
    // Each limit is said once, with its source: a board paper's note never adds GOV.UK's 25 for the public.
    const source = max === preset.sentenceLength ? preset.sentenceLengthSource : `Your settings set the limit at ${max} words.`
    for (const sentence of context.analysis.proseSentences) {
      if (sentence.words <= max) continue
      context.report({
        mild: sentence.words <= farMax,
        start: sentence.start,
        end: sentence.end,
        reason: `This sentence has ${sentence.words} words: split it into sentences of ${max} words or fewer.`,
        expected: [],
        note: `Long sentences are harder to follow. ${source}`,
        data: {words: sentence.words, max}
      })
    }
  }
})
