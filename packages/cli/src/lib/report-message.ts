/**
 * A finding as the CLI reports it, converted once from core's message on the worker that checked
 * the file; every reporter (stylish, JSON, SARIF, GitHub, GitLab, HTML) and the baseline read this.
 */
import {messageToJson, type FindingGroup, type MessageJson, type ParagraphPlace, type PlainspeakMessage} from '@plainspeak/core'

/**
 * A finding in the CLI's JSON: core's message without `source` (always `plainspeak`) and
 * `data` (rule internals), so the documented shape stays small and stable. `group` is kept: every
 * finding of the same term in a file shares it, so tools can treat a repeated word as one thing.
 * In a Word document (where `line` is the paragraph's index) `paragraph` says where that is in
 * words a writer can find: the heading it sits under and the paragraph's opening words.
 */
export interface ReportMessage extends Omit<MessageJson, 'source' | 'data'> {
  group?: FindingGroup
  paragraph?: ParagraphPlace
}

export function toReportMessage(message: PlainspeakMessage, paragraph?: ParagraphPlace): ReportMessage {
  // Core's JSON shape, without the two fields the CLI leaves out; the field order stays core's.
  const {source: _source, data, ...json} = messageToJson(message)
  const {group} = data
  return {...json, ...(group ? {group} : {}), ...(paragraph ? {paragraph} : {})}
}
