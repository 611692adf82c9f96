/**
 * Round 3, items 7 and 8 (CLI budgets). Paragraphs dense with emphasis, links, footnote calls
 * or inline HTML were quadratic in the parser; ignore files were read whole and matched against
 * every file; `--jobs` started a thread per file; the HTML report held every section on the main
 * thread; and shapes that could never fit in --max-memory were parsed for seconds before the
 * worker ran out. Each now finishes in seconds, says what it did, and loses no other file.
 */
import {readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {findingsDense, ignoreFolders, inlineShapes, largeShapes} from '../bench/hostile-attacks/clibudget.js'
import {expectContained, paper, project, runCli, snapshot, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

interface JsonFile {
  path: string
  messages: Array<{actual: string; offset: number; endOffset: number}>
}

describe('paragraphs dense with inline Markdown', () => {
  // At these sizes the parser took 10 to 60 s on a loaded machine (minutes at 1 MB); linear now.
  const shapes: Record<string, () => string> = {
    'strong.md': () => 'We will signpost residents. ' + inlineShapes.strong(400_000),
    'footnotes.md': () => 'We will signpost residents. ' + inlineShapes.footnotes(400_000),
    'links.md': () => 'We will signpost residents. ' + inlineShapes.links(400_000),
    'spans.md': () => 'We will signpost residents. ' + inlineShapes.spans(1_000_000)
  }
  it.each(Object.keys(shapes))('%s is checked in seconds, its words still found in place', async (name) => {
    const text = shapes[name]!()
    made = await project({[name]: text, 'good.md': paper})
    const run = await runCli(['check', name, 'good.md', '-f', 'json'], {cwd: made.dir})
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as JsonFile[]
    expect(report.map((file) => file.path)).toEqual([name, 'good.md'])
    expect(report[0]!.messages.map((message) => message.actual)).toContain('signpost')
    for (const message of report[0]!.messages) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
    expect(run.seconds).toBeLessThan(25)
    expectContained(run)
  })

  it('an ordinary paragraph with links and emphasis keeps its Markdown', async () => {
    const text = 'We will **signpost** residents to [the hub](https://example.org) and the *JSNA*.\n'
    made = await project({'p.md': text})
    const run = await runCli(['check', 'p.md', '-f', 'json'], {cwd: made.dir})
    const [file] = JSON.parse(run.stdout) as JsonFile[]
    // Read as Markdown, the link's address is not prose: nothing is found in it.
    expect(file!.messages.map((message) => message.actual)).toContain('signpost')
    expect(file!.messages.some((message) => text.slice(message.offset).startsWith('https'))).toBe(false)
    expectContained(run)
  })
})

describe('ignore files', () => {
  it('200 folders with 100-line .gitignore files are walked in seconds, and their rules still apply', async () => {
    made = await project({...ignoreFolders(200, 100), 'f0/skip.md': paper, 'f0/.gitignore': 'skip.md\n', 'drafts/old.md': paper, '.plainspeakignore': 'drafts/\n'})
    const run = await runCli(['check', '.', '-f', 'json'], {cwd: made.dir})
    expect(run.code, run.stderr).toBe(0)
    const paths = (JSON.parse(run.stdout) as JsonFile[]).map((file) => file.path)
    expect(paths).toHaveLength(200)
    expect(paths).not.toContain('f0/skip.md')
    expect(paths).not.toContain('drafts/old.md')
    expect(run.seconds).toBeLessThan(20)
    expectContained(run)
  })

  it('an oversized ignore file is named and not used; the run goes on', async () => {
    made = await project({'paper.md': paper, 'docs/paper.md': paper})
    await writeFile(path.join(made.dir, '.plainspeakignore'), 'nothing-matches-this-line/**/*.tmp\n'.repeat(60_000))
    const inputs = await snapshot([path.join(made.dir, '.plainspeakignore'), made.secretFile])
    const run = await runCli(['check', '.', '-f', 'json'], {cwd: made.dir})
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toBe(
      'plainspeak: did not use .plainspeakignore: it is 2 MB, more than the 64 KB Plainspeak reads from one ignore file. The files it lists are checked; shorten it, or name the files to check.\n'
    )
    expect((JSON.parse(run.stdout) as JsonFile[]).map((file) => file.path)).toEqual(['docs/paper.md', 'paper.md'])
    expect(run.seconds).toBeLessThan(20)
    expectContained(run)
    await inputs.unchanged()
  })

  it('ignore files over the allowance for one run are named together; an ignore file that is a link is not followed', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 20; index++) {
      files[`f${String(index).padStart(2, '0')}/.gitignore`] = `never-${index}.md\n`.repeat(4000)
      files[`f${String(index).padStart(2, '0')}/paper.md`] = paper
    }
    made = await project(files)
    await symlink(made.secretFile, path.join(made.dir, '.gitignore'))
    const run = await runCli(['check', '.', '-f', 'json'], {cwd: made.dir})
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^plainspeak: did not use \d+ ignore files \(the first is f\d\d\/\.gitignore\): the ignore files read add up to more than 512 KB, the most Plainspeak reads in one run\./)
    expect((JSON.parse(run.stdout) as JsonFile[]).map((file) => file.path)).toHaveLength(20)
    expectContained(run)
  })
})

