import {describe, expect, it} from 'vitest'
import {findingStrata, isSuggestion} from '../src/lib/rules/default-view.js'
import {check, PlainspeakOptionError} from '../src/index.js'
import {defaultViewSample} from '../../../test/default-view-sample.js'

const table = (entries: Array<[string, 'default' | 'suggestion']>) => ({public: new Map(entries), board: new Map(), staff: new Map()})

describe('default view and suggestions', () => {
  it('puts a finding in its strata, most specific first', () => {
    expect(findingStrata({ruleId: 'jargon', severity: 'info', subject: {kind: 'term', text: 'Stakeholder'}})).toEqual([
      'entry:jargon:stakeholder',
      'severity:jargon:info',
      'rule:jargon'
    ])
    expect(findingStrata({ruleId: 'acronym-undefined', severity: 'warning', subject: {kind: 'acronym', text: 'JSNA'}})).toEqual([
      'entry:acronym-undefined:JSNA',
      'severity:acronym-undefined:warning',
      'rule:acronym-undefined'
    ])
    expect(findingStrata({ruleId: 'sentence-length', severity: 'warning', data: {words: 31}, subject: {kind: 'sentence'}})[0]).toBe('band:sentence-length:31-40')
    expect(findingStrata({ruleId: 'sentence-length', severity: 'info', data: {words: 30}})[0]).toBe('band:sentence-length:26-30')
    expect(findingStrata({ruleId: 'sentence-length', severity: 'warning', data: {words: 41}})[0]).toBe('band:sentence-length:41+')
    expect(findingStrata({ruleId: 'readability', severity: 'warning', data: {readingAge: 21, targetReadingAge: 12}})[0]).toBe('band:readability:8+ over')
  })

  it('lets the most specific listed stratum decide, and keeps unlisted kinds in the default view', () => {
    const tables = table([
      ['rule:passive', 'suggestion'],
      ['entry:jargon:signpost', 'default'],
      ['rule:jargon', 'suggestion'],
      ['band:sentence-length:26-30', 'suggestion']
    ])
    expect(isSuggestion({ruleId: 'passive', severity: 'info'}, 'public', tables)).toBe(true)
    expect(isSuggestion({ruleId: 'passive', severity: 'info'}, 'board', tables)).toBe(false)
    expect(isSuggestion({ruleId: 'jargon', severity: 'warning', subject: {kind: 'term', text: 'signpost'}}, 'public', tables)).toBe(false)
    expect(isSuggestion({ruleId: 'jargon', severity: 'warning', subject: {kind: 'term', text: 'leverage'}}, 'public', tables)).toBe(true)
    expect(isSuggestion({ruleId: 'sentence-length', severity: 'info', data: {words: 28}}, 'public', tables)).toBe(true)
    expect(isSuggestion({ruleId: 'sentence-length', severity: 'warning', data: {words: 45}}, 'public', tables)).toBe(false)
    expect(isSuggestion({ruleId: 'inclusive', severity: 'warning'}, 'public', tables)).toBe(false)
  })

  it('never makes a suggestion of an error: a rule set to error is meant to fail the run', () => {
    const tables = table([['rule:jargon', 'suggestion']])
    expect(isSuggestion({ruleId: 'jargon', severity: 'warning', subject: {kind: 'term', text: 'leverage'}}, 'public', tables)).toBe(true)
    expect(isSuggestion({ruleId: 'jargon', severity: 'error', subject: {kind: 'term', text: 'leverage'}}, 'public', tables)).toBe(false)
  })

  it('returns the default view unless suggestions are asked for, and marks each suggestion', () => {
    // A text the table switched on splits at some audience: it holds whatever a judged round moves.
    const {text, audience, shown, suggestions} = defaultViewSample({check})
    const byDefault = check(text, {audience}).messages
    const all = check(text, {audience, suggestions: true}).messages
    const place = (message: {ruleId: string; place: {start: {offset: number}}}) => `${message.ruleId}@${message.place.start.offset}`
    expect(suggestions.length).toBeGreaterThan(0)
    expect(byDefault.every((message) => message.suggestion === false)).toBe(true)
    expect(byDefault.map(place)).toEqual(shown.map(place))
    expect(all.filter((message) => message.suggestion).map(place)).toEqual(suggestions.map(place))
    expect(all.length).toBe(byDefault.length + suggestions.length)
    for (const message of all) expect(message.suggestion).toBe(isSuggestion(message, audience))
  })

  it("keeps the terms of the user's own dictionaries in the default view: the organisation chose to list them", () => {
    const text = 'We will utilise the hub, leverage our assets and signpost residents going forward. The stakeholders will facilitate it in order to commence.'
    const found = (['board', 'public', 'staff'] as const).flatMap((audience) =>
      check(text, {audience, suggestions: true})
        .messages.filter((message) => message.suggestion && message.subject.kind === 'term')
        .map((message) => ({audience, message}))
    )
    // Whatever the judged table makes a suggestion, at least one of these words is one somewhere.
    expect(found.length).toBeGreaterThan(0)
    const {audience, message} = found[0]!
    const term = message.subject.kind === 'term' ? message.subject.text : ''
    const layer = {terms: [{term, forms: [], alternatives: ['use'], kind: 'jargon' as const, source: [], unless: []}]}
    const own = check(text, {audience, dictionaries: [layer]}).messages.filter((shown) => shown.subject.kind === 'term' && shown.subject.text === term)
    expect(own.length).toBeGreaterThan(0)
    expect(own.every((shown) => shown.suggestion === false)).toBe(true)
    // Switching the term off in one's own dictionary does not put it in the view.
    const off = check(text, {audience, suggestions: true, dictionaries: [{terms: [{...layer.terms[0]!, severity: 'off' as const}]}]}).messages
    expect(off.some((shown) => shown.subject.kind === 'term' && shown.subject.text === term)).toBe(false)
  })

  it('refuses a suggestions option that is not true or false', () => {
    expect(() => check('Text.', {suggestions: 'yes' as unknown as boolean})).toThrow(PlainspeakOptionError)
    expect(() => check('Text.', {suggestions: 'yes' as unknown as boolean})).toThrow('Unexpected value `yes` for `suggestions`, expected `true` or `false`')
  })
})
