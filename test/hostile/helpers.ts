/**
 * Helpers for the hostile tests: run the built CLI as a child process with a secret planted in
 * its environment and its peak memory recorded, make throwaway folders with a secret file
 * outside them, and check that nothing leaked and no input changed.
 */
import {spawn} from 'node:child_process'
import {mkdir, mkdtemp, readFile, realpath, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {expect} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {secretMarker} from './attacks.js'

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
export const cliPath = path.join(repoRoot, 'packages/cli/dist/bin.js')
const peakPreload = fileURLToPath(new URL('peak-memory.cjs', import.meta.url))

/** Generous bounds for one run on a loaded two-core CI machine; the real figures are in test/bench/results/hostile.md. */
export const bounds = {seconds: 60, peakMb: 1200}

/** The marker planted in the secret file and in the environment of every run. */
export const secret: string = secretMarker()

export interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  seconds: number
  peakMb: number
}

let runCount = 0

/** Runs the built CLI with the secret in its environment; kills it after `bounds.seconds` × 2. */
export function runCli(args: readonly string[], options: {cwd: string; input?: string | Uint8Array; env?: Record<string, string>}): Promise<Run> {
  const peakFile = path.join(tmpdir(), `plainspeak-peak-${process.pid}-${++runCount}`)
  const env: NodeJS.ProcessEnv = {...process.env, PLAINSPEAK_TEST_SECRET: secret, PLAINSPEAK_PEAK_FILE: peakFile, NODE_OPTIONS: `--require ${peakPreload}`, ...options.env}
  delete env['PLAINSPEAK_DEBUG']
  delete env['NO_COLOR']
  delete env['FORCE_COLOR']
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, [cliPath, ...args], {cwd: options.cwd, env, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), bounds.seconds * 2000)
    child.on('error', reject)
    child.on('close', async (code, signal) => {
      clearTimeout(timer)
      const seconds = (performance.now() - started) / 1000
      const kb = Number(await readFile(peakFile, 'utf8').catch(() => 'NaN'))
      await rm(peakFile, {force: true})
      resolve({code, signal, stdout, stderr, seconds, peakMb: Math.round(kb / 1024)})
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

export interface Project {
  /** The project folder (real path). */
  dir: string
  /** A folder beside it holding `secret.yml`, whose text contains the secret marker. */
  outside: string
  secretFile: string
  cleanup(): Promise<void>
}

/** A project folder with these files, and a secret file outside it. */
export async function project(files: Record<string, string | Uint8Array> = {}): Promise<Project> {
  const root = await realpath(await mkdtemp(path.join(tmpdir(), 'plainspeak-hostile-')))
  const dir = path.join(root, 'project')
  const outside = path.join(root, 'outside')
  await mkdir(dir)
  await mkdir(outside)
  const secretFile = path.join(outside, 'secret.yml')
  await writeFile(secretFile, `password: ${secret}\ntoken: ${secret}\n`)
  await writeFiles(dir, files)
  return {dir, outside, secretFile, cleanup: () => rm(root, {recursive: true, force: true})}
}

export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), {recursive: true})
    await writeFile(path.join(dir, name), content)
  }
}

/** Reads files now, to compare with later: `unchanged()` asserts each is byte for byte the same. */
export async function snapshot(files: readonly string[]): Promise<{unchanged(): Promise<void>}> {
  const before = new Map<string, Buffer>()
  for (const file of files) before.set(file, await readFile(file))
  return {
    async unchanged() {
      for (const [file, bytes] of before) expect((await readFile(file)).equals(bytes), `${file} changed`).toBe(true)
    }
  }
}

/** The run stayed within the bounds and printed no secret, no /etc/passwd line and no environment. */
export function expectContained(run: Run, ...written: string[]): void {
  for (const text of [run.stdout, run.stderr, ...written]) {
    expect(text).not.toContain(secret)
    expect(text).not.toMatch(/root:x?:0:0/)
    expect(text).not.toMatch(/PLAINSPEAK_TEST_SECRET|PATH=\//)
  }
  expect(run.signal, run.stderr).toBeNull()
  expect(run.seconds).toBeLessThan(bounds.seconds)
  expect(run.peakMb).toBeLessThan(bounds.peakMb)
  // Every failure is plain: no stack traces, no "bug" or "unexpected error".
  expect(run.stderr).not.toMatch(/\n\s+at |\bbug\b|unexpected error|\(error\)|\(Bug\)/i)
}

/** Plain text with a finding, used across the tests. */
export const paper = '# Housing plan\n\nThe council will signpost residents to advice.\n'
