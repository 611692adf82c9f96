import {defineRule} from '../rule.js'

/** Passive voice hides who does what; GOV.UK and NHS style prefer the active voice. */
export const passive = defineRule({
  id: 'passive',
  scope: 'block',
  // Voice is about the sentence's structure: it never hides a word-level finding.
  level: 'sentence',
  priority: 9,
  defaultSeverity: 'info',
  summary: 'Passive voice (“was submitted”, “has been agreed”): say who does what.',
  examples: [
    {bad: 'The plan was submitted in May.', good: 'We submitted the plan in May.'},
    {bad: 'Funding has been agreed by the board.', good: 'The board agreed the funding.'}
  ],
  check(context) {
    if (context.block.kind === 'heading' || context.block.glossary) return
    for (const span of context.analysis.passives) {
      const actual = context.analysis.text.slice(span.start, span.end)
      context.report({
        start: span.start,
        end: span.end,
        reason: `Say who did it instead of the passive “${actual}”.`,
        expected: [],
        note: 'The active voice says who is responsible and is easier to read (GOV.UK and NHS style).',
        data: {participle: span.participle}
      })
    }
  }
})
