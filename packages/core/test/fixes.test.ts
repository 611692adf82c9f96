import builtin from '@plainspeak/dictionary/builtin'
import type {CompiledDictionary} from '@plainspeak/dictionary'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check, type PlainspeakMessage} from '../src/index.js'

const paper = readFileSync(new URL('../../../examples/board-paper.md', import.meta.url), 'utf8')
const wordRules = new Set(['jargon', 'inclusive', 'simpler-word', 'acronym-undefined', 'acronym-late-definition'])

/** Applies the first replacement of every finding that has one, last first, and says where the new text went. */
function applyAll(text: string, messages: PlainspeakMessage[]) {
  const fixes = messages
    .filter((message) => message.expected.length > 0 && wordRules.has(message.ruleId))
    .sort((a, b) => b.place.start.offset - a.place.start.offset)
  let result = text
  const spans: Array<[number, number]> = []
  let lastStart = Number.POSITIVE_INFINITY
  for (const fix of fixes) {
    const {start, end} = {start: fix.place.start.offset, end: fix.place.end.offset}
    if (end > lastStart) continue
    expect(result.slice(start, end)).toBe(fix.actual)
    result = result.slice(0, start) + fix.expected[0] + result.slice(end)
    const shift = fix.expected[0]!.length - (end - start)
    for (const span of spans) {
      span[0] += shift
      span[1] += shift
    }
    spans.push([start, start + fix.expected[0]!.length])
    lastStart = start
  }
  return {result, spans, count: spans.length}
}

describe('applying every fix', () => {
  it('touches only the fixed spans and leaves nothing new to fix there', () => {
    const before = check(paper, {format: 'markdown', audience: 'board', suggestions: true})
    const {result, spans, count} = applyAll(paper, before.messages)
    expect(count).toBeGreaterThan(20)
    const after = check(result, {format: 'markdown', audience: 'board', suggestions: true})
    const caused = after.messages.filter(
      (message) => wordRules.has(message.ruleId) && spans.some(([from, to]) => message.place.start.offset < to && message.place.end.offset > from)
    )
    expect(caused.map((message) => `${message.ruleId} ${message.actual}`)).toEqual([])
  })

  it('never offers a dictionary replacement that the dictionary itself flags', () => {
    const dictionary = builtin as CompiledDictionary
    const offenders: string[] = []
    for (const entry of dictionary.terms) {
      for (const alternative of entry.alternatives) {
        const flagged = check(alternative, {suggestions: true}).messages.filter((message) => message.ruleId === 'jargon' || message.ruleId === 'inclusive')
        if (flagged.length > 0) offenders.push(`${entry.term} → ${alternative} (${flagged.map((message) => message.actual).join(', ')})`)
      }
    }
    expect(offenders).toEqual([])
  })
})
