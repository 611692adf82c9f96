/**
 * Whether a replacement fits where it would go: the one check every dictionary finding's
 * `expected` passes through (the jargon, inclusive and simpler-word rules call it). Each
 * alternative is inflected like the words it replaces, put into the sentence, and kept only if
 *
 * - the entry's `frames` allow it before what follows the term ("make sure" fits "ensure that …"
 *   and "ensure the form is signed", not "ensure a smooth discharge"),
 * - a part-of-speech tagger (compromise, built on first use: `tagger.ts`) reads it in the same
 *   role as the words it replaces: a verb for a verb, a noun (or a "what …" clause) for a noun,
 *   with no word doubled at its edges, and
 * - the term is the writer's word, not part of a title in title case ("Background Information
 *   and Methodology") or a reference back to a name earlier in the sentence ("the Climate
 *   Impact Indicators … these indicators").
 *
 * A multi-word replacement is made plural only at a noun ("best practices" → "what works best",
 * never "what works bests"), and punctuation that belongs to the replaced words goes with them
 * (the full stop of "e.g.").
 */
import type {Frame, TermEntry} from '@plainspeak/dictionary'
import {LruCache} from '../lru-cache.js'
import {inflectReplacement, type Suffix} from './inflect.js'
import {tagger} from './tagger.js'

/** One word as the tagger reads it, with its offsets in the text it was given. */
interface Tagged {
  text: string
  normal: string
  start: number
  end: number
  /** What follows the word before the next one ("", " ", ", "). */
  post: string
  tags: ReadonlySet<string>
}

interface CompromiseTerm {
  text: string
  normal?: string
  post: string
  offset: {start: number; length: number}
  tags: string[]
}

const tagCache = new LruCache<string, readonly Tagged[]>(2000)

/** The words of `text` with their tags, worked out once per text. */
export function tagWords(text: string): readonly Tagged[] {
  return tagCache.get(text, () => {
    const sentences = tagger()(text).json({offset: true, text: true, normal: true}) as {terms: CompromiseTerm[]}[]
    return sentences
      .flatMap((sentence) => sentence.terms)
      .filter((term) => term.text !== '')
      .map((term) => ({
        text: term.text,
        normal: (term.normal ?? term.text).toLowerCase(),
        start: term.offset.start,
        end: term.offset.start + term.offset.length,
        post: term.post,
        tags: new Set(term.tags)
      }))
  })
}

/** How many words either side of a term the tagger reads. */
const windowWords = 7

/**
 * The part of a sentence the tagger reads for a term: up to `windowWords` words either side of
 * it, within `from`–`to`. The checks look only at the words next to the term, and tagging time
 * grows faster than the text (about 0.2 ms for 7 words, 1.6 ms for 22), so a long sentence is
 * not read whole for every term in it.
 */
export function taggerWindow(text: string, start: number, end: number, from: number, to: number): {start: number; end: number} {
  let before = start
  for (let words = 0; before > from && words <= windowWords; ) {
    before--
    if (/\s/.test(text[before]!) && !/\s/.test(text[before + 1] ?? '')) words++
  }
  if (before > from) before++
  let after = end
  for (let words = 0; after < to && words <= windowWords; after++) {
    if (/\s/.test(text[after]!) && !/\s/.test(text[after - 1] ?? '')) words++
  }
  if (after < to) after--
  return {start: Math.max(from, before), end: Math.min(to, after)}
}

/** Words after which a noun, never a verb, follows ("the", "our"; not "that", which also starts clauses). */
const determiners = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'each', 'every', 'our', 'your', 'their', 'its', 'his', 'her', 'my'])
const subjectPronouns = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'there', 'this', 'these', 'those', 'everyone', 'nobody', 'someone'])
const isVerb = (word: Tagged) => word.tags.has('Verb') && !word.tags.has('Gerund')
const inNounPhrase = (word: Tagged) =>
  ['Determiner', 'Adjective', 'Noun', 'Value', 'Possessive', 'Pronoun', 'Adverb'].some((tag) => word.tags.has(tag)) && !word.tags.has('Preposition')
/** Punctuation after a word that ends the clause the term is in. */
const endsClause = (word: Tagged) => /[,;:.!?()\u2013\u2014]/.test(word.post)

