/**
 * remark-plainspeak against its source: every finding is the one `check()` gives for the same
 * text and options, field by field, as an ordinary vfile message on the file. The expected lists
 * are computed by core here, never written down, so they follow the rules as they change.
 */
import {readFileSync} from 'node:fs'
import {check, PlainspeakOptionError} from '@plainspeak/core'
import {compileDictionaries} from '@plainspeak/dictionary'
import {compile} from '@mdx-js/mdx'
import {remark} from 'remark'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import * as plugin from '../src/index.js'
import type {Options} from '../src/index.js'
import {defaultViewSample} from '../../../test/default-view-sample.js'

const remarkPlainspeak = plugin.default
const boardPaperPath = new URL('../../../examples/board-paper.md', import.meta.url)
const boardPaper = readFileSync(boardPaperPath, 'utf8')

const localWords = compileDictionaries([
  {
    file: 'our-words.yml',
    text: [
      '- term: front door',
      '  alternatives: [first contact]',
      '  kind: jargon',
      '  note: Residents do not know what the front door of a service is.',
      '  source: local style guide',
      '- term: leverage',
      '  severity: "off"',
      '  alternatives: []',
      '  kind: jargon',
      '  source: local style guide'
    ].join('\n')
  }
])

it('exports the plugin as its default and nothing else', () => {
  expect(Object.keys(plugin)).toEqual(['default'])
  expect(remarkPlainspeak.name).toBe('remarkPlainspeak')
})

it('compiles the local test dictionary without problems', () => {
  expect(localWords.problems).toEqual([])
})

const optionSets: Record<string, Options | undefined> = {
  'no options': undefined,
  'board audience': {audience: 'board'},
  'staff, rules and allow': {audience: 'staff', rules: {passive: 'off', jargon: 'error', 'sentence-length': ['warning', {max: 20}]}, allow: ['BCF', 'place-based']},
  'a compiled dictionary': {audience: 'board', dictionaries: [localWords.dictionary]},
  'acronyms per section, reading age 10': {acronymScope: 'section', readingAge: 10}
}

describe('the sample board paper gives the same findings as check()', () => {
  // Every finding, suggestions too: which are in the default view is the judged table's to say.
  it.each(Object.entries(optionSets))('%s', async (_name, given) => {
    const options = {...given, suggestions: true}
    const file = await processMarkdown(boardPaper, options, 'papers/board-paper.md')
    const expected = check(boardPaper, {...options, format: 'markdown'}).messages
    expect(expected.length).toBeGreaterThan(10)
    expect(file.messages.map(fields)).toEqual(expected.map(fields))
    // Ordinary vfile messages: named for the file and its place, as `file.message()` makes them.
    for (const message of file.messages) {
      expect(message.file).toBe('papers/board-paper.md')
      const {start, end} = placeOf(message)
      expect(message.name).toBe(`papers/board-paper.md:${start.line}:${start.column}-${end.line}:${end.column}`)
    }
  })
})

it('reads a file given as bytes (as remark-cli and unified-engine read it)', async () => {
  const file = await processMarkdown(new TextEncoder().encode(boardPaper), {audience: 'board'})
  expect(file.messages.map(fields)).toEqual(check(boardPaper, {format: 'markdown', audience: 'board'}).messages.map(fields))
})

it('maps severities to vfile fatal: error true, warning false, info undefined', async () => {
  const file = await processMarkdown(boardPaper, {rules: {jargon: 'error', inclusive: 'warning', passive: 'info'}, suggestions: true})
  const fatalOf = (ruleId: string) => new Set(file.messages.filter((message) => message.ruleId === ruleId).map((message) => message.fatal))
  expect(fatalOf('jargon')).toEqual(new Set([true]))
  expect(fatalOf('inclusive')).toEqual(new Set([false]))
  expect(fatalOf('passive')).toEqual(new Set([undefined]))
})

describe('positions point into the original file', () => {
  const cases: Record<string, string> = {
    'Windows line endings': boardPaper.replace(/\n/g, '\r\n'),
    'front matter that sets the audience': `---\ntitle: Care at home\nplainspeak:\n  audience: staff\n---\n\n${boardPaper}`,
    'characters outside the Basic Multilingual Plane': `# 🏠 Care at home\n\nWe will 🙂 leverage our partners to utilise the hub.\n\n${boardPaper}`,
    'inline control comments': `<!-- plainspeak-disable jargon -->\n\nGoing forward we will leverage our partners.\n\n<!-- plainspeak-enable jargon -->\n\n${boardPaper}`
  }
  it.each(Object.entries(cases))('%s', async (_name, text) => {
    const file = await processMarkdown(text)
    expect(file.messages.map(fields)).toEqual(check(text, {format: 'markdown'}).messages.map(fields))
    const place = location(text)
    for (const message of file.messages) {
      const {start, end} = placeOf(message)
      expect(text.slice(start.offset, end.offset)).toBe(message.actual)
      expect(place.toPoint(start.offset)).toEqual(start)
      expect(place.toPoint(end.offset)).toEqual(end)
    }
  })
})

it('checks an empty file without findings', async () => {
  expect((await processMarkdown('')).messages).toEqual([])
})

