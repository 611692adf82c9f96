import type {Audience} from '@plainspeak/base'

/** What an audience can be expected to read without help. Presets are plain data. */
export interface AudiencePreset {
  /** Target UK reading age (US grade + 5). */
  readingAge: number
  /** Longest sentence, in words: a longer prose sentence is reported (one level below the rule's severity). */
  sentenceLength: number
  /** A prose sentence longer than this is reported at the rule's own severity (a warning by default). */
  farSentenceLength: number
  /** Where the target reading age comes from, in one sentence for a finding's note. */
  readingAgeSource: string
  /** Where the sentence limit comes from, in one sentence for a finding's note (it names the limit once). */
  sentenceLengthSource: string
  /**
   * Whether a glossary or abbreviation list counts as spelling its acronyms out. For the public it
   * does not: GOV.UK asks for each acronym to be spelled out where it is first used, and a reader
   * should not have to turn to the end to look it up.
   */
  glossarySpellsOut: boolean
  /** Which acronym rule applies at this audience, in one sentence (the Word pane shows it by its glossary button). */
  acronymRule: string
  /**
   * Dictionary entries written for these audiences (`audiences: [public]`) are flagged here too.
   * A patient is a member of the public: what residents need explained, so do they.
   */
  readsEntriesFor: readonly Audience[]
}

// Sentence limits: GOV.UK advises 25 words or fewer. In the evaluation corpus
// (test/eval) an editor would rewrite 5 of the 42 prose sentences of 26–29
// words for the public and 2 for a board, but 15 of 21 sentences of 30–34
// words for the public and 26 of 30 of 35 words or more for a board: so a
// sentence just over the limit is an info finding, and a warning from 30
// words (public) or 35 (board); staff documents from 40. For a board, the
// limit itself is 30: at 25, 48 of the 93 board findings were sentences of
// 26–30 words, and the editor would rewrite only 2 of them.
export const audiencePresets: Record<Audience, AudiencePreset> = {
  // Residents, patients, public web pages. GOV.UK and the Home Office aim for
  // reading age 9; the NHS for 9 to 11.
  public: {
    readingAge: 9,
    sentenceLength: 25,
    farSentenceLength: 29,
    readingAgeSource: 'GOV.UK and the NHS aim for reading age 9 in public information, so that most people understand it first time.',
    sentenceLengthSource: 'GOV.UK advises sentences of 25 words or fewer for the public.',
    glossarySpellsOut: false,
    acronymRule: 'For the public, spell out each acronym where it is first used: a glossary helps, but does not replace that.',
    readsEntriesFor: []
  },
  // Board and committee papers: residents attend and read them, but the
  // subject is technical, so allow more before flagging. Simpler words are hints
  // (the simpler-word rule's own default for a board).
  board: {
    readingAge: 12,
    sentenceLength: 30,
    farSentenceLength: 34,
    readingAgeSource: 'Board and committee papers aim for reading age 12: residents attend and read them, but the subject is technical.',
    sentenceLengthSource: 'Board and committee papers are held to 30 words: above that, editors of council and NHS papers would rewrite most sentences.',
    glossarySpellsOut: true,
    acronymRule: 'For a board or committee, an acronym in the glossary counts as spelled out.',
    readsEntriesFor: []
  },
  // Internal documents: still plain, but colleagues share some vocabulary;
  // passive voice and general simpler words are left to the writer (those rules are off for staff).
  staff: {
    readingAge: 14,
    sentenceLength: 30,
    farSentenceLength: 39,
    readingAgeSource: 'Internal documents aim for reading age 14: colleagues share some vocabulary.',
    sentenceLengthSource: 'Internal documents are held to 30 words, as board papers are.',
    glossarySpellsOut: true,
    acronymRule: 'For staff, an acronym in the glossary counts as spelled out.',
    readsEntriesFor: []
  },
  // Letters and leaflets written to a patient about their own care. The Academy of Medical Royal
  // Colleges' "Please, write to me" (2018) asks clinicians to write to the patient in plain
  // English and to explain or avoid medical terms and abbreviations; the NHS aims for reading
  // age 9 to 11 in health information. A letter is read by someone anxious, often more than
  // once, so sentences are held shorter than GOV.UK's 25 words.
  patient: {
    readingAge: 9,
    sentenceLength: 20,
    farSentenceLength: 25,
    readingAgeSource: 'Letters and leaflets to patients aim for reading age 9, as NHS health information does, so that a patient understands their own care first time.',
    sentenceLengthSource: 'Letters to patients are held to 20 words a sentence: they are read by someone anxious about their own health.',
    glossarySpellsOut: false,
    acronymRule: 'For a patient, spell out each acronym where it is first used: only a few, such as GP, NHS and A&E, need no explanation.',
    readsEntriesFor: ['public']
  }
}

/** Whether a dictionary entry written for `entryAudiences` (all audiences when not given) is flagged at `audience`. */
export function entryIsFor(entryAudiences: readonly Audience[] | undefined, audience: Audience): boolean {
  if (!entryAudiences) return true
  return entryAudiences.includes(audience) || audiencePresets[audience].readsEntriesFor.some((other) => entryAudiences.includes(other))
}
