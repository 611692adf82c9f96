// Benchmarks of the surfaces, each measured when its package is built:
// the language server (edit → diagnostics), the CLI batch (1,000,000 words,
// worker threads), the CLI's peak memory on one big file, the engine in
// headless Chromium (the Word add-in's runtime) and the Word pane's script size.
import {existsSync, statSync} from 'node:fs'
import {join} from 'node:path'
import {measureBrowser} from './browser.js'
import {measureCli} from './cli.js'
import {measureCliMemory} from './cli-memory.js'
import {measureLanguageServerAlone} from './language-server.js'

export async function measureSurfaces(context) {
  const surfaces = {}
  const {root, log} = context
  const attempts = [
    ['language server: one-word edit in 20,000 words → diagnostics (after the debounce)', join(root, 'packages/language-server/dist/bin.js'), measureLanguageServerAlone],
    ['CLI: 1,000,000 words in 200 files, worker threads', join(root, 'packages/cli/dist/bin.js'), measureCli],
    ['CLI: one big file, peak memory', join(root, 'packages/cli/dist/bin.js'), measureCliMemory],
    ['engine in headless Chromium (Word add-in runtime): 20,000 words', '/usr/bin/chromium', measureBrowser]
  ]
  for (const [name, needed, measure] of attempts) {
    if (!existsSync(needed)) {
      surfaces[name] = `not measured: ${needed} is missing`
      continue
    }
    log(name)
    surfaces[name] = await measure(context)
  }
  const pane = join(root, 'extensions/word/dist/taskpane.js')
  surfaces['Word task pane script (extensions/word/dist/taskpane.js, minified, engine and dictionary included)'] = existsSync(pane)
    ? {kb: Math.round(statSync(pane).size / 1024)}
    : `not measured: ${pane} is missing (pnpm build:word)`
  return surfaces
}
