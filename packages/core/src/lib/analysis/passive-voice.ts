/**
 * Passive voice: a form of "be" followed by a past participle ("was
 * submitted", "has been agreed", "will be reported"), with regular "-ed"
 * participles found by their ending and irregular ones from data/grammar.yml.
 *
 * Not every passive hides who acts. Each span says whether it names the one
 * who acted ("was agreed by the board"), names a thing ("is called Home
 * First") or points elsewhere in the document ("is set out in section 3"):
 * those are passive, and count in the passive share, but there is nobody to
 * bring forward. "-ed" words that describe a state ("is concerned", "are based
 * in Bow", "is very pleased") are adjectives, not passives.
 */
import {byNotAgent, decisions, naming, participles, pointerPlaces, pointers, stateAdjectives} from '../../generated/grammar.js'
import type {Token} from '../text/tokens.js'

export interface PassiveSpan {
  /** From the auxiliary ("has been agreed", "will be reported") to the participle. */
  start: number
  end: number
  /** The participle alone, e.g. "submitted". */
  participle: string
  /** Whether the passive leaves out who acted: not "by the board", not a name, not a pointer to a section. */
  hidesActor: boolean
  /**
   * What the passive does in its sentence:
   * - `impersonal`: "It is recommended that …", "It should be noted that …": nobody acts at all;
   * - `task`: something will or must be done, by nobody named: "a referral will be made",
   *   "the form must be signed", "it needs to be checked" (will, shall, must, may, can, should, need to, have to);
 * - `decision`: something was decided, by nobody named: "the report was approved", "the bid has been rejected";
   * - `you`: the reader is acted on: "you are asked to bring", "you will be told";
   * - `hypothetical`: would, could, might ("the funding would not be released");
   * - `past`: a past event ("Some were sent home", "had been promised", "without being told");
   * - `description`: how things are or have been ("referrals are duplicated", "has been added").
   */
  kind: PassiveKind
}

export type PassiveKind = 'impersonal' | 'task' | 'decision' | 'you' | 'hypothetical' | 'past' | 'description'

const beForms = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'])
const modals = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must'])
const perfect = new Set(['has', 'have', 'had', 'having'])
/** Words between "be" and a participle that keep it passive: "was not agreed", "has been formally approved". */
const inBetween = /^(?:not|never|also|then|now|still|already|just|often|usually|always|further|fully|jointly|formally|recently|previously|currently|subsequently|successfully|\p{L}+ly)$/u
/** Words before an "-ed" word that make it an adjective: "is very pleased", "are more isolated". */
const degree = new Set(['very', 'so', 'too', 'quite', 'more', 'most', 'less', 'least', 'really', 'extremely', 'fairly', 'rather', 'increasingly', 'particularly', 'deeply', 'highly'])
/** What "set out in", "shown in" point at. */
const documentParts = /^(?:section|sections|paragraph|paragraphs|para|appendix|appendices|annex|annexe|annexes|table|tables|figure|figures|fig|chart|charts|part|chapter|page|pages|report|document|schedule|attachment|plan|strategy|policy|letter|box|map|graph|diagram|agenda|minutes|summary|glossary|form|leaflet)$/

const regularParticiple = (word: string) => /^\p{L}{2,}ed$/u.test(word) && (!word.endsWith('eed') || /^(?:agreed|disagreed|guaranteed|decreed|freed|refereed)$/.test(word))

/** Passives in a block's tokens. */
export function findPassives(tokens: readonly Token[]): PassiveSpan[] {
  const spans: PassiveSpan[] = []
  for (let index = 0; index < tokens.length; index++) {
    const be = tokens[index]!
    if (!beForms.has(be.normal)) continue
    // "is called being discharged": a name, not a second passive.
    if (be.normal === 'being' && index > 0 && naming.has(tokens[index - 1]!.normal)) continue
    let next = index + 1
    if (tokens[next] && tokens[next]!.gapBefore === 'space' && inBetween.test(tokens[next]!.normal) && tokens[next + 1]) next++
    const participle = tokens[next]
    if (!participle || participle.gapBefore !== 'space') continue
    const word = participle.normal
    if (!regularParticiple(word) && !participles.has(word)) continue
    if (stateAdjectives.has(word) || degree.has(tokens[next - 1]!.normal)) continue
    const after = wordsAfter(tokens, next + 1)
    // "is set to rise": the future, not a passive.
    if (word === 'set' && after[0]?.normal === 'to') continue
    const first = auxiliaryStart(tokens, index)
    spans.push({
      start: tokens[first]!.start,
      end: participle.end,
      participle: participle.value,
      hidesActor: !(namesAgent(after) || namesThing(word, after) || pointsElsewhere(word, after) || measures(tokens.slice(next + 1, next + 3))),
      kind: kindOf(tokens, first, index, participle, after)
    })
  }
  return spans
}

const obligations = new Set(['will', 'shall', 'must', 'may', 'can', 'should'])
const hypotheticals = new Set(['would', 'could', 'might'])
/** "needs to be checked", "has to be signed", "is to be reviewed", "ought to be". */
const toBeObligations = new Set(['need', 'needs', 'needed', 'has', 'have', 'had', 'ought', 'is', 'are', 'going'])
/** Words that deny an obligation before "need to be", "have to be". */
const negations = new Set(['not', "n't", 'never', "don't", "doesn't", "didn't", 'dont', 'doesnt'])

