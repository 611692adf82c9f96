/**
 * What a checker builds from its dictionaries before reading any text: the merged dictionary, the
 * trie that matches its terms (which also depends on the allow list) and the acronym lexicon.
 * Nothing here changes once built, so checkers whose options name the same dictionary objects
 * share one copy: a fresh checker for options already in use costs nothing to build. Keyed by the
 * dictionaries' identities, so a dictionary read again from its file is compiled again, and a
 * dictionary nothing uses any more is let go.
 */
import type {AcronymEntry, CompiledDictionary} from '@plainspeak/dictionary'
import {createLexicon, type AcronymLexicon} from '../acronyms/lexicon.js'
import {LruCache} from '../lru-cache.js'
import {TermMatcher} from './matcher.js'
import {mergeDictionaries} from './merge.js'
import {PlainspeakOptionError} from '../rules/options.js'

export interface CompiledLayers {
  dictionary: CompiledDictionary
  acronymEntries: Map<string, AcronymEntry>
  lexicon: AcronymLexicon
}

/** How many allow lists' tries are kept for one set of dictionaries (the oldest go first). */
const matchersPerLayers = 8

interface Node {
  next: WeakMap<object, Node>
  compiled?: CompiledLayers
  matchers?: LruCache<string, TermMatcher>
}

const newNode = (): Node => ({next: new WeakMap()})
const root = newNode()

function nodeFor(layers: readonly Partial<CompiledDictionary>[]): Node {
  let node = root
  for (const layer of layers) {
    let next = node.next.get(layer)
    if (!next) node.next.set(layer, (next = newNode()))
    node = next
  }
  return node
}

/** The merged dictionary and acronym lexicon of `layers` (later layers win), built once. */
export function compiledLayers(layers: readonly Partial<CompiledDictionary>[]): CompiledLayers {
  const node = nodeFor(layers)
  if (!node.compiled) {
    node.compiled = asOptionError(() => {
      const dictionary = mergeDictionaries(layers)
      const acronymEntries = new Map(dictionary.acronyms.map((entry) => [entry.acronym, entry]))
      return {dictionary, acronymEntries, lexicon: createLexicon(acronymEntries, dictionary.codes)}
    })
  }
  return node.compiled
}

/**
 * A layer passed in code (the API, remark's options, the Word pane) is whatever the caller built:
 * one of the wrong shape (`{terms: 5}`) is a bad option, said plainly, not a TypeError from deep inside.
 */
function asOptionError<T>(build: () => T): T {
  try {
    return build()
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    throw new PlainspeakOptionError(
      'dictionaries',
      `Unexpected value for \`dictionaries\`: a layer is not a compiled dictionary (${error.message}); load YAML with @plainspeak/dictionary`
    )
  }
}

/** The trie of `layers`' terms less the allow list, built once per allow list. */
export function termMatcher(layers: readonly Partial<CompiledDictionary>[], allow: ReadonlySet<string>): TermMatcher {
  const node = nodeFor(layers)
  const matchers = (node.matchers ??= new LruCache(matchersPerLayers))
  return matchers.get([...allow].sort().join('\n'), () => asOptionError(() => new TermMatcher(compiledLayers(layers).dictionary.terms, allow)))
}
