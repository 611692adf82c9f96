// The CLI checking 1,000,000 words in 200 files with its worker threads:
// wall time and peak memory of the whole process (GNU time's maximum RSS).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {documents} from './corpus.js'

export async function measureCli({root, smoke}) {
  const folder = mkdtempSync(join(tmpdir(), 'plainspeak-bench-'))
  try {
    const texts = documents(smoke ? 2000 : 1_000_000, smoke ? 500 : 5000)
    texts.forEach((text, index) => writeFileSync(join(folder, `paper-${index}.md`), text))
    const start = performance.now()
    const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, join(root, 'packages/cli/dist/bin.js'), 'check', folder, '--format', 'json', '--output', join(folder, 'out.json')], {encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe']})
    // Findings make the CLI exit 1; the timing still counts.
    if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed (${run.status}): ${run.stderr}`)
    const stderr = run.stderr
    const wallMs = Math.round(performance.now() - start)
    const peak = /peak-rss-kb=(\d+)/.exec(stderr)
    return {files: texts.length, wallMs, peakRssMb: peak ? Math.round(Number(peak[1]) / 1024) : 'see GNU time output'}
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
