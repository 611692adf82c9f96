/**
 * The answers `fix --interactive` reads, one line each, from a terminal or from answers piped in
 * (`printf 'y\nn\n' | plainspeak fix --interactive paper.md`). Standard input that is neither
 * (nothing attached, /dev/null, a device) is refused before anything is asked, because every
 * question would go unanswered.
 */
import {fstatSync} from 'node:fs'
import {createInterface} from 'node:readline'
import {UsageError} from './errors.js'

export interface AnswerReader {
  /** The next line, or `undefined` when the answers have run out. */
  next(): Promise<string | undefined>
  close(): void
}

/** Whether standard input can answer questions: a terminal, or a pipe or file of answers. */
function canAnswer(stream: NodeJS.ReadStream & {fd?: number}): boolean {
  if (stream.isTTY) return true
  try {
    const info = fstatSync(stream.fd ?? 0)
    return info.isFIFO() || info.isSocket() || info.isFile()
  } catch {
    return false
  }
}

export function openAnswers(stream: NodeJS.ReadStream = process.stdin): AnswerReader {
  if (!canAnswer(stream)) {
    throw new UsageError(
      "--interactive asks about each group of changes and reads the answers from standard input, but standard input is not a terminal or a pipe. Run it at a terminal, or pipe the answers in (for example: printf 'y\\nn\\n' | plainspeak fix --interactive paper.md), or use --write to apply every safe fix."
    )
  }
  const lines = createInterface({input: stream, terminal: false})[Symbol.asyncIterator]()
  let ended = false
  return {
    async next() {
      if (ended) return undefined
      const line = await lines.next()
      if (line.done) ended = true
      return line.done ? undefined : line.value
    },
    close() {
      ended = true
      void lines.return?.()
    }
  }
}
