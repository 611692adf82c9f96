// Writes an editor's batch for marking whole documents without seeing the findings (JUDGING.md,
// part 2): the rubric word for word, then each document's text as the engine reads it. The
// editor's answer is recorded with add-marks.js.
//
//   node test/judged/marks-batch.js --out /tmp/marks-e3 --audience board doc-id doc-id …
//   node test/judged/marks-batch.js --out /tmp/marks-e3 --audience board --half calibration
//     (every available document of that audience in that half)
//
// The batch quotes the documents, so it is written outside the repository.
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {loadCorpus, readers, rubric} from './lib.js'

const argv = process.argv.slice(2)
const named = new Set(['--out', '--audience', '--half'])
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const out = option('--out')
const audience = option('--audience')
const half = option('--half')
const ids = argv.filter((arg, index) => !arg.startsWith('--') && !named.has(argv[index - 1]))
if (!out || !audience || (ids.length === 0 && !half)) {
  throw new Error('Usage: node test/judged/marks-batch.js --out DIR --audience AUDIENCE (--half HALF | DOC-ID …)')
}

const documents = loadCorpus().documents
const chosen = ids.length > 0
  ? ids.map((id) => {
      const doc = documents.find((candidate) => candidate.id === id)
      if (!doc?.available) throw new Error(`${id}: not in the corpus, or its text is not here`)
      return doc
    })
  : documents.filter((doc) => doc.available && doc.half === half && doc.audience === audience)

const lines = [
  rubric().trim(),
  '',
  '---',
  '',
  `# Your documents (${chosen.length}): Part 2, an editor's own marks`,
  '',
  'Mark each whole document as Part 2 of the rubric says. Answer in a file named marks.json beside this one: a JSON array with one object per document, {"doc": "<document id>", "marks": [{"kind": "acronym|word|sentence|passive|other", "priority": "must|should", "quote": "<the exact words, at most 12, copied exactly from the text>", "count": <how many times>, "why": "<short reason; for word, the plainer wording>"}]}.',
  ''
]
for (const doc of chosen) {
  lines.push(
    `## Document ${doc.id}`,
    '',
    `- What it is: ${(doc.kindLabel ?? doc.kind).replace(/-/g, ' ')} from ${doc.organisation}, “${doc.title}”; read by ${readers[audience] ?? readers[doc.audience]}.`,
    `- Audience: ${audience}`,
    '',
    '````text',
    doc.text.trim().replace(/````/g, "'''"),
    '````',
    ''
  )
}
mkdirSync(out, {recursive: true})
writeFileSync(join(out, 'batch.md'), lines.join('\n'))
process.stderr.write(`${chosen.length} documents, ${chosen.reduce((sum, doc) => sum + (doc.words ?? 0), 0)} words, in ${join(out, 'batch.md')}\n`)
