import {defineRule} from '../rule.js'

/** Passive voice that hides who acts; GOV.UK and NHS style prefer the active voice. */
export const passive = defineRule({
  id: 'passive',
  scope: 'block',
  // Voice is about the sentence's structure; a word-level finding on the same words wins and carries this advice in its note.
  level: 'sentence',
  priority: 9,
  defaultSeverity: 'info',
  summary: 'Passive voice that hides who acts (“the report has been approved”, “it is recommended”): say who does what.',
  details: [
    'Reported in prose sentences only, where a form of “be” is followed by a past participle (“is submitted”, “has been agreed”, “will be reported”) and the sentence does not say who acted. Not reported: passives that name who acted (“was agreed by the board”), name a thing (“is called Home First”) or point elsewhere in the document (“is set out in section 3”, “are listed below”), and “-ed” words that describe a state (“is concerned”, “are based in Bow”, “is very pleased”).',
    'Past events told in the passive (“Some were sent home”, “They had been promised equipment”, “without being told”) report what happened rather than give anyone a task: in the evaluation corpus (17 documents) the editor marked none of the 32 such passives as worth a finding, against 17 of the 36 with “will”, “must” and the other modal verbs. They are left out unless the option `pastEvents` is `true`; an impersonal one (“It was agreed that …”) is always reported. Every passive still counts in the passive share in the statistics.'
  ],
  examples: [
    {bad: 'The plan has been approved.', good: 'The board has approved the plan.'},
    {bad: 'It is recommended that the funding is agreed.', good: 'We recommend that the board agrees the funding.'}
  ],
  check(context) {
    const sentences = context.analysis.proseSentences
    if (sentences.length === 0) return
    const pastEvents = context.options['pastEvents'] === true
    for (const span of context.analysis.passives) {
      if (!span.hidesActor || (span.narrative && !pastEvents)) continue
      if (!sentences.some((sentence) => span.start >= sentence.start && span.end <= sentence.sentenceEnd)) continue
      // A span with markup inside ("was **not** agreed") would show the markup in `actual`.
      if (context.block.markup?.some(([from, to]) => from < span.end && to > span.start)) continue
      const actual = context.analysis.text.slice(span.start, span.end)
      context.report({
        start: span.start,
        end: span.end,
        reason: `Say who does it instead of the passive “${actual}”.`,
        expected: [],
        note: 'The passive hides who is responsible. The active voice says who acts and is easier to read (GOV.UK and NHS style).',
        data: {participle: span.participle}
      })
    }
  }
})
