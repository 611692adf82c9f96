/**
 * Attack 3: .docx zip bombs. A megabyte that inflates to a gigabyte used to take the process to
 * gigabytes and kill it. The central directory is checked before anything is inflated, the XML
 * is inflated under a hard cap (headers can lie), and the refusal names the file and the limit,
 * in every command that reads a file; the other files' results still arrive.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {docx, docxBomb, docxLargeText, docxManyEntries} from './attacks.js'
import {expectContained, paper, project, runCli, snapshot, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project
let honest: Buffer
let lying: Buffer
beforeAll(async () => {
  // 100 MB of XML in about 100 KB; the benchmark uses 1 GB in 1 MB.
  honest = await docxBomb({megabytes: 100})
  lying = await docxBomb({megabytes: 100, lie: true})
  made = await project({
    'honest.docx': honest,
    'lying.docx': lying,
    'paragraphs.docx': await docxBomb({megabytes: 30, paragraphs: true}),
    'parts.docx': docxManyEntries(20_000),
    'large.docx': docxLargeText(12),
    'good.docx': docx(['We will signpost residents to advice.']),
    'good.md': paper
  })
})
afterAll(() => made.cleanup())

const declared = 'plainspeak: cannot check honest.docx: The text parts of this .docx file unpack to 100 MB, over the 20 MB limit. Split the document into smaller files, or raise the limit with --max-file-size (the .docx limit is 4 times it).'

describe('zip bombs', () => {
  it('refuses a bomb with honest sizes from its table of contents, in check, --stdin, glossary and stats, quickly and in little memory', async () => {
    expect(honest.length).toBeLessThan(200_000)
    const files = await snapshot([path.join(made.dir, 'honest.docx')])
    for (const [args, input] of [
      [['check', 'honest.docx'], undefined],
      [['check', '--stdin', '--stdin-filename', 'honest.docx'], honest],
      [['glossary', 'honest.docx'], undefined],
      [['stats', 'honest.docx'], undefined]
    ] as const) {
      const run = await runCli(args, {cwd: made.dir, ...(input ? {input} : {})})
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr.trimEnd().split('\n')).toContain(declared.replace(/^plainspeak: /, args[0] === 'check' ? 'plainspeak: ' : 'plainspeak: '))
      expect(run.peakMb).toBeLessThan(400)
      expectContained(run)
    }
    await files.unchanged()
  })

  it('refuses a bomb whose headers lie, by capping what it inflates', async () => {
    const run = await runCli(['check', 'lying.docx'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'plainspeak: cannot check lying.docx: The text parts of this .docx file unpack to more than 20 MB (more than its headers say: a zip bomb), over the 20 MB limit. Split the document into smaller files, or raise the limit with --max-file-size (the .docx limit is 4 times it).\n'
    )
    expect(run.peakMb).toBeLessThan(400)
    expectContained(run)
  })

  it('refuses a bomb of short paragraphs, too many parts, and XML over the limit', async () => {
    const run = await runCli(['check', 'paragraphs.docx', 'parts.docx', 'large.docx', '--max-file-size', '2'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'plainspeak: cannot check paragraphs.docx: The text parts of this .docx file unpack to 30 MB, over the 8 MB limit. Split the document into smaller files, or raise the limit with --max-file-size (the .docx limit is 4 times it).',
      'plainspeak: cannot check parts.docx: This .docx file holds 20,003 parts; a Word document has a few dozen (at most 10,000 are accepted). It is not an ordinary Word document, so Plainspeak did not open it.',
      'plainspeak: cannot check large.docx: The text parts of this .docx file unpack to 12 MB, over the 8 MB limit. Split the document into smaller files, or raise the limit with --max-file-size (the .docx limit is 4 times it).'
    ])
    expectContained(run)
  })

  it('checks every other file and reports them, exit 2', async () => {
    const run = await runCli(['check', 'honest.docx', 'good.docx', 'lying.docx', 'good.md', '-f', 'json'], {cwd: made.dir})
    expect(run.code).toBe(2)
    const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{actual: string}>}>
    expect(report.map((file) => `${file.path}: ${file.messages.map((message) => message.actual).join(', ')}`)).toEqual(['good.docx: signpost', 'good.md: signpost'])
    expect(run.stderr).toContain(declared)
    expectContained(run)
  })

  it('still reads an ordinary .docx', async () => {
    await writeFile(path.join(made.dir, 'again.docx'), docx(['The JSNA was agreed.', 'We will signpost residents.']))
    const run = await runCli(['glossary', 'again.docx'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('| JSNA | Joint Strategic Needs Assessment |')
    expectContained(run)
  })
})
