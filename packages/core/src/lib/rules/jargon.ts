import type {TermKind} from '@plainspeak/dictionary'
import {defineRule} from './rule.js'
import {repeatKey, reportTermMatches} from './dictionary-report.js'

const kinds = new Set<TermKind>(['jargon', 'wordy-phrase', 'idiom'])

/** Council, NHS and public-sector jargon, wordy phrases and idioms from the dictionary. */
export const jargon = defineRule({
  id: 'jargon',
  scope: 'block',
  level: 'word',
  subject: 'term',
  replaceAll: true,
  priority: 2,
  defaultSeverity: 'warning',
  label: 'Jargon and wordy phrases',
  order: 3,
  repeatKey,
  summary:
    'Council, NHS and public-sector jargon, wordy phrases and idioms from the dictionary: plain alternatives where they keep the meaning, and for a term of art a request, once, to explain it.',
  examples: [
    {bad: 'We will signpost residents to local services.', good: 'We will refer residents to local services.'},
    {bad: 'In order to apply, fill in the form.', good: 'To apply, fill in the form.'},
    {
      bad: 'The plan was written through coproduction. Coproduction takes time.',
      good: 'The plan was written through coproduction (residents and staff working together as equals). Coproduction takes time.'
    }
  ],
  check(context) {
    reportTermMatches(context, kinds)
  }
})
