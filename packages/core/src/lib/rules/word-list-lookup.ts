import {daleChall} from 'dale-chall'
import {spache} from 'spache'

/**
 * retext-readability looks every word up in the Dale–Chall (3,000 words) and
 * Spache (1,000 words) familiar-word lists with `Array#includes`, a linear
 * scan per word that takes most of a check's time on long documents. Giving
 * those two arrays a hashed `includes` of their own keeps every result the
 * same (same words, same answers) and makes the lookup constant-time.
 * The arrays are the same module instances retext-readability imports.
 */
function hashIncludes(list: readonly string[]): void {
  const set = new Set(list)
  Object.defineProperty(list, 'includes', {
    value: (word: string) => set.has(word),
    enumerable: false,
    configurable: true
  })
}

let done = false

export function speedUpFamiliarWordLists(): void {
  if (done) return
  done = true
  hashIncludes(daleChall)
  hashIncludes(spache)
}
