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
 * so no paragraph is served from the previous run's cache.
 */
export function plainspeakChecker({entries, name = 'plainspeak'} = {}) {
  const options = {format: 'markdown'}
  if (entries) {
    options.builtinDictionary = false
    options.dictionaries = [generatedDictionary(entries)]
  }
  return {name, run: (text) => new Checker(options).check(text)}
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
