/** The built-in acronym data (dictionaries/acronyms.yml, codes.yml, well-known.yml) through the engine. */
import builtin from '@plainspeak/dictionary/builtin'
import type {CompiledDictionary} from '@plainspeak/dictionary'
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'

const dictionary = builtin as CompiledDictionary
const acronymFindings = (text: string, audience: 'public' | 'board' | 'staff' = 'public') =>
  check(text, {format: 'markdown', audience})
    .messages.filter((message) => message.ruleId.startsWith('acronym'))
    .map((message) => `${message.actual}: ${message.expected.join('; ')}`)

describe('built-in acronyms', () => {
  it('gives each meaning a domain, and meanings from different services different domains', () => {
    for (const entry of dictionary.acronyms) {
      expect(entry.domains ?? [entry.domain], entry.acronym).toHaveLength(entry.expansions.length)
    }
    const domainsOf = (acronym: string) => dictionary.acronyms.find((entry) => entry.acronym === acronym)?.domains
    expect(domainsOf('PCN')).toEqual(['nhs', 'council'])
    expect(domainsOf('LTP')).toEqual(['council', 'nhs'])
  })

  it('offers PCN as a primary care network in an NHS paper and a penalty charge notice in a parking letter', () => {
    expect(acronymFindings('The PCN agreed the plan with the ICB and local GP practices.')).toContain('PCN: primary care network (PCN)')
    expect(acronymFindings('The PCN was issued in the CPZ after the ANPR camera saw your car.')).toContain('PCN: penalty charge notice (PCN)')
  })

  it('leaves out names and codes: product names, protective markings, PO boxes, forms', () => {
    const text = 'OFFICIAL-SENSITIVE\n\nWe met on MS Teams and wrote to PO Box 12. The FP10 form and the EMIS Web record.\n\nOFFICIAL'
    expect(acronymFindings(text)).toEqual([])
  })

  it('knows the acronyms most adults know, per audience', () => {
    expect(acronymFindings('COVID, AIDS, IVF, an MOT, a PIN, a USB stick, UV light, the NHS, a GP, A&E and DIY.')).toEqual([])
    expect(acronymFindings('Cllr Begum chaired the meeting.', 'public')).toEqual(['Cllr: Councillor (Cllr)'])
    expect(acronymFindings('Cllr Begum chaired the meeting.', 'board')).toEqual([])
  })

  it('reads a definition that repeats the dictionary’s meaning even when the initials do not fit', () => {
    expect(acronymFindings('The [Learning from Lives and Deaths (LeDeR)](https://example.org) programme. LeDeR reviews.')).toEqual([])
  })
})
