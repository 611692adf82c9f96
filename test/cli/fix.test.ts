/**
 * `plainspeak fix` as a child process: a diff by default, `--write` to apply; safe fixes only
 * (never in code, web addresses, front matter, names or quotations); a second run changes
 * nothing; only the files named are written, never through a link; exit codes as for `check`.
 * Its own word list, so the built-in lists can change without moving these results.
 */
import {execFileSync} from 'node:child_process'
import {copyFile, mkdir, readFile, readdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {makeFolder, runCli} from './helpers.js'
import {wordList} from './fix-words.js'

vi.setConfig({testTimeout: 120_000})

const words = wordList('widgetise', 'fullness', 'thingamajig')

const paper = `---
title: We widgetise the files
---

# Plan

We widgetise the files. In the fullness of time, we widgetise more.

The thingamajig is here. Run \`widgetise\` now. She said “we widgetise it”.
See [the guide](https://example.org/widgetise) and https://example.org/widgetise/more.

> We widgetise, they wrote.
`

const fixedPaper = paper
  .replace('We widgetise the files. In the fullness of time, we widgetise more.', 'We sort the files. Later, we sort more.')

const page = '<h1>Plan</h1>\n<p>We widgetise the <code>widgetise</code> tool.</p>\n<p title="widgetise">Done.</p>\n'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({dir, cleanup} = await makeFolder({'words.yml': words, 'paper.md': paper, 'page.html': page, 'notes.txt': 'We widgetise it.\n'}))
})
afterEach(() => cleanup())

const fix = (...args: string[]) => runCli(['fix', '--dictionary', 'words.yml', ...args], {cwd: dir})
const read = (name: string) => readFile(path.join(dir, name), 'utf8')

