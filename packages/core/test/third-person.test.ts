import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'
import {run} from './helpers.js'

/** The rule's findings in a letter at the patient audience, as `actual → expected`. */
function thirdPerson(text: string, audience: 'patient' | 'public' | 'board' | 'staff' = 'patient'): string[] {
  return run(text, {audience})
    .messages.filter((message) => message.ruleId === 'third-person')
    .map((message) => `${message.actual} → ${message.expected.join(' | ') || '(reword)'}`)
}

const letter = (salutation: string, ...paragraphs: string[]) => [salutation, ...paragraphs].join('\n\n')

describe('third-person', () => {
  it('reports a finding with the full message contract', () => {
    const text = letter('Dear Mrs Ahmed,', 'Mrs Ahmed was seen in clinic today.')
    const [message] = check(text, {audience: 'patient'}).messages.filter((finding) => finding.ruleId === 'third-person')
    expect(message).toMatchObject({
      ruleId: 'third-person',
      severity: 'warning',
      actual: 'Mrs Ahmed was',
      expected: ['You were'],
      reason: 'Write to the patient: “You were” instead of “Mrs Ahmed was”.',
      place: {start: {line: 3, column: 1}}
    })
    expect(message!.note).toMatch(/Please, write to me/)
  })

  it('turns the patient as the subject into "you", with the verb to match', () => {
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'Mrs Ahmed was seen today. Today Mrs Ahmed is well, and Mrs Ahmed has a cough.'))).toEqual([
      'Mrs Ahmed was → You were',
      'Mrs Ahmed is → you are',
      'Mrs Ahmed has → you have'
    ])
    expect(thirdPerson(letter('Dear Mr Jones,', 'Mr Jones attended with a cough. Mr Jones says it is better.'))).toEqual(['Mr Jones attended → You attended', 'Mr Jones says → You say'])
  })

  it('turns the patient’s name with "’s" into "your"', () => {
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'I checked Mrs Ahmed’s blood pressure. Mrs Ahmed\'s scan was normal.'))).toEqual(['Mrs Ahmed’s → your', "Mrs Ahmed's → Your"])
  })

  it('turns the patient as the object into "you", and reports other uses without a fix', () => {
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'I saw Mrs Ahmed with the nurse.'))).toEqual(['Mrs Ahmed → you'])
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'Mrs Ahmed and the nurse talked.'))).toEqual(['Mrs Ahmed → (reword)'])
  })

  it('finds the name with a first name, and a salutation with no title', () => {
    expect(thirdPerson(letter('Dear Mrs Aisha Ahmed,', 'Mrs Aisha Ahmed was seen. Aisha Ahmed is well.'))).toEqual(['Mrs Aisha Ahmed was → You were', 'Aisha Ahmed is → You are'])
    expect(thirdPerson(letter('Dear Aisha Ahmed,', 'Aisha Ahmed was seen. Her blood pressure was high.'))).toEqual(['Aisha Ahmed was → You were'])
  })

  it('turns her, his, him, she and he into the second person where only the patient is meant', () => {
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'Her blood pressure was high, so I told her that she should rest. The choice is hers, and she can decide herself.'))).toEqual([
      'Her → Your',
      'her → you',
      'she should → you should',
      'hers → yours',
      'she can → you can',
      'herself → yourself'
    ])
    expect(thirdPerson(letter('Dear Mr Jones,', 'He was seen with his wife. I examined him and his chest was clear.'))).toEqual([
      'He was → You were',
      'his → your',
      'him → you',
      'his → your'
    ])
  })

  it('leaves pronouns alone where someone else could be meant', () => {
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'Her daughter said she was worried.'))).toEqual([])
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'Dr Patel saw you, and she will write again.'))).toEqual([])
    expect(thirdPerson(letter('Dear Mr Jones,', 'The nurse said he should rest.'))).toEqual([])
  })

  it('looks for no pronouns when the title does not give them', () => {
    expect(thirdPerson(letter('Dear Mx Smith,', 'Mx Smith was seen. Their blood pressure was high. She is the nurse.'))).toEqual(['Mx Smith was → You were'])
  })

  it('reports nothing in a letter with no salutation to a named person', () => {
    expect(thirdPerson('Mrs Ahmed was seen in clinic today. Her blood pressure was high.')).toEqual([])
    expect(thirdPerson(letter('Dear colleague,', 'Mrs Ahmed was seen today. Her blood pressure was high.'))).toEqual([])
    expect(thirdPerson(letter('Dear Aisha,', 'Aisha was seen today.'))).toEqual([])
  })

  it('leaves the addresses above the salutation, the sign-off and the copy list alone', () => {
    const text = ['Mrs A Ahmed', '1 High Street', 'Dear Mrs Ahmed,', 'You were seen today.', 'Yours sincerely,', 'Dr Patel', 'cc: Mrs Ahmed’s GP'].join('\n\n')
    expect(thirdPerson(text)).toEqual([])
  })

  it('leaves the husband alone in a letter to his wife', () => {
    expect(thirdPerson(letter('Dear Mrs Ahmed,', 'Mr Ahmed came with you.'))).toEqual([])
  })

  it('runs at the patient audience only', () => {
    const text = letter('Dear Mrs Ahmed,', 'Mrs Ahmed was seen in clinic today.')
    for (const audience of ['public', 'board', 'staff'] as const) expect(thirdPerson(text, audience), audience).toEqual([])
  })

  it('is in the default view at the patient audience', () => {
    const text = letter('Dear Mrs Ahmed,', 'Mrs Ahmed was seen in clinic today.')
    expect(check(text, {audience: 'patient'}).messages.map((message) => message.ruleId)).toContain('third-person')
  })

  it('does not crash on empty or degenerate input', () => {
    for (const text of ['', 'Dear', 'Dear Mrs', 'Dear Mrs Ahmed,', 'Dear Mrs Ahmed,\n\nHer', 'Dear Mr (Ahmed),\n\nhis']) expect(() => run(text, {audience: 'patient'})).not.toThrow()
  })
})
