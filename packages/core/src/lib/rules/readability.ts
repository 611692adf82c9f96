import {defineRule} from '../rule.js'
import {sentenceReadingAge} from '../sentence-reading-age.js'

/** Defaults, chosen on the evaluation corpus (test/eval): see `details`. */
const defaults = {margin: 12, farMargin: 16, minWords: 6}

/**
 * Prose sentences clearly above the audience's target reading age, by the
 * median of retext-readability's seven measures. Per-sentence measures are
 * noisy, so a sentence must be clearly above the target, not just above it.
 */
export const readability = defineRule({
  id: 'readability',
  scope: 'block',
  level: 'sentence',
  priority: 2,
  defaultSeverity: 'warning',
  summary: 'Prose sentences clearly above the audience’s target reading age (9 for the public): info when clearly above, warning when far above.',
  details: [
    'Each prose sentence (see [which sentences are prose](#which-sentences-are-prose)) of at least `minWords` words gets its own estimated UK reading age: the median of the ages that retext-readability’s seven measures (Automated Readability, Coleman–Liau, Dale–Chall, Flesch, Gunning fog, SMOG, Spache) give it. retext-readability calls a sentence hard for an age when four of the seven put it above that age, which is exactly when the median is above it: a test holds the two in agreement.',
    'Formulas made for whole texts are noisy on one sentence: a plain twelve-word sentence with three long words (“The committee will consider the proposals at its next meeting in September.”) comes out at 16. So a sentence is reported only when it is clearly above the target: more than `margin` years above it (info, the lower severity), and as a warning when more than `farMargin` years above it. The finding says the sentence’s age and the target: “About reading age 19; aim for 12 or below”.',
    'Options: `age` (default: the audience’s target), `margin` (default 4), `farMargin` (default 8), `minWords` (default 8). Setting the rule’s severity sets the level of sentences far above the target; sentences clearly above it are one level lower.'
  ],
  examples: [
    {
      bad: 'The organisation’s comprehensive transformation programme necessitates considerable interdepartmental collaboration.',
      good: 'We want our teams to work together so that we can do better.'
    },
    {
      bad: 'Key performance indicators will be reported quarterly to the integrated care partnership.',
      good: 'We will report our progress to the partnership every three months.',
      options: {audience: 'board'}
    }
  ],
  check(context) {
    const target = Number(context.options['age'] ?? context.settings.readingAge)
    const margin = Number(context.options['margin'] ?? defaults.margin)
    const farMargin = Number(context.options['farMargin'] ?? defaults.farMargin)
    const minWords = Number(context.options['minWords'] ?? defaults.minWords)
    for (const sentence of context.analysis.proseSentences) {
      if (sentence.words < minWords) continue
      const {age, measures} = sentenceReadingAge(sentence.node)
      if (!(age > target + margin)) continue
      const far = age > target + farMargin
      context.report({
        start: sentence.start,
        end: sentence.end,
        reason: `About reading age ${age}; aim for ${target} or below: split it or use shorter words.`,
        expected: [],
        note: `Most readability measures put this sentence well above the target reading age of ${target}${far ? '' : ' (clearly above it, but not far)'}. GOV.UK and the NHS aim for about 9 in public information, so that most people understand it first time.`,
        data: {readingAge: age, targetReadingAge: target, measures: measures.map((value) => (Number.isFinite(value) ? value : null))},
        mild: !far
      })
    }
  }
})