describe('plainspeak fix', () => {
  it('shows a unified diff of the safe fixes, grouped by kind of change, and changes nothing', async () => {
    const result = await fix('paper.md')
    expect(result.code).toBe(0)
    // Each group's diff is read against the text with the groups before it applied, so the whole is one patch.
    expect(result.stdout).toBe(`Plain words: widgetise → sort (2)
--- a/paper.md
+++ b/paper.md
@@ -4,7 +4,7 @@
 
 # Plan
 
-We widgetise the files. In the fullness of time, we widgetise more.
+We sort the files. In the fullness of time, we sort more.
 
 The thingamajig is here. Run \`widgetise\` now. She said “we widgetise it”.
 See [the guide](https://example.org/widgetise) and https://example.org/widgetise/more.
Shorter phrases: In the fullness of time → Later (1)
--- a/paper.md
+++ b/paper.md
@@ -4,7 +4,7 @@
 
 # Plan
 
-We sort the files. In the fullness of time, we sort more.
+We sort the files. Later, we sort more.
 
 The thingamajig is here. Run \`widgetise\` now. She said “we widgetise it”.
 See [the guide](https://example.org/widgetise) and https://example.org/widgetise/more.
`)
    expect(result.stderr).toBe('plainspeak: paper.md: 3 safe fixes (widgetise → sort ×2, in the fullness of time → later). Run with --write to apply them, or --interactive to choose.\n')
    expect(await read('paper.md')).toBe(paper)
  })

  it('writes the fixes with --write, exactly what the diff showed, and a second run changes nothing', async () => {
    const diff = (await fix('paper.md', 'page.html', 'notes.txt')).stdout
    await mkdir(path.join(dir, 'copy'))
    for (const name of ['paper.md', 'page.html', 'notes.txt']) await copyFile(path.join(dir, name), path.join(dir, 'copy', name))
    execFileSync('patch', ['-p1', '--quiet'], {cwd: path.join(dir, 'copy'), input: diff})

    const written = await fix('--write', 'paper.md', 'page.html', 'notes.txt')
    expect(written.code).toBe(0)
    expect(written.stdout).toBe('')
    expect(await read('paper.md')).toBe(fixedPaper)
    expect(await read('page.html')).toBe('<h1>Plan</h1>\n<p>We sort the <code>widgetise</code> tool.</p>\n<p title="widgetise">Done.</p>\n')
    expect(await read('notes.txt')).toBe('We sort it.\n')
    for (const name of ['paper.md', 'page.html', 'notes.txt']) expect(await read(name)).toBe(await read(`copy/${name}`))
    // No temporary file is left beside them.
    expect((await readdir(dir)).sort()).toEqual(['copy', 'notes.txt', 'page.html', 'paper.md', 'words.yml'])

    const again = await fix('--write', 'paper.md', 'page.html', 'notes.txt')
    expect(again).toMatchObject({code: 0, stdout: '', stderr: ''})
    expect(await read('paper.md')).toBe(fixedPaper)
  })

  it('takes --rule as check does, and colours the diff on request', async () => {
    expect(await fix('--rule', 'jargon=off', 'paper.md')).toMatchObject({code: 0, stdout: ''})
    const coloured = await fix('--color', 'notes.txt')
    expect(coloured.stdout).toContain('\u001B[31m-We widgetise it.\u001B[39m')
    expect(coloured.stdout).toContain('\u001B[32m+We sort it.\u001B[39m')
    expect((await fix('notes.txt')).stdout).not.toContain('\u001B[')
    // Colour only where a person reads it: NO_COLOR and --no-color win over FORCE_COLOR.
    const forced = await runCli(['fix', '--dictionary', 'words.yml', 'notes.txt'], {cwd: dir, env: {FORCE_COLOR: '1'}})
    expect(forced.stdout).toContain('\u001B[33mPlain words: widgetise → sort (1)\u001B[39m')
    expect((await runCli(['fix', '--dictionary', 'words.yml', 'notes.txt'], {cwd: dir, env: {FORCE_COLOR: '1', NO_COLOR: '1'}})).stdout).not.toContain('\u001B[')
    expect((await runCli(['fix', '--dictionary', 'words.yml', '--no-color', 'notes.txt'], {cwd: dir, env: {FORCE_COLOR: '1'}})).stdout).not.toContain('\u001B[')
  })

  it('exits as check does: 1 when an error-severity finding is left, 2 for a file it cannot fix, and fixes the others', async () => {
    // "thingamajig" has two replacements: it is left for the writer.
    // A preview exits on what the fixes would leave: nothing in notes.txt.
    expect(await fix('--rule', 'jargon=error', 'notes.txt')).toMatchObject({code: 0})
    const left = await fix('--rule', 'jargon=error', '--write', 'paper.md')
    expect(left.code).toBe(1)
    expect(await read('paper.md')).toBe(fixedPaper)

    const missing = await fix('--write', 'gone.md', 'notes.txt')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('plainspeak: gone.md: cannot be read')
    expect(await read('notes.txt')).toBe('We sort it.\n')

    const folder = await fix('.')
    expect(folder.code).toBe(2)
    expect(folder.stderr).toContain('is a folder: fix changes only the files you name')
  })


  it('fixes several files in the order named, each reported at its turn, though the next is checked while one is fixed', async () => {
    await writeFile(path.join(dir, 'a.md'), 'We widgetise the first paper.\n')
    await writeFile(path.join(dir, 'c.md'), 'We widgetise the third paper.\n')
    const shown = await fix('a.md', 'gone.md', 'c.md', 'notes.txt')
    expect(shown.code).toBe(2)
    const diffs = [...shown.stdout.matchAll(/^\+\+\+ b\/(.+)$/gm)].map((match) => match[1])
    expect(diffs).toEqual(['a.md', 'c.md', 'notes.txt'])
    const reported = shown.stderr.split('\n').filter((line) => line.startsWith('plainspeak: ')).map((line) => line.slice(12, line.indexOf(':', 12)))
    expect(reported).toEqual(['a.md', 'gone.md', 'c.md', 'notes.txt'])

    expect((await fix('--write', 'a.md', 'c.md', 'notes.txt')).code).toBe(0)
    expect(await read('a.md')).toBe('We sort the first paper.\n')
    expect(await read('c.md')).toBe('We sort the third paper.\n')
    expect(await read('notes.txt')).toBe('We sort it.\n')
  })
  it('never writes through a link, and writes only the files named', async () => {
    await mkdir(path.join(dir, 'elsewhere'))
    await writeFile(path.join(dir, 'elsewhere/target.md'), 'We widgetise it.\n')
    await symlink(path.join(dir, 'elsewhere/target.md'), path.join(dir, 'link.md'))
    const result = await fix('--write', 'link.md')
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('is a symbolic link')
    expect(await read('elsewhere/target.md')).toBe('We widgetise it.\n')
    expect(await read('notes.txt')).toBe('We widgetise it.\n')
    expect(await read('paper.md')).toBe(paper)
  })

  it('refuses standard input, a .docx that is not a Word document, and no files at all', async () => {
    expect((await runCli(['fix', '--stdin'], {cwd: dir, input: 'We widgetise it.'})).code).toBe(2)
    await writeFile(path.join(dir, 'paper.docx'), 'not really a docx')
    const docx = await fix('paper.docx')
    expect(docx.code).toBe(2)
    expect(docx.stderr).toBe('plainspeak: paper.docx: This is not a Word document: a .docx file is a zip archive and this one is not. Open it in Word and save it as .docx.\n')
    expect((await runCli(['fix'], {cwd: dir})).code).toBe(2)
  })
})
