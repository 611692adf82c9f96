import type {TermKind} from '@plainspeak/dictionary'
import {defineRule} from './rule.js'
import {repeatKey, reportTermMatches} from './dictionary-report.js'

const kinds = new Set<TermKind>(['inclusive'])

/**
 * Wording UK guidance asks writers to avoid: GOV.UK "Inclusive language:
 * words to use and avoid when writing about disability" and the NHS service
 * manual's inclusive content pages. "Disabled people" is right (social model).
 */
export const inclusive = defineRule({
  id: 'inclusive',
  scope: 'block',
  level: 'word',
  subject: 'term',
  replaceAll: true,
  priority: 1,
  defaultSeverity: 'warning',
  label: 'Inclusive language',
  order: 4,
  repeatKey,
  summary: 'Wording that UK guidance (GOV.UK, NHS) asks writers to avoid, with inclusive alternatives.',
  examples: [
    {bad: 'The centre is open to wheelchair-bound visitors.', good: 'The centre is open to wheelchair users.'},
    {bad: 'We want to hear from groups who are hard to reach.', good: 'We want to hear from disabled people and carers.'}
  ],
  check(context) {
    reportTermMatches(context, kinds)
  }
})
