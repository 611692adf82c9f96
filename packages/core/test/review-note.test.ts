import {describe, expect, it} from 'vitest'
import {acronym, run, term} from './helpers.js'

const review = {panel: "Bow residents' panel", date: '2026-12-04', reviewers: 10, notUnderstood: 8}

describe('entries from a resident review', () => {
  it('say so in the note of a replace finding, before the reason to change', () => {
    const layer = {terms: [term('floating support', ['help to keep your home'], {source: [], review: {...review, unsure: 1}, note: 'Say what the help is.'})], acronyms: [], wellKnown: {public: [], board: [], staff: []}, sources: {}}
    const [message] = run('We offer floating support to tenants.', {dictionaries: [layer]}).messages
    expect(message).toMatchObject({
      ruleId: 'jargon',
      actual: 'floating support',
      expected: ['help to keep your home'],
      note: "8 of 10 residents on the review panel did not know this phrase and 1 was not sure (Bow residents' panel, 4 December 2026). Say what the help is.",
      data: {entry: {term: 'floating support', source: [], review: {...review, unsure: 1}}}
    })
  })

  it('say so for an explain entry and for an acronym', () => {
    const layer = {
      terms: [term('reablement', [], {action: 'explain', explanation: 'help at home after a hospital stay', source: [], review: {date: '2026-12-04', reviewers: 3, notUnderstood: 2}})],
      acronyms: [{...acronym('PALS', 'Patient Advice and Liaison Service'), review: {date: '2026-12-04', reviewers: 3, notUnderstood: 3}}],
      wellKnown: {public: [], board: [], staff: []},
      sources: {}
    }
    const messages = run('Ask PALS about reablement.', {dictionaries: [layer]}).messages
    expect(messages.map((message) => message.note.split('(')[0])).toEqual([
      '3 of 3 residents on the review panel did not know this acronym ',
      '2 of 3 residents on the review panel did not know this word '
    ])
    expect(messages[1]!.note).toMatch(/^2 of 3 residents on the review panel did not know this word \(4 December 2026\)\. Readers outside the work/)
  })

  it('leave other notes as they were', () => {
    expect(run('We will signpost residents.').messages[0]!.note).not.toMatch(/review panel/)
  })
})
