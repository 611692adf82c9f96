/**
 * Checks files in parallel on worker threads (one per core), and hands the outcomes back in the
 * order the files were given, so output is the same on every run. At most `window` files are in
 * flight or waiting to be reported, so memory stays flat however many files there are.
 *
 * Every file is checked on a worker, even a single one, under a budget: a memory limit (the
 * worker's heap) and a time limit. A file that passes either is reported by name with what to
 * do, its worker is replaced, and every other file's result still arrives.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {CheckOptions} from '@plainspeak/core'
import {formatSeconds} from '@plainspeak/base'
import {overMemoryMessage, type CheckTask, type FileResult, type Outcome} from './file-checker.js'
import {packedBuffers, packValues, unpackValues, type PackedValues, type ValuePacker} from './packed-messages.js'
import {UsageError} from './errors.js'

export type WorkerRequest = {type: 'options'; key: string; options: CheckOptions} | {type: 'check'; task: CheckTask}
export type WorkerResponse = {type: 'ready'} | {type: 'done'; index: number; outcome: PackedOutcome}

/** An outcome as it crosses from a worker: a file's findings packed (packed-messages.ts), everything else as it is. */
export type PackedOutcome =
  | {ok: true; result: Omit<FileResult, 'messages' | 'findings'>; messages: PackedValues; findings?: PackedValues}
  | Extract<Outcome, {ok: false}>

/** `packed`: the findings, packed as they were made, when the result's `messages` was left empty (worker.ts). */
export function packOutcome(outcome: Outcome, packed?: ValuePacker): PackedOutcome {
  if (!outcome.ok) return outcome
  const {messages, findings, ...result} = outcome.result
  return {ok: true, result, messages: packed ? packed.finish() : packValues(messages), ...(findings ? {findings: packValues(findings)} : {})}
}

/** The buffers of a packed outcome, moved to the main thread rather than copied. */
export function outcomeBuffers(packed: PackedOutcome): ArrayBuffer[] {
  if (!packed.ok) return []
  return [...packedBuffers(packed.messages), ...(packed.findings ? packedBuffers(packed.findings) : [])]
}

export function unpackOutcome(packed: PackedOutcome): Outcome {
  if (!packed.ok) return packed
  return {
    ok: true,
    result: {...packed.result, messages: unpackValues(packed.messages), ...(packed.findings ? {findings: unpackValues(packed.findings)} : {})}
  }
}

export interface PoolOptions {
  /** Worker threads. Default: one per core, at most one per file; never more than one per core. */
  jobs?: number
  /** Options by key, as the tasks name them. */
  options: ReadonlyMap<string, CheckOptions>
  /** Longest one file may take, in milliseconds (`--timeout`). */
  timeoutMs?: number
  /** Most memory one file may use, in megabytes: the worker's heap (`--max-memory`). */
  maxMemoryMb?: number
}

/**
 * Heap limit per worker, the memory budget of one file. Without a limit V8 sizes its heap from
 * the machine's memory and lets garbage pile up (about 550 MB for 1,000,000 words on two
 * workers); with one it collects sooner (about 350 MB) at no measurable cost in time. 1 GB
 * still checks a 5 MB file, the default --max-file-size.
 */
export const defaultMaxMemoryMb = 1024
/** Time budget of one file: a 5 MB file takes about 20 s on a slow machine. */
export const defaultTimeoutMs = 120_000
const youngGenerationMb = 8

/** How many outcomes may wait for an earlier, slower file before dispatch pauses. */
const windowPerWorker = 16

export function defaultJobs(fileCount: number): number {
  return Math.max(1, Math.min(availableParallelism(), fileCount))
}

/**
 * Most worker threads a run starts: one per core. Each may use up to --max-memory, and checking
 * is work for a processor, so threads beyond the cores only add memory (`-j 200` took 6 GB).
 */
export function maxJobs(): number {
  return Math.max(1, availableParallelism())
}

/** The threads to start for `--jobs`, and a sentence when fewer than asked for. */
export function chooseJobs(requested: number | undefined, fileCount: number): {jobs: number; note?: string} {
  const cap = maxJobs()
  const wanted = Math.max(1, Math.min(requested ?? defaultJobs(fileCount), fileCount))
  if (wanted <= cap) return {jobs: wanted}
  return {
    jobs: Math.max(1, Math.min(cap, fileCount)),
    note: `--jobs ${requested} is more than the ${cap} ${cap === 1 ? 'core' : 'cores'} of this machine: using at most ${cap} worker ${cap === 1 ? 'thread' : 'threads'}, as more would only take more memory.`
  }
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
  if (tasks.length === 0) return
  await new WorkerPool(chooseJobs(pool.jobs, tasks.length).jobs, pool).run(tasks, report)
}

