import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'
import {testDictionary} from './helpers.js'

/** Acronym findings as `rule actual`. */
const acronymFindings = (text: string) =>
  check(text, {builtinDictionary: false, dictionaries: [testDictionary], suggestions: true})
    .messages.filter((message) => message.ruleId.startsWith('acronym'))
    .map((message) => `${message.ruleId} ${message.actual}`)

describe('acronyms: what counts as one, and what defines one', () => {
  it('takes a quoted "referred to as" name as a definition, with straight or curly quotes', () => {
    expect(acronymFindings("The Hospital Discharge Team (referred to as 'HDT') meets daily. The HDT reviews each case.")).toEqual([])
    expect(acronymFindings('The Hospital Discharge Team (referred to as ‘HDT’) meets daily. The HDT reviews each case.')).toEqual([])
    expect(acronymFindings("The Hospital Discharge Team ('HDT') meets daily.")).toEqual([])
  })

  it('still reports the acronym where nothing defines it', () => {
    expect(acronymFindings('The HDT meets daily. The HDT reviews each case.')).toEqual(['acronym-undefined HDT'])
    // An apostrophe inside a name is not a quotation.
    expect(acronymFindings("Mr O'Neill sent the HDT report.")).toEqual(['acronym-undefined HDT'])
  })

  it('does not take cookie and software names in a privacy notice for acronyms', () => {
    expect(acronymFindings('We set the cookies _ga, _GID and ASP.NET_SessionId when you visit.')).toEqual([])
    expect(acronymFindings('The CMS_Token cookie keeps you signed in.')).toEqual([])
  })

  it('still reports an acronym next to a cookie name', () => {
    expect(acronymFindings('The HDT sets the _ga cookie.')).toEqual(['acronym-undefined HDT'])
  })

  it('does not take a capitalised dictionary word for an acronym', () => {
    expect(acronymFindings('We will work COLLABORATIVELY with every tenant.')).toEqual([])
  })

  it('checks an all-capitals word used as the name of a service that is never spelled out', () => {
    expect(acronymFindings('Call CHAT on the number below. CHAT is open every day and CHAT staff will help.')).toEqual(['acronym-undefined CHAT'])
  })

  it('reports a hyphenated compound of acronyms used four times before its definition', () => {
    const text =
      'The HDT-CRT plan is new. The HDT-CRT board met. The HDT-CRT group agreed. The HDT-CRT team wrote. ' +
      'Later, the hospital discharge team and community rehab team (HDT-CRT) partnership began.'
    expect(acronymFindings(text).filter((finding) => finding.startsWith('acronym-late-definition'))).not.toEqual([])
  })
})

describe('a dated meaning the text contradicts is never offered', () => {
  const meaningsOf = (text: string, acronym: string) =>
    check(text, {builtinDictionary: false, dictionaries: [testDictionary], suggestions: true}).stats.acronyms.find((info) => info.acronym === acronym)?.meanings

  it('spells out "the new MHA" without the year of the Act it replaces', () => {
    expect(meaningsOf('The new MHA changes the rules on detention. Staff will be trained on the MHA.', 'MHA')).toEqual(['Mental Health Act'])
  })

  it('keeps the year where the text speaks of the Act in force', () => {
    expect(meaningsOf('Staff detained him under the MHA last year.', 'MHA')).toEqual(['Mental Health Act 1983'])
  })
})
