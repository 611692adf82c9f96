/** `fix`'s groups: by kind of change in the table's order, one replacement each, letter case aside. */
import {applyEdits, type FixEdit} from '@plainspeak/core'
import {describe, expect, it} from 'vitest'
import {editsAfter, groupFixes} from '../src/lib/fix-groups.js'

const text = 'Utilise the JSNA. In order to help, we utilise it and frob it.'
const edit = (original: string, replacement: string, from = 0): FixEdit => {
  const start = text.indexOf(original, from)
  return {start, end: start + original.length, original, text: replacement}
}

describe('groupFixes', () => {
  it('groups by kind, then by replacement in order of first use, titled by the first use as written', () => {
    const fixes = [
      {ruleId: 'jargon', entryKind: 'jargon', actual: 'Utilise', edit: edit('Utilise', 'Use')},
      {ruleId: 'acronym-undefined', actual: 'JSNA', edit: edit('JSNA', 'Joint Strategic Needs Assessment (JSNA)')},
      {ruleId: 'jargon', entryKind: 'wordy-phrase', actual: 'In order to', edit: edit('In order to', 'To')},
      {ruleId: 'jargon', entryKind: 'jargon', actual: 'utilise', edit: edit('utilise', 'use', 20)},
      {ruleId: 'made-up-rule', actual: 'frob', edit: edit('frob', 'check')}
    ]
    expect(groupFixes(fixes).map((group) => [group.title, group.edits.length])).toEqual([
      ['Plain words: Utilise → Use (2)', 2],
      ['Shorter phrases: In order to → To (1)', 1],
      ['Acronyms spelled out: JSNA → Joint Strategic Needs Assessment (JSNA) (1)', 1],
      ['made-up-rule: frob → check (1)', 1]
    ])
    expect(groupFixes([])).toEqual([])
  })

  it('places a group’s edits in the text once the groups before it are applied', () => {
    const first = [edit('Utilise', 'Use'), edit('utilise', 'use', 20)]
    const later = [edit('JSNA', 'Joint Strategic Needs Assessment (JSNA)'), edit('frob', 'check')]
    const afterFirst = applyEdits(text, first).text
    const moved = editsAfter(first, later)
    expect(moved.map((item) => afterFirst.slice(item.start, item.end))).toEqual(['JSNA', 'frob'])
    expect(applyEdits(afterFirst, moved).text).toBe(applyEdits(text, [...first, ...later]).text)
  })
})
