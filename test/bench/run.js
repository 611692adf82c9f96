// Plainspeak benchmarks: speed and memory against the tools people would use
// instead, run in the same process on the same text.
//
//   pnpm bench            full run (several minutes), writes test/bench/results/
//   pnpm bench --smoke    a tiny run that only proves the harness works (used by the tests)
//
// Timings are warm (one run of each tool first), alternate between tools run
// by run, and report the median of at least five runs with min and max.
import {execFileSync} from 'node:child_process'
import {mkdirSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, totalmem} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {corpus} from './corpus.js'
import {compare as compareRuns, round, summarise} from './measure.js'
import {comparedWith, peers, plainspeakChecker, plainspeakWithDictionary} from './tools.js'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..')
const smoke = process.argv.includes('--smoke')
const runs = smoke ? 1 : 5
const sizes = smoke ? [300] : [2000, 20000]
const largeSize = smoke ? 2000 : 1_000_000
/** Each tool warm, then `runs` rounds alternating between them (see measure.js). */
const compare = (tools, text, words) => compareRuns(tools, text, words, runs)

/** Peak resident memory of one tool checking a text, in a process of its own. */
function peakMemory(toolName, words) {
  const output = execFileSync(process.execPath, [join(here, 'memory.js'), toolName, String(words)], {encoding: 'utf8'})
  return JSON.parse(output).peakRssMb
}

function log(line) {
  if (!process.argv.includes('--json')) process.stderr.write(line + '\n')
}

const results = {date: new Date().toISOString(), machine: machine(), smoke, speed: {}, ratios: {}, memory: {}, scaling: {}, dictionarySize: {}, incremental: {}, surfaces: {}}

// 1. Speed against peers on the same text.
for (const size of sizes) {
  const {text, words} = corpus(size)
  log(`speed: ${words} words`)
  const measured = compare([plainspeakChecker('markdown'), plainspeakChecker('text'), ...peers], text, words)
  results.speed[words] = measured
  results.ratios[words] = Object.fromEntries(
    Object.entries(measured)
      .filter(([name]) => !name.startsWith('plainspeak'))
      .map(([name, figures]) => [name, Math.round((figures.medianMs / measured[comparedWith(name)].medianMs) * 100) / 100])
  )
}

// 2. Peak memory, each tool alone in a process.
const memorySize = smoke ? 300 : 20000
for (const name of ['plainspeak (markdown)', 'plainspeak (text)', ...peers.map((peer) => peer.name)]) {
  log(`memory: ${name}`)
  results.memory[name] = peakMemory(name, memorySize)
}

// 3. Scaling: is the cost linear in the text size?
// Each size in a process of its own, so that one size's garbage is not counted in the next one's time.
for (const size of smoke ? [300, largeSize] : [2000, 20000, largeSize]) {
  log(`scaling: ${size} words`)
  const {words, plainspeak, parse} = JSON.parse(execFileSync(process.execPath, [join(here, 'scaling.js'), String(size), String(runs)], {encoding: 'utf8'}))
  results.scaling[words] = {
    plainspeakMsPerThousandWords: round((plainspeak.medianMs / words) * 1000),
    parseMsPerThousandWords: round((parse.medianMs / words) * 1000),
    plainspeak
  }
}

// 4. Dictionary size: a 100-entry and a 10,000-entry dictionary on the same text.
{
  const {text, words} = corpus(smoke ? 300 : 20000)
  log('dictionary size')
  const small = plainspeakWithDictionary(100, '100 entries')
  const large = plainspeakWithDictionary(10000, '10,000 entries')
  const measured = compare([small, large], text, words)
  results.dictionarySize = {...measured, costOfLargeDictionary: (Math.round((measured['10,000 entries'].medianMs / measured['100 entries'].medianMs - 1) * 1000) / 10).toFixed(1) + '%'}
}

// 5. Editing: re-checking a 20,000-word document after a one-word edit, in the engine.
{
  const {text} = corpus(smoke ? 300 : 20000)
  const {Checker} = await import('../../packages/core/dist/index.js')
  const checker = new Checker({format: 'markdown'})
  checker.check(text)
  const times = []
  for (let index = 0; index < Math.max(runs, 5); index++) {
    const middle = text.indexOf(' the ', (text.length >> 1) + index * 50)
    const edited = text.slice(0, middle) + ` the edit${index}` + text.slice(middle + 4)
    const start = performance.now()
    checker.check(edited)
    times.push(performance.now() - start)
  }
  results.incremental.engineOneWordEditMs = summarise(times, 1)
  log(`incremental: ${results.incremental.engineOneWordEditMs.medianMs} ms`)
}

// 6. Surfaces: language server, CLI batch, Word add-in (each when built).
results.surfaces = await (await import('./surfaces.js')).measureSurfaces({smoke, root, runs, log})

const outputFolder = join(here, 'results')
if (smoke) {
  process.stdout.write(JSON.stringify(results, null, 2) + '\n')
} else {
  mkdirSync(outputFolder, {recursive: true})
  writeFileSync(join(outputFolder, 'latest.json'), JSON.stringify(results, null, 2) + '\n')
  writeFileSync(join(outputFolder, 'summary.md'), (await import('./summary.js')).summary(results))
  for (const row of (await import('./summary.js')).targets(results)) log(`${row.holds ? 'holds' : 'MISSED'}: ${row.what}: ${row.figure} (target ${row.target})`)
  log(`written: ${join(outputFolder, 'latest.json')} and summary.md`)
}

function machine() {
  return {cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, load: loadavg()[0].toFixed(1)}
}
