import type {Audience} from '@plainspeak/dictionary'
import type {RuleId} from './rule.js'

export type FindingSeverity = 'info' | 'warning' | 'error'

/** What an audience can be expected to read without help. Presets are plain data. */
export interface AudiencePreset {
  /** Target UK reading age (US grade + 5). */
  readingAge: number
  /** Longest sentence, in words. */
  sentenceLength: number
  /** Default severity of each rule; rules not listed keep their own default. */
  rules: Partial<Record<RuleId, FindingSeverity | 'off'>>
}

export const audiencePresets: Record<Audience, AudiencePreset> = {
  // Residents, patients, public web pages. GOV.UK and the Home Office aim for
  // reading age 9; the NHS for 9 to 11. GOV.UK: sentences of 25 words or fewer.
  public: {readingAge: 9, sentenceLength: 25, rules: {}},
  // Board and committee papers: residents attend and read them, but the
  // subject is technical, so allow more before flagging.
  board: {readingAge: 12, sentenceLength: 25, rules: {'simpler-word': 'info', passive: 'info'}},
  // Internal documents: still plain, but colleagues share some vocabulary.
  staff: {readingAge: 14, sentenceLength: 30, rules: {'simpler-word': 'off', passive: 'off', readability: 'info'}}
}
