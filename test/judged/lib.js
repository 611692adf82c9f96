// The judged evaluation's shared pieces: the corpus of real published documents, the engine's
// findings on them, the strata a verdict counts for (rule, entry, severity band), seeded
// sampling, and the statistics (Wilson intervals, Cohen's kappa). How it works: README.md.
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const here = dirname(fileURLToPath(import.meta.url))
export const root = join(here, '..', '..')
export const corpusPath = join(here, 'corpus.json')
export const textsDir = join(here, 'texts')
/** Texts whose licence does not allow keeping them in the repository: a local copy, never committed. */
export const privateTextsDir = join(here, '.texts')
export const roundsDir = join(here, 'rounds')
export const marksDir = join(here, 'marks')

/** The audiences the corpus is judged at: each document at the audience it was written for. */
export const judgedAudiences = ['board', 'public', 'patient']

/** Who reads each kind of document, as judges and editors are told. */
export const readers = {
  board: 'councillors, NHS board members and senior officers',
  public: 'residents, patients, parents and carers',
  patient: 'patients (or the parents and carers of child patients) reading about their own care',
  staff: 'officers and clinicians'
}

/** The rubric, word for word: every judge's brief. */
export function rubric() {
  const shared = [join(root, '..', 'shared', 'JUDGING.md'), join(here, 'JUDGING.md')]
  const file = shared.find((candidate) => existsSync(candidate))
  if (!file) throw new Error('JUDGING.md not found beside the checkout (../shared/JUDGING.md) or in test/judged/')
  return readFileSync(file, 'utf8')
}

/** The corpus: documents with their source, licence, audience and half. */
export function loadCorpus() {
  const corpus = JSON.parse(readFileSync(corpusPath, 'utf8'))
  for (const doc of corpus.documents) {
    const file = [join(textsDir, `${doc.id}.md`), join(privateTextsDir, `${doc.id}.md`)].find((candidate) => existsSync(candidate))
    const text = file ? readFileSync(file, 'utf8') : undefined
    // A local copy that is not the text judged would move every offset: it counts as missing.
    doc.available = text !== undefined && (!doc.textSha256 || sha256(text) === doc.textSha256)
    if (doc.available) doc.text = text
  }
  return corpus
}

/** The built engine (run `pnpm build` first). */
export async function engine() {
  const core = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href)
  return core
}

/** Prose words, as the engine counts them for the document's statistics. */
export function wordsOf(result) {
  return result.stats?.words ?? 0
}

/**
 * The engine's findings on one document at one audience, as plain JSON, each with its strata.
 * `suggestions` asks for the suggestions tier too (each then says which tier it is in).
 */
export function findingsOf(core, doc, audience, {suggestions = false} = {}) {
  const result = core.check(doc.text, {format: 'markdown', audience, suggestions})
  const findings = result.messages.map((message) => {
    const json = core.messageToJson(message)
    return {...json, doc: doc.id, audience, strata: core.findingStrata(json)}
  })
  return {findings, words: wordsOf(result)}
}

/** A finding's identity across runs: document, audience, rule and offsets (each text is pinned by its SHA-256). */
export function findingKey(finding) {
  return `${finding.doc}|${finding.audience}|${finding.ruleId}|${finding.offset}|${finding.endOffset}`
}

/**
 * What of an item may be kept in the repository: everything where the document's text is kept
 * (its licence allows it), else only its place and kind, never the document's words.
 */
export function keptItem(item, doc) {
  if (doc.textCommitted) return item
  const {actual, reason, note, paragraph, ...kept} = item
  return kept
}

/** The paragraph around a finding, with the flagged words marked [[like this]]. */
export function paragraphAround(text, start, end, limit = 1400) {
  let from = text.lastIndexOf('\n\n', start)
  from = from < 0 ? 0 : from + 2
  let to = text.indexOf('\n\n', end)
  to = to < 0 ? text.length : to
  if (start - from > limit / 2) from = text.lastIndexOf(' ', start - limit / 2) + 1
  if (to - end > limit / 2) to = text.indexOf(' ', end + limit / 2) < 0 ? to : text.indexOf(' ', end + limit / 2)
  const before = text.slice(from, start)
  const after = text.slice(end, to)
  return `${from > 0 && text[from - 1] !== '\n' ? '…' : ''}${before}[[${text.slice(start, end)}]]${after}${to < text.length && text[to] !== '\n' ? '…' : ''}`.trim()
}

/** A small seeded random number generator (mulberry32), so a sample can be drawn again. */
export function seeded(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffle(items, random) {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[copy[index], copy[other]] = [copy[other], copy[index]]
  }
  return copy
}

/** Wilson score interval for a proportion, 95%. */
export function wilson(successes, total) {
  if (total === 0) return {rate: null, low: null, high: null}
  const z = 1.96
  const p = successes / total
  const denominator = 1 + (z * z) / total
  const centre = (p + (z * z) / (2 * total)) / denominator
  const margin = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / denominator
  return {rate: p, low: Math.max(0, centre - margin), high: Math.min(1, centre + margin)}
}

/** Agreement between two judges on the same items: share of same verdicts and Cohen's kappa. */
export function agreement(pairs) {
  const labels = ['ACT', 'MEH', 'WRONG']
  const n = pairs.length
  if (n === 0) return {n: 0, agreement: null, kappa: null}
  const same = pairs.filter(([a, b]) => a === b).length
  const observed = same / n
  let expected = 0
  for (const label of labels) expected += (pairs.filter(([a]) => a === label).length / n) * (pairs.filter(([, b]) => b === label).length / n)
  return {n, agreement: observed, kappa: expected === 1 ? 1 : (observed - expected) / (1 - expected)}
}

/** Every round's items and verdicts: `rounds/<round>/items.json` and `verdicts-*.json`. */
export function loadRounds() {
  if (!existsSync(roundsDir)) return []
  return readdirSync(roundsDir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(roundsDir, entry.name)
      const meta = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8'))
      const verdicts = readdirSync(dir)
        .filter((name) => /^verdicts-.+\.json$/.test(name))
        .flatMap((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).map((verdict) => ({...verdict, judge: verdict.judge ?? name.replace(/^verdicts-|\.json$/g, '')})))
      return {name: entry.name, ...meta, verdicts}
    })
}

export const sha256 = (data) => createHash('sha256').update(data).digest('hex')