/** What follows the term in its sentence: the frame an entry's `frames` are written against. */
export function frameAfter(words: readonly Tagged[], end: number): Frame {
  const at = words.findIndex((word) => word.start >= end)
  const before = at > 0 ? words[at - 1] : undefined
  if (at === -1 || (before && before.end <= end && endsClause(before))) return 'nothing'
  const next = words[at]!
  if (next.normal === 'that') return 'that'
  if (next.normal === 'to') return words[at + 1] && isVerb(words[at + 1]!) ? 'to-verb' : 'preposition'
  if (next.tags.has('Preposition')) return 'preposition'
  if (isVerb(next) || next.tags.has('Gerund')) return 'other'
  if (subjectPronouns.has(next.normal)) {
    const then = words[at + 1]
    return then && isVerb(then) ? 'clause' : 'noun-phrase'
  }
  let index = at
  let subject = false
  while (index < words.length && inNounPhrase(words[index]!) && !isVerb(words[index]!)) {
    if (endsClause(words[index]!)) return 'noun-phrase'
    if (['Noun', 'Pronoun', 'Value'].some((tag) => words[index]!.tags.has(tag))) subject = true
    index++
  }
  if (index === at) return 'other'
  const after = words[index]
  // "ensure early diagnoses and treatment": with no noun before it to be its subject, a word that
  // can be a verb ("diagnoses", "supports") is the noun the phrase ends on, not a clause's verb.
  return after && isVerb(after) && subject ? 'clause' : 'noun-phrase'
}

/** The part a run of words plays, as far as a swap must keep it. */
type Role = 'verb' | 'noun' | 'clause' | 'other'

function roleOf(words: readonly Tagged[]): Role {
  // "e.g.", "i.e.": an abbreviation has no role of its own to keep.
  if (words.length === 0 || words.some((word) => word.tags.has('Abbreviation'))) return 'other'
  if (words[0]!.tags.has('QuestionWord') || ['what', 'how', 'who', 'where', 'when'].includes(words[0]!.normal)) return 'clause'
  const last = words.at(-1)!
  if (words.some((word) => isVerb(word) && !word.tags.has('Participle') && !word.tags.has('Adjective'))) return 'verb'
  if (last.tags.has('Noun') || last.tags.has('Pronoun')) return 'noun'
  return 'other'
}

const auxiliaries = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'having', 'get', 'got', 'gets', 'getting'])

/** Whether a form of "be", "have" or "get" stands before a word, past any adverbs ("has now"). */
function auxiliaryBefore(words: readonly Tagged[], word: Tagged | undefined): boolean {
  let index = word ? words.indexOf(word) - 1 : -1
  while (index >= 0 && words[index]!.tags.has('Adverb') && !endsClause(words[index]!)) index--
  return index >= 0 && index < (word ? words.indexOf(word) - 1 : 0) && auxiliaries.has(words[index]!.normal)
}

const wordsIn = (words: readonly Tagged[], start: number, end: number) => words.filter((word) => word.start >= start && word.end <= end)

export interface FitRequest {
  /** The text of the block, and the sentence the term is in (offsets into it). */
  text: string
  sentence: {start: number; end: number}
  /** The matched words. */
  start: number
  end: number
  /** The entry's alternatives (base forms), its written spellings, and its frames if any. */
  alternatives: readonly string[]
  spellings: readonly string[]
  frames?: TermEntry['frames']
  /** How the matched words are inflected, and whether they follow an auxiliary ("was commenced"). */
  suffix: Suffix
  afterAuxiliary: boolean
  /**
   * Finishes the inflected replacements for insertion (the article before them, the case of the
   * text): where they go in, and their text, in the same order.
   */
  finish: (replacements: string[]) => {start: number; texts: string[]}
}

export interface FitCheck {
  alternative: string
  replacement: string
  fits: boolean
  /** Why it does not fit, in plain words. */
  why?: string
}

export interface FitResult {
  start: number
  end: number
  expected: string[]
  /** Set when there were alternatives and none fits: says why none is offered. */
  note?: string
  checks: FitCheck[]
  frame: Frame
}

/**
 * Inflects an alternative like the words it replaces: a plural only where its head is a noun, a
 * verb's ending on the verb of a phrase ("ensures" → "makes sure"). Undefined where the
 * alternative has no such form ("diseased" cannot become "illnessed").
 */
