import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {expect, it} from 'vitest'

// docs/rules.md is written from the rules, their examples and the default-view table (where each
// rule's findings are at each audience, with the verdicts): it must be re-written when any of them
// changes, as `pnpm docs:check` says. It reads the built package, like the docs script.
it('docs/rules.md is up to date with the rules and the default-view table (pnpm docs:check)', () => {
  const script = fileURLToPath(new URL('../scripts/rules-doc.js', import.meta.url))
  const result = spawnSync(process.execPath, [script, '--check'], {encoding: 'utf8'})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
})
