/**
 * A finding as the CLI reports it, converted once from core's message on the worker that checked
 * the file; every reporter (stylish, JSON, SARIF, GitHub, GitLab, HTML) and the baseline read this.
 */
import {messageToJson, type FindingData, type FindingGroup, type MessageJson, type ParagraphPlace, type PlainspeakMessage} from '@plainspeak/core'

/**
 * A finding in the CLI's JSON: core's message without `source` (always `plainspeak`) and
 * `data` (rule internals), so the documented shape stays small and stable. `group` is kept: every
 * finding of the same term in a file shares it, so tools can treat a repeated word as one thing.
 * In a Word document (where `line` is the paragraph's index) `paragraph` says where that is in
 * words a writer can find: the heading it sits under and the paragraph's opening words.
 * `verdict` is a residents' panel's verdict on the entry that gave the finding, when there was a
 * review: the sentence core's note opens with, kept apart so every report can show it.
 */
export interface ReportMessage extends Omit<MessageJson, 'source' | 'data'> {
  group?: FindingGroup
  paragraph?: ParagraphPlace
  /**
   * Core's `findingFingerprint`: the same at this place however the rest of the file is edited.
   * `plainspeak feedback dismiss` takes it.
   */
  fingerprint?: string
  verdict?: string
}

export function toReportMessage(message: PlainspeakMessage, paragraph?: ParagraphPlace): ReportMessage {
  // Core's JSON shape, without the two fields the CLI leaves out; the field order stays core's.
  const {source: _source, data, ...json} = messageToJson(message)
  const {group} = data
  const verdict = panelVerdict(json.note, data)
  return {...json, ...(group ? {group} : {}), ...(paragraph ? {paragraph} : {}), ...(verdict ? {verdict} : {})}
}

/**
 * A reviewed entry's finding (its review is in `data.review` for an acronym, `data.entry.review`
 * for a dictionary term) has a note that opens with the panel's verdict, “8 of 10 residents on
 * the review panel did not know this word (Bow residents' panel, 4 December 2026).”: that sentence.
 */
function panelVerdict(note: string | undefined, data: FindingData): string | undefined {
  const reviewed = data.review !== undefined || data.entry?.review !== undefined
  if (!reviewed || !note) return undefined
  const end = note.indexOf(').')
  return end > 0 && note.includes('review panel') ? note.slice(0, end + 2) : undefined
}
