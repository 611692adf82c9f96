import {describe, expect, it} from 'vitest'
import {compileDictionaries, formatProblem, parseDictionary} from '../src/index.js'
import {compileFixtures, goodFixtures} from './helpers.js'

describe('compileDictionaries', () => {
  const {dictionary, problems} = compileFixtures(goodFixtures)

  it('compiles the good fixtures with no problems', () => {
    expect(problems).toEqual([])
    expect(Object.keys(dictionary)).toEqual(['terms', 'acronyms', 'codes', 'wellKnown', 'sources', 'simplerWords'])
  })

  it('gives a term entry its full, normalised shape with its origin', () => {
    expect(dictionary.terms.find((entry) => entry.term === 'signpost')).toEqual({
      term: 'signpost',
      forms: ['signposting', 'signposted'],
      alternatives: ['direct', 'refer', 'point to'],
      kind: 'jargon',
      source: ['lga-2009'],
      note: 'Residents may not know what being "signposted" means.',
      unless: ['road sign'],
      examples: {bad: 'We will signpost residents to services.', good: 'We will refer residents to services.'},
      origin: {file: 'good/council.yml', line: 1, column: 3}
    })
  })

  it('fills optional lists with [] and keeps a list of sources as written', () => {
    expect(dictionary.terms.find((entry) => entry.term === 'going forward')).toEqual({
      term: 'going forward',
      forms: [],
      alternatives: ['from now on', 'in future'],
      kind: 'wordy-phrase',
      source: ['govuk-wta', 'lga-2009'],
      unless: [],
      origin: {file: 'good/council.yml', line: 12, column: 3}
    })
    expect(dictionary.terms.find((entry) => entry.term === 'utilise')?.severity).toBe('info')
  })

  it('turns expansion into expansions and source into a list', () => {
    expect(dictionary.acronyms.find((entry) => entry.acronym === 'JSNA')).toEqual({
      acronym: 'JSNA',
      expansions: ['Joint Strategic Needs Assessment'],
      domain: 'council',
      domains: ['council'],
      source: ['lga-2009'],
      origin: {file: 'good/acronyms.yml', line: 1, column: 3}
    })
    expect(dictionary.acronyms.find((entry) => entry.acronym === 'DNA')?.expansions).toEqual(['did not attend', 'deoxyribonucleic acid'])
  })

  it('gives each meaning its domain: its own, or the entry’s', () => {
    const layer = compileFixtures(['meanings-and-codes.yml', 'good/sources.yml'])
    expect(layer.problems).toEqual([])
    const domainsOf = (found: typeof dictionary, acronym: string) => {
      const entry = found.acronyms.find((candidate) => candidate.acronym === acronym)
      return {expansions: entry?.expansions, domain: entry?.domain, domains: entry?.domains}
    }
    expect(domainsOf(dictionary, 'DNA')).toEqual({expansions: ['did not attend', 'deoxyribonucleic acid'], domain: 'nhs', domains: ['nhs', 'nhs']})
    expect(domainsOf(layer.dictionary, 'PCN')).toEqual({expansions: ['primary care network', 'penalty charge notice'], domain: 'nhs', domains: ['nhs', 'council']})
    expect(domainsOf(layer.dictionary, 'CA')).toEqual({expansions: ['Care Act 2014', 'combined authority'], domain: 'council', domains: ['council', 'public-sector']})
  })

  it('reads codes: names and codes that are not acronyms', () => {
    expect(compileFixtures(['meanings-and-codes.yml', 'good/sources.yml']).dictionary.codes).toEqual([
      {code: 'FP10', note: 'The NHS prescription form.', source: ['nhs-az'], origin: {file: 'meanings-and-codes.yml', line: 14, column: 3}},
      {code: 'MS Teams', source: [], origin: {file: 'meanings-and-codes.yml', line: 18, column: 3}}
    ])
  })

  it('makes well-known lists cumulative: board knows public, staff knows board; the patient list stands alone', () => {
    expect(dictionary.wellKnown).toEqual({
      public: ['NHS', 'A&E'],
      board: ['NHS', 'A&E', 'JSNA'],
      staff: ['NHS', 'A&E', 'JSNA', 'DNA'],
      patient: ['NHS']
    })
  })

  it('keeps sources with their ids', () => {
    expect(dictionary.sources['lga-2009']).toEqual({
      id: 'lga-2009',
      title: 'Local Government Association list of words councils should not use (2009)',
      licence: 'not stated; facts only'
    })
    expect(Object.keys(dictionary.sources)).toEqual(['govuk-wta', 'lga-2009', 'nhs-az'])
  })

  it('reads JSON dictionaries with the same shape', () => {
    expect(dictionary.terms.find((entry) => entry.term === 'hard to reach')).toMatchObject({
      alternatives: ['under-served', 'seldom heard'],
      kind: 'inclusive',
      origin: {file: 'good/local.json', line: 2, column: 2}
    })
  })

  it('warns when a well-known acronym appears in two lists', () => {
    const result = compileDictionaries([
      {file: 'acronyms.yml', text: '- acronym: NHS\n  expansion: National Health Service\n  domain: nhs\n  source: nhs-az\n'},
      {file: 'well-known.yml', text: 'public: [NHS]\nboard: [NHS]\n'}
    ])
    expect(result.problems.map(formatProblem)).toEqual([
      'well-known.yml:2:9: warning: Well-known acronym "NHS" is already in the public list. Lists are cumulative (board readers also know the public list, staff the board list): remove it from the board list.'
    ])
    expect(result.dictionary.wellKnown.board).toEqual(['NHS'])
  })

  it('reports a source id defined in two files', () => {
    const source = 'nhs-az:\n  title: A to Z\n  licence: OGL v3\n'
    expect(compileDictionaries([{file: 'a/sources.yml', text: source}, {file: 'b/sources.yml', text: source}]).problems.map(formatProblem)).toEqual([
      'b/sources.yml:1:1: error: Duplicate source id "nhs-az" (first defined at a/sources.yml:1:1). Remove one, or give this source a different id.'
    ])
  })
})

