// `pnpm eval:judged`: what readers who did not build Plainspeak made of its findings on real
// published council and NHS documents. Per audience and half (calibration, held-out):
// findings per 1,000 words, ACT/MEH/WRONG with 95% intervals, recall of an editor's marks,
// every rule, entry and band behind the defaults, and the judges' agreement.
//
//   pnpm eval:judged            the tables
//   pnpm eval:judged --json     the figures as JSON (what judged.test.ts holds)
//   pnpm eval:judged --strata   also every rule, entry and band with at least 5 verdicts
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {parse as parseYaml} from 'yaml'
import {agreement, engine, findingKey, findingsOf, here, judgedAudiences, loadCorpus, loadRounds, marksDir, wilson} from './lib.js'

/** The proposed default view (proposed-default-view.yml) as the engine's tables. */
export function proposedTables() {
  const data = parseYaml(readFileSync(join(here, 'proposed-default-view.yml'), 'utf8')) ?? {}
  // Letters to patients take the public rows until a round judges them (as default-view.yml does).
  const rows = (audience) => data[audience] ?? (audience === 'patient' ? data.public : undefined) ?? []
  return Object.fromEntries(['public', 'board', 'staff', 'patient'].map((audience) => [audience, new Map(rows(audience).map((row) => [row.stratum, row.view]))]))
}

const verdictNames = ['ACT', 'MEH', 'WRONG']

/** Rates of a list of verdicts, each with its interval. */
export function rates(verdicts) {
  const n = verdicts.length
  const out = {n}
  for (const name of verdictNames) out[name] = wilson(verdicts.filter((verdict) => verdict === name).length, n)
  return out
}

/** One verdict per item and judge, keyed by the finding it judged. */
export function verdictsByFinding(rounds) {
  const byKey = new Map()
  for (const round of rounds) {
    const items = new Map(round.items.map((item) => [item.id, item]))
    for (const verdict of round.verdicts) {
      const item = items.get(verdict.item)
      if (!item || !verdictNames.includes(verdict.verdict)) continue
      const key = findingKey(item)
      const entry = byKey.get(key) ?? {item, round: round.name, verdicts: []}
      entry.verdicts.push({judge: verdict.judge, verdict: verdict.verdict, round: round.name})
      byKey.set(key, entry)
    }
  }
  return byKey
}

/** An item's verdict for the rates: its first judge's (the second judge's counts for agreement). */
const primary = (entry) => entry.verdicts.find((verdict) => entry.item.judges?.[0] === verdict.judge)?.verdict ?? entry.verdicts[0].verdict

/** Where an editor's mark stands in the text: every place its quoted words appear. */
export function markSpans(text, quote) {
  const normalise = (value) => value.replace(/[‘’]/g, "'").replace(/[“”]/g, '"')
  const haystack = normalise(text)
  const needle = normalise(quote).trim()
  const spans = []
  if (!needle) return spans
  let at = haystack.indexOf(needle)
  while (at >= 0 && spans.length < 50) {
    spans.push([at, at + needle.length])
    at = haystack.indexOf(needle, at + 1)
  }
  if (spans.length === 0) {
    // Quotes may differ in white space or Markdown emphasis: match on words.
    const words = needle.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    const pattern = new RegExp(words.join('[\\s*_]+'), 'g')
    for (const match of haystack.matchAll(pattern)) spans.push([match.index, match.index + match[0].length])
  }
  return spans
}

export async function score() {
  const core = await engine()
  const corpus = loadCorpus()
  const rounds = loadRounds()
  const judged = verdictsByFinding(rounds)
  const marks = existsSync(marksDir) ? readdirSync(marksDir).filter((name) => name.endsWith('.json')).map((name) => JSON.parse(readFileSync(join(marksDir, name), 'utf8'))) : []
  const figures = {documents: corpus.documents.filter((doc) => doc.available).map((doc) => `${doc.id}:${doc.half}`).sort(), audiences: {}, proposed: {}, rounds: {}}
  const tables = proposedTables()

  for (const [target, retier] of [[figures.audiences, undefined], [figures.proposed, tables]])
  for (const audience of judgedAudiences) {
    target[audience] = {}
    for (const half of ['calibration', 'held-out']) {
      const documents = corpus.documents.filter((doc) => doc.available && doc.half === half && doc.audience === audience)
      let words = 0
      let shown = 0
      let suggestions = 0
      const verdicts = []
      const suggestionVerdicts = []
      const strata = new Map()
      const covered = {must: [0, 0], should: [0, 0]}
      const coveredAll = {must: [0, 0], should: [0, 0]}
      for (const doc of documents) {
        const {findings, words: docWords} = findingsOf(core, doc, audience, {suggestions: true})
        // The proposed view: each finding's tier from the proposed table instead of the engine's.
        if (retier) for (const finding of findings) finding.suggestion = core.isSuggestion(finding, audience, retier)
        words += docWords
        for (const finding of findings) {
          const entry = judged.get(findingKey(finding))
          if (finding.suggestion) {
            suggestions++
            if (entry) suggestionVerdicts.push(primary(entry))
            continue
          }
          shown++
          if (!entry) continue
          const verdict = primary(entry)
          verdicts.push(verdict)
          for (const stratum of finding.strata) strata.set(stratum, [...(strata.get(stratum) ?? []), verdict])
        }
        const view = findings.filter((finding) => !finding.suggestion)
        for (const mark of marks.filter((item) => item.doc === doc.id && item.audience === audience).flatMap((item) => item.marks)) {
          if (mark.kind === 'other' || !covered[mark.priority]) continue
          covered[mark.priority][1]++
          const spans = mark.spans ?? markSpans(doc.text, mark.quote)
          if (spans.some(([from, to]) => view.some((finding) => finding.offset < to && finding.endOffset > from))) covered[mark.priority][0]++
          coveredAll[mark.priority][1]++
          if (spans.some(([from, to]) => findings.some((finding) => finding.offset < to && finding.endOffset > from))) coveredAll[mark.priority][0]++
        }
      }
      target[audience][half] = {
        documents: documents.length,
        words,
        findings: shown,
        perThousand: words ? Math.round((shown / words) * 10000) / 10 : null,
        suggestions,
        judged: rates(verdicts),
        suggestionsJudged: rates(suggestionVerdicts),
        recall: {must: {...wilson(covered.must[0], covered.must[1]), found: covered.must[0], marks: covered.must[1]}, should: {...wilson(covered.should[0], covered.should[1]), found: covered.should[0], marks: covered.should[1]}},
        recallWithSuggestions: {must: {found: coveredAll.must[0], marks: coveredAll.must[1]}, should: {found: coveredAll.should[0], marks: coveredAll.should[1]}},
        strata: Object.fromEntries([...strata].filter(([, list]) => list.length >= 5).sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => [name, rates(list)]))
      }
    }
  }

  for (const round of rounds) {
    const items = new Map(round.items.map((item) => [item.id, item]))
    const byItem = new Map()
    for (const verdict of round.verdicts) if (items.has(verdict.item) && verdictNames.includes(verdict.verdict)) byItem.set(verdict.item, [...(byItem.get(verdict.item) ?? []), verdict])
    const pairs = [...byItem.values()].filter((list) => list.length >= 2).map((list) => [list[0].verdict, list[1].verdict])
    const perAudience = {}
    for (const audience of judgedAudiences) {
      const list = [...byItem].filter(([id]) => items.get(id).audience === audience).map(([id, verdicts]) => (verdicts.find((verdict) => verdict.judge === items.get(id).judges[0]) ?? verdicts[0]).verdict)
      if (list.length) perAudience[audience] = rates(list)
    }
    figures.rounds[round.name] = {commit: round.commit, half: round.half, view: round.view, items: round.items.length, answered: byItem.size, audiences: perAudience, agreement: agreement(pairs)}
  }
  return figures
}

