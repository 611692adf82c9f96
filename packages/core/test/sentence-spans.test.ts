import {describe, expect, it} from 'vitest'
import {check, type CheckOptions} from '../src/index.js'
import {actuals, run} from './helpers.js'

/**
 * What the sentence rules take for one sentence in text converted from PDFs,
 * typed minutes and web pages: headings and labels on their own line, list
 * lines, lists of names, numbers written with spaces and punctuation.
 */

/** `words: actual` for each sentence-length finding. */
function longSentences(text: string, options: CheckOptions = {}): string[] {
  return run(text, options)
    .messages.filter((m) => m.ruleId === 'sentence-length')
    .map((m) => `${m.data['words']}: ${m.actual}`)
}

const ward = 'The ward was staffed safely on 27 of 30 nights in March, and on the other three nights the matron moved nurses from the day unit to cover the gaps in the rota.'
const clerk = 'The clerk reported that the precept for next year had been received in full and that the bank balance at the end of the quarter was higher than the forecast.'

describe('a heading or label on its own line is not part of the next sentence', () => {
  it('cuts after a short line without closing punctuation when a capitalised line follows', () => {
    expect(longSentences(`Safe staffing\n${ward}`)).toEqual([`33: ${ward}`])
    expect(longSentences(`Item 5 – Finance\n${clerk}`)).toEqual([`30: ${clerk}`])
    expect(longSentences(`**Decision**\n${clerk}`, {format: 'markdown'})).toEqual([`30: ${clerk}`])
  })

  it('does so after a sentence that ended on the line before', () => {
    expect(longSentences(`The meeting opened at 7pm.\nMatters arising\n${clerk}`)).toEqual([`30: ${clerk}`])
  })

  it('leaves the heading out of the reading-age figures', () => {
    const {stats} = run(`Safe staffing\n${ward}`)
    expect(stats).toMatchObject({sentences: 1, proseWords: 33})
  })

  it('keeps prose wrapped at a fixed width as one sentence', () => {
    const wrapped =
      'The committee agreed that the parish council would write to the highways\nteam about the speed of traffic on the main road through the village before\nthe next meeting and would ask for a reply within six weeks of the letter.'
    expect(longSentences(wrapped)).toEqual([`41: ${wrapped}`])
    // A name carried over to the next line.
    const name = 'The plan was presented to the Health and Wellbeing\nBoard in March, and the board asked officers to bring back a fuller version with costs and a timetable for each of the six projects.'
    expect(longSentences(name)).toEqual([`34: ${name}`])
    // A short start of a sentence in the middle of a line is not a heading.
    const midLine = 'We asked\nNHS England to confirm the amount in writing before the end of the year so that the work on the new clinic could start in the spring.'
    expect(longSentences(`Funding was agreed last month. ${midLine}`)).toEqual([`29: ${midLine}`])
    // A line ending in a comma or a word that runs on.
    const runsOn = 'Residents, carers and staff from the\nHospital Trust told us that the new hours were easier to use, and that they wanted the service to stay open later on Fridays.'
    expect(longSentences(runsOn)).toEqual([`30: ${runsOn}`])
  })
})

describe('two sentences across a line break without a full stop', () => {
  it('ends a sentence at the break when the next line starts a new sentence', () => {
    const first = 'The clerk reported that the accounts for the year had been checked and signed by the internal auditor'
    const second = 'The chair thanked the clerk and asked members to note the position on reserves.'
    expect(longSentences(`Finance\n${first}\n${second}`)).toEqual([])
    expect(run(`Finance\n${first}\n${second}`).stats).toMatchObject({sentences: 2})
  })

  it('does not cut before a name that starts with "The"', () => {
    const visit = 'The review team visited\nThe Royal Marsden and two other specialist hospitals in London to see how they run their clinics for people who have had cancer.'
    expect(longSentences(visit)).toEqual([`27: ${visit}`])
  })
})

describe('list lines are units of their own', () => {
  it('cuts at "(a)", "1.", "-" and "•" lines inside a paragraph', () => {
    const lettered = 'The Board is asked to:\n(a) note the report and the progress made on the plan since the last meeting\n(b) agree the next steps for the programme set out in section four of the paper'
    expect(longSentences(lettered)).toEqual([])
    const numbered = 'We will:\n1. Open two new clinics in the north of the borough by the end of next year\n2. Recruit twenty more nurses for the district nursing service across the area'
    expect(longSentences(numbered)).toEqual([])
    const dashes = 'The plan has three parts:\n- better discharge planning on every ward for patients going home\n- more community beds for people who need rehabilitation after a fall'
    expect(longSentences(dashes)).toEqual([])
  })
})

