// Applied fixes, judged blind: is the sentence after the change still correct English with the
// same meaning? Draws a uniform sample (fixed seed) of the fixes that apply-fixes.js applied,
// a quarter of them for a second judge, and scores the answers.
//
//   node test/judged/apply-fixes.js --out /tmp/applied.jsonl
//   node test/judged/fixes.js sample --from /tmp/applied.jsonl --round f1-applied --size 220 --judges 2
//   node test/judged/fixes.js sample --from /tmp/applied.jsonl --round f2-held-out --half held-out
//   … --seen-in f2-held-out   (marks the terms an earlier round judged in the same document, scored apart too)
//     (only the held-out half's documents: swaps.js tunes the replacements on the other half)
//   node test/judged/fixes.js score            # every round under fixes/
//
// Writes test/judged/fixes/<round>/items.json and batch-<judge>.md; judges answer in
// verdicts-<judge>.json beside them: [{"item": "…", "verdict": "YES" | "NO", "reason": "…"}].
// Batches quote the documents, so they are git-ignored; items.json keeps a document's words only
// where its licence allows.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {here, loadCorpus, rubric, seeded, shuffle, wilson} from './lib.js'

const fixesDir = join(here, 'fixes')
const argv = process.argv.slice(2)
const command = argv[0]
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)

const question =
  'For each item you see one sentence from a real document before and after a writing checker changed some of its words (the changed words are marked [[like this]]). ' +
  'Answer one question: **is the sentence after the change correct English with the same meaning?** ' +
  'YES if it is grammatical and says what the original said, for the reader it was written for. ' +
  'NO if the change breaks the grammar, changes or loses the meaning, or reads wrongly in context. ' +
  'Whether the change was worth making does not matter here.'

if (command === 'sample') sample()
else if (command === 'score') score()
else throw new Error('Say what to do: fixes.js sample --from FILE --round NAME | fixes.js score')

function sample() {
  const from = option('--from')
  const round = option('--round')
  if (!from || !round) throw new Error('Give --from (the output of apply-fixes.js) and --round')
  const size = Number(option('--size', 220))
  const judges = Number(option('--judges', 2))
  const double = Number(option('--double', 0.25))
  const random = seeded(Number(option('--seed', 1)))
  const dir = join(fixesDir, round)
  if (existsSync(join(dir, 'items.json'))) throw new Error(`Round ${round} exists already: judged rounds are never drawn again`)

  const half = option('--half')
  const halves = new Map(loadCorpus().documents.map((doc) => [doc.id, doc.half]))
  const applied = readFileSync(from, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line))
    .filter((fix) => !half || halves.get(fix.doc) === half)
  // One judged item per distinct change in its sentence: the same swap in the same sentence at
  // two audiences is one question.
  const seen = new Set()
  const pool = applied.filter((fix) => {
    const key = `${fix.doc}|${fix.before}|${fix.after}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
  const chosen = shuffle(pool, random).slice(0, size)
  // A term whose fixes in this document an earlier round judged, after which the engine was
  // changed: scored apart as well, since that round's verdicts were read.
  const seenIn = option('--seen-in')
  const judgedBefore = new Set(
    (seenIn ? seenIn.split(',') : []).flatMap((name) => JSON.parse(readFileSync(join(fixesDir, name, 'items.json'), 'utf8')).items.map((item) => `${item.doc}|${item.term}`))
  )
  const items = chosen.map((fix, index) => ({id: `${round}-${String(index + 1).padStart(4, '0')}`, ...fix, ...(judgedBefore.has(`${fix.doc}|${fix.term}`) ? {seenBefore: true} : {}), judges: []}))
  const names = Array.from({length: judges}, (_, index) => `j${index + 1}`)
  items.forEach((item, index) => item.judges.push(names[index % judges]))
  for (const item of shuffle(items, random).slice(0, Math.ceil(items.length * double))) {
    const first = names.indexOf(item.judges[0])
    item.judges.push(names[(first + 1 + Math.floor(random() * (judges - 1))) % judges])
  }

  const documents = new Map(loadCorpus().documents.map((doc) => [doc.id, doc]))
  const kept = items.map((item) => {
    const doc = documents.get(item.doc)
    if (!doc || doc.textCommitted) return item
    const {before, after, marked, actual, replacement, ...rest} = item
    return rest
  })
  mkdirSync(dir, {recursive: true})
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {encoding: 'utf8'}).trim()
  writeFileSync(join(dir, 'items.json'), JSON.stringify({round, commit, created: new Date().toISOString().slice(0, 10), pool: pool.length, items: kept}, null, 1) + '\n')
  for (const judge of names) {
    const mine = items.filter((item) => item.judges.includes(judge))
    const lines = [rubric().trim(), '', '---', '', `# Your items (${mine.length})`, '', question, '', `Answer in a file named \`verdicts-${judge}.json\` beside this one: a JSON array with one object per item,`, '`{"item": "<item id>", "verdict": "YES" | "NO", "reason": "<under 20 words>"}`, every item exactly once.', '']
    for (const item of mine) {
      const doc = documents.get(item.doc)
      lines.push(`## ${item.id}`, '', doc ? `- Document: ${(doc.kindLabel ?? doc.kind).replace(/-/g, ' ')} from ${doc.organisation}, “${doc.title}”.` : '- Document: a council or NHS document.', '', 'Before:', '', '```text', item.before.replace(/```/g, "'''"), '```', '', 'After:', '', '```text', (item.marked ?? item.after).replace(/```/g, "'''"), '```', '')
    }
    writeFileSync(join(dir, `batch-${judge}.md`), lines.join('\n'))
  }
  process.stderr.write(`${round}: ${items.length} items from ${pool.length} distinct applied fixes, in ${judges} batches under ${dir}\n`)
}

