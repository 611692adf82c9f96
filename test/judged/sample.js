// Draws a round of findings for blind judges: a uniform sample, with a fixed seed, of the
// findings a user sees at each audience on one half of the corpus, a quarter of them for two
// judges, written as one batch per judge (the rubric word for word, then the items).
//
//   node test/judged/sample.js --round r1-calibration --half calibration --per-audience 300 --judges 6
//   options: --view default|suggestions|all (suggestions: the suggestions tier alone; all: both tiers)
//            --per-audience 300, or per audience: --per-audience board=300,public=150
//            --seed N (default 1) --double 0.25 --audiences board,public
//            --unjudged (only findings no earlier round judged: after the default view changed)
//
// Writes test/judged/rounds/<round>/items.json and batch-<judge>.md. Judges answer in
// verdicts-<judge>.json beside them: [{"item": "…", "verdict": "ACT|MEH|WRONG", "reason": "…"}].
// Batches quote the documents, so they are git-ignored; items.json keeps a document's words only
// where its licence allows (see keptItem).
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {engine, findingKey, findingsOf, judgedAudiences, keptItem, loadCorpus, loadRounds, paragraphAround, readers, roundsDir, rubric, seeded, shuffle} from './lib.js'

const argv = process.argv.slice(2)
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback)
const round = option('--round')
if (!round) throw new Error('Give the round a name: --round r1-calibration')
const half = option('--half', 'calibration')
const view = option('--view', 'default')
const perAudienceOption = option('--per-audience', '300')
const perAudience = (audience) => {
  if (/^\d+$/.test(perAudienceOption)) return Number(perAudienceOption)
  const given = new Map(perAudienceOption.split(',').map((pair) => pair.split('=')))
  if (!given.has(audience)) throw new Error(`--per-audience names no size for ${audience}`)
  return Number(given.get(audience))
}
const judges = Number(option('--judges', 6))
const double = Number(option('--double', 0.25))
const seed = Number(option('--seed', 1))
const audiences = option('--audiences', judgedAudiences.join(',')).split(',')
const judgedBefore = new Set(argv.includes('--unjudged') ? loadRounds().flatMap((earlier) => earlier.items.map(findingKey)) : [])

const dir = join(roundsDir, round)
if (existsSync(join(dir, 'items.json'))) throw new Error(`Round ${round} exists already: judged rounds are never drawn again`)

const core = await engine()
const corpus = loadCorpus()
const documents = corpus.documents.filter((doc) => doc.available && (half === 'all' || doc.half === half))
const random = seeded(seed)

const items = []
for (const audience of audiences) {
  // The documents judged at this audience: those written for it.
  const pool = []
  for (const doc of documents.filter((item) => item.audience === audience)) {
    const {findings} = findingsOf(core, doc, audience, {suggestions: view !== 'default'})
    for (const finding of findings) {
      const isSuggestion = Boolean(finding.suggestion)
      const inView = view === 'all' || (view === 'default' ? !isSuggestion : isSuggestion)
      if (inView && !judgedBefore.has(findingKey(finding))) pool.push({finding, doc})
    }
  }
  for (const {finding, doc} of shuffle(pool, random).slice(0, perAudience(audience))) {
    items.push({
      doc: doc.id,
      audience,
      ruleId: finding.ruleId,
      severity: finding.severity,
      tier: finding.suggestion ? 'suggestion' : 'default',
      offset: finding.offset,
      endOffset: finding.endOffset,
      actual: finding.actual,
      reason: finding.reason,
      note: finding.note,
      strata: finding.strata,
      paragraph: paragraphAround(doc.text, finding.offset, finding.endOffset)
    })
  }
}

// Item ids carry no order that gives anything away; judges get a shuffled share each.
const shuffled = shuffle(items, random).map((item, index) => ({id: `${round}-${String(index + 1).padStart(4, '0')}`, ...item, judges: []}))
const judgeNames = Array.from({length: judges}, (_, index) => `j${index + 1}`)
shuffled.forEach((item, index) => item.judges.push(judgeNames[index % judges]))
const doubles = shuffle(shuffled, random).slice(0, Math.ceil(shuffled.length * double))
for (const item of doubles) {
  const first = judgeNames.indexOf(item.judges[0])
  item.judges.push(judgeNames[(first + 1 + Math.floor(random() * (judges - 1))) % judges])
}

mkdirSync(dir, {recursive: true})
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {encoding: 'utf8'}).trim()
const documentsById = new Map(corpus.documents.map((doc) => [doc.id, doc]))
const kept = shuffled.map((item) => keptItem(item, documentsById.get(item.doc)))
writeFileSync(join(dir, 'items.json'), JSON.stringify({round, commit, created: new Date().toISOString().slice(0, 10), half, view, seed, items: kept}, null, 1) + '\n')

for (const judge of judgeNames) {
  const mine = shuffled.filter((item) => item.judges.includes(judge))
  const lines = [
    rubric().trim(),
    '',
    '---',
    '',
    `# Your items (${mine.length})`,
    '',
    `Answer in a file named \`verdicts-${judge}.json\` beside this one: a JSON array with one object per item,`,
    '`{"item": "<item id>", "verdict": "ACT" | "MEH" | "WRONG", "reason": "<under 20 words>"}`, every item exactly once.',
    ''
  ]
  for (const item of mine) {
    const doc = documentsById.get(item.doc)
    lines.push(
      `## ${item.id}`,
      '',
      `- Document: ${(doc.kindLabel ?? doc.kind).replace(/-/g, " ")} from ${doc.organisation}, “${doc.title}”; read by ${readers[doc.audience]}.`,
      `- Audience the tool was told: ${item.audience}`,
      `- Finding: ${item.reason}`,
      `- Note: ${item.note}`,
      '',
      '```text',
      item.paragraph.replace(/```/g, "'''"),
      '```',
      ''
    )
  }
  writeFileSync(join(dir, `batch-${judge}.md`), lines.join('\n'))
}
process.stderr.write(`${round}: ${shuffled.length} items (${doubles.length} for two judges) in ${judges} batches under ${dir}\n`)
