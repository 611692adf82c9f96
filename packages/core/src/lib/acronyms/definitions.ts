import {firstIndex} from '../text/search.js'
import type {Token} from '../text/tokens.js'
import {spellsOut, type ExpansionWord, type SpellOptions} from './initials.js'
import type {AcronymUse} from './shape.js'

/** An acronym spelled out in the text. Offsets are those of the acronym inside the definition. */
export interface AcronymDefinition {
  key: string
  expansion: string
  start: number
  end: number
  /**
   * `point`: spelled out here. `document`: a glossary or abbreviation list, which defines for
   * the whole document. `person`: a person's initials after their name ("Jane Smith (JS)"),
   * which are no acronym at all.
   */
  kind: 'point' | 'document' | 'person'
  /** Whether the acronym was written as a plural where it was defined ("care boards (ICBs)"). */
  plural?: boolean
  /** Capitalised words that each give one initial, as a name does: a person's initials under a "Present" heading. */
  nameLike?: boolean
  /** Where the spelled-out words stand, for definitions in prose. */
  expansionStart?: number
  expansionEnd?: number
}

/**
 * What may stand between the words of an expansion: spaces, hyphens, slashes, commas, quotes,
 * blanked markup, and the backslashes of Markdown converted from PDF ("Assessment \(JSNA\)").
 */
const expansionGap = /^[\s\u00a0,\-‐‑/\\'"“”‘’]*$/u
/** A Markdown link target left in plain text: "[Joint Strategic Needs Assessment](https://…) (JSNA)". */
const linkTarget = /\]\([^()\s]*\)/g
const leadingArticles = new Set(['the', 'a', 'an'])

