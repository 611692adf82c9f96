/**
 * Data safety (issue 8): apply every fix the pane offers, in one batch, to a
 * fake Word document. Each edit must touch only its finding's span, and a
 * re-check must find nothing caused by the fixes.
 */
import {describe, expect, it} from 'vitest'
import {DocumentChecker, type CheckSettings} from '../src/checking.js'
import {loadDictionary} from '../src/organisation-dictionaries.js'
import {loadParagraphs, replaceTargets, type Edit} from '../src/word-adapter.js'
import {FakeWordDocument, installFakeOffice} from './fake-office/fake-word.js'

const panel = loadDictionary({
  file: 'panel.yml',
  text: `- term: signpost
  forms: [signposting, signposted]
  alternatives: [refer]
  kind: jargon
  source: lga-2009
- term: going forward
  alternatives: [from now on]
  kind: wordy-phrase
  source: lga-2009
- term: hard to reach
  alternatives: [seldom heard]
  kind: inclusive
  source: lga-2009
- acronym: JSNA
  expansion: Joint Strategic Needs Assessment
  domain: council
  source: lga-2009
- acronym: ICB
  expansion: integrated care board
  domain: nhs
  source: lga-2009
`
})
if (!panel.ok) throw new Error(panel.errors.join('\n'))
const settings: CheckSettings = {audience: 'public', allow: [], dictionaries: [panel.dictionary]}

/** Rules about a word or phrase: a fix replaces it, so the finding must go. */
const wordRules = new Set(['jargon', 'inclusive', 'simpler-word', 'acronym-undefined'])

describe('applying every fix', () => {
  it('changes exactly the findings’ spans and leaves nothing new to fix there', async () => {
    const paragraphs = [
      {text: 'Winter plan', style: 'Heading1'},
      {text: 'We will signpost hard to reach residents to the JSNA going forward. Signposting helps.'},
      {text: 'The ICB, the JSNA team and our signposted carers meet monthly: signpost, signpost!'},
      {text: 'Costs rose by 10^3 pounds; we will signpost the ICB.'}
    ]
    const document = new FakeWordDocument(paragraphs)
    installFakeOffice(document)
    const checker = new DocumentChecker()
    const before = checker.check(await loadParagraphs(), settings)

    const fixes: Edit[] = before.findings.flatMap((finding) =>
      finding.target && finding.expected[0] !== undefined ? [{target: finding.target, replacement: finding.expected[0]}] : []
    )
    expect(fixes.length).toBeGreaterThanOrEqual(8)
    const report = await replaceTargets(fixes)
    expect(report.refused).toEqual([])

    // The document is the original with those spans replaced, and nothing else.
    const expected = paragraphs.map((paragraph) => paragraph.text)
    const byPosition = [...fixes].sort((a, b) => a.target.paragraph - b.target.paragraph || b.target.start - a.target.start)
    for (const {target, replacement} of byPosition) {
      const text = expected[target.paragraph]!
      expected[target.paragraph] = text.slice(0, target.start) + replacement + text.slice(target.end)
    }
    expect(document.snapshot().paragraphs.map((paragraph) => paragraph.text)).toEqual(expected)

    const after = checker.check(await loadParagraphs(), settings)
    const replacements = new Set(fixes.map((fix) => fix.replacement.toLowerCase()))
    const wordFindings = (check: typeof after) => check.findings.filter((finding) => wordRules.has(finding.ruleId))
    expect(wordFindings(after).filter((finding) => replacements.has(finding.actual.toLowerCase()))).toEqual([])
    expect(wordFindings(after).length).toBeLessThanOrEqual(wordFindings(before).length - fixes.filter((fix) => before.findings.some((finding) => finding.target === fix.target && wordRules.has(finding.ruleId))).length)
  })
})
