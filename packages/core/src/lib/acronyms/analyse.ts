import type {AcronymEntry} from '@plainspeak/dictionary'
import type {BlockAnalysis} from '../analysis/block-analysis.js'
import type {Block, MarkupDefinition} from '../document/block.js'
import {plural} from '../dictionary/inflect.js'
import type {RuleSettings} from '../rules/rule-settings.js'
import {firstIndex} from '../text/search.js'
import {attendanceWords, givesMeaning, parseGlossaryLine, type AcronymDefinition} from './definitions.js'
import type {AcronymLexicon} from './lexicon.js'
import {chooseMeanings, inItsWellKnownMeaning} from './meanings.js'
import {explainsAfter} from '../dictionary/explanations.js'
import {acronymKey, type AcronymUse} from './shape.js'

export interface PlacedUse extends AcronymUse {
  /** Scope index: 0 for the whole document, or the section number with `acronymScope: section`. */
  scope: number
  /**
   * Whether the words right after this use say what it is ("DIALOG, a short questionnaire
   * about …", "DIALOG (a questionnaire …)"): enough for a name with no known expansion.
   */
  explained?: boolean
}

export interface PlacedDefinition extends AcronymDefinition {
  scope: number
  /** Section number (headings of level 1 and 2), whatever the scope. */
  section: number
}

/** Everything known about one acronym across the document. */
export interface AcronymInfo {
  key: string
  uses: PlacedUse[]
  /** Definitions in the prose or `<abbr>`, in document order. */
  definitions: PlacedDefinition[]
  /** From a glossary or abbreviation list: defines for the whole document. */
  documentDefinition?: PlacedDefinition
  entry?: AcronymEntry
  /**
   * The dictionary's meanings that fit this document, most likely first: ordered by the
   * subject of the document's other acronyms, and never one the text contradicts.
   */
  meanings: string[]
  /** On the audience's well-known list or the allow list: needs no definition. */
  exempt: boolean
}

export interface AcronymAnalysis {
  acronyms: Map<string, AcronymInfo>
}

export interface PlacedBlock {
  /** The block as it stands in this version of the document. */
  block: Block
  /** Its analysis, which may be shared with an earlier version holding the same text. */
  analysis: BlockAnalysis
  start: number
  /** Section number, counted at headings of level 1 and 2. */
  section: number
}

/**
 * Brings together acronym uses and definitions from every block, in document
 * order, with glossary sections and markup definitions, so the acronym rules
 * can judge each acronym once for the whole document.
 */
export function analyseAcronyms(
  blocks: readonly PlacedBlock[],
  markupDefinitions: readonly MarkupDefinition[],
  settings: RuleSettings,
  entries: ReadonlyMap<string, AcronymEntry>,
  lexicon: AcronymLexicon
): AcronymAnalysis {
  const acronyms = new Map<string, AcronymInfo>()
  const wellKnown = new Set(settings.dictionary.wellKnown[settings.audience])
  const scopeOf = (section: number) => (settings.acronymScope === 'section' ? section : 0)
  const known = lexicon.known
  const info = (key: string): AcronymInfo => {
    let found = acronyms.get(key)
    if (!found) {
      found = {key, uses: [], definitions: [], meanings: [], exempt: wellKnown.has(key) || settings.allow.has(key) || settings.allow.has(key.toLowerCase())}
      const entry = known(key) ? entries.get(key) : undefined
      if (entry) found.entry = entry
      acronyms.set(key, found)
    }
    return found
  }
  const sectionAt = (offset: number) => blocks[firstIndex(blocks, (block) => block.start <= offset) - 1]?.section ?? 0

  for (const block of blocks) {
    const scope = scopeOf(block.section)
    for (const use of block.analysis.acronymUses) {
      const explained = explainsAfter(block.analysis.text.slice(use.end, use.end + 320), {appositive: true})
      info(use.key).uses.push({...use, start: use.start + block.start, end: use.end + block.start, scope, ...(explained ? {explained} : {})})
    }
    for (const definition of block.analysis.definitions) {
      const placed: PlacedDefinition = {...definition, start: definition.start + block.start, end: definition.end + block.start, scope, section: block.section}
      // Spelled out in a Glossary or Definitions section: defined for the whole document.
      if (block.block.glossary && placed.kind === 'point') info(definition.key).documentDefinition ??= {...placed, kind: 'document', scope: 0}
      else info(definition.key).definitions.push(placed)
    }
  }

  const usedAt = new Set<number>()
  for (const acronym of acronyms.values()) for (const use of acronym.uses) usedAt.add(use.start)
  for (const definition of markupDefinitions) {
    const shape = acronymKey(definition.acronym, known)
    const key = shape?.key ?? definition.acronym
    const placed: PlacedDefinition = {
      key,
      expansion: definition.expansion,
      start: definition.start,
      end: definition.end,
      kind: definition.scope,
      scope: scopeOf(sectionAt(definition.start)),
      section: sectionAt(definition.start)
    }
    if (definition.scope === 'document') info(key).documentDefinition ??= placed
    else {
      const target = info(key)
      target.definitions.push(placed)
      // The <abbr> element is also where the acronym is used.
      if (!usedAt.has(definition.start)) {
        target.uses.push({value: definition.acronym, key, plural: shape?.plural ?? false, start: definition.start, end: definition.end, sentenceStart: false, scope: placed.scope})
      }
    }
  }

  for (const definition of glossaryDefinitions(blocks, known)) {
    info(definition.key).documentDefinition ??= definition
  }

  const attendance = attendanceSections(blocks)
  let lowerCaseWords: Set<string> | undefined
  const documentWords = () => (lowerCaseWords ??= wordsInLowerCase(blocks.map((placed) => placed.analysis.text).join('\n')))
  for (const acronym of acronyms.values()) {
    // A word written in capitals that the document also writes in lower case ("DEREHAM" and
    // "Dereham", "MINUTES" and "minutes") is that word, unless the dictionary knows it or the text defines it.
    if (!acronym.entry && acronym.definitions.length === 0 && !acronym.documentDefinition && writtenAsWordElsewhere(acronym.key, documentWords)) {
      acronyms.delete(acronym.key)
      continue
    }
    // A person's initials after their name ("Jane Smith (JS)") are no acronym at all.
    const person = (definition: PlacedDefinition) => definition.kind === 'person' || (definition.nameLike === true && attendance(definition.start))
    if (acronym.definitions.some(person) || acronym.uses.some((use) => initialsAfterName(blocks, use.start, acronym.key))) {
      acronyms.delete(acronym.key)
      continue
    }
    acronym.uses.sort((a, b) => a.start - b.start)
    acronym.definitions.sort((a, b) => a.start - b.start)
  }
  chooseMeanings(acronyms.values(), () => blocks.map((placed) => placed.analysis.text).join('\n'))
  leaveOutMeaningsOfOthers(acronyms)
  for (const acronym of acronyms.values()) {
    const allowed = settings.allow.has(acronym.key) || settings.allow.has(acronym.key.toLowerCase())
    if (acronym.exempt && !allowed && !inItsWellKnownMeaning(acronym)) acronym.exempt = false
  }
  return {acronyms}
}

