// Peak memory of the CLI checking one big file: 5 MB of Markdown prose, 5 MB of
// findings-dense Markdown (about one finding per sentence), and a Markdown
// table of 20,000 rows (GNU time's maximum resident set size), in
// `--format json`. The 5 MB files are just over the CLI's default 5 MB limit,
// which is raised to 6.
//
//   node test/bench/cli-memory.js [--jobs N] [--smoke]   this part alone
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
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

/**
 * About `bytes` of Markdown as a council writes it at its densest: about one finding per sentence
 * (jargon, acronyms, passives), the sentences varied by combining parts, a heading every 60
 * paragraphs.
 */
export function findingsDense(bytes) {
  const openings = ['The team will utilise', 'Officers are going to leverage', 'We will commence work on', 'Going forward, the board will review', 'Partners will signpost residents to', 'In order to improve, the service will utilise', 'Colleagues should leverage', 'The council will commence']
  const objects = ['the plan', 'the framework', 'a holistic pathway', 'the new model of care', 'the early help offer', 'the place-based approach', 'a robust governance structure', 'the capacity building programme']
  const partners = ['the ICB', 'the JSNA steering group', 'the BCF partners', 'the PCN leads', 'the VCSE sector', 'the CCG', 'the SEND board', 'the HWB']
  const tails = ['who were consulted by officers in ward', 'which was endorsed by members in ward', 'that was agreed by stakeholders for ward', 'who were engaged going forward in ward', 'whose outcomes were benchmarked in ward']
  const closers = [
    'It was noted that the work would commence in the spring.',
    'Feedback was gathered in order to shape the offer going forward.',
    'A paradigm shift in service delivery is anticipated.',
    'Key performance indicators were reviewed by the panel.',
    'The proposals were approved subject to the usual caveats.'
  ]
  const parts = []
  let size = 0
  for (let paragraph = 0; size < bytes; paragraph++) {
    if (paragraph % 60 === 0) {
      const heading = `## Part ${paragraph / 60 + 1}: delivery and outcomes\n\n`
      parts.push(heading)
      size += heading.length
    }
    const sentences = []
    for (let sentence = 0; sentence < 4; sentence++) {
      const n = paragraph * 4 + sentence
      sentences.push(`${openings[n % 8]} ${objects[(n >> 3) % 8]} with ${partners[(n * 3) % 8]} and the partners ${tails[n % 5]} ${(n % 40) + 1}.`)
      if (n % 3 === 0) sentences.push(closers[(n >> 2) % 5])
    }
    const text = sentences.join(' ') + '\n\n'
    parts.push(text)
    size += text.length
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

export async function measureCliMemory({root, smoke, jobs}) {
  const folder = mkdtempSync(join(tmpdir(), 'plainspeak-memory-'))
  const results = {}
  try {
    const files = {
      [`${smoke ? '0.05' : '5'} MB of Markdown prose`]: ['prose.md', bigProse(smoke ? 50_000 : 5_000_000)],
      [`${smoke ? '0.05' : '5'} MB of findings-dense Markdown`]: ['dense.md', findingsDense(smoke ? 50_000 : 5_000_000)],
      [`Markdown table of ${smoke ? '200' : '20,000'} rows`]: ['table.md', bigTable(smoke ? 200 : 20_000)]
    }
    for (const [name, [file, text]] of Object.entries(files)) {
      writeFileSync(join(folder, file), text)
      const start = performance.now()
      const run = spawnSync('/usr/bin/time', ['-f', 'peak-rss-kb=%M', process.execPath, join(root, 'packages/cli/dist/bin.js'), 'check', join(folder, file), '--max-file-size', '6', '--format', 'json', '--output', join(folder, 'out.json'), '--timeout', '1800', ...(jobs ? ['--jobs', String(jobs)] : [])], {encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe']})
      if (run.status !== 0 && run.status !== 1) throw new Error(`CLI failed on ${name} (${run.status}): ${run.stderr}`)
      const peak = /peak-rss-kb=(\d+)/.exec(run.stderr)
      results[name] = {bytes: Buffer.byteLength(text), wallMs: Math.round(performance.now() - start), peakRssMb: peak ? Math.round(Number(peak[1]) / 1024) : 'see GNU time output'}
    }
    return results
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
}

// Alone: `node test/bench/cli-memory.js [--jobs N] [--smoke]` prints this part's figures as JSON.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const jobsAt = process.argv.indexOf('--jobs')
  const jobs = jobsAt === -1 ? undefined : Number(process.argv[jobsAt + 1])
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
  process.stdout.write(JSON.stringify({jobs: jobs ?? 'default', ...(await measureCliMemory({root, smoke: process.argv.includes('--smoke'), jobs}))}, null, 2) + '\n')
}
