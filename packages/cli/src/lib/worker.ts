/**
 * A worker thread: receives options (once per config) and files to check, answers with plain
 * JSON. Reading and decoding happen here too, so the main thread never holds a document's text.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {FileChecker} from './file-checker.js'
import {ValuePacker} from './packed-messages.js'
import {outcomeBuffers, packOutcome, type WorkerRequest, type WorkerResponse} from './pool.js'

const checker = new FileChecker({maxMemoryMb: (workerData as {maxMemoryMb?: number} | undefined)?.maxMemoryMb})
const port = parentPort!

// Loaded: the pool starts a file's time budget only when the worker can begin on it.
port.postMessage({type: 'ready'} satisfies WorkerResponse)

port.on('message', (request: WorkerRequest) => {
  if (request.type === 'options') {
    checker.setOptions(request.key, request.options)
    return
  }
  // Each finding is packed as it is made (packed-messages.ts): a findings-dense file's tens of
  // thousands are never all held as objects here.
  const packer = new ValuePacker()
  void checker.check(request.task, (message) => packer.add(message)).then((outcome) => {
    const response: WorkerResponse = {type: 'done', index: request.task.index, outcome: packOutcome(outcome, packer)}
    // The packed findings' buffers are moved, not copied: a copy would be held on both threads at once.
    port.postMessage(response, response.outcome.ok ? outcomeBuffers(response.outcome) : [])
  })
})
