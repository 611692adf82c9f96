/**
 * `fix`'s changes grouped by kind, so twenty swaps are read as a few decisions: "Plain words:
 * utilise → use (3)". A group is one kind of change and one replacement; `fix` shows each group's
 * diff in turn and `fix --interactive` asks about each, as `git add -p` asks about each hunk.
 * The kinds and their order are the table below; a rule not in it is named by its id.
 */
import {applyEdits, type FixEdit} from '@plainspeak/core'
import type {Paint} from './colors.js'
import {showControls} from './terminal-text.js'
import {unifiedDiff} from './unified-diff.js'

/** Each kind of change as a writer reads it, by dictionary entry kind or rule id, in the order shown. */
const kindsOfChange: ReadonlyArray<[kind: string, label: string]> = [
  ['jargon', 'Plain words'],
  ['idiom', 'Plain words'],
  ['wordy-phrase', 'Shorter phrases'],
  ['simpler-word', 'Simpler words'],
  ['inclusive', 'Inclusive words'],
  ['acronym-undefined', 'Acronyms spelled out'],
  ['acronym-redefined', 'Acronyms defined once'],
  ['acronym-late-definition', 'Acronyms defined at first use']
]

const labels = new Map(kindsOfChange)
const labelOrder = [...new Set(kindsOfChange.map(([, label]) => label))]

/** What `fix` knows of a safe fix to group it. */
export interface GroupableFix {
  ruleId: string
  /** The dictionary entry's kind (jargon, wordy-phrase, idiom, inclusive), when the finding has one. */
  entryKind?: string
  actual: string
  edit: FixEdit
}

export interface FixGroup {
  /** "Plain words: utilise → use (3)". */
  title: string
  /** In document order. */
  edits: FixEdit[]
}

const kindOf = (fix: GroupableFix) => labels.get(fix.ruleId === 'jargon' && fix.entryKind ? fix.entryKind : fix.ruleId) ?? labels.get(fix.ruleId) ?? fix.ruleId

/** The fixes of one file in groups: by kind (in the table's order), then by replacement in order of first use. */
export function groupFixes(fixes: readonly GroupableFix[]): FixGroup[] {
  const groups = new Map<string, {label: string; change: string; edits: FixEdit[]}>()
  for (const fix of fixes) {
    const label = kindOf(fix)
    // One group whatever the letter case; its title shows the first use as written (acronyms keep their capitals).
    const change = `${fix.actual} → ${fix.edit.text === '' ? '(removed)' : fix.edit.text}`
    const key = JSON.stringify([label, change.toLowerCase()])
    const group = groups.get(key) ?? {label, change, edits: []}
    group.edits.push(fix.edit)
    groups.set(key, group)
  }
  const rank = (label: string) => (labelOrder.includes(label) ? labelOrder.indexOf(label) : labelOrder.length)
  return [...groups.values()]
    .map((group, index) => ({...group, index}))
    .sort((a, b) => rank(a.label) - rank(b.label) || a.index - b.index)
    .map(({label, change, edits}) => ({title: `${label}: ${change} (${edits.length})`, edits}))
}

/**
 * A group's edits as they fall in the text once `applied` (edits to the same original text, none
 * overlapping these) are made: each group's diff is read against the text as it will be by then.
 */
export function editsAfter(applied: readonly FixEdit[], edits: readonly FixEdit[]): FixEdit[] {
  const shift = (offset: number) => applied.reduce((total, edit) => (edit.end <= offset ? total + edit.text.length - (edit.end - edit.start) : total), 0)
  return edits.map((edit) => {
    const by = shift(edit.start)
    return {...edit, start: edit.start + by, end: edit.end + by}
  })
}

/**
 * The diff of each group in turn, under its title, each read against the text with the groups
 * before it applied: one patch that `patch -p1` applies whole, grouped by kind of change.
 */
export function groupedDiff(shown: string, text: string, groups: readonly FixGroup[], paint: Paint): string {
  const applied: FixEdit[] = []
  let out = ''
  for (const group of groups) {
    out += `${paint('yellow', showControls(group.title))}\n${unifiedDiff(shown, applyEdits(text, applied).text, editsAfter(applied, group.edits), paint)}`
    applied.push(...group.edits)
  }
  return out
}

/** "utilise → use ×2, going forward → from now on": the changes, grouped by kind. */
export function changeSummary(changes: ReadonlyArray<[from: string, to: string]>): string {
  const counts = new Map<string, number>()
  for (const [from, to] of changes) {
    const key = `${from.toLowerCase()} → ${to === '' ? '(removed)' : to.toLowerCase()}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => (count > 1 ? `${key} ×${count}` : key)).join(', ')
}
