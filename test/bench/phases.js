// Where a check's time goes, phase by phase: the document parse, each part of
// the per-paragraph analysis (worked out in order, so each is timed alone),
// each rule, and the document-wide rest (acronyms, overlaps, messages, stats).
//
//   node test/bench/phases.js [bench|eval] [runs]
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {profiledTexts} from './corpus.js'

const here = dirname(fileURLToPath(import.meta.url))
const dist = join(here, '../../packages/core/dist')
const {Checker, formatFromPath, rules} = await import(join(dist, 'index.js'))
const {BlockAnalysis} = await import(join(dist, 'lib/analysis/block-analysis.js'))
const {parseMarkdown} = await import(join(dist, 'lib/document/markdown.js'))
const {parsePlainText} = await import(join(dist, 'lib/document/plain-text.js'))
const {parseHtml} = await import(join(dist, 'lib/document/html.js'))
const {splitLongBlocks} = await import(join(dist, 'lib/document/split.js'))

const which = process.argv[2] ?? 'bench'
const runs = Number(process.argv[3] ?? 5)
const texts = profiledTexts(which, formatFromPath)
const parsers = {markdown: parseMarkdown, text: parsePlainText, html: parseHtml}

const totals = new Map()
// CPU time of this process, not wall time: other work on the machine then matters less.
const now = () => {
  const {user, system} = process.cpuUsage()
  return (user + system) / 1000
}
const time = (name, work) => {
  const start = now()
  const result = work()
  totals.set(name, (totals.get(name) ?? 0) + now() - start)
  return result
}

for (let run = 0; run <= runs; run++) {
  if (run === 1) totals.clear() // the first run warms up
  for (const {format, text} of texts) {
    const checker = time('new Checker', () => new Checker({format}))
    const parsed = time(`parse (${format})`, () => parsers[format](text))
    parsed.blocks = splitLongBlocks(parsed.blocks)
    for (const block of parsed.blocks) {
      const analysis = new BlockAnalysis(block, checker.matcher, checker.lexicon)
      time('analysis: retext-english parse', () => analysis.tree)
      time('analysis: tokens', () => analysis.tokens)
      time('analysis: masks', () => analysis.masks)
      time('analysis: sentences', () => analysis.sentences)
      time('analysis: prose', () => analysis.prose)
      time('analysis: term matches', () => analysis.termMatches)
      time('analysis: passives', () => analysis.passives)
      time('analysis: acronyms and definitions', () => analysis.definitions)
      for (const [ruleId, resolved] of checker.options.rules) {
        const rule = rules[ruleId]
        if (rule.scope !== 'block') continue
        time(`rule: ${ruleId}`, () => rule.check({block, analysis, settings: checker.settings, options: resolved.options, report() {}}))
      }
      time('analysis: release', () => analysis.release())
    }
    // The whole check again, cache cleared: the document-wide rest is whatever it costs beyond the parts above.
    checker.clearCache()
    time('whole check', () => checker.check(text))
  }
}
const whole = totals.get('whole check')
const parts = [...totals].filter(([name]) => name !== 'whole check')
const sum = parts.reduce((total, [, ms]) => total + ms, 0)
for (const [name, ms] of parts) console.log(`${(ms / runs).toFixed(1).padStart(7)} ms  ${name}`)
console.log(`${(sum / runs).toFixed(1).padStart(7)} ms  sum of the parts\n${(whole / runs).toFixed(1).padStart(7)} ms  whole check (the document-wide rest is the difference, roughly)`)
