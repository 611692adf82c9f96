import {describe, expect, it} from 'vitest'
import {DocumentChecker} from '../src/checking.js'
import {parseFeedbackRecord} from '@plainspeak/config'
import {dismissalsOf, dismissedAt, feedbackFile} from '../src/dismissals.js'
import {groupByRule, sameTerm, type Finding} from '../src/findings.js'
import {loadDictionary} from '../src/organisation-dictionaries.js'
import {chartRows} from '../src/view/reading-chart.js'

const panel = loadDictionary({
  file: 'panel.yml',
  text: `- term: signpost
  alternatives: [refer, direct]
  kind: jargon
  source: lga-2009
- acronym: JSNA
  expansion: Joint Strategic Needs Assessment
  domain: council
  source: lga-2009
`
})
if (!panel.ok) throw new Error(panel.errors.join('\n'))
const settings = {audience: 'public' as const, allow: [], dictionaries: [panel.dictionary]}

describe('DocumentChecker', () => {
  it('maps each finding to its paragraph and offset in Word’s own text', () => {
    const check = new DocumentChecker().check(
      [{text: 'Summary', heading: 1}, {text: 'Soft\vbreak. We signpost people to the JSNA.'}],
      settings
    )
    const jargon = check.findings.find((finding) => finding.ruleId === 'jargon')!
    expect(jargon).toMatchObject({paragraph: 1, actual: 'signpost', expected: ['refer', 'direct'], term: 'signpost'})
    expect(jargon.target).toEqual({paragraph: 1, paragraphText: 'Soft\vbreak. We signpost people to the JSNA.', start: 15, end: 23, actual: 'signpost'})
    const acronym = check.findings.find((finding) => finding.ruleId === 'acronym-undefined')!
    expect(acronym).toMatchObject({actual: 'JSNA', expected: ['Joint Strategic Needs Assessment (JSNA)'], term: 'JSNA'})
    expect(check.paragraphTexts[1]).toContain('\v')
  })

  it('re-uses the engine while settings stay the same and honours the allow list', () => {
    const checker = new DocumentChecker()
    const paragraphs = [{text: 'We signpost people.'}]
    expect(checker.check(paragraphs, settings).findings.map((finding) => finding.actual)).toContain('signpost')
    expect(checker.check(paragraphs, {...settings, allow: ['signpost']}).findings.map((finding) => finding.actual)).not.toContain('signpost')
  })
})

describe('grouping and actions', () => {
  const check = new DocumentChecker().check([{text: 'We signpost people and Signpost carers. The JSNA is out.'}], settings)

  it('groups by rule in working order, acronyms first', () => {
    const groups = groupByRule(check.findings)
    expect(groups[0]!.ruleId).toBe('acronym-undefined')
    expect(groups.find((group) => group.ruleId === 'jargon')!.findings.map((finding) => finding.actual)).toEqual(['signpost', 'Signpost'])
  })

  it('lists a term used twice as one item with both uses, each with the words around it', () => {
    const jargon = groupByRule(check.findings).find((group) => group.ruleId === 'jargon')!
    expect(jargon.items.map((item) => item.findings.map((finding) => finding.context))).toEqual([['We signpost people and…', '…people and Signpost carers. The…']])
  })

  it('finds the other uses of a term for “replace all”, each with its own case', () => {
    const first = check.findings.find((finding) => finding.actual === 'signpost')!
    expect(sameTerm(first, check.findings).map((finding) => finding.expected[0])).toEqual(['refer', 'Refer'])
    const acronym = check.findings.find((finding) => finding.ruleId === 'acronym-undefined')!
    expect(sameTerm(acronym, check.findings)).toEqual([])
  })
})

