/** The plain summary of an import: what changed, what a person must decide, what was counted once. */
import type {Change, LearnResult} from './learn.js'

export interface SummaryOptions {
  dictionaryName: string
  /** The changes were written (`--write`), or this is a preview. */
  written: boolean
  /** Files left out, each with what is wrong. */
  leftOut: readonly string[]
}

/** Longest passage shown, in characters: the passage is for finding it in the draft, not for reading. */
const passageLength = 60

/** A passage cut at the last word that fits, with an ellipsis: never in the middle of a word. */
function shortPassage(text: string): string {
  if (text.length <= passageLength) return text
  const room = text.slice(0, passageLength)
  const lastSpace = room.search(/\s\S*$/)
  const cut = /\s/.test(text.charAt(passageLength)) || lastSpace <= 0 ? room : room.slice(0, lastSpace)
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`
}

const name = (change: Change) => (change.kind === 'passage' ? `“${shortPassage(change.subject)}”` : change.subject)

function section(title: string, changes: readonly Change[]): string[] {
  if (changes.length === 0) return []
  return ['', `${title}:`, ...changes.map((change) => `  ${name(change)}: ${change.summary}`)]
}

export function summariseLearning(result: LearnResult, options: SummaryOptions): string {
  const reviewers = `${result.reviewers} ${result.reviewers === 1 ? 'reviewer' : 'reviewers'}`
  const lines = [`Answers from ${reviewers}${options.leftOut.length > 0 ? ` (${options.leftOut.length} ${options.leftOut.length === 1 ? 'file' : 'files'} left out)` : ''}.`]
  lines.push(...section(`Changes to ${options.dictionaryName}`, result.changes))
  lines.push(...section('For you to decide', result.decide))
  lines.push(...section('Understood by most: no change', result.understood))
  lines.push(...section('Passages (for the writer: the dictionary cannot fix these)', result.passages))
  if (result.duplicates.length > 0) lines.push('', 'Counted once:', ...result.duplicates.map((text) => `  ${text}`))
  lines.push('')
  if (result.changes.length === 0) lines.push(`Nothing to change in ${options.dictionaryName}.`)
  else if (options.written) lines.push(`Wrote ${options.dictionaryName} (it passes plainspeak dict lint).`)
  else lines.push(`This is a preview: nothing was written. Run the same command with --write to change ${options.dictionaryName}.`)
  return `${lines.join('\n')}\n`
}