function inflect(alternative: string, suffix: Suffix, afterAuxiliary: boolean): string | undefined {
  if (suffix === 'ed' || suffix === 'ing') {
    // Read after "to", the tagger takes a word that can be a verb ("ease") as one.
    const first = tagWords(`to ${alternative}`)[1]
    if (first && first.tags.has('Noun') && !first.tags.has('Verb')) return undefined
  }
  if (suffix === 's' && alternative.includes(' ')) {
    const first = tagWords(alternative)[0]
    if (first && isVerb(first)) {
      const space = alternative.indexOf(' ')
      return inflectReplacement(alternative.slice(0, space), 's') + alternative.slice(space)
    }
  }
  const inflected = inflectReplacement(alternative, suffix, afterAuxiliary)
  if (suffix !== 'plural' || inflected === alternative || !alternative.includes(' ')) return inflected
  // "what works best" has no noun to make plural: the phrase fits as it is.
  const changed = inflected.split(' ').findIndex((word, index) => word !== alternative.split(' ')[index])
  const words = tagWords(alternative)
  const head = words.find((word) => word.normal === alternative.split(' ')[changed])
  if (roleOf(words) === 'clause') return alternative
  return !head || (head.tags.has('Noun') && !head.tags.has('Adjective')) ? inflected : alternative
}

