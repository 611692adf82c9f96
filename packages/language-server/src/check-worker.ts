/** The check worker's script: started by the server on a worker thread (see lib/check-workers.ts). */
import {runCheckWorker} from './lib/check-worker.js'

runCheckWorker()
