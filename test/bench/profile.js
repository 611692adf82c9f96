// A CPU profile of checks, to see where the time goes:
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof test/bench/profile.js [bench|eval] [runs]
//   node test/bench/profile.js --summary /tmp/prof/<file>.cpuprofile
//
// `bench` checks 20,000 words of the benchmark prose (a fresh checker each
// run, as `pnpm bench` does); `eval` checks every document of the evaluation
// corpus at each audience. The summary lists self time by function and by package.
import {readFileSync} from 'node:fs'
import {profiledTexts} from './corpus.js'

if (process.argv[2] === '--summary') {
  summarise(JSON.parse(readFileSync(process.argv[3], 'utf8')))
} else {
  const {Checker, formatFromPath} = await import('../../packages/core/dist/index.js')
  const which = process.argv[2] ?? 'bench'
  const runs = Number(process.argv[3] ?? 10)
  const texts = profiledTexts(which, formatFromPath)
  const start = performance.now()
  for (let run = 0; run < runs; run++) {
    for (const audience of which === 'eval' ? ['public', 'board', 'staff'] : ['public']) {
      for (const {format, text} of texts) new Checker({format, audience}).check(text)
    }
  }
  process.stderr.write(`${which}: ${runs} runs, ${Math.round((performance.now() - start) / runs)} ms a run\n`)
}

function summarise(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const interval = (profile.endTime - profile.startTime) / profile.samples.length / 1000
  for (const id of profile.samples) self.set(id, (self.get(id) ?? 0) + interval)
  const byFunction = new Map()
  const byPackage = new Map()
  let total = 0
  for (const [id, ms] of self) {
    const {functionName, url, lineNumber} = byId.get(id).callFrame
    const where = url.replace(/^file:\/\//, '').replace(/.*node_modules\/\.pnpm\/[^/]+\/node_modules\//, '').replace(/.*\/packages\//, 'packages/')
    const key = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms)
    const pkg = where.startsWith('packages/') ? where.split('/').slice(0, 5).join('/') : where.split('/').slice(0, where.startsWith('@') ? 2 : 1).join('/') || functionName
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms)
    total += ms
  }
  // Inclusive time of Plainspeak's own functions: each sample counts once for every distinct function on its stack.
  const parent = new Map()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const inclusive = new Map()
  for (const [id, ms] of self) {
    const seen = new Set()
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const {functionName, url, lineNumber} = byId.get(at).callFrame
      if (!url.includes('/packages/')) continue
      const key = `${functionName || '(anonymous)'} ${url.replace(/.*\/packages\//, 'packages/')}:${lineNumber + 1}`
      if (seen.has(key)) continue
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + ms)
    }
  }
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count).map(([key, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${key}`).join('\n')
  console.log(`total ${total.toFixed(0)} ms\n\nby package or file\n${top(byPackage, 40)}\n\nby function\n${top(byFunction, 60)}\n\nPlainspeak's functions, inclusive\n${top(inclusive, 60)}`)
}
