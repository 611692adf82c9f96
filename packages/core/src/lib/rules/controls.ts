import type {Block, ControlComment} from '../document/block.js'
import type {RawFinding} from './rule.js'
import {firstIndex, overlappingRange} from '../text/search.js'

/** Which rules are off after a control comment: everything (`all`, less `on`), or those in `off`. */
interface ControlState {
  at: number
  all: boolean
  off: ReadonlySet<string>
  on: ReadonlySet<string>
}

/**
 * Applies inline control comments, as remark-message-control does:
 * `plainspeak-disable [ruleId…]` until `plainspeak-enable [ruleId…]`
 * (no ids: every rule), and `plainspeak-ignore-next` for the next block.
 * States are worked out once, in order, and each finding looks its state up
 * by binary search, so many comments and many findings stay cheap.
 */
export function applyControls(findings: RawFinding[], controls: readonly ControlComment[], blocks: readonly Block[]): RawFinding[] {
  if (controls.length === 0) return findings
  const ordered = [...controls].sort((a, b) => a.start - b.start)

  const states: ControlState[] = []
  let all = false
  let off = new Set<string>()
  let on = new Set<string>()
  const ignored: Array<[number, number]> = []
  for (const control of ordered) {
    if (control.action === 'ignore-next') {
      const next = blocks[firstIndex(blocks, (block) => block.start < control.end)]
      if (next) ignored.push([next.start, next.start + next.text.length])
      continue
    }
    if (control.ruleIds.length === 0) {
      all = control.action === 'disable'
      off = new Set()
      on = new Set()
    } else {
      off = new Set(off)
      on = new Set(on)
      for (const id of control.ruleIds) {
        if (control.action === 'disable') {
          off.add(id)
          on.delete(id)
        } else {
          off.delete(id)
          on.add(id)
        }
      }
    }
    states.push({at: control.start, all, off, on})
  }

  return findings.filter((finding) => {
    if (overlappingRange(ignored, finding.start)) return false
    const state = states[firstIndex(states, (candidate) => candidate.at <= finding.start) - 1]
    return !state || !(state.off.has(finding.ruleId) || (state.all && !state.on.has(finding.ruleId)))
  })
}
