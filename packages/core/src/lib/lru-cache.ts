/**
 * A map that keeps the most recently used entries, up to a bound: each value is built once, by
 * `get(key, create)`, and past the bound the entry used longest ago is dropped. Core's caches (of
 * checkers, compiled tries, paragraph analyses, parsed Markdown chunks and the Markdown guard's
 * verdicts) are each one of these. Values are never `undefined`.
 */
export class LruCache<Key, Value> {
  private readonly entries = new Map<Key, Value>()

  /** `limit`: how many entries are kept at once. */
  constructor(readonly limit: number) {}

  /** The value for `key`, built by `create()` the first time (or after it was dropped). */
  get(key: Key, create: () => Value): Value {
    let value = this.entries.get(key)
    if (value !== undefined) {
      // Most recently used last.
      this.entries.delete(key)
    } else {
      value = create()
      while (this.entries.size >= this.limit) this.entries.delete(this.entries.keys().next().value!)
    }
    this.entries.set(key, value)
    return value
  }

  /** Forgets one entry. */
  delete(key: Key): void {
    this.entries.delete(key)
  }

  /** Forgets every entry. */
  clear(): void {
    this.entries.clear()
  }

  get size(): number {
    return this.entries.size
  }
}
