/** Shapes of YAML that would hurt the parser are found before it runs, at their place. */
import {parseDocument} from 'yaml'
import {describe, expect, it} from 'vitest'
import {findAliasBomb, findDeepNesting, keyPathOffset, lineAndColumn} from '../src/yaml.js'
import {excerpt} from '../src/index.js'

describe('findDeepNesting', () => {
  it('does not mistake brackets in quotes or comments for nesting', () => {
    expect(findDeepNesting(`- note: "${'['.repeat(200)}" # ${'{'.repeat(200)}\n- note: '${'['.repeat(200)}'\n`)).toBeUndefined()
  })

  it('finds brackets nested past the limit, at the bracket', () => {
    expect(findDeepNesting('a: ' + '['.repeat(70))).toMatchObject({offset: 67, message: expect.stringMatching(/^Brackets are nested more than 64 levels deep here/)})
  })
})

describe('findAliasBomb', () => {
  it('names the alias that multiplies, and passes a file with few aliases', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level <= 6; level++) lines.push(`a${level}: &a${level} [${Array.from({length: 10}, () => `*a${level - 1}`).join(', ')}]`)
    const bomb = findAliasBomb(parseDocument(lines.join('\n'), {maxAliasCount: -1}))
    expect(bomb?.message).toMatch(/^The alias \*a5 here stands for /)
    expect(lineAndColumn(lines.join('\n'), bomb!.offset)).toEqual({line: 7, column: 10})
    expect(findAliasBomb(parseDocument('a: &a [x]\nb: *a\n'))).toBeUndefined()
  })
})

describe('keyPathOffset', () => {
  it('points at a value, at a key, and at the deepest part of a path that is written', () => {
    const text = 'rules:\n  passive: off\n'
    const document = parseDocument(text)
    expect(lineAndColumn(text, keyPathOffset(document, ['rules', 'passive'])!)).toEqual({line: 2, column: 12})
    expect(lineAndColumn(text, keyPathOffset(document, ['rules', 'passive'], 'key')!)).toEqual({line: 2, column: 3})
    expect(lineAndColumn(text, keyPathOffset(document, ['rules', 'jargon'])!)).toEqual({line: 1, column: 1})
  })
})

describe('excerpt', () => {
  it('escapes line breaks, control and invisible characters, and cuts long text', () => {
    expect(excerpt('a\nb\u0007c\u200bd')).toBe('a\\nb\\u0007c\\u200bd')
    expect(excerpt('x'.repeat(50))).toBe('x'.repeat(40) + '…')
  })
})
