import {describe, expect, it} from 'vitest'
import {check, type CheckOptions} from '../src/index.js'
import {findings, run} from './helpers.js'

const patient: CheckOptions = {audience: 'patient'}

/** The findings of the rule at the patient audience, as `actual → expected`. */
function shorthand(text: string): string[] {
  return run(text, patient)
    .messages.filter((message) => message.ruleId === 'clinical-shorthand')
    .map((message) => `${message.actual} → ${message.expected.join(' | ') || '(reword)'}`)
}

describe('clinical-shorthand', () => {
  it('reports a finding with the full message contract', () => {
    const [message] = check('Take the tablets for 2/52.', {audience: 'patient'}).messages.filter((finding) => finding.ruleId === 'clinical-shorthand')
    expect(message).toMatchObject({
      ruleId: 'clinical-shorthand',
      severity: 'warning',
      actual: '2/52',
      expected: ['2 weeks'],
      reason: 'Write “2/52” as “2 weeks”: it is clinical shorthand.'
    })
    expect(message!.note).toMatch(/Please, write to me/)
    expect(findings('Take the tablets for 2/52.', 'clinical-shorthand', patient)).toEqual(['1:22-1:26: Write “2/52” as “2 weeks”: it is clinical shorthand.'])
  })

  it('reads weeks (n/52) by their shape, whatever the number', () => {
    expect(shorthand('It started 1/52 ago and lasted 13/52.')).toEqual(['1/52 → 1 week', '13/52 → 13 weeks'])
  })

  it('reads months (n/12) where the words round it make a duration', () => {
    expect(shorthand('We will see you again in 6/12.')).toEqual(['6/12 → 6 months'])
    expect(shorthand('You have had the pain for 18/12.')).toEqual(['18/12 → 18 months'])
  })

  it('reads days (n/7) where the words round it make a duration', () => {
    expect(shorthand('Take the antibiotics for 3/7.')).toEqual(['3/7 → 3 days'])
    expect(shorthand('The cough began 5/7 ago.')).toEqual(['5/7 → 5 days'])
  })

  it('reads hours (n/24) by their shape', () => {
    expect(shorthand('The pain settled within 4/24.')).toEqual(['4/24 → 4 hours'])
  })

  it('leaves dates, fractions and "24/7" alone', () => {
    expect(shorthand('Your appointment is on 6/12 at 10am.')).toEqual([])
    expect(shorthand('You were seen on 6/12/2025 and 3/7/2024.')).toEqual([])
    expect(shorthand('The helpline is open 24/7.')).toEqual([])
    expect(shorthand('Take 1/2 a tablet.')).toEqual([])
  })

  it('reads "?" before a word as "possible"', () => {
    expect(shorthand('The X-ray showed a ?fracture of your wrist.')).toEqual(['?fracture → possible fracture'])
    expect(shorthand('We thought of ? appendicitis at first.')).toEqual(['? appendicitis → possible appendicitis'])
    expect(shorthand('The scan was to rule out (?PE) a clot.')).toEqual(['?PE → possible PE'])
  })

  it('leaves the question mark of a question alone', () => {
    expect(shorthand('Is it still sore? Please tell us. Why?')).toEqual([])
  })

  it('reads "#" as "fracture", with a fix only where it reads correctly', () => {
    expect(shorthand('Your left wrist # will heal in a cast.')).toEqual(['# → fracture'])
    expect(shorthand('The X-ray showed a # of the left wrist.')).toEqual(['#  → fracture '])
    expect(shorthand('You were admitted with # NOF last year.')).toEqual(['#  → (reword)'])
  })

  it('leaves hashtags, numbers and heading markers alone', () => {
    expect(shorthand('Follow #NHSFit and see item #3.')).toEqual([])
    expect(run('# Your visit\n\nYou came to see us.', {...patient, format: 'text'}).messages.filter((message) => message.ruleId === 'clinical-shorthand')).toEqual([])
  })

  it('spells out the slash abbreviations of clinical notes', () => {
    expect(shorthand('You have a h/o asthma.')).toEqual(['h/o → history of'])
    expect(shorthand('O/e your chest was clear.')).toEqual(['O/e → On examination'])
    expect(shorthand('We will r/v you and f/u the result.')).toEqual(['r/v → review', 'f/u → follow-up'])
    expect(shorthand('You were s/b the surgeons and I d/w them.')).toEqual(['s/b → seen by', 'd/w → discussed with'])
  })

  it('asks for "c/o" to be rewritten from the patient’s side, and leaves "care of" alone', () => {
    expect(shorthand('You came to clinic c/o pain in your wrist.')).toEqual(['c/o → (reword)'])
    expect(shorthand('Please write to Mr Ahmed c/o Mrs Jones.')).toEqual([])
  })

  it('asks for "NAD" in words, over the acronym rule', () => {
    const result = check('Chest: NAD. Heart: normal.', {audience: 'patient', suggestions: true})
    expect(result.messages.map((message) => `${message.ruleId}: ${message.actual}`)).toEqual(['clinical-shorthand: NAD'])
  })

  it('runs at the patient audience only', () => {
    const text = 'You have a h/o asthma. Take the tablets for 2/52.'
    for (const audience of ['public', 'board', 'staff'] as const) {
      expect(run(text, {audience}).messages.filter((message) => message.ruleId === 'clinical-shorthand'), audience).toEqual([])
    }
    expect(shorthand(text)).toHaveLength(2)
  })

  it('is in the default view at the patient audience', () => {
    expect(check('Take the tablets for 2/52.', {audience: 'patient'}).messages.map((message) => message.ruleId)).toContain('clinical-shorthand')
  })

  it('does not crash on empty or degenerate input', () => {
    for (const text of ['', '?', '#', '/', '2/', '/52', '??', '# #', 'c/', 'NAD']) expect(() => run(text, patient)).not.toThrow()
  })
})