interface Slot {
  worker: Worker
  keys: Set<string>
  task: CheckTask | undefined
  /** Ends the task when it passes its time budget. */
  timer?: NodeJS.Timeout
  /** Why the worker was stopped, when it was stopped on purpose. */
  stopped?: string
  /** Loaded and listening: files are sent only then, so loading does not count against a file's time. */
  ready: boolean
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

  private readonly options: ReadonlyMap<string, CheckOptions>
  private readonly timeoutMs: number
  private readonly maxMemoryMb: number

  constructor(
    private readonly size: number,
    pool: PoolOptions
  ) {
    this.options = pool.options
    this.timeoutMs = pool.timeoutMs ?? defaultTimeoutMs
    this.maxMemoryMb = pool.maxMemoryMb ?? defaultMaxMemoryMb
  }

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
      for (const slot of this.slots) clearTimeout(slot.timer)
      return Promise.all(this.slots.map((slot) => slot.worker.terminate()))
    })
  }

  private report: (outcome: Outcome, task: CheckTask) => void | Promise<void> = () => {}

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {
      workerData: {maxMemoryMb: this.maxMemoryMb},
      resourceLimits: {maxOldGenerationSizeMb: this.maxMemoryMb, maxYoungGenerationSizeMb: youngGenerationMb}
    })
    const slot: Slot = {worker, keys: new Set(), task: undefined, ready: false}
    worker.on('message', (response: WorkerResponse) => {
      if (response.type === 'ready') {
        slot.ready = true
        this.dispatch(slot)
        return
      }
      clearTimeout(slot.timer)
      slot.task = undefined
      this.complete(response.index, unpackOutcome(response.outcome))
      // A worker with no file left to take is stopped now, not at the end of the run: its heap (a
      // big file's garbage, not yet collected) is given back before the last reports are written.
      if (this.next >= this.tasks.length) void worker.terminate()
      else this.dispatch(slot)
    })
    // A worker that dies (out of memory, out of time, a fault in a dependency) fails its file, not the run.
    const replace = (message: string) => {
      clearTimeout(slot.timer)
      if (!slot.ready && !this.closed) {
        // It could not even start: trying again would fail the same way.
        this.closed = true
        this.fail(new UsageError(`Plainspeak could not start a checker thread: ${startFailure(message)}`))
        return
      }
      const task = slot.task
      if (!task || this.closed) return
      slot.task = undefined
      this.complete(task.index, {ok: false, path: task.name, message})
      const index = this.slots.indexOf(slot)
      if (index !== -1 && this.reported < this.tasks.length) {
        const fresh = this.spawn()
        this.slots[index] = fresh
        this.dispatch(fresh)
      }
    }
    worker.on('error', (error: NodeJS.ErrnoException) =>
      replace(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? overMemoryMessage(this.maxMemoryMb)
          : `Plainspeak stopped while checking this file (${error.message.slice(0, 200)}). Check that the file opens normally; if it does, please report the problem.`
      )
    )
    worker.on('exit', (code) =>
      replace(slot.stopped ?? `The checker stopped while checking this file (exit code ${code}). Try again; if it happens again, split the file into smaller files.`)
    )
    return slot
  }

  /** Stops a worker whose file has passed its time budget; the exit handler reports the file. */
  private timeOut(slot: Slot): void {
    if (!slot.task || this.closed) return
    slot.stopped = `Checking this file took longer than ${formatSeconds(this.timeoutMs)}, the limit for one file. Split it into smaller files, or raise the limit with --timeout.`
    void slot.worker.terminate()
  }

  private dispatch(slot: Slot): void {
    if (!slot.ready || slot.task || this.next >= this.tasks.length) return
    // Do not run too far ahead of the file the report is waiting for.
    if (this.next - this.reported >= this.size * windowPerWorker) return
    const task = this.tasks[this.next++]!
    if (!slot.keys.has(task.optionsKey)) {
      const options = this.options.get(task.optionsKey)
      slot.worker.postMessage({type: 'options', key: task.optionsKey, options: options ?? {}} satisfies WorkerRequest)
      slot.keys.add(task.optionsKey)
    }
    slot.task = task
    slot.timer = setTimeout(() => this.timeOut(slot), this.timeoutMs)
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


/** Why a worker could not start, from the message that would have been given for a file. */
function startFailure(message: string): string {
  return /memory/.test(message) ? 'it needed more memory than --max-memory allows. Raise --max-memory.' : 'it stopped while loading. Check that Plainspeak is installed completely.'
}
