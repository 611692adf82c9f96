import {describe, expect, it} from 'vitest'
import * as core from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(core).sort()).toEqual([
      'Checker',
      'PlainspeakOptionError',
      'acronymsWithoutMeaning',
      'audiencePresets',
      'check',
      'checkParagraphs',
      'createChecker',
      'docsUrl',
      'formatFromLanguageId',
      'formatFromPath',
      'formats',
      'glossaryEntries',
      'glossaryFormats',
      'mergeDictionaries',
      'messageToJson',
      'messageToString',
      'readingFigures',
      'renderGlossary',
      'resolveOptions',
      'ruleIds',
      'rules'
    ])
  })

  it('has a rule module for every rule id, created through the rule wrapper', () => {
    expect(Object.keys(core.rules).sort()).toEqual([...core.ruleIds].sort())
    for (const [id, rule] of Object.entries(core.rules)) {
      expect(rule.id).toBe(id)
      expect(Object.isFrozen(rule)).toBe(true)
      expect(rule.examples.length).toBeGreaterThan(0)
    }
  })
})