describe('lists of names and labels are not sentences', () => {
  it('leaves a run of names or professions alone', () => {
    const present = 'Present: Cllr A Hart, Cllr B Bell, Cllr C Wood, Cllr E Rowe, Cllr G Lane, Mrs D Fox (Clerk), Mr H Shah (Deputy Clerk), and 3 members of the public, 2 county councillors'
    expect(longSentences(present)).toEqual([])
    expect(longSentences(`**Present:** ${present.slice('Present: '.length)}`, {format: 'markdown'})).toEqual([])
    const professions =
      'Physiotherapists, occupational therapists, dietitians, speech and language therapists, podiatrists, orthoptists, paramedics, radiographers, prosthetists, orthotists, art therapists, drama therapists and music therapists.'
    expect(actuals(professions, 'readability')).toEqual([])
    expect(longSentences(professions)).toEqual([])
  })

  it('still judges a sentence with a verb that holds a list', () => {
    const apologies = 'Apologies were received from Cllr A Hart, Cllr B Bell, Cllr C Wood, Cllr E Rowe, Cllr G Lane, Mrs D Fox (Clerk), Mr H Shah (Deputy Clerk) and Mr J Cole (Treasurer).'
    expect(longSentences(apologies)).toEqual([`33: ${apologies}`])
  })
})

describe('numbers count as one word', () => {
  it('counts phone numbers, times, money, dates and references as one word each', () => {
    const numbers = 'Call us on 0114 273 4567 between 9.30am and 4.30 pm, pay the fee of £1,250.00 by 21/01/2027 and quote reference 21/01234/FUL on every letter you send us.'
    expect(longSentences(numbers)).toEqual([])
    expect(longSentences(numbers, {rules: {'sentence-length': ['warning', {max: 24}]}})).toEqual([`25: ${numbers}`])
    expect(longSentences('You can ring us on +44 114 273 4567 or on 020 7946 0000 from 8 am to 6 pm and we will call you back within two working days of your first call.', {rules: {'sentence-length': ['warning', {max: 20}]}})).toEqual([
      '27: You can ring us on +44 114 273 4567 or on 020 7946 0000 from 8 am to 6 pm and we will call you back within two working days of your first call.'
    ])
  })

  it('still counts numbers that are not one: "27 of 30", "2025 and 2026"', () => {
    expect(run('We met on 27 of 30 days in 2025 and 2026.').stats).toMatchObject({proseWords: 11})
  })
})

describe('words the parser takes for abbreviations end a sentence', () => {
  it('cuts after "in." when a capital follows', () => {
    const text = 'Deaths are counted in the area where the person usually lived in. If a person had more than one home, the home named on the death certificate issued by the registrar is used.'
    expect(longSentences(text)).toEqual([])
    expect(run(text).stats).toMatchObject({sentences: 2})
  })
})

describe('readability judges sentences long enough to measure', () => {
  it('leaves web and email addresses out of the measures', () => {
    expect(actuals('This accessibility statement applies to www.example.gov.uk.', 'readability')).toEqual([])
    expect(actuals('Send the form to help@example.gov.uk.', 'readability')).toEqual([])
    expect(actuals('This statement applies to https://www.example.nhs.uk/services/records and to every page under it.', 'readability')).toEqual([])
  })

  it('skips sentences under 20 words, where one long word decides every measure, and finds dense ones from 20', () => {
    // Reading age 26 in six words, and 31 in nineteen: neither is judged.
    expect(actuals('Developer productivity and experience are fundamental.', 'readability', {audience: 'board'})).toEqual([])
    expect(actuals('Quantification of residual exposure remains indicative, pending independent actuarial validation of the underlying assumptions and reconciliation with consolidated accounts.', 'readability', {audience: 'board'})).toEqual([])
    // Reading age 26 in twenty words: judged, and above the public's 21.
    const dense = 'The council will publish quarterly performance information about temporary accommodation, homelessness prevention and allocations in every ward of the borough.'
    expect(actuals(dense, 'readability')).toEqual([dense])
  })

  it('says that text without full stops cannot be measured, instead of giving a reading age', () => {
    const runOn = `Residents ${Array.from({length: 12}, () => 'told us about the bins and the parks and the buses').join(' and they ')}`
    const result = check(runOn, {suggestions: true, rules: {'sentence-length': 'off'}})
    const readability = result.messages.filter((message) => message.ruleId === 'readability')
    expect(readability.map((message) => message.reason)).toEqual([
      `The reading age cannot be measured: these ${result.stats.words} words have no full stop between them. Put a full stop at the end of each sentence.`
    ])
    expect(readability[0]!.data).toMatchObject({readingAge: null, unmeasured: 'no-full-stops'})
    expect(result.stats).toMatchObject({readingAge: null, fleschReadingEase: null, fleschKincaidGrade: null, unmeasured: 'no-full-stops'})
    expect(result.stats.sections[0]).toMatchObject({readingAge: null, unmeasured: 'no-full-stops'})
    // With one measurable sentence beside it, the figures are that sentence's.
    const mixed = check(`${runOn}

We will empty your bins every week.`, {suggestions: true})
    expect(mixed.stats).toMatchObject({sentences: 1, unmeasured: null})
    expect(mixed.stats.readingAge).toBeLessThan(12)
  })
})

