/**
 * Checks files in parallel on worker threads (one per core), and hands the outcomes back in the
 * order the files were given, so output is the same on every run. At most `window` files are in
 * flight or waiting to be reported, so memory stays flat however many files there are.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {CheckOptions} from '@plainspeak/core'
import {FileChecker, type CheckTask, type Outcome} from './check-file.js'

export type WorkerRequest = {type: 'options'; key: string; options: CheckOptions} | {type: 'check'; task: CheckTask}
export interface WorkerResponse {
  index: number
  outcome: Outcome
}

export interface PoolOptions {
  /** Worker threads; 1 checks in the main thread. Default: one per core, at most one per file. */
  jobs?: number
  /** Options by key, as the tasks name them. */
  options: ReadonlyMap<string, CheckOptions>
}

/**
 * Heap limits per worker. Without a limit V8 sizes its heap from the machine's memory and lets
 * garbage pile up (about 550 MB for 1,000,000 words on two workers); with these it collects
 * sooner (about 350 MB) at no measurable cost in time. 1 GB old space still checks a 5 MB
 * file, the default --max-file-size.
 */
const workerLimits = {maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 8}

/** How many outcomes may wait for an earlier, slower file before dispatch pauses. */
const windowPerWorker = 16

export function defaultJobs(fileCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), fileCount))
}

/**
 * Runs every task and calls `report` with each outcome, in task order. `report` may be async
 * (writing to a slow stream): the next outcome waits for it.
 */
export async function checkAll(
  tasks: readonly CheckTask[],
  pool: PoolOptions,
  report: (outcome: Outcome, task: CheckTask) => void | Promise<void>
): Promise<void> {
  const jobs = pool.jobs ?? defaultJobs(tasks.length)
  if (jobs <= 1 || tasks.length <= 1) {
    const checker = new FileChecker()
    for (const [key, options] of pool.options) checker.setOptions(key, options)
    for (const task of tasks) await report(await checker.check(task), task)
    return
  }
  await new WorkerPool(Math.min(jobs, tasks.length), pool.options).run(tasks, report)
}

interface Slot {
  worker: Worker
  keys: Set<string>
  task: CheckTask | undefined
}

class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly done = new Map<number, Outcome>()
  private next = 0
  private reported = 0
  private tasks: readonly CheckTask[] = []
  private reporting: Promise<void> = Promise.resolve()
  private closed = false
  private finish!: () => void
  private fail!: (error: unknown) => void

  constructor(
    private readonly size: number,
    private readonly options: ReadonlyMap<string, CheckOptions>
  ) {}

  run(tasks: readonly CheckTask[], report: (outcome: Outcome, task: CheckTask) => void | Promise<void>): Promise<void> {
    this.tasks = tasks
    const finished = new Promise<void>((resolve, reject) => {
      this.finish = resolve
      this.fail = reject
    })
    this.report = report
    for (let index = 0; index < this.size; index++) this.slots.push(this.spawn())
    for (const slot of this.slots) this.dispatch(slot)
    return finished.finally(() => {
      this.closed = true
      return Promise.all(this.slots.map((slot) => slot.worker.terminate()))
    })
  }

  private report: (outcome: Outcome, task: CheckTask) => void | Promise<void> = () => {}

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {resourceLimits: workerLimits})
    const slot: Slot = {worker, keys: new Set(), task: undefined}
    worker.on('message', (response: WorkerResponse) => {
      slot.task = undefined
      this.complete(response.index, response.outcome)
      this.dispatch(slot)
    })
    // A worker that dies (out of memory, a bug in a dependency) fails its file, not the run.
    const replace = (reason: string) => {
      const task = slot.task
      if (!task || this.closed) return
      slot.task = undefined
      this.complete(task.index, {ok: false, path: task.name, message: `Plainspeak could not check this file: ${reason}.`})
      const index = this.slots.indexOf(slot)
      if (index !== -1 && this.reported < this.tasks.length) {
        const fresh = this.spawn()
        this.slots[index] = fresh
        this.dispatch(fresh)
      }
    }
    worker.on('error', (error: NodeJS.ErrnoException) =>
      replace(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'it ran out of memory. Split the file into smaller files' : error.message)
    )
    worker.on('exit', (code) => replace(`the checker stopped (exit code ${code})`))
    return slot
  }

  private dispatch(slot: Slot): void {
    if (slot.task || this.next >= this.tasks.length) return
    // Do not run too far ahead of the file the report is waiting for.
    if (this.next - this.reported >= this.size * windowPerWorker) return
    const task = this.tasks[this.next++]!
    if (!slot.keys.has(task.optionsKey)) {
      const options = this.options.get(task.optionsKey)
      slot.worker.postMessage({type: 'options', key: task.optionsKey, options: options ?? {}} satisfies WorkerRequest)
      slot.keys.add(task.optionsKey)
    }
    slot.task = task
    slot.worker.postMessage({type: 'check', task} satisfies WorkerRequest)
  }

  private complete(index: number, outcome: Outcome): void {
    this.done.set(index, outcome)
    this.reporting = this.reporting.then(() => this.drain()).catch((error: unknown) => this.fail(error))
  }

  /** Reports every outcome that is next in order, then lets idle workers take more files. */
  private async drain(): Promise<void> {
    while (this.done.has(this.reported)) {
      const outcome = this.done.get(this.reported)!
      this.done.delete(this.reported)
      const task = this.tasks[this.reported]!
      this.reported++
      await this.report(outcome, task)
    }
    for (const slot of this.slots) this.dispatch(slot)
    if (this.reported === this.tasks.length) this.finish()
  }
}
