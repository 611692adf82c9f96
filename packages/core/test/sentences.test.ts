import retextEnglish from 'retext-english'
import retextReadability from 'retext-readability'
import type {Root, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {sentenceReadingAge} from '../src/lib/analysis/sentence-reading-age.js'
import {actuals, findings, run} from './helpers.js'
import type {CheckOptions} from '../src/index.js'

const long = 'The report sets out the findings of the review that was carried out over the summer by the team with the help of residents, carers, local groups and staff.'
const hard = 'The organisation’s comprehensive transformation programme necessitates considerable interdepartmental collaboration, sustained organisational commitment and systematic reconfiguration of operational responsibilities across every directorate.'

describe('sentence-length', () => {
  it('reports prose sentences over the audience limit', () => {
    expect(findings(long, 'sentence-length')).toEqual(['1:1-1:156: This sentence has 29 words: split it into sentences of 25 words or fewer.'])
    expect(findings(long, 'sentence-length', {audience: 'staff'})).toEqual([])
    expect(findings(long, 'sentence-length', {rules: {'sentence-length': ['warning', {max: 40}]}})).toEqual([])
    expect(findings('We will write to you soon.', 'sentence-length')).toEqual([])
  })

  it('counts and reports the sentence without its paragraph number or label', () => {
    expect(findings(`3.2 ${long}`, 'sentence-length')).toEqual(['1:5-1:160: This sentence has 29 words: split it into sentences of 25 words or fewer.'])
    expect(actuals(`**Background:** ${long}`, 'sentence-length', {format: 'markdown'})).toEqual([long])
  })

  it('leaves headings, table cells and lists of names alone', () => {
    expect(findings(`# ${long.replace('.', '')}`, 'sentence-length', {format: 'markdown'})).toEqual([])
    const names = 'Councillor Fatima Begum (Chair), Councillor Daniel Hughes (Vice-Chair), Councillor Ruth Okonkwo, Councillor Tom Fairweather, Councillor Shazia Ahmed'
    expect(findings(names, 'sentence-length')).toEqual([])
  })
})

describe('each audience’s limit is said once, with its source', () => {
  const longOne = 'The committee agreed that the officers should write to every resident in the affected streets, explain the new collection days, and then report back on the replies at its next meeting in the autumn.'
  it('names GOV.UK’s 25 words for the public, and only the board’s 30 for a board', () => {
    const note = (options: CheckOptions) => run(longOne, options).messages.find((m) => m.ruleId === 'sentence-length')
    expect(note({})).toMatchObject({reason: expect.stringContaining('25 words or fewer'), note: 'Long sentences are harder to follow. GOV.UK advises sentences of 25 words or fewer for the public.'})
    const board = run(`${longOne.slice(0, -1)}, with a short summary of what residents said about it.`, {audience: 'board'}).messages.find((m) => m.ruleId === 'sentence-length')!
    expect(board.reason).toContain('30 words or fewer')
    expect(`${board.reason} ${board.note}`).not.toContain('25')
    const custom = run(longOne, {rules: {'sentence-length': ['warning', {max: 20}]}}).messages.find((m) => m.ruleId === 'sentence-length')!
    expect(custom.note).toBe('Long sentences are harder to follow. Your settings set the limit at 20 words.')
  })

  it('gives a board paper its own reading-age target, not the public’s', () => {
    const dense = 'Quantification of the residual financial exposure remains indicative pending actuarial validation, independent verification of the underlying methodological assumptions and subsequent reconciliation with consolidated organisational accounts.'
    const finding = run(dense, {audience: 'board'}).messages.find((m) => m.ruleId === 'readability')!
    expect(finding.reason).toContain('aim for 12 or below')
    expect(finding.note).toContain('Board and committee papers aim for reading age 12')
    expect(finding.note).not.toMatch(/\b9\b/)
  })
})

describe('readability', () => {
  it('gives the sentence’s own reading age and the target', () => {
    const [message] = run(hard).messages.filter((m) => m.ruleId === 'readability')
    expect(message).toMatchObject({
      ruleId: 'readability',
      severity: 'warning',
      actual: hard,
      expected: [],
      reason: 'About reading age 40; aim for 9 or below: split it or use shorter words.',
      data: {readingAge: 40, targetReadingAge: 9}
    })
  })

  it('reports clearly hard sentences at one level below the rule’s severity, far harder ones at it', () => {
    // Reading age 19: with margins of 4 and 10, clearly (over 13) but not far (over 19) above the public target of 9.
    const clearly = 'Key performance indicators will be reported to the committee every quarter, and the results will be published on the council website for residents.'
    const margins = {margin: 4, farMargin: 10}
    expect(run(clearly, {rules: {readability: ['warning', margins]}}).messages.filter((m) => m.ruleId === 'readability').map((m) => [m.severity, m.reason])).toEqual([
      ['info', 'About reading age 19; aim for 9 or below: split it or use shorter words.']
    ])
    expect(run(clearly, {rules: {readability: ['error', margins]}}).messages.find((m) => m.ruleId === 'readability')?.severity).toBe('warning')
    expect(run(hard, {rules: {readability: ['error', margins]}}).messages.find((m) => m.ruleId === 'readability')?.severity).toBe('error')
    expect(run(hard, {rules: {readability: ['info', margins]}}).messages.find((m) => m.ruleId === 'readability')?.severity).toBe('info')
  })

  it('follows the audience, readingAge and the margins', () => {
    // Reading age 26 in 20 words: with the default margin of 12, above 21 (public) and 24 (board) but not 26 (staff).
    const dense = 'The council will publish quarterly performance information about temporary accommodation, homelessness prevention and allocations in every ward of the borough.'
    expect(actuals(dense, 'readability')).toEqual([dense])
    expect(actuals(dense, 'readability', {audience: 'board'})).toEqual([dense])
    expect(actuals(dense, 'readability', {audience: 'staff'})).toEqual([])
    expect(findings(dense, 'readability', {readingAge: 13})).toEqual([`1:1-1:${dense.length + 1}: About reading age 26; aim for 13 or below: split it or use shorter words.`])
    expect(actuals(dense, 'readability', {readingAge: 14})).toEqual([])
    expect(actuals(dense, 'readability', {rules: {readability: ['warning', {margin: 17}]}})).toEqual([])
    expect(actuals(dense, 'readability', {rules: {readability: ['warning', {margin: 16}]}})).toEqual([dense])
    expect(actuals(dense, 'readability', {rules: {readability: ['warning', {minWords: 21}]}})).toEqual([])
    expect(actuals(dense, 'readability', {rules: {readability: ['warning', {minWords: 20}]}})).toEqual([dense])
  })

  it('never reports short plain sentences', () => {
    const plain = [
      'We will write to you soon about your bins.',
      'Please bring your appointment letter and a list of your medicines.',
      'If you need help filling in the form, call us on 020 7946 0000.',
      'Your council tax bill shows how much you need to pay and when.',
      'Officers will work with our partners to make a plan with residents.'
    ]
    for (const sentence of plain) expect(actuals(sentence, 'readability')).toEqual([])
  })

  it('gives one finding per sentence: sentence-length keeps it and says the reading age too', () => {
    const longAndHard = 'The organisation’s comprehensive transformation programme necessitates considerable interdepartmental collaboration between commissioners, providers, regulators, housing associations and voluntary organisations across the whole of the integrated care system footprint.'
    const {messages} = run(longAndHard)
    expect(messages.filter((m) => m.ruleId === 'sentence-length' || m.ruleId === 'readability').map((m) => [m.ruleId, m.severity, m.note])).toEqual([
      [
        'sentence-length',
        'warning',
        'Long sentences are harder to follow. GOV.UK advises sentences of 25 words or fewer for the public. Also: about reading age 37; aim for 9 or below: split it or use shorter words.'
      ]
    ])
  })
})

describe('the sentence reading age agrees with retext-readability', () => {
  const sentences = [
    hard,
    long,
    'We will write to you soon about your bins.',
    'The committee will consider the proposals at its next meeting in September.',
    'Key performance indicators (KPIs) will be reported quarterly.',
    'The Equality Impact Assessment (EqIA) found no disproportionate impact on people with protected characteristics.',
    'Remaining in an acute hospital bed once you are medically optimised confers no clinical benefit and is associated with an increased risk of hospital-acquired infection.',
    'Call 999.',
    'Our privacy notice explains how we use it and your rights: www.example.gov.uk/privacy.',
    'In 2025/26, 41 people a day were in hospital beds at Eastbrook Royal Hospital.',
    'Nine out of ten were called back within two working days.',
    'Supercalifragilisticexpialidocious antidisestablishmentarianism.'
  ]
  // Each sentence parsed on its own, so that the parser's sentence breaks do not matter here.
  const english = unified().use(retextEnglish)
  const nodes = sentences.map((sentence) => {
    const found: Sentence[] = []
    visit(english.parse(sentence) as Root, 'SentenceNode', (node: Sentence) => {
      found.push(node)
    })
    return found[0]!
  })

  it('flags a sentence for an age exactly when its median age is above that age', () => {
    const ages = new Set<number>()
    for (const node of nodes) {
      const {age: median} = sentenceReadingAge(node)
      ages.add(median)
      for (let age = 5; age <= 45; age++) {
        const file = new VFile()
        retextReadability({age, minWords: 0, threshold: 4 / 7})({type: 'RootNode', children: [{type: 'ParagraphNode', children: [node]}]}, file)
        expect([toString(node), age, file.messages.length > 0]).toEqual([toString(node), age, median > age])
      }
    }
    // The sentences cover a wide range of ages, so the agreement means something.
    expect(Math.min(...ages)).toBeLessThan(10)
    expect(Math.max(...ages)).toBeGreaterThan(30)
  })
})

describe('passive', () => {
  it('finds passives that hide who acts: impersonal ones, tasks, and the reader acted on', () => {
    expect(actuals('It is recommended that the Board agrees the plan. It was agreed that the hub opens in November. It should be noted that the payment is time-limited.', 'passive')).toEqual([
      'is recommended',
      'was agreed',
      'should be noted'
    ])
    expect(actuals('A referral will be made. The form must be signed. The list needs to be checked. The bid will be formally reviewed. Funding will not be released. You are asked to bring your letter.', 'passive')).toEqual([
      'will be made',
      'must be signed',
      'be checked',
      'will be formally reviewed',
      'will not be released',
      'are asked'
    ])
    // Irregular participles too.
    expect(actuals('The money will be spent on home care. Advice can be given by phone.', 'passive')).toEqual(['will be spent', 'can be given'])
  })

  it('finds decisions taken by nobody named, but not minutes formulas, background or named deciders', () => {
    expect(actuals('The report was approved in March. The bid has been rejected. The new hours were agreed last week.', 'passive')).toEqual([
      'was approved',
      'has been rejected',
      'were agreed'
    ])
    const text = 'The minutes were agreed as a correct record. The plan was approved by the Cabinet. Funding had been agreed before the election.'
    expect(actuals(text, 'passive')).toEqual([])
    expect(run(text).stats).toMatchObject({passiveSentences: 3})
  })

  it('leaves descriptions, hypotheticals and past events to the passive share, unless asked', () => {
    const text = 'Referrals are duplicated. One new risk has been added. The patient would be offered a bed. Some patients were sent home without their medicines. They had been promised equipment. Their main concern was not being told.'
    expect(actuals(text, 'passive')).toEqual([])
    expect(actuals(text, 'passive', {rules: {passive: ['info', {all: true}]}})).toEqual(['are duplicated', 'has been added', 'would be offered', 'were sent', 'had been promised', 'being told'])
    expect(run(text).stats).toMatchObject({sentences: 6, passiveSentences: 6})
  })

  it('leaves adjectives, named actors, names, pointers and measures alone', () => {
    const notHidden = [
      'We are interested. She is based in Bow. We submitted the plan. They are tired. The clinic is closed on Mondays. We are very pleased.',
      'The plan will be agreed by the Health and Wellbeing Board. Access will be checked every month by the hub manager.',
      'This is called disability-related expenditure. Leaving hospital is called being discharged. The service will be known as Home First.',
      'The options will be set out in section 3. The figures will be shown in Table 2. The risks are listed below. The plan is attached.',
      'Risk 4 will be scored 15. The budget will be set at £2 million. Demand is set to rise.'
    ]
    for (const text of notHidden) expect(actuals(text, 'passive', {rules: {passive: ['info', {all: true}]}})).toEqual([])
    // "by" for time, means or amount does not name who acted.
    expect(actuals('The plan will be agreed by March. Payments can be made by direct debit. Demand will be reduced by 10%.', 'passive')).toEqual(['will be agreed', 'can be made', 'will be reduced'])
  })

  it('leaves a state of the body alone: "are constipated" is an adjective, not something done to the reader', () => {
    const states = 'If you are constipated, drink more water. Tell us if your ankle is swollen. People who are dehydrated feel dizzy. Her leg was bruised.'
    expect(actuals(states, 'passive', {rules: {passive: ['info', {all: true}]}})).toEqual([])
  })

  it('reports no task where the sentence says nobody needs to act ("do not need to be removed")', () => {
    const text = 'These plasters fall off and do not need to be taken off. The lid does not have to be washed. The pins need to be taken out in May.'
    expect(actuals(text, 'passive')).toEqual(['be taken'])
  })

  it('judges prose sentences only', () => {
    expect(actuals('## The plan will be approved\n\n| Plan will be approved |\n|---|\n\nThe plan will be approved.', 'passive', {format: 'markdown'})).toEqual(['will be approved'])
  })

  it('says who should act, at the lowest level', () => {
    expect(run('The plan will be approved.').messages.map((m) => [m.severity, `${m.place.start.line}:${m.place.start.column}`, m.reason])).toEqual([
      ['info', '1:10', 'Say who does it instead of the passive “will be approved”.']
    ])
  })

  it('folds into a word-level finding on the same words', () => {
    const {messages} = run('Residents will be signposted to other services.')
    expect(messages.map((m) => [m.ruleId, m.actual, m.data['also']])).toEqual([
      ['jargon', 'signposted', [{ruleId: 'passive', reason: 'Say who does it instead of the passive “will be signposted”.'}]]
    ])
    expect(messages[0]!.note).toMatch(/\. Also: say who does it instead of the passive “will be signposted”\.$/)
    // A word-level finding on the auxiliary only ("It is") does not take the passive in.
    expect(run('It is recommended that the Board agrees the plan.').messages.map((m) => `${m.ruleId} ${m.actual}`)).toEqual(['simpler-word It is', 'passive is recommended'])
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
