import {describe, expect, it} from 'vitest'
import {loadDictionary, readStoredDictionaries, storageKey, storeDictionaries} from '../src/organisation-dictionaries.js'

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(key) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(key)
  }
  setItem(key: string, value: string) {
    this.items.set(key, value)
  }
}

describe('loadDictionary', () => {
  it('loads YAML and JSON word lists', () => {
    const yaml = loadDictionary({file: 'panel.yml', text: '- term: signpost\n  alternatives: [refer]\n  kind: jargon\n  source: lga-2009\n'})
    const json = loadDictionary({file: 'panel.json', text: JSON.stringify([{acronym: 'JSNA', expansion: 'Joint Strategic Needs Assessment', domain: 'council', source: 'lga-2009'}])})
    expect(yaml.ok && yaml.dictionary.layer.terms.map((term) => term.term)).toEqual(['signpost'])
    expect(json.ok && json.dictionary.layer.acronyms.map((entry) => entry.acronym)).toEqual(['JSNA'])
  })

  it('refuses a file with errors whole, naming file, line and column', () => {
    const result = loadDictionary({file: 'broken.yml', text: '- term: signpost\n  alternatives: [refer]\n  kind: jargon\n  source: lga-2009\n- term: synergy\n  kind: buzzword\n'})
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.join('\n')).toMatch(/^broken\.yml:\d+:\d+: error: /m)
  })

  it('refuses text that is not YAML, and files with no entries', () => {
    expect(loadDictionary({file: 'bad.yml', text: '- term: [unclosed'}).ok).toBe(false)
    expect(loadDictionary({file: 'empty.yml', text: ''}).ok).toBe(false)
  })
})

describe('stored dictionaries', () => {
  it('round-trips through storage and ignores damaged entries', () => {
    const storage = new MemoryStorage()
    expect(storeDictionaries([{file: 'a.yml', text: 'x'}], storage)).toBe(true)
    expect(readStoredDictionaries(storage)).toEqual([{file: 'a.yml', text: 'x'}])
    storage.setItem(storageKey, '[{"file": 1}, {"file": "b.yml", "text": "y"}]')
    expect(readStoredDictionaries(storage)).toEqual([{file: 'b.yml', text: 'y'}])
    storage.setItem(storageKey, 'not json')
    expect(readStoredDictionaries(storage)).toEqual([])
  })

  it('works without storage', () => {
    expect(readStoredDictionaries(undefined)).toEqual([])
    expect(storeDictionaries([], undefined)).toBe(false)
  })
})

describe('organisation dictionaries over the built-in base (as the command line compiles them)', () => {
  it('may cite a built-in source and switch off a built-in term', () => {
    const result = loadDictionary({file: 'org.yml', text: '- term: signpost\n  severity: off\n  source: lga-2009\n'})
    expect(result.ok && result.dictionary.warnings).toEqual([])
    expect(result.ok && result.dictionary.layer.terms.map((term) => [term.term, term.severity])).toEqual([['signpost', 'off']])
  })

  it('warns, as the command line does, about a switch-off that switches nothing off', () => {
    const result = loadDictionary({file: 'org.yml', text: '- term: frobnicate widely\n  severity: off\n  source: lga-2009\n'})
    expect(result.ok ? result.dictionary.warnings : result.errors).toEqual([expect.stringMatching(/^org\.yml:1:\d+: .*switches off a term that no lower dictionary has/)])
  })
})
