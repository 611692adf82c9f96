/**
 * The main thread's side of the check workers (see check-worker.ts). Checks run on worker
 * threads so that the main loop never waits for the engine: hovers, code actions and edits are
 * answered while a large document is checked.
 *
 * Each check has a budget (budget.ts): a document over the size limit is never sent to a worker;
 * a worker's heap is capped at the memory limit; a check that passes the time limit has its
 * worker stopped. Either way the document gets a diagnostic saying which limit it passed, and a
 * fresh worker takes the next check.
 *
 * So that one document never delays another, a worker runs one check at a time and the checks
 * wait here, not in a worker's queue: the next check goes to an idle worker (the one that
 * checked the document before, when it is idle), and when every worker is busy, to a new one, up
 * to `maxCheckWorkers` (one is kept ready, see `keepSpare`). Only when that many slow checks run
 * at once does a check wait, and then at most until one of them finishes or reaches its time
 * limit. A document's later requests
 * (hovers beyond the published findings, "fix all") go to the worker that checked it.
 */
import {Worker} from 'node:worker_threads'
import {formatFromLanguageId} from '@plainspeak/core'
import {checkBudget, stoppedDiagnostic, tooLargeDiagnostic, youngGenerationMb, type CheckBudget} from './budget.js'
import {defaultSettings} from '../protocol.js'
import {countFindings} from './diagnostics.js'
import {encodeJson} from './prebuilt-json.js'
import type {CheckReport, CheckRequest, DocumentRequest, WorkerMessage, WorkerReply, WorkerRequest, WorkerResults} from './worker-protocol.js'
import type {Diagnostic} from 'vscode-languageserver'

/** What tells a worker thread started from the server's own script to serve checks. */
export const checkWorkerData = {plainspeak: 'check-worker'} as const

/** Most checks that run at once: enough that a slow document leaves a worker for the others, few enough to bound memory. */
export const maxCheckWorkers = 3

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
}

/** A report with no findings: the document was not checked, and the diagnostics say why. */
export function unchecked(request: Pick<CheckRequest, 'languageId'>, diagnostics: Diagnostic[]): CheckReport {
  return {format: formatFromLanguageId(request.languageId), diagnostics: encodeJson(diagnostics), fileProblems: [], counts: countFindings([]), stats: encodeJson(null), moreSections: 0, workMs: 0}
}

/** One worker thread, started when first needed and started again after it stops. */
class CheckWorker {
  private thread: Worker | undefined
  /** Resolves when the thread has loaded: a check's time is counted from then. */
  private ready: Promise<void> = Promise.resolve()
  private readonly pending = new Map<number, Pending>()
  private nextId = 1
  /** Counts the threads started: a document's findings are held by one thread, not by its successors. */
  generation = 0
  /** The check running now. */
  checking: {timer?: NodeJS.Timeout; budget: CheckBudget; request: CheckRequest; stopped?: 'timeout'} | undefined

  constructor(
    private readonly script: string | URL,
    public heapMb: number,
    private readonly onError: (error: unknown) => void
  ) {}

  get running(): boolean {
    return this.thread !== undefined
  }

  get busy(): boolean {
    return this.checking !== undefined
  }

