/**
 * "Not useful here" → dictionary changes, with the evidence kept beside each entry: switch an entry
 * off for an audience, add an `unless` context, turn a replacement into an explanation.
 */
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
    expect(result.changes.map((change) => change.summary)).toEqual(['“signpost” no longer flagged at board (still at public, staff, patient): dismissed 4 of 10 times shown, readers-know 3.'])
    expect(result.text).toMatch(/^# Our words\n- term: place-based\n/)
    expect(result.text).toContain('# Not useful here at board: dismissed 4 of 10 times shown, readers-know 3 (plainspeak feedback, 2026-12-07).\n- term: signpost')
    expect(result.text).toContain('audiences: [ public, staff, patient ]')
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

  const wrongMeaning = (fields: Partial<FeedbackEvidence>) => row({term: 'huddle', audience: 'public', dismissed: 3, shown: 5, rate: 0.6, reasons: [{reason: 'wrong-meaning', count: 3}], ...fields})
  const huddle = '# Our words\n- term: huddle\n  alternatives: [meeting]\n  kind: jargon\n  note: A huddle is a short standing meeting.\n  unless: [rugby]\n  source: lga-2009\n'
  const place = (before: string, after: string) => ({before, after})

  it('adds an unless context: the word every dismissed place has and no place still shown has', () => {
    const places = {
      dismissed: [place('penguins in a', 'on the ice.'), place('Young penguins', 'for warmth at'), place('The penguins', 'together. Staff meet')],
      shown: [place('Staff will', 'at nine to'), place('The team', 'each morning.')]
    }
    const result = applyFeedback([wrongMeaning({places})], {...options, dictionaryText: huddle})
    expect(result.decide).toEqual([])
    expect(result.changes.map((change) => change.summary)).toEqual(['“huddle” not flagged in a sentence with “penguins” (unless): dismissed 3 of 5 times shown, wrong-meaning 3.'])
    expect(result.text).toBe(
      '# Our words\n# Wrong meaning next to “penguins”: dismissed 3 of 5 times shown, wrong-meaning 3 (plainspeak feedback, 2026-12-07).\n- term: huddle\n  alternatives: [ meeting ]\n  kind: jargon\n  note: A huddle is a short standing meeting.\n  unless: [ rugby, penguins ]\n  source: lga-2009\n'
    )
    expect(lintDictionaryText('our-words.yml', result.text, {base}).filter((problem) => problem.severity === 'error')).toEqual([])
  })

  it('turns a replacement into an explanation when the dismissed places share no word: the swap fits nowhere writers use it', () => {
    const places = {dismissed: [place('Our clinical', 'reviews each case.'), place('A weekly safety', 'is held on'), place('The discharge', 'agreed the plan.')], shown: []}
    const result = applyFeedback([wrongMeaning({places})], {...options, dictionaryText: huddle})
    expect(result.changes.map((change) => change.summary)).toEqual(['“huddle” explained at first use instead of replaced (action: explain): dismissed 3 of 5 times shown, wrong-meaning 3.'])
    expect(result.text).toContain('# Wrong meaning wherever it is used, so explained rather than replaced: dismissed 3 of 5 times shown, wrong-meaning 3 (plainspeak feedback, 2026-12-07).\n- term: huddle\n  alternatives: []\n')
    expect(result.text).toContain('  action: explain\n')
    expect(lintDictionaryText('our-words.yml', result.text, {base}).filter((problem) => problem.severity === 'error')).toEqual([])
  })

  it('leaves a person to decide tied reasons, tied contexts, too few places found, no documents, and a reason that proposes nothing', () => {
    const places = {dismissed: [place('penguins on the', 'ice'), place('penguins on the', 'ice floe'), place('cold penguins', 'on ice')], shown: []}
    const result = applyFeedback(
      [
        wrongMeaning({reasons: [{reason: 'readers-know', count: 2}, {reason: 'wrong-meaning', count: 2}]}),
        wrongMeaning({places}),
        wrongMeaning({places: {dismissed: places.dismissed.slice(0, 2), shown: []}}),
        wrongMeaning({}),
        wrongMeaning({reasons: [{reason: 'other', count: 3}]})
      ],
      {...options, dictionaryText: huddle}
    )
    expect(result.changes).toEqual([])
    expect(result.text).toBe(huddle)
    const evidence = '“huddle” at public: dismissed 3 of 5 times shown'
    expect(result.decide.map((change) => change.summary)).toEqual([
      `${evidence}, readers-know 2, wrong-meaning 2, and no reason was given most. A person decides.`,
      `${evidence}, wrong-meaning 3, and the places dismissed share “ice”, “penguins”: choose the \`unless\` phrase. A person decides.`,
      `${evidence}, wrong-meaning 3, but only 2 of the places dismissed are in the documents read, under the 3 needed. A person decides.`,
      `${evidence}, wrong-meaning 3, but no document was read to find the words that mark the other meaning. Name the documents (plainspeak feedback apply --dictionary FILE DOCUMENTS…), or add an \`unless\` phrase by hand. A person decides.`,
      `${evidence}, other 3, and “other” is the main reason: no change follows from it alone. A person decides.`
    ])
  })
})