/** Whether the term is one participle ("participating", "submitted") used as an adjective before a noun. */
function participleBeforeNoun(words: readonly Tagged[], term: readonly Tagged[]): boolean {
  if (term.length !== 1 || !/(?:ing|ed|en)$/i.test(term[0]!.text)) return false
  const index = words.indexOf(term[0]!)
  const [before, after] = [words[index - 1], words[index + 1]]
  if (!after || !after.tags.has('Noun') || after.tags.has('Pronoun') || /\W$/.test(term[0]!.post.trim())) return false
  return term[0]!.tags.has('Adjective') || (before !== undefined && (before.tags.has('Determiner') || before.tags.has('Possessive') || before.tags.has('Adjective')))
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A name earlier in the term's sentence that ends on the term's last word, capitalised ("the
 * Climate Impact Indicators … these indicators"): the term refers back to the name, and another
 * word would break the link.
 */
function nameEndingOnTerm(text: string, sentence: {start: number; end: number}, start: number, end: number): string | undefined {
  const matched = text.slice(start, end)
  const last = /\p{Ll}+$/u.exec(matched)?.[0]
  if (!last || !/^\p{Ll}/u.test(matched)) return undefined
  const stem = last.replace(/s$/, '')
  if (stem.length < 4) return undefined
  const head = stem.charAt(0).toUpperCase() + stem.slice(1)
  const name = new RegExp(`(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\t\\u00a0]+){1,5}${escapeRegExp(head)}(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu')
  const from = Math.min(sentence.start, start)
  for (const found of text.slice(from, start).matchAll(name)) return found[0]
  return undefined
}

/** Whether a word can be a verb: read after "to", the tagger takes it as one ("measure", not "method"). */
function readsAsVerb(word: string): boolean {
  const read = tagWords(`to ${word.toLowerCase()}`)[1]
  return read !== undefined && isVerb(read)
}

/**
 * The words of a title the term is in: a line or sentence with no closing full stop whose words
 * of four letters or more all start with a capital, three or more of them ("Background
 * Information and Methodology"). A replacement there renames a document or a section.
 */
function inTitle(text: string, sentence: {start: number; end: number}, start: number, end: number): string | undefined {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return undefined
  const lineStart = text.lastIndexOf('\n', start - 1) + 1
  const lineEnd = text.indexOf('\n', end)
  const line = text.slice(Math.max(lineStart, sentence.start), Math.min(lineEnd === -1 ? text.length : lineEnd, Math.max(sentence.end, end))).trim()
  if (/[.!?:;,]$/.test(line)) return undefined
  const long = line.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []
  return long.length >= 3 && long.every((word) => /^\p{Lu}/u.test(word)) ? line : undefined
}

/** The alternatives that fit where the term is, each ready to insert, and why the others do not. */
export function fitReplacements(request: FitRequest): FitResult {
  const {text, sentence} = request
  let end = request.end
  // "e.g." is written with its full stop: the replacement takes it, so none is left behind.
  if (text[end] === '.' && request.spellings.some((spelling) => spelling.endsWith('.')) && !text.slice(request.start, end).endsWith('.')) end++
  const window = taggerWindow(text, request.start, end, sentence.start, Math.max(sentence.end, end))
  const sentenceText = text.slice(window.start, window.end)
  const original = tagWords(sentenceText)
  const frame = frameAfter(original, end - window.start)
  const term = wordsIn(original, request.start - window.start, end - window.start)
  const roleBefore = roleOf(term)
  const checks: FitCheck[] = []
  const expected: string[] = []
  // "to weed the beds" is not "wee" in the past: an ending the tagger does not read is no ending.
  const notInflected = (request.suffix === 'ed' && term[0] !== undefined && term[0].tags.has('Infinitive') && !term[0].tags.has('PastTense'))
  // "have already designated" → "have already chosen": the auxiliary may stand a few adverbs back.
  const afterAuxiliary = request.afterAuxiliary || auxiliaryBefore(original, term[0])
  const inflected = request.alternatives.map((alternative) => inflect(alternative, request.suffix, afterAuxiliary))
  // "each participating council", "the submitted form": a participle used as an adjective before a
  // noun takes no phrase in its place ("each taking part council").
  const modifier = participleBeforeNoun(original, term)
  const finished = request.finish(inflected.map((replacement, index) => replacement ?? request.alternatives[index]!))
  const name = nameEndingOnTerm(text, sentence, request.start, request.end)
  const title = inTitle(text, sentence, request.start, request.end)
  const lastOfTerm = term.at(-1)
  const wordAfter = lastOfTerm ? original[original.indexOf(lastOfTerm) + 1] : undefined
  // "the indicator content and layout": a word after the noun that can be read as an adjective
  // ("content"), and that does not end the clause as "below" does in "your particulars below.".
  const adjectiveAfter =
    lastOfTerm !== undefined && /^\s+$/.test(lastOfTerm.post) && wordAfter !== undefined && wordAfter.tags.has('Adjective') && !wordAfter.tags.has('Noun') && !endsClause(wordAfter)
  request.alternatives.forEach((alternative, index) => {
    const allowed = request.frames && Object.hasOwn(request.frames, alternative) ? request.frames[alternative]! : undefined
    const replacement = finished.texts[index]!
    const check: FitCheck = {alternative, replacement, fits: true}
    checks.push(check)
    if (notInflected || inflected[index] === undefined) {
      check.fits = false
      check.why = notInflected ? `"${text.slice(request.start, request.end)}" is not a past form here` : `"${alternative}" has no form that matches "${text.slice(request.start, request.end)}"`
      return
    }
    if (name) {
      check.fits = false
      check.why = `"${text.slice(request.start, request.end)}" refers to "${name}", named in the same sentence`
      return
    }
    if (title) {
      check.fits = false
      check.why = `"${text.slice(request.start, request.end)}" is part of a title ("${title}"), which a replacement would rename`
      return
    }
    // "the indicator content" → "the measure content": before a word that can be an adjective, a
    // replacement that can also be a verb reads as a verb ("measure content").
    if (roleBefore === 'noun' && adjectiveAfter && !/\s/.test(inflected[index]!.trim()) && readsAsVerb(inflected[index]!)) {
      check.fits = false
      check.why = `"${inflected[index]}" before "${wordAfter!.text}" could be read as a verb`
      return
    }
    if (modifier && /\s/.test(inflected[index]!.trim())) {
      check.fits = false
      check.why = `"${inflected[index]}" cannot stand before a noun as "${text.slice(request.start, request.end)}" does`
      return
    }
    if (allowed && !allowed.includes(frame)) {
      check.fits = false
      check.why = `"${alternative}" does not fit before ${frameWords[frame]}`
      return
    }
    const why = taggerObjection(sentenceText, finished.start - window.start, end - window.start, replacement, roleBefore)
    if (why) {
      check.fits = false
      check.why = why
      return
    }
    if (!expected.includes(replacement)) expected.push(replacement)
  })
  // With nothing to put in, the finding names the term itself.
  const none = expected.length === 0 && request.alternatives.length > 0
  const result: FitResult = {start: none ? request.start : finished.start, end: none ? request.end : end, expected, checks, frame}
  if (request.alternatives.length > 0 && expected.length === 0) {
    result.note = `No replacement is offered here: ${checks.map((check) => check.why).join('; ')}. Rephrase the sentence instead.`
  }
  return result
}

const frameWords: Record<Frame, string> = {
  that: '"that"',
  clause: 'a clause',
  'noun-phrase': `a noun phrase such as "a smooth discharge"; it needs "that" or a clause after it`,
  'to-verb': '"to" and a verb',
  preposition: 'a preposition',
  nothing: 'the end of the sentence',
  other: 'what follows it here'
}

/** Why the tagger reads the sentence with the replacement in as broken, if it does. */
function taggerObjection(sentence: string, start: number, end: number, replacement: string, roleBefore: Role): string | undefined {
  const after = sentence.slice(0, start) + replacement + sentence.slice(end)
  const words = tagWords(after)
  const inserted = wordsIn(words, start, start + replacement.length)
  if (inserted.length === 0) return undefined
  const first = words.indexOf(inserted[0]!)
  const last = words.indexOf(inserted.at(-1)!)
  const previous = words[first - 1]
  const next = words[last + 1]
  if (previous && previous.normal === inserted[0]!.normal && !/\W/.test(previous.post.trim())) return `"${replacement}" would repeat "${previous.text}"`
  if (next && next.normal === inserted.at(-1)!.normal && !/\W/.test(inserted.at(-1)!.post.trim())) return `"${replacement}" would repeat "${next.text}"`
  // "support and support", "questions or questions": a pair joined by "and" or "or" would say one thing twice.
  const joined = (word: Tagged | undefined) => word !== undefined && (word.normal === 'and' || word.normal === 'or')
  if (joined(next) && words[last + 2]?.normal === inserted.at(-1)!.normal) return `"${replacement}" would repeat "${words[last + 2]!.text}"`
  if (joined(previous) && words[first - 2]?.normal === inserted[0]!.normal) return `"${replacement}" would repeat "${words[first - 2]!.text}"`
  // "a disproportionate use of unplanned utilisation" → "… use of unplanned use": a one-word swap
  // that repeats a word a few words away says one thing twice.
  const only = inserted[0]!
  if (inserted.length === 1 && only.normal.length > 2) {
    const near = [...words.slice(Math.max(0, first - 3), first), ...words.slice(last + 1, last + 4)]
    const again = near.find((word) => word.normal === only.normal)
    if (again) return `"${replacement}" would repeat "${again.text}" a few words away`
  }
  // "fever (high temperature)" → "high temperature (high temperature)": the words in brackets already say it.
  if (after.slice(start + replacement.length).trimStart().toLowerCase().startsWith(`(${replacement.toLowerCase()}`)) return `"${replacement}" is already in the brackets after it`
  // The tagger is wrong about one word in ten, mostly nouns and verbs that share a spelling
  // ("needs", "aims"): only a word the sentence's grammar forces is held against a replacement.
  const head = inserted[0]!
  // "a the same percentage", "a told problem": an article needs a noun or an adjective after it.
  const run = previous ? [previous, ...inserted] : inserted
  for (let index = 0; index + 1 < run.length; index++) {
    const [article, word] = [run[index]!, run[index + 1]!]
    if ((article.normal === 'a' || article.normal === 'an') && (word.tags.has('Determiner') || (isVerb(word) && !word.tags.has('Adjective') && !word.tags.has('Noun') && !word.tags.has('PastTense')))) {
      return `"${article.text} ${word.text}" is not English`
    }
  }
  if (roleBefore === 'noun' && previous && determiners.has(previous.normal) && !/\W/.test(previous.post.trim()) && isVerb(head) && head.tags.has('Infinitive') && !head.tags.has('Noun')) {
    return `"${replacement}" reads as a verb after "${previous.text}", where the text has a noun`
  }
  // After "to" a noun is as likely as a verb ("to service users"): only a modal ("will", "can") decides.
  if (roleBefore === 'verb' && previous?.tags.has('Modal') && head.tags.has('Noun') && !head.tags.has('Verb') && !head.tags.has('Adverb')) {
    return `"${replacement}" reads as a noun after "${previous.text}", where the text has a verb`
  }
  return undefined
}

/**
 * The check `fitReplacements` makes of one swap, for tools that apply fixes and audit them: the
 * sentence (or any text around the term), where the term is in it, the replacement, and the
 * entry's frames for it if any. Gives the frame the term is in and why the swap breaks the
 * sentence, if it does.
 */
export function checkSwap(sentence: string, start: number, end: number, replacement: string, frames?: readonly Frame[]): {frame: Frame; why?: string} {
  const original = tagWords(sentence)
  const frame = frameAfter(original, end)
  if (frames && !frames.includes(frame)) return {frame, why: `does not fit before ${frameWords[frame]}`}
  const why = taggerObjection(sentence, start, end, replacement, roleOf(wordsIn(original, start, end)))
  return why ? {frame, why} : {frame}
}
