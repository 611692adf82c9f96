/**
 * `plainspeak stats`, the HTML report and `plainspeak review` as child processes: sections come
 * from core (headings written in bold or as a question count; list items never do), and text
 * that cannot be measured says so instead of giving a reading age.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {check} from '@plainspeak/core'
import {makeFolder, runCli} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

const page = [
  'Help with the cost of a funeral',
  '',
  'This page explains who can get help to pay for a funeral and how to ask for it.',
  '',
  '**Who can apply**',
  '',
  'You can apply if you are arranging the funeral and you get certain benefits.',
  '',
  '- **Proof of benefits**',
  '- A copy of the funeral bill',
  '',
  'What happens next?',
  '',
  'We will write to you within ten working days to say what we will pay.',
  ''
].join('\n')
const runOn = `The council ${Array.from({length: 10}, () => 'wants to hear from residents about the parks and the libraries').join(' and it ')}`

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({'funeral.md': page, 'notes.txt': runOn + '\n'}))
})
afterAll(() => cleanup())

interface Stats {
  readingAge: number | null
  unmeasured: string | null
  sections: Array<{heading: string | null; depth: number; readingAge: number | null}>
}
const statsOf = async (file: string) => (JSON.parse((await runCli(['stats', file, '-f', 'json'], {cwd: dir})).stdout) as {stats: Stats}).stats

describe('sections', () => {
  it('takes a bold line and a question line as headings, never a list item, with core’s figures', async () => {
    const stats = await statsOf('funeral.md')
    expect(stats.sections.map((section) => [section.heading, section.depth])).toEqual([
      [null, 0],
      ['Who can apply', 2],
      ['What happens next?', 2]
    ])
    // The same sections and reading ages as core gives for the same text.
    const core = check(page, {format: 'markdown'}).stats
    expect(stats.sections.map((section) => section.readingAge)).toEqual(core.sections.map((section) => section.readingAge))
    const text = (await runCli(['stats', 'funeral.md'], {cwd: dir})).stdout
    expect(text).toMatch(/^ {4}Who can apply +5 /m)
    expect(text).toMatch(/^ {4}What happens next\? +12 /m)
  })

  it('reads the review sheet’s title from core’s sections: a bold heading after opening prose names a section, not the page', async () => {
    const result = await runCli(['review', 'funeral.md', '-o', 'funeral.html'], {cwd: dir})
    expect(result.code).toBe(0)
    const sheet = await readFile(join(dir, 'funeral.html'), 'utf8')
    expect(sheet).toContain('<title>Help us make our writing clear: funeral.md</title>')
    expect(sheet).not.toContain('This sheet is about: Who can apply')
  })
})

describe('text that cannot be measured', () => {
  it('says so in stats instead of giving a reading age or a Flesch score', async () => {
    const stats = await statsOf('notes.txt')
    expect(stats).toMatchObject({readingAge: null, unmeasured: 'no-full-stops'})
    const text = (await runCli(['stats', 'notes.txt'], {cwd: dir})).stdout
    expect(text).toContain('Reading age           cannot be measured: the sentences run on without full stops')
    expect(text).toContain('Flesch reading ease   – ')
    expect(text).not.toMatch(/\d{3}\.\d/)
  })

  it('says so in the readability finding and the HTML report', async () => {
    const json = JSON.parse((await runCli(['check', 'notes.txt', '-f', 'json', '--suggestions'], {cwd: dir})).stdout) as Array<{messages: Array<{ruleId: string; note: string}>}>
    // The readability finding is folded into the sentence-length finding on the same words.
    const long = json[0]!.messages.find((message) => message.ruleId === 'sentence-length')!
    expect(long.note).toMatch(/Also: the reading age cannot be measured: these \d+ words have no full stop between them\./)
    expect(long.note).not.toMatch(/reading age \d/)
    await runCli(['check', 'notes.txt', '-f', 'html', '-o', 'report.html'], {cwd: dir})
    const report = await readFile(join(dir, 'report.html'), 'utf8')
    expect(report).toContain('cannot be measured: the sentences run on without full stops')
    expect(report).not.toMatch(/>\d{3}\.\d</)
  })
})
