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
import {byNotAgent, naming, participles, pointerPlaces, pointers, stateAdjectives} from '../generated/grammar.js'
import type {Token} from './text/tokens.js'

export interface PassiveSpan {
  /** From the auxiliary ("has been agreed", "will be reported") to the participle. */
  start: number
  end: number
  /** The participle alone, e.g. "submitted". */
  participle: string
  /** Whether the passive leaves out who acted: not "by the board", not a name, not a pointer to a section. */
  hidesActor: boolean
  /**
   * Whether it tells a past event ("Some were sent home", "had been promised")
   * rather than assign a task or make a claim; "It was agreed that" is not
   * narrative but impersonal.
   */
  narrative: boolean
}

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
    const start = auxiliaryStart(tokens, index)
    const first = tokens.findIndex((token) => token.start === start)
    const auxiliary = tokens[first]!.normal
    // "It was agreed that …", "It is recommended that …": nobody acts at all.
    const impersonal = first > 0 && tokens[first - 1]!.normal === 'it' && tokens[first]!.gapBefore === 'space' && after[0]?.normal === 'that'
    spans.push({
      start,
      end: participle.end,
      participle: participle.value,
      hidesActor: !(namesAgent(after) || namesThing(word, after) || pointsElsewhere(word, after) || measures(tokens.slice(next + 1, next + 3))),
      narrative: !impersonal && (auxiliary === 'was' || auxiliary === 'were' || auxiliary === 'had' || (auxiliary === 'being' && be.normal === 'being'))
    })
  }
  return spans
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

/** Back from "be" over "has", "will", "not": "has been agreed", "will not be reported". */
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
  return tokens[start]!.start
}

/** "… by the board", "… by Tower Hamlets Council": but not "by March", "by phone", "by 10%". */
function namesAgent(after: readonly Token[]): boolean {
  let at = 0
  while (at < 2 && after[at] && inBetween.test(after[at]!.normal) && after[at]!.normal !== 'by') at++
  if (after[at]?.normal !== 'by') return false
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
