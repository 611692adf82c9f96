// The tools compared. Each has a name and `run(text)`, which checks the text
// the way that tool is normally used.
import {markdown as alexMarkdown} from 'alex'
import retextEnglish from 'retext-english'
import retextEquality from 'retext-equality'
import retextPassive from 'retext-passive'
import retextReadability from 'retext-readability'
import retextSimplify from 'retext-simplify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import writeGood from 'write-good'
import {Checker} from '../../packages/core/dist/index.js'

const parser = unified().use(retextEnglish)
const naive = unified().use(retextEnglish).use(retextReadability).use(retextSimplify).use(retextPassive).use(retextEquality).freeze()

/**
 * Plainspeak with every rule on (the default check). A fresh checker per run,
 * so nothing is served from the previous run's caches and the dictionary is
 * compiled each time, as in a one-off check.
 */
export function plainspeakChecker(format = 'markdown') {
  const options = {format}
  return {name: `plainspeak (${format})`, run: (text) => new Checker(options).check(text)}
}

/**
 * Which Plainspeak run each peer is compared with: alex reads Markdown, the
 * others read plain text, so each ratio compares like with like.
 */
export const comparedWith = (peer) => (peer === 'alex' ? 'plainspeak (markdown)' : 'plainspeak (text)')

/**
 * Plainspeak with a generated dictionary of `entries` entries only. The
 * dictionary is compiled once and the caches are cleared before each run, so
 * the time is the checking, which should not depend on the dictionary's size.
 */
export function plainspeakWithDictionary(entries, name) {
  const checker = new Checker({format: 'markdown', builtinDictionary: false, dictionaries: [generatedDictionary(entries)]})
  return {
    name,
    run: (text) => {
      checker.clearCache()
      return checker.check(text)
    }
  }
}

export const peers = [
  {name: 'alex', run: (text) => alexMarkdown(text)},
  {name: 'write-good', run: (text) => writeGood(text)},
  {name: 'retext-english parse', run: (text) => parser.parse(text)},
  // Parsing paragraph by paragraph keeps parse-latin linear on very long texts.
  {name: 'retext-english parse (by paragraph)', run: (text) => text.split('\n\n').map((paragraph) => parser.parse(paragraph))},
  {
    name: 'naive retext pipeline',
    run: (text) => {
      const file = new VFile(text)
      naive.runSync(naive.parse(file), file)
      return file
    }
  }
]

/** A dictionary of made-up terms, plus a few real ones so matching has work to do. */
function generatedDictionary(size) {
  const terms = []
  for (let index = 0; index < size; index++) {
    const word = `zq${index.toString(36)}x`
    terms.push({term: index % 3 === 0 ? `${word} going` : word, forms: [], alternatives: ['plain'], kind: 'jargon', source: ['bench'], unless: []})
  }
  for (const real of ['government', 'people', 'country', 'public', 'nation']) {
    terms.push({term: real, forms: [], alternatives: ['plain'], kind: 'jargon', source: ['bench'], unless: []})
  }
  return {terms, acronyms: [], wellKnown: {public: [], board: [], staff: []}, sources: {}}
}
