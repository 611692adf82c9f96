/**
 * Applies a set of edits to a text in one pass, in document order. An edit that overlaps one
 * before it, or whose text has changed, is refused and left out; the rest go in.
 */
import type {FixEdit} from './finding.js'
import {stillApplies} from './edit.js'

export interface AppliedEdits {
  text: string
  applied: FixEdit[]
  refused: FixEdit[]
}

/** The edits that can go in together: in document order, each whose text still holds, none overlapping another. */
export function compatibleEdits(text: string, edits: readonly FixEdit[]): AppliedEdits['applied'] {
  const kept: FixEdit[] = []
  let reached = 0
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (edit.start < reached || !stillApplies(text, edit)) continue
    // Two insertions at one place would be in no clear order.
    if (edit.start === edit.end && kept.at(-1)?.end === edit.start) continue
    kept.push(edit)
    reached = edit.end
  }
  return kept
}

export function applyEdits(text: string, edits: readonly FixEdit[]): AppliedEdits {
  const applied = compatibleEdits(text, edits)
  const chosen = new Set(applied)
  const pieces: string[] = []
  let from = 0
  for (const edit of applied) {
    pieces.push(text.slice(from, edit.start), edit.text)
    from = edit.end
  }
  pieces.push(text.slice(from))
  return {text: pieces.join(''), applied, refused: edits.filter((edit) => !chosen.has(edit))}
}
