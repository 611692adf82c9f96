import {compileDictionaries, hasErrors, type CompiledDictionary} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {describe, expect, it} from 'vitest'
import {DictionaryShapeError, learnFromAnswers, summariseLearning, type NamedAnswers} from '../src/index.js'
import {answersFile} from './answers-helpers.js'

const base = builtin as CompiledDictionary
const passage = 'After that, if you still need care, we will carry out a financial assessment.'

/** Three residents' answers to the home care letter's sheet. */
const panel: NamedAnswers[] = [
  {
    name: 'ab.json',
    answers: answersFile('a1a1a1a1', [
      ['term', 'reablement', 'no', 'Help at home for a few weeks.'],
      ['term', 'signpost', 'no', 'tell you about'],
      ['acronym', 'OT', 'no', 'the person who sorts out equipment'],
      ['acronym', 'PALS', 'yes', ''],
      ['term', 'outcome', 'yes', ''],
      ['passage', passage, 'no', 'We will check what you can pay']
    ], {initials: 'AB', saved: '2026-12-03T10:00:00.000Z'})
  },
  {
    name: 'cd.json',
    answers: answersFile('b2b2b2b2', [
      ['term', 'reablement', 'no', 'help at home for a few weeks'],
      ['term', 'signpost', 'no', '"Tell you about"'],
      ['acronym', 'OT', 'not-sure', ''],
      ['acronym', 'PALS', 'yes', ''],
      ['term', 'outcome', 'no', 'what you want to get better at'],
      ['passage', passage, 'not-sure', '']
    ], {saved: '2026-12-04T09:15:00.000Z'})
  },
  {
    name: 'ef.json',
    answers: answersFile('c3c3c3c3', [
      ['term', 'reablement', 'not-sure', "I don't know"],
      ['term', 'signpost', 'yes', 'send'],
      ['acronym', 'OT', 'no', ''],
      ['acronym', 'PALS', 'no', 'hospital complaints help'],
      ['term', 'outcome', null, ''],
      ['passage', passage, 'yes', '']
    ], {saved: '2026-12-04T11:40:00.000Z'})
  }
]

const learn = (files: NamedAnswers[], dictionaryText = '') => learnFromAnswers(files, {dictionaryText, dictionaryName: 'our-words.yml', base})
const lintErrors = (text: string) => compileDictionaries([{file: 'our-words.yml', text}], {base}).problems.filter((problem) => problem.severity === 'error')

