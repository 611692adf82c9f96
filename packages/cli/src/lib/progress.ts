/**
 * A progress bar on stderr for long batch runs at a terminal. Messages written while it shows
 * wait until it is gone, so the bar and the messages do not overwrite each other.
 */
import cliProgress from 'cli-progress'
import {sayOnStderr} from './terminal-text.js'

/** Fewer files than this finish before a bar would help. */
export const progressThreshold = 6

export interface Progress {
  tick(): void
  /** Writes a line to stderr now, or after the bar when it is showing. */
  note(line: string): void
  stop(): void
}

export function createProgress(total: number, stderr: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  const show = Boolean(stderr.isTTY) && total >= progressThreshold && !env['CI']
  if (!show) {
    return {tick() {}, note: (line) => sayOnStderr(line, stderr), stop() {}}
  }
  const bar = new cliProgress.SingleBar(
    {stream: stderr, format: 'Checking {bar} {value}/{total} files', hideCursor: true, clearOnComplete: true, barsize: 30, fps: 10},
    cliProgress.Presets.shades_classic
  )
  bar.start(total, 0)
  const notes: string[] = []
  return {
    tick: () => bar.increment(),
    note: (line) => void notes.push(line),
    stop() {
      bar.stop()
      for (const line of notes.splice(0)) sayOnStderr(line, stderr)
    }
  }
}
