import {describe, expect, it} from 'vitest'
import * as core from '../src/index.js'
import * as presentation from '../src/presentation.js'
import * as text from '../src/text.js'

describe('public API', () => {
  it('exports exactly these names, and the presentation entry\'s', () => {
    expect(Object.keys(core).sort()).toEqual([...Object.keys(presentation), 
      'Checker',
      'CheckerCache',
      'TextChecker',
      'checkText',
      'checkTextParagraphs',
      'createTextChecker',
      'applyEdits',
      'compatibleEdits',
      'fixEdit',
      'fixRisk',
      'fixableFinding',
      'isSafeFix',
      'keepCase',
      'placeRisk',
      'protectedSpans',
      'safeFixes',
      'stillApplies',
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
      'escapeHtml',
      'estimateCheckMemory',
      'findingStrata',
      'findingContext',
      'findingFingerprint',
      'findingKey',
      'fingerprintAt',
      'isSuggestion',
      'glossaryFormats',
      'languageIdOfFormat',
      'mergeDictionaries',
      'messageToJson',
      'messageToString',
      'readingFigures',
      'renderGlossary',
      'resolveOptions',
      'defineRule',
      'outsideRulesKey',
      'registerRule',
      'ruleIds',
      'rules',
      'textFileExtensions'
    ].sort())
  })

  it('has a rule module for every built-in rule id, created through the rule wrapper', () => {
    expect(Object.keys(core.rules).sort()).toEqual([...core.ruleIds].sort())
    for (const [id, rule] of Object.entries(core.rules)) {
      expect(rule.id).toBe(id)
      expect(Object.isFrozen(rule)).toBe(true)
      expect(rule.examples.length).toBeGreaterThan(0)
    }
  })

  it('has a text-only entry, whose checker reads plain text and paragraphs but no Markdown or HTML, under names of its own', () => {
    // Each name means one thing: the text entry's names are core's too, and core adds only the every-format checker.
    expect(Object.keys(core).filter((name) => !(name in text)).sort()).toEqual(['Checker', 'check', 'checkParagraphs', 'createChecker'])
    expect(Object.keys(text).every((name) => (core as Record<string, unknown>)[name] === (text as Record<string, unknown>)[name])).toBe(true)
    expect(Object.keys(text.TextChecker.parsers)).toEqual(['text'])
    expect(Object.keys(core.Checker.parsers).sort()).toEqual(['html', 'markdown', 'text'])
    expect(() => text.checkText('# Title', {format: 'markdown'})).toThrow(
      new core.PlainspeakOptionError('format', 'This checker does not read `markdown`: `@plainspeak/core/text` reads plain text and paragraphs only; import `@plainspeak/core` for Markdown and HTML')
    )
    const paragraphs = [{text: 'Discharge planning', heading: 1}, {text: 'Going forward, the ICB will leverage the BCF to utilise system partners.'}]
    const json = (result: core.CheckResult) => result.messages.map((message) => core.messageToJson(message))
    expect(json(text.checkTextParagraphs(paragraphs))).toEqual(json(core.checkParagraphs(paragraphs)))
    expect(json(text.checkText('We will utilise the hub going forward.'))).toEqual(json(core.check('We will utilise the hub going forward.')))
    expect(text.createTextChecker({format: 'text'})).toBeInstanceOf(text.TextChecker)
    expect(text.createTextChecker()).not.toBeInstanceOf(core.Checker)
    expect(core.createChecker({format: 'markdown'})).toBeInstanceOf(core.Checker)
  })
})

describe('what findings are about', () => {
  it('each rule declares its subject and whether "replace all" applies', () => {
    const declared = Object.fromEntries(Object.values(core.rules).map((rule) => [rule.id, `${rule.subject}${rule.replaceAll ? ', replace all' : ''}`]))
    expect(declared).toEqual({
      'acronym-undefined': 'acronym',
      'acronym-late-definition': 'acronym',
      'acronym-redefined': 'acronym',
      jargon: 'term, replace all',
      'simpler-word': 'term, replace all',
      inclusive: 'term, replace all',
      readability: 'sentence',
      'sentence-length': 'sentence',
      passive: 'sentence',
      'clinical-shorthand': 'term',
      'third-person': 'term'
    })
  })

  it('every finding carries its subject: the dictionary term, the acronym, the word found in lower case, or the sentence', () => {
    const {messages} = core.check('Going forward the JSNA was agreed. Utilise the hub. ' + 'The plan, which the board agreed, sets out what we will do and when, and it says who will do it, how, and by which date in the coming year, in every ward.', {rules: {passive: 'off', readability: 'off'}})
    expect(messages.map((message) => [message.ruleId, message.actual, message.subject])).toEqual(
      expect.arrayContaining([
        ['jargon', 'Going forward', {kind: 'term', text: 'going forward'}],
        ['acronym-undefined', 'JSNA', {kind: 'acronym', text: 'JSNA'}],
        ['sentence-length', expect.any(String), {kind: 'sentence'}]
      ])
    )
    const simpler = core.check('Not many residents replied.').messages.filter((message) => message.ruleId === 'simpler-word')
    expect(simpler.map((message) => [message.actual, message.subject])).toEqual([['Not many', {kind: 'term', text: 'not many'}]])
  })
})
