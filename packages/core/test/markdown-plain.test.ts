import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'mdast'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the benchmark corpus is plain JavaScript.
import {corpus} from '../../../test/bench/corpus.js'
import {micromarkParsers} from '../src/lib/document/markdown.js'
import {markdownChunks} from '../src/lib/document/markdown-chunks.js'
import {plainParagraphTree} from '../src/lib/document/markdown-plain.js'

// The fast path for plain paragraphs must give exactly the tree micromark
// gives (types, values and positions), or decline.


/** A tree without the root's own position, which nothing reads. */
function parsed(chunk: string): unknown[] {
  return [micromarkParsers.withFootnotes, micromarkParsers.withoutFootnotes].map((parser) => {
    const {position: _position, ...root} = parser.parse(chunk) as Root
    return root
  })
}

const corpusFolder = new URL('../../../test/eval/corpus/', import.meta.url)
const markdownTexts = [
  readFileSync(new URL('../../../examples/board-paper.md', import.meta.url), 'utf8'),
  ...readdirSync(corpusFolder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(new URL(name, corpusFolder), 'utf8')),
  (corpus(20000) as {text: string}).text
]

describe('plain paragraphs skip micromark', () => {
  it('with the tree micromark makes, on every chunk of the sample, the evaluation corpus and the benchmark prose', () => {
    let fast = 0
    let chunks = 0
    for (const text of markdownTexts) {
      for (const {text: chunk} of markdownChunks(text)) {
        chunks++
        const tree = plainParagraphTree(chunk)
        if (!tree) continue
        fast++
        expect([tree, tree]).toEqual(parsed(chunk))
      }
    }
    // Many chunks of real documents take the fast path, and some do not.
    expect(fast).toBeGreaterThan(chunks / 3)
    expect(fast).toBeLessThan(chunks)
  })

  it('declines whatever Markdown syntax could change the tree', () => {
    for (const chunk of [
      '# Heading',
      '- item',
      '1. item',
      '2) item',
      '> quote',
      '    code',
      'Text with *emphasis*.',
      'A [link](https://example.org).',
      'Fish &amp; chips.',
      'Line one  \nline two',
      'Line one\\\nline two',
      'Title\n=====',
      'Title\n-----',
      'Para one\n\nPara two',
      'a | b',
      '~~gone~~',
      '<b>bold</b>',
      'Tab\there',
      'Carriage\r\nreturn',
      '***',
      'Text\n- item'
    ]) {
      expect([chunk, plainParagraphTree(chunk)]).toEqual([chunk, undefined])
    }
  })

  it('agrees with micromark on random text made of prose and syntax characters', () => {
    const pieces = ['word', 'Word', ' ', '\n', '\n\n', '  \n', '-', '1.', '2)', '#', '>', '*', '_', '`', '[', ']', '(', ')', '&', 'amp;', '<', '|', '~', '=', '\\', '\t', '“', '£5', '2025', 'é', '.', ',', '!', ':', 'http://x.org', 'www.x.org', 'a@b.org', '\u00a0', '\u200b']
    let fast = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 30}), (parts) => {
        const chunk = parts.join('')
        const tree = plainParagraphTree(chunk)
        if (tree) {
          fast++
          expect([tree, tree]).toEqual(parsed(chunk))
        }
      }),
      {numRuns: 20000}
    )
    // Enough of the random chunks take the fast path for the agreement to mean something.
    expect(fast).toBeGreaterThan(500)
  })
})
