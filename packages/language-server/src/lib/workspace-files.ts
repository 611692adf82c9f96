/**
 * The files "check workspace" reads: the workspace folders walked by the same file discovery as
 * the `plainspeak` command (`findFiles` in @plainspeak/config: core's document extensions,
 * `.gitignore` and `.plainspeakignore` honoured, links never followed out of the folder, each
 * file once however many names or workspace folders reach it).
 *
 * The walk runs on a worker thread of its own, under the same time and memory limits as one
 * check (budget.ts), so that a huge folder or a long ignore file never holds the main thread:
 * hovers and diagnostics are answered while it walks.
 */
import {parentPort, Worker, workerData} from 'node:worker_threads'
import {findFiles, type FoundFile} from '@plainspeak/config'
import {formatFromPath, languageIdOfFormat} from '@plainspeak/core'
import {youngGenerationMb, type CheckBudget} from './budget.js'

/** Most files one "check workspace" reads. */
export const maxWorkspaceFiles = 5000

/** What tells a worker thread started from the server's own script to walk the workspace. */
export const walkWorkerData = {plainspeak: 'workspace-walk'} as const

export type WalkResult = {files: FoundFile[]} | {stopped: string}

async function workspaceFiles(folders: readonly string[]): Promise<FoundFile[]> {
  const seen = new Set<string>()
  const files: FoundFile[] = []
  // Each folder is walked from itself, so its own ignore files apply.
  for (const folder of folders) {
    files.push(...(await findFiles(['.'], folder, {seen})).files)
    if (files.length >= maxWorkspaceFiles) break
  }
  return files.slice(0, maxWorkspaceFiles)
}

/** Walks the workspace folders on a worker thread started from `script`, within the budget's time and memory. */
export function walkWorkspace(script: string | URL, folders: readonly string[], limits: Pick<CheckBudget, 'timeoutMs' | 'maxMemoryMb'>): Promise<WalkResult> {
  return new Promise((resolve) => {
    const thread = new Worker(script, {
      workerData: {...walkWorkerData, folders: [...folders]},
      stdout: true,
      resourceLimits: {maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: youngGenerationMb}
    })
    thread.stdout.pipe(process.stderr, {end: false})
    let result: WalkResult | undefined
    const finish = (value: WalkResult) => {
      result ??= value
      clearTimeout(timer)
      void thread.terminate()
    }
    const timer = setTimeout(
      () =>
        finish({
          stopped: `Plainspeak stopped looking for files after ${limits.timeoutMs / 1000} s, the limit for one check: the workspace has too many files, or ignore files too long to apply. Check a smaller folder, or raise the limit with the \`plainspeak.timeout\` setting.`
        }),
      limits.timeoutMs
    )
    thread.on('message', (files: FoundFile[]) => finish({files}))
    thread.on('error', (error: NodeJS.ErrnoException) =>
      finish({
        stopped:
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `Plainspeak stopped looking for files: listing them needed more than ${limits.maxMemoryMb} MB of memory, the limit for one check. Check a smaller folder, or raise the limit with the \`plainspeak.maxMemory\` setting.`
            : `Plainspeak could not list the workspace's files: ${error.message.slice(0, 200)}`
      })
    )
    thread.on('exit', () => {
      clearTimeout(timer)
      resolve(result ?? {stopped: 'Plainspeak could not list the workspace’s files: the walk stopped.'})
    })
  })
}

/** The walk's side of `walkWorkspace`, on its worker thread. */
export function runWorkspaceWalk(): void {
  const port = parentPort
  if (!port) throw new Error('The workspace walk runs on a worker thread.')
  const folders = (workerData as {folders: string[]}).folders
  void workspaceFiles(folders).then((files) => port.postMessage(files))
}

/** The editor language id of a file on disk, from its extension. */
export const languageIdOf = (file: string): string => languageIdOfFormat[formatFromPath(file)]
