import {describe, expect, it} from 'vitest'
import {parseAnswers} from '../src/index.js'
import {answersFile} from './answers-helpers.js'

describe('answers files', () => {
  it('reads what a sheet saves', () => {
    const file = answersFile('a1b2c3d4', [['term', 'reablement', 'no', ' help at home ']], {initials: 'AB'})
    expect(parseAnswers(JSON.stringify(file))).toEqual({
      ok: true,
      answers: {...file, answers: [{id: 'term:reablement', kind: 'term', subject: 'reablement', understood: 'no', words: ' help at home '}]}
    })
  })

  it('names what is wrong, without quoting more than a short value', () => {
    const problems = [
      '{"format": "plainspeak-review-answers",\n  "version": 1,\n  oops}',
      '{"name": "my-app", "version": "1.0.0"}',
      '[1, 2, 3]',
      JSON.stringify({...answersFile('a1b2c3d4', []), version: 2}),
      JSON.stringify({...answersFile('a1b2c3d4', []), response: ''}),
      JSON.stringify(answersFile('a1b2c3d4', [['term', 'reablement', 'maybe' as 'no', '']])),
      JSON.stringify(answersFile('a1b2c3d4', [['word' as 'term', 'reablement', 'no', '']])),
      JSON.stringify({...answersFile('a1b2c3d4', []), saved: 'yesterday'}),
      JSON.stringify({...answersFile('a1b2c3d4', []), initials: 'x'.repeat(200)}),
      JSON.stringify({...answersFile('a1b2c3d4', []), saved: 'Tue, 1 Dec 2026 10:00'}),
      JSON.stringify({...answersFile('a1b2c3d4', []), saved: '2026-02-30T10:00:00Z'}),
      JSON.stringify({...answersFile('a1b2c3d4', []), saved: '2026-12-04T25:00:00Z'}),
      JSON.stringify({...answersFile('a1b2c3d4', []), saved: undefined}),
      JSON.stringify({...answersFile('a1b2c3d4', []), saved: '2026-12-04'}),
      JSON.stringify({...answersFile('a1b2c3d4', []), saved: '2026-12-04T10:30+01:00'}),
      JSON.stringify({...answersFile('a1b2c3d4', []), sheet: {...answersFile('a1b2c3d4', []).sheet, panel: 'P'.repeat(101)}}),
      JSON.stringify(answersFile('a1b2c3d4', Array.from({length: 501}, (_, index): ['term', string, 'no', string] => ['term', `word${index}`, 'no', ''])))
    ].map((text) => {
      const parsed = parseAnswers(text)
      return parsed.ok ? 'ok' : parsed.problem
    })
    expect(problems).toEqual([
      'it is not a Plainspeak answers file: it is not valid JSON (line 3, column 3).',
      'it is not a Plainspeak answers file (it has no "format": "plainspeak-review-answers"). Answers files are the .json files a review sheet saves.',
      'it is not a Plainspeak answers file (it has no "format": "plainspeak-review-answers"). Answers files are the .json files a review sheet saves.',
      'it is answers file version 2, and this Plainspeak reads version 1. Update Plainspeak, or save the answers again from a sheet made by this version.',
      'it has no "response" id (6 to 64 letters, digits, - or _), so Plainspeak cannot tell whether these answers were counted before.',
      'answer 1 has "understood" "maybe"; expected yes, not-sure, no or null.',
      'answer 1 has "kind" "word"; expected acronym, term, passage.',
      'its "saved" time "yesterday" is not an ISO 8601 date and time, such as "2026-12-04T10:30:00.000Z" (a review sheet writes it so).',
      'its "initials" are not short text (10 characters at most).',
      'its "saved" time "Tue, 1 Dec 2026 10:00" is not an ISO 8601 date and time, such as "2026-12-04T10:30:00.000Z" (a review sheet writes it so).',
      'its "saved" time "2026-02-30T10:00:00Z" is not an ISO 8601 date and time, such as "2026-12-04T10:30:00.000Z" (a review sheet writes it so).',
      'its "saved" time "2026-12-04T25:00:00Z" is not an ISO 8601 date and time, such as "2026-12-04T10:30:00.000Z" (a review sheet writes it so).',
      'its "saved" time is missing; it should be an ISO 8601 date and time, such as "2026-12-04T10:30:00.000Z" (a review sheet writes it so).',
      'ok',
      'ok',
      'its "sheet" has a "panel" of 101 characters; a panel\'s name can be 100 at most.',
      "it holds 501 answers; a review sheet's answers file holds 500 at most."
    ])
  })
})
