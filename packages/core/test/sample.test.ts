import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'

const paper = readFileSync(new URL('../../../examples/board-paper.md', import.meta.url), 'utf8')

/** `line:column ruleId actual`, with long sentences cut short; a suggestion is marked as one. */
const short = (text: string) => (text.length > 40 ? text.slice(0, 40) + '…' : text)

describe('the sample board paper', () => {
  // Every finding, the suggestions tier included: the default view at board is what blind judges acted on.
  const {messages, stats} = check(paper, {format: 'markdown', audience: 'board', suggestions: true})

  it('gives exactly these findings, and these of them in the default view', () => {
    expect(messages.map((message) => `${message.suggestion ? '(suggestion) ' : ''}${message.place.start.line}:${message.place.start.column} ${message.ruleId} ${short(message.actual)}`)).toEqual([
    '9:41 acronym-late-definition BCF',
    '(suggestion) 9:66 jargon seeks',
    '9:118 acronym-late-definition ICB',
    '(suggestion) 11:5 jargon Going forward',
    '(suggestion) 11:34 jargon leverage',
    '(suggestion) 11:43 jargon system partners',
    '(suggestion) 11:72 jargon step change',
    '(suggestion) 11:107 jargon utilising',
    '(suggestion) 11:121 acronym-undefined D2A',
    '(suggestion) 11:168 inclusive service users',
    '13:9 acronym-late-definition JSNA',
    '(suggestion) 13:37 inclusive the elderly',
    '(suggestion) 13:68 inclusive suffering from',
    '(suggestion) 17:5 sentence-length The Board is recommended to note the con…',
    '(suggestion) 17:85 acronym-undefined S75',
    '(suggestion) 17:100 jargon in order to',
    '(suggestion) 17:112 jargon facilitate',
    '(suggestion) 19:53 acronym-undefined S151',
    '(suggestion) 23:80 acronym-undefined CCGs',
    '(suggestion) 23:187 jargon place-based',
    '(suggestion) 25:5 jargon Stakeholders',
    '(suggestion) 25:5 readability Stakeholders told us that residents are …',
    '(suggestion) 25:45 jargon signposted',
    '(suggestion) 25:122 inclusive hard to reach',
    '(suggestion) 25:154 inclusive BAME',
    '(suggestion) 25:175 inclusive wheelchair-bound',
    '27:5 sentence-length In light of the above, officers will tou…',
    '(suggestion) 27:42 jargon touch base',
    '(suggestion) 27:79 jargon joined-up',
    '(suggestion) 27:132 jargon in order to',
    '(suggestion) 27:206 jargon best practice',
    '(suggestion) 27:223 jargon cascaded',
    '(suggestion) 27:239 jargon stakeholders',
    '(suggestion) 27:252 jargon in a timely manner',
    '(suggestion) 31:5 acronym-undefined DTOC',
    '(suggestion) 33:39 passive will be reported',
    '37:8 acronym-late-definition EqIA'
    ])
    expect(check(paper, {format: 'markdown', audience: 'board'}).messages.map((message) => message.place.start.offset)).toEqual(messages.filter((message) => !message.suggestion).map((message) => message.place.start.offset))
  })

  it('judges only prose sentences, and says each thing once', () => {
    const sentenceRules = messages.filter((message) => ['readability', 'sentence-length', 'passive'].includes(message.ruleId))
    // No sentence finding on the title, the metadata lines or the glossary table.
    expect(sentenceRules.every((message) => message.place.start.line >= 9 && message.place.start.line < 46)).toBe(true)
    // "Residents are signposted" describes; the word-level finding on "signposted" is the one message there.
    expect(messages.filter((message) => message.place.start.line === 25 && message.place.start.column >= 41 && message.place.start.column <= 45).map((message) => message.ruleId)).toEqual(['jargon'])
    // All prose passives still count in the passive share.
    expect(stats).toMatchObject({sentences: 19, passiveSentences: 9, passiveShare: 0.474})
  })

  it('ignores the paragraph after plainspeak-ignore-next and reads the glossary', () => {
    expect(messages.some((message) => message.place.start.line === 44)).toBe(false)
    expect(stats.acronyms.find((row) => row.acronym === 'PCN')).toMatchObject({expansion: 'Primary Care Network', definedAt: {line: 50}})
    expect(messages.some((message) => message.actual === 'PCNs' || message.actual === 'VCSE')).toBe(false)
  })

  it('works out a reading age well above the board target', () => {
    expect(stats.targetReadingAge).toBe(12)
    expect(stats.readingAge).toBeGreaterThan(12)
    expect(stats.sections.map((section) => section.heading)).toEqual([
      'Health and Wellbeing Board: Better Care Fund update',
      '1. Executive summary',
      '2. Recommendations',
      '3. Background',
      '4. Performance',
      '5. Equalities',
      '6. Next steps',
      'Glossary'
    ])
  })
})
