/**
 * The README's CI recipes, run as written: every `plainspeak` command in the GitHub Actions
 * workflow and the GitLab CI job is taken from the README and run in a temporary repository,
 * and what it writes is what the next step of the recipe reads (annotations, the SARIF file the
 * upload step names, the code-quality file the artifact names). The recipes' install line,
 * `npm install --global @plainspeak/cli`, is run by test/pack/pack.test.ts.
 */
import {spawn} from 'node:child_process'
import {chmod, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parse} from 'yaml'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {cliPath, makeFolder, parseJsonReport, repoRoot, runCli, type JsonFile, type RunResult} from '../cli/helpers.js'
import {readmeRecipe} from '../readme-recipes.js'

vi.setConfig({testTimeout: 120_000})

interface Step {
  name?: string
  run?: string
  uses?: string
  if?: string
  with?: Record<string, unknown>
}

let dir: string
let cleanup: () => Promise<void>
let binDir: string
let findings: JsonFile[]
let findingCount: number

beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({
    'docs/board-paper.md': await readFile(path.join(repoRoot, 'examples/board-paper.md'), 'utf8'),
    'docs/residents/bin-collections.html': '<!doctype html>\n<html lang="en"><body><h1>Bin collections</h1><p>Going forward, we will utilise a new app to tell you about missed collections.</p></body></html>\n',
    'src/app.js': "export const note = 'not a document'\n"
  }))
  binDir = path.join(dir, '.bin')
  await mkdir(binDir)
  await writeFile(path.join(binDir, 'plainspeak'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`)
  await chmod(path.join(binDir, 'plainspeak'), 0o755)
  findings = parseJsonReport((await runCli(['check', 'docs', '--format', 'json'], {cwd: dir})).stdout)
  findingCount = findings.reduce((sum, file) => sum + file.messages.length, 0)
  expect(findings.map((file) => file.path)).toEqual(['docs/board-paper.md', 'docs/residents/bin-collections.html'])
  expect(findings.every((file) => file.messages.length > 0)).toBe(true)
})
afterAll(() => cleanup())

/** A recipe's command, run by a shell as the CI runner would, with `plainspeak` on the PATH. */
function shell(command: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = {...process.env, PATH: `${binDir}${path.delimiter}${process.env['PATH']}`, CI: 'true'}
    delete env['FORCE_COLOR']
    const child = spawn('sh', ['-c', command], {cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

const plainspeakCommands = (commands: readonly unknown[]) => commands.filter((command): command is string => typeof command === 'string' && command.startsWith('plainspeak '))

describe('GitHub Actions', () => {
  const workflow = parse(readmeRecipe('github-actions')) as {permissions?: unknown; jobs: Record<string, {permissions: Record<string, string>; steps: Step[]}>}
  const job = Object.values(workflow.jobs)[0]!
  const steps = job.steps
  const commands = plainspeakCommands(steps.map((step) => step.run))

  it('installs the CLI and runs it twice: annotations and SARIF', () => {
    expect(steps.map((step) => step.run).filter(Boolean)).toContain('npm install --global @plainspeak/cli')
    expect(commands).toHaveLength(2)
    expect(job.permissions['security-events']).toBe('write')
  })

  it('ends the options with `--`, so a folder named like an option is read as a folder', () => {
    for (const command of commands) expect(command).toMatch(/ -- docs$/)
  })

  it('annotates every finding', async () => {
    const command = commands.find((line) => line.includes('--format github'))!
    const result = await shell(command)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const annotations = result.stdout.trimEnd().split('\n')
    expect(annotations).toHaveLength(findingCount)
    for (const line of annotations) expect(line).toMatch(/^::(error|warning|notice) file=docs\/[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=Plainspeak [a-z-]+::\S/)
    const expected = findings.flatMap((file) => file.messages.map((message) => `file=${file.path},line=${message.line},col=${message.column},endLine=${message.endLine},endColumn=${message.endColumn},title=Plainspeak ${message.ruleId}`))
    expect(annotations.map((line) => /^::\w+ ([^:]+)::/.exec(line)![1])).toEqual(expected)
  })

  it('writes the SARIF file that the upload step uploads, even after a failing step', async () => {
    const command = commands.find((line) => line.includes('--format sarif'))!
    const runStep = steps.find((step) => step.run === command)!
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!
    expect(upload).toBeDefined()
    expect(runStep.if).toBe('always()')
    expect(upload.if).toBe('always()')
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(runStep))
    const sarifFile = upload.with!['sarif_file'] as string
    expect(command).toContain(`--output ${sarifFile}`)

    const result = await shell(command)
    expect(result.code).toBe(0)
    const log = JSON.parse(await readFile(path.join(dir, sarifFile), 'utf8')) as {version: string; runs: Array<{tool: {driver: {name: string}}; results: Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId: string}}}>}>}>}
    expect(log.version).toBe('2.1.0')
    expect(log.runs[0]!.tool.driver.name).toBe('Plainspeak')
    expect(log.runs[0]!.results).toHaveLength(findingCount)
    expect(new Set(log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(findings.map((file) => file.path)))
  })
})

describe('GitLab CI', () => {
  const pipeline = parse(readmeRecipe('gitlab-ci')) as Record<string, {script: string[]; artifacts: {when: string; reports: {codequality: string}}}>
  const job = Object.values(pipeline)[0]!
  const commands = plainspeakCommands(job.script)

  it('installs the CLI and keeps the report even when the job fails', () => {
    expect(job.script).toContain('npm install --global @plainspeak/cli')
    expect(commands).toHaveLength(1)
    expect(job.artifacts.when).toBe('always')
  })

  it('ends the options with `--` before the folder', () => {
    expect(commands[0]).toMatch(/ -- docs$/)
  })

  it('writes the code-quality report that the artifact names, one issue per finding', async () => {
    const reportFile = job.artifacts.reports.codequality
    expect(commands[0]).toContain(`--output ${reportFile}`)
    const result = await shell(commands[0]!)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const issues = JSON.parse(await readFile(path.join(dir, reportFile), 'utf8')) as Array<{check_name: string; location: {path: string}; fingerprint: string}>
    expect(issues).toHaveLength(findingCount)
    expect(issues.map((issue) => `${issue.location.path} ${issue.check_name}`)).toEqual(findings.flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId}`)))
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length)
  })
})
