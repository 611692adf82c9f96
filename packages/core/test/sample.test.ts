import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'

const paper = readFileSync(new URL('../../../examples/board-paper.md', import.meta.url), 'utf8')

/** `line:column ruleId actual`, with long sentences cut short. */
const short = (text: string) => (text.length > 40 ? text.slice(0, 40) + '…' : text)

describe('the sample board paper', () => {
  const {messages, stats} = check(paper, {format: 'markdown', audience: 'board'})

  it('gives exactly these findings', () => {
    expect(messages.map((message) => `${message.place.start.line}:${message.place.start.column} ${message.ruleId} ${short(message.actual)}`)).toEqual([
    '3:3 readability Report of:** Director of Adult Social Ca…',
    '9:1 readability 1.1 This paper updates the Board on the …',
    '9:41 acronym-late-definition BCF',
    '9:66 jargon seeks',
    '9:118 acronym-late-definition ICB',
    '9:123 readability The Better Care Fund (BCF) plan was agre…',
    '9:155 passive was agreed',
    '11:1 sentence-length 1.2 Going forward, the plan will leverag…',
    '11:5 jargon Going forward',
    '11:34 jargon leverage',
    '11:43 jargon system partners',
    '11:72 jargon step change',
    '11:107 jargon utilising',
    '11:121 acronym-undefined D2A',
    '11:168 inclusive service users',
    '13:1 readability 1.3 The JSNA shows that demand from the …',
    '13:9 acronym-late-definition JSNA',
    '13:37 inclusive the elderly',
    '13:68 inclusive suffering from',
    '13:130 readability The Joint Strategic Needs Assessment (JS…',
    '13:174 passive was refreshed',
    '17:1 sentence-length 2.1 The Board is recommended to note the…',
    '17:15 passive is recommended',
    '17:85 acronym-undefined S75',
    '17:100 jargon in order to',
    '17:112 jargon facilitate',
    '19:1 readability 2.2 The Board is asked to delegate autho…',
    '19:15 passive is asked',
    '19:53 acronym-undefined S151',
    '23:1 readability 3.1 The integrated care boards (ICBs) to…',
    '23:80 acronym-undefined CCGs',
    '23:99 readability The North East London ICB works with PCN…',
    '23:187 jargon place-based',
    '25:1 sentence-length 3.2 Stakeholders told us that residents …',
    '25:5 jargon Stakeholders',
    '25:41 passive are signposted',
    '25:45 jargon signposted',
    '25:122 inclusive hard to reach',
    '25:154 inclusive BAME',
    '25:175 inclusive wheelchair-bound',
    '27:1 sentence-length 3.3 In light of the above, officers will…',
    '27:42 jargon touch base',
    '27:79 jargon joined-up',
    '27:132 jargon in order to',
    '27:206 jargon best practice',
    '27:220 passive is cascaded',
    '27:223 jargon cascaded',
    '27:239 jargon stakeholders',
    '27:252 jargon in a timely manner',
    '31:1 readability 4.1 DTOC rates have fallen, and A&E atte…',
    '31:5 acronym-undefined DTOC',
    '31:61 readability Delayed discharges were reviewed by the …',
    '31:80 passive were reviewed',
    '31:147 passive was expanded',
    '33:1 readability 4.2 Key performance indicators (KPIs) wi…',
    '33:44 passive be reported',
    '33:67 readability KPIs include the number of people who ar…',
    '37:8 acronym-late-definition EqIA',
    '37:17 passive been completed',
    '37:33 readability The Equality Impact Assessment (EqIA) fo…',
    '41:1 readability 6.1 Officers will work with our partners…',
    ])
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
