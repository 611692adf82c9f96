import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../src/index.js'

/**
 * The engine settles findings by what each rule declares (rule.ts): defaults, bands, repeats,
 * explain-once and overlap policy. So no engine file names a rule: a new rule needs no edit here.
 */
const engineFiles = ['check.ts', 'rules/overlap.ts', 'rules/explain-once.ts', 'rules/repeats.ts', 'rules/default-view.ts', 'rules/options.ts', 'rules/audiences.ts']

/** The file's code without its comments (comments may name a rule as an example). */
function code(file: string): string {
  const text = readFileSync(new URL(`../src/lib/${file}`, import.meta.url), 'utf8')
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

describe('the engine names no rule', () => {
  it.each(engineFiles)('%s', (file) => {
    const source = code(file)
    expect(source.length).toBeGreaterThan(200)
    const named = Object.keys(rules).filter((id) => new RegExp(`['"\`]${id}['"\`]`).test(source))
    expect(named).toEqual([])
  })

  it('sees a rule id written into a file (the check itself works)', () => {
    expect(new RegExp(`['"\`]passive['"\`]`).test(`x === 'passive'`)).toBe(true)
  })
})
