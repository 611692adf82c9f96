/**
 * Where reports go: stdout, or the file named by `--output` (or `-o`, `--write-baseline`).
 * Writes wait for the stream to drain, so a large report never piles up in memory; a closed
 * pipe (`| head`) ends the output quietly.
 *
 * A report file is written to a temporary file beside it and renamed into place when complete,
 * so a failure (a full disk) leaves any earlier file as it was, and nothing is ever written
 * over a file the run reads (`refuseWritingOverInputs`), nor through a symbolic link
 * (`placeToWrite`). A device or a named pipe (`/dev/stdout`, `/dev/null`) is written to directly.
 */
import {createWriteStream, type WriteStream} from 'node:fs'
import {once} from 'node:events'
import {chmod, rename, unlink} from 'node:fs/promises'
import path from 'node:path'
import type {Writable} from 'node:stream'
import {UsageError} from './errors.js'
import {placeToWrite} from './write-guard.js'

export interface Output {
  /** A terminal: colour and a progress bar make sense. */
  readonly isTTY: boolean
  write(text: string): Promise<void>
  /** Finishes the output (a file is renamed into place). */
  close(): Promise<void>
  /** Gives up: a file being written is removed, and any earlier file stays as it was. */
  discard(): Promise<void>
}

const writeProblems: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'the folder does not exist',
  EISDIR: 'it is a folder',
  EIO: 'the disk reported an input/output error'
}

/** Why a write failed, in words. */
export function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  return writeProblems[code] ?? (code ? `the file system said ${code}` : 'an unknown reason')
}

const cannotWrite = (file: string, error: unknown, what: string) => new UsageError(`Cannot write ${what} to ${file}: ${writeProblem(error)}. Nothing was written there.`)

/**
 * `what` names the output in messages ("the report", "the baseline"), `option` the option that
 * named the file. Where the file may go is `placeToWrite`'s to say (never through a link).
 */
export async function openOutput(file: string | undefined, stdout: Writable & {isTTY?: boolean} = process.stdout, what = 'the report', option = '--output'): Promise<Output> {
  if (file === undefined) return streamOutput(stdout, Boolean(stdout.isTTY), {file: 'standard output', what})
  const place = await placeToWrite({option, file}, process.cwd(), 'Nothing was written.')
  if (place.kind === 'device') {
    // A device or a pipe the person named: write to it as it is (renaming over it would replace it).
    const stream = createWriteStream(place.path)
    await opened(stream, file, what)
    return streamOutput(stream, false, {file, what, owned: true})
  }
  const {path: target, existing} = place
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`)
  // `wx`: the temporary name is never a link or a file already there.
  const stream = createWriteStream(temporary, {flags: 'wx', mode: existing ? 0o600 : 0o666})
  await opened(stream, file, what)
  return streamOutput(stream, false, {
    file,
    what,
    owned: true,
    async commit() {
      if (existing) await chmod(temporary, existing.mode & 0o7777)
      // A rename replaces whatever is at the name (even a link planted since), never a link's target.
      await rename(temporary, target)
    },
    async abandon() {
      await unlink(temporary).catch(() => undefined)
    }
  })
}

async function opened(stream: WriteStream, file: string, what: string): Promise<void> {
  try {
    await once(stream, 'open')
  } catch (error) {
    throw cannotWrite(file, error, what)
  }
}

/** Writes a whole text to a file (through a temporary file), or to stdout. */
export async function writeWholeOutput(text: string, file: string | undefined, what = 'the report', option = '--output'): Promise<void> {
  const output = await openOutput(file, process.stdout, what, option)
  try {
    await output.write(text)
    await output.close()
  } catch (error) {
    await output.discard()
    throw error
  }
}

interface Ownership {
  file: string
  what: string
  /** The stream is ours to end. */
  owned?: boolean
  /** Puts the finished file in place. */
  commit?: () => Promise<void>
  /** Removes the unfinished file. */
  abandon?: () => Promise<void>
}

function streamOutput(stream: Writable | WriteStream, isTTY: boolean, ownership: Ownership): Output {
  let closed = false
  let failure: Error | undefined
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') closed = true
    else failure = error
  })
  const failed = () => cannotWrite(ownership.file, failure, ownership.what)
  return {
    isTTY,
    async write(text) {
      if (failure) throw failed()
      if (closed || text === '') return
      if (stream.write(text)) return
      // Wait for drain or close; whichever does not come is stopped after, so waits do not
      // pile up listeners on the stream (a report written in many parts waits many times).
      const stop = new AbortController()
      const waits = [once(stream, 'drain', {signal: stop.signal}), once(stream, 'close', {signal: stop.signal})]
      for (const wait of waits) wait.catch(() => undefined)
      try {
        await Promise.race(waits)
      } catch (error) {
        // `once` rejects when the stream fails while we wait; the listener above records why.
        if ((error as NodeJS.ErrnoException).code !== 'EPIPE') failure = error as Error
      } finally {
        stop.abort()
      }
      if (failure) throw failed()
    },
    async close() {
      if (ownership.owned) {
        stream.end()
        try {
          await once(stream, 'finish')
        } catch (error) {
          failure ??= error as Error
        }
      }
      if (failure) {
        await ownership.abandon?.()
        throw failed()
      }
      try {
        await ownership.commit?.()
      } catch (error) {
        await ownership.abandon?.()
        throw cannotWrite(ownership.file, error, ownership.what)
      }
    },
    async discard() {
      if (ownership.owned) stream.destroy()
      await ownership.abandon?.()
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
    close: () => target.close(),
    discard: () => target.discard()
  }
}
