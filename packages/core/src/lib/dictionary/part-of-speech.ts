/**
 * Whether a match is in the part of speech its entry flags (`partOfSpeech`): "permit" as a verb
 * ("we cannot permit pets"), never the noun ("1 permit per household"); "in between" as a
 * preposition ("in between the two blocks"), never the adverb ("the figure was in between").
 *
 * The tagger (compromise) reads the words; where it is wrong about a word that is both a noun and
 * a verb, the word before it decides, as grammar forces: after "a", "your" or a number it is a
 * noun; after "to", "will" or "not" it is a verb.
 */
import type {PartOfSpeech} from '@plainspeak/dictionary'
import type {BlockAnalysis} from '../analysis/block-analysis.js'
import {frameAfter, taggerWindow, tagWords} from './fit.js'

type Tagged = ReturnType<typeof tagWords>[number]

/** Tags after which a word is a noun, whatever the tagger makes of it ("a permit", "1 permit", "parking permit"). */
const beforeNoun = ['Determiner', 'Possessive', 'Value', 'Adjective']
/** Words after which a word that can be a verb is one ("to permit", "will permit", "not permit"). */
const beforeVerb = new Set(['to', 'not', "n't", 'never'])

function readsAsVerb(words: readonly Tagged[], index: number): boolean {
  const word = words[index]!
  const previous = words[index - 1]
  if (previous && !/[,;:.!?()]/.test(previous.post)) {
    if (beforeVerb.has(previous.normal) || previous.tags.has('Modal')) return word.tags.has('Verb') || !word.tags.has('Adjective')
    if (beforeNoun.some((tag) => previous.tags.has(tag)) && !previous.tags.has('Pronoun')) return false
  }
  return word.tags.has('Verb') && !word.tags.has('Gerund')
}

const readers: Record<PartOfSpeech, (words: readonly Tagged[], index: number, end: number) => boolean> = {
  verb: readsAsVerb,
  noun: (words, index) => !readsAsVerb(words, index),
  // A preposition has what it relates to after it: "in between the blocks", not "in between at 34%".
  preposition: (words, _index, end) => ['noun-phrase', 'clause'].includes(frameAfter(words, end))
}

/** Whether the words `start`–`end` of the block read as `partOfSpeech` in their sentence. */
export function readsAs(analysis: BlockAnalysis, start: number, end: number, partOfSpeech: PartOfSpeech): boolean {
  const {text} = analysis
  const sentence = analysis.sentenceAt(start)
  const window = taggerWindow(text, start, end, sentence ? sentence.start : 0, sentence ? Math.max(sentence.end, end) : text.length)
  const words = tagWords(text.slice(window.start, window.end))
  const index = words.findIndex((word) => word.end > start - window.start)
  // A term the tagger cannot find is flagged as before.
  if (index === -1) return true
  return readers[partOfSpeech](words, index, end - window.start)
}
