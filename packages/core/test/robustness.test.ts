import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {check, formats, type CheckResult} from '../src/index.js'
import {run} from './helpers.js'

/** Every finding points at exactly its text, and line/column agree with the offset. */
export function assertPositions(text: string, result: CheckResult): void {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '\n' || (text[index] === '\r' && text[index + 1] !== '\n')) lineStarts.push(index + 1)
  }
  for (const message of result.messages) {
    const {start, end} = message.place
    expect(message.actual).toBe(text.slice(start.offset, end.offset))
    expect(start.offset).toBeLessThanOrEqual(end.offset)
    for (const point of [start, end]) {
      expect(lineStarts[point.line - 1]! + point.column - 1).toBe(point.offset)
    }
  }
}

describe('degenerate input', () => {
  const inputs = ['', ' ', '\n\n\n', '\t \r\n ', '...', '?!;:,', '((()))', '# ', '<', '<!---->', '---\n---', '| a |\n|---|', '\uFEFF', '\u200B\u200B']
  it.each(formats)('does not crash in %s', (format) => {
    for (const text of inputs) {
      const result = check(text, {format})
      assertPositions(text, result)
      expect(result.stats.words).toBeGreaterThanOrEqual(0)
    }
  })

  it('checks a 1 MB line of capitals', () => {
    const text = Array.from({length: 200_000}, (_, index) => `Q${(index % 5000).toString(36).toUpperCase()}X`).join(' ')
    assertPositions(text, check(text))
  })

  it('checks a 1 MB line of acronyms in prose', () => {
    // Letters only: with digits some would be postcodes ("Q10AX"), which are rightly skipped.
    const letters = (index: number) => [...(index % 5000).toString(26)].map((digit) => String.fromCharCode(65 + parseInt(digit, 26))).join('')
    const text = Array.from({length: 100_000}, (_, index) => `the Q${letters(index)}X`).join(' ')
    const result = check(text)
    assertPositions(text, result)
    expect(result.messages.filter((message) => message.ruleId === 'acronym-undefined')).toHaveLength(5000)
  })
})

const prose = fc.constantFrom(
  'The ', 'JSNA ', 'ICBs ', 'A&E ', 'signpost', 'going forward', 'hard-to-reach ', 'was submitted ', '(', ')', '. ', ', ', '\n', '\r\n', '\n\n',
  '# ', '## Glossary\n', '- ', '**', '*', '_', '`', '[', '](https://x.org)', '<abbr title="Joint Strategic Needs Assessment">', '</abbr>',
  '<!-- plainspeak-disable -->', '<!-- plainspeak-enable -->', '<p>', '</p>', '&amp;', '&rsquo;', '| ', ' |', '|---|', 'é', 'e\u0301', '😀',
  '\u200B', '\u202E', '\uFEFF', 'مرحبا ', 'utilise ', 'Joint Strategic Needs Assessment ', 'the elderly ', 'S151 ', 'EqIA ', 'IV ', '  '
)

describe('positions (property)', () => {
  it('every finding’s actual is its span, and line/column agree with the offset', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(prose, fc.string({unit: 'grapheme', maxLength: 6})), {maxLength: 40}).map((parts) => parts.join('')),
        fc.constantFrom(...formats),
        (text, format) => {
          assertPositions(text, run(text, {format}))
        }
      ),
      {numRuns: 500}
    )
  })
})
