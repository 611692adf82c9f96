/**
 * Replace and Replace All go through core's one substitution code path, each use on its own.
 */
import {describe, expect, it} from 'vitest'
import {DocumentChecker} from '../src/checking.js'
import {describeSkipped, replaceAllPlan, replacementEdit, safeReviewEdits} from '../src/fixes.js'
import {loadDictionary} from '../src/organisation-dictionaries.js'

const panel = loadDictionary({
  file: 'panel.yml',
  text: `- term: utilise
  alternatives: [use]
  kind: wordy-phrase
  source: lga-2009
- term: signpost
  alternatives: [refer, direct]
  kind: jargon
  source: lga-2009
- acronym: JSNA
  expansion: Joint Strategic Needs Assessment
  domain: council
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
    // The quoted use is no finding at all (a quotation is the speaker's words), so it is neither
    // changed nor counted as left alone.
    expect(findings.filter((finding) => finding.actual === 'utilise').map((finding) => finding.target!.start)).toEqual([3])
    expect(plan.skipped).toEqual([])
    expect(describeSkipped(plan.skipped)).toBe('')
  })

  it('leaves a use in a quotation when a finding reaches it', () => {
    const {findings} = check(['We utilise the hub. She said “we utilise it”.'])
    const first = findings.find((finding) => finding.actual === 'utilise')!
    const text = first.target!.paragraphText
    const start = text.lastIndexOf('utilise')
    const quoted = {...first, target: {...first.target!, start, end: start + 'utilise'.length}}
    const plan = replaceAllPlan(first, 'use', [first, quoted])
    expect(plan.edits.map((edit) => edit.target.start)).toEqual([3])
    expect(plan.skipped.map((item) => item.why)).toEqual(['quotation'])
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

describe('Review all safe changes', () => {
  const show = (edits: ReturnType<typeof safeReviewEdits>) => edits.map((edit) => `${edit.target.paragraph}:${edit.target.actual}→${edit.replacement}`)

  it('takes the safe fixes of each paragraph: one replacement, in prose, keeping its case', () => {
    const {findings} = check(['We utilise the JSNA. She said “we utilise it”.', 'Utilise the form and signpost people.', 'The Utilise Partnership meets.'])
    // Not the quotation, not "signpost" (a choice of two), not the name.
    expect(show(safeReviewEdits(findings))).toEqual(['0:utilise→use', '0:JSNA→Joint Strategic Needs Assessment (JSNA)', '1:Utilise→Use'])
  })

  it('leaves suggestions to the author', () => {
    const {findings} = check(['We utilise the hub.'])
    expect(safeReviewEdits(findings)).toHaveLength(1)
    expect(safeReviewEdits(findings.map((finding) => ({...finding, suggestion: true})))).toEqual([])
  })
})
