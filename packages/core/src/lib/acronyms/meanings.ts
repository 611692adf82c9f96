import type {AcronymDomain, AcronymEntry} from '@plainspeak/dictionary'
import {spellsOut} from './initials.js'

/** What choosing a meaning reads and sets on one acronym of the document (an `AcronymInfo`). */
export interface MeaningChoice {
  entry?: AcronymEntry
  uses: readonly unknown[]
  /** The dictionary's meanings that fit this document, most likely first (set here). */
  meanings: string[]
}

/** Domains that say nothing about a document's subject: every kind of paper uses them. */
const neutralDomains: ReadonlySet<AcronymDomain> = new Set(['general', 'public-sector'])
/** How many of a document's acronyms must share a subject before a meaning from another subject is left out. */
const decisiveVotes = 2

const yearPattern = /\b(1[89]\d\d|20\d\d)\b/
/** Words that say a dated law or plan is being replaced: "the new Mental Health Act", "the draft Mental Health Act". */
const replacedBy = /\b(?:new|draft|forthcoming|proposed|reformed|revised|updated|future)\s+(?:\S+\s+){0,2}$/

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * Sets each acronym's `meanings`: the dictionary's meanings in the order that
 * fits this document. The subject comes from the document's other acronyms
 * (ICB, GP and A&E make a paper an NHS one, where PCN is a primary care network
 * and never a penalty charge notice); a meaning spelled out somewhere in the
 * text comes first. A dated meaning the text contradicts ("Mental Health Act
 * 1983" where the text speaks of the new Act) is corrected to what the text says.
 */
export function chooseMeanings(acronyms: Iterable<MeaningChoice>, documentText: () => string): void {
  const infos = [...acronyms]
  const votes = subjectVotes(infos)
  let lowerText: string | undefined
  const text = () => (lowerText ??= documentText().toLowerCase().replace(/\s+/g, ' '))

  for (const info of infos) {
    const entry = info.entry
    if (!entry || info.uses.length === 0) continue
    let meanings = entry.expansions.map((expansion, index) => ({expansion, domain: entry.domains?.[index] ?? entry.domain, index}))
    if (meanings.length > 1) {
      const inText = new Set(meanings.filter((meaning) => text().includes(meaning.expansion.toLowerCase())).map((meaning) => meaning.index))
      const score = (meaning: (typeof meanings)[number]) => (inText.has(meaning.index) ? 1000 : 0) + (neutralDomains.has(meaning.domain) ? 0 : (votes.get(meaning.domain) ?? 0))
      meanings = [...meanings].sort((a, b) => score(b) - score(a) || a.index - b.index)
      const best = meanings[0]!
      if (inText.size > 0) {
        meanings = meanings.filter((meaning) => inText.has(meaning.index))
      } else if (score(best) >= decisiveVotes && meanings.every((meaning) => meaning.domain === best.domain || score(meaning) === 0)) {
        meanings = meanings.filter((meaning) => meaning.domain === best.domain)
      }
    }
    info.meanings = meanings.map((meaning) => (yearPattern.test(meaning.expansion) ? asTheTextDatesIt(meaning.expansion, text, entry.acronym) : meaning.expansion))
  }
}

/**
 * Readers know a well-known acronym in its first meaning (DNA: deoxyribonucleic acid). Where the
 * document's subject gives it only meanings from another domain (DNA: did not attend, in an NHS
 * paper), it is not well known here and needs spelling out.
 */
export function inItsWellKnownMeaning(info: MeaningChoice): boolean {
  const entry = info.entry
  if (!entry || entry.expansions.length < 2 || info.meanings.length === 0) return true
  const domainOf = (meaning: string) => entry.domains?.[entry.expansions.indexOf(meaning)] ?? entry.domain
  const knownDomain = entry.domains?.[0] ?? entry.domain
  return info.meanings.some((meaning) => meaning === entry.expansions[0] || domainOf(meaning) === knownDomain)
}

/** One vote per acronym used whose meanings all share one subject. */
function subjectVotes(infos: readonly MeaningChoice[]): Map<AcronymDomain, number> {
  const votes = new Map<AcronymDomain, number>()
  for (const info of infos) {
    const entry = info.entry
    if (!entry || info.uses.length === 0) continue
    const domains = new Set(entry.domains ?? [entry.domain])
    const [domain] = domains
    if (domains.size === 1 && domain && !neutralDomains.has(domain)) votes.set(domain, (votes.get(domain) ?? 0) + 1)
  }
  return votes
}

/**
 * "Mental Health Act 1983" as the text has it: with the year the text gives the
 * Act when it never gives 1983, or undated when the text speaks of a new Act.
 */
function asTheTextDatesIt(expansion: string, text: () => string, acronym: string): string {
  const year = yearPattern.exec(expansion)![1]!
  const name = expansion.replace(yearPattern, '').replace(/\s+/g, ' ').trim()
  if (name === '') return expansion
  // "The new MHA" speaks of the new Act as surely as "the new Mental Health Act" does.
  const acronymMentions = [...text().matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym.toLowerCase())}(?![\\p{L}\\p{N}])`, 'gu'))]
  if (acronymMentions.some((mention) => replacedBy.test(text().slice(Math.max(0, mention.index - 40), mention.index)))) return name
  const mentions = [...text().matchAll(new RegExp(`\\b${escapeRegExp(name.toLowerCase())}\\b(?:\\s+(\\d{4})\\b)?`, 'g'))]
  if (mentions.length === 0) return expansion
  const years = new Set(mentions.flatMap((mention) => (mention[1] ? [mention[1]] : [])))
  if (years.has(year)) return expansion
  if (years.size > 0) return `${name} ${[...years].sort().at(-1)}`
  const replaced = mentions.some((mention) => replacedBy.test(text().slice(Math.max(0, mention.index - 40), mention.index)))
  return replaced ? name : expansion
}

/** Dosing frequencies from prescriptions (OD, BD, PRN): what they mean only after a dose. */
const dosingMeaning = /^(?:(?:once|twice|three times|four times) a day|when needed|at night|in the morning|straight away)$/i
/** A dose or a medicine just before: "10 mg OD", "one tablet BD", "take paracetamol PRN". */
const doseBefore = /(?:\d\s*(?:mg|mcg|micrograms?|g|ml|units?)\.?|\b(?:tablets?|capsules?|puffs?|drops?|sachets?|doses?|spoonfuls?|patch(?:es)?|injections?|inhalers?))\s*$|\b(?:take|takes|taken|taking|apply|inhale|inject)\b[^.;:\n]{0,40}$/i

/**
 * The meanings that fit where an acronym is used: a dosing frequency only after a dose ("HR &
 * OD" is organisational development, not "once a day"). `before` is the text before the use.
 */
export function meaningsThatFitHere(meanings: readonly string[], before: string): string[] {
  return meanings.filter((meaning) => !dosingMeaning.test(meaning) || doseBefore.test(before))
}

/** Whether a meaning is written out in the sentence around a use ("IMD 1, the lowest decile of the Index of Multiple Deprivation"). */
export function spelledOutNearby(meanings: readonly string[], sentence: string): boolean {
  const text = sentence.toLowerCase().replace(/\s+/g, ' ')
  return meanings.some((meaning) => meaning.length > 3 && text.includes(meaning.toLowerCase().replace(/\s+/g, ' ')))
}

/** How far back, in characters, a name may stand and still be read just before the acronym. */
const nameReach = 240

/** A word in title case (not another acronym), or a small word inside a name ("of", "and", "for", "the"). */
const nameWord = /\p{Lu}\p{Ll}[\p{L}'’]*|\b(?:of|and|for|the|in|on|to)\b/gu

/**
 * Whether the words just before a use, in its sentence, are a name whose initials spell the
 * acronym, written without brackets ("Norfolk County Council – scam alerts … relevant NCC
 * information"): the reader has just read what it stands for. Only names in capitals count, and
 * only when the acronym has no known meaning the sentence could show instead.
 */
export function nameSpelledOutBefore(key: string, sentenceBefore: string): boolean {
  // Just before: the last `nameReach` characters of the sentence.
  const before = sentenceBefore.slice(-nameReach)
  const words = [...before.matchAll(nameWord)]
  for (let end = words.length; end > 0; end--) {
    for (let start = end - 1; start >= 0 && end - start <= key.length + 3; start--) {
      const run = words.slice(start, end)
      // A name: its words stand next to each other, and it starts and ends with a capital.
      const joined = run.every((word, index) => index === 0 || /^[\s\u00a0-]+$/.test(before.slice(run[index - 1]!.index! + run[index - 1]![0].length, word.index)))
      if (!joined || !/^\p{Lu}/u.test(run[0]![0]) || !/^\p{Lu}/u.test(run.at(-1)![0])) continue
      const expansion = run.map((word) => ({normal: word[0].toLowerCase(), joined: false}))
      if (run.length >= 2 && spellsOut(key, expansion)) return true
    }
  }
  return false
}

