/**
 * A word is flagged only in the sense its entry means: the part of speech (`partOfSpeech`) and
 * the senses that the built-in entries' `unless` and `only` contexts keep apart. The sentences
 * are our own.
 */
import {describe, expect, it} from 'vitest'
import {check, type CheckOptions} from '../src/index.js'
import {term, testDictionary} from './helpers.js'

const dictionary = {
  ...testDictionary,
  terms: [
    ...testDictionary.terms,
    term('permit', [], {ideas: ['allow'], partOfSpeech: 'verb'}),
    term('in between', [], {ideas: ['between'], kind: 'wordy-phrase', partOfSpeech: 'preposition'}),
    term('notice', [], {ideas: ['letter'], partOfSpeech: 'noun'})
  ]
}

const flagged = (text: string, options: CheckOptions = {}) =>
  check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true, audience: 'public', ...options})
    .messages.filter((message) => message.ruleId === 'jargon')
    .map((message) => message.actual)

/** The built-in dictionary's word findings, at an audience. */
const builtin = (text: string, audience: CheckOptions['audience'] = 'public') =>
  check(text, {audience, suggestions: true})
    .messages.filter((message) => message.ruleId === 'jargon' || message.ruleId === 'inclusive')
    .map((message) => message.actual.toLowerCase())

describe('partOfSpeech: a term is flagged in one part of speech only', () => {
  it('flags "permit" as a verb, and leaves the noun alone whatever stands before it', () => {
    expect(flagged('The landlord will not permit dogs in the block.')).toEqual(['permit'])
    expect(flagged('Rules permit two guests a night.')).toEqual(['permit'])
    expect(flagged('Each flat may hold 2 permit cards.')).toEqual([])
    expect(flagged('Tenants may apply for 1 permit per flat.')).toEqual([])
    expect(flagged('Show your permit to the warden.')).toEqual([])
    expect(flagged('We post a permit within five days.')).toEqual([])
  })

  it('flags "in between" only where what it is between follows it', () => {
    expect(flagged('Leave a space in between the two bins.')).toEqual(['in between'])
    expect(flagged('Our town was in between at 41% of homes.')).toEqual([])
    expect(flagged('Some results were high, some low, and ours sat in between.')).toEqual([])
  })

  it('flags a "noun" entry where it is not read as a verb', () => {
    expect(flagged('We sent a notice to every tenant.')).toEqual(['notice'])
    expect(flagged('You may notice some noise.')).toEqual([])
  })
})

describe('the built-in entries keep their senses apart', () => {
  it('"fill out" is a form filled in, not a text being developed', () => {
    expect(builtin('Please fill out the survey by Friday.')).toContain('fill out')
    expect(builtin('The later sections will need filling out as the project goes on.')).not.toContain('filling out')
  })

  it('"deploy" in software is not flagged', () => {
    expect(builtin('We will deploy extra wardens in the park.', 'board')).toContain('deploy')
    expect(builtin('When the new version is ready we can deploy and the other applications keep running.', 'board')).not.toContain('deploy')
  })

  it('"iteration" as a way of working is not a version', () => {
    expect(builtin('The second iteration of the leaflet is shorter.', 'board')).toContain('iteration')
    expect(builtin('We work through iteration and incremental change.', 'board')).not.toContain('iteration')
  })

  it('"components" of a loosely coupled system are a technical term', () => {
    expect(builtin('Each component of the grant will be checked.', 'board')).toContain('component')
    expect(builtin('Loose coupling between components lets each team change its own.', 'board')).not.toContain('components')
  })

  it('"drugs" that people inject are not medicines', () => {
    expect(builtin('Bring a list of the drugs you take for your blood pressure.')).toContain('drugs')
    expect(builtin('You are more at risk if you inject drugs.')).not.toContain('drugs')
  })

  it('"local authority" in a statement of legal status is the kind of body', () => {
    expect(builtin('Ask your local authority about a blue badge.')).toContain('local authority')
    expect(builtin('Northtown Council is a local authority set up by law.')).not.toContain('local authority')
    expect(builtin('The board is constituted under the 1972 Act as the local authority for the town.')).not.toContain('local authority')
  })

  it('"area based" is the adjective, not areas that are based on something', () => {
    expect(builtin('We will take an area based approach to youth work.')).toContain('area based')
    expect(builtin('Visits are now counted in areas based on where the family lives.')).not.toContain('areas based')
  })

  it('"middle aged" is flagged for residents, not in a board paper naming a national age group', () => {
    expect(builtin('Our walking group is for middle aged people.')).toContain('middle aged')
    expect(builtin('The plan targets suicide among middle aged men.', 'board')).not.toContain('middle aged')
  })
})
