/**
 * `plainspeak fix --interactive` as a child process, answers fed on standard input: one question
 * per group of changes, as `git add -p` asks (y, n, a, d, q, ?); the groups chosen are written as
 * `--write` writes them (a temporary file and a rename, never over a file changed since it was
 * read); without a terminal or piped answers it refuses before asking anything.
 */
import {spawn} from 'node:child_process'
import {readFile, readdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {cliPath, makeFolder, runCli} from './helpers.js'
import {wordList} from './fix-words.js'

vi.setConfig({testTimeout: 120_000})

const words = wordList('widgetise', 'frobnicate', 'fullness')

const paper = '# Plan\n\nWe widgetise the files and frobnicate them. In the fullness of time, we widgetise more.\n'
const notes = 'We frobnicate the notes.\n'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => {
  ;({dir, cleanup} = await makeFolder({'words.yml': words, 'paper.md': paper, 'notes.txt': notes}))
})
afterEach(() => cleanup())

const ask = (answers: string, ...files: string[]) => runCli(['fix', '--dictionary', 'words.yml', '--interactive', ...files], {cwd: dir, input: answers})
const read = (name: string) => readFile(path.join(dir, name), 'utf8')
const prompt = 'Apply this change [y,n,a,d,q,?]? '

describe('plainspeak fix --interactive', () => {
  it('asks per group with its diff, and writes only the groups answered y', async () => {
    const result = await ask('n\ny\ny\n', 'paper.md')
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(`(1/3) Plain words: widgetise → sort (2)
--- a/paper.md
+++ b/paper.md
@@ -1,3 +1,3 @@
 # Plan
 
-We widgetise the files and frobnicate them. In the fullness of time, we widgetise more.
+We sort the files and frobnicate them. In the fullness of time, we sort more.
${prompt}n
(2/3) Plain words: frobnicate → check (1)
--- a/paper.md
+++ b/paper.md
@@ -1,3 +1,3 @@
 # Plan
 
-We widgetise the files and frobnicate them. In the fullness of time, we widgetise more.
+We widgetise the files and check them. In the fullness of time, we widgetise more.
${prompt}y
(3/3) Shorter phrases: In the fullness of time → Later (1)
--- a/paper.md
+++ b/paper.md
@@ -1,3 +1,3 @@
 # Plan
 
-We widgetise the files and check them. In the fullness of time, we widgetise more.
+We widgetise the files and check them. Later, we widgetise more.
${prompt}y
`)
    expect(result.stderr).toBe('plainspeak: paper.md: applied 2 of 4 safe fixes (frobnicate → check, in the fullness of time → later).\n')
    expect(await read('paper.md')).toBe('# Plan\n\nWe widgetise the files and check them. Later, we widgetise more.\n')
    // Written through a temporary file and a rename: none is left beside it.
    expect((await readdir(dir)).sort()).toEqual(['notes.txt', 'paper.md', 'words.yml'])
  })

  it('takes a for this and every later group, d for none of them, ? for help, and goes on to the next file', async () => {
    const result = await ask('?\nwhat\nd\na\n', 'paper.md', 'notes.txt')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(`${prompt}?\ny - apply this change\nn - do not apply this change\na - apply this change and every later one in this file\n`)
    // An answer it does not know is met with the help, and the same question again.
    expect(result.stdout.split(prompt)).toHaveLength(5)
    expect(await read('paper.md')).toBe(paper)
    expect(await read('notes.txt')).toBe('We check the notes.\n')
    expect(result.stderr).toBe('plainspeak: paper.md: no changes applied.\nplainspeak: notes.txt: applied 1 safe fix (frobnicate → check).\n')

    const rest = await ask('y\na\n', 'paper.md')
    expect(rest.stdout.split(prompt)).toHaveLength(3)
    expect(await read('paper.md')).toBe('# Plan\n\nWe sort the files and check them. Later, we sort more.\n')
    // Nothing is left to fix, so nothing is asked.
    expect(await ask('', 'paper.md')).toMatchObject({code: 0, stdout: '', stderr: ''})
  })

  it('stops at q, or when the answers run out, writing what was chosen and asking nothing about later files', async () => {
    const quit = await ask('y\nq\n', 'paper.md', 'notes.txt')
    expect(quit.code).toBe(0)
    expect(await read('paper.md')).toBe('# Plan\n\nWe sort the files and frobnicate them. In the fullness of time, we sort more.\n')
    expect(await read('notes.txt')).toBe(notes)
    expect(quit.stdout).not.toContain('notes.txt')

    // A change declined leaves its finding, and the exit code says so as check's would.
    const declined = await runCli(['fix', '--dictionary', 'words.yml', '--rule', 'jargon=error', '--interactive', 'notes.txt'], {cwd: dir, input: 'n\n'})
    expect(declined).toMatchObject({code: 1, stderr: 'plainspeak: notes.txt: no changes applied.\n'})

    const runOut = await ask('y\n', 'notes.txt', 'paper.md')
    expect(runOut.stderr).toBe('plainspeak: notes.txt: applied 1 safe fix (frobnicate → check).\nplainspeak: paper.md: no more answers, so the changes not yet chosen are left as they are.\nplainspeak: paper.md: no changes applied.\n')
    expect(await read('notes.txt')).toBe('We check the notes.\n')
  })

  it('refuses a file changed while the questions were asked, and leaves it as the other program saved it', async () => {
    const child = spawn(process.execPath, [cliPath, 'fix', '--dictionary', 'words.yml', '--interactive', 'notes.txt'], {cwd: dir, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const asked = new Promise<void>((resolve) =>
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk
        if (stdout.includes(prompt)) resolve()
      })
    )
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve))
    await asked
    await writeFile(path.join(dir, 'notes.txt'), 'We frobnicate the notes, and an editor saved this meanwhile.\n')
    child.stdin.end('y\n')
    expect(await closed).toBe(2)
    expect(stderr).toBe('plainspeak: notes.txt: changed after it was read (saved by another program?). Nothing was written: run fix again.\n')
    expect(await read('notes.txt')).toBe('We frobnicate the notes, and an editor saved this meanwhile.\n')
    expect((await readdir(dir)).sort()).toEqual(['notes.txt', 'paper.md', 'words.yml'])
  })

  it('refuses without a terminal or piped answers, and with -o, before changing anything', async () => {
    const child = spawn(process.execPath, [cliPath, 'fix', '--dictionary', 'words.yml', '--interactive', 'paper.md'], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']})
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(code).toBe(2)
    expect(stderr).toBe(
      "plainspeak: --interactive asks about each group of changes and reads the answers from standard input, but standard input is not a terminal or a pipe. Run it at a terminal, or pipe the answers in (for example: printf 'y\\nn\\n' | plainspeak fix --interactive paper.md), or use --write to apply every safe fix.\n"
    )
    expect(await read('paper.md')).toBe(paper)

    const copy = await runCli(['fix', '--interactive', 'paper.docx', '-o', 'copy.docx'], {cwd: dir, input: 'y\n'})
    expect(copy.code).toBe(2)
    expect(copy.stderr).toContain("--interactive asks about the changes to Markdown, text and HTML files; a Word document's changes are reviewed in Word")
  })
})
