import {describe, expect, it} from 'vitest'
import {escapeSearchText, matchOffsets, planSearch, targetFromPlace, type FindingTarget} from '../src/locate.js'

const at = (paragraphText: string, actual: string, start = paragraphText.indexOf(actual)): FindingTarget => ({
  paragraph: 0,
  paragraphText,
  start,
  end: start + actual.length,
  actual
})

describe('matchOffsets', () => {
  it('finds matches left to right without overlaps, as Word’s search does', () => {
    expect(matchOffsets('aaaa', 'aa')).toEqual([0, 2])
    expect(matchOffsets('JSNA and JSNA', 'JSNA')).toEqual([0, 9])
    expect(matchOffsets('text', '')).toEqual([])
  })
})

describe('escapeSearchText', () => {
  it('doubles carets, which start Word search codes', () => {
    expect(escapeSearchText('10^3 and ^p')).toBe('10^^3 and ^^p')
  })
})

describe('planSearch', () => {
  it('picks the occurrence at the finding’s offset', () => {
    const text = 'signpost, then signpost again'
    expect(planSearch(at(text, 'signpost', 15))).toEqual({pieces: [{text: 'signpost', query: 'signpost', occurrence: 1, count: 2}]})
  })

  it('splits text longer than Word’s search limit into a head and a tail', () => {
    const sentence = `${'The committee considered each of the proposals in the report in detail, '.repeat(4)}and agreed them.`
    const plan = planSearch(at(`Start. ${sentence}`, sentence))
    expect(plan?.pieces.map((piece) => piece.text)).toEqual([sentence.slice(0, 120), sentence.slice(-120)])
  })

  it('finds head and tail pieces that Word’s search lands on, even in repetitive text', () => {
    const sentence = 'word '.repeat(80).trim()
    const text = `Start. ${sentence}`
    const target = at(text, sentence)
    const [head, tail] = planSearch(target)?.pieces ?? []
    expect(sentence.startsWith(head!.text) && sentence.endsWith(tail!.text)).toBe(true)
    expect(matchOffsets(text, head!.text)[head!.occurrence]).toBe(target.start)
    expect(matchOffsets(text, tail!.text)[tail!.occurrence]).toBe(target.end - tail!.text.length)
  })

  it('gives up rather than guess', () => {
    // Not where the finding says.
    expect(planSearch({...at('We signpost people.', 'signpost'), start: 0, end: 8})).toBeUndefined()
    // Line breaks cannot be searched for literally.
    expect(planSearch(at('one\vtwo', 'one\vtwo'))).toBeUndefined()
    // Blank.
    expect(planSearch(at('a   b', '  ', 1))).toBeUndefined()
    // Inside an earlier match (overlapping occurrences).
    expect(planSearch(at('aaa', 'aa', 1))).toBeUndefined()
  })
})

describe('targetFromPlace', () => {
  const texts = ['Heading', 'We signpost people.']

  it('maps line N to paragraph N - 1 and column to the offset inside it', () => {
    expect(targetFromPlace(texts, {start: {line: 2, column: 4}, end: {line: 2, column: 12}}, 'signpost')).toEqual({
      paragraph: 1,
      paragraphText: 'We signpost people.',
      start: 3,
      end: 11,
      actual: 'signpost'
    })
  })

  it('refuses spans across paragraphs or text that is not there', () => {
    expect(targetFromPlace(texts, {start: {line: 1, column: 1}, end: {line: 2, column: 3}}, 'Heading\nWe')).toBeUndefined()
    expect(targetFromPlace(texts, {start: {line: 2, column: 4}, end: {line: 2, column: 12}}, 'elsewise')).toBeUndefined()
    expect(targetFromPlace(texts, {start: {line: 9, column: 1}, end: {line: 9, column: 2}}, 'x')).toBeUndefined()
  })
})
