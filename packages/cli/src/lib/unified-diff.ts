/**
 * A unified diff (as `diff -u` and `git diff` write it) of a text and the edits made to it. The
 * edits say exactly what changed, so no diff algorithm is needed: each run of changed lines is
 * shown removed and added, with three lines of context, and runs close together share a hunk.
 * `patch -p1` and `git apply` accept the output.
 */
import type {FixEdit} from '@plainspeak/core'
import type {Paint} from './colors.js'

const context = 3

interface Block {
  /** Old lines, 0-based, inclusive. */
  first: number
  last: number
  edits: FixEdit[]
}

/** Start offsets of every line. */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) if (index + 1 < text.length) starts.push(index + 1)
  return starts
}

function lineOf(starts: readonly number[], offset: number): number {
  let low = 0
  let high = starts.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (starts[middle]! <= offset) low = middle
    else high = middle - 1
  }
  return low
}

/** The lines of a piece of text, each without its line break; the flag says the text ended without one. */
function splitLines(text: string): {lines: string[]; noFinalBreak: boolean} {
  if (text === '') return {lines: [], noFinalBreak: false}
  const noFinalBreak = !text.endsWith('\n')
  const lines = (noFinalBreak ? text : text.slice(0, -1)).split('\n').map((line) => line.replace(/\r$/, ''))
  return {lines, noFinalBreak}
}

/** `edits`: in document order, none overlapping (as core's `safeFixes` gives them). */
export function unifiedDiff(name: string, text: string, edits: readonly FixEdit[], paint: Paint): string {
  if (edits.length === 0) return ''
  const starts = lineStarts(text)
  const lineEnd = (line: number) => (line + 1 < starts.length ? starts[line + 1]! : text.length)
  // Edits on the same or touching lines form one block.
  const blocks: Block[] = []
  for (const edit of edits) {
    const first = lineOf(starts, edit.start)
    const last = lineOf(starts, Math.max(edit.start, edit.end - 1))
    const previous = blocks.at(-1)
    if (previous && first <= previous.last + 1) {
      previous.last = Math.max(previous.last, last)
      previous.edits.push(edit)
    } else blocks.push({first, last, edits: [edit]})
  }
  // Blocks close enough for their context to meet share a hunk.
  const hunks: Block[][] = []
  for (const block of blocks) {
    const hunk = hunks.at(-1)
    if (hunk && block.first - hunk.at(-1)!.last - 1 <= 2 * context) hunk.push(block)
    else hunks.push([block])
  }

  const out = [paint('bold', `--- a/${name}`), paint('bold', `+++ b/${name}`)]
  const oldLine = (line: number) => splitLines(text.slice(starts[line]!, lineEnd(line))).lines[0] ?? ''
  let shift = 0
  for (const hunk of hunks) {
    const from = Math.max(0, hunk[0]!.first - context)
    const to = Math.min(starts.length - 1, hunk.at(-1)!.last + context)
    const body: string[] = []
    let oldCount = 0
    let newCount = 0
    let line = from
    for (const block of hunk) {
      for (; line < block.first; line++, oldCount++, newCount++) body.push(` ${oldLine(line)}`)
      const start = starts[block.first]!
      const old = text.slice(start, lineEnd(block.last))
      let changed = ''
      let reached = start
      for (const edit of block.edits) {
        changed += text.slice(reached, edit.start) + edit.text
        reached = edit.end
      }
      changed += text.slice(reached, lineEnd(block.last))
      const removed = splitLines(old)
      const added = splitLines(changed)
      for (const item of removed.lines) body.push(paint('red', `-${item}`))
      if (removed.noFinalBreak) body.push('\\ No newline at end of file')
      for (const item of added.lines) body.push(paint('green', `+${item}`))
      if (added.noFinalBreak) body.push('\\ No newline at end of file')
      oldCount += removed.lines.length
      newCount += added.lines.length
      line = block.last + 1
    }
    for (; line <= to; line++, oldCount++, newCount++) {
      body.push(` ${oldLine(line)}`)
      if (line === starts.length - 1 && !text.endsWith('\n')) body.push('\\ No newline at end of file')
    }
    const range = (start: number, count: number) => (count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`)
    out.push(paint('blue', `@@ -${range(from + 1, oldCount)} +${range(from + 1 + shift, newCount)} @@`), ...body)
    shift += newCount - oldCount
  }
  return `${out.join('\n')}\n`
}
