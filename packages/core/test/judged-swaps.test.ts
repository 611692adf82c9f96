/**
 * The classes of wrong swap that blind judges found on real documents, each on a sentence of our
 * own: a replacement is offered only where it reads as correct English with the same meaning.
 */
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'
import {acronym, term, testDictionary} from './helpers.js'

const dictionary = {
  ...testDictionary,
  terms: [
    ...testDictionary.terms,
    term('participate', ['take part']),
    term('requirement', [], {ideas: ['need']}),
    term('assistance', ['help']),
    term('pyrexia', ['high temperature'])
  ],
  acronyms: [...testDictionary.acronyms, acronym('DHSC', 'Department of Health and Social Care'), acronym('ED', 'emergency department'), acronym('HRT', 'hormone replacement therapy')]
}
const findings = (text: string, rule?: string) =>
  check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true, audience: 'public'})
    .messages.filter((message) => !rule || message.ruleId === rule)
    .map((message) => ({actual: message.actual, expected: message.expected, reason: message.reason}))

describe('ideas: plainer words named, never inserted', () => {
  it('names an idea in the message and offers nothing to insert', () => {
    const [finding] = findings('The requirement is clear.', 'jargon')
    expect(finding).toEqual({actual: 'requirement', expected: [], reason: 'Use plainer words than “requirement”, such as “need”, rewording the sentence to fit.'})
  })
})

describe('a participle before a noun takes no phrase in its place', () => {
  it('offers no phrase for "each participating council", and offers it after "are"', () => {
    expect(findings('Each participating council will bid.', 'jargon')).toEqual([
      {actual: 'participating', expected: [], reason: 'Use plainer words than “participating”, such as “taking part”, rewording the sentence to fit.'}
    ])
    expect(findings('We are participating in the scheme.', 'jargon').map((finding) => finding.expected)).toEqual([['taking part']])
  })
})

describe('no swap that says a thing twice', () => {
  it('leaves "support and assistance" alone when the swap would give "help and help"', () => {
    expect(findings('We give help and assistance to carers.', 'jargon').map((finding) => finding.expected)).toEqual([[]])
  })

  it('offers no one-word swap that repeats a word a few words away', () => {
    expect(findings('There is a high use of unplanned assistance here.', 'jargon').map((finding) => finding.expected)).toEqual([['help']])
    expect(findings('We get help for unplanned assistance.', 'jargon').map((finding) => finding.expected)).toEqual([[]])
  })

  it('offers nothing where the words in brackets after the term already say it', () => {
    expect(findings('If you have pyrexia (high temperature), stay at home.', 'jargon').map((finding) => finding.expected)).toEqual([[]])
    expect(findings('If you have pyrexia, stay at home.', 'jargon').map((finding) => finding.expected)).toEqual([['high temperature']])
  })
})

describe('a spelled-out acronym reads as English where it stands', () => {
  const spelled = (text: string) => findings(text, 'acronym-undefined').map((finding) => finding.expected)

  it('gives an organisation "the" where the acronym stood on its own after a preposition or at the start', () => {
    expect(spelled('The money was paid by DHSC.')).toEqual([['the Department of Health and Social Care (DHSC)']])
    expect(spelled('DHSC said no.')).toEqual([['The Department of Health and Social Care (DHSC)']])
  })

  it('adds no "the" after "the", before a noun, or after a number', () => {
    expect(spelled('The DHSC said no.')).toEqual([['Department of Health and Social Care (DHSC)']])
    expect(spelled('Read the DHSC guidance.')).toEqual([['Department of Health and Social Care (DHSC)']])
    expect(spelled('Every Type 1 ED must report.')).toEqual([['emergency department (ED)']])
  })

  it('names the meaning of an acronym at the end of a hyphenated word but inserts nothing', () => {
    expect(findings('Post-HRT bleeding is rare.', 'acronym-undefined')).toEqual([
      {actual: 'HRT', expected: [], reason: 'Spell out HRT the first time you use it: hormone replacement therapy (HRT).'}
    ])
  })
})
