import type {Block, ControlComment} from './document/block.js'
import type {RawFinding} from './rule.js'

/**
 * Applies inline control comments, as remark-message-control does:
 * `plainspeak-disable [ruleId…]` until `plainspeak-enable [ruleId…]`
 * (no ids: every rule), and `plainspeak-ignore-next` for the next block.
 */
export function applyControls(findings: RawFinding[], controls: readonly ControlComment[], blocks: readonly Block[]): RawFinding[] {
  if (controls.length === 0) return findings
  const ordered = [...controls].sort((a, b) => a.start - b.start)

  // Ranges where everything, or some rules, are off.
  const ignored: Array<[number, number]> = []
  for (const control of ordered) {
    if (control.action !== 'ignore-next') continue
    const next = blocks.find((block) => block.start >= control.end)
    if (next) ignored.push([next.start, next.start + next.text.length])
  }

  const isDisabled = (ruleId: string, offset: number): boolean => {
    let all = false
    const off = new Set<string>()
    const on = new Set<string>()
    for (const control of ordered) {
      if (control.start > offset) break
      if (control.action === 'ignore-next') continue
      if (control.ruleIds.length === 0) {
        all = control.action === 'disable'
        off.clear()
        on.clear()
      } else {
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
    }
    return off.has(ruleId) || (all && !on.has(ruleId))
  }

  return findings.filter(
    (finding) =>
      !ignored.some(([from, to]) => finding.start >= from && finding.start < to) && !isDisabled(finding.ruleId, finding.start)
  )
}
