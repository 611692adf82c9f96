// Which of the dictionary's replacements are safe to put in: blind judges read each replacement
// once, either in real sentences (the calibration half of the judged corpus and `pnpm eval`'s
// corpus, as apply-fixes.js applied it) or, where no such sentence has it, on its own with the
// entry's example. A replacement any judge says NO to is named in the message as an idea but no
// longer inserted (the entry's `ideas`). The held-out half is never read here: fixes.js judges it.
//
//   node test/judged/apply-fixes.js --out /tmp/applied.jsonl
//   node test/judged/swaps.js sample --from /tmp/applied.jsonl --round s1-calibration --judges 4
//   node test/judged/swaps.js score [--round s1-calibration]   # the replacements judged NO
//
// Writes test/judged/swaps/<round>/items.json and batch-<judge>.md (git-ignored: the batches
// quote the documents); judges answer in verdicts-<judge>.json beside them.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parse} from 'yaml'
import {here, loadCorpus, root, rubric, seeded, shuffle} from './lib.js'

const swapsDir = join(here, 'swaps')
const argv = process.argv.slice(2)
const command = argv[0]
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)

const sentenceQuestion =
  'Each item in this part shows one sentence from a real document before and after a writing checker changed some of its words (the changed words are marked [[like this]]). ' +
  'Answer one question: **is the sentence after the change correct English with the same meaning?** ' +
  'YES if it is grammatical and says what the original said, for the reader it was written for. ' +
  'NO if the change breaks the grammar, changes, narrows, weakens or loses the meaning, or reads wrongly in context. ' +
  'Whether the change was worth making does not matter here.'

const wordQuestion =
  'Each item in this part shows a word or phrase that a writing checker flags in UK council and NHS writing, and a replacement it would put in its place, with an example sentence. ' +
  'Answer one question: **would the replacement, put in place of the flagged words, read as correct English with the same meaning in almost every sentence where those words appear in such writing?** ' +
  'YES if it is a safe swap: same meaning, same grammar, in practically every use. ' +
  'NO if it would often break the grammar, change, narrow or weaken the meaning, fit only some senses of the words, or read oddly. ' +
  'Whether the change is worth making does not matter here.'

/** The dictionary's replacements, by `term|replacement` in lower case: each entry's and pattern's alternatives. */
function dictionaryPairs() {
  const pairs = new Map()
  for (const name of ['council', 'nhs', 'plain-english', 'inclusive']) {
    for (const entry of parse(readFileSync(join(root, 'dictionaries', `${name}.yml`), 'utf8'))) {
      if (entry.action === 'explain' || entry.severity === 'off') continue
      for (const alternative of entry.alternatives ?? []) {
        pairs.set(`${entry.term}|${alternative}`.toLowerCase(), {file: name, term: entry.term, replacement: alternative, example: entry.examples?.bad})
      }
    }
  }
  for (const entry of parse(readFileSync(join(root, 'dictionaries', 'simpler-words.yml'), 'utf8'))) {
    if (entry.off) continue
    for (const alternative of entry.alternatives ?? []) pairs.set(`${entry.pattern}|${alternative}`.toLowerCase(), {file: 'simpler-words', term: entry.pattern, replacement: alternative})
  }
  return pairs
}

if (command === 'sample') sample()
else if (command === 'score') score()
else throw new Error('Say what to do: swaps.js sample --from FILE --round NAME | swaps.js score')

