/**
 * Helpers for remark-plainspeak's end-to-end tests: a temporary docs project with the sample
 * board paper, and `node_modules` links so that remark-cli and unified-engine load the plugin
 * and reporters by name from the project, as they do in a real one.
 */
import {spawn} from 'node:child_process'
import {mkdir, readFile, symlink} from 'node:fs/promises'
import path from 'node:path'
import type {VFileMessage} from 'vfile-message'
import {makeFolder, repoRoot, writeFiles, type RunResult} from '../cli/helpers.js'

export const boardPaper = await readFile(path.join(repoRoot, 'examples/board-paper.md'), 'utf8')
export const remarkCli = path.join(repoRoot, 'node_modules/remark-cli/cli.js')

/** Packages the project has installed: the built plugin and a reporter. */
const linked = {
  'remark-plainspeak': path.join(repoRoot, 'packages/remark-plainspeak'),
  '@plainspeak/dictionary': path.join(repoRoot, 'packages/dictionary'),
  'vfile-reporter-json': path.join(repoRoot, 'node_modules/vfile-reporter-json')
}

export async function makeDocsProject(files: Record<string, string>): Promise<{dir: string; cleanup: () => Promise<void>}> {
  const project = await makeFolder()
  await writeFiles(project.dir, files)
  await mkdir(path.join(project.dir, 'node_modules'))
  for (const [name, target] of Object.entries(linked)) {
    await mkdir(path.dirname(path.join(project.dir, 'node_modules', name)), {recursive: true})
    await symlink(target, path.join(project.dir, 'node_modules', name), 'dir')
  }
  return project
}

export function runNode(args: readonly string[], cwd: string): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env = {...process.env}
    delete env['FORCE_COLOR']
    const child = spawn(process.execPath, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

/** The fields of a finding that every surface shows, as one line. */
export function findingLine(finding: {line: number; column: number; endLine: number; endColumn: number; severity: string; reason: string; ruleId: string}): string {
  return `${finding.line}:${finding.column}-${finding.endLine}:${finding.endColumn} ${finding.severity} ${finding.reason} ${finding.ruleId}`
}

/** A vfile message as the CLI's JSON report gives a finding. */
export function messageAsJson(message: VFileMessage) {
  const place = message.place as {start: {line: number; column: number; offset: number}; end: {line: number; column: number; offset: number}}
  const extra = message as VFileMessage & {severity: string; note: string; subject: unknown}
  return {
    ruleId: message.ruleId,
    severity: extra.severity,
    reason: message.reason,
    actual: message.actual,
    expected: message.expected,
    note: extra.note,
    url: message.url,
    line: place.start.line,
    column: place.start.column,
    endLine: place.end.line,
    endColumn: place.end.column,
    offset: place.start.offset,
    endOffset: place.end.offset,
    subject: extra.subject
  }
}
