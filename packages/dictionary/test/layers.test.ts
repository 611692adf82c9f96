/**
 * Layering: an organisation or project dictionary adds, changes or switches off entries of the
 * built-in one (DESIGN.md, Dictionaries).
 */
import {describe, expect, it} from 'vitest'
import {compileDictionaries, formatProblem, layerDictionaries} from '../src/index.js'
import {compileFixtures, goodFixtures} from './helpers.js'

const base = compileFixtures(goodFixtures).dictionary
const organisation = compileFixtures(['layers/organisation.yml', 'layers/sources.yml', 'layers/well-known.yml'], {base})

describe('a local layer', () => {
  it('compiles against the base with no problems (its own source, base source ids, base acronyms)', () => {
    expect(organisation.problems).toEqual([])
  })

  it('normalises its switch-off entry to a term with severity off and no data of its own', () => {
    expect(organisation.dictionary.terms.find((entry) => entry.term === 'utilise')).toEqual({
      term: 'utilise',
      forms: [],
      alternatives: [],
      kind: 'jargon',
      source: [],
      unless: [],
      severity: 'off',
      origin: {file: 'layers/organisation.yml', line: 11, column: 3}
    })
  })

  it('warns about switch-offs that match nothing, or only a form', () => {
    const {problems} = compileFixtures(['layers/switch-off-nothing.yml'], {base})
    expect(problems.map(formatProblem)).toEqual([
      'layers/switch-off-nothing.yml:1:9: warning: Entry "synergy" switches off a term that no lower dictionary has, so it does nothing. Check the spelling against the built-in term.',
      'layers/switch-off-nothing.yml:4:9: warning: Entry "signposting" switches off a form of the term "signpost", which does nothing on its own. Write "term: signpost" to switch that entry off.'
    ])
  })

  it('may offer a base term as an alternative once it switches that term off', () => {
    const offersUtilise = '- term: make use of\n  alternatives: [utilise]\n  kind: wordy-phrase\n  source: govuk-wta\n'
    expect(compileDictionaries([{file: 'a.yml', text: offersUtilise}], {base}).problems.map(formatProblem)).toEqual([
      'a.yml:2:18: warning: Entry "make use of" offers "utilise", which is itself flagged by the entry "utilise" (good/council.yml:17:3). Choose an alternative that is not on the lists, or change that entry.'
    ])
    const switchedOff = offersUtilise + '- term: utilise\n  severity: off\n'
    expect(compileDictionaries([{file: 'a.yml', text: switchedOff}], {base}).problems).toEqual([])
  })

  it('may repeat a base term: changing it is not a duplicate', () => {
    expect(organisation.problems.filter((problem) => problem.message.startsWith('Duplicate'))).toEqual([])
  })
})

describe('layerDictionaries', () => {
  const layered = layerDictionaries(base, organisation.dictionary)
  const byTerm = (term: string) => layered.terms.find((entry) => entry.term === term)

  it('replaces a changed entry whole, in its place', () => {
    expect(byTerm('signpost')).toEqual({
      term: 'signpost',
      forms: [],
      alternatives: ['refer'],
      kind: 'jargon',
      source: ['lga-2009'],
      note: 'Our residents\' panel asked for "refer".',
      unless: [],
      origin: {file: 'layers/organisation.yml', line: 4, column: 3}
    })
    expect(layered.terms.map((entry) => entry.term)).toEqual(['signpost', 'going forward', 'utilise', 'stakeholders', 'hard to reach', 'locality hub'])
  })

  it('switches an entry off, keeping the base data and pointing at the switch', () => {
    expect(byTerm('utilise')).toEqual({
      term: 'utilise',
      forms: ['utilize'],
      alternatives: ['use'],
      kind: 'wordy-phrase',
      source: ['govuk-wta'],
      unless: [],
      severity: 'off',
      examples: {bad: 'We are utilising the budget.', good: 'We are using the budget.'},
      origin: {file: 'layers/organisation.yml', line: 11, column: 3}
    })
  })

  it('adds new terms, acronyms and sources, and keeps well-known lists cumulative', () => {
    expect(byTerm('locality hub')?.alternatives).toEqual(['local office'])
    expect(layered.acronyms.map((entry) => entry.acronym)).toEqual(['JSNA', 'DNA', 'NHS', 'A&E', 'LH'])
    expect(Object.keys(layered.sources)).toEqual(['govuk-wta', 'lga-2009', 'nhs-az', 'panel-2024'])
    expect(layered.wellKnown).toEqual({
      public: ['NHS', 'A&E'],
      board: ['NHS', 'A&E', 'JSNA'],
      staff: ['NHS', 'A&E', 'JSNA', 'DNA', 'LH'],
      patient: ['NHS']
    })
  })

  it('stacks several layers, the last one winning', () => {
    const project = compileFixtures(['layers/switch-off-nothing.yml'], {base}).dictionary
    const stacked = layerDictionaries(base, organisation.dictionary, project)
    expect(stacked.terms.find((entry) => entry.term === 'signpost')?.severity).toBeUndefined()
    expect(stacked.terms.find((entry) => entry.term === 'synergy')?.severity).toBe('off')
  })

  it('does not change its inputs', () => {
    expect(base.terms.find((entry) => entry.term === 'utilise')?.severity).toBe('info')
  })
})