function score() {
  if (!existsSync(fixesDir)) return
  for (const name of readdirSync(fixesDir).sort()) {
    const dir = join(fixesDir, name)
    if (!existsSync(join(dir, 'items.json'))) continue
    const {items} = JSON.parse(readFileSync(join(dir, 'items.json'), 'utf8'))
    const verdicts = readdirSync(dir)
      .filter((file) => /^verdicts-.+\.json$/.test(file))
      .flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')).map((verdict) => ({...verdict, judge: file.replace(/^verdicts-|\.json$/g, '')})))
    const byItem = new Map()
    for (const verdict of verdicts) byItem.set(verdict.item, [...(byItem.get(verdict.item) ?? []), verdict])
    // An item counts as correct when every judge who read it said YES (the strict reading).
    const judged = items.filter((item) => byItem.has(item.id))
    const yes = judged.filter((item) => byItem.get(item.id).every((verdict) => verdict.verdict === 'YES')).length
    const pairs = judged.map((item) => byItem.get(item.id)).filter((pair) => pair.length === 2)
    const same = pairs.filter(([a, b]) => a.verdict === b.verdict).length
    const {low, high} = wilson(yes, judged.length)
    const percent = (value) => `${(100 * value).toFixed(1)}%`
    console.log(`${name}: ${judged.length} applied fixes judged; correct English with the same meaning: ${yes} (${percent(yes / judged.length)}, 95% ${percent(low)}–${percent(high)}); two judges on ${pairs.length}, agreeing on ${same} (${pairs.length ? percent(same / pairs.length) : 'n/a'})`)
    const byRule = new Map()
    for (const item of judged) {
      const rule = item.rule ?? item.ruleId ?? 'unknown'
      const entry = byRule.get(rule) ?? {n: 0, yes: 0}
      entry.n++
      if (byItem.get(item.id).every((verdict) => verdict.verdict === 'YES')) entry.yes++
      byRule.set(rule, entry)
    }
    for (const [rule, {n, yes: ok}] of byRule) console.log(`  ${rule}: ${ok}/${n}`)
    const unseen = judged.filter((item) => !item.seenBefore)
    if (unseen.length < judged.length) {
      const unseenYes = unseen.filter((item) => byItem.get(item.id).every((verdict) => verdict.verdict === 'YES')).length
      const bounds = wilson(unseenYes, unseen.length)
      console.log(`  terms no earlier round judged in that document: ${unseenYes}/${unseen.length} (${(100 * unseenYes / unseen.length).toFixed(1)}%, 95% ${(100 * bounds.low).toFixed(1)}%–${(100 * bounds.high).toFixed(1)}%)`)
    }
    for (const item of judged.filter((entry) => !byItem.get(entry.id).every((verdict) => verdict.verdict === 'YES'))) {
      console.log(`  NO ${item.id} ${item.doc} ${item.term ?? ''} → ${item.replacement ?? ''}: ${byItem.get(item.id).map((verdict) => `${verdict.judge} ${verdict.verdict} (${verdict.reason})`).join('; ')}`)
    }
  }
}
