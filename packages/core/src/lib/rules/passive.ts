import type {PassiveKind} from '../analysis/passive-voice.js'
import {defineRule} from './rule.js'

/** The passives worth a finding: nobody acts, a task with nobody to do it, a decision by nobody named, or the reader acted on (see passive-voice.ts). */
const reported: ReadonlySet<PassiveKind> = new Set(['impersonal', 'task', 'decision', 'you'])

/** Passive voice that hides who acts; GOV.UK and NHS style prefer the active voice. */
export const passive = defineRule({
  id: 'passive',
  scope: 'block',
  // Voice is about the sentence's structure; a word-level finding on the same words wins and carries this advice in its note.
  level: 'sentence',
  subject: 'sentence',
  replaceAll: false,
  priority: 9,
  defaultSeverity: 'info',
  label: 'Passive voice',
  order: 9,
  audienceSeverity: {staff: 'off'},
  // It folds on its participle: a word-level finding there (jargon "signposted" in "are signposted") carries this advice.
  foldOn: (finding) => (finding.data?.participle === undefined ? finding : {start: finding.end - finding.data.participle.length, end: finding.end}),
  summary: 'Passive voice that hides who acts where the reader needs to know (“it is recommended that”, “a referral will be made”, “the report was approved”): say who does what.',
  details: [
    'Reported in prose sentences only, where a form of “be” is followed by a past participle and nobody is named: impersonal passives (“It is recommended that …”, “It should be noted that …”, “It was agreed that …”), tasks with nobody to do them (“a referral will be made”, “the form must be signed”, “it needs to be checked”: will, shall, must, may, can, should, need to, have to), decisions taken by nobody named (“the report was approved”, “the bid has been rejected”: the deciding verbs are listed in data/grammar.yml) and the reader acted on (“you are asked to bring …”).',
    'Never reported: passives that name who acted (“was agreed by the board”, “is checked every month by the hub manager”), name a thing (“is called Home First”), point elsewhere in the document (“is set out in section 3”, “are listed below”) or give a measure (“is scored 16”), tasks that nobody needs to do (“do not need to be removed”), and “-ed” words that describe a state (“is concerned”, “are based in Bow”, “is very pleased”, “if you are constipated”). Descriptions (“referrals are duplicated”, “one new risk has been added”), hypotheticals and reported speech (“the patient would be offered a bed”) and other past events (“Some were sent home”) count in the passive share in the statistics but are not reported; the option `all: true` reports every passive that hides who acts.',
    'Why so few: on the evaluation corpus (17 documents, 15,422 words) at audience `public`, reporting every “be” + participle gave 176 findings, 35% of them matching the editor’s labels; every passive that hides who acts, 137 (39%); without past events, 105 (51%); impersonal passives, tasks and the reader acted on, 32 (63%); with decisions by nobody named (“the report was approved”), 34 (65%), still finding 8 of the 10 passives the editor flagged. Read by hand, 21 of those 34 are worth changing and none is wrong.'
  ],
  examples: [
    {bad: 'A referral will be made to the community team.', good: 'We will refer you to the community team.'},
    {bad: 'It is recommended that the funding is agreed.', good: 'We recommend that the board agrees the funding.'},
    {bad: 'The new opening hours were approved in March.', good: 'The cabinet approved the new opening hours in March.'}
  ],
  check(context) {
    const sentences = context.analysis.proseSentences
    if (sentences.length === 0) return
    const every = context.options['all'] === true
    for (const span of context.analysis.passives) {
      if (!span.hidesActor || !(every || reported.has(span.kind))) continue
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