describe('learning from a panel’s answers', () => {
  const result = learn(panel)

  it('writes an entry for each word most reviewers did not understand, with the review as its source', () => {
    expect(result.text).toBe(`- term: reablement
  alternatives: []
  kind: jargon
  action: explain
  explanation: help at home for a few weeks
  source: [lga-2010]
  note: "A service name residents meet but rarely know. There is no plain swap: explain it once, the first time you use it."
  audiences: [public]
  review:
    panel: Bow residents' panel
    date: 2026-12-04
    reviewers: 3
    notUnderstood: 2
    unsure: 1
    words: [help at home for a few weeks]
    responses: [a1a1a1a1, b2b2b2b2, c3c3c3c3]
- term: signpost
  alternatives: [tell you about, send, direct]
  ideas: [refer]
  kind: jargon
  source: [lga-2007, compiler]
  note: Residents may not know what being "signposted" means. Say who will tell them where to go.
  unless: [road, footpath, street sign, cycle route, walking route]
  review:
    panel: Bow residents' panel
    date: 2026-12-04
    reviewers: 3
    notUnderstood: 2
    words: [tell you about, send]
    responses: [a1a1a1a1, b2b2b2b2, c3c3c3c3]
- acronym: OT
  expansions: [occupational therapist, occupational therapy]
  domain: public-sector
  source: [sefton-asc]
  review:
    panel: Bow residents' panel
    date: 2026-12-04
    reviewers: 3
    notUnderstood: 2
    unsure: 1
    words: [the person who sorts out equipment]
    responses: [a1a1a1a1, b2b2b2b2, c3c3c3c3]
`)
    expect(lintErrors(result.text)).toEqual([])
  })

  it('says what changed, what a person must decide, and what is for the writer', () => {
    expect(summariseLearning(result, {dictionaryName: 'our-words.yml', written: false, leftOut: []})).toBe(`Answers from 3 reviewers.

Changes to our-words.yml:
  reablement: added (from the built-in entry): 2 of 3 did not understand and 1 not sure; explanation “help at home for a few weeks”.
  signpost: added (from the built-in entry): 2 of 3 did not understand; alternatives “tell you about”, “send”.
  OT: added: 2 of 3 did not understand and 1 not sure. Writers will be told so when they do not spell it out.

For you to decide:
  outcome: Reviewers were split: 1 of 2 did not understand, the rest understood it. Decide whether to add it to the dictionary.

Understood by most: no change:
  PALS: 2 of 3 understood it: no change.

Passages (for the writer: the dictionary cannot fix these):
  “After that, if you still need care, we will carry out a…”: 2 of 3 did not understand or were not sure. Their words: “We will check what you can pay”.

This is a preview: nothing was written. Run the same command with --write to change our-words.yml.
`)
  })

  it('counts the same answers once: named twice, saved twice, or imported again later', () => {
    const twice = learn([...panel, {...panel[0]!, name: 'ab-copy.json'}])
    expect(twice.text).toBe(result.text)
    expect(twice.duplicates).toEqual(['ab-copy.json holds the same answers as ab.json: counted once.'])

    const changedMind = answersFile('c3c3c3c3', [['term', 'signpost', 'no', 'point you to']], {saved: '2026-12-04T12:00:00.000Z'})
    const resaved = learn([...panel, {name: 'ef-again.json', answers: changedMind}])
    expect(resaved.duplicates).toEqual(['ef.json and ef-again.json are one reviewer’s answers saved twice: the later one (ef-again.json) is counted.'.replace('’', "'")])
    expect(resaved.reviewers).toBe(3)

    const again = learn(panel, result.text)
    expect(again.changes).toEqual([])
    expect(again.text).toBe(result.text)
    expect(again.duplicates).toEqual([
      '3 answers about “reablement” were counted before (our-words.yml records them): not counted again.',
      '3 answers about “signpost” were counted before (our-words.yml records them): not counted again.',
      '3 answers about “OT” were counted before (our-words.yml records them): not counted again.'
    ])
  })

  it('adds a later panel’s answers to the counts, and asks a person when most now understand', () => {
    const later = ['d4d4d4d4', 'e5e5e5e5', 'f6f6f6f6', 'a7a7a7a7'].map((response) => ({
      name: `${response}.json`,
      answers: answersFile(response, [['term', 'signpost', 'yes', '']], {saved: '2026-12-11T10:00:00.000Z', panel: 'Poplar tenants'})
    }))
    const merged = learn(later, result.text)
    expect(merged.changes.map((change) => `${change.subject}: ${change.summary}`)).toEqual(['signpost: review counts updated: 2 of 7 did not understand.'])
    expect(merged.decide.map((change) => change.summary)).toEqual(['Most reviewers have now understood it (2 of 7 did not understand). Decide whether our-words.yml should keep this entry.'])
    expect(merged.text).toContain('    panel: Poplar tenants\n    date: 2026-12-11\n    reviewers: 7\n    notUnderstood: 2\n')
  })

  it('keeps the organisation’s own entries and comments, and turns an entry back on', () => {
    const own = `# Our words, agreed with the residents' panel.
- term: utilise
  severity: off

- term: locality hub  # our own
  alternatives: [local office]
  kind: jargon
  source: lga-2009
  severity: info
`
    const answers = answersFile('a9a9a9a9', [
      ['term', 'utilise', 'no', 'use'],
      ['term', 'locality hub', 'no', 'council office near you']
    ])
    const learned = learn([{name: 'x.json', answers}], own)
    expect(learned.changes.map((change) => `${change.subject}: ${change.summary}`)).toEqual([
      'utilise: updated: 1 of 1 did not understand; switched back on (it was off).',
      'locality hub: updated: 1 of 1 did not understand; alternative “council office near you”; now a warning (it was info).'
    ])
    expect(learned.text).toMatch(/^# Our words, agreed with the residents' panel\.\n- term: utilise\n  alternatives: \[use\]\n/)
    expect(learned.text).toContain('- term: locality hub # our own\n  alternatives: [council office near you, local office]\n')
    expect(lintErrors(learned.text)).toEqual([])
  })

  it('takes an acronym’s meaning from the draft, or asks a person when nobody knows it', () => {
    const answers = answersFile('a8a8a8a8', [
      ['acronym', 'BPCN', 'no', '', 'Bow and Poplar Care Network'],
      ['acronym', 'XQZ', 'no', 'no idea']
    ])
    const learned = learn([{name: 'x.json', answers}])
    expect(learned.text).toContain('- acronym: BPCN\n  expansion: Bow and Poplar Care Network\n  domain: general\n')
    expect(learned.decide.map((change) => `${change.subject}: ${change.summary}`)).toEqual([
      'XQZ: 1 of 1 did not understand, but Plainspeak does not know what it stands for. Add an entry for it by hand, with its meaning.'
    ])
    expect(hasErrors(compileDictionaries([{file: 'our-words.yml', text: learned.text}], {base}).problems)).toBe(false)
  })

  it('adds a word no list had (asked with --ask), with the residents’ words as its alternatives', () => {
    const answers = ['a1', 'b2', 'c3'].map((id, index) => ({
      name: `${id}.json`,
      answers: answersFile(`${id}${id}${id}${id}`, [['term', 'decent homes', index === 2 ? 'yes' : 'no', ['the council’s repair plan', 'repairs to bring homes up to standard', ''][index]!]])
    }))
    const learned = learn(answers)
    // A long answer is an explanation, not a swap: it stays in the review's words for a person to use.
    expect(learned.text).toBe(`- term: decent homes
  alternatives: [the council’s repair plan]
  kind: jargon
  review:
    panel: Bow residents' panel
    date: 2026-12-04
    reviewers: 3
    notUnderstood: 2
    words: [the council’s repair plan, repairs to bring homes up to standard]
    responses: [a1a1a1a1, b2b2b2b2, c3c3c3c3]
`)
    expect(lintErrors(learned.text)).toEqual([])
  })

  it('turns only real words into entries, whatever an answers file edited by hand says', () => {
    const answers = answersFile('a6a6a6a6', [
      ['term', '(a+)+$', 'no', 'anything'],
      ['acronym', 'not an acronym', 'no', ''],
      ['term', 'signpost', 'no', 'x'.repeat(400)]
    ])
    const learned = learn([{name: 'x.json', answers}])
    expect(learned.decide.map((change) => `${change.subject}: ${change.summary}`)).toEqual([
      '(a+)+$: this is not a word or phrase a dictionary entry can hold, so it was not added. Check the answers file.',
      'not an acronym: this is not an acronym a dictionary entry can hold, so it was not added. Check the answers file.'
    ])
    expect(learned.changes.map((change) => change.subject)).toEqual(['signpost'])
    expect(learned.text).not.toContain('xxxx')
    expect(lintErrors(learned.text)).toEqual([])
  })

  it('refuses a dictionary that is not a list of entries', () => {
    expect(() => learn(panel, 'public: [GP]\n')).toThrow(DictionaryShapeError)
    expect(() => learn(panel, '- term: [\n')).toThrow(/is not valid YAML/)
  })
})