describe('levels within a group', () => {
  it('lists warnings before info in each group, each level in order of first use', () => {
    const check = new DocumentChecker().check([{text: 'We signpost people. The JSNA is out. We signpost carers.'}], settings)
    const signpost = check.findings.filter((finding) => finding.actual === 'signpost')
    const asInfo = (finding: Finding, term: string): Finding => ({...finding, severity: 'info', term, repeatKey: `jargon:${term}`, key: `${finding.key}:${term}`})
    // An info item used first, then a warning item, then another info item.
    const findings = [asInfo(signpost[0]!, 'first'), ...signpost, asInfo(signpost[1]!, 'last')]
    const jargon = groupByRule(findings).find((group) => group.ruleId === 'jargon')!
    expect(jargon.items.map((item) => `${item.findings[0]!.severity} ${item.findings[0]!.term}`)).toEqual(['warning signpost', 'info first', 'info last'])
    // The group's findings stay in document order.
    expect(jargon.findings).toEqual(findings)
  })
})

describe('Not useful here', () => {
  const paragraphs = [{text: 'Summary', heading: 1}, {text: 'We signpost people to the JSNA.'}, {text: 'We signpost carers too.'}]

  it('gives each finding core’s fingerprint, which edits in other paragraphs leave alone', () => {
    const checker = new DocumentChecker()
    const before = checker.check(paragraphs, settings).findings.filter((finding) => finding.ruleId === 'jargon')
    expect(before.map((finding) => finding.fingerprint)).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/), expect.stringMatching(/^[0-9a-f]{16}$/)])
    expect(new Set(before.map((finding) => finding.fingerprint)).size).toBe(2)
    const edited = [paragraphs[0]!, {text: 'A new opening line. We signpost people to the JSNA.'}, ...paragraphs.slice(2)]
    const after = checker.check(edited, settings).findings.filter((finding) => finding.ruleId === 'jargon')
    // The edited paragraph's use has new words around it; the other keeps its fingerprint.
    expect(after[1]!.fingerprint).toBe(before[1]!.fingerprint)
  })

  it('leaves out a dismissed finding at its place, at that audience only', () => {
    const checker = new DocumentChecker()
    const [first] = checker.check(paragraphs, settings).findings.filter((finding) => finding.ruleId === 'jargon')
    const record = dismissalsOf([first!], 'public', 'readers-know', '2026-12-07')
    const dismissed = (audience: 'public' | 'board') => checker.check(paragraphs, {...settings, audience, dismissed: dismissedAt(record, audience)}).findings.filter((finding) => finding.ruleId === 'jargon')
    expect(dismissed('public').map((finding) => finding.context)).toEqual(['We signpost carers too.'])
    expect(dismissed('board').map((finding) => finding.context)).toEqual(['We signpost people to…', 'We signpost carers too.'])
  })

  it('exports the record the command line reads, with no words from the document', () => {
    const check = new DocumentChecker().check(paragraphs, settings)
    const record = dismissalsOf(check.findings, 'public', undefined, '2026-12-07')
    const yaml = feedbackFile(record)
    expect(parseFeedbackRecord('feedback.yml', yaml)).toEqual(record)
    expect(record.map((dismissal) => `${dismissal.rule} ${dismissal.term ?? ''}`)).toEqual(check.findings.map((finding) => `${finding.ruleId} ${finding.term ?? ''}`))
    for (const words of ['people', 'carers', 'We signpost']) expect(yaml).not.toContain(words)
  })
})

describe('chartRows', () => {
  it('shows each section with core\'s reading age and leaves out sections that have none', () => {
    const section = (heading: string | null, readingAge: number | null) => ({
      heading,
      depth: 1,
      line: 1,
      words: 40,
      proseWords: 40,
      sentences: 2,
      syllables: 60,
      fleschReadingEase: null,
      fleschKincaidGrade: null,
      readingAge,
      unmeasured: null
    })
    const rows = chartRows([section(null, 11.2), section('Summary', 14), section('Too short to measure', null)])
    expect(rows).toEqual([
      {label: 'Before the first heading', readingAge: 11.2},
      {label: 'Summary', readingAge: 14}
    ])
  })
})