describe('tables and lists run together by a conversion are not sentences', () => {
  it('leaves out a row of figures run into one line, and keeps a sentence that has figures among its words', () => {
    const row = 'Balances at 31 March Current account 2,410.55 Savings account 18,302.10 20,712.65 9,004.00 11,708.65 Closing balance 20,712.65 Prepared by the clerk'
    expect(longSentences(row, {rules: {'sentence-length': ['warning', {max: 10}]}})).toEqual([])
    const withFigures = 'Most visits were at 0900 hours for home care (12.5%, 40), 1400 hours for clinics (20%, 9), and 1700 hours for day centres (8.5%, 3) and respite (10%, 4).'
    expect(longSentences(withFigures)).toEqual([`29: ${withFigures}`])
  })

  it('leaves out a paragraph that starts in lower case: a list that lost its bullets', () => {
    const items = 'older people living alone with a long-term condition people of any age leaving hospital after a fall children who need help from more than one service carers who look after someone for more than twenty hours a week'
    expect(longSentences(`The service is for:\n\n${items}`, {format: 'markdown'})).toEqual([])
    // A name written in lower case at the start is not such a list.
    const named = 'eConsult lets patients send their questions to the practice online at any time of day, and the practice team reads every message and replies within two working days.'
    expect(longSentences(named)).toEqual([`28: ${named}`])
  })

  it('starts a new item at a spaced dash with a short label', () => {
    const plan = 'Spring: weed the beds and plant bulbs along the path (£30) - May/June: buy and plant herbs for the borders - Autumn: plant daffodils beside the gates and tidy the hedges'
    expect(longSentences(plan, {rules: {'sentence-length': ['warning', {max: 12}]}})).toEqual([])
  })
})

describe('an item title run into its sentence in converted minutes is left out of it', () => {
  const sentence = 'The Parish Clerk reported that he had written to the county council about the blocked drain and had not yet received a reply from the highways team.'
  it('leaves out a title in title case before "The", "Cllr" and the like, and after a spaced dash', () => {
    expect(longSentences(`Mill Lane Drains ${sentence}`, {rules: {'sentence-length': ['warning', {max: 20}]}})).toEqual([`27: ${sentence}`])
    expect(longSentences(`Highways Department (HD) - Mill Lane - ${sentence}`, {rules: {'sentence-length': ['warning', {max: 20}]}})).toEqual([`27: ${sentence}`])
    const cllr = 'Cllr Mary Shaw and Cllr Omar Ali agreed to look for a place for a new bench and to ask the neighbours what they thought of it.'
    expect(longSentences(`Bench Request Village Green ${cllr}`, {rules: {'sentence-length': ['warning', {max: 20}]}})).toEqual([`27: ${cllr}`])
  })

  it('leaves out an agenda item in any case before its sentence', () => {
    const declared = 'Cllr Omar Ali declared an interest in the item on the new bench because his house is next to the village green.'
    expect(longSentences(`98/27 To receive declarations of interest from members ${declared}`, {rules: {'sentence-length': ['warning', {max: 20}]}})).toEqual([`22: ${declared}`])
  })

  it('keeps a sentence that starts with "The" or names an organisation with "The" in it', () => {
    const chair = 'The Chair Cllr Khan said that the meeting would start late because the hall had been booked twice for the same evening.'
    expect(longSentences(chair, {rules: {'sentence-length': ['warning', {max: 20}]}})).toEqual([`22: ${chair}`])
    const fund = 'NHS England and The King’s Fund published the review of community services in the spring, with a summary for residents.'
    expect(longSentences(fund, {rules: {'sentence-length': ['warning', {max: 18}]}})).toEqual([`20: ${fund}`])
  })
})

describe('page furniture and a bold label are not part of the sentence after them', () => {
  it('leaves out a page number and a protective marking run into the sentence', () => {
    expect(longSentences(`Page 4 of 12 ${ward}`)).toEqual([`33: ${ward}`])
    expect(longSentences(`OFFICIAL ${ward}`)).toEqual([`33: ${ward}`])
    expect(longSentences(`Official figures show that ${ward.charAt(0).toLowerCase()}${ward.slice(1)}`)).toEqual([`37: Official figures show that ${ward.charAt(0).toLowerCase()}${ward.slice(1)}`])
  })

  it('leaves out a bold label on the same line, and a bold title whose closing marks slipped onto the next line', () => {
    expect(longSentences(`**Staffing** ${ward}`, {format: 'markdown'})).toEqual([`33: ${ward}`])
    expect(longSentences(`**Staffing levels  \n** ${ward}`, {format: 'markdown'})).toEqual([`33: ${ward}`])
    // Bold words that start the sentence itself stay in it.
    expect(longSentences(`**The ward** ${ward.slice(9)}`, {format: 'markdown'})).toEqual([`33: The ward** ${ward.slice(9)}`])
  })
})

describe('references, times and money are one word', () => {
  it('counts "ref. 26/01234/FUL", "10.30am" and "£1,250.00" as one word each, and keeps "ref." inside the sentence', () => {
    const text = 'At 10.30am the committee approved application ref. 26/01234/FUL for a new surgery, and agreed a fee of £1,250.00 for the survey of the old building on the site.'
    expect(longSentences(text)).toEqual([`27: ${text}`])
    expect(run(text).stats).toMatchObject({sentences: 1, proseWords: 27})
  })
})
