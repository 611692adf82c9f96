/**
 * The main thread's side of the check workers (see check-worker.ts). Checks run on a worker
 * thread so that the main loop never waits for the engine: hovers, code actions and edits are
 * answered while a large document is checked. Documents over `largeDocumentChars` go to a second
 * worker, started when first needed, so a small document's check never queues behind a large
 * one's. A document's later requests (hovers beyond the published findings, "fix all") go to the
 * worker that checked it. A worker that dies fails its pending requests and is started again on
 * the next request.
 */
import {Worker} from 'node:worker_threads'
import type {CheckRequest, DocumentRequest, WorkerMessage, WorkerReply, WorkerRequest, WorkerResults} from './worker-protocol.js'

/** What tells a worker thread started from the server's own script to serve checks. */
export const checkWorkerData = {plainspeak: 'check-worker'} as const

/** From this size a document is checked on the second worker (about 150,000 words). */
export const largeDocumentChars = 1_000_000

type Lane = 'regular' | 'large'

interface Pending {
  resolve(value: unknown): void
  reject(error: Error): void
}

class CheckWorker {
  private worker: Worker | undefined
  private readonly pending = new Map<number, Pending>()
  private nextId = 1

  constructor(
    private readonly script: string | URL,
    private readonly onError: (error: unknown) => void
  ) {}

  request<Type extends WorkerRequest['type']>(request: Extract<WorkerRequest, {type: Type}>): Promise<WorkerResults[Type]> {
    const worker = this.started()
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve: resolve as (value: unknown) => void, reject})
      worker.postMessage({id, request} satisfies WorkerMessage)
    })
  }

  get running(): boolean {
    return this.worker !== undefined
  }

  async stop(): Promise<void> {
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private started(): Worker {
    if (this.worker) return this.worker
    // A worker's standard output would go to the process's, which over stdio is the editor's
    // channel: anything a library prints there goes to standard error instead.
    const worker = new Worker(this.script, {workerData: checkWorkerData, stdout: true})
    worker.stdout.pipe(process.stderr, {end: false})
    // The server may exit while a worker is idle.
    worker.unref()
    worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id)
      this.pending.delete(reply.id)
      if (!pending) return
      if ('error' in reply) pending.reject(new Error(reply.error))
      else pending.resolve(reply.result)
    })
    const failed = (error: Error) => {
      if (this.worker !== worker) return
      this.worker = undefined
      this.onError(error)
      for (const pending of this.pending.values()) pending.reject(error)
      this.pending.clear()
    }
    worker.on('error', failed)
    worker.on('exit', (code) => failed(new Error(`The check worker stopped (exit code ${code}).`)))
    this.worker = worker
    return worker
  }
}

export class CheckWorkers {
  private readonly lanes: Record<Lane, CheckWorker>
  /** Which worker holds each open document's findings. */
  private readonly laneOf = new Map<string, Lane>()

  constructor(script: string | URL, onError: (error: unknown) => void) {
    this.lanes = {regular: new CheckWorker(script, onError), large: new CheckWorker(script, onError)}
  }

  check(request: CheckRequest): Promise<WorkerResults['check']> {
    const lane: Lane = request.text.length >= largeDocumentChars ? 'large' : 'regular'
    if (request.version !== undefined) {
      const before = this.laneOf.get(request.uri)
      if (before && before !== lane) void this.lanes[before].request({type: 'forget', uri: request.uri}).catch(() => undefined)
      this.laneOf.set(request.uri, lane)
    }
    return this.lanes[lane].request({type: 'check', request})
  }

  /** The published findings of a document's checked version, from the worker that holds them. */
  async shown(uri: string, version: number): Promise<WorkerResults['shown']> {
    const lane = this.laneOf.get(uri)
    return lane ? this.lanes[lane].request({type: 'shown', uri, version}) : null
  }

  /** A hover the main thread cannot answer: asks the worker that holds the document's findings. */
  async hover(uri: string, version: number, offset: number): Promise<WorkerResults['hover']> {
    const lane = this.laneOf.get(uri)
    return lane ? this.lanes[lane].request({type: 'hover', uri, version, offset}) : null
  }

  async fixAll(uri: string, version: number, versioned: boolean): Promise<WorkerResults['fixAll']> {
    const lane = this.laneOf.get(uri)
    return lane ? this.lanes[lane].request({type: 'fixAll', uri, version, versioned}) : 'stale'
  }

  forget(uri: string): void {
    const lane = this.laneOf.get(uri)
    this.laneOf.delete(uri)
    if (lane) void this.lanes[lane].request({type: 'forget', uri}).catch(() => undefined)
  }

  /** A file changed on disk: every running worker forgets what depends on it. Resolves with whether open documents need checking again. */
  async fileChanged(file: string): Promise<boolean> {
    const running = Object.values(this.lanes).filter((lane) => lane.running)
    const answers = await Promise.all((running.length > 0 ? running : [this.lanes.regular]).map((lane) => lane.request({type: 'fileChanged', file})))
    return answers.some(Boolean)
  }

  configFile(request: DocumentRequest): Promise<WorkerResults['configFile']> {
    return this.lanes.regular.request({type: 'configFile', request})
  }

  async stop(): Promise<void> {
    await Promise.all(Object.values(this.lanes).map((lane) => lane.stop()))
  }
}
