import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import type {SimplerWordEntry} from '@plainspeak/dictionary'
import retextEnglish from 'retext-english'
import retextSimplify from 'retext-simplify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the benchmark corpus is plain JavaScript.
import {corpus} from '../../../test/bench/corpus.js'
import {check, ruleIds} from '../src/index.js'
import {findProtectedSpans, isProtected} from '../src/lib/text/protected-spans.js'

const simplify = unified().use(retextEnglish).use(retextSimplify)

// Every retext-simplify pattern switched on, with its own suggestions: the rule must then find
// exactly what retext-simplify finds.
const folder = dirname(fileURLToPath(import.meta.resolve('retext-simplify')))
const {patterns} = (await import(pathToFileURL(join(folder, 'lib', 'patterns.js')).href)) as {patterns: Record<string, {replace: string[]; omit?: boolean}>}
const everyPattern: SimplerWordEntry[] = Object.entries(patterns).map(([pattern, {replace, omit}]) => ({pattern, alternatives: [...replace], remove: omit === true, unless: []}))

describe('simpler-word hands retext-simplify only the pieces that can match', () => {
  it('and finds exactly what retext-simplify finds on whole paragraphs, outside quotations and compounds', () => {
    const {text} = corpus(30_000, 500) as {text: string}
    // retext-simplify may report a short and a long pattern at one place ("benefit", "benefit
    // from"); one span gets one finding, so the longest is the one to expect.
    const longestAt = new Map<number, string>()
    let offset = 0
    for (const paragraph of text.split('\n\n')) {
      const file = new VFile(paragraph)
      simplify.runSync(simplify.parse(file), file)
      // Words inside a quotation or a hyphenated compound are not the writer's to change.
      const spans = findProtectedSpans(paragraph)
      for (const message of file.messages) {
        const place = message.place as {start: {offset: number}; end: {offset: number}}
        if (isProtected(spans, place.start.offset, place.end.offset)) continue
        const start = offset + place.start.offset
        const actual = message.actual ?? ''
        if ((longestAt.get(start) ?? '').length < actual.length) longestAt.set(start, actual)
      }
      offset += paragraph.length + 2
    }
    const expected = [...longestAt].sort((a, b) => a[0] - b[0]).map(([start, actual]) => `${start} ${actual}`)
    const rules = Object.fromEntries(ruleIds.map((id) => [id, id === 'simpler-word' ? 'info' : 'off']))
    const ours = check(text, {builtinDictionary: false, dictionaries: [{simplerWords: everyPattern}], rules}).messages.map((message) => `${message.place.start.offset} ${message.actual}`)
    expect(expected.length).toBeGreaterThan(100)
    expect(ours).toEqual(expected)
  })
})
