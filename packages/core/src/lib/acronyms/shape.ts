import {daleChall} from 'dale-chall'
import {isMasked, mergeRanges, type Range} from '../text/masks.js'
import type {AcronymLexicon} from './lexicon.js'

/** An acronym written in the text. */
export interface AcronymUse {
  /** As written: `ICBs`. */
  value: string
  /** What uses share: the singular form, `ICB`. */
  key: string
  plural: boolean
  start: number
  end: number
  /** Whether it opens a sentence, so a spelled-out replacement needs a capital. */
  sentenceStart: boolean
  /**
   * Whether it stands as a name on its own, with no word such as "the" or "our" before it and no
   * noun after it ("funded by DHSC."): spelled out, an organisation's name then needs "the".
   */
  bare?: boolean
  /** Whether it ends a hyphenated word ("post-HRT", "non-NHS"): spelled out there, the sentence needs rewording. */
  prefixed?: boolean
}

/** Everyday words written in capitals for emphasis ("you MUST reply") are not acronyms. */
const everydayWords = new Set(daleChall)
/**
 * A word that may be an acronym. An apostrophe after a letter joins words ("O'Neill"), but one
 * after a space or a bracket opens a quotation: "(referred to as 'IDT')". Cookie and software
 * names ("_ga", "ASP.NET_SessionId") are joined by underscores and dots, not acronyms.
 */
const candidatePattern = /(?<![\p{L}\p{N}\p{M}&_.])(?<![\p{L}\p{N}\p{M}]['’])[\p{Lu}\p{N}][\p{L}\p{N}\p{M}&]*[\p{L}\p{N}](?![\p{L}\p{N}\p{M}&_]|\.[\p{L}\p{N}])/gu
const romanNumeral = /^(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/
/** Words before which a roman numeral is a number: "Part IV", "Schedule II". */
const numberedThings = /\b(?:part|schedule|appendix|annex|annexe|section|chapter|phase|stage|tier|level|type|class|volume|article|book|title|grade|band|key stage|wave|series)\s+$/i

/**
 * The acronym shape: two or more characters, at least two of them capitals
 * (S151 and 2FA count their digits), no more than one inner lower-case letter
 * (EqIA, PhD), `&` inside (A&E), and a plural `s` (ICBs).
 */
export function acronymKey(value: string, known: (key: string) => boolean): {key: string; plural: boolean} | undefined {
  if (known(value)) return {key: value, plural: false}
  let key = value
  let plural = false
  if (value.length >= 3 && /[\p{Lu}\d]s$/u.test(value)) {
    key = value.slice(0, -1)
    plural = true
    if (known(key)) return {key, plural}
  }
  if (key.endsWith('&')) return undefined
  let capitals = 0
  let lower = 0
  let digits = 0
  for (const char of key) {
    if (/\p{Lu}/u.test(char)) capitals++
    else if (/\p{Ll}/u.test(char)) {
      // Two lower-case letters rule it out: most capitalised words stop here.
      if (++lower > 1) return undefined
    } else if (/\p{N}/u.test(char)) digits++
  }
  if (capitals < 2 || lower > 1) return undefined
  if (!/^[\p{Lu}\d]/u.test(key) || (digits > 0 && capitals + digits === key.length && /^\d+$/.test(key))) return undefined
  if (romanNumeral.test(key)) return undefined
  if (everydayWords.has(key.toLowerCase()) && lower === 0) return undefined
  return {key, plural}
}

const twoCapitals = /\p{Lu}[^]*\p{Lu}/u

/** The end of a number: "2.85MB" is one quantity, not "2." and an acronym "85MB". */
const afterNumber = /\d[.,]$/

/**
 * Finds acronyms in a block, skipping lines written all in capitals, spans
 * that are not prose, and what only looks like an acronym: quantities with
 * units (`2GB`, `0.5MB`), form and reference codes (`FP10`, `SC1`) and the
 * codes and names the dictionary lists (`MS Teams`).
 */
export function findAcronymUses(text: string, masks: readonly Range[], isHeading: boolean, lexicon: AcronymLexicon): AcronymUse[] {
  const uses: AcronymUse[] = []
  const known = lexicon.known
  const shouting = mergeRanges(shoutingLines(text, isHeading))
  let codes: Range[] | undefined
  for (const match of text.matchAll(candidatePattern)) {
    const value = match[0]
    // Most candidates are capitalised words: with fewer than two capitals, only the dictionary
    // can make one an acronym (see acronymKey).
    if (!twoCapitals.test(value) && !known(value) && !(value.endsWith('s') && known(value.slice(0, -1)))) continue
    const start = match.index
    const end = start + value.length
    if (isMasked(masks, start, end) || isMasked(shouting, start, end)) continue
    if (romanNumeral.test(value) && (!known(value) || numberedThings.test(text.slice(Math.max(0, start - 20), start)))) continue
    if (afterNumber.test(text.slice(Math.max(0, start - 2), start))) continue
    const shape = acronymKey(value, known)
    if (!shape) continue
    // Letters and digits together make a code (FP10, ESA50, R1H) or a quantity (2GB, 10KM),
    // unless the dictionary knows it as an acronym (S151, 2FA, KS2).
    if (/\d/.test(value) && !known(value) && !known(shape.key)) continue
    codes ??= lexicon.codeSpans(text)
    if (isMasked(codes, start, end)) continue
    if (partOfName(text, start, end, value) || readsAsWord(text, start, end, value, known)) continue
    // "LGBTQ+": the plus is part of the acronym, so a fix that spells it out keeps it.
    const plus = text[end] === '+' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '') ? '+' : ''
    uses.push({
      value: value + plus,
      key: shape.key,
      plural: shape.plural,
      start,
      end: end + plus.length,
      sentenceStart: opensSentence(text, start),
      bare: standsBare(text, start, end),
      ...(/\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start)) ? {prefixed: true} : {})
    })
  }
  return uses
}

