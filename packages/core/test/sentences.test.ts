import {describe, expect, it} from 'vitest'
import {actuals, findings, run} from './helpers.js'

const long = 'The report sets out the findings of the review that was carried out over the summer by the team with the help of residents, carers, local groups and staff.'

describe('sentence-length', () => {
  it('reports sentences over the audience limit', () => {
    expect(findings(long, 'sentence-length')).toEqual(['1:1-1:156: This sentence has 29 words: split it into sentences of 25 words or fewer.'])
    expect(findings(long, 'sentence-length', {audience: 'staff'})).toEqual([])
    expect(findings(long, 'sentence-length', {rules: {'sentence-length': ['warning', {max: 40}]}})).toEqual([])
    expect(findings('We will write to you soon.', 'sentence-length')).toEqual([])
  })

  it('leaves headings and table cells alone', () => {
    expect(findings(`# ${long.replace('.', '')}`, 'sentence-length', {format: 'markdown'})).toEqual([])
  })
})

describe('readability', () => {
  const hard = 'The organisation’s comprehensive transformation programme necessitates considerable interdepartmental collaboration.'

  it('reports sentences above the target reading age', () => {
    const [message] = run(hard).messages.filter((m) => m.ruleId === 'readability')
    expect(message).toMatchObject({ruleId: 'readability', actual: hard, expected: [], data: {targetReadingAge: 9}})
    expect(message!.reason).toMatch(/^This sentence is hard to read: \d of 7 readability measures put it above reading age 9\./)
  })

  it('follows the audience and the readingAge option', () => {
    const medium = 'The committee will consider the proposals at its next meeting in September.'
    expect(actuals(medium, 'readability')).toEqual([medium])
    expect(actuals(medium, 'readability', {readingAge: 18})).toEqual([])
    expect(actuals('We will write to you soon about your bins.', 'readability')).toEqual([])
  })

  it('gives one finding per sentence: sentence-length wins over readability', () => {
    const result = run(long + ' ' + hard)
    expect(result.messages.filter((m) => m.ruleId === 'sentence-length' || m.ruleId === 'readability').map((m) => m.ruleId)).toEqual(['sentence-length', 'readability'])
  })
})

describe('passive', () => {
  it('finds regular and irregular passives', () => {
    expect(actuals('The plan was submitted in May. Funding has been agreed. It was given to us. The bid is being formally reviewed. We were not consulted.', 'passive')).toEqual([
      'was submitted',
      'been agreed',
      'was given',
      'being formally reviewed',
      'were not consulted'
    ])
  })

  it('leaves adjectives and active sentences alone', () => {
    expect(actuals('We are interested. She is based in Bow. We submitted the plan. They were tired.', 'passive')).toEqual([])
  })

  it('says who should act', () => {
    expect(findings('The plan was submitted.', 'passive')).toEqual(['1:10-1:23: Say who did it instead of the passive “was submitted”.'])
  })
})

describe('simpler-word', () => {
  it('reports retext-simplify’s words where the dictionary has none', () => {
    expect(findings('The scheme will commence soon and we will purchase a van.', 'simpler-word')).toEqual(['1:43-1:51: Use “buy” or “sale” instead of “purchase”.'])
  })

  it('is beaten by the dictionary on the same words', () => {
    const result = run('We will commence.')
    expect(result.messages.map((m) => m.ruleId)).toEqual(['jargon'])
  })
})
