// Round 3, items 7 and 8 (CLI budgets): inline Markdown that was still quadratic, ignore files
// with no size limit, `--jobs` with no cap, the main thread's HTML report outside --max-memory,
// and 4.5–4.9 MB shapes that reached 1.2 GB before the per-file message.
import {rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'

/** `unit` repeated up to about `bytes`. */
const fill = (unit, bytes) => unit.repeat(Math.ceil(bytes / unit.length))

/** Varied sentences dense with findings, about `bytes` long: nothing repeats, so nothing is cached. */
export function findingsDense(bytes, seed = 7) {
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
  const words = ['the', 'council', 'will', 'signpost', 'JSNA', 'stakeholders', 'going', 'forward', 'leverage', 'utilise', 'facilitate', 'in', 'order', 'to', 'residents', 'commence', 'prior', 'to', 'ward']
  let text = ''
  while (text.length < bytes) text += Array.from({length: 5}, () => Array.from({length: 8 + (next() % 12)}, () => words[next() % words.length]).join(' ') + '.').join(' ') + '\n\n'
  return text
}

export const inlineShapes = {
  strong: (bytes) => fill('We **x** ', bytes) + '\n',
  footnotes: (bytes) => '[^1]: A note.\n\n' + fill('We[^1] ', bytes) + '\n',
  links: (bytes) => fill('We [x](y) ', bytes) + '\n',
  spans: (bytes) => fill('<span>We</span> ', bytes) + '\n'
}

export const largeShapes = {
  headings: (count) => Array.from({length: count}, (_, index) => `# Head ${index}\n`).join(''),
  definitions: (count) => 'We will signpost [a].\n\n' + Array.from({length: count}, (_, index) => `[ref${index}]: x\n`).join(''),
  attributes: (count) => '<span ' + 'class=a1 '.repeat(count) + '>We will signpost residents.</span>\n',
  nestedTags: (count) => '<sub>'.repeat(count) + 'We will signpost residents.' + '</sub>'.repeat(count) + '\n'
}

/** 200 folders, each with an ignore file of `lines` lines (none matching) and one Markdown file. */
export function ignoreFolders(folders, lines) {
  const files = {}
  for (let index = 0; index < folders; index++) {
    files[`f${index}/.gitignore`] = Array.from({length: lines}, (_, line) => `never-${index}-${line}/*.tmp`).join('\n') + '\n'
    files[`f${index}/paper.md`] = 'The council will signpost residents.\n'
  }
  return files
}

export default function register(attack, {runCli, folder, round}) {
  const once = async (files, args) => {
    const dir = folder(files)
    const result = await runCli(args, {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return result
  }
  for (const [id, name, bytes] of [
    ['r3-7c', 'strong', 1_000_000],
    ['r3-7d', 'footnotes', 1_000_000],
    ['r3-7e', 'links', 1_000_000],
    ['r3-7f', 'spans', 4_500_000]
  ]) {
    attack(id, `${round(bytes / 1e6)} MB paragraph of ${name} (\`${inlineShapes[name](20).trim()}…\`): check`, () => once({'p.md': inlineShapes[name](bytes)}, ['check', 'p.md', '-f', 'json']))
  }
  attack('r3-7g', '200 folders with a 100-line .gitignore each (20,000 lines): check .', () => once(ignoreFolders(200, 100), ['check', '.', '-f', 'json']))
  attack('r3-7h', '200 folders with a 500-line .gitignore each (100,000 lines): check .', () => once(ignoreFolders(200, 500), ['check', '.', '-f', 'json']))
  attack('r3-7i', 'a 63 MB .plainspeakignore beside one paper: check .', async () => {
    const dir = folder({'paper.md': 'The council will signpost residents.\n'})
    const line = 'nothing-matches-this-line/**/*.tmp\n'
    writeFileSync(path.join(dir, '.plainspeakignore'), line.repeat(Math.ceil(63_000_000 / line.length)))
    const result = await runCli(['check', '.', '-f', 'json'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return result
  })
  attack('r3-8e', 'check -j 200 over 200 small files', () => {
    const files = {}
    for (let index = 0; index < 200; index++) files[`p${index}.md`] = 'The council will signpost residents.\n'
    return once(files, ['check', '.', '-j', '200', '-f', 'json'])
  })
  attack('r3-8f', 'HTML report of eight findings-dense 4.5 MB files', () => {
    const files = {}
    for (let index = 0; index < 8; index++) files[`p${index}.md`] = findingsDense(4_500_000, index + 1)
    return once(files, ['check', '.', '-f', 'html', '-o', 'report.html'])
  })
  for (const [id, name, count] of [
    ['r3-8g', 'headings', 330_000],
    ['r3-8h', 'definitions', 300_000],
    ['r3-8i', 'attributes', 500_000],
    ['r3-8j', 'nestedTags', 400_000]
  ]) {
    attack(id, `${count.toLocaleString('en-GB')} ${name} in one Markdown file (4.5–4.9 MB): check`, () => once({'p.md': largeShapes[name](count)}, ['check', 'p.md', '-f', 'json']))
  }
}
