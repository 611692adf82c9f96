import type {TermEntry} from '@plainspeak/dictionary'
import {phraseKeys, type Token} from '../text/tokens.js'
import {inflections, plural, type Suffix} from './inflect.js'

export interface TermHit {
  entry: TermEntry
  /** How the matched words differ from the entry's base form, for inflecting replacements. */
  suffix: Suffix
}

export interface TermMatch extends TermHit {
  start: number
  end: number
  /** Index of the first and last token matched. */
  first: number
  last: number
}

interface TrieNode {
  /** Made on first use: most nodes are the last word of a phrase and have none. */
  next?: Map<string, TrieNode>
  hit?: TermHit
  /** Whether `hit` was written in the dictionary rather than derived. */
  explicit?: boolean
}

const newNode = (): TrieNode => ({})

/**
 * A token trie over every term, form and derived inflection. Matching walks
 * the trie from each token, so its cost depends on the text, not on how many
 * entries the dictionary has.
 */
export class TermMatcher {
  private readonly root = newNode()

  constructor(entries: readonly TermEntry[], allow: ReadonlySet<string> = new Set()) {
    const active = entries.filter(
      (entry) => entry.severity !== 'off' && !allow.has(entry.term.toLowerCase())
    )
    // Written terms and forms first, so a derived form never hides another entry.
    for (const entry of active) {
      for (const phrase of [entry.term, ...entry.forms]) {
        if (allow.has(phrase.toLowerCase())) continue
        this.insert(phraseKeys(phrase), {entry, suffix: ''}, true)
      }
    }
    for (const entry of active) {
      const keys = phraseKeys(entry.term)
      if (keys.length === 0) continue
      for (const form of inflections(keys[0]!).slice(1)) {
        // A noun made from the verb ("information" from "inform", "collaboration" from
        // "collaborate") is often plain, and the verb's alternatives do not fit it: an entry that
        // means the noun lists it in `forms` or has an entry of its own.
        if (form.suffix === 'ation') continue
        this.insert([form.value, ...keys.slice(1)], {entry, suffix: form.suffix}, false)
      }
      if (keys.length > 1 && /^[a-z]{3,}$/.test(keys.at(-1)!)) {
        this.insert([...keys.slice(0, -1), plural(keys.at(-1)!)], {entry, suffix: 'plural'}, false)
      }
    }
  }

  private insert(keys: readonly string[], hit: TermHit, explicit: boolean): void {
    if (keys.length === 0) return
    let node = this.root
    for (const key of keys) {
      node.next ??= new Map()
      let child = node.next.get(key)
      if (!child) {
        child = newNode()
        node.next.set(key, child)
      }
      node = child
    }
    if (node.hit && (node.explicit || !explicit)) return
    node.hit = hit
    node.explicit = explicit
  }

  /** Longest matches, left to right, not overlapping. Phrases run across spaces, line breaks and hyphens but not punctuation. */
  match(tokens: readonly Token[]): TermMatch[] {
    const matches: TermMatch[] = []
    let index = 0
    const first = this.root.next ?? new Map<string, TrieNode>()
    while (index < tokens.length) {
      let node = first.get(tokens[index]!.normal)
      let best: TermHit | undefined
      let bestLast = index
      let cursor = index
      while (node) {
        if (node.hit) {
          best = node.hit
          bestLast = cursor
        }
        const following = tokens[cursor + 1]
        if (!following || following.gapBefore === 'break') break
        node = node.next?.get(following.normal)
        cursor++
      }
      if (best) {
        matches.push({entry: best.entry, suffix: best.suffix, start: tokens[index]!.start, end: tokens[bestLast]!.end, first: index, last: bestLast})
        index = bestLast + 1
      } else {
        index++
      }
    }
    return matches
  }
}

/** Whether tokens `from` to `to` (a sentence's) contain a phrase (an `unless` context). */
export function containsPhrase(tokens: readonly Token[], keys: readonly string[], from = 0, to = tokens.length): boolean {
  if (keys.length === 0) return false
  outer: for (let index = from; index + keys.length <= to; index++) {
    for (let offset = 0; offset < keys.length; offset++) {
      if (tokens[index + offset]!.normal !== keys[offset]) continue outer
    }
    return true
  }
  return false
}