  request<Type extends WorkerRequest['type']>(request: Extract<WorkerRequest, {type: Type}>): Promise<WorkerResults[Type]> {
    const thread = this.started()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject})
      thread.postMessage({id, request} satisfies WorkerMessage)
    })
  }

  /** Runs a check under its time budget. A check stopped for time or memory resolves with a diagnostic saying so. */
  async check(request: CheckRequest, budget: CheckBudget): Promise<CheckReport> {
    // Busy from now: no other check is sent here until this one ends.
    const checking: NonNullable<CheckWorker['checking']> = {budget, request}
    this.checking = checking
    try {
      if (budget.maxMemoryMb !== this.heapMb) {
        // The heap limit is set when a thread starts: this one is idle, so start a fresh one.
        await this.stop()
        this.heapMb = budget.maxMemoryMb
      }
      const thread = this.started()
      const result = this.request({type: 'check', request})
      await Promise.race([this.ready, result])
      checking.timer = setTimeout(() => {
        if (this.checking !== checking || this.thread !== thread) return
        checking.stopped = 'timeout'
        void thread.terminate()
      }, budget.timeoutMs)
      checking.timer.unref()
      return await result
    } catch (error) {
      const reason = checking.stopped ?? ((error as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : undefined)
      if (reason) return unchecked(request, [stoppedDiagnostic(reason, budget)])
      throw error
    } finally {
      clearTimeout(checking.timer)
      if (this.checking === checking) this.checking = undefined
    }
  }

  async stop(): Promise<void> {
    const thread = this.thread
    this.thread = undefined
    this.failPending(new Error('The check worker was stopped.'))
    await thread?.terminate()
  }

  private failPending(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error)
    this.pending.clear()
  }

  private started(): Worker {
    if (this.thread) return this.thread
    // A worker's standard output would go to the process's, which over stdio is the editor's
    // channel: anything a library prints there goes to standard error instead.
    const thread = new Worker(this.script, {
      workerData: checkWorkerData,
      stdout: true,
      resourceLimits: {maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: youngGenerationMb}
    })
    thread.stdout.pipe(process.stderr, {end: false})
    // The server may exit while a worker is idle.
    thread.unref()
    this.generation++
    let loaded!: () => void
    this.ready = new Promise((resolve) => (loaded = resolve))
    thread.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) return loaded()
      const pending = this.pending.get(reply.id)
      this.pending.delete(reply.id)
      if (!pending) return
      if ('error' in reply) pending.reject(new Error(reply.error))
      else pending.resolve(reply.result)
    })
    const failed = (error: Error) => {
      if (this.thread !== thread) return
      this.thread = undefined
      // Stopped on purpose (the time limit) or out of memory: the check's own diagnostic says so.
      if (!this.checking?.stopped && (error as NodeJS.ErrnoException).code !== 'ERR_WORKER_OUT_OF_MEMORY') this.onError(error)
      this.failPending(error)
    }
    thread.on('error', failed)
    thread.on('exit', (code) => failed(new Error(`The check worker stopped (exit code ${code}).`)))
    this.thread = thread
    return thread
  }
}

interface Waiting {
  request: CheckRequest
  budget: CheckBudget
  resolve(report: CheckReport): void
  reject(error: unknown): void
}

export class CheckWorkers {
  private readonly workers: CheckWorker[] = []
  /** Checks waiting for an idle worker, oldest first. */
  private readonly waiting: Waiting[] = []
  /** Which worker (and which of its threads) holds each open document's findings. */
  private readonly holders = new Map<string, {worker: CheckWorker; generation: number}>()
  /** The worker checking each open document now. */
  private readonly checking = new Map<string, CheckWorker>()
  /** The heap limit of the last check: a worker started for another request gets it too. */
  private heapMb: number = defaultSettings.maxMemory

  constructor(
    private readonly script: string | URL,
    private readonly onError: (error: unknown) => void
  ) {}

  /** Checks a document within its budget; one over the size limit is answered here with a diagnostic saying why. */
  check(request: CheckRequest): Promise<CheckReport> {
    const {budget, problems} = checkBudget(request.settings)
    const size = Buffer.byteLength(request.text, 'utf8')
    if (size > budget.maxFileBytes) {
      if (request.version !== undefined) this.forget(request.uri)
      return Promise.resolve(unchecked(request, [...problems, tooLargeDiagnostic(size, budget)]))
    }
    this.heapMb = budget.maxMemoryMb
    return new Promise((resolve, reject) => {
      this.waiting.push({request, budget, resolve, reject})
      this.dispatch()
    })
  }

  /** The published findings of a document's checked version, from the worker that holds them. */
  async shown(uri: string, version: number): Promise<WorkerResults['shown']> {
    const holder = this.holder(uri)
    return holder ? holder.request({type: 'shown', uri, version}) : null
  }

  /** A hover the main thread cannot answer: asks the worker that holds the document's findings. */
  async hover(uri: string, version: number, offset: number): Promise<WorkerResults['hover']> {
    const holder = this.holder(uri)
    return holder ? holder.request({type: 'hover', uri, version, offset}) : null
  }

  async fixAll(uri: string, version: number, versioned: boolean): Promise<WorkerResults['fixAll']> {
    const holder = this.holder(uri)
    return holder ? holder.request({type: 'fixAll', uri, version, versioned}) : 'stale'
  }

