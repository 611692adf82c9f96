import {check} from '@plainspeak/core'
import {describe, expect, it} from 'vitest'
import {introductionText, renderSheet, sheetText} from '../src/index.js'
import {fixture, questionsFor} from './helpers.js'

describe('the sheet’s own words', () => {
  it('the introduction has reading age 9 or lower, and Plainspeak finds nothing in it', () => {
    const {stats, messages} = check(introductionText, {audience: 'public'})
    expect(stats.readingAge).not.toBeNull()
    expect(stats.readingAge!).toBeLessThanOrEqual(9)
    expect(messages.map((message) => `${message.ruleId}: ${message.actual}`)).toEqual([])
  })

  it('every other sentence residents read is plain too', () => {
    const rest = [sheetText.passagesIntro, sheetText.draftDoesNotExplain, sheetText.saved('review-answers.json'), sheetText.savedAgain, sheetText.onPaper, sheetText.footer].join('\n\n')
    const {stats, messages} = check(rest, {audience: 'public'})
    expect(stats.readingAge!).toBeLessThanOrEqual(9)
    expect(messages).toEqual([])
  })
})

describe('the sheet', () => {
  const html = renderSheet(questionsFor(fixture('home-care-letter.md'), 'markdown'), {title: 'Help at home <after> your hospital stay', panel: "Bow residents' panel", created: '2026-12-04'})

  it('is one file: no link, script or style from anywhere else, and a policy that forbids them', () => {
    expect(html).not.toMatch(/\b(?:src|href)=["']?(?:https?:|\/\/)/i)
    expect(html).not.toMatch(/<link\b/i)
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replaceAll('&#39;', "'")
    expect(policy).toMatch(/^default-src 'none'; script-src 'sha256-[\w+/]+='; style-src 'sha256-[\w+/]+='; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'/)
    expect(policy).not.toContain('unsafe')
    expect(html).not.toMatch(/\son\w+=/i)
  })

  it('escapes the draft’s text, and carries the questions for the answers file', () => {
    expect(html).toContain('<title>Help us make our writing clear: Help at home &lt;after&gt; your hospital stay</title>')
    const data = JSON.parse(/<script type="application\/json" id="plainspeak-sheet">(.*?)<\/script>/s.exec(html)![1]!) as {sheet: unknown; questions: Array<{id: string}>}
    expect(data.sheet).toEqual({id: expect.stringMatching(/^[\da-f]{8}$/), title: 'Help at home <after> your hospital stay', created: '2026-12-04', panel: "Bow residents' panel"})
    expect(data.questions.map((question) => question.id)).toEqual(['term:reablement', 'term:outcome', 'acronym:OT', 'term:signpost', 'acronym:PALS', expect.stringMatching(/^passage:[\da-f]{8}$/)])
  })
})
