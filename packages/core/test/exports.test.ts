import {describe, expect, it} from 'vitest'
import * as core from '../src/index.js'
import * as presentation from '../src/presentation.js'

describe('public API', () => {
  it('exports exactly these names, and the presentation entry\'s', () => {
    expect(Object.keys(core).sort()).toEqual([...Object.keys(presentation), 
      'Checker',
      'PlainspeakOptionError',
      'acronymsWithoutMeaning',
      'audiencePresets',
      'check',
      'checkParagraphs',
      'collectGroups',
      'commonTextFileExtensions',
      'createChecker',
      'formatFromLanguageId',
      'formatFromPath',
      'formats',
      'glossaryEntries',
      'glossaryFormats',
      'languageIdOfFormat',
      'mergeDictionaries',
      'messageToJson',
      'messageToString',
      'readingFigures',
      'renderGlossary',
      'resolveOptions',
      'ruleIds',
      'rules',
      'textFileExtensions'
    ].sort())
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
