/** "Not useful here" → dictionary changes: switch an entry off for an audience, with the evidence kept beside it. */
import type {CompiledDictionary} from '@plainspeak/dictionary'
import {lintDictionaryText} from '@plainspeak/dictionary/node'
import builtin from '@plainspeak/dictionary/builtin'
import {describe, expect, it} from 'vitest'
import {applyFeedback, type FeedbackEvidence} from '../src/index.js'

const base = builtin as CompiledDictionary
const row = (fields: Partial<FeedbackEvidence>): FeedbackEvidence => ({rule: 'jargon', term: 'signpost', audience: 'board', dismissed: 4, shown: 10, rate: 0.4, reasons: [{reason: 'readers-know', count: 3}], ...fields})
const options = {dictionaryName: 'our-words.yml', base, date: '2026-12-07'}

describe('applyFeedback', () => {
  it('copies a built-in entry into the file, flagged for the other audiences only, with the evidence as a comment', () => {
    const result = applyFeedback([row({})], {...options, dictionaryText: '# Our words\n- term: place-based\n  alternatives: [local]\n  kind: jargon\n  source: lga-2009\n'})
    expect(result.changes.map((change) => change.summary)).toEqual(['“signpost” no longer flagged at board (still at public, staff): dismissed 4 of 10 times shown, readers-know 3.'])
    expect(result.text).toMatch(/^# Our words\n- term: place-based\n/)
    expect(result.text).toContain('# Not useful here at board: dismissed 4 of 10 times shown, readers-know 3 (plainspeak feedback, 2026-12-07).\n- term: signpost')
    expect(result.text).toContain('audiences: [ public, staff ]')
    expect(lintDictionaryText('our-words.yml', result.text, {base}).filter((problem) => problem.severity === 'error')).toEqual([])
  })

  it('switches an entry off when no audience is left, and changes an entry already in the file in place', () => {
    const text = '- term: signpost\n  alternatives: [refer]\n  kind: jargon\n  audiences: [board]\n'
    const result = applyFeedback([row({})], {...options, dictionaryText: text})
    expect(result.text).toBe('# Not useful here at board: dismissed 4 of 10 times shown, readers-know 3 (plainspeak feedback, 2026-12-07).\n- term: signpost\n  alternatives: [ refer ]\n  kind: jargon\n  audiences: [ board ]\n  severity: off\n')
  })

  it('leaves a person to decide under the minimum count or with no entry, and keeps an entry under the threshold', () => {
    const result = applyFeedback(
      [row({dismissed: 2}), row({term: 'quarterly huddle'}), row({term: 'leverage', dismissed: 5, shown: 100, rate: 0.05}), row({term: undefined, rule: 'long-sentence'})],
      {...options, dictionaryText: ''}
    )
    expect(result.changes).toEqual([])
    expect(result.text).toBe('')
    expect(result.decide.map((change) => change.summary)).toEqual([
      '“signpost” at board: dismissed 2 of 10 times shown, readers-know 3, under the 3 needed to propose a change. A person decides.',
      '“quarterly huddle” (jargon) at board: dismissed 4 of 10 times shown, readers-know 3, but no dictionary entry holds it. A person decides.'
    ])
  })
})