/** An everyday word, or a known acronym that is also one ("CASH"): in a run of capitals it is a shouted word. */
const isEverydayWord = (word: string) => everydayWords.has(word.toLowerCase())

/** A word in capitals beside the candidate, with only spaces between: "CASH BOOK", "STOKE PARISH COUNCIL". */
const capitalWordBefore = /(?<![\p{L}\p{N}\p{M}&'’.-])(\p{Lu}{2,})[ \t\u00a0]+$/u
const capitalWordAfter = /^[ \t\u00a0]+(\p{Lu}{2,})(?![\p{L}\p{N}\p{M}&'’-])/u

/**
 * Endings of English words and place names, for words of six letters or more written in capitals
 * ("APPLICATION", "COLLABORATIVELY", "PARISH", "DEREHAM", "WESTMINSTER"). "-ED" is left out: SNOMED.
 */
const wordEnding = /(?:TIONS?|SIONS?|MENTS?|NESS|ABLY|IBLY|LY|INGS?|ITY|ITIES|ANCES?|ENCES?|ARY|ORY|ISH|ABLE|IBLE|IVES?|IOUS|OUS|ISTS?|ISMS?|ISE[DS]?|IZE[DS]?|ERS|HAM|TON|FORD|BURY|MINSTER|CHESTER|CESTER|FIELD|WICH|BOROUGH|SHIRE|BRIDGE|MOUTH|STEAD|WORTH|CASTLE)$/

/**
 * Words written in capitals for emphasis or as a title, not acronyms: a run of them
 * ("MINUTES OF THE MEETING OF STOKE PARISH COUNCIL held on …", "CASH BOOK"), or one long word
 * that reads as a word ("APPLICATION", "WESTMINSTER"). A known acronym stays one unless it is also
 * an everyday word in a run of capitals ("CASH BOOK"); a run needs a neighbour that is a word, not
 * another acronym ("the JSNA CAMHS section" keeps both).
 */
function readsAsWord(text: string, start: number, end: number, value: string, known: (key: string) => boolean): boolean {
  if (!/^\p{Lu}+$/u.test(value)) return false
  const isKnown = known(value)
  if (!isKnown || isEverydayWord(value)) {
    const before = capitalWordBefore.exec(text.slice(Math.max(0, start - 40), start))?.[1]
    const after = capitalWordAfter.exec(text.slice(end, end + 40))?.[1]
    const wordLike = (word: string | undefined) => word !== undefined && (isEverydayWord(word) || (!known(word) && word.length >= 4))
    if (wordLike(before) || wordLike(after)) return true
  }
  return !isKnown && value.length >= 6 && wordEnding.test(value)
}

/** A title before a name ("HM Treasury", "HM Revenues and Customs"). */
const titlePrefixes = new Set(['HM', 'HRH'])
/** "Cllr" before a name or an initial: "Cllr Anne Brown", "Cllr J. Smith". */
const councillorBeforeName = /\bCllr\.?[ \u00a0]+\p{Lu}(?:\p{Ll}|\.|[ \u00a0]+\p{Lu})/giu

/**
 * Whether "Cllr" is a title in a list of names ("Present: Cllr Anne Brown, Cllr J. Smith", an
 * attendance table), as "Dr" is: before a name, with another councillor named in the block, or on
 * a line of names and labels. In a sentence ("Cllr Begum chaired the meeting") it
 * is still an abbreviation the public may not know.
 */
function councillorInList(text: string, start: number, end: number): boolean {
  councillorBeforeName.lastIndex = start
  const here = councillorBeforeName.exec(text)
  if (!here || here.index !== start) return false
  if ((text.match(councillorBeforeName)?.length ?? 0) >= 2) return true
  const lineStart = text.lastIndexOf('\n', start) + 1
  const lineEnd = text.indexOf('\n', end)
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim()
  // A line of names and labels: no lower-case word, and a label's colon or no full stop ("Ask Cllr Smith." is a sentence).
  return !/(?<![\p{L}’'])\p{Ll}{3,}/u.test(line) && (/[,;:]/.test(line) || !/[.!?]$/.test(line))
}

/** A conformance level after WCAG or "level": "WCAG 2.2 AA", "level AAA". */
const wcagLevel = /(?:\bWCAG(?:[\s\u00a0]+\d+(?:\.\d+)*)?|\bGuidelines(?:[\s\u00a0]+version)?[\s\u00a0]+\d+(?:\.\d+)*|\blevel|\bconformance)[\s\u00a0]+$/i

/**
 * Letters that belong to a larger name or code: a title before a name ("HM Treasury"), a piece of
 * a hyphenated or slashed code with a number in it ("SARS-CoV-2", "21/01234/LDP",
 * "TREECA/21/0042"), a WCAG level ("AA").
 */
function partOfName(text: string, start: number, end: number, value: string): boolean {
  if (/^cllr$/i.test(value)) return councillorInList(text, start, end)
  if (titlePrefixes.has(value) && /^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3))) return true
  if ((value === 'AA' || value === 'AAA') && wcagLevel.test(text.slice(Math.max(0, start - 30), start))) return true
  const left = /(?:[\p{L}\p{N}]+[-‐‑/])+$/u.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? ''
  const right = /^(?:[-‐‑/][\p{L}\p{N}]+)+/u.exec(text.slice(end, end + 60))?.[0] ?? ''
  if (left === '' && right === '') return false
  return (left + value + right).split(/[-‐‑/]/).some((piece) => /^\p{N}+$/u.test(piece))
}

/** Words before a name that take the place of "the": "the DHSC", "our ICB", "each PCN". */
const determiners = /(?:^|[^\p{L}])(?:the|a|an|our|their|its|his|her|your|my|this|that|these|those|each|every|any|no|which|whose|local|national)\s+$/iu
/** Words after a name that show it is not a modifier of a noun: a verb, preposition or conjunction. */
const afterName = /^\s+(?:and|or|but|to|in|into|for|of|on|with|without|about|has|have|had|is|are|was|were|will|would|should|shall|can|could|may|might|must|said|says|say|asked|agreed|announced|published|set|sets|which|who|that|at|by|from|as|under|since|before|after|so|also|now|then)\b/iu

/** A verb after a name, which makes the name its subject: "UKHSA has", "DHSC said". */
const verbAfterName = /^\s+(?:has|have|had|is|are|was|were|will|would|should|shall|can|could|may|might|must|said|says|asked|agreed|announced|published|sets|set out)\b/iu

/** Words after which a name stands on its own: prepositions and "and", "or". */
const beforeName = /(?:^|[^\p{L}])(?:by|from|to|with|for|of|at|in|on|between|and|or|via|through|under|across|against|into|than|including|within|about|contact|join|joined)\s+$/iu

/** Whether the acronym stands on its own as a name ("funded by DHSC.", "UKHSA says"), not after "the" and not before a noun. */
function standsBare(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 14), start)
  if (determiners.test(before) || /['’]s?\s*$/.test(before)) return false
  const after = text.slice(end, end + 16)
  // "every Type 1 ED", "a new ICB": only after a preposition, "and"/"or", at a sentence's start,
  // or as the subject of a verb after an opening phrase ("From May 2021, UKHSA has …").
  if (!beforeName.test(before) && !opensSentence(text, start) && !(/,\s+$/.test(before) && verbAfterName.test(after))) return false
  // "DHSC's guidance": a possessive takes no article before a spelled-out name either way.
  if (/^['’]/.test(after)) return false
  return /^\s*(?:[.,;:!?)\]]|$)/.test(after) || afterName.test(after)
}

function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 10), start).replace(/[\s"“‘'(*_[]+$/u, '')
  return before === '' || /[.!?:]$/.test(before)
}

/**
 * Lines with letters but no lower case: a heading or title in capitals
 * ("JOINT HEALTH AND WELLBEING STRATEGY"), whose words are not acronyms.
 */
function shoutingLines(text: string, isHeading: boolean): Range[] {
  const ranges: Range[] = []
  const lines = /[^\r\n]+/g
  let lineCount = 0
  const found: Range[] = []
  for (const match of text.matchAll(lines)) {
    lineCount++
    const line = match[0]
    if (/\p{Ll}/u.test(line) || !/\p{Lu}/u.test(line)) continue
    const words = line.match(/\p{L}{2,}/gu) ?? []
    found.push([match.index, match.index + line.length])
    if (words.length >= 2) ranges.push([match.index, match.index + line.length])
  }
  // A one-word capitalised heading or a block that is one capitalised line.
  if (ranges.length === 0 && found.length === 1 && (isHeading || lineCount === 1) && (text.match(/\p{L}{2,}/gu) ?? []).length > 1) {
    ranges.push(found[0]!)
  }
  if (isHeading && found.length === lineCount && lineCount > 0) return found
  return ranges
}
