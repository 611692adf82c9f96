/**
 * Replace and Replace All go through core's one substitution code path, each use on its own.
 */
import {describe, expect, it} from 'vitest'
import {DocumentChecker} from '../src/checking.js'
import {describeSkipped, replaceAllPlan, replacementEdit} from '../src/fixes.js'
import {loadDictionary} from '../src/organisation-dictionaries.js'

const panel = loadDictionary({
  file: 'panel.yml',
  text: `- term: utilise
  alternatives: [use]
  kind: wordy-phrase
  source: lga-2009
`
})
if (!panel.ok) throw new Error(panel.errors.join('\n'))
const settings = {audience: 'public' as const, allow: [], dictionaries: [panel.dictionary]}

const check = (paragraphs: string[]) => new DocumentChecker().check(paragraphs.map((text) => ({text})), settings)

describe('Replace', () => {
  it('keeps the case of the words it replaces and changes only their span', () => {
    const {findings} = check(['Utilise the form. We utilise it.'])
    const [first, second] = findings.filter((finding) => finding.ruleId === 'jargon')
    expect(replacementEdit(first!, 'use')).toMatchObject({target: {paragraph: 0, start: 0, end: 7, actual: 'Utilise'}, replacement: 'Use'})
    expect(replacementEdit(second!, 'use')).toMatchObject({target: {start: 21, end: 28, actual: 'utilise'}, replacement: 'use'})
  })
})

describe('Replace All', () => {
  it('looks at each use on its own and leaves those in a quotation', () => {
    const {findings} = check(['We utilise the hub. She said “we utilise it”.', 'Utilise the form.', 'See https://example.org/utilise today.'])
    const first = findings.find((finding) => finding.actual === 'utilise')!
    const plan = replaceAllPlan(first, 'use', findings)
    expect(plan.edits.map((edit) => `${edit.target.paragraph}:${edit.target.actual}→${edit.replacement}`)).toEqual(['0:utilise→use', '1:Utilise→Use'])
    expect(plan.skipped.map((item) => `${item.finding.paragraph}:${item.why}`)).toEqual(['0:quotation'])
    expect(describeSkipped(plan.skipped)).toBe('1 left as it is, in a quotation.')
  })

  it('leaves a use where the engine does not offer that replacement', () => {
    const {findings} = check(['We utilise the hub. We utilise it.'])
    const [first, second] = findings
    const plan = replaceAllPlan(first!, 'use', [first!, {...second!, expected: ['employ']}])
    expect(plan.edits).toHaveLength(1)
    expect(plan.skipped.map((item) => item.why)).toEqual(['not offered'])
  })
})
