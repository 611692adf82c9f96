// Sets the default view from the evidence: for each audience, every kind of finding (rule,
// severity, band, entry) with at least 5 verdicts on the calibration half, each verdict counted
// for the kind that decides its finding (the most specific kind judged). A kind is in the
// default view only where judges acted on at least 60% of it and found at most 5% wrong; the
// rest are suggestions. The held-out half is never read here.
//
//   node test/judged/defaults.js             prints the table it would write, with the evidence
//   node test/judged/defaults.js --write     writes test/judged/proposed-default-view.yml
//   node test/judged/defaults.js --activate  writes packages/core/data/default-view.yml, the engine's table
//
// Every judged kind is written, with its evidence; the engine takes the most specific one that
// a finding belongs to (entry, band, severity, rule).
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {engine, findingKey, findingsOf, judgedAudiences, loadCorpus, loadRounds, root} from './lib.js'

export const thresholds = {minimum: 5, act: 0.6, wrong: 0.05}
const tablePath = join(root, 'packages/core/data/default-view.yml')
const proposalPath = join(root, 'test/judged/proposed-default-view.yml')

/**
 * The keys of every finding the engine makes now on the calibration half (suggestions included):
 * a verdict on a finding an engine fix has since removed is no evidence about the engine today.
 */
export async function currentFindings() {
  const core = await engine()
  const keys = new Set()
  for (const doc of loadCorpus().documents.filter((item) => item.available && item.half === 'calibration')) {
    for (const audience of judgedAudiences) for (const finding of findingsOf(core, doc, audience, {suggestions: true}).findings) keys.add(findingKey(finding))
  }
  return keys
}

/** Every calibration verdict (the first judge's, where two judged an item) on a finding the engine still makes, by audience: its strata (most specific first), verdict and round. */
export function calibrationEvidence(rounds = loadRounds(), current = undefined) {
  const byAudience = new Map(judgedAudiences.map((audience) => [audience, []]))
  for (const round of rounds.filter((item) => item.half === 'calibration')) {
    const items = new Map(round.items.map((item) => [item.id, item]))
    const first = new Map()
    for (const verdict of round.verdicts) {
      const item = items.get(verdict.item)
      if (!item || first.has(item.id) || !['ACT', 'MEH', 'WRONG'].includes(verdict.verdict)) continue
      if (item.judges[0] !== verdict.judge && round.verdicts.some((other) => other.item === item.id && other.judge === item.judges[0])) continue
      first.set(item.id, verdict.verdict)
    }
    for (const [id, verdict] of first) {
      const item = items.get(id)
      if (current && !current.has(findingKey(item))) continue
      byAudience.get(item.audience)?.push({strata: item.strata, verdict, round: round.name})
    }
  }
  return byAudience
}

const passes = (counts) => counts.ACT / counts.n >= thresholds.act && counts.WRONG / counts.n <= thresholds.wrong
const levels = ['entry', 'band', 'severity', 'rule']
const specificity = (stratum) => levels.length - 1 - levels.indexOf(stratum.split(':')[0])

/**
 * The table, most specific kinds first. A verdict is evidence for the kind that decides its
 * finding in the engine: the most specific kind in the table. So a dictionary entry judged on its
 * own (5 verdicts or more) gets its own line, and its verdicts no longer count for its rule's
 * severity or rule line, which are judged on the findings they decide: the rest. Where fewer than
 * 5 of those are left, a broader line keeps all its verdicts: it then decides only for kinds not
 * judged on their own (a band or entry seen too rarely), and all its verdicts are the best
 * evidence for those.
 */
export function defaultView(evidence = calibrationEvidence()) {
  const table = {}
  const count = (members, verdicts) => {
    const counts = {n: 0, ACT: 0, MEH: 0, WRONG: 0, rounds: new Set()}
    for (const index of members) {
      counts.n++
      counts[verdicts[index].verdict]++
      counts.rounds.add(verdicts[index].round)
    }
    return counts
  }
  for (const [audience, verdicts] of evidence) {
    const rows = []
    const decided = new Set()
    for (const level of levels) {
      const members = new Map()
      for (const [index, {strata}] of verdicts.entries()) {
        for (const stratum of strata.filter((kind) => kind.startsWith(`${level}:`))) members.set(stratum, [...(members.get(stratum) ?? []), index])
      }
      const judged = []
      for (const [stratum, all] of [...members].sort(([a], [b]) => a.localeCompare(b))) {
        const rest = all.filter((index) => !decided.has(index))
        const counts = rest.length >= thresholds.minimum ? count(rest, verdicts) : all.length >= thresholds.minimum ? count(all, verdicts) : undefined
        if (!counts) continue
        judged.push(rest)
        const view = passes(counts) ? 'default' : 'suggestion'
        rows.push({stratum, view, evidence: {n: counts.n, act: round(counts.ACT / counts.n), meh: round(counts.MEH / counts.n), wrong: round(counts.WRONG / counts.n), rounds: [...counts.rounds].sort()}})
      }
      for (const rest of judged) for (const index of rest) decided.add(index)
    }
    table[audience] = rows.sort((a, b) => specificity(a.stratum) - specificity(b.stratum) || a.stratum.localeCompare(b.stratum))
  }
  return table
}

const round = (value) => Math.round(value * 100) / 100

/** One row of the table as YAML, with its evidence; `extra` adds fields after the evidence. */
function rowLine(row, extra = '') {
  const {n, act, meh, wrong, rounds} = row.evidence
  return `  - {stratum: ${JSON.stringify(row.stratum)}, view: ${row.view}, evidence: {n: ${n}, act: ${act}, meh: ${meh}, wrong: ${wrong}, rounds: [${rounds.join(', ')}]}${extra}}`
}

function render(table, path) {
  const existing = readFileSync(path, 'utf8').split('\n')
  const header = existing.slice(0, existing.findIndex((line) => !line.startsWith('#')))
  const lines = [...header]
  for (const audience of ['public', 'board', 'staff']) {
    const rows = table[audience] ?? []
    if (rows.length === 0) {
      lines.push(`${audience}: []`)
      continue
    }
    lines.push(`${audience}:`)
    for (const row of rows) lines.push(rowLine(row))
  }
  // Letters to patients: the kinds judged at patient decide; a kind judged only at public keeps
  // the public row and its evidence (a patient is a member of the public reading about their own
  // care), marked so.
  const patientRows = table.patient ?? []
  const judgedAtPatient = new Set(patientRows.map((row) => row.stratum))
  lines.push(
    '# patient: the kinds judged on letters and leaflets to patients (at least 5 verdicts) decide.',
    '# A kind judged only at public keeps the public row and its evidence (a patient is a member of',
    '# the public reading about their own care), marked `copied: public`.',
    'patient:'
  )
  for (const row of patientRows) lines.push(rowLine(row))
  for (const row of table.public ?? []) if (!judgedAtPatient.has(row.stratum)) lines.push(rowLine(row, ', copied: public'))
  return lines.join('\n') + '\n'
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = defaultView(calibrationEvidence(loadRounds(), await currentFindings()))
  if (process.argv.includes('--activate')) {
    writeFileSync(tablePath, render(table, proposalPath).replace(/^# PROPOSED[\s\S]*?#\n/, ''))
    // The rule docs say where each rule's findings are, and the ratchet holds the figures of the view.
    console.log('Switched on. Then: pnpm build && pnpm --filter @plainspeak/core run docs && node test/judged/ratchet.js --write')
  }
  else if (process.argv.includes('--write')) writeFileSync(proposalPath, render(table, proposalPath))
  else process.stdout.write(render(table, proposalPath))
}
