/**
 * Files that cannot be checked: each is named on stderr with what to do, every other file is
 * still checked and reported, and the run exits 2. An empty file is checked and has no findings.
 */
import {spawnSync} from 'node:child_process'
import {chmod} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {cliPath, compact, makeFolder, parseJsonReport, runCli, samples} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

let dir: string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({
    'a-good.md': samples.jargon,
    'b-binary.txt': new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02, 0x03]),
    'c-latin1.txt': new Uint8Array([...Buffer.from('Line one\nCaf'), 0xe9, ...Buffer.from(' au lait\n')]),
    'd-not-a-zip.docx': 'This is plain text with a .docx name.\n',
    'e-empty.md': '',
    'f-old-word.docx': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    'g-utf16.txt': new Uint8Array([0xff, 0xfe, ...Buffer.from('We will signpost you.\n', 'utf16le')]),
    'h-good.txt': samples.jargon
  }))
})
afterAll(() => cleanup())

describe('bad files among good ones', () => {
  it('names each bad file with a clear message, checks the rest, and exits 2', async () => {
    const result = await runCli(['check', '-f', 'json', '.', 'missing.md'], {cwd: dir})
    expect(result.code).toBe(2)
    const report = parseJsonReport(result.stdout)
    expect(report.map((file) => file.path)).toEqual(['a-good.md', 'e-empty.md', 'g-utf16.txt', 'h-good.txt'])
    expect(compact(report)).toEqual(['a-good.md 1:9 jargon signpost', 'g-utf16.txt 1:9 jargon signpost', 'h-good.txt 1:9 jargon signpost'])
    // The empty file is checked: no findings, no reading age.
    expect(report[1]).toMatchObject({messages: [], stats: {words: 0, readingAge: null}})
    const errors = result.stderr.trimEnd().split('\n')
    expect(errors).toEqual([
      'plainspeak: missing.md: File not found. Check the path and the spelling of the file name.',
      'plainspeak: cannot check b-binary.txt: This looks like a binary file, not text. Plainspeak checks .md, .txt, .html and .docx files: save the document as one of those.',
      'plainspeak: cannot check c-latin1.txt: This file is not valid UTF-8 text (the first bad byte is on line 2, column 4). Save it as UTF-8 and check it again.',
      'plainspeak: cannot check d-not-a-zip.docx: This is not a Word document: a .docx file is a zip archive and this one is not. Open it in Word and save it as .docx.',
      'plainspeak: cannot check f-old-word.docx: This is an old Word .doc file or a password-protected document. Open it in Word and save it as .docx without a password.'
    ])
  })

  it('the human report ends by saying files could not be checked', async () => {
    const result = await runCli(['check', 'a-good.md', 'b-binary.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('a-good.md')
    expect(result.stdout).toContain('1 file could not be checked (see the messages above).')
    expect(result.stderr).toContain('b-binary.txt')
  })

  it('a file over --max-file-size is skipped with a message', async () => {
    const result = await runCli(['check', 'a-good.md', 'h-good.txt', '--max-file-size', '0.00001', '-f', 'json'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('plainspeak: cannot check a-good.md: This file is 22 bytes, over the 10 bytes limit. Split it into smaller files, or raise the limit with --max-file-size.')
  })

  it('a 50 MB file is refused at once with the limit in the message; the other files are checked', async () => {
    const {dir: folder, cleanup: remove} = await makeFolder({'huge.txt': Buffer.alloc(50_000_000, 'Plain words. '), 'small.txt': samples.jargon})
    try {
      const result = await runCli(['check', 'huge.txt', 'small.txt', '-f', 'json'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe('plainspeak: cannot check huge.txt: This file is 50 MB, over the 5 MB limit. Split it into smaller files, or raise the limit with --max-file-size.\n')
      expect(compact(parseJsonReport(result.stdout))).toEqual(['small.txt 1:9 jargon signpost'])
    } finally {
      await remove()
    }
  })

  it('empty input on stdin: no findings, exit 0', async () => {
    const result = await runCli(['check', '--stdin', '-f', 'json'], {cwd: dir, input: ''})
    expect(result.code).toBe(0)
    expect(parseJsonReport(result.stdout)[0]!.messages).toEqual([])
  })

  it('binary input on stdin: exit 2', async () => {
    const result = await runCli(['check', '--stdin'], {cwd: dir, input: new Uint8Array([1, 0, 2])})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('plainspeak: cannot check stdin: This looks like a binary file')
  })
})

describe('permission denied', () => {
  // Root reads any file, so as root the CLI runs as `nobody`; that needs the repository to be readable by others.
  const isRoot = process.getuid?.() === 0
  const nobody = 65534
  const canRunAsNobody = !isRoot || spawnSync(process.execPath, [cliPath, '--version'], {uid: nobody, gid: nobody}).status === 0

  it.skipIf(!canRunAsNobody)('an unreadable file is named, the others are checked, exit 2', async () => {
    const {dir: folder, cleanup: remove} = await makeFolder({'open.txt': samples.jargon, 'secret.txt': samples.jargon})
    try {
      await chmod(path.join(folder, 'secret.txt'), 0o000)
      const result = await runCli(['check', '-f', 'json', 'open.txt', 'secret.txt'], {cwd: folder, ...(isRoot ? {uid: nobody, gid: nobody} : {})})
      expect(result.code).toBe(2)
      expect(result.stderr).toBe('plainspeak: cannot check secret.txt: Permission denied: Plainspeak cannot read this file. Check its permissions.\n')
      expect(compact(parseJsonReport(result.stdout))).toEqual(['open.txt 1:9 jargon signpost'])
    } finally {
      await remove()
    }
  })
})
