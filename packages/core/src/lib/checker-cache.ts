/**
 * The one cache of checkers: a checker per set of options, the least recently used dropped past
 * a size bound. A checker holds the merged dictionary, its trie and every paragraph analysed, so
 * re-using it is what makes a re-check fast; bounding how many are kept bounds the memory. Core's
 * `check()`, the CLI's workers, the language server and the Word add-in all keep theirs here.
 */
import type {Checker} from './check.js'
import {LruCache} from './lru-cache.js'

export class CheckerCache<Key = unknown> extends LruCache<Key, Checker> {
  /** `limit`: how many checkers are kept at once (one per set of options in use). */
  constructor(limit = 8) {
    super(limit)
  }
}