  forget(uri: string): void {
    const holder = this.holder(uri)
    this.holders.delete(uri)
    this.checking.delete(uri)
    if (holder) void holder.request({type: 'forget', uri}).catch(() => undefined)
  }

  /**
   * A file changed on disk: every running worker forgets what depends on it. Resolves with
   * whether open documents need checking again, from the idle workers' answers (a busy one
   * forgets after its check, which is then stale: its answer is not awaited).
   */
  async fileChanged(file: string): Promise<boolean> {
    const running = this.workers.filter((worker) => worker.running)
    const busy = running.filter((worker) => worker.busy)
    for (const worker of busy) void worker.request({type: 'fileChanged', file}).catch(() => undefined)
    const idle = running.filter((worker) => !worker.busy)
    const asked = idle.length > 0 || busy.length > 0 ? idle : [this.idleWorker()]
    const answers = await Promise.all(asked.map((worker) => worker.request({type: 'fileChanged', file})))
    return busy.length > 0 || answers.some(Boolean)
  }

  configFile(request: DocumentRequest): Promise<WorkerResults['configFile']> {
    return this.idleWorker().request({type: 'configFile', request})
  }

  async stop(): Promise<void> {
    for (const waiting of this.waiting.splice(0)) waiting.reject(new Error('The server is stopping.'))
    await Promise.all(this.workers.map((worker) => worker.stop()))
  }

  private holder(uri: string): CheckWorker | undefined {
    const holder = this.holders.get(uri)
    return holder && holder.worker.generation === holder.generation && holder.worker.running ? holder.worker : undefined
  }

  /** An idle worker (a new one while there are fewer than `maxCheckWorkers`), else the first. */
  private idleWorker(): CheckWorker {
    return this.workers.find((worker) => !worker.busy) ?? this.added() ?? this.workers[0]!
  }

  private added(): CheckWorker | undefined {
    if (this.workers.length >= maxCheckWorkers) return undefined
    const worker = new CheckWorker(this.script, this.heapMb, this.onError)
    this.workers.push(worker)
    return worker
  }

  /** Starts waiting checks on idle workers, oldest first. */
  private dispatch(): void {
    while (this.waiting.length > 0) {
      const next = this.waiting[0]!
      const before = this.holder(next.request.uri)
      const idle = this.workers.filter((worker) => !worker.busy)
      const worker =
        (before && !before.busy ? before : undefined) ??
        idle.find((candidate) => candidate.running && candidate.heapMb === next.budget.maxMemoryMb) ??
        idle.find((candidate) => candidate.running) ??
        idle[0] ??
        this.added()
      if (!worker) return
      this.waiting.shift()
      this.run(worker, next, before)
      this.keepSpare(next)
    }
  }

  /**
   * Keeps one idle worker ready while there is room for one: a thread takes seconds to load and
   * compile the dictionaries, and a document opened while another is checked should not wait for
   * that. It warms up with an empty check under the same settings.
   */
  private keepSpare({request, budget}: Waiting): void {
    if (this.workers.some((worker) => !worker.busy)) return
    const spare = this.added()
    if (!spare) return
    spare
      .check({...request, text: '', version: undefined}, budget)
      .catch(() => undefined)
      .finally(() => this.dispatch())
  }

  private run(worker: CheckWorker, {request, budget, resolve, reject}: Waiting, before: CheckWorker | undefined): void {
    const {uri, version} = request
    if (version !== undefined) {
      if (before && before !== worker) {
        this.holders.delete(uri)
        void before.request({type: 'forget', uri}).catch(() => undefined)
      }
      this.checking.set(uri, worker)
    }
    worker
      .check(request, budget)
      .then((report) => {
        if (version === undefined) return report
        // The worker now holds the document's findings, unless it was closed meanwhile.
        if (this.checking.get(uri) === worker) {
          this.checking.delete(uri)
          this.holders.set(uri, {worker, generation: worker.generation})
        } else if (!this.holders.has(uri) && worker.running) {
          void worker.request({type: 'forget', uri}).catch(() => undefined)
        }
        return report
      })
      .then(resolve, reject)
      .finally(() => this.dispatch())
  }
}
