// Peak memory of the CLI checking one big file: 5 MB of Markdown prose, and a
// Markdown table of 20,000 rows (GNU time's maximum resident set size). The
// prose file is just over the CLI's default 5 MB limit, which is raised to 6.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {corpus} from './corpus.js'

/** About `bytes` of Markdown prose: headings every ten paragraphs, as a long report has. */
export function bigProse(bytes) {
  const parts = []
  let size = 0
  for (let section = 0; size < bytes; section++) {
    const heading = `## Section ${section + 1}\n\n`
    const {text} = corpus(1200, section * 10)
    parts.push(heading, text, '\n\n')
    size += heading.length + text.length + 2
  }
  return parts.join('')
}

/** A Markdown table of `rows` rows, as a council's register or a spending list has: short cells and a longer one. */
export function bigTable(rows) {
  const services = ['Adult social care', 'Children and families', 'Housing', 'Public health', 'Waste and recycling', 'Libraries']
  const notes = [
    'Care package reviewed with the family and the ICB in line with the Care Act.',
    'Officers will signpost the resident to the early help hub going forward.',
    'Placement funded from the BCF pending the outcome of the CHC assessment.',
    'No further action; the case was closed after a multi-agency review.',
    'Commissioning intentions to be confirmed at the next JSNA refresh.'
  ]
  const lines = ['| Reference | Service | Amount | Note |', '|---|---|---:|---|']
  for (let row = 0; row < rows; row++) {
    lines.push(`| REF-${String(row + 1).padStart(6, '0')} | ${services[row % services.length]} | £${(row * 37) % 10000}.00 | ${notes[row % notes.length]} |`)
  }
  return lines.join('\n') + '\n'
}

export async function measureCliMemory({root, smoke}) {
  const folder = mkdtempSync(join(tmpdir(), 'plainspeak-memory-'))
  const results = {}
  try {
    const files = {
      [`${smoke ? '0.05' : '5'} MB of Markdown prose`]: ['prose.md', bigProse(smoke ? 50_000 : 5_000_000)],
      [`Markdown table of ${smoke ? '200' : '20,000'} rows`]: ['table.md', bigTable(smoke ? 200 : 20_000)]
    }
    for (const [name, [file, text]] of Object.entries(files)) {
      writeFileSync(join(folder, file), text)
      const start = performance.now()
      const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, join(root, 'packages/cli/dist/bin.js'), 'check', join(folder, file), '--max-file-size', '6', '--format', 'json', '--output', join(folder, 'out.json')], {encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe']})
      if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed on ${name} (${run.status}): ${run.stderr}`)
      const peak = /peak-rss-kb=(\d+)/.exec(run.stderr)
      results[name] = {bytes: Buffer.byteLength(text), wallMs: Math.round(performance.now() - start), peakRssMb: peak ? Math.round(Number(peak[1]) / 1024) : 'see GNU time output'}
    }
    return results
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}