/** An opening bracket, perhaps escaped, and words that may come before the acronym inside it: "(the JSNA)", "(hereafter ‘JSNA’)". */
const openingBefore = /\\?\(\s*(?:(?:the|hereafter|hereinafter|(?:also |to be )?(?:known|referred to) as)\s+)*["“‘']?$/iu
/** What may join acronyms in one pair of brackets: "(DoLS/LPS)", "(PIP MC)", "(ICB, ICP)", "(A and B)". */
const sharedSeparator = /^\s*(?:[/,&+\-‐‑]|and|or)?\s*$/u
/**
 * The rest of a pair of brackets after an acronym: more initials, if any ("(PIP MC)"), a version
 * or number ("(WCAG 2.1)", "(ISO 27001)"), then the closing bracket, perhaps escaped, perhaps
 * after a stray apostrophe plural ("(PCN's)").
 */
const moreInitials = /^(?:\s*(?:[/,&+\-‐‑]|and|or)?\s*[\p{Lu}][\p{Lu}\d&]+)*(?:['’]s)?(?:\s+v?\d+(?:\.\d+)*)?["”’']?\s*\\?\)/u
/** After the acronym: an opening bracket, past blanked or literal link targets: "[JSNA](…) (Joint …)". */
const bracketAfter = /(?:[\s\u00a0]|\]\([^()\s]*\))*\\?\(/uy

/** Titles before a name: "Cllr Jane Smith (JS)". */
const honorifics = /\b(?:cllr|councillor|dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|rev|revd)\.?\s+$/i
/** Headings under which minutes list people: "Present", "Attendees", "Apologies". */
export const attendanceWords = /\b(?:present|attendees|attending|in attendance|attendance|apologies|members present|participants)\b/i
/** A line that lists people: "Present: Jane Smith (JS), Ahmed Khan (AK)", "**Apologies** – …". */
const attendanceLine = /(?:^|\n)[\s*_>-]*(?:present|attendees|in attendance|apologies(?: for absence)?|members present|also present|minutes?(?: taken by)?|chair(?:ed by)?)[\s*_]*[:–—-][^\n]*$/i
const titleCaseWord = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)*$|^(?:Mc|Mac|O['’])\p{Lu}\p{Ll}+$/u

const toWords = (tokens: readonly Token[]): ExpansionWord[] =>
  tokens.map((token, index) => ({
    normal: token.normal,
    joined: index > 0 && token.gapBefore === 'hyphen',
    optional: /^\p{N}+$/u.test(token.value) || /^\p{Lu}[\p{Lu}\p{N}&]+s?$/u.test(token.value)
  }))

/**
 * Whether words spell out an acronym, other than the acronym itself: "NCC" does not spell out NCC
 * in "NCC Planning Department (NCC-PD)", though "NHS England" spells out NHSE.
 */
const spells = (key: string, candidate: readonly Token[], options?: SpellOptions) => {
  const words = toWords(candidate)
  return words[0]!.normal !== key.toLowerCase() && words.some((word) => !word.optional) && spellsOut(key, words, options)
}

const spanText = (text: string, tokens: readonly Token[]) =>
  text
    .slice(tokens[0]!.start, tokens[tokens.length - 1]!.end)
    .replace(linkTarget, '')
    .replace(/\\(?=[()[\]])/g, '')
    .replace(/\s+/g, ' ')

/** Words that introduce an acronym as another name: "Improving Access to Psychological Therapies, or IAPT". */
const aliasBefore = /(?:,\s*|\s)(?:or|also known as|known as|also called|called|shortened to)\s+["“‘']?$/iu
/**
 * Where a sentence ends, looking back from a bracket. A colon does not: a title may have a
 * subtitle ("Joint Health and Wellbeing Strategy 2021 – 2026: Live Well, Age Well (JHWS)").
 */
const sentenceBreak = /[.!?;]\s|\n\s*\n/u

/** What the dictionary says an acronym means, so a definition that repeats a meaning counts even when its initials do not fit ("Learning from Lives and Deaths (LeDeR)"). */
export type MeaningsOf = (key: string) => readonly string[]

/**
 * Definitions written in prose: "Joint Strategic Needs Assessment (JSNA)",
 * "integrated care boards (ICBs)", "JSNA (Joint Strategic Needs Assessment)",
 * "Improving Access to Psychological Therapies, or IAPT", and several
 * acronyms in one pair of brackets: "Deprivation of Liberty Safeguards and
 * Liberty Protection Safeguards (DoLS/LPS)".
 */
export function findInlineDefinitions(text: string, tokens: readonly Token[], uses: readonly AcronymUse[], meaningsOf: MeaningsOf = () => []): AcronymDefinition[] {
  const definitions: AcronymDefinition[] = []
  // Every definition is found from an acronym used in the block.
  if (uses.length === 0) return definitions
  const spell = (key: string, words: readonly Token[]) => nearestSpelling(key, words, meaningsOf(key), text)
  const tokenIndexByStart = new Map<number, number>()
  tokens.forEach((token, index) => tokenIndexByStart.set(token.start, index))

  for (let index = 0; index < uses.length; index++) {
    const use = uses[index]!
    const first = tokenIndexByStart.get(use.start)
    if (first !== undefined && openingBefore.test(text.slice(Math.max(0, use.start - 40), use.start))) {
      // Expansion (ACR), or Expansion (ACR1/ACR2): the acronyms sharing the brackets.
      const group = [use]
      while (index + 1 < uses.length && sharedSeparator.test(text.slice(group.at(-1)!.end, uses[index + 1]!.start))) group.push(uses[++index]!)
      // Capitals that are not acronyms in their own right may still share the brackets: "(PIP MC)".
      const rest = moreInitials.exec(text.slice(group.at(-1)!.end, group.at(-1)!.end + 60))
      if (rest) {
        const others = [...rest[0].matchAll(/[\p{Lu}][\p{Lu}\d&]+/gu)].map((match) => match[0])
        definitions.push(...definitionsBefore(text, tokens, first, group, others, spell))
        continue
      }
      // Not one group after all ("(ICB and partners)"): read the first acronym alone.
      index -= group.length - 1
    }
    const alias = first === undefined ? null : aliasBefore.exec(text.slice(Math.max(0, use.start - 30), use.start))
    if (alias && first !== undefined) {
      const candidate = spell(use.key, wordsBefore(text, tokens, first, use.start - alias[0].length))
      if (candidate) {
        definitions.push(definitionOf(text, use, candidate))
        continue
      }
    }
    const after = definitionAfter(text, tokens, use)
    if (after) definitions.push(after)
  }
  return definitions
}

function definitionOf(text: string, use: AcronymUse, candidate: readonly Token[], kind: AcronymDefinition['kind'] = 'point'): AcronymDefinition {
  return {
    key: use.key,
    // "older people’s (OP) services" spells out "older people".
    expansion: spanText(text, candidate).replace(/['’]s$/u, ''),
    start: use.start,
    end: use.end,
    kind,
    plural: use.plural,
    expansionStart: candidate[0]!.start,
    expansionEnd: candidate.at(-1)!.end
  }
}

type Speller = (key: string, words: readonly Token[]) => Token[] | undefined

/** Expansion (ACR): the words before the brackets, split between the acronyms in them. */
function definitionsBefore(text: string, tokens: readonly Token[], firstIndex: number, group: readonly AcronymUse[], others: readonly string[], spell: Speller): AcronymDefinition[] {
  const bracket = text.lastIndexOf('(', group[0]!.start)
  const words = wordsBefore(text, tokens, firstIndex, bracket)
  const define = (use: AcronymUse, candidate: readonly Token[], kind: AcronymDefinition['kind'] = 'point') => definitionOf(text, use, candidate, kind)

  if (group.length === 1 && others.length === 0) {
    const use = group[0]!
    const candidate = spell(use.key, words) ?? earlierInSentence(use.key, sentenceBefore(text, tokens, firstIndex, bracket))
    if (!candidate) return []
    const nameLike = isNameLike(candidate, use.key)
    const person = nameLike && (honorifics.test(text.slice(Math.max(0, candidate[0]!.start - 20), candidate[0]!.start)) || attendanceLine.test(text.slice(0, candidate[0]!.start)))
    return [{...define(use, candidate, person ? 'person' : 'point'), ...(nameLike && !person ? {nameLike} : {})}]
  }
  // Several acronyms share the brackets: each takes its own run of words, in order.
  const split = splitBetween([...group.map((use) => use.key), ...others], words)
  if (split) return group.map((use, index) => define(use, split[index]!))
  // Only some are spelled out next to the brackets ("Deprivation of Liberty Safeguards (DoLS/LPS)"),
  // or each earlier in the sentence ("… the Deprivation of Liberty Safeguards and the Liberty
  // Protection Safeguards that are due to replace them (DoLS/LPS)").
  const sentence = sentenceBefore(text, tokens, firstIndex, bracket)
  const found: AcronymDefinition[] = []
  for (const use of group) {
    const candidate = spell(use.key, words) ?? earlierInSentence(use.key, sentence)
    if (candidate) found.push(define(use, candidate))
  }
  return found
}

/**
 * The shortest run of words ending just before the brackets that spells the acronym: strictly,
 * else loosely; or that says one of its dictionary meanings word for word.
 */
function nearestSpelling(key: string, words: readonly Token[], meanings: readonly string[] = [], text = ''): Token[] | undefined {
  const limit = Math.min(words.length, 3 * key.length + 3)
  for (const loose of [false, true]) {
    for (let count = 1; count <= limit; count++) {
      const candidate = words.slice(words.length - count)
      if (spells(key, candidate, {loose})) return candidate
    }
  }
  if (meanings.length > 0) {
    const wanted = new Set(meanings.map(comparable))
    for (let count = 1; count <= Math.min(words.length, 12); count++) {
      const candidate = words.slice(words.length - count)
      if (wanted.has(comparable(spanText(text, candidate)))) return candidate
    }
  }
  return undefined
}

const comparable = (phrase: string) => phrase.toLowerCase().replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().replace(/s$/, '')

/**
 * A run of words earlier in the same sentence, starting and ending with a capital, that spells
 * the acronym strictly: the writer named it and put the initials at the end of the sentence.
 */
function earlierInSentence(key: string, sentence: readonly Token[]): Token[] | undefined {
  for (let end = sentence.length - 1; end > 0; end--) {
    for (let count = 1; count <= Math.min(end, 3 * key.length + 3); count++) {
      const candidate = sentence.slice(end - count, end)
      if (/^\p{Lu}/u.test(candidate[0]!.value) && /^\p{Lu}/u.test(candidate.at(-1)!.value) && spells(key, candidate)) return candidate
    }
  }
  return undefined
}

/** The words of the sentence before a bracket, nearest last (at most 60). */
function sentenceBefore(text: string, tokens: readonly Token[], acronymIndex: number, bracket: number): Token[] {
  const words: Token[] = []
  let boundary = bracket
  for (let index = acronymIndex - 1; index >= 0 && words.length < 60; index--) {
    const token = tokens[index]!
    if (token.end > bracket) continue
    if (sentenceBreak.test(text.slice(token.end, boundary) + ' ')) break
    words.unshift(token)
    boundary = token.start
  }
  return words
}

/** Words between which "and", "or" and "&" join the expansions of acronyms sharing brackets. */
const joiningWords = new Set(['and', 'or', '&'])

/** Splits the words before the brackets into one run per acronym, last acronym nearest. */
function splitBetween(keys: readonly string[], words: readonly Token[]): Token[][] | undefined {
  const runs: Token[][] = []
  const place = (keyIndex: number, end: number): boolean => {
    if (keyIndex < 0) return true
    const key = keys[keyIndex]!
    for (const loose of [false, true]) {
      for (let count = 1; count <= Math.min(end, 3 * key.length + 3); count++) {
        const candidate = words.slice(end - count, end)
        if (!spells(key, candidate, {loose})) continue
        let next = end - count
        if (keyIndex > 0 && next > 0 && joiningWords.has(words[next - 1]!.normal)) next--
        runs[keyIndex] = candidate
        if (place(keyIndex - 1, next)) return true
      }
    }
    return false
  }
  return place(keys.length - 1, words.length) ? runs : undefined
}

/**
 * Whether words could be a name with its initials, as minutes write them: "Jane Smith (JS)",
 * "Kate O'Neill (KO)": two to four capitalised words, each giving one initial. It is a
 * person's name after a title ("Cllr Ahmed Khan (AK)") or in a list of who was present;
 * elsewhere such words are as likely to name an organisation ("Tower Hamlets Together (THT)").
 */
function isNameLike(words: readonly Token[], key: string): boolean {
  if (words.length < 2 || words.length > 4 || key.length !== words.length || !/^\p{Lu}+$/u.test(key)) return false
  return words.every((word) => titleCaseWord.test(word.value))
}

/** ACR (Expansion), also after a link: "[JSNA](https://…) (Joint Strategic Needs Assessment)". */
function definitionAfter(text: string, tokens: readonly Token[], use: AcronymUse): AcronymDefinition | undefined {
  bracketAfter.lastIndex = use.end
  const opening = bracketAfter.exec(text)
  if (!opening) return undefined
  const contentStart = use.end + opening[0].length
  const close = text.slice(contentStart, contentStart + 300).indexOf(')') + contentStart
  if (close < contentStart) return undefined
  let content = tokensBetween(tokens, contentStart, close)
  if (content.length > 0 && leadingArticles.has(content[0]!.normal)) content = content.slice(1)
  // "JSNA (Joint Strategic Needs Assessment, 2024)": the words before a comma or semicolon may be the expansion.
  const clause = text.slice(contentStart, close).search(/[,;:]/)
  const candidates = clause === -1 ? [content] : [content.filter((token) => token.end <= contentStart + clause), content]
  for (const loose of [false, true]) {
    for (const candidate of candidates) {
      if (candidate.length > 0 && spells(use.key, candidate, {loose})) {
        return {key: use.key, expansion: spanText(text, candidate), start: use.start, end: use.end, kind: 'point', plural: use.plural, expansionStart: candidate[0]!.start, expansionEnd: candidate.at(-1)!.end}
      }
    }
  }
  return undefined
}

/** Tokens wholly inside `start`–`end`, found by binary search. */
function tokensBetween(tokens: readonly Token[], start: number, end: number): Token[] {
  const found: Token[] = []
  for (let index = firstIndex(tokens, (token) => token.start < start); index < tokens.length && tokens[index]!.end <= end; index++) found.push(tokens[index]!)
  return found
}

/** The words before an opening bracket (or other boundary) that could spell out the acronym after it, nearest last. */
function wordsBefore(text: string, tokens: readonly Token[], acronymIndex: number, bracket: number): Token[] {
  // Before "(JSNA)" in plain text there may be a link's target: "[…](https://…) (JSNA)".
  const target = /\]\([^()\s]*\)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, bracket - 2000), bracket))
  const limit = target ? bracket - target[0].length : bracket
  const words: Token[] = []
  let boundary = limit
  for (let index = acronymIndex - 1; index >= 0 && words.length < 40; index--) {
    const token = tokens[index]!
    if (token.end > limit) continue
    const gap = text.slice(token.end, boundary).replace(linkTarget, '')
    // An initial may keep its full stop: "Cllr J. Hart (JH)".
    if (!expansionGap.test(/^\p{Lu}$/u.test(token.value) ? gap.replace(/^\./, '') : gap)) break
    words.unshift(token)
    boundary = token.start
  }
  return words
}

const glossaryLine = /^[\s*_]*([\p{Lu}\d][\p{L}\d&]*[\p{L}\d])[\s*_]*(?:[-–—:=]|\t|\s{2,}|\s(?=\p{L}))\s*(\S.*)$/u

/**
 * A line of a glossary: "JSNA – Joint Strategic Needs Assessment",
 * "**JSNA**: Joint Strategic Needs Assessment".
 */
export function parseGlossaryLine(line: string): {acronym: string; expansion: string; offset: number} | undefined {
  const match = glossaryLine.exec(line)
  if (!match) return undefined
  return {acronym: match[1]!, expansion: match[2]!.trim().replace(/\s+/g, ' '), offset: line.indexOf(match[1]!)}
}

/**
 * Text in a glossary row that gives no meaning: a placeholder such as the one older versions of
 * `plainspeak glossary` wrote ("Not known: please spell this out"), "TBC", "?" or a dash.
 */
const placeholderMeaning = /^[\s*_]*(?:not known|unknown|to be (?:confirmed|added|defined|agreed)|tb[cd]|please (?:spell|add|define)|n\/?a|\?+|[-–—]+|\.{3}|…)(?:[\s*_:.!;,-]|$)/iu

/** Whether a glossary row's meaning actually says what the acronym means. */
export function givesMeaning(acronym: string, meaning: string): boolean {
  const text = meaning.trim()
  return text !== '' && !placeholderMeaning.test(text) && text.replace(/[\s*_.]/g, '') !== acronym
}
