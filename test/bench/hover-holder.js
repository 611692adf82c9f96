// Where a document's findings are held in the language server, measured: the worker that checked
// a document keeps all of them; the main thread keeps a copy of the published ones (the first
// `maxPublishedFindings`) for hovers. This measures a hover answered from the main thread's copy
// against one the worker must answer (a finding beyond the published ones), first with the
// worker idle, then while that worker checks a 4.5 MB document.
//
//   node test/bench/hover-holder.js
import {spawn} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {connect, largeDocument, positionAt} from './language-server.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const child = spawn(process.execPath, [join(root, 'packages/language-server/dist/bin.js'), '--stdio'], {stdio: ['pipe', 'pipe', 'ignore']})
const {send, next, request} = connect(child)
const median = (times) => Math.round([...times].sort((a, b) => a - b)[times.length >> 1] * 10) / 10
const timed = async (promise) => {
  const start = performance.now()
  const answer = await promise
  return {answer, ms: performance.now() - start}
}

try {
  next((message) => {
    if (message.id !== undefined && message.method) send({id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => ({debounce: 0})) : null})
    return false
  })
  send({id: 1, method: 'initialize', params: {processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {debounce: 0}}})
  await next((message) => message.id === 1)
  send({method: 'initialized', params: {}})

  // A: more findings than are published (two a paragraph: "signpost" and "JSNA").
  const uri = 'file:///bench/many-findings.md'
  const text = largeDocument(800_000)
  const published = next((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri)
  send({method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'markdown', version: 1, text}}})
  const {params} = await published
  const first = {textDocument: {uri}, position: params.diagnostics.find((diagnostic) => diagnostic.code === 'jargon').range.start}
  const beyond = {textDocument: {uri}, position: positionAt(text, text.lastIndexOf('signpost') + 2)}
  // The main thread asks for its copy 100 ms after publishing; wait until a hover is answered from it.
  for (let tries = 0; tries < 50 && (await timed(request('textDocument/hover', first))).ms > 5; tries++) await new Promise((resolve) => setTimeout(resolve, 20))

  const idleMain = []
  const idleWorker = []
  for (let index = 0; index < 20; index++) {
    idleMain.push((await timed(request('textDocument/hover', first))).ms)
    const worker = await timed(request('textDocument/hover', beyond))
    if (!worker.answer.result) throw new Error('The hover beyond the published findings found nothing.')
    idleWorker.push(worker.ms)
  }

  // B: 4.5 MB (under the 5 MB limit), checked by the worker that holds A (the only idle worker that has loaded).
  const largeUri = 'file:///bench/large.md'
  const large = largeDocument(4_500_000)
  let checked = false
  const largeChecked = next((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === largeUri).then(() => (checked = true))
  const opened = performance.now()
  send({method: 'textDocument/didOpen', params: {textDocument: {uri: largeUri, languageId: 'markdown', version: 1, text: large}}})
  // Let the open cross the pipe and reach a worker first.
  await request('textDocument/hover', first)
  const busyMain = await timed(request('textDocument/hover', first))
  const busyWorker = checked ? undefined : await timed(request('textDocument/hover', beyond))
  await largeChecked
  process.stdout.write(
    JSON.stringify({
      diagnosticsOfA: params.diagnostics.length,
      tooManyNote: params.diagnostics.some((diagnostic) => diagnostic.code === 'too-many-findings'),
      idleHoverFromMainCopyMs: median(idleMain),
      idleHoverFromWorkerMs: median(idleWorker),
      largeCheckMs: Math.round(performance.now() - opened),
      hoverFromMainCopyDuringLargeCheckMs: Math.round(busyMain.ms * 10) / 10,
      hoverFromWorkerDuringLargeCheckMs: busyWorker ? Math.round(busyWorker.ms) : 'the large check ended first'
    }) + '\n'
  )
} finally {
  child.kill()
}
