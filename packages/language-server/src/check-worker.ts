/** The worker script: started by the server on worker threads (see lib/check-workers.ts and lib/workspace-files.ts). */
import {workerData} from 'node:worker_threads'
import {runServerWorker} from './lib/worker-main.js'

runServerWorker(workerData)