describe('--jobs', () => {
  it('is capped at the cores, with a note, and every file is still reported', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 40; index++) files[`p${String(index).padStart(2, '0')}.md`] = paper
    made = await project(files)
    const run = await runCli(['check', '.', '-j', '200', '-f', 'json'], {cwd: made.dir})
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^plainspeak: --jobs 200 is more than the \d+ cores? of this machine: using at most \d+ worker threads?, as more would only take more memory\.\n$/)
    expect(JSON.parse(run.stdout)).toHaveLength(40)
    // Forty threads took about 1.3 GB; one per core takes a few hundred MB.
    expect(run.peakMb).toBeLessThan(700)
    expectContained(run)
  })
})

describe('the HTML report within --max-memory', () => {
  it('holds at most a share of --max-memory: files past it are shown by their figures, and the run says so', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 4; index++) files[`p${index}.md`] = findingsDense(300_000, index + 1)
    made = await project(files)
    const run = await runCli(['check', '.', '-f', 'html', '-o', 'report.html', '--max-memory', '128'], {cwd: made.dir})
    expect(run.code, run.stderr).toBe(0)
    expect(run.stderr).toMatch(/^plainspeak: the HTML report shows (p\d\.md|\d files \(the first is p\d\.md\)) by figures only, without the text and findings: the report reached its size limit, a share of --max-memory \(128 MB\)\. Check fewer files at a time, raise --max-memory, or use -f json\.\n$/)
    const html = await readFile(path.join(made.dir, 'report.html'), 'utf8')
    expect(html).toContain('left out: the report reached its size limit.')
    expect(html.length).toBeLessThan(16_000_000)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
    for (let index = 0; index < 4; index++) expect(html).toContain(`>p${index}.md</h2>`)
    expectContained(run, html)
  })
})

describe('shapes that cannot fit in --max-memory', () => {
  it.each([
    ['headings', () => largeShapes.headings(100_000), [], /\(it has 100,000 headings\)/, 1024],
    ['link definitions', () => largeShapes.definitions(70_000), ['--max-memory', '256'], /\(it has 70,000 link definitions\)/, 256]
  ])('%s are refused before parsing, with the documented message, in seconds', async (_name, make, args, shape, mb) => {
    made = await project({'big.md': (make as () => string)(), 'good.md': paper})
    const run = await runCli(['check', 'big.md', 'good.md', '-f', 'json', ...(args as string[])], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(new RegExp(`^plainspeak: cannot check big\\.md: Checking this file needed more than ${mb} MB of memory ${(shape as RegExp).source}, the limit for one file\\. Split it into smaller files, or raise the limit with --max-memory\\.\\n$`))
    expect((JSON.parse(run.stdout) as JsonFile[]).map((file) => file.path)).toEqual(['good.md'])
    // Parsing them took 10 s and passed 1 GB; the refusal is a scan of the lines.
    expect(run.seconds).toBeLessThan(10)
    expect(run.peakMb).toBeLessThan(400)
    expectContained(run)
  })
})