const percent = (value) => (value === null || value === undefined ? '–' : `${Math.round(value * 100)}%`)
const interval = (rate) => (rate.rate === null ? '–' : `${percent(rate.rate)} (${percent(rate.low)}–${percent(rate.high)})`)

export function format(figures, {strata = false} = {}) {
  const lines = ['# Judged on real documents', '']
  for (const [view, byAudience] of [['the view switched on in the engine', figures.audiences], ['the proposed view (proposed-default-view.yml)', figures.proposed]])
  for (const [audience, halves] of Object.entries(byAudience)) {
    lines.push(`## ${audience}: ${view}`, '', '| half | documents | words | findings / 1,000 words | judged | ACT | MEH | WRONG | "must" marks found | "should" marks found | with suggestions: "must", "should" | suggestions (judged WRONG) |', '|---|---|---|---|---|---|---|---|---|---|---|---|')
    for (const [half, row] of Object.entries(halves)) {
      lines.push(
        `| ${half} | ${row.documents} | ${row.words} | ${row.perThousand ?? '–'} | ${row.judged.n} of ${row.findings} | ${interval(row.judged.ACT)} | ${interval(row.judged.MEH)} | ${interval(row.judged.WRONG)} | ${row.recall.must.found}/${row.recall.must.marks} ${percent(row.recall.must.rate)} | ${row.recall.should.found}/${row.recall.should.marks} ${percent(row.recall.should.rate)} | ${row.recallWithSuggestions.must.found}/${row.recallWithSuggestions.must.marks}, ${row.recallWithSuggestions.should.found}/${row.recallWithSuggestions.should.marks} | ${row.suggestions} (${row.suggestionsJudged.n ? `${interval(row.suggestionsJudged.WRONG)} of ${row.suggestionsJudged.n}` : 'none judged'}) |`
      )
    }
    lines.push('')
    if (strata) {
      for (const [half, row] of Object.entries(halves)) {
        lines.push(`### ${audience}, ${half}: rules, entries and bands with at least 5 verdicts`, '', '| stratum | n | ACT | WRONG |', '|---|---|---|---|')
        for (const [name, rate] of Object.entries(row.strata)) lines.push(`| ${name} | ${rate.n} | ${percent(rate.ACT.rate)} | ${percent(rate.WRONG.rate)} |`)
        lines.push('')
      }
    }
  }
  lines.push('## Rounds', '', '| round | commit | half | view | items | answered | board ACT / WRONG | public ACT / WRONG | patient ACT / WRONG | two judges: same verdict | kappa |', '|---|---|---|---|---|---|---|---|---|---|---|')
  for (const [name, round] of Object.entries(figures.rounds)) {
    const cell = (rate) => (rate ? `${percent(rate.ACT.rate)} / ${percent(rate.WRONG.rate)} (n ${rate.n})` : '–')
    lines.push(`| ${name} | ${round.commit} | ${round.half} | ${round.view} | ${round.items} | ${round.answered} | ${cell(round.audiences.board)} | ${cell(round.audiences.public)} | ${cell(round.audiences.patient)} | ${round.agreement.n ? `${percent(round.agreement.agreement)} of ${round.agreement.n}` : '–'} | ${round.agreement.kappa === null ? '–' : round.agreement.kappa.toFixed(2)} |`)
  }
  return lines.join('\n') + '\n'
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await score()
  if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(figures, null, 2) + '\n')
  else process.stdout.write(format(figures, {strata: process.argv.includes('--strata')}))
}
