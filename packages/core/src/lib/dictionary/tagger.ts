/**
 * The part-of-speech tagger, built the first time a replacement is checked.
 *
 * compromise builds its lexicon and models when its module runs, which costs a process about
 * 0.2 s, though a check with nothing to replace never tags a word. `check()` is synchronous and
 * runs in browsers, so the tagger comes from a bundle whose top level only defines functions
 * (`scripts/bundle-tagger.js`): importing it costs next to nothing, and `loadCompromise()` runs
 * compromise on its first call.
 */
import type nlp from 'compromise/two'
import {loadCompromise} from '../../generated/tagger.js'

let compromise: typeof nlp | undefined

/** compromise, built on the first call. */
export function tagger(): typeof nlp {
  compromise ??= loadCompromise()
  return compromise
}
