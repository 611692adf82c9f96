import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {parse} from 'yaml'
import {describe, expect, it} from 'vitest'
import {dictionarySchema} from '../src/index.js'
import {fixturePath, goodFixtures} from './helpers.js'

/** What an editor plugin does: validate a whole file against the published schema. */
function validateWithSchema(schema: object, name: string): boolean {
  const ajv = new Ajv({allowUnionTypes: true, strictRequired: false})
  const validate = ajv.compile(schema)
  return validate(parse(readFileSync(fixturePath(name), 'utf8')))
}

describe('the JSON schema', () => {
  const published = JSON.parse(readFileSync(new URL('../dist/plainspeak-dictionary.schema.json', import.meta.url), 'utf8')) as object

  it('is written to dist by the compile step, identical to the exported one', () => {
    expect(published).toEqual(dictionarySchema)
  })

  it.each(goodFixtures)('accepts good/%s', (name) => {
    expect(validateWithSchema(published, name)).toBe(true)
  })

  it.each(['invalid/unknown-field.yml', 'invalid/missing-kind.yml', 'invalid/unknown-kind.yml', 'invalid/expansion-and-expansions.yml', 'invalid/empty-term.yml', 'invalid/well-known-unknown-list/well-known.yml', 'invalid/sources-missing-licence/sources.yml'])(
    'rejects %s',
    (name) => {
      expect(validateWithSchema(published, name)).toBe(false)
    }
  )

  it('accepts a switch-off entry (term + severity: off) and nothing shorter', () => {
    const ajv = new Ajv({allowUnionTypes: true, strictRequired: false})
    const validate = ajv.compile(dictionarySchema)
    expect(validate([{term: 'utilise', severity: 'off'}])).toBe(true)
    expect(validate([{term: 'utilise', severity: 'info'}])).toBe(false)
    expect(validate([{term: 'utilise'}])).toBe(false)
  })
})

describe('frames', () => {
  it('rejects a frame that is not one of the known ones, naming the file, line and entry', async () => {
    const {parseDictionary, formatProblems} = await import('../src/index.js')
    const text = ['- term: ensure', '  alternatives: [make sure]', '  frames:', '    make sure: [that, sentence]', '  kind: jargon', '  source: compiler', ''].join('\n')
    const {dictionary, problems} = parseDictionary(text, 'ours.yml')
    expect(formatProblems(problems)).toMatch(/^ours\.yml:4:\d+: error: Entry "ensure" has unknown frames item "sentence"\. Use one of: that, clause, noun-phrase/m)
    expect(dictionary.terms).toEqual([])
  })

  it('rejects frames for a word that is not an alternative, at that key', async () => {
    const {parseDictionary, formatProblems} = await import('../src/index.js')
    const text = ['- term: enable', '  alternatives: [let]', '  frames:', '    allow: [that]', '  kind: jargon', '  source: compiler', ''].join('\n')
    const {problems} = parseDictionary(text, 'ours.yml')
    expect(formatProblems(problems)).toMatch(/^ours\.yml:4:12: error: Entry "enable" gives frames for "allow", which is not one of its alternatives/m)
  })

  it('keeps valid frames on the entry', async () => {
    const {parseDictionary} = await import('../src/index.js')
    const text = ['- term: ensure', '  alternatives: [make sure]', '  frames:', '    make sure: [that, clause]', '  kind: jargon', '  source: compiler', ''].join('\n')
    const {dictionary, problems} = parseDictionary(text, 'ours.yml')
    expect(problems).toEqual([])
    expect({...dictionary.terms[0]!.frames}).toEqual({'make sure': ['that', 'clause']})
  })
})

describe('partOfSpeech', () => {
  it('keeps the part of speech on the entry', async () => {
    const {parseDictionary} = await import('../src/index.js')
    const text = ['- term: permit', '  alternatives: []', '  ideas: [allow]', '  partOfSpeech: verb', '  kind: jargon', '  source: compiler', ''].join('\n')
    const {dictionary, problems} = parseDictionary(text, 'ours.yml')
    expect(problems).toEqual([])
    expect(dictionary.terms[0]!.partOfSpeech).toBe('verb')
  })

  it('rejects an unknown part of speech, naming the file, line and entry', async () => {
    const {parseDictionary, formatProblems} = await import('../src/index.js')
    const text = ['- term: permit', '  alternatives: []', '  partOfSpeech: adverb', '  kind: jargon', '  source: compiler', ''].join('\n')
    const {dictionary, problems} = parseDictionary(text, 'ours.yml')
    expect(formatProblems(problems)).toMatch(/^ours\.yml:3:\d+: error: Entry "permit" has .*"adverb".*verb, noun, preposition/m)
    expect(dictionary.terms).toEqual([])
  })
})
