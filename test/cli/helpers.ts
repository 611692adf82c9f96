/**
 * Helpers for the CLI's end-to-end tests: run the built `plainspeak` as a child process in a
 * temporary folder and await its exit (no sleeps).
 */
import {spawn} from 'node:child_process'
import {chmod, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const cliPath = path.join(repoRoot, 'packages/cli/dist/bin.js')
export const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url))

/** Test-only packages (docx, ajv) are dev dependencies of @plainspeak/cli, so resolve them from there. */
export const cliRequire = createRequire(path.join(repoRoot, 'packages/cli/package.json'))

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  cwd: string
  input?: string | Uint8Array
  env?: Record<string, string | undefined>
  uid?: number
  gid?: number
}

export function runCli(args: readonly string[], options: RunOptions): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = {...process.env}
  // The tests decide about colour and CI themselves.
  delete env['NO_COLOR']
  delete env['FORCE_COLOR']
  delete env['PLAINSPEAK_DEBUG']
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key]
    else env[key] = value
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      cwd: options.cwd,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
      ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.gid})
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/** A temporary folder with these files (text or bytes); removed by `cleanup`. */
export async function makeFolder(files: Record<string, string | Uint8Array> = {}): Promise<{dir: string; cleanup: () => Promise<void>}> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plainspeak-cli-'))
  // mkdtemp makes the folder private; the permission test runs the CLI as another user.
  await chmod(dir, 0o755)
  await writeFiles(dir, files)
  return {dir, cleanup: () => rm(dir, {recursive: true, force: true})}
}

export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, content)
  }
}

export interface JsonFile {
  path: string
  messages: Array<{
    ruleId: string
    severity: 'error' | 'warning' | 'info'
    reason: string
    actual: string
    expected: string[]
    note: string
    url: string
    line: number
    column: number
    endLine: number
    endColumn: number
    offset: number
    endOffset: number
    group?: {id: string; count: number; ordinal: number}
  }>
  stats: {readingAge: number | null; targetReadingAge: number; words: number; sections: Array<{heading: string | null; line: number; readingAge: number | null}>; acronyms: Array<{acronym: string}>}
}

export function parseJsonReport(stdout: string): JsonFile[] {
  return JSON.parse(stdout) as JsonFile[]
}

/** `path line:column ruleId actual`, compact enough to compare whole reports. */
export function compact(files: readonly JsonFile[]): string[] {
  return files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.ruleId} ${message.actual}`))
}

/** Plain text with a few findings, used across the tests. */
export const samples = {
  /** One jargon warning ("signpost"). */
  jargon: 'We will signpost you.\n',
  /** An undefined acronym (JSNA) and jargon. */
  acronym: '# Health\n\nThe JSNA shows that we should signpost people.\n',
  /** Nothing to report. */
  clean: 'We will help you find the right service.\n'
}
