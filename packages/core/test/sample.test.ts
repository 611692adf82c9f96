import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'

const paper = readFileSync(new URL('../../../examples/board-paper.md', import.meta.url), 'utf8')

/** `line:column ruleId actual`, with long sentences cut short. */
const short = (text: string) => (text.length > 40 ? text.slice(0, 40) + '…' : text)

describe('the sample board paper', () => {
  // Every finding, the suggestions tier included. Which of them are suggestions is the judged
  // default-view table's to say, re-derived from each judged round (default-view.test.ts).
  const {messages, stats} = check(paper, {format: 'markdown', audience: 'board', suggestions: true})

  it('gives exactly these findings, and without suggestions only those not marked as one', () => {
    expect(messages.map((message) => `${message.place.start.line}:${message.place.start.column} ${message.ruleId} ${short(message.actual)}`)).toEqual([
    '9:41 acronym-late-definition BCF',
    '9:66 jargon seeks',
    '9:118 acronym-late-definition ICB',
    '11:5 jargon Going forward',
    '11:34 jargon leverage',
    '11:43 jargon system partners',
    '11:72 jargon step change',
    '11:107 jargon utilising',
    '11:121 acronym-undefined D2A',
    '11:168 inclusive service users',
    '13:9 acronym-late-definition JSNA',
    '13:37 inclusive the elderly',
    '13:68 inclusive suffering from',
    '17:5 sentence-length The Board is recommended to note the con…',
    '17:85 acronym-undefined S75',
    '17:100 jargon in order to',
    '17:112 jargon facilitate',
    '19:53 acronym-undefined S151',
    '23:80 acronym-undefined CCGs',
    '23:187 jargon place-based',
    '25:5 jargon Stakeholders',
    '25:5 readability Stakeholders told us that residents are …',
    '25:45 jargon signposted',
    '25:122 inclusive hard to reach',
    '25:154 inclusive BAME',
    '25:175 inclusive wheelchair-bound',
    '27:5 sentence-length In light of the above, officers will tou…',
    '27:42 jargon touch base',
    '27:79 jargon joined-up',
    '27:132 jargon in order to',
    '27:206 jargon best practice',
    '27:223 jargon cascaded',
    '27:239 jargon stakeholders',
    '27:252 jargon in a timely manner',
    '31:5 acronym-undefined DTOC',
    '33:39 passive will be reported',
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
