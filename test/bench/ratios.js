// The two speed ratios of issue 17 alone, quickly: a full default check of
// 20,000 words of prose (fresh checker, Markdown) against alex and against a
// bare retext-english parse, side by side in one process, alternating runs.
//
//   node test/bench/ratios.js [runs] [words]
//
// 25 runs by default: in the first few, the JIT compiler's threads are still at work, which
// counts in processor time (not in wall time).
import {corpus} from './corpus.js'
import {peers, plainspeakChecker} from './tools.js'

const runs = Number(process.argv[2] ?? 25)
const {text, words} = corpus(Number(process.argv[3] ?? 20000))
const tools = [plainspeakChecker('markdown'), ...peers.filter((peer) => peer.name === 'alex' || peer.name === 'retext-english parse')]
for (const tool of tools) tool.run(text)
// Wall time, and this process's CPU time (less disturbed by other work on a shared machine).
const wall = new Map(tools.map((tool) => [tool.name, []]))
const cpu = new Map(tools.map((tool) => [tool.name, []]))
for (let round = 0; round < runs; round++) {
  for (let index = 0; index < tools.length; index++) {
    const tool = tools[(index + round) % tools.length]
    const start = performance.now()
    const usage = process.cpuUsage()
    tool.run(text)
    const {user, system} = process.cpuUsage(usage)
    wall.get(tool.name).push(performance.now() - start)
    cpu.get(tool.name).push((user + system) / 1000)
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
for (const [kind, times] of [['wall', wall], ['cpu', cpu]]) {
  const ms = Object.fromEntries([...times].map(([name, values]) => [name, median(values)]))
  const ours = ms['plainspeak (markdown)']
  console.log(
    `${kind}: ${words} words, median of ${runs}: plainspeak ${ours.toFixed(1)} ms, alex ${ms.alex.toFixed(1)} ms, parse ${ms['retext-english parse'].toFixed(1)} ms; ` +
      `${(ms.alex / ours).toFixed(2)}× alex's speed (target ≥ 4), ${(ours / ms['retext-english parse']).toFixed(2)}× the parse's time (target ≤ 4)`
  )
}
console.log(`load average ${(await import('node:os')).loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores`)
