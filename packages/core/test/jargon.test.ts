import {describe, expect, it} from 'vitest'
import {actuals, findings, run, testDictionary} from './helpers.js'

describe('jargon', () => {
  it('reports a dictionary term with the full message contract', () => {
    const [message] = run('We will signpost residents.').messages
    expect(message).toMatchObject({
      ruleId: 'jargon',
      source: 'plainspeak',
      severity: 'warning',
      fatal: false,
      reason: 'Use plain words instead of “signpost”: “refer”, “direct” or “point to”.',
      actual: 'signpost',
      expected: ['refer', 'direct', 'point to'],
      url: new URL('../docs/rules.html#jargon', import.meta.url).href,
      place: {start: {line: 1, column: 9, offset: 8}, end: {line: 1, column: 17, offset: 16}},
      data: {entry: {term: 'signpost', kind: 'jargon', source: ['test'], sources: [{id: 'test', title: 'Test list'}]}}
    })
    expect(message!.note).toMatch(/plain words/i)
  })

  it('matches case-insensitively and keeps the capital in replacements', () => {
    expect(findings('Utilise the room.', 'jargon')).toEqual(['1:1-1:8: Use plain words instead of “Utilise”: “Use”.'])
  })

  it('matches regular inflections and inflects the replacements', () => {
    const result = run('We utilised it. Utilising it. The utilisation of rooms. They utilize it. We are signposting people. She signposts them.')
    // A noun made from the verb ("utilisation") is not matched: the verb's alternatives rarely fit it.
    expect(result.messages.map((message) => [message.actual, message.expected])).toEqual([
      ['utilised', ['used']],
      ['Utilising', ['Using']],
      ['utilize', ['use']],
      ['signposting', ['referring', 'directing', 'pointing to']],
      ['signposts', ['refers', 'directs', 'points to']]
    ])
  })

  it('matches phrases across line breaks, hyphens and inline Markdown', () => {
    expect(actuals('Going\nforward we act.', 'jargon')).toEqual(['Going\nforward'])
    expect(actuals('We act *going forward*.', 'jargon', {format: 'markdown'})).toEqual(['going forward'])
    expect(actuals('We act **going** forward.', 'jargon', {format: 'markdown'})).toEqual(['going** forward'])
    expect(actuals('Our well-being and well being and wellbeing.', 'jargon')).toEqual(['well-being', 'well being'])
  })

  it('does not match a phrase across punctuation', () => {
    expect(actuals('We are going. Forward we go.', 'jargon')).toEqual([])
  })

  it('reports wordy phrases and idioms with their own wording', () => {
    expect(findings('In order to apply, touch base with us.', 'jargon')).toEqual([
      '1:1-1:12: Use “To” instead of the wordy “In order to”.',
      '1:20-1:30: Say what you mean instead of the idiom “touch base”: “talk” or “meet”.'
    ])
  })

  it('offers no replacement when the entry has none, and says why', () => {
    const [message] = run('Ask the stakeholders.').messages
    expect(message).toMatchObject({actual: 'stakeholders', expected: [], reason: 'Say what “stakeholders” means in plain words.', note: 'Say who you mean: residents, partners, staff.'})
  })

  it('honours `unless` contexts in the same sentence', () => {
    expect(actuals('The agenda for the meeting is out.', 'jargon')).toEqual([])
    expect(actuals('The council has a green agenda.', 'jargon')).toEqual(['agenda'])
  })

  it('uses an entry’s own severity, unless the user set the rule’s', () => {
    expect(run('We commence today.').messages[0]).toMatchObject({ruleId: 'jargon', severity: 'info'})
    expect(run('We commence today.', {rules: {jargon: 'error'}}).messages[0]).toMatchObject({ruleId: 'jargon', severity: 'error'})
  })

  it('accepts terms on the allow list', () => {
    expect(actuals('We signpost people and utilise rooms.', 'jargon', {allow: ['signpost']})).toEqual(['utilise'])
  })

  it('layers dictionaries: a later layer changes or switches off an entry', () => {
    const layer = {terms: [{term: 'utilise', severity: 'off' as const, forms: [], alternatives: [], unless: [], source: [], kind: undefined as never}, {term: 'signpost', forms: [], alternatives: ['refer'], kind: 'jargon' as const, source: ['local'], unless: []}]}
    const result = run('We signpost people and utilise rooms.', {dictionaries: [testDictionary, layer]})
    const jargon = result.messages.filter((message) => message.ruleId === 'jargon')
    expect(jargon.map((message) => [message.actual, message.expected])).toEqual([['signpost', ['refer']]])
  })

  it('does not flag inside web addresses, e-mail addresses or code', () => {
    expect(actuals('See www.example.org/going-forward or utilise@example.org.', 'jargon')).toEqual([])
    expect(actuals('Run `utilise` now.', 'jargon', {format: 'markdown'})).toEqual([])
  })
})

describe('inclusive', () => {
  it('reports non-inclusive wording, over jargon for the same words', () => {
    expect(findings('Services for the elderly and wheelchair-bound people in hard-to-reach groups.', 'inclusive')).toEqual([
      '1:14-1:25: Use “older people” instead of “the elderly”.',
      '1:30-1:46: Use “wheelchair user” instead of “wheelchair-bound”.',
      '1:57-1:70: Use “under-served” or “seldom heard” instead of “hard-to-reach”.'
    ])
  })

  it('does not flag "disabled people"', () => {
    expect(run('We asked disabled people what they need.').messages.filter((m) => m.ruleId === 'inclusive')).toEqual([])
  })
})
