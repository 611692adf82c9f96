// Records an editor's own marks on whole documents (JUDGING.md, part 2), made without seeing
// the findings, for recall. Each mark is kept with its place in the text (every span where its
// quoted words stand); the quote and the editor's reason are kept only where the document's
// licence lets its words be kept.
//
//   node test/judged/add-marks.js marks.json --audience public --editor e1
import {writeFileSync} from 'node:fs'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {loadCorpus, marksDir} from './lib.js'
import {markSpans} from './score.js'

const argv = process.argv.slice(2)
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const [file] = argv
const audience = option('--audience')
const editor = option('--editor')
if (!file || !audience || !editor) throw new Error('Usage: node test/judged/add-marks.js marks.json --audience public --editor e1')
const documents = new Map(loadCorpus().documents.map((doc) => [doc.id, doc]))
for (const {doc: id, marks} of JSON.parse(readFileSync(file, 'utf8'))) {
  const doc = documents.get(id)
  if (!doc?.available) throw new Error(`${id}: not in the corpus, or its text is not here`)
  const kept = marks.map((mark) => {
    const spans = markSpans(doc.text, mark.quote)
    if (spans.length === 0) throw new Error(`${id}: the quote ${JSON.stringify(mark.quote)} is not in the text`)
    return {kind: mark.kind, priority: mark.priority, count: mark.count ?? 1, spans, ...(doc.textCommitted ? {quote: mark.quote, why: mark.why} : {})}
  })
  writeFileSync(join(marksDir, `${id}.${editor}.json`), JSON.stringify({doc: id, audience, editor, marks: kept}, null, 1) + '\n')
  process.stderr.write(`${id}: ${kept.length} marks\n`)
}
