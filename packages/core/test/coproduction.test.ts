/**
 * The writer's subject is not jargon (issue 13, item 8). A report to residents about work done
 * through coproduction says "coproduction" again and again: Plainspeak asks once, at the first
 * use, for the word to be explained; it says nothing once the word is explained; and board
 * readers, who know the word, are not asked at all. With the built-in dictionaries.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'

const report = readFileSync(new URL('fixtures/coproduction-report.md', import.meta.url), 'utf8')
const explained = report.replace(
  'through coproduction.',
  'through coproduction, which means that carers, council staff and NHS staff plan the service together as equals.'
)

const coproduction = (text: string, audience: 'public' | 'board' | 'staff') =>
  check(text, {format: 'markdown', audience}).messages.filter(
    (message) => (message.data['entry'] as {term?: string} | undefined)?.term === 'coproduction'
  )

describe('a coproduction report for residents', () => {
  it('uses the word in three spellings', () => {
    expect(report.match(/co-?produc\w+/gi)).toEqual(['coproduction', 'Co-production', 'co-produced'])
  })

  it('asks once, at the first use, for "coproduction" to be explained, and offers no replacement', () => {
    const found = coproduction(report, 'public')
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({
      ruleId: 'jargon',
      actual: 'coproduction',
      expected: [],
      place: {start: {line: 5}},
      reason: 'Explain “coproduction” the first time you use it, for example: “coproduction (working with residents as equals to plan and run services)”.'
    })
  })

  it('says nothing about it once it is explained', () => {
    expect(coproduction(explained, 'public')).toEqual([])
    const inBrackets = report.replace('through coproduction.', 'through coproduction (carers and staff planning it together as equals).')
    expect(coproduction(inBrackets, 'public')).toEqual([])
  })

  it('does not ask board or staff readers, who know the word', () => {
    expect(coproduction(report, 'board')).toEqual([])
    expect(coproduction(report, 'staff')).toEqual([])
  })

  it('treats "lived experience" the same way', () => {
    const lived = check(report, {format: 'markdown'}).messages.filter((message) => message.ruleId === 'jargon' && /lived experience/i.test(message.actual))
    expect(lived.map((message) => [message.place.start.line, message.expected])).toEqual([[11, []]])
    expect(check(report, {format: 'markdown', audience: 'board'}).messages.filter((message) => /lived experience/i.test(message.actual) && message.ruleId === 'jargon')).toEqual([])
  })
})
