import {describe, expect, it} from 'vitest'
import {check, collectGroups, type CheckOptions} from '../src/index.js'
import {actuals, findings, term, testDictionary} from './helpers.js'

/** The test dictionary plus explain entries and entries for some audiences only. */
const dictionary = {
  ...testDictionary,
  terms: [
    ...testDictionary.terms,
    term('coproduction', [], {
      action: 'explain',
      forms: ['co-production'],
      explanation: 'working with residents as equals to plan and run services',
      audiences: ['public']
    }),
    term('reablement', [], {action: 'explain', note: 'Short-term help at home after a stay in hospital.'}),
    term('commissioning', ['buying', 'arranging'], {audiences: ['public']}),
    term('ensure', ['make sure'], {severity: 'info'}),
    term('outcomes', ['results'], {audiences: ['public'], unless: ['outcomes framework']}),
    term('area based', ['local']),
    term('holistic', ['whole', 'all-round']),
    term('one stop shop', [], {note: 'Say what it is.'}),
    term('workstream', ['area of work'])
  ]
}

const run = (text: string, options: CheckOptions = {}) => check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true, ...options})
const jargon = (text: string, options: CheckOptions = {}) =>
  run(text, options)
    .messages.filter((message) => message.ruleId === 'jargon')
    .map((message) => `${message.place.start.line}:${message.place.start.column} ${message.actual}: ${message.reason}`)

describe('explain entries', () => {
  it('are flagged once, at the first use, asking for an explanation and offering no replacement', () => {
    const text = 'Our coproduction plan starts in May.\n\nCoproduction takes time. We value co-production.'
    const messages = run(text).messages.filter((message) => message.ruleId === 'jargon')
    expect(messages).toHaveLength(1)
    expect(messages[0]).toMatchObject({
      actual: 'coproduction',
      expected: [],
      severity: 'warning',
      reason: 'Explain “coproduction” the first time you use it, for example: “coproduction (working with residents as equals to plan and run services)”.',
      place: {start: {line: 1, column: 5}},
      data: {entry: {term: 'coproduction', action: 'explain'}, group: {id: 'jargon:coproduction', count: 1, ordinal: 1}}
    })
    expect(messages[0]!.note).toMatch(/Explain it once, where it first appears/)
  })

  it.each([
    ['in brackets', 'Our coproduction (working with residents as equals) plan starts in May.'],
    ['with “which means”', 'We use coproduction, which means residents and staff plan services together.'],
    ['as the subject of a definition', 'Coproduction means working with residents as equals. Coproduction takes time.'],
    ['after a dash', 'Coproduction – working with residents as equals – takes time.'],
    ['after a colon', 'Coproduction: working with residents as equals.'],
    ['before the term', 'Residents and staff plan services together as equals, which we call coproduction.'],
    ['with “by … we mean”', 'By coproduction we mean residents and staff planning services together.'],
    ['in the next paragraph', 'Our approach is coproduction.\n\nCoproduction is when residents and staff plan services together.'],
    ['by a heading that asks', '# What is coproduction?\n\nResidents and staff plan services together. Coproduction takes time.']
  ])('are satisfied by an explanation %s', (_how, text) => {
    expect(jargon(text, {format: 'markdown'})).toEqual([])
  })

  it('are not satisfied by brackets that explain nothing', () => {
    expect(actuals('Our coproduction (see page 4) plan starts in May.', 'jargon', {dictionaries: [dictionary]})).toEqual(['coproduction'])
    expect(actuals('Our coproduction (2024) plan starts in May.', 'jargon', {dictionaries: [dictionary]})).toEqual(['coproduction'])
  })

  it('are satisfied by a row of a Glossary section, wherever it is', () => {
    const text = '# Plan\n\nOur coproduction plan starts in May.\n\n## Glossary\n\n| Term | Meaning |\n| --- | --- |\n| Coproduction | Residents and staff planning services as equals |\n'
    expect(jargon(text, {format: 'markdown'})).toEqual([])
    expect(jargon('Reablement starts at home.\n\n## Terms used\n\n- Reablement – short-term help at home.\n', {format: 'markdown'})).toEqual([])
  })

  it('point to a late explanation', () => {
    const text = 'Our coproduction plan starts in May.\n\nA second paragraph.\n\nA third paragraph.\n\nCoproduction means residents and staff plan services together.'
    const [message] = run(text).messages
    expect(message).toMatchObject({
      actual: 'coproduction',
      reason: 'Explain “coproduction” where you first use it: you explain it later, on line 7.',
      data: {explainedAt: {line: 7, column: 1}}
    })
  })

  it('ask at the first use in prose, not in a heading', () => {
    expect(jargon('# Coproduction in Tower Hamlets\n\nWe plan with coproduction.\n', {format: 'markdown'})).toEqual([
      '3:14 coproduction: Explain “coproduction” the first time you use it, for example: “coproduction (working with residents as equals to plan and run services)”.'
    ])
  })

  it('are asked once per section with `acronymScope: section`', () => {
    const text = '# One\n\nCoproduction takes time.\n\n# Two\n\nCoproduction takes time.\n\n## Two point one\n\nCoproduction again.\n'
    expect(jargon(text, {format: 'markdown'}).map((line) => line.split(' ')[0])).toEqual(['3:1'])
    expect(jargon(text, {format: 'markdown', acronymScope: 'section'}).map((line) => line.split(' ')[0])).toEqual(['3:1', '7:1', '11:1'])
  })

  it('use the note when there is no explanation to offer', () => {
    const [message] = run('Reablement starts at home.').messages
    expect(message).toMatchObject({reason: 'Explain “Reablement” the first time you use it.', note: 'Short-term help at home after a stay in hospital.', expected: []})
  })
})