describe('bad options fail when the plugin is attached, naming the option', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['audience', {audience: 'kids'}, /Unexpected value `kids` for `audience`, expected one of `public`, `board`, `staff`, `patient`/],
    ['rules.jargon', {rules: {jargon: 'loud'}}, /Unexpected value `loud` for `rules\.jargon`/],
    ['format', {format: 'html'}, /remark-plainspeak always checks Markdown: leave out `format`/],
    ['colour', {colour: 'red'}, /Unknown option `colour`/],
    ['options', 'board', /Unexpected options `board`, expected an object/]
  ]
  it.each(cases)('%s', (option, options, message) => {
    const attach = () => remark().use(remarkPlainspeak, options as Options).freeze()
    expect(attach).toThrow(PlainspeakOptionError)
    expect(attach).toThrow(message)
    try {
      attach()
    } catch (error) {
      expect((error as PlainspeakOptionError).option).toBe(option)
    }
  })
})

describe('MDX', () => {
  const page = [
    "import {OpeningTimes} from '../components/opening-times.jsx'",
    '',
    "export const meta = {title: 'Help with care at home', description: 'Utilise the stakeholder portal going forward'}",
    '',
    '# Help with care at home',
    '',
    'If you need help at home after a stay in hospital, we can arrange a few weeks of reablement. Going forward, we will leverage our partners to utilise a single point of access.',
    '',
    '<OpeningTimes ward="Poplar" />',
    '',
    'You have {props.days} days to tell us if you want to appeal the decision, and we will then signpost you to an advocate who can help you put your case to the panel.',
    '',
    '{/* Editors: the ICB pays for part of this service. */}',
    '',
    'The ICB pays for some of this care.',
    ''
  ].join('\n')

  it('leaves out the JavaScript and keeps every position in the MDX source', async () => {
    const file = new VFile({path: 'care-at-home.mdx', value: page})
    const compiled = await compile(file, {remarkPlugins: [remarkPlainspeak]})
    expect(String(compiled)).toContain('function _createMdxContent')
    const messages = compiled.messages.filter((message) => message.source === 'plainspeak')
    // The code is blanked out with spaces, line breaks kept: the same findings as check() on that text.
    const blanked = page
      .replace(/^(import|export) .*$/gm, (line) => ' '.repeat(line.length))
      .replace(/\{[^}]*\}/g, (expression) => expression.replace(/[^\n]/g, ' '))
    expect(blanked.length).toBe(page.length)
    const expected = check(blanked, {format: 'markdown'}).messages
    expect(messages.map((message) => ({...fields(message), actual: undefined}))).toEqual(expected.map((message) => ({...fields(message), actual: undefined})))
    // Nothing in the import, the export or the comment is reported; the ICB is reported on line 15, not in the comment.
    expect(messages.map((message) => placeOf(message).start.line).filter((line) => [1, 3, 13].includes(line))).toEqual([])
    expect(messages.find((message) => message.ruleId === 'acronym-undefined')).toMatchObject({actual: 'ICB', line: 15, column: 5})
    // `actual` is always the source text, even for a sentence that runs across an expression.
    for (const message of messages) {
      const {start, end} = placeOf(message)
      expect(message.actual).toBe(page.slice(start.offset, end.offset))
    }
    expect(messages.some((message) => (message.actual ?? '').includes('{props.days}'))).toBe(true)
  })
})

it('gives the default view unless `suggestions: true`; then the suggestions too, each marked', async () => {
  // A text the judged table splits at some audience (whatever a new round moves).
  const sample = defaultViewSample({format: 'markdown'})
  const at = (message: {ruleId?: string | null | undefined; line?: number | null | undefined; column?: number | null | undefined}) => `${message.ruleId}@${message.line}:${message.column}`
  const of = (message: {ruleId: string; place: {start: {line: number; column: number}}}) => `${message.ruleId}@${message.place.start.line}:${message.place.start.column}`
  const marked = (message: VFileMessage) => (message as VFileMessage & {suggestion?: boolean}).suggestion === true
  const plain = await processMarkdown(sample.text, {audience: sample.audience})
  expect(plain.messages.map(at)).toEqual(sample.shown.map(of))
  expect(plain.messages.some(marked)).toBe(false)
  const all = await processMarkdown(sample.text, {audience: sample.audience, suggestions: true})
  expect(all.messages.filter((message) => !marked(message)).map(fields)).toEqual(plain.messages.map(fields))
  expect(all.messages.filter(marked).map(at)).toEqual(sample.suggestions.map(of))
})

async function processMarkdown(value: string | Uint8Array, options?: Options, path = 'paper.md'): Promise<VFile> {
  const file = new VFile({path, value})
  await remark().use(remarkPlainspeak, options).process(file)
  return file
}

/** Every field of the message contract, and the fields vfile reporters read. */
function fields(message: VFileMessage) {
  const extra = message as VFileMessage & {severity?: string; note?: string; data?: unknown}
  return {
    reason: message.reason,
    ruleId: message.ruleId,
    source: message.source,
    severity: extra.severity,
    fatal: message.fatal,
    actual: message.actual,
    expected: message.expected,
    note: extra.note,
    url: message.url,
    place: message.place,
    line: message.line,
    column: message.column,
    data: extra.data
  }
}

interface OffsetPoint {
  line: number
  column: number
  offset: number
}

function placeOf(message: VFileMessage): {start: OffsetPoint; end: OffsetPoint} {
  const place = message.place as {start: OffsetPoint; end: OffsetPoint}
  expect(typeof place.start.offset).toBe('number')
  return place
}