/** What the passive starting at token `first` (its "be" at `be`) does in its sentence. */
function kindOf(tokens: readonly Token[], first: number, be: number, participle: Token, after: readonly Token[]): PassiveKind {
  const before = (at: number, back: number) => {
    let index = at
    for (let step = 0; step < back; step++) {
      if (index <= 0 || tokens[index]!.gapBefore !== 'space') return undefined
      index--
    }
    return tokens[index]!.normal
  }
  const auxiliary = tokens[first]!.normal
  if (before(first, 1) === 'it' && after[0]?.normal === 'that') return 'impersonal'
  // "was approved", "has been agreed", "were rejected": who decided matters.
  // Not the minutes' formula "were agreed as a correct record", nor a
  // pluperfect, which tells the background to something else.
  const settled = auxiliary === 'was' || auxiliary === 'were' || auxiliary === 'has' || auxiliary === 'have'
  if (settled && decisions.has(participle.normal) && after[0]?.normal !== 'as') return 'decision'
  if (auxiliary === 'was' || auxiliary === 'were' || auxiliary === 'had' || (auxiliary === 'being' && be === first)) return 'past'
  if (obligations.has(auxiliary)) return 'task'
  if (hypotheticals.has(auxiliary)) return 'hypothetical'
  if (auxiliary === 'be' && before(first, 1) === 'to' && toBeObligations.has(before(first, 2) ?? '')) {
    // "do not need to be removed", "does not have to be signed": nobody needs to act, so there is
    // nobody to name; it says how things are.
    return negations.has(before(first, 3) ?? '') ? 'description' : 'task'
  }
  const subject = before(first, 1) === 'not' ? before(first, 2) : before(first, 1)
  if (subject === 'you' && (auxiliary === 'are' || auxiliary === 'be')) return 'you'
  return 'description'
}

/** Up to five words after the participle, up to any punctuation. */
function wordsAfter(tokens: readonly Token[], from: number): Token[] {
  const after: Token[] = []
  for (let index = from; index < tokens.length && after.length < 5; index++) {
    if (tokens[index]!.gapBefore === 'break') break
    after.push(tokens[index]!)
  }
  return after
}

/** Back from "be" over "has", "will", "not": "has been agreed", "will not be reported". The index of the first token. */
function auxiliaryStart(tokens: readonly Token[], index: number): number {
  const be = tokens[index]!
  let start = index
  const previous = (at: number) => (at > 0 && tokens[at]!.gapBefore === 'space' ? tokens[at - 1] : undefined)
  if (be.normal === 'been' && previous(start) && perfect.has(previous(start)!.normal)) start--
  else if (be.normal === 'be') {
    let at = start
    if (previous(at)?.normal === 'not') at--
    if (previous(at) && modals.has(previous(at)!.normal)) start = at - 1
  } else if (be.normal === 'being' && previous(start) && beForms.has(previous(start)!.normal)) start--
  return start
}

/** Words that start a new clause: a "by" after them is not the passive's. */
const clauseWords = new Set(['that', 'which', 'who', 'when', 'where', 'and', 'or', 'but', 'if', 'so', 'because', 'while'])

/** "… by the board", "… by Tower Hamlets Council": but not "by March", "by phone", "by 10%". */
function namesAgent(after: readonly Token[]): boolean {
  // "by" right after the participle, or after a short time phrase: "will be checked every month by the hub manager".
  const at = after.findIndex((token, index) => token.normal === 'by' && after.slice(0, index).every((word) => !clauseWords.has(word.normal)))
  if (at === -1 || at > 3) return false
  const who = after[at + 1]
  if (!who) return false
  if (byNotAgent.has(who.normal) || /^\d/.test(who.normal) || who.normal.endsWith('ing')) return false
  // "by the end of", "by the time": time, not who.
  if ((who.normal === 'the' || who.normal === 'a') && after[at + 2] && byNotAgent.has(after[at + 2]!.normal)) return false
  return true
}

/** Words after "called" that do not start a name: "was called by", "was called in", "was called out". */
const notAName = new Set(['by', 'in', 'to', 'for', 'at', 'on', 'off', 'out', 'up', 'back', 'after', 'into', 'from', 'with', 'when', 'if', 'and', 'or', 'but', 'because'])

/** "is called Home First", "is called being discharged", "is known as", "is referred to as". */
function namesThing(word: string, after: readonly Token[]): boolean {
  if (!naming.has(word)) return false
  const next = after[0]
  if (!next) return false
  if (next.normal === 'as' || (next.normal === 'to' && after[1]?.normal === 'as')) return true
  return (word === 'called' || word === 'named' || word === 'termed' || word === 'titled') && !notAName.has(next.normal)
}

/** "is scored 16", "is rated 4", "is set at £20 million": a measure, not an action anyone needs named. */
function measures(following: readonly Token[]): boolean {
  const next = following[0]?.normal === 'at' ? following[1] : following[0]
  return next !== undefined && /^\d/.test(next.normal)
}

/** "is set out in section 3", "are listed below", "is shown in Table 2", "is attached". */
function pointsElsewhere(word: string, after: readonly Token[]): boolean {
  if (!pointers.has(word)) return false
  let at = 0
  if (after[at]?.normal === 'out') at++
  const place = after[at]
  if (!place) return word === 'attached' || word === 'enclosed'
  if (place.normal === 'below' || place.normal === 'above' || place.normal === 'overleaf' || place.normal === 'here') return true
  if (!pointerPlaces.has(place.normal)) return word === 'attached' || word === 'enclosed'
  return after.slice(at + 1, at + 4).some((token) => documentParts.test(token.normal))
}
