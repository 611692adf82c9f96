import {readdirSync, readFileSync} from 'node:fs'
import type {Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextReadability from 'retext-readability'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the benchmark corpus is plain JavaScript.
import {corpus} from '../../../test/bench/corpus.js'
import {check, formatFromPath, ruleIds, type Format} from '../src/index.js'
import {createLexicon} from '../src/lib/acronyms/lexicon.js'
import {BlockAnalysis} from '../src/lib/analysis/block-analysis.js'
import {TermMatcher} from '../src/lib/dictionary/matcher.js'
import {parseHtml} from '../src/lib/document/html.js'
import {parseMarkdown} from '../src/lib/document/markdown.js'
import {parsePlainText} from '../src/lib/document/plain-text.js'
import {splitLongBlocks} from '../src/lib/document/split.js'
import {sentenceReadingAge} from '../src/lib/analysis/sentence-reading-age.js'

// The readability rule does not run retext-readability on each sentence: it
// works out the median of the same seven measures itself. These tests run
// retext-readability side by side with it on realistic text (every document
// of the evaluation corpus and 20,000 words of the benchmark prose) and
// require the same verdict on every prose sentence at every age.

const corpusFolder = new URL('../../../test/eval/corpus/', import.meta.url)
const documents: Array<{name: string; format: Format; text: string}> = [
  ...readdirSync(corpusFolder)
    .filter((name) => !name.endsWith('.yml'))
    .sort()
    .map((name) => ({name, format: formatFromPath(name) as Format, text: readFileSync(new URL(name, corpusFolder), 'utf8')})),
  {name: 'benchmark prose', format: 'markdown', text: (corpus(20000) as {text: string}).text}
]
const parsers = {markdown: parseMarkdown, text: parsePlainText, html: parseHtml}
const matcher = new TermMatcher([])
const lexicon = createLexicon(new Map())

/** Every prose sentence of a document, as the readability rule sees it, with its place in the document. */
function proseSentences(text: string, format: Format): Array<{start: number; words: number; node: Sentence}> {
  const found: Array<{start: number; words: number; node: Sentence}> = []
  for (const block of splitLongBlocks(parsers[format](text).blocks)) {
    const analysis = new BlockAnalysis(block, matcher, lexicon)
    for (const sentence of analysis.proseSentences) found.push({start: block.start + sentence.start, words: sentence.words, node: sentence.node})
  }
  return found
}

/** Whether retext-readability itself calls the sentence hard for readers of `age`. */
function retextReadabilityFlags(node: Sentence, age: number): boolean {
  const file = new VFile()
  retextReadability({age, minWords: 0, threshold: 4 / 7})({type: 'RootNode', children: [{type: 'ParagraphNode', children: [node]}]}, file)
  return file.messages.length > 0
}

describe('the readability rule and retext-readability, side by side', () => {
  it('agree on every prose sentence of the evaluation corpus and the benchmark prose, at every age', () => {
    let sentences = 0
    const ages = new Set<number>()
    for (const {name, format, text} of documents) {
      for (const {node} of proseSentences(text, format)) {
        const {age} = sentenceReadingAge(node)
        ages.add(age)
        // retext-readability flags for age A when at least four of seven measures are above A,
        // which can only stop as A grows: so agreeing just below and at the median is agreeing at every age.
        expect([name, toString(node), retextReadabilityFlags(node, age - 1), retextReadabilityFlags(node, age)]).toEqual([name, toString(node), true, false])
        sentences++
      }
    }
    expect(sentences).toBeGreaterThan(1200)
    expect(Math.min(...ages)).toBeLessThan(8)
    expect(Math.max(...ages)).toBeGreaterThan(30)
  })

  it('report exactly the sentences retext-readability flags at the target plus the margin', () => {
    const rules = Object.fromEntries(ruleIds.map((id) => [id, id === 'readability' ? 'warning' : 'off']))
    let findings = 0
    for (const audience of ['public', 'board'] as const) {
      const target = {public: 9, board: 12}[audience] + 12
      for (const {format, text} of documents) {
        const expected = proseSentences(text, format)
          .filter(({words, node}) => words >= 20 && (words > 80 || retextReadabilityFlags(node, target)))
          .map(({start}) => start)
        const ours = check(text, {format, audience, rules, suggestions: true}).messages.map((message) => message.place.start.offset)
        expect(ours).toEqual(expected)
        findings += ours.length
      }
    }
    expect(findings).toBeGreaterThan(20)
  })
})
