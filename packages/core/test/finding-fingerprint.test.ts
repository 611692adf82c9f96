/** A finding's fingerprint: the same at its place however the rest of the document changes. */
import {describe, expect, it} from 'vitest'
import {check, fingerprintAt, findingFingerprint} from '../src/index.js'

const text = 'The board agreed the plan.\n\nWe will leverage our partners to deliver it.\n\nWe will leverage the budget too.\n'

function fingerprints(source: string): string[] {
  return check(source, {suggestions: true}).messages.filter((message) => message.actual === 'leverage').map((message) => fingerprintAt(source, {ruleId: message.ruleId, actual: message.actual, offset: message.place.start.offset, endOffset: message.place.end.offset}))
}

describe('findingFingerprint', () => {
  it('is 16 hex digits, different for the same word in different places', () => {
    const [first, second] = fingerprints(text)
    expect(first).toMatch(/^[0-9a-f]{16}$/)
    expect(second).toMatch(/^[0-9a-f]{16}$/)
    expect(first).not.toBe(second)
  })

  it('survives edits in other paragraphs, and changes when the words around it change', () => {
    const [first, second] = fingerprints(text)
    const edited = 'A new opening paragraph.\n\n' + text.replace('The board agreed the plan.', 'The board agreed the plan in March.').replace('the budget too', 'the money too')
    expect(fingerprints(edited)).toEqual([first, expect.not.stringMatching(second!)])
  })

  it('ignores spacing, and keeps no words: the same input always gives the same hash', () => {
    expect(findingFingerprint('jargon', 'leverage', {before: 'We  will', after: 'our\npartners'})).toBe(findingFingerprint('jargon', 'leverage', {before: 'We will', after: 'our partners'}))
    expect(findingFingerprint('jargon', 'leverage', {before: '', after: ''})).not.toContain('leverage')
  })
})
