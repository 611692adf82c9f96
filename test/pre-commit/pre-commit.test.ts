/**
 * The pre-commit hook under the real `pre-commit` tool (Debian's package; test/setup.sh installs
 * it) on temporary git repositories, with the README's own `.pre-commit-config.yaml` examples.
 * The hook repository is a local clone holding this checkout's `.pre-commit-hooks.yaml`, and
 * every pre-commit and git command runs in a network namespace with no network at all (where
 * `unshare` allows one), so the hook is shown to need none.
 */
import {spawn, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {chmod, copyFile, mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {cliPath, cliRequire, repoRoot, runCli, writeFiles, type RunResult} from '../cli/helpers.js'
import {readmeRecipe, rootReadme} from '../readme-recipes.js'

vi.setConfig({testTimeout: 180_000})

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
/** `unshare -rn`: a new user and network namespace, in which only a downed loopback exists. */
const offline = spawnSync('unshare', ['-rn', 'true']).status === 0

let root: string
let hookRepo: string
let hookRev: string
let env: NodeJS.ProcessEnv

function run(command: string, args: readonly string[], cwd: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  const [file, argv] = offline ? ['unshare', ['-rn', command, ...args]] : [command, [...args]]
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, {cwd, env: {...env, ...extraEnv}, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

async function git(cwd: string, ...args: string[]): Promise<string> {
  const result = await run('git', args, cwd)
  if (result.code !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`)
  return result.stdout.trim()
}

async function newRepository(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = path.join(root, name)
  await mkdir(dir, {recursive: true})
  await git(dir, 'init', '-q', '-b', 'main')
  await git(dir, 'config', 'user.name', 'Plainspeak test')
  await git(dir, 'config', 'user.email', 'test@example.org')
  await writeFiles(dir, files)
  return dir
}

/** An executable `plainspeak` that runs this checkout's built CLI. */
async function writeCliShim(file: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  await writeFile(file, `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`)
  await chmod(file, 0o755)
}

async function wordDocument(): Promise<Uint8Array> {
  const {Document, Packer, Paragraph} = cliRequire('docx') as {
    Document: new (options: object) => object
    Packer: {toBuffer(document: object): Promise<Uint8Array>}
    Paragraph: new (options: object | string) => object
  }
  const document = new Document({sections: [{children: [new Paragraph('Adult social care'), new Paragraph('We will signpost carers to the right service going forward.')]}]})
  return Packer.toBuffer(document)
}

const boardPaper = await readFile(path.join(repoRoot, 'examples/board-paper.md'), 'utf8')
let documents: Record<string, string | Uint8Array>

beforeAll(async () => {
  expect(hasPreCommit, 'pre-commit is not installed: run `bash test/setup.sh` (Debian package `pre-commit`)').toBe(true)
  root = await mkdtemp(path.join(tmpdir(), 'plainspeak-pre-commit-'))
  env = {...process.env, PRE_COMMIT_HOME: path.join(root, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never', GIT_CONFIG_NOSYSTEM: '1', HOME: root}
  delete env['FORCE_COLOR']
  delete env['NO_COLOR']
  documents = {
    'docs/board-paper.md': boardPaper,
    'docs/bin-collections.html': '<!doctype html>\n<html lang="en"><body><h1>Bin collections</h1><p>Going forward, we will utilise a new app to tell you about missed collections.</p></body></html>\n',
    'docs/minutes.txt': 'The committee agreed to touch base with the ICB before the next meeting.\n',
    'docs/carers.docx': await wordDocument(),
    // Not documents: never checked.
    'src/app.js': "export const message = 'Going forward we will leverage synergies.'\n",
    'docs/notes.json': '{"note": "We will leverage our partners going forward."}\n'
  }
  // The hook repository: this checkout's .pre-commit-hooks.yaml, committed in a local repository.
  hookRepo = await newRepository('hooks', {})
  await copyFile(path.join(repoRoot, '.pre-commit-hooks.yaml'), path.join(hookRepo, '.pre-commit-hooks.yaml'))
  await git(hookRepo, 'add', '.pre-commit-hooks.yaml')
  await git(hookRepo, 'commit', '-q', '-m', 'hooks')
  hookRev = await git(hookRepo, 'rev-parse', 'HEAD')
})

afterAll(() => (root ? rm(root, {recursive: true, force: true}) : undefined))

/** The README's example, pointed at the local hook repository instead of the organisation's copy it names. */
function preCommitConfig(): string {
  const recipe = readmeRecipe('pre-commit')
  expect(recipe).toContain('repo: https://git.example.gov.uk/digital/plainspeak')
  expect(recipe).toMatch(/rev: \S+/)
  return recipe.replace(/https:\/\/git\.example\.gov\.uk\/digital\/plainspeak\s*#[^\n]*/, hookRepo).replace(/rev: \S+/, `rev: ${hookRev}`)
}

/** What the CLI itself prints for these files, in the order pre-commit passes them (sorted). */
async function cliReport(cwd: string, files: readonly string[], args: readonly string[] = []): Promise<string> {
  const result = await runCli(['check', ...args, ...[...files].sort()], {cwd})
  return result.stdout
}

const stagedDocuments = ['docs/bin-collections.html', 'docs/board-paper.md', 'docs/carers.docx', 'docs/minutes.txt']

describe('the hook from .pre-commit-hooks.yaml', () => {
  let project: string
  let binDir: string

  beforeAll(async () => {
    project = await newRepository('project', {...documents, '.pre-commit-config.yaml': preCommitConfig(), 'drafts/unstaged.md': 'We will leverage our partners going forward.\n'})
    binDir = path.join(root, 'global-bin')
    await writeCliShim(path.join(binDir, 'plainspeak'))
    env['PATH'] = `${binDir}${path.delimiter}${process.env['PATH']}`
    await git(project, 'add', 'docs', 'src', '.pre-commit-config.yaml')
  })

  it('checks the staged documents, and only them, with the same report as the CLI', async () => {
    const result = await run('pre-commit', ['run'], project)
    expect(result.stderr).toBe('')
    expect(result.code, result.stdout).toBe(0)
    expect(result.stdout).toMatch(/^Plainspeak \(plain language\)\.+Passed$/m)
    const report = await cliReport(project, stagedDocuments)
    expect(report).toContain('docs/board-paper.md')
    // The Word document's findings, placed by the opening words of their paragraph.
    expect(report).toMatch(/docs\/carers\.docx\n.*\n {4}“We will signpost carers/)
    expect(result.stdout).toContain(report.trim())
    for (const notChecked of ['src/app.js', 'docs/notes.json', 'drafts/unstaged.md']) expect(result.stdout).not.toContain(notChecked)
  })

  it('lets a commit with warnings through, and stops one with an error finding', async () => {
    expect((await run('pre-commit', ['install'], project)).code).toBe(0)
    const first = await run('git', ['commit', '-q', '-m', 'Add the papers'], project)
    expect(first.code, first.stdout + first.stderr).toBe(0)
    const head = await git(project, 'rev-parse', 'HEAD')

    await writeFiles(project, {'.plainspeakrc.json': JSON.stringify({rules: {jargon: 'error'}}), 'docs/minutes.txt': 'We will signpost residents to the hub going forward.\n'})
    await git(project, 'add', '.plainspeakrc.json', 'docs/minutes.txt')
    const stopped = await run('git', ['commit', '-q', '-m', 'Update the minutes'], project)
    expect(stopped.code).toBe(1)
    const output = stopped.stdout + stopped.stderr
    expect(output).toMatch(/^Plainspeak \(plain language\)\.+Failed$/m)
    expect(output).toContain((await cliReport(project, ['docs/minutes.txt'])).trim())
    expect(output).toMatch(/docs\/minutes\.txt[\s\S]*error/)
    expect(await git(project, 'rev-parse', 'HEAD')).toBe(head)
  })

  it('stops a commit on warnings with `args: [--max-warnings=0, --]`, as the README says', async () => {
    const strict = preCommitConfig().replace(/^(\s*)- id: plainspeak$/m, '$1- id: plainspeak\n$1  args: [--max-warnings=0, --]')
    expect(strict).toContain('args: [--max-warnings=0, --]')
    expect(readFileSync(rootReadme, 'utf8')).toContain('`args: [--max-warnings=0, --]`')
    await writeFiles(project, {'.pre-commit-config.yaml': strict, '.plainspeakrc.json': '{}\n'})
    await git(project, 'add', '.pre-commit-config.yaml', '.plainspeakrc.json', 'docs/minutes.txt')
    const result = await run('pre-commit', ['run'], project)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain((await cliReport(project, ['docs/minutes.txt'], ['--max-warnings=0'])).trim())
  })
})

describe('the local hook for a project with the CLI as a dev dependency', () => {
  it('runs node_modules/.bin/plainspeak on the staged documents', async () => {
    const recipe = readmeRecipe('pre-commit-local')
    const project = await newRepository('local-project', {...documents, '.pre-commit-config.yaml': recipe})
    await writeCliShim(path.join(project, 'node_modules/.bin/plainspeak'))
    await git(project, 'add', 'docs', 'src', '.pre-commit-config.yaml')
    // No `plainspeak` on the PATH this time.
    const result = await run('pre-commit', ['run'], project, {PATH: process.env['PATH']})
    expect(result.code, result.stdout + result.stderr).toBe(0)
    expect(result.stdout).toMatch(/^Plainspeak \(plain language\)\.+Passed$/m)
    expect(result.stdout).toContain((await cliReport(project, stagedDocuments)).trim())
  })
})
