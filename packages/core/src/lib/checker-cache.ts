/**
 * The one cache of checkers: a checker per set of options, the least recently used dropped past
 * a size bound. A checker holds the merged dictionary, its trie and every paragraph analysed, so
 * re-using it is what makes a re-check fast; bounding how many are kept bounds the memory. Core's
 * `check()`, the CLI's workers, the language server and the Word add-in all keep theirs here.
 */
import type {Checker} from './check.js'

export class CheckerCache<Key = unknown> {
  private readonly checkers = new Map<Key, Checker>()

  /** `limit`: how many checkers are kept at once (one per set of options in use). */
  constructor(readonly limit = 8) {}

  /** The checker for `key`, built by `create()` the first time (or after it was dropped). */
  get(key: Key, create: () => Checker): Checker {
    let checker = this.checkers.get(key)
    if (checker) {
      // Most recently used last.
      this.checkers.delete(key)
    } else {
      checker = create()
      while (this.checkers.size >= this.limit) this.checkers.delete(this.checkers.keys().next().value!)
    }
    this.checkers.set(key, checker)
    return checker
  }

  /** Forgets one set of options' checker (its options changed). */
  delete(key: Key): void {
    this.checkers.delete(key)
  }

  /** Forgets every checker (a dictionary they were built from changed). */
  clear(): void {
    this.checkers.clear()
  }

  get size(): number {
    return this.checkers.size
  }
}
