import {describe, expect, it} from 'vitest'
import {createChecker} from '../src/index.js'
import {compiledLayers, termMatcher} from '../src/lib/dictionary/compiled.js'
import {term} from './helpers.js'

const layer = {terms: [term('synergise', ['work together'])]}
const words = (result: ReturnType<ReturnType<typeof createChecker>['check']>) => result.messages.map((message) => message.actual)

describe('compiled dictionaries', () => {
  it('are built once for the same dictionary objects, and once per allow list for the trie', () => {
    const first = compiledLayers([layer])
    expect(compiledLayers([layer])).toBe(first)
    expect(termMatcher([layer], new Set(['a', 'b']))).toBe(termMatcher([layer], new Set(['b', 'a'])))
    expect(termMatcher([layer], new Set())).not.toBe(termMatcher([layer], new Set(['a'])))
    // The same entries in a new object (a dictionary read again from its file) are compiled again.
    expect(compiledLayers([{...layer}])).not.toBe(first)
    expect(compiledLayers([layer, {...layer}])).not.toBe(first)
  })

  it('are shared by checkers without one checker’s allow list or cache reaching another', () => {
    const options = {builtinDictionary: false, dictionaries: [layer]}
    const plain = createChecker(options)
    const allowing = createChecker({...options, allow: ['synergise']})
    const text = 'We will synergise our teams.'
    expect(words(plain.check(text))).toEqual(['synergise'])
    expect(words(allowing.check(text))).toEqual([])
    expect(words(createChecker(options).check(text))).toEqual(['synergise'])
  })
})
