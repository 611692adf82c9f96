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
  it.each(formats)('does not crash in %s, and finds no words and nothing to report', (format) => {
    for (const text of inputs) {
      const result = check(text, {format})
      assertPositions(text, result)
      expect(result.messages, JSON.stringify(text)).toEqual([])
      // The table's one cell is the only word among them (a table in any format is still text).
      expect(result.stats.words, JSON.stringify(text)).toBe(text === '| a |\n|---|' ? 1 : 0)
      expect(result.stats.sentences, JSON.stringify(text)).toBe(0)
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
  /** Processor time, so that other work on a loaded machine does not count; unguarded, these took minutes. */
  const budgetMs = Number(process.env['FUZZ_CASE_BUDGET_MS'] ?? 4000) * 4
  const count = (result: CheckResult, ruleId: string, actual?: string) =>
    result.messages.filter((message) => message.ruleId === ruleId && (actual === undefined || message.actual === actual)).length
  const cases: Record<string, {text: () => string; expect: (result: CheckResult) => void}> = {
    'a 5 MB single line': {
      text: () => 'The council will signpost residents going forward and the JSNA was agreed. '.repeat(70_000),
      // Every use of the term is found; the acronym is reported once, at its first use.
      expect: (result) => {
        expect(count(result, 'jargon', 'signpost')).toBe(70_000)
        expect(count(result, 'acronym-undefined', 'JSNA')).toBe(1)
      }
    },
    '100,000 acronyms': {
      text: () => Array.from({length: 100_000}, (_, index) => `the QZ${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + ((index / 26) % 26))}`).join(' '),
      // 26 × 26 different acronyms, each reported once.
      expect: (result) => expect(count(result, 'acronym-undefined')).toBe(26 * 26)
    },
    '10,000 nested brackets': {
      text: () => '('.repeat(10_000) + 'Joint Strategic Needs Assessment (JSNA)' + ')'.repeat(10_000),
      expect: (result) => expect(count(result, 'acronym-undefined')).toBe(0)
    },
    'a 1,000-word sentence': {
      text: () => Array.from({length: 1000}, (_, index) => (index % 7 ? 'word' : 'signpost')).join(' ') + '.',
      expect: (result) => {
        expect(count(result, 'sentence-length')).toBe(1)
        expect(count(result, 'jargon', 'signpost')).toBe(143)
      }
    },
    '50,000 unclosed brackets after acronyms': {
      text: () => 'Text with ABC (the thing. '.repeat(50_000),
      expect: (result) => expect(count(result, 'acronym-undefined', 'ABC')).toBe(1)
    },
    '100,000 unclosed comments': {text: () => '<!--'.repeat(100_000), expect: (result) => expect(result.messages).toEqual([])},
    'a glossary line with 200,000 spaces': {
      text: () => '## Glossary\n\nABC x' + ' '.repeat(200_000) + 'y',
      expect: (result) => expect(result.messages.every((message) => message.actual === 'ABC')).toBe(true)
    }
  }
  it.each(Object.keys(cases))('%s', (name) => {
    const text = cases[name]!.text()
    for (const format of formats) {
      const started = process.cpuUsage()
      const result = check(text, {format})
      const used = process.cpuUsage(started)
      expect((used.user + used.system) / 1000, format).toBeLessThan(budgetMs)
      assertPositions(text, result)
      cases[name]!.expect(result)
    }
  }, 300_000)
})

/**
 * Markdown and HTML structure: nesting, brackets, emphasis, code spans and tables, generated
 * two ways. Amplified cases repeat a few markup atoms thousands of times (the shapes that are
 * quadratic in parsers: openers then closers); nested cases build deep trees. Each case must
 * keep exact positions and finish within a time budget (processor time, so that other work on a
 * loaded CI machine does not count; an unguarded parser takes minutes on the worst of them).
 */
describe('structure (property, with a time budget per case)', () => {
  const budgetMs = Number(process.env['FUZZ_CASE_BUDGET_MS'] ?? 4000)
  /** The known shapes are up to 5 MB: a larger budget, still far below the minutes they took unguarded. */
  const knownBudgetMs = budgetMs * 4
  const structureRuns = Math.max(20, Math.round(runs / 200))
  const atom = fc.constantFrom(
    '[', ']', '](x)', '](', '](<', '![', '[^', '[^a]', '*', '**', '_', '~', '`', '``', '> ', '>', '- ', '* ', '1. ', '  ', '    ', '\n', '\n\n', '|', '| a ', '|---', '<div>', '</div>', '<b>', '<p>', '<table><tr><td>', '<ul><li>', '<!--', '&amp;', '(', ')', '<', '\\', '# ', 'x', ' ', 'JSNA ', 'signpost ', '<abbr title="x">', '---\n', '```\n'
  )
  const segment = fc.tuple(fc.array(atom, {minLength: 1, maxLength: 4}), fc.integer({min: 1, max: 20_000})).map(([atoms, times]) => {
    const unit = atoms.join('')
    return unit.repeat(Math.max(1, Math.min(times, Math.floor(15_000 / unit.length))))
  })
  const amplified = fc.array(segment, {minLength: 1, maxLength: 3}).map((parts) => parts.join(''))

  type Tree = {kind: 'text'; value: string} | {kind: 'list' | 'quote' | 'emphasis' | 'link' | 'div' | 'table'; children: Tree[]}
  const {tree} = fc.letrec<{tree: Tree}>((tie) => ({
    tree: fc.oneof(
      {depthSize: 'small', withCrossShrink: true},
      fc.constantFrom('We will signpost residents.', 'The JSNA was agreed.', 'x', '', 'a [b] c').map((value): Tree => ({kind: 'text', value})),
      fc.record({kind: fc.constantFrom('list', 'quote', 'emphasis', 'link', 'div', 'table') as fc.Arbitrary<'list'>, children: fc.array(tie('tree'), {maxLength: 3})})
    )
  }))
  const deep = fc.tuple(tree, fc.integer({min: 1, max: 300}), fc.constantFrom('list', 'quote', 'emphasis', 'link', 'div', 'table')).map(([inner, levels, kind]) => {
    let node: Tree = inner
    for (let level = 0; level < levels; level++) node = {kind: kind as 'list', children: [node, {kind: 'text', value: 'We will signpost residents.'}]}
    return node
  })
  const render = (node: Tree, format: 'markdown' | 'html', indent = ''): string => {
    if (node.kind === 'text') return node.value
    const inner = (child: Tree) => render(child, format, indent + '  ')
    if (format === 'html') {
      const tag = {list: 'ul><li', quote: 'blockquote', emphasis: 'em', link: 'a href="x"', div: 'div', table: 'table><tr><td'}[node.kind]
      const close = {list: 'li></ul', quote: 'blockquote', emphasis: 'em', link: 'a', div: 'div', table: 'td></tr></table'}[node.kind]
      return `<${tag}>${node.children.map(inner).join(' ')}</${close}>`
    }
    switch (node.kind) {
      case 'list':
        return node.children.map((child) => `\n${indent}- ${inner(child)}`).join('')
      case 'quote':
        return node.children.map((child) => `\n${indent}> ${inner(child).replace(/\n/g, '\n> ')}`).join('')
      case 'emphasis':
        return `*${node.children.map(inner).join(' ')}*`
      case 'link':
        return `[${node.children.map(inner).join(' ')}](x)`
      case 'table':
        return `\n\n| ${node.children.map((child) => inner(child).replace(/\n/g, ' ')).join(' | ')} |\n|${node.children.map(() => '---|').join('')}\n`
      default:
        return `<div>${node.children.map(inner).join(' ')}</div>`
    }
  }

  const timed = (text: string, format: 'markdown' | 'html', budget = budgetMs) => {
    const started = process.cpuUsage()
    const result = run(text, {format})
    const used = process.cpuUsage(started)
    const elapsed = (used.user + used.system) / 1000
    assertPositions(text, result)
    expect(elapsed, `${format}, ${text.length} characters, starting ${JSON.stringify(text.slice(0, 80))}`).toBeLessThan(budget)
  }

  it(`amplified markup: exact positions, each case within ${budgetMs} ms (${structureRuns} cases)`, () => {
    fc.assert(fc.property(amplified, fc.constantFrom('markdown' as const, 'html' as const), (text, format) => timed(text, format)), {numRuns: structureRuns})
  }, 900_000)

  it(`deep nesting: exact positions, each case within ${budgetMs} ms (${structureRuns} cases)`, () => {
    fc.assert(fc.property(deep, fc.constantFrom('markdown' as const, 'html' as const), (node, format) => timed(render(node, format), format)), {numRuns: structureRuns})
  }, 900_000)

  const known: Record<string, () => string> = {
    '[ ×50,000 JSNA ](x) ×50,000': () => '['.repeat(50_000) + 'JSNA' + '](x)'.repeat(50_000),
    'x] ×40,000': () => 'x]'.repeat(40_000),
    '[^a ×20,000 then ] ×20,000, with a footnote defined': () => '[^1]: A note.\n\n' + '[^a'.repeat(20_000) + ']'.repeat(20_000),
    '2,000 nested list levels': () => Array.from({length: 2000}, (_, depth) => ' '.repeat(depth * 2) + '- We will signpost residents.').join('\n'),
    '5,000 list levels on one line': () => '- '.repeat(5000) + 'signpost',
    '3,000 nested block quotes': () => Array.from({length: 3000}, (_, depth) => '>'.repeat(depth + 1) + ' We will signpost residents.').join('\n'),
    '*a ×10,000 then b_ ×10,000': () => '*a '.repeat(10_000) + 'b_ '.repeat(10_000),
    '* ×20,000 JSNA * ×20,000': () => '*'.repeat(20_000) + 'JSNA' + '*'.repeat(20_000),
    '2,000 backtick runs of different lengths': () => Array.from({length: 2000}, (_, index) => '`'.repeat(index + 1)).join(' x '),
    '[a]( ×20,000': () => '[a]('.repeat(20_000),
    '_[ ×20,000 (found by this fuzzing)': () => '_['.repeat(20_000),
    '5,000 lines of an escaped backtick and two more (found by this fuzzing)': () => 'x' + '\\```\n'.repeat(5000),
    '<!-- ×20,000, never closed (found by this fuzzing)': () => '[' + '<!--'.repeat(20_000) + '['.repeat(15_000),
    'a table 20,000 cells wide': () => '| a '.repeat(20_000) + '\n' + '|---'.repeat(20_000),
    '50,000 nested divs': () => '<div>'.repeat(50_000) + '<p>We will signpost residents.</p>' + '</div>'.repeat(50_000),
    '10,000 nested tables': () => '<table><tr><td>'.repeat(10_000) + 'We will signpost residents.' + '</td></tr></table>'.repeat(10_000)
  }
  it.each(Object.keys(known))('%s: finishes in seconds with exact positions, and still checks the words', (name) => {
    const text = known[name]!()
    for (const format of ['markdown', 'html'] as const) timed(text, format, knownBudgetMs)
    if (text.includes('signpost')) expect(check(text, {format: text.startsWith('<') ? 'html' : 'markdown'}).messages.some((message) => message.actual === 'signpost')).toBe(true)
  }, 120_000)
})

describe('invisible characters inside words', () => {
  it('matches a term written with a zero-width space, joiner or soft hyphen inside it, at its exact place', () => {
    for (const hidden of ['sign\u200Bpost', 'sign\u200Dpost', 'sign\u00ADpost', 'sign\u2060post', 'signpost\u200B']) {
      const text = `We will ${hidden} you.`
      const result = run(text)
      const found = result.messages.filter((message) => message.ruleId === 'jargon')
      expect(found.map((message) => message.actual), JSON.stringify(hidden)).toEqual([hidden.replace(/\u200B$/, '')])
      assertPositions(text, result)
    }
  })
})
