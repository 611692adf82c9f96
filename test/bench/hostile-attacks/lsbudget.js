// Round 3, item 7 (and the language server's half of 8): unbounded work in the language server.
// A document far over the command's size limit, a paragraph that is quadratic in the Markdown
// parser holding the worker other documents need, a check that runs for minutes, and "check
// workspace" walking a folder with a long ignore file while the editor asks for hovers.
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** How long to wait for an answer that may never come on an unbounded build. */
const waitMs = 150_000
const small = 'We will signpost residents.\n'
const slowParagraph = (bytes) => 'We **x** '.repeat(Math.round(bytes / 9))

export default function register(attack, {folder, leaked, round, LspClient, fileUri}) {
  /** Starts the server under GNU time, runs `body`, stops it and returns the figures with its peak memory. */
  async function underTime(settings, body) {
    const dir = folder()
    const timeFile = path.join(tmpdir(), `plainspeak-time-lsbudget-${process.pid}`)
    const started = performance.now()
    const client = await LspClient.start({workspaceFolders: [dir], settings, wrapper: ['/usr/bin/time', '-f', '%e %M', '-o', timeFile]})
    let figures, everything, exit
    try {
      figures = await body(client, dir)
    } finally {
      everything = client.everything()
      exit = await client.stop()
    }
    const peakMb = Math.round(Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ')[1]) / 1024)
    rmSync(timeFile, {force: true})
    rmSync(dir, {recursive: true, force: true})
    return {exit: exit.code, seconds: round((performance.now() - started) / 1000), peakMb, stdout: '', leaked: leaked(everything), ...figures}
  }

  /** Milliseconds until `promise` settles, or `null` if it does not within `waitMs`. */
  async function within(promise, ms = waitMs) {
    const started = performance.now()
    let timer
    const settled = await Promise.race([promise.then((value) => ({value})), new Promise((resolve) => (timer = setTimeout(() => resolve(undefined), ms)))])
    clearTimeout(timer)
    return settled ? {value: settled.value, ms: Math.round(performance.now() - started)} : {value: undefined, ms: null}
  }

  const firstMessage = (answer) => answer.value?.diagnostics?.[0]?.message ?? (answer.ms === null ? `no diagnostics within ${waitMs / 1000} s` : '')

  attack('r3-7a', 'language server: a 25 MB document is opened', () =>
    underTime({}, async (client, dir) => {
      const answer = await within(client.open(path.join(dir, 'large.md'), 'We signpost residents to the JSNA team. '.repeat(625_000), 'markdown', waitMs + 1000))
      return {diagnosticsMs: answer.ms, diagnostics: answer.value?.diagnostics.length, stderr: firstMessage(answer)}
    })
  )

  attack('r3-7b', 'language server: a 900 KB `We **x** ` paragraph is open; another small document is opened', () =>
    underTime({}, async (client, dir) => {
      await client.open(path.join(dir, 'first.md'), small)
      void client.open(path.join(dir, 'slow.md'), slowParagraph(900_000), 'markdown', waitMs * 4).catch(() => undefined)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const answer = await within(client.open(path.join(dir, 'second.md'), small, 'markdown', waitMs + 1000))
      return {smallDocumentMs: answer.ms, stderr: answer.ms === null ? `the small document had no diagnostics within ${waitMs / 1000} s` : `small document: ${answer.value.diagnostics.length} diagnostics`}
    })
  )

  attack('r3-7c', 'language server: a 2 MB `We **x** ` paragraph with plainspeak.timeout 5 (a check that runs for minutes)', () =>
    underTime({timeout: 5}, async (client, dir) => {
      await client.open(path.join(dir, 'first.md'), small)
      const answer = await within(client.open(path.join(dir, 'slow.md'), slowParagraph(2_000_000), 'markdown', waitMs + 1000))
      // Whether the server still checks other documents afterwards.
      const after = answer.ms === null ? {ms: null} : await within(client.open(path.join(dir, 'after.md'), small, 'markdown', 60_000), 60_000)
      return {stoppedAfterMs: answer.ms, nextDocumentMs: after.ms, stderr: firstMessage(answer)}
    })
  )

  attack('r3-7d', 'language server: hovers while "check workspace" applies a 2,000-line .gitignore to 200 files', () =>
    underTime({}, async (client, dir) => {
      writeFileSync(path.join(dir, '.gitignore'), Array.from({length: 2000}, (_, index) => `notes-${index}/**/draft-${index}-*.md`).join('\n'))
      for (let index = 0; index < 200; index++) writeFileSync(path.join(dir, `doc-${index}.md`), 'We utilise it.\n')
      const open = path.join(dir, 'open.md')
      await client.open(open, small)
      await new Promise((resolve) => setTimeout(resolve, 300))
      const started = performance.now()
      let walkMs
      const walked = client.command('plainspeak.server.checkWorkspace').then((result) => {
        walkMs = Math.round(performance.now() - started)
        return result
      })
      const hoverMs = []
      while (walkMs === undefined && hoverMs.length < 50) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        const hover = await within(client.connection.sendRequest('textDocument/hover', {textDocument: {uri: fileUri(open)}, position: {line: 0, character: 10}}))
        hoverMs.push(hover.ms ?? waitMs)
      }
      const result = await walked
      return {walkMs, hovers: hoverMs.length, slowestHoverMs: Math.max(...hoverMs), stderr: `checked ${result.files} files`}
    })
  )
}
