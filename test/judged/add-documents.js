// Adds documents to the judged corpus from a gathering folder (a manifest.json and text/<id>.md
// per document), and assigns each new document to a half by its id alone, so that no one
// chooses which documents are held out:
//   half = calibration when the first hex digit of SHA-256(id) is 0–7, else held-out.
// Texts whose licence allows it (Open Government Licence, MIT, CC BY) are copied to texts/ and
// committed with their source; the others go to .texts/ (git-ignored), and only their pointer
// (repository, commit, path, SHA-256 of the source and of the extracted text) is committed.
//
//   node test/judged/add-documents.js /path/to/gathering-folder
import {copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {corpusPath, here, sha256, textsDir} from './lib.js'

const from = process.argv[2]
if (!from) throw new Error('Give the folder that holds manifest.json and text/')
const incoming = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'))
const corpus = existsSync(corpusPath) ? JSON.parse(readFileSync(corpusPath, 'utf8')) : {documents: []}
const known = new Set(corpus.documents.map((doc) => doc.id))
const open = /^(OGL|MIT|CC-BY)/i
const privateDir = join(here, '.texts')
mkdirSync(textsDir, {recursive: true})
mkdirSync(privateDir, {recursive: true})
let added = 0
for (const doc of incoming) {
  if (known.has(doc.id)) continue
  const text = readFileSync(join(from, 'text', `${doc.id}.md`), 'utf8')
  const committed = open.test(doc.licence ?? '')
  copyFileSync(join(from, 'text', `${doc.id}.md`), join(committed ? textsDir : privateDir, `${doc.id}.md`))
  corpus.documents.push({
    ...doc,
    half: Number.parseInt(sha256(doc.id)[0], 16) < 8 ? 'calibration' : 'held-out',
    textSha256: sha256(text),
    textCommitted: committed
  })
  added++
}
corpus.documents.sort((a, b) => a.id.localeCompare(b.id))
writeFileSync(corpusPath, JSON.stringify(corpus, null, 1) + '\n')
process.stderr.write(`${added} documents added; ${corpus.documents.length} in the corpus\n`)
