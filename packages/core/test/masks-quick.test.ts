import {readdirSync, readFileSync} from 'node:fs'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {maskPatterns} from '../src/lib/text/masks.js'

// Each mask pattern is only run when its quick test passes: a quick test must
// pass on every text the pattern matches in.

const corpusFolder = new URL('../../../test/eval/corpus/', import.meta.url)
const corpusTexts = readdirSync(corpusFolder).map((name) => readFileSync(new URL(name, corpusFolder), 'utf8'))

describe('mask patterns and their quick tests', () => {
  it('every match in the evaluation corpus passes its quick test, and most patterns match somewhere', () => {
    let matched = 0
    for (const [quick, pattern] of maskPatterns) {
      let found = false
      for (const text of corpusTexts) {
        for (const match of text.matchAll(pattern)) {
          found = true
          expect([pattern.source, match[0], quick.test(match[0])]).toEqual([pattern.source, match[0], true])
        }
      }
      if (found) matched++
    }
    expect(matched).toBeGreaterThanOrEqual(5)
  })

  it('every match in random text passes its quick test', () => {
    const pieces = ['a', 'Z', 'K', '\u212a', 'ſ', 'www', '.', ':', '/', '//', '@', '-', '1', '23', '456', ' ', '\u00a0', 'ref', 'REF', 'our ', 'uk', 'co', 'pdf', 'E1', '6AN', 'LK19', 'ABC', '_', '+']
    let matches = 0
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), {maxLength: 20}), (parts) => {
        const text = parts.join('')
        for (const [quick, pattern] of maskPatterns) {
          for (const match of text.matchAll(pattern)) {
            matches++
            expect(quick.test(match[0])).toBe(true)
          }
        }
      }),
      {numRuns: 20000}
    )
    expect(matches).toBeGreaterThan(200)
  })
})
