/**
 * Repeats. A word used twenty times gives twenty findings (editors need each place, for
 * navigation and "replace all"), but every finding of the same term in a document carries one
 * group: its id, how many places share it and which of them this is. Reports for people show
 * "ensure ×20" once with its places; JSON and SARIF keep each place with the group id.
 */
import type {FindingGroupData, RawFinding} from './rule.js'
import {ruleOf} from './registry.js'

export type FindingGroup = FindingGroupData

/**
 * Gives each repeated finding its group, in place, and returns the same list. The findings are
 * the check's own copies; each grouped one gets a new data object, so a cached block's findings
 * (which share their data) stay as they were. In place, not copied: a findings-dense document
 * has tens of thousands of word findings, and a copy of each was held beside the original.
 */
export function groupRepeats(findings: RawFinding[]): RawFinding[] {
  const members = new Map<string, RawFinding[]>()
  for (const finding of findings) {
    // What makes two findings uses of one thing, as the finding's rule says (a term, a pattern).
    const subject = finding.data && ruleOf(finding.ruleId).repeatKey?.(finding.data)
    if (subject === undefined) continue
    const id = `${finding.ruleId}:${subject}`
    const list = members.get(id)
    if (list) list.push(finding)
    else members.set(id, [finding])
  }
  for (const [id, list] of members) {
    list.forEach((finding, index) => {
      const group: FindingGroup = {id, count: list.length, ordinal: index + 1}
      finding.data = {...finding.data, group}
    })
  }
  return findings
}

/** A group of findings as a report shows it: the first place, and every place. */
export interface GroupedFindings<Message> {
  first: Message
  members: Message[]
}

/**
 * Findings grouped for display, in order of each group's first place; findings with no group
 * stand alone. `groupOf` reads a finding's group (from `data.group` in core's messages, or
 * wherever a front end keeps it).
 */
export function collectGroups<Message>(messages: readonly Message[], groupOf: (message: Message) => {id: string} | undefined): GroupedFindings<Message>[] {
  const byId = new Map<string, GroupedFindings<Message>>()
  const out: GroupedFindings<Message>[] = []
  for (const message of messages) {
    const id = groupOf(message)?.id
    const existing = id === undefined ? undefined : byId.get(id)
    if (existing) {
      existing.members.push(message)
      continue
    }
    const group = {first: message, members: [message]}
    if (id !== undefined) byId.set(id, group)
    out.push(group)
  }
  return out
}
