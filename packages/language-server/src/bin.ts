#!/usr/bin/env node
/**
 * `plainspeak-language-server --stdio` or `--node-ipc`. No other transport: the server opens no
 * sockets and sends nothing anywhere but back to its editor.
 */
import {isMainThread, workerData} from 'node:worker_threads'
import {createConnection, type Connection, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node'
import {FrameGuard} from './lib/frame-guard.js'
import {plainspeakConfiguration} from './lib/plainspeak.js'
import {prebuiltJsonEncoder} from './lib/prebuilt-json.js'
import {startLanguageServer} from './lib/server.js'
import {runServerWorker} from './lib/worker-main.js'

const usage = `Usage: plainspeak-language-server --stdio | --node-ipc

Checks Markdown, plain text and HTML for jargon, undefined acronyms and hard-to-read
sentences, for editors that speak the Language Server Protocol.`

// On one of the server's worker threads this script does that worker's job (the VS Code bundle is this one file).
if (isMainThread || !runServerWorker(workerData)) startFromCommandLine(process.argv.slice(2))

function startFromCommandLine(argv: string[]): void {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(usage + '\n')
  } else if (argv.includes('--node-ipc') && process.send) {
    run(createConnection(new IPCMessageReader(process), new IPCMessageWriter(process)))
  } else if (argv.includes('--stdio')) {
    const input = process.stdin.pipe(new FrameGuard((reason) => process.stderr.write(`plainspeak-language-server: ${reason}\n`)))
    // The writer puts a check's prebuilt JSON into its message as it is (see prebuilt-json.ts).
    run(createConnection(new StreamMessageReader(input), new StreamMessageWriter(process.stdout, {contentTypeEncoder: prebuiltJsonEncoder})))
  } else {
    process.stderr.write(`${argv.includes('--node-ipc') ? '--node-ipc needs a parent process with an IPC channel.\n\n' : ''}${usage}\n`)
    process.exitCode = 2
  }
}

function run(connection: Connection): void {
  // A bug must not take the editor's checks down: log it and keep serving.
  process.on('uncaughtException', (error) => connection.console.error(`plainspeak: ${error.stack ?? error}`))
  process.on('unhandledRejection', (reason) => connection.console.error(`plainspeak: ${(reason as Error)?.stack ?? reason}`))
  startLanguageServer(connection, {...plainspeakConfiguration, workerScript: new URL(import.meta.url)})
}