/**
 * A meaning the document gives another acronym is not this one's: where a glossary says "CYP:
 * children and young people", the dictionary's "children and young people" for another acronym
 * would give two acronyms one meaning.
 */
function leaveOutMeaningsOfOthers(acronyms: ReadonlyMap<string, AcronymInfo>): void {
  const definedFor = new Map<string, Set<string>>()
  for (const acronym of acronyms.values()) {
    for (const definition of [...acronym.definitions, ...(acronym.documentDefinition ? [acronym.documentDefinition] : [])]) {
      const meaning = normalMeaning(definition.expansion)
      definedFor.set(meaning, (definedFor.get(meaning) ?? new Set()).add(acronym.key))
    }
  }
  if (definedFor.size === 0) return
  for (const acronym of acronyms.values()) {
    acronym.meanings = acronym.meanings.filter((meaning) => {
      const keys = definedFor.get(normalMeaning(meaning))
      return !keys || keys.has(acronym.key)
    })
  }
}

const normalMeaning = (meaning: string) => meaning.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

/** A name just before, on the same line: "Cllr Jo Bruce   JB", "Jane Hart, JH" (a title first is allowed). */
const nameBefore = /((?:\p{Lu}[\p{Ll}’'-]+[ \t\u00a0]+){1,2}\p{Lu}[\p{Ll}’'-]+)[ \t\u00a0,:–-]*$/u

/**
 * Whether the letters at `offset` are the initials of the name written just before them on the
 * same line, as in an attendance table ("Cllr Colin Sampson    CS"): a person, not an acronym.
 */
function initialsAfterName(blocks: readonly PlacedBlock[], offset: number, key: string): boolean {
  if (key.length < 2 || key.length > 3) return false
  const placed = blocks.find(({start, analysis}) => offset >= start && offset < start + analysis.text.length)
  if (!placed) return false
  const before = placed.analysis.text.slice(Math.max(0, offset - placed.start - 80), offset - placed.start)
  const line = before.slice(before.lastIndexOf('\n') + 1)
  const name = nameBefore.exec(line)?.[1]
  if (!name) return false
  // The last words of the name ("Cllr Jacki Hitching": JH), or a first and last name around a middle one.
  const initials = name.trim().split(/[ \t\u00a0]+/).map((word) => word.charAt(0))
  return initials.slice(-key.length).join('') === key || (key.length === 2 && initials.length === 3 && (initials[0] ?? '') + (initials[2] ?? '') === key)
}

/** Words of the document written in lower or title case, not inside an address ("www.wheppma.org", "/wheppma/"). */
function wordsInLowerCase(text: string): Set<string> {
  const words = new Set<string>()
  for (const match of text.matchAll(/(?<![\p{L}\p{N}\p{M}/.@_-])\p{L}[\p{Ll}\p{M}]{3,}(?![\p{L}\p{N}\p{M}/@_-]|\.[\p{L}\p{N}])/gu)) words.add(match[0])
  return words
}

/** Whether a word of four or more capitals also stands in the document in lower or title case. */
function writtenAsWordElsewhere(key: string, words: () => Set<string>): boolean {
  if (key.length < 4 || !/^\p{Lu}+$/u.test(key)) return false
  const lower = key.toLowerCase()
  return words().has(lower) || words().has(key[0] + lower.slice(1))
}

/** Whether an offset lies under a heading such as "Present" or "Attendees", up to the next heading of its level or higher. */
function attendanceSections(blocks: readonly PlacedBlock[]): (offset: number) => boolean {
  const ranges: Array<[number, number]> = []
  let open: {start: number; depth: number} | undefined
  for (const {block} of blocks) {
    if (block.kind !== 'heading') continue
    const depth = block.depth ?? 1
    if (open && depth <= open.depth) {
      ranges.push([open.start, block.start])
      open = undefined
    }
    if (!open && attendanceWords.test(block.text) && block.text.trim().split(/\s+/).length <= 4) open = {start: block.start, depth}
  }
  if (open) ranges.push([open.start, Infinity])
  return (offset) => ranges.some(([from, to]) => offset >= from && offset < to)
}

/** Entries of Glossary and Abbreviations sections: table rows, list items and lines. */
function glossaryDefinitions(blocks: readonly PlacedBlock[], known: (key: string) => boolean): PlacedDefinition[] {
  const found: PlacedDefinition[] = []
  const rows = new Map<number, PlacedBlock[]>()
  for (const block of blocks) {
    const source = block.block
    if (!source.glossary) continue
    if (source.kind === 'table-cell' && source.row !== undefined) {
      rows.set(source.row, [...(rows.get(source.row) ?? []), block])
      continue
    }
    let lineStart = 0
    for (const line of source.text.split(/(?<=\n)/)) {
      const entry = parseGlossaryLine(line)
      const shape = entry && givesMeaning(entry.acronym, entry.expansion) ? acronymKey(entry.acronym, known) : undefined
      if (entry && shape) {
        const start = block.start + lineStart + entry.offset
        found.push({key: shape.key, expansion: entry.expansion, start, end: start + entry.acronym.length, kind: 'document', scope: 0, section: block.section})
      }
      lineStart += line.length
    }
  }
  for (const cells of rows.values()) {
    const [first, second] = cells
    if (!first || !second) continue
    const acronym = first.analysis.text.trim()
    const meaning = second.analysis.text.trim().replace(/\s+/g, ' ')
    // A row that gives no meaning ("Not known: please spell this out") defines nothing.
    const shape = givesMeaning(acronym, meaning) ? acronymKey(acronym, known) : undefined
    if (!shape) continue
    const start = first.start + first.analysis.text.indexOf(acronym)
    found.push({key: shape.key, expansion: meaning, start, end: start + acronym.length, kind: 'document', scope: 0, section: first.section})
  }
  return found
}

/**
 * The text to put in place of an acronym at its first use:
 * "Joint Strategic Needs Assessment (JSNA)", "Integrated care boards (ICBs)".
 */
export function spelledOut(expansion: string, use: AcronymUse, writtenAsPlural = false): string {
  let words = expansion.trim()
  if (writtenAsPlural && !use.plural) words = words.replace(/([A-Za-z]+)$/, singular)
  else if (use.plural) words = words.replace(/([A-Za-z]+)$/, (last) => (/s$/.test(last) ? last : plural(last)))
  // "funded by DHSC" → "funded by the Department of Health and Social Care (DHSC)".
  if (use.bare && !use.plural && takesThe(words)) words = `the ${words}`
  if (use.sentenceStart) words = words.charAt(0).toUpperCase() + words.slice(1)
  return `${words} (${use.value})`
}

/**
 * Names of organisations and bodies that take "the" when spelled out: "the Department of Health
 * and Social Care", "the UK Health Security Agency", "the integrated care board". A council or a
 * place's own name does not ("Leeds City Council", "NHS England").
 */
const bodies = /\b(?:agency|association|authority|board|commission|committee|department|executive|group|institute|institution|network|office|partnership|service|trust|unit|centre|foundation|panel|forum|alliance|ombudsman|inspectorate|regulator|tribunal|court|directorate|secretariat|taskforce|collaborative)$/i
const bodiesFirst = /^(?:department|office|ministry|institute|national institute|royal college|care quality commission)\b/i
function takesThe(name: string): boolean {
  return bodiesFirst.test(name) || bodies.test(name)
}

function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y'
  if (/(?:ss|us|is)$/.test(word)) return word
  if (/(?:ches|shes|sses|xes)$/.test(word)) return word.slice(0, -2)
  return word.replace(/s$/, '')
}
