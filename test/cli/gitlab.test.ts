/**
 * `--format gitlab`: a GitLab code-quality report. Checked against the fields GitLab documents
 * for `artifacts:reports:codequality` (description, check_name, fingerprint, severity, location
 * with a path and a begin line), one issue per finding of the JSON report, and fingerprints that
 * are unique and survive edits elsewhere in the file (GitLab compares them between branches).
 */
import {afterAll, beforeAll, expect, it, vi} from 'vitest'
import {cliRequire, makeFolder, parseJsonReport, runCli, samples, writeFiles} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

interface Issue {
  description: string
  check_name: string
  fingerprint: string
  severity: string
  location: {path: string; positions: {begin: {line: number; column: number}; end: {line: number; column: number}}}
}

/** GitLab's code-quality report format, as its documentation lists the fields it reads. */
const codeQualitySchema = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: {type: 'string', minLength: 1},
      check_name: {type: 'string', minLength: 1},
      fingerprint: {type: 'string', minLength: 1},
      severity: {enum: ['info', 'minor', 'major', 'critical', 'blocker']},
      location: {
        type: 'object',
        required: ['path'],
        properties: {
          path: {type: 'string', minLength: 1},
          lines: {type: 'object', required: ['begin'], properties: {begin: {type: 'integer', minimum: 1}}},
          positions: {type: 'object', required: ['begin'], properties: {begin: {type: 'object', required: ['line'], properties: {line: {type: 'integer', minimum: 1}}}}}
        },
        anyOf: [{required: ['lines']}, {required: ['positions']}]
      }
    }
  }
}

const paper = `${samples.acronym}\nWe will signpost families, and signpost carers too.\n`

let dir: string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({'papers/paper.md': paper, 'papers/notes.txt': samples.jargon, 'papers/clean.txt': samples.clean}))
})
afterAll(() => cleanup())

it('is a valid code-quality report with one issue per finding', async () => {
  const result = await runCli(['check', 'papers', '-f', 'gitlab', '--rule', 'acronym-undefined=error', '--rule', 'passive=info'], {cwd: dir})
  expect(result.code).toBe(1)
  const issues = JSON.parse(result.stdout) as Issue[]
  const Ajv = cliRequire('ajv') as new (options: object) => {compile(schema: object): ((data: unknown) => boolean) & {errors?: unknown}}
  const validate = new Ajv({allErrors: true}).compile(codeQualitySchema)
  expect(validate(issues), JSON.stringify(validate.errors)).toBe(true)

  const json = parseJsonReport((await runCli(['check', 'papers', '-f', 'json', '--rule', 'acronym-undefined=error', '--rule', 'passive=info'], {cwd: dir})).stdout)
  const expected = json.flatMap((file) =>
    file.messages.map((message) => ({
      description: message.reason,
      check_name: message.ruleId,
      severity: {error: 'major', warning: 'minor', info: 'info'}[message.severity],
      location: {path: file.path, positions: {begin: {line: message.line, column: message.column}, end: {line: message.endLine, column: message.endColumn}}}
    }))
  )
  expect(expected.length).toBeGreaterThan(2)
  expect(issues.map(({fingerprint: _fingerprint, ...issue}) => issue)).toEqual(expected)
  expect(new Set(issues.map((issue) => issue.severity))).toContain('major')
  expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
})

it('keeps fingerprints when lines are added above, and tells repeated phrases apart', async () => {
  const before = JSON.parse((await runCli(['check', 'papers/paper.md', '-f', 'gitlab'], {cwd: dir})).stdout) as Issue[]
  const signposts = before.filter((issue) => issue.description.includes('signpost'))
  // "signpost" three times: once in the sample, twice in the last sentence.
  expect(signposts).toHaveLength(3)
  expect(new Set(signposts.map((issue) => issue.fingerprint)).size).toBe(3)

  await writeFiles(dir, {'papers/paper.md': `We collect bins on Tuesdays.\n\n${paper}`})
  const after = JSON.parse((await runCli(['check', 'papers/paper.md', '-f', 'gitlab'], {cwd: dir})).stdout) as Issue[]
  expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint))
  expect(after.map((issue) => issue.location.positions.begin.line)).toEqual(before.map((issue) => issue.location.positions.begin.line + 2))
  await writeFiles(dir, {'papers/paper.md': paper})
})

it('is an empty report for a clean file, and leaves out a file that cannot be read', async () => {
  const clean = await runCli(['check', 'papers/clean.txt', '-f', 'gitlab'], {cwd: dir})
  expect(clean.code).toBe(0)
  expect(JSON.parse(clean.stdout)).toEqual([])
  await writeFiles(dir, {'broken.txt': new Uint8Array([0x66, 0x6f, 0x80, 0x0a])})
  const broken = await runCli(['check', 'broken.txt', 'papers/notes.txt', '-f', 'gitlab'], {cwd: dir})
  expect(broken.code).toBe(2)
  expect(broken.stderr).toContain('broken.txt')
  expect((JSON.parse(broken.stdout) as Issue[]).map((issue) => issue.location.path)).toEqual(['papers/notes.txt'])
})
