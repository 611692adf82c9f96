import {describe, expect, it} from 'vitest'
import {ValuePacker, packValues, unpackValues} from '../src/lib/packed-messages.js'

const finding = (line: number, actual: string) => ({
  ruleId: 'jargon',
  severity: 'warning',
  reason: `Use plain words instead of “${actual}”.`,
  actual,
  expected: ['use'],
  note: 'Say it plainly.',
  url: 'https://example.org/rules#jargon',
  line,
  column: 3,
  endLine: line,
  endColumn: 10,
  offset: line * 100,
  endOffset: line * 100 + 7,
  subject: {kind: 'term', text: actual},
  suggestion: false,
  group: {id: `jargon:${actual}`, count: 2, ordinal: line},
  paragraph: undefined,
  empty: {},
  none: null,
  ratio: -0.25
})

describe('findings packed between threads', () => {
  it('unpack to the same findings, field for field and in the same key order', () => {
    const findings = [finding(1, 'utilise'), finding(2, 'utilise'), finding(3, 'leverage')]
    const unpacked = unpackValues<ReturnType<typeof finding>>(packValues(findings))
    expect(unpacked).toStrictEqual(findings)
    expect(unpacked.map((item) => Object.keys(item))).toEqual(findings.map((item) => Object.keys(item)))
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(findings))
  })

  it('hold each distinct string once, however many findings repeat it', () => {
    const findings = Array.from({length: 1000}, (_, index) => finding(index + 1, index % 2 ? 'utilise' : 'leverage'))
    const packed = packValues(findings)
    expect(packed.strings.filter((text) => text === 'https://example.org/rules#jargon')).toHaveLength(1)
    expect(packed.strings.length).toBeLessThan(20)
    const unpacked = unpackValues<ReturnType<typeof finding>>(packed)
    expect(unpacked).toStrictEqual(findings)
  })

  it('pack one finding at a time as they are made, past the first buffer, into buffers no longer than the values', () => {
    // 3,000 findings are about 90,000 values: the packer's buffers grow from 1,024 several times.
    const findings = Array.from({length: 3000}, (_, index) => finding(index + 1, index % 3 ? 'utilise' : 'leverage'))
    const packer = new ValuePacker()
    for (const item of findings) packer.add(item)
    const packed = packer.finish()
    expect(packed.count).toBe(3000)
    expect(packed.values.length).toBe(packed.tags.length)
    expect(packed.values.buffer.byteLength).toBe(packed.values.length * 4)
    expect(packed).toStrictEqual(packValues(findings))
    expect(unpackValues<ReturnType<typeof finding>>(packed)).toStrictEqual(findings)
  })

  it('refuse a value that is not plain JSON, naming what it is', () => {
    expect(() => packValues([{run: () => 1}])).toThrow(/function/)
  })
})
