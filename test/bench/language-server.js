// The language server over stdio: open a 20,000-word Markdown document, then
// time a one-word edit (sent as an incremental change, as editors do) until
// diagnostics for that version are published and read.
// The server's debounce is set to 0 through initializationOptions so the
// figure is the work after the debounce.
//
// Then the largest pause of the server's main loop while a 5 MB document is
// checked: open it, and until its diagnostics arrive keep asking for a hover on
// the 20,000-word document, one request at a time. Each answer's round trip is
// how long the main loop kept an editor waiting; the largest is the pause.
import {execFileSync, spawn} from 'node:child_process'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {corpus} from './corpus.js'

export function connect(child) {
  // Chunks are kept in a list and joined once a whole message has arrived, as editors' clients
  // do: joining on every chunk would make a large message's cost grow with its square.
  let chunks = []
  let buffered = 0
  let expected
  const listeners = new Set()
  child.stdout.on('data', (chunk) => {
    chunks.push(chunk)
    buffered += chunk.length
    for (;;) {
      if (expected === undefined) {
        const head = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)
        chunks = [head]
        const headerEnd = head.indexOf('\r\n\r\n')
        if (headerEnd === -1) return
        const length = Number(/Content-Length: (\d+)/i.exec(head.subarray(0, headerEnd).toString())[1])
        expected = {start: headerEnd + 4, end: headerEnd + 4 + length}
      }
      if (buffered < expected.end) return
      const all = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)
      const message = JSON.parse(all.subarray(expected.start, expected.end).toString())
      const rest = all.subarray(expected.end)
      chunks = rest.length > 0 ? [rest] : []
      buffered = rest.length
      expected = undefined
      for (const listener of listeners) listener(message)
    }
  })
  let nextId = 1000
  const send = (message) => {
    const body = JSON.stringify({jsonrpc: '2.0', ...message})
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }
  const next = (predicate) =>
    new Promise((resolve) => {
      const listener = (message) => {
        if (!predicate(message)) return
        listeners.delete(listener)
        resolve(message)
      }
      listeners.add(listener)
    })
  /** Sends a request and resolves with its answer. */
  const request = (method, params) => {
    const id = nextId++
    const answered = next((message) => message.id === id && !message.method)
    send({id, method, params})
    return answered
  }
  return {send, next, request}
}

/** An LSP position (0-based line, UTF-16 character) of an offset in a text. */
export function positionAt(text, offset) {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  let line = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return {line, character: offset - lineStart}
}

/** About `bytes` of Markdown prose, every paragraph different (so nothing comes from a cache). */
export function largeDocument(bytes) {
  const parts = []
  for (let index = 0, length = 0; length < bytes; index++) {
    const paragraph = `## Area ${index}\n\nThe council works with partners in area ${index} to improve services. We signpost residents to the right support. The plan was agreed by the board and it will be reviewed by the JSNA group in ${(index % 12) + 1} months.`
    parts.push(paragraph)
    length += paragraph.length + 2
  }
  return parts.join('\n\n') + '\n'
}

export async function measureLanguageServer({root, smoke, runs}) {
  const child = spawn(process.execPath, [join(root, 'packages/language-server/dist/bin.js'), '--stdio'], {stdio: ['pipe', 'pipe', 'ignore']})
  const {send, next, request} = connect(child)
  try {
    // Answer the server's own requests (configuration, registration) with nothing special.
    next(() => false)
    const answering = (message) => {
      if (message.id !== undefined && message.method) send({id: message.id, result: message.method === 'workspace/configuration' ? message.params.items.map(() => ({debounce: 0})) : null})
      return false
    }
    next(answering)
    send({id: 1, method: 'initialize', params: {processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {debounce: 0}}})
    await next((message) => message.id === 1)
    send({method: 'initialized', params: {}})
    const uri = 'file:///bench/paper.md'
    const {text} = corpus(smoke ? 300 : 20000)
    const published = (version) => next((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri && (message.params.version === undefined || message.params.version === version))
    let waiting = published(1)
    send({method: 'textDocument/didOpen', params: {textDocument: {uri, languageId: 'markdown', version: 1, text}}})
    await waiting
    const times = []
    let current = text
    for (let index = 0; index < Math.max(runs, 5); index++) {
      const version = index + 2
      const at = current.indexOf(' the ', (current.length >> 1) + index * 40)
      const range = {start: positionAt(current, at), end: positionAt(current, at + 4)}
      current = current.slice(0, at) + ' a' + current.slice(at + 4)
      waiting = published(version)
      const start = performance.now()
      // As editors send an edit to a server that asks for incremental changes: the range and its new text.
      send({method: 'textDocument/didChange', params: {textDocument: {uri, version}, contentChanges: [{range, text: ' a'}]}})
      await waiting
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    const edit = {medianMs: Math.round(times[times.length >> 1]), minMs: Math.round(times[0]), maxMs: Math.round(times.at(-1))}

    // The main loop while a 5 MB document is checked.
    const hoverAt = {textDocument: {uri}, position: {line: 2, character: 4}}
    const idle = []
    for (let index = 0; index < 20; index++) {
      const start = performance.now()
      await request('textDocument/hover', hoverAt)
      idle.push(performance.now() - start)
    }
    idle.sort((a, b) => a - b)
    const largeUri = 'file:///bench/large.md'
    const large = largeDocument(smoke ? 100_000 : 5 * 1024 * 1024)
    let checked = false
    const largeChecked = next((message) => message.method === 'textDocument/publishDiagnostics' && message.params.uri === largeUri).then(() => (checked = true))
    const opened = performance.now()
    send({method: 'textDocument/didOpen', params: {textDocument: {uri: largeUri, languageId: 'markdown', version: 1, text: large}}})
    const waits = []
    while (!checked) {
      const start = performance.now()
      await request('textDocument/hover', hoverAt)
      waits.push(performance.now() - start)
    }
    await largeChecked
    const largeCheckMs = performance.now() - opened
    return {
      ...edit,
      largeDocumentMb: Math.round((large.length / 1024 / 1024) * 10) / 10,
      largeDocumentCheckMs: Math.round(largeCheckMs),
      hoversDuringCheck: waits.length,
      largestMainLoopPauseMs: Math.round(Math.max(...waits)),
      // The first hover after the open waits for the 5 MB didOpen to cross the pipe and be read;
      // the ones after it wait only for whatever the main loop is doing while the check runs.
      firstHoverAfterOpenMs: Math.round(waits[0]),
      largestPauseAfterFirstHoverMs: Math.round(Math.max(0, ...waits.slice(1))),
      idleHoverMs: Math.round(idle[idle.length >> 1] * 10) / 10
    }
  } finally {
    child.kill()
  }
}

/**
 * The same measurement with the client in a Node process of its own: the client's own garbage
 * collection would otherwise count as the server's time (the benchmark's main process holds
 * megabytes of texts and results by then).
 */
export function measureLanguageServerAlone({root, smoke, runs}) {
  const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), JSON.stringify({root, smoke, runs})], {encoding: 'utf8', maxBuffer: 16 * 1024 * 1024})
  return JSON.parse(output)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = process.argv[2] ? JSON.parse(process.argv[2]) : {root: join(dirname(fileURLToPath(import.meta.url)), '..', '..'), smoke: false, runs: 5}
  process.stdout.write(JSON.stringify(await measureLanguageServer(options)) + '\n')
}
