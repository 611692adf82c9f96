// The figures judged.test.ts holds, per set of documents whose texts are present (CI has the
// openly licensed ones; a full checkout has every document).
//
//   node test/judged/ratchet.js            prints the figures and how they compare
//   node test/judged/ratchet.js --write    records them in figures.json
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {here, sha256} from './lib.js'
import {score} from './score.js'

const figuresPath = join(here, 'figures.json')

/** How far a figure may move before the ratchet fails: a one-finding wobble passes. */
export const tolerance = {rate: 0.01, perThousandRelative: 0.02, perThousandAbsolute: 0.1}

export const readFigures = () => (existsSync(figuresPath) ? JSON.parse(readFileSync(figuresPath, 'utf8')) : {})

/** Which documents the figures are for: their count and a hash of their ids and halves. */
export function figuresKey(figures) {
  return `${figures.documents.length} documents, ${sha256(figures.documents.join('\n')).slice(0, 12)}`
}

/** The figures held, per audience and half. */
export function summarise(figures) {
  const out = {}
  for (const [view, byAudience] of [['', figures.audiences], ['proposed: ', figures.proposed]])
  for (const [audience, halves] of Object.entries(byAudience)) {
    for (const [half, row] of Object.entries(halves)) {
      if (row.documents === 0) continue
      out[`${view}${audience} ${half}`] = {
        perThousand: row.perThousand,
        judged: row.judged.n,
        act: row.judged.ACT.rate,
        wrong: row.judged.WRONG.rate,
        mustRecall: row.recall.must.rate
      }
    }
  }
  return out
}

/** Every figure that moved the wrong way beyond the tolerance, as a sentence. */
export function compare(now, recorded) {
  const problems = []
  for (const [name, was] of Object.entries(recorded)) {
    const is = now[name]
    if (!is) {
      problems.push(`${name}: no longer measured`)
      continue
    }
    if (is.perThousand > was.perThousand * (1 + tolerance.perThousandRelative) && is.perThousand - was.perThousand > tolerance.perThousandAbsolute) problems.push(`${name}: ${is.perThousand} findings per 1,000 words, was ${was.perThousand}`)
    if (was.act !== null && (is.act === null || is.act < was.act - tolerance.rate)) problems.push(`${name}: ACT ${is.act}, was ${was.act}`)
    if (was.wrong !== null && (is.wrong === null || is.wrong > was.wrong + tolerance.rate)) problems.push(`${name}: WRONG ${is.wrong}, was ${was.wrong}`)
    if (was.mustRecall !== null && (is.mustRecall === null || is.mustRecall < was.mustRecall - tolerance.rate)) problems.push(`${name}: "must" recall ${is.mustRecall}, was ${was.mustRecall}`)
  }
  return problems
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await score()
  const key = figuresKey(figures)
  const now = summarise(figures)
  if (process.argv.includes('--write')) {
    writeFileSync(figuresPath, JSON.stringify({...readFigures(), [key]: now}, null, 2) + '\n')
    process.stderr.write(`recorded the figures for ${key}\n`)
  } else {
    process.stdout.write(JSON.stringify({key, now, problems: readFigures()[key] ? compare(now, readFigures()[key]) : ['not recorded']}, null, 2) + '\n')
  }
}
