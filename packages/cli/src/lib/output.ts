/**
 * Where reports go: stdout, or the file named by `--output`. Writes wait for the stream to drain,
 * so a large report never piles up in memory; a closed pipe (`| head`) ends the output quietly.
 */
import {createWriteStream, type WriteStream} from 'node:fs'
import {once} from 'node:events'
import type {Writable} from 'node:stream'
import {UsageError} from './errors.js'

export interface Output {
  /** A terminal: colour and a progress bar make sense. */
  readonly isTTY: boolean
  write(text: string): Promise<void>
  close(): Promise<void>
}

export async function openOutput(file: string | undefined, stdout: Writable & {isTTY?: boolean} = process.stdout): Promise<Output> {
  if (file === undefined) return streamOutput(stdout, Boolean(stdout.isTTY), false)
  const stream = createWriteStream(file)
  try {
    await once(stream, 'open')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (error as Error).message
    throw new UsageError(`Cannot write the report to ${file}: ${why}.`)
  }
  return streamOutput(stream, false, true)
}

function streamOutput(stream: Writable | WriteStream, isTTY: boolean, ownsStream: boolean): Output {
  let closed = false
  let failure: Error | undefined
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true
    else failure = error
  })
  return {
    isTTY,
    async write(text) {
      if (failure) throw new UsageError(`Cannot write the report: ${failure.message}`)
      if (closed || text === '') return
      if (stream.write(text)) return
      try {
        await Promise.race([once(stream, 'drain'), once(stream, 'close')])
      } catch (error) {
        // `once` rejects when the stream fails while we wait; the listener above records why.
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failure = error as Error
      }
    },
    async close() {
      if (ownsStream) {
        stream.end()
        await once(stream, 'finish')
      }
      if (failure) throw new UsageError(`Cannot write the report: ${failure.message}`)
    }
  }
}

/** Holds writes until `release`: keeps the report from tearing through a progress bar on the same terminal. */
export function heldOutput(target: Output): Output & {release(): Promise<void>} {
  const held: string[] = []
  let holding = true
  return {
    isTTY: target.isTTY,
    async write(text) {
      if (holding) held.push(text)
      else await target.write(text)
    },
    async release() {
      holding = false
      for (const text of held.splice(0)) await target.write(text)
    },
    close: () => target.close()
  }
}
