/**
 * What acronym-undefined must not flag, class by class, as judges found on published council and
 * NHS papers: words in capitals, initials beside names, parts of larger names and codes, and
 * acronyms spelled out right where they stand. Real acronyms around them stay flagged.
 */
import {check} from '../src/index.js'
import {describe, expect, it} from 'vitest'

const flagged = (text: string, audience: 'public' | 'board' = 'public') =>
  check(text, {format: 'markdown', audience})
    .messages.filter((message) => message.ruleId === 'acronym-undefined')
    .map((message) => message.actual)

describe('acronym-undefined leaves out', () => {
  it('words in capitals for emphasis, as a heading or a title line', () => {
    expect(flagged('NOTES OF THE MEETING OF ASHFORTH PARISH COUNCIL held in the village hall on 4 May.')).toEqual([])
    expect(flagged('The CASH BOOK and bank statements were checked.')).toEqual([])
    expect(flagged('Send the APPLICATION to the clerk. The PARISH owns the field.')).toEqual([])
    expect(flagged('Partners agreed to work COLLABORATIVELY on the plan.')).toEqual([])
    expect(flagged('Offices in WESTMINSTER and DEREHAM will close at noon.')).toEqual([])
    // The document writes the word in lower case too: it is that word.
    expect(flagged('Coaches leave from Brindle. The BRINDLE stop moves in June.')).toEqual([])
  })

  it('but keeps real acronyms, also beside words in capitals', () => {
    expect(flagged('The JSNA, CAMHS, WHEPPMA and a FHIR code were discussed.')).toEqual(['JSNA', 'CAMHS', 'WHEPPMA', 'FHIR'])
    expect(flagged('See the JSNA CAMHS chapter and the CASH clinic times.')).toEqual(['JSNA', 'CAMHS', 'CASH'])
    // A web address is no evidence that the capitals are a word.
    expect(flagged('The WHEPPMA board meets monthly: see www.wheppma.org.uk.')).toEqual(['WHEPPMA'])
  })

  it('initials beside a person’s name', () => {
    expect(flagged('Cllr Jane Hart (JH) proposed the motion and JH then spoke to it.')).toEqual(['Cllr'])
    expect(flagged('Present: Jane Hart (JH), Bob Bell (BB)\n\nJH asked about the verges. BB replied.')).toEqual([])
    // In a list of names, Cllr is a title, as Dr is.
    expect(flagged('## Present\n\n- Cllr J. Hart (JH)\n- Cllr R Bell (RB)\n\nJH opened the meeting. RB seconded.')).toEqual([])
  })

  it('initials after a name on the same line, as in an attendance table', () => {
    expect(flagged('**Attendance:**\n\nCllr Jo Brook\u00a0 \u00a0 \u00a0 JB\u00a0 \u00a0 Chair\nCllr Gail Kemp        GK\n\nJB welcomed everyone. GK sent apologies for June.')).toEqual([])
    // Not when the letters are not the name's initials.
    expect(flagged('Cllr Jo Brook        LGA')).toEqual(['LGA'])
  })

  it('product and company names written in capitals (codes.yml)', () => {
    expect(flagged('The site works with screen readers such as JAWS and NVDA. Our processor NEC Software Solutions runs it.')).toEqual([])
    expect(flagged('Payments: EON Direct Debit, street lighting electricity.')).toEqual([])
  })

  it('a WCAG level after the guidelines’ version', () => {
    expect(flagged('It meets the Web Content Accessibility Guidelines version 2.1 AA standard.')).toEqual([])
    expect(flagged('The AA patrol helped us.')).toEqual(['AA'])
  })

  it('the parts of a hyphenated compound defined in brackets', () => {
    expect(flagged('We asked the Drainage Lead Officer, Sandmoor County Council (SCC-DLO), who wrote back. The SCC agreed.')).toEqual([])
    expect(flagged('Sandmoor County Council (SCC) wrote to the SCC Planning Department (SCC-PD). The PD agreed.')).toEqual([])
    // An acronym does not spell itself out: only PD is defined here.
    expect(flagged('We wrote to the SCC Planning Department (SCC-PD). The PD agreed.')).toEqual(['SCC'])
  })

  it('parts of larger names and codes', () => {
    expect(flagged('We paid HM Revenues and Customs and wrote to HM Treasury.')).toEqual([])
    expect(flagged('Tests for SARS-CoV-2 are free.')).toEqual([])
    expect(flagged('Our supplier is E.ON for gas.')).toEqual([])
    expect(flagged('Plans 23/04567/FUL and TPOAPP/23/0117 were approved.')).toEqual([])
    expect(flagged('The site meets WCAG 2.2 AA, and level AAA for text.')).toEqual(['WCAG'])
  })

  it('an acronym spelled out right there, also before a subtitle', () => {
    expect(flagged('We agreed the Joint Health and Wellbeing Strategy (JHWS). The JHWS runs for five years.')).toEqual([])
    expect(flagged('The **[Joint Health and Wellbeing Strategy 2022 – 2027: Grow Well, Stay Well](/docs/strategy.pdf)** (JHWS) sets our aims. The JHWS was agreed.')).toEqual([])
  })
})
