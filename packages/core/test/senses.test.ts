import {describe, expect, it} from 'vitest'
import {check, type CheckOptions} from '../src/index.js'
import {term, testDictionary} from './helpers.js'

/** The built-in dictionary's findings of the word rules, as `actual → expected`. */
const builtin = (text: string, options: CheckOptions = {}) =>
  check(text, {suggestions: true, audience: 'public', ...options})
    .messages.filter((message) => message.ruleId === 'jargon' || message.ruleId === 'inclusive')
    .map((message) => `${message.actual} → ${message.expected.join(' / ')}`)

describe('`only` contexts: a term is flagged only in the sense its alternatives fit', () => {
  const dictionary = {...testDictionary, terms: [...testDictionary.terms, term('stool', ['poo'], {only: ['sample', 'blood in']})]}
  const words = (text: string) =>
    check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true})
      .messages.filter((message) => message.ruleId === 'jargon')
      .map((message) => message.actual)

  it('flags the term where the sentence holds one of the phrases', () => {
    expect(words('Bring a stool sample to the surgery.')).toEqual(['stool'])
    expect(words('Tell us about any blood in your stool.')).toEqual(['stool'])
  })

  it('leaves it alone in any other sentence', () => {
    expect(words('Rest your feet on a stool.')).toEqual([])
  })

  it('reads the phrases in the same sentence only', () => {
    expect(words('Bring a sample. Rest your feet on a stool.')).toEqual([])
  })
})

describe('the built-in dictionary never offers a meaning the sentence contradicts', () => {
  it.each([
    ['a footstool', 'Put your feet up on a stool when you sit down to rest.'],
    ['"establishes that" (proves)', 'The inspection report establishes that the repairs were late.'],
    ['"deliver on" an ambition', 'We will deliver on our ambition to end rough sleeping.'],
    ['a top-down estimate', 'We made a top-down estimate of the cost.'],
    ['aggregate tables', 'The aggregate tables are in the annex.'],
    ['staff deployed to a ward', 'Two extra nurses were deployed to the children’s ward.'],
    ['race among the protected characteristics', 'Nobody may be treated worse because of their age, disability, race, religion or sex.'],
    ['"committed" in the software sense', 'The fix was committed to the main branch of the repository.'],
    ['"indicating" a turn', 'The van was indicating left when it stopped.'],
    ['digital capability', 'We are building digital capability across the council.'],
    ['"apparent" meaning seeming', 'Late records can cause apparent gaps in the figures.'],
    ['media embedded on a page', 'Some media embedded on this page may not play on a phone.'],
    ['"males" among children', 'Among children under 16, 40% of males walked to school.'],
    ['middle-aged with the age range', 'Middle-aged drivers (45 to 64 years) had the most crashes.'],
    ['informed decisions', 'This helps staff make quick, informed decisions.'],
    ['"as a proportion of" a ratio', 'We count people over 65 as a proportion of those aged 16 to 64.'],
    ['a named list', 'The clerk will add it to the going forward list.'],
    ['a declared interest', 'Cllr Patel declared an interest in relation to the grant.']
  ])('%s', (_what, text) => {
    expect(builtin(text)).toEqual([])
  })

  it.each([
    ['stool as poo', 'Tell your GP if there is blood in your stool.', 'stool → poo'],
    ['"establish" as "set up"', 'We will establish a new residents’ forum.', 'establish → '],
    ['"deliver on" a promise', 'We will deliver on our promises.', 'deliver on → '],
    ['a top-down approach', 'The old top-down approach did not work.', 'top-down → centrally led'],
    // Judged not safe to put in everywhere, these are named as words to reword with, not inserted.
    ['an aggregate score', 'The aggregate score was 40.', 'aggregate → '],
    ['"apparent" meaning clear', 'It soon became apparent that the roof leaked.', 'apparent → '],
    ['"males" among adults', 'The survey asked 200 males about their health.', 'males → ']
  ])('still flags %s', (_what, text, expected) => {
    expect(builtin(text)).toContain(expected)
  })
})
