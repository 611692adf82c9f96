/**
 * unified-engine, the engine under remark-cli, driven through its API: config from
 * `.remarkrc.json` files (the nearest one per folder), vfile-reporter on the error stream,
 * `frail`, and every file's messages equal to `check()` on its text.
 */
import {Writable} from 'node:stream'
import {check, type CheckOptions} from '@plainspeak/core'
import {remark} from 'remark'
import {engine, type Context} from 'unified-engine'
import {afterAll, beforeAll, expect, it, vi} from 'vitest'
import {boardPaper, makeDocsProject, messageAsJson} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

const residentsPage = [
  '# Help with care at home',
  '',
  'Going forward, we will signpost you to the reablement team. The JSNA shows that more people want care at home.',
  ''
].join('\n')

let dir: string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({dir, cleanup} = await makeDocsProject({
    '.remarkrc.json': JSON.stringify({plugins: [['remark-plainspeak', {audience: 'board'}]]}),
    'papers/board-paper.md': boardPaper,
    // A folder with its own config: pages for residents.
    'site/.remarkrc.json': JSON.stringify({plugins: [['remark-plainspeak', {audience: 'public', rules: {passive: 'off'}}]]}),
    'site/care-at-home.md': residentsPage
  }))
})

afterAll(() => cleanup())

interface EngineRun {
  code: number
  context: Context
  report: string
}

function run(options: {frail?: boolean}): Promise<EngineRun> {
  let report = ''
  const streamError = new Writable({
    write(chunk, _encoding, callback) {
      report += String(chunk)
      callback()
    }
  })
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: remark(),
        cwd: dir,
        files: ['.'],
        extensions: ['md'],
        rcName: '.remarkrc',
        packageField: 'remarkConfig',
        ignoreName: '.remarkignore',
        pluginPrefix: 'remark',
        color: false,
        out: false,
        output: false,
        frail: options.frail ?? false,
        streamError
      },
      (error, code, context) => (error ? reject(error) : resolve({code: code ?? 0, context: context!, report}))
    )
  })
}

const expectations: Record<string, [string, CheckOptions]> = {
  'papers/board-paper.md': [boardPaper, {format: 'markdown', audience: 'board'}],
  'site/care-at-home.md': [residentsPage, {format: 'markdown', audience: 'public', rules: {passive: 'off'}}]
}

it('gives each file the findings check() gives for its text and its folder’s config', async () => {
  const {code, context, report} = await run({})
  expect(code).toBe(0)
  expect(context.files.map((file) => file.path).sort()).toEqual(Object.keys(expectations).sort())
  for (const file of context.files) {
    const [text, options] = expectations[file.path]!
    const expected = check(text, options).messages
    expect(expected.length).toBeGreaterThan(0)
    expect(file.messages.map(messageAsJson)).toEqual(expected.map((message) => messageAsJson(message)))
    // vfile-reporter names the file and each finding's place.
    expect(report).toContain(file.path)
    for (const message of expected) expect(report).toContain(`${message.place.start.line}:${message.place.start.column}-${message.place.end.line}:${message.place.end.column}`)
  }
})

it('fails a frail run on warnings', async () => {
  const {code, report} = await run({frail: true})
  expect(code).toBe(1)
  expect(report).toMatch(/⚠ \d+ warnings/)
})
