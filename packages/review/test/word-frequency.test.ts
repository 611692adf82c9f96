import {describe, expect, it} from 'vitest'
import {everydayZipf, isEverydayWord, zipfFrequency} from '../src/lib/word-frequency.js'
import {questionsFor} from './helpers.js'

describe('everyday words, by how often people say them', () => {
  it('measures words on the Zipf scale, in any capitals', () => {
    expect(zipfFrequency('house')).toBeGreaterThan(4.5)
    expect(zipfFrequency('Diseases')).toBe(zipfFrequency('diseases'))
    expect(zipfFrequency('reablement')).toBe(0)
    expect(zipfFrequency('')).toBe(0)
  })

  it('takes the words everyone says as everyday, the words of the trade and every phrase as not', () => {
    const everyday = ['diseases', 'floating', 'lift', 'rubbish', 'council', 'disease']
    const trade = ['signpost', 'outcomes', 'tenancy', 'arrears', 'clinician', 'reablement', 'floating support', 'DIY', '', 'e-mail-ish-word-nobody-uses']
    expect(everyday.filter((word) => !isEverydayWord(word))).toEqual([])
    expect(trade.filter((word) => isEverydayWord(word))).toEqual([])
    expect(everydayZipf).toBe(3.5)
  })

  it('leaves everyday words off the sheet, and asks about the trade’s words and terms of art', () => {
    const text =
      '# Staying well this winter\n\nFlu and other diseases spread quickly when it is cold. Call the surgery and the team will triage your call. We will also signpost you to a warm space near you.\n'
    const asked = questionsFor(text, 'markdown').map((question) => question.subject)
    expect(asked).toEqual(['triage', 'signpost'])
  })
})
