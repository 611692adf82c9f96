import {defineRule} from '../rule.js'

/** GOV.UK: keep sentences to 25 words or fewer. */
export const sentenceLength = defineRule({
  id: 'sentence-length',
  scope: 'block',
  level: 'sentence',
  priority: 1,
  defaultSeverity: 'warning',
  summary: 'Prose sentences longer than the audience’s limit (GOV.UK: 25 words).',
  examples: [
    {
      bad: 'The report sets out the findings of the review that was carried out over the summer by the team, with the help of residents, carers, local groups and staff from across the borough.',
      good: 'The report sets out what the review found. The team did the review over the summer, with help from residents, carers and staff.'
    }
  ],
  check(context) {
    const max = Number(context.options['max'] ?? context.settings.sentenceLength)
    for (const sentence of context.analysis.proseSentences) {
      if (sentence.words <= max) continue
      context.report({
        start: sentence.start,
        end: sentence.end,
        reason: `This sentence has ${sentence.words} words: split it into sentences of ${max} words or fewer.`,
        expected: [],
        note: 'Long sentences are harder to follow. GOV.UK advises 25 words or fewer.',
        data: {words: sentence.words, max}
      })
    }
  }
})
