// Preloaded (NODE_OPTIONS=--require) into the CLI and the language server by the hostile tests:
// when the process exits, its peak resident memory (worker threads included: they share the
// process) is written to the file named by PLAINSPEAK_PEAK_FILE, in kilobytes.
'use strict'
const {isMainThread} = require('node:worker_threads')
const file = process.env.PLAINSPEAK_PEAK_FILE
if (isMainThread && file) {
  process.on('exit', () => {
    require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS))
  })
}