describe('parseDictionary', () => {
  it('returns a partial layer for one file', () => {
    const {dictionary, problems} = parseDictionary('- term: going forward\n  alternatives: [from now on]\n  kind: wordy-phrase\n  source: govuk-wta\n', 'local.yml')
    expect(problems).toEqual([])
    expect(dictionary.terms.map((entry) => entry.term)).toEqual(['going forward'])
    expect(dictionary.wellKnown).toEqual({public: [], board: [], staff: [], patient: []})
  })

  it('reports duplicate YAML keys with the parser’s position', () => {
    const {problems} = parseDictionary('- term: signpost\n  term: signposting\n', 'local.yml')
    expect(problems.map(formatProblem)).toEqual([
      'local.yml:2:3: error: Invalid YAML: Map keys must be unique. A field appears twice in the same entry (or a source id twice): keep one.'
    ])
  })

  it('accepts a switch-off entry with only term and severity', () => {
    const {dictionary, problems} = parseDictionary('- term: utilise\n  severity: off\n', 'local.yml')
    expect(problems).toEqual([])
    expect(dictionary.terms).toEqual([
      {term: 'utilise', forms: [], alternatives: [], kind: 'jargon', source: [], unless: [], severity: 'off', origin: {file: 'local.yml', line: 1, column: 3}}
    ])
  })

  it.each([
    ['commit suicide', 'Her brother committed suicide last year.'],
    ['suffer from', 'Many residents are suffering from long-term pain.'],
    ['place-based', 'We take a place based approach.'],
    ['care package', 'We review care packages every year.']
  ])('accepts "%s" inflected the way the engine matches it in examples.bad', (term, bad) => {
    const text = `- term: ${term}\n  alternatives: [plain words]\n  kind: jargon\n  source: x\n  examples: {bad: "${bad}", good: "Plain words."}\n`
    expect(parseDictionary(text, 'council.yml').problems).toEqual([])
  })

  it('allows a source id written once and reused through a YAML alias', () => {
    const entry = (term: string, source: string) => `- term: ${term}\n  alternatives: [plain ${term}]\n  kind: jargon\n  source: ${source}\n`
    const text = entry('term0', '&lga lga-2009') + Array.from({length: 300}, (_, index) => entry(`term${index + 1}`, '*lga')).join('')
    const {dictionary, problems} = parseDictionary(text, 'council.yml')
    expect(problems).toEqual([])
    expect(dictionary.terms[300]?.source).toEqual(['lga-2009'])
  })

  it.each([
    ['an empty file', ''],
    ['only comments', '# terms will go here\n'],
    ['an empty list', '[]\n'],
    ['a null document', '~\n'],
    ['a lone document marker', '---\n']
  ])('treats %s as an empty dictionary', (_name, text) => {
    expect(parseDictionary(text, 'council.yml')).toEqual({
      dictionary: {terms: [], acronyms: [], codes: [], wellKnown: {public: [], board: [], staff: [], patient: []}, sources: {}, simplerWords: []},
      problems: []
    })
  })

  it.each([
    ['binary-looking text', '\u0000\u0001\u0002'],
    ['a bare scalar', '42'],
    ['deep nesting', '['.repeat(200) + ']'.repeat(200)],
    ['an alias bomb', 'a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n']
  ])('reports %s as a located error, without throwing', (_name, text) => {
    const {problems} = parseDictionary(text, 'council.yml')
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) {
      expect(problem).toMatchObject({file: 'council.yml', severity: 'error'})
      expect(problem.line).toBeGreaterThanOrEqual(1)
      expect(problem.column).toBeGreaterThanOrEqual(1)
    }
  })
})
