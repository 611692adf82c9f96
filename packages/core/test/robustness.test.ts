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

const markup = fc.constantFrom(
  '> ', '1. ', '    ', '\t', '***', '---\n', '```\n', '~~~', '<div>', '</div>', '<br>', '<script>x</script>', '<!--', '-->', '&nbsp;', '&#x1F600;',
  '| a | b |\n|---|---|\n', '[^1]', '[x]: https://a.b\n', '\\*', '![alt](i.png)', '<abbr title="x">', '*[ABC]: A Big Cat\n', '((((', '))))', '"', '“', '’'
)
const unicode = fc.string({unit: 'binary', maxLength: 8})

/** Runs: 10,000 in CI; set FUZZ_RUNS for a longer run (`pnpm fuzz`). */
const runs = Number(process.env['FUZZ_RUNS'] ?? 10_000)

describe('positions (property)', () => {
  it(`every finding’s actual is its span, and line/column agree with the offset (${runs} cases)`, () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(prose, markup, unicode, fc.string({unit: 'grapheme', maxLength: 6})), {maxLength: 40}).map((parts) => parts.join('')),
        fc.constantFrom(...formats),
        (text, format) => {
          assertPositions(text, run(text, {format}))
        }
      ),
      {numRuns: runs}
    )
  }, 600_000)
})

describe('adversarial sizes (no catastrophic backtracking; speed itself is benchmarked)', () => {
  const cases: Record<string, () => string> = {
    'a 5 MB single line': () => 'The council will signpost residents going forward and the JSNA was agreed. '.repeat(70_000),
    '100,000 acronyms': () => Array.from({length: 100_000}, (_, index) => `the QZ${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + ((index / 26) % 26))}`).join(' '),
    '10,000 nested brackets': () => '('.repeat(10_000) + 'Joint Strategic Needs Assessment (JSNA)' + ')'.repeat(10_000),
    'a 1,000-word sentence': () => Array.from({length: 1000}, (_, index) => (index % 7 ? 'word' : 'signpost')).join(' ') + '.',
    '50,000 unclosed brackets after acronyms': () => 'Text with ABC (the thing. '.repeat(50_000),
    '100,000 unclosed comments': () => '<!--'.repeat(100_000),
    'a glossary line with 200,000 spaces': () => '## Glossary\n\nABC x' + ' '.repeat(200_000) + 'y'
  }
  it.each(Object.keys(cases))('%s', (name) => {
    const text = cases[name]!()
    for (const format of formats) assertPositions(text, check(text, {format}))
  }, 300_000)
})
