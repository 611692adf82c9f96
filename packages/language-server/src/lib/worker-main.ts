/**
 * What a worker thread started from the server's script does, by the role in its `workerData`:
 * serve checks (check-worker.ts) or walk the workspace (workspace-files.ts). The VS Code bundle
 * is one file, so both roles start from the same script.
 */
import {runCheckWorker} from './check-worker.js'
import {checkWorkerData} from './check-workers.js'
import {runWorkspaceWalk, walkWorkerData} from './workspace-files.js'

const roles: Record<string, () => void> = {
  [checkWorkerData.plainspeak]: runCheckWorker,
  [walkWorkerData.plainspeak]: runWorkspaceWalk
}

/** Runs the worker's role; `false` when `workerData` names none (the script is not on one of the server's workers). */
export function runServerWorker(data: unknown): boolean {
  const role = (data as {plainspeak?: unknown} | null)?.plainspeak
  const run = typeof role === 'string' && Object.hasOwn(roles, role) ? roles[role] : undefined
  run?.()
  return run !== undefined
}