describe('audiences', () => {
  it('flag an entry only for the audiences it names', () => {
    const text = 'Coproduction and commissioning improve outcomes.'
    expect(actuals(text, 'jargon', {dictionaries: [dictionary]})).toEqual(['Coproduction', 'commissioning', 'outcomes'])
    expect(actuals(text, 'jargon', {dictionaries: [dictionary], audience: 'board'})).toEqual([])
    expect(actuals(text, 'jargon', {dictionaries: [dictionary], audience: 'staff'})).toEqual([])
    expect(actuals('We signpost residents.', 'jargon', {audience: 'board'})).toEqual(['signpost'])
  })
})

describe('names are not jargon', () => {
  it.each([
    ['a title-case name', 'The North East London Commissioning Support Unit met in May.'],
    ['a name with small words in it', 'We told the Department for Commissioning and Outcomes.'],
    ['a name after an acronym', 'The NHS Commissioning Board met.'],
    ['a name at the start of a sentence', 'NHS Commissioning Board papers are online.'],
    ['a name of its own', 'Apply at the One Stop Shop in Whitechapel.'],
    ['a name in a heading written in sentence case', '# North East London Commissioning Support Unit inspection findings']
  ])('leaves a term in %s alone', (_what, text) => {
    expect(actuals(text, 'jargon', {dictionaries: [dictionary], format: 'markdown'})).toEqual([])
  })

  it.each([
    ['in lower case', 'We will improve commissioning support.', ['commissioning']],
    ['opening a sentence', 'Ensure Tower Hamlets residents are told.', ['Ensure']],
    ['capitalised on its own', 'We will review Commissioning this year.', ['Commissioning']],
    ['in a heading written in title case', '# Commissioning Support Unit', ['Commissioning']]
  ])('still flags a term %s', (_what, text, expected) => {
    expect(actuals(text, 'jargon', {dictionaries: [dictionary], format: 'markdown'})).toEqual(expected)
  })

  it('honours `unless` for a lower-case name ("outcomes framework")', () => {
    expect(actuals('The adult social care outcomes framework shows a fall.', 'jargon', {dictionaries: [dictionary]})).toEqual([])
  })
})

describe('alternatives that need the other article', () => {
  it('take “a” or “an” along, so the fix reads correctly', () => {
    const [message] = run('We take an area based approach.').messages
    expect(message).toMatchObject({actual: 'an area based', expected: ['a local'], reason: 'Use plain words instead of “an area based”: “a local”.'})
    expect(run('An area based approach.').messages[0]).toMatchObject({actual: 'An area based', expected: ['A local']})
    expect(run('We take a holistic view.').messages[0]).toMatchObject({actual: 'a holistic', expected: ['a whole', 'an all-round']})
  })

  it('make the right word plural in a phrase ("areas of work")', () => {
    expect(run('The plan has four workstreams.').messages[0]).toMatchObject({actual: 'workstreams', expected: ['areas of work']})
  })

  it('leave the article alone when every alternative takes the same one', () => {
    expect(run('We will signpost a resident.').messages[0]).toMatchObject({actual: 'signpost'})
    expect(run('That is a signpost.').messages[0]).toMatchObject({actual: 'signpost', expected: ['refer', 'direct', 'point to']})
  })
})

describe('repeats', () => {
  const text = 'Ensure it is done. Ensure it is kept. We signpost people.\n\nWe ensure quality.'
  const messages = run(text).messages.filter((message) => message.ruleId === 'jargon')

  it('give each use its own finding, with a shared group, its count and its place in the group', () => {
    expect(messages.map((message) => [message.actual, message.data['group']])).toEqual([
      ['Ensure', {id: 'jargon:ensure', count: 3, ordinal: 1}],
      ['Ensure', {id: 'jargon:ensure', count: 3, ordinal: 2}],
      ['signpost', {id: 'jargon:signpost', count: 1, ordinal: 1}],
      ['ensure', {id: 'jargon:ensure', count: 3, ordinal: 3}]
    ])
  })

  it('are collected for display in order of first use', () => {
    const groups = collectGroups(messages, (message) => message.data['group'] as {id: string} | undefined)
    expect(groups.map((group) => [group.first.actual, group.members.map((message) => message.place.start.line)])).toEqual([
      ['Ensure', [1, 1, 3]],
      ['signpost', [1]]
    ])
  })

  it('group retext-simplify patterns and inclusive wording too', () => {
    const result = check('Not many came. Not many stayed. The elderly came.', {builtinDictionary: false, dictionaries: [dictionary], suggestions: true})
    expect(result.messages.map((message) => (message.data['group'] as {id: string}).id)).toEqual(['simpler-word:not many', 'simpler-word:not many', 'inclusive:the elderly'])
  })

  it('leave findings that are not about a word without a group', () => {
    const text = 'A referral will be made to the housing team.'
    expect(findings(text, 'passive')).toHaveLength(1)
    expect(run(text).messages[0]!.data['group']).toBeUndefined()
  })
})