function sample() {
  const from = option('--from')
  const round = option('--round')
  if (!from || !round) throw new Error('Give --from (the output of apply-fixes.js) and --round')
  const judges = Number(option('--judges', 4))
  const perPair = Number(option('--per-pair', 2))
  const random = seeded(Number(option('--seed', 7)))
  const dir = join(swapsDir, round)
  if (existsSync(join(dir, 'items.json'))) throw new Error(`Round ${round} exists already: judged rounds are never drawn again`)

  const documents = new Map(loadCorpus().documents.map((doc) => [doc.id, doc]))
  const calibration = (id) => id.startsWith('eval/') || documents.get(id)?.half === 'calibration'
  const applied = readFileSync(from, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((fix) => calibration(fix.doc))
  // What earlier rounds judged is not asked again: a sentence already read, a replacement already judged on its own.
  const judgedBefore = new Set()
  for (const name of existsSync(swapsDir) ? readdirSync(swapsDir) : []) {
    const file = join(swapsDir, name, 'items.json')
    if (!existsSync(file)) continue
    for (const item of JSON.parse(readFileSync(file, 'utf8')).items) {
      judgedBefore.add(item.kind === 'word' ? `word|${item.term}|${item.replacement}`.toLowerCase() : `${item.doc}|${item.term}|${item.replacement}|${item.before ?? item.id}`.toLowerCase())
      if (item.kind === 'sentence') judgedBefore.add(`word|${item.term}|${item.replacement}`.toLowerCase())
    }
  }
  // Up to `perPair` distinct sentences for each replacement of each entry.
  const byPair = new Map()
  for (const fix of shuffle(applied, random)) {
    if (judgedBefore.has(`${fix.doc}|${fix.term}|${fix.replacement}|${fix.before}`.toLowerCase())) continue
    const key = `${fix.term}|${fix.replacement}`.toLowerCase()
    const list = byPair.get(key) ?? []
    if (list.length < perPair && !list.some((other) => other.before === fix.before)) list.push(fix)
    byPair.set(key, list)
  }
  const sentenceItems = [...byPair.values()].flat().map((fix) => ({kind: 'sentence', ...fix}))
  // Dictionary replacements no calibration sentence has: judged on their own.
  // A replacement counts as seen in a sentence in any of its forms ("need", "needs", "a need").
  const stem = (replacement) => replacement.toLowerCase().replace(/^(?:a|an) /, '').slice(0, 4)
  const seen = new Set(sentenceItems.map((item) => `${item.term.toLowerCase()}|${stem(item.replacement)}`))
  const wordItems = [...dictionaryPairs().values()]
    .filter((pair) => !seen.has(`${pair.term.toLowerCase()}|${stem(pair.replacement)}`) && !judgedBefore.has(`word|${pair.term}|${pair.replacement}`.toLowerCase()))
    .map((pair) => ({kind: 'word', ...pair}))
  const items = shuffle([...sentenceItems, ...wordItems], random).map((item, index) => ({id: `${round}-${String(index + 1).padStart(4, '0')}`, ...item}))
  const names = Array.from({length: judges}, (_, index) => `j${index + 1}`)
  items.forEach((item, index) => (item.judge = names[index % judges]))

  const kept = items.map((item) => {
    const doc = documents.get(item.doc)
    if (item.kind === 'word' || !doc || doc.textCommitted) return item
    const {before, after, marked, ...rest} = item
    return rest
  })
  mkdirSync(dir, {recursive: true})
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {encoding: 'utf8'}).trim()
  writeFileSync(join(dir, 'items.json'), JSON.stringify({round, commit, created: new Date().toISOString().slice(0, 10), items: kept}, null, 1) + '\n')
  for (const judge of names) {
    const mine = items.filter((item) => item.judge === judge)
    const sentences = mine.filter((item) => item.kind === 'sentence')
    const words = mine.filter((item) => item.kind === 'word')
    const lines = [rubric().trim(), '', '---', '', `# Your items (${mine.length})`, '', `Answer in a file named \`verdicts-${judge}.json\` beside this one: a JSON array with one object per item,`, '`{"item": "<item id>", "verdict": "YES" | "NO", "reason": "<under 15 words>"}`, every item exactly once.', '']
    lines.push(`## Part 1: sentences (${sentences.length})`, '', sentenceQuestion, '')
    for (const item of sentences) {
      const doc = documents.get(item.doc)
      const about = doc ? `${(doc.kindLabel ?? doc.kind).replace(/-/g, ' ')} from ${doc.organisation}` : 'a council or NHS document'
      lines.push(`### ${item.id}`, '', `Document: ${about}.`, '', 'Before:', '', '```text', item.before.replace(/```/g, "'''"), '```', '', 'After:', '', '```text', (item.marked ?? item.after).replace(/```/g, "'''"), '```', '')
    }
    lines.push(`## Part 2: replacements on their own (${words.length})`, '', wordQuestion, '')
    for (const item of words) {
      lines.push(`- **${item.id}**: “${item.term}” → “${item.replacement}”${item.example ? `. Example: ${item.example}` : ''}`)
    }
    writeFileSync(join(dir, `batch-${judge}.md`), lines.join('\n') + '\n')
  }
  process.stderr.write(`${round}: ${sentenceItems.length} sentence items and ${wordItems.length} replacements on their own, in ${judges} batches under ${dir}\n`)
}

function score() {
  const only = option('--round')
  const verdictsFor = new Map()
  for (const name of existsSync(swapsDir) ? readdirSync(swapsDir).sort() : []) {
    if (only && name !== only) continue
    const dir = join(swapsDir, name)
    if (!existsSync(join(dir, 'items.json'))) continue
    const {items} = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8'))
    const byId = new Map(items.map((item) => [item.id, item]))
    for (const file of readdirSync(dir).filter((file) => /^verdicts-.+\.json$/.test(file))) {
      for (const verdict of JSON.parse(readFileSync(join(dir, file), 'utf8'))) {
        const item = byId.get(verdict.item)
        if (!item) continue
        const pair = `${item.term}|${item.replacement}`.toLowerCase()
        verdictsFor.set(pair, [...(verdictsFor.get(pair) ?? []), {...verdict, kind: item.kind, term: item.term, replacement: item.replacement}])
      }
    }
  }
  const no = [...verdictsFor].filter(([, verdicts]) => verdicts.some((verdict) => verdict.verdict === 'NO'))
  console.log(`${verdictsFor.size} replacements judged; ${verdictsFor.size - no.length} safe, ${no.length} not safe to put in:`)
  for (const [pair, verdicts] of no.sort()) console.log(`  ${pair.replace('|', ' → ')}: ${verdicts.map((verdict) => `${verdict.verdict} (${verdict.kind}: ${verdict.reason})`).join('; ')}`)
}
