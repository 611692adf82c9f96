/**
 * A replacement is offered only where it fits: put into the sentence, it must still be correct
 * English with the same meaning (lib/dictionary/fit.ts). One test per way a fix has been seen to
 * break a sentence, in texts written for these tests.
 */
import type {CompiledDictionary} from '@plainspeak/dictionary'
import {describe, expect, it} from 'vitest'
import {check, type PlainspeakMessage} from '../src/index.js'
import {term} from './helpers.js'

const dictionary: CompiledDictionary = {
  terms: [
    term('ensure', ['make sure'], {frames: {'make sure': ['that', 'clause']}}),
    term('best practice', ['what works best'], {kind: 'idiom'}),
    term('take industrial action', ['go on strike', 'strike']),
    term('industrial action', ['strikes']),
    term('eg', ['for example', 'such as'], {forms: ['e.g.']}),
    term('workstream', ['area of work']),
    term('commence', ['start', 'begin']),
    term('wee', ['pee']),
    term('disease', ['illness']),
    term('identical', ['the same']),
    term('co-located', ['in the same building'], {frames: {'in the same building': ['nothing', 'preposition', 'other']}})
  ],
  acronyms: [],
  codes: [],
  wellKnown: {public: [], board: [], staff: []},
  sources: {test: {id: 'test', title: 'Test list', licence: 'none'}},
  simplerWords: []
}

function jargon(text: string): PlainspeakMessage[] {
  return check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true}).messages.filter((message) => message.ruleId === 'jargon')
}

/** The text with the finding's first replacement put in. */
function applied(text: string, message: PlainspeakMessage): string {
  return text.slice(0, message.place!.start.offset) + message.expected![0] + text.slice(message.place!.end.offset)
}

describe('a fix never breaks the grammar', () => {
  it('"ensure" before a noun phrase gets no "make sure", and the note says why', () => {
    const [finding] = jargon('The new ward will ensure a quicker discharge for older patients.')
    expect(finding?.actual).toBe('ensure')
    expect(finding?.expected).toEqual([])
    expect(finding?.note).toMatch(/No replacement is offered here: "make sure" does not fit before a noun phrase/)
  })

  it('"ensure" before "that" or a clause gets "make sure"', () => {
    for (const text of ['Please ensure that your name is on the form.', 'Please ensure your name is on the form.']) {
      const [finding] = jargon(text)
      expect(finding?.expected).toEqual(['make sure'])
      expect(applied(text, finding!)).toMatch(/^Please make sure (that )?your name is on the form\.$/)
    }
  })

  it('a plural is made only at a noun: "best practices" becomes "what works best", not "what works bests"', () => {
    const text = 'Clinics will share best practices with each other.'
    const [finding] = jargon(text)
    expect(finding?.expected).toEqual(['what works best'])
    expect(applied(text, finding!)).toBe('Clinics will share what works best with each other.')
  })

  it('a plural noun phrase still takes its plural: "workstreams" becomes "areas of work"', () => {
    expect(jargon('Two workstreams report to the board.')[0]?.expected).toEqual(['areas of work'])
  })

  it('"took industrial action" becomes "went on strike", never "took strikes"', () => {
    const text = 'Porters took industrial action in May.'
    const [finding] = jargon(text)
    expect(finding?.actual).toBe('took industrial action')
    expect(finding?.expected).toEqual(['went on strike', 'struck'])
    expect(applied(text, finding!)).toBe('Porters went on strike in May.')
  })

  it('"e.g." takes its full stop along: no "for example." is left inside the sentence', () => {
    const text = 'Some services, e.g. Health visiting, open on Saturdays.'
    const [finding] = jargon(text)
    expect(finding?.actual).toBe('e.g.')
    expect(applied(text, finding!)).toBe('Some services, for example Health visiting, open on Saturdays.')
  })

  it('a replacement that would double a word is not offered', () => {
    const doubled: CompiledDictionary = {...dictionary, terms: [term('in order to', ['to'], {kind: 'wordy-phrase'})]}
    const [finding] = check('We need to in order to apply.', {builtinDictionary: false, dictionaries: [doubled], suggestions: true}).messages.filter((message) => message.ruleId === 'jargon')
    expect(finding?.expected).toEqual([])
    expect(finding?.note).toMatch(/would repeat "to"/)
  })
})

describe('inflection follows the grammar around the term', () => {
  it('the verb of a phrase takes the ending: "ensures" becomes "makes sure"', () => {
    const text = 'The clinic ensures that every patient is seen.'
    expect(jargon(text)[0]?.expected).toEqual(['makes sure'])
  })

  it('an auxiliary a few adverbs back still asks for the participle: "has now commenced" becomes "has now begun"', () => {
    const [finding] = jargon('The new manager has now commenced in post.')
    expect(finding?.expected).toEqual(['started', 'begun'])
  })

  it('a base form that only looks inflected gets nothing: "to weed" is not "wee" in the past', () => {
    const [finding] = jargon('Volunteers came to weed the flower beds.')
    expect(finding?.expected ?? []).toEqual([])
  })

  it('an alternative with no verb form gets no verb ending: "diseased" never becomes "illnessed"', () => {
    const [finding] = jargon('Staff removed the diseased tree.')
    expect(finding?.expected).toEqual([])
    expect(finding?.note).toMatch(/has no form that matches "diseased"/)
  })

  it('an article never ends up before a determiner: "an identical figure" does not become "a the same figure"', () => {
    const [finding] = jargon('Both wards had an identical figure.')
    expect(finding?.expected).toEqual([])
    expect(finding?.note).toMatch(/is not English/)
  })

  it('a frame that does not fit gives no replacement: "co-located clinics" is not "in the same building clinics"', () => {
    const [before] = jargon('We run co-located clinics.')
    expect(before?.expected).toEqual([])
    expect(before?.note).toMatch(/does not fit before a noun phrase/)
    const [after] = jargon('The clinics are co-located with the library.')
    expect(after?.expected).toEqual(['in the same building'])
  })
})

describe('the built-in dictionary', () => {
  it('states the frames of "ensure", so a noun phrase after it gets no replacement', () => {
    const finding = check('We will ensure a smoother discharge.', {audience: 'public', suggestions: true}).messages.find((message) => message.ruleId === 'jargon' && message.actual === 'ensure')
    expect(finding?.expected).toEqual([])
  })
})
