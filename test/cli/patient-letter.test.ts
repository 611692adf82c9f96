/**
 * The example clinic letter (examples/clinic-letter.md) checked by the built `plainspeak` as a
 * child process at the patient audience: the shorthand, the third person and the clinical words
 * are found with their fixes, and none of it is reported for a board.
 */
import {describe, expect, it, vi} from 'vitest'
import {parseJsonReport, repoRoot, runCli} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

const example = 'examples/clinic-letter.md'

async function report(audience: string) {
  const result = await runCli(['check', example, '--audience', audience, '-f', 'json'], {cwd: repoRoot})
  expect(result.stderr).toBe('')
  expect(result.code).toBe(0)
  const [file] = parseJsonReport(result.stdout)
  return file!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual} → ${message.expected.join(' | ') || '(reword)'}`)
}

describe('the example clinic letter at --audience patient', () => {
  it('finds the clinical shorthand, with fixes where the meaning is certain', async () => {
    const findings = await report('patient')
    expect(findings).toEqual(
      expect.arrayContaining([
        '14:16 clinical-shorthand ?asthma → possible asthma',
        '16:79 clinical-shorthand c/o → (reword)',
        '16:108 clinical-shorthand 3/52 → 3 weeks',
        '18:1 clinical-shorthand O/e → On examination',
        '20:63 clinical-shorthand 6/12 → 6 months'
      ])
    )
  })

  it('finds the patient written about in the third person, with the second person as the fix', async () => {
    const findings = (await report('patient')).filter((finding) => finding.includes(' third-person '))
    expect(findings).toEqual([
      '16:1 third-person Mrs Ahmed was → You were',
      '16:57 third-person her → your',
      '16:66 third-person She attended → You attended',
      '16:130 third-person Her → Your',
      '18:5 third-person her → your',
      '18:29 third-person her → your',
      '20:30 third-person Mrs Ahmed → you'
    ])
  })

  it('finds the clinical words from the clinical dictionary', async () => {
    const findings = await report('patient')
    expect(findings).toEqual(
      expect.arrayContaining([
        '16:95 jargon dyspnoea → breathlessness',
        '18:33 jargon saturations → oxygen levels',
        '18:100 jargon bd → twice a day',
        '18:123 jargon prn → when needed',
        '16:150 jargon unremarkable → (reword)'
      ])
    )
  })

  it('reports none of it for a board', async () => {
    const findings = await report('board')
    expect(findings.filter((finding) => / (clinical-shorthand|third-person) /.test(finding))).toEqual([])
    expect(findings.filter((finding) => / (dyspnoea|bd|prn|saturations) /.test(finding))).toEqual([])
  })
})
