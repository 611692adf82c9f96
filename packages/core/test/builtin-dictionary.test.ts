import builtin from '@plainspeak/dictionary/builtin'
import type {CompiledDictionary} from '@plainspeak/dictionary'
import {describe, expect, it} from 'vitest'
import {check, rules} from '../src/index.js'

const dictionary = builtin as CompiledDictionary
const ruleFor = (kind: string) => (kind === 'inclusive' ? 'inclusive' : 'jargon')

/** Public-sector sources (GOV.UK, NHS, NICE, LGA, councils), as listed in dictionaries/sources.yml. */
const publicSector = /^(govuk|gds|nhs|nice|lga|suffolk|telegraph|jargone|oxford|merton|wakefield|healthwatch|cheshire|nw-ics|syics|cpics|devon|sefton|westsussex|sutton|london|hampshire|lancashire|nyorks|plymouth|southend|wyre|east-suffolk)/

describe('built-in dictionary', () => {
  it('has the size the issue asks for', () => {
    expect(dictionary.terms.length).toBeGreaterThanOrEqual(600)
    expect(dictionary.terms.filter((entry) => publicSector.test(entry.source[0]!)).length).toBeGreaterThanOrEqual(250)
    expect(dictionary.acronyms.filter((entry) => entry.expansions.length > 0).length).toBeGreaterThanOrEqual(400)
  })

  it('never offers a placeholder as a replacement', () => {
    for (const entry of dictionary.terms) {
      for (const alternative of entry.alternatives) expect(alternative, entry.term).not.toMatch(/[()[\]]|\.\.\.|…/)
      // With nothing to insert, the message still says what to do: the note, or plainer words to reword with.
      if (entry.alternatives.length === 0) expect(entry.note ?? entry.ideas?.join(', '), entry.term).toBeTruthy()
    }
  })

  it('follows UK inclusive-language guidance', () => {
    const flagged = (text: string) => check(text, {suggestions: true}).messages.filter((message) => message.ruleId === 'inclusive').map((message) => message.actual)
    expect(flagged('We asked disabled people and disabled residents.')).toEqual([])
    expect(flagged('Help for the disabled.')).toEqual(['the disabled'])
    expect(flagged('She is wheelchair-bound.')).toEqual(['wheelchair-bound'])
    expect(flagged('He is suffering from asthma.')).toEqual(['suffering from'])
    expect(flagged('BAME groups.')).toEqual(['BAME'])
    expect(flagged('Groups that are hard to reach.')).toEqual(['hard to reach'])
    expect(flagged('Care for the elderly.')).toEqual(['the elderly'])
    expect(flagged('We asked service users.')).toEqual(['service users'])
  })

  const withExamples = dictionary.terms.filter((entry) => entry.examples)
  it('has an example for every entry that offers alternatives, so each alternative is tried in a sentence', () => {
    const missing = dictionary.terms.filter((entry) => entry.action !== 'explain' && entry.alternatives.length > 0 && !entry.examples && entry.severity !== 'off')
    expect(missing.map((entry) => entry.term)).toEqual([])
    expect(withExamples.length).toBeGreaterThanOrEqual(500)
  })

  it('states what each entry asks, for whom, and how sure it is', () => {
    const explain = dictionary.terms.filter((entry) => entry.action === 'explain')
    expect(explain.map((entry) => entry.term)).toEqual(expect.arrayContaining(['coproduction', 'lived experience', 'safeguarding', 'reablement', 'population health']))
    for (const entry of explain) expect(entry.alternatives, entry.term).toEqual([])
    // Board and staff readers know these; residents may not.
    for (const term of ['commission', 'outcome', 'local authority', 'coproduction', 'reablement']) {
      expect(dictionary.terms.find((entry) => entry.term === term)?.audiences, term).toEqual(['public'])
    }
    // No replacement where none keeps the meaning: "who will be prioritised for a place" is not
    // "who will be focused on for a place". Residents get a nudge to say what comes first.
    const prioritised = 'Single parents will be prioritised for in-borough placements.'
    expect(check(prioritised, {audience: 'board', suggestions: true}).messages.filter((message) => message.ruleId === 'jargon')).toEqual([])
    expect(check(prioritised, {audience: 'public', suggestions: true}).messages.filter((message) => message.ruleId === 'jargon')).toMatchObject([{actual: 'prioritised', expected: [], severity: 'info'}])
    // Warning only where nearly every use should change: most entries are info.
    expect(dictionary.terms.filter((entry) => entry.severity === 'info').length).toBeGreaterThan(dictionary.terms.length / 2)
  })

  it.each(withExamples.map((entry) => [entry.term, entry] as const))('example for “%s”: bad is flagged, good is clean', (_, entry) => {
    const ruleId = ruleFor(entry.kind)
    const audience = entry.audiences?.[0] ?? 'public'
    const bad = check(entry.examples!.bad, {audience, suggestions: true}).messages.filter((message) => message.ruleId === ruleId)
    expect(bad.map((message) => (message.data['entry'] as {term: string}).term)).toContain(entry.term)
    const good = check(entry.examples!.good, {audience, suggestions: true}).messages.filter((message) => message.ruleId === 'jargon' || message.ruleId === 'inclusive')
    expect(good.map((message) => message.actual)).toEqual([])
  })
})

describe('rule examples (they are also the rule docs)', () => {
  const cases = Object.values(rules).flatMap((rule) => rule.examples.map((example, index) => [rule.id, index, example] as const))
  it.each(cases)('%s example %i: bad is flagged, good is clean', (ruleId, _, example) => {
    const options = {...example.options}
    const bad = check(example.bad, {...options, suggestions: true}).messages.filter((message) => message.ruleId === ruleId)
    expect(bad.length).toBeGreaterThan(0)
    const good = check(example.good, {...options, suggestions: true}).messages.filter((message) => message.ruleId === ruleId)
    expect(good.map((message) => message.actual)).toEqual([])
  })
})
