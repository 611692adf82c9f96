import {describe, expect, it} from 'vitest'
// @ts-expect-error: the harness is plain JavaScript so that `pnpm eval` runs on Node 20 without a build
import {adviceFits, countWords, LabelError, matches, parseLabels, regressions, score, spansOf} from './run.js'

// The scoring behind `pnpm eval`, on small hand-made findings and labels (no engine).

interface Finding {
  rule: string
  line: number
  column: number
  actual: string
  expected?: string[]
}

const finding = (rule: string, line: number, actual: string, column = 1): Finding => ({rule, line, column, actual})
const flag = (rule: string | string[], line: number, text: string, extra: Record<string, unknown> = {}) => ({kind: 'flag', rules: [rule].flat(), line, text, ...extra})
const either = (rule: string | string[], line: number, text: string, extra: Record<string, unknown> = {}) => ({kind: 'either', rules: [rule].flat(), line, text, ...extra})

/** Scores one document of 1,000 words at one audience. */
function scoreOne(findings: Finding[], labels: unknown[], audience = 'public', options = {}) {
  return score([{file: 'doc.md', words: 1000, findings, labels}], audience, options)
}

describe('matches', () => {
  it('matches a word finding that contains the label text or is contained in it, ignoring case', () => {
    expect(matches(finding('jargon', 3, 'Going forward'), flag('jargon', 3, 'going forward'))).toBe(true)
    expect(matches(finding('jargon', 3, 'reside'), flag('jargon', 3, 'no criteria to reside'))).toBe(true)
    expect(matches(finding('acronym-undefined', 3, 'ICBs'), flag('acronym-undefined', 3, 'ICB'))).toBe(true)
    expect(matches(finding('jargon', 3, 'leverage'), flag('jargon', 3, 'ensure'))).toBe(false)
  })

  it('needs a word finding to overlap the place where the label’s words stand on the line', () => {
    const line = 'Each risk has an owner within the council’s risk appetite.'
    const label = flag('jargon', 3, 'risk appetite', {spans: spansOf('risk appetite', line)})
    expect(label.spans).toEqual([[45, 58]])
    expect(matches(finding('jargon', 3, 'risk', 45), label)).toBe(true)
    expect(matches(finding('jargon', 3, 'risk', 6), label)).toBe(false)
    expect(spansOf('ensure', 'We ensure that we Ensure it.')).toEqual([[4, 10], [19, 25]])
  })

  it('needs the same starting line and one of the label’s rules', () => {
    expect(matches(finding('jargon', 4, 'leverage'), flag('jargon', 3, 'leverage'))).toBe(false)
    expect(matches(finding('simpler-word', 3, 'leverage'), flag('jargon', 3, 'leverage'))).toBe(false)
    expect(matches(finding('simpler-word', 3, 'leverage'), flag(['jargon', 'simpler-word'], 3, 'leverage'))).toBe(true)
  })

  it('matches a sentence finding that starts with the label’s words, after white space, Markdown and numbering', () => {
    const label = flag('readability', 7, 'It should be noted that the   payment')
    expect(matches(finding('readability', 7, 'It should be noted that the\npayment is time-limited.'), label)).toBe(true)
    expect(matches(finding('readability', 7, '5.3 It should be **noted** that the payment is time-limited.'), label)).toBe(true)
    expect(matches(finding('readability', 7, 'Therefore it should be noted that the payment is time-limited.'), label)).toBe(false)
  })

  it('treats passive as a word rule: the label names the verb group', () => {
    expect(matches(finding('passive', 2, 'be noted'), flag('passive', 2, 'should be noted'))).toBe(true)
  })
})

describe('score', () => {
  it('counts findings per 1,000 words, precision and recall per rule and overall', () => {
    const result = scoreOne(
      [finding('jargon', 1, 'leverage'), finding('jargon', 2, 'provide'), finding('passive', 3, 'was agreed')],
      [flag('jargon', 1, 'leverage'), flag('jargon', 5, 'utilise'), either('passive', 3, 'was agreed')]
    )
    expect(result.figures.jargon).toEqual({findings: 2, perThousandWords: 2, precision: 0.5, recall: 0.5, labels: 2})
    expect(result.figures.passive).toEqual({findings: 1, perThousandWords: 1, precision: 1, recall: null, labels: 0})
    expect(result.figures.all).toEqual({findings: 3, perThousandWords: 3, precision: 0.667, recall: 0.5, labels: 2})
    expect(result.figures.inclusive).toEqual({findings: 0, perThousandWords: 0, precision: null, recall: null, labels: 0})
    expect(result.wrong).toEqual([{file: 'doc.md', rule: 'jargon', line: 2, column: 1, actual: 'provide', duplicate: false, wrongAdvice: false}])
    expect(result.missed).toEqual([{file: 'doc.md', rule: 'jargon', line: 5, text: 'utilise', why: undefined}])
  })

  it('applies a label only to its audiences', () => {
    const labels = [flag('jargon', 1, 'commissioning', {audiences: ['public']})]
    const findings = [finding('jargon', 1, 'commissioning')]
    expect(scoreOne(findings, labels, 'public').figures.jargon).toMatchObject({precision: 1, recall: 1, labels: 1})
    expect(scoreOne(findings, labels, 'board').figures.jargon).toMatchObject({precision: 0, recall: null, labels: 0})
  })

  it('neither requires nor forbids an `either` label', () => {
    const labels = [either('jargon', 1, 'hub')]
    expect(scoreOne([], labels).figures.jargon).toMatchObject({findings: 0, recall: null})
    expect(scoreOne([finding('jargon', 1, 'hub')], labels).figures.jargon).toMatchObject({precision: 1})
  })

  it('counts a second finding on one labelled span as wrong (said twice)', () => {
    const labels = [flag(['readability', 'sentence-length'], 4, 'Nightly-paid accommodation')]
    const result = scoreOne([finding('sentence-length', 4, 'Nightly-paid accommodation, which …', 9), finding('readability', 4, 'Nightly-paid accommodation, which …', 9)], labels)
    expect(result.figures.all).toMatchObject({findings: 2, precision: 0.5, recall: 1})
    expect(result.wrong).toMatchObject([{rule: 'sentence-length', duplicate: true}])
  })

  it('accepts two uses of a word on one line under one label', () => {
    const result = scoreOne([finding('jargon', 1, 'ensure', 5), finding('jargon', 1, 'ensure', 40)], [flag('jargon', 1, 'ensure')])
    expect(result.figures.jargon).toMatchObject({findings: 2, precision: 1, recall: 1})
  })

  it('credits a label with several rules to the rule that found it, and once overall', () => {
    const result = scoreOne([finding('sentence-length', 4, 'Demand exceeded this capacity')], [flag(['readability', 'sentence-length'], 4, 'Demand exceeded')])
    expect(result.figures.readability).toMatchObject({recall: 0, labels: 1})
    expect(result.figures['sentence-length']).toMatchObject({recall: 1, labels: 1})
    expect(result.figures.all).toMatchObject({recall: 1, labels: 1})
  })

  it('limits everything to one rule when asked', () => {
    const result = scoreOne([finding('jargon', 1, 'leverage'), finding('passive', 2, 'was agreed')], [flag('passive', 9, 'is noted')], 'public', {rule: 'jargon'})
    expect(Object.keys(result.figures)).toEqual(['jargon', 'all'])
    expect(result.figures.all).toMatchObject({findings: 1, labels: 0})
  })
})

describe('advice', () => {
  const pcn = {...finding('acronym-undefined', 3, 'PCNs'), expected: ['primary care networks (PCNs)', 'penalty charge notices (PCNs)']}

  it('checks the first replacement offered, and that none is ruled out', () => {
    expect(adviceFits(pcn, flag('acronym-undefined', 3, 'PCNs', {expected: 'primary care network'}))).toBe(true)
    expect(adviceFits(pcn, flag('acronym-undefined', 3, 'PCNs', {expected: 'penalty charge'}))).toBe(false)
    expect(adviceFits(pcn, flag('acronym-undefined', 3, 'PCNs', {unexpected: 'penalty charge'}))).toBe(false)
    expect(adviceFits(pcn, flag('acronym-undefined', 3, 'PCNs'))).toBe(true)
  })

  it('counts a finding in the right place with the wrong advice as wrong, and its label as missed', () => {
    const result = scoreOne([{...finding('acronym-undefined', 7, 'MHA'), expected: ['Mental Health Act 1983 (MHA)']}], [flag('acronym-undefined', 7, 'MHA', {unexpected: '1983'})])
    expect(result.figures['acronym-undefined']).toMatchObject({findings: 1, precision: 0, recall: 0})
    expect(result.wrong).toMatchObject([{actual: 'MHA', wrongAdvice: true}])
  })
})

describe('regressions', () => {
  const held = {audiences: {board: {jargon: {findings: 50, perThousandWords: 10, precision: 0.8, recall: 0.6, labels: 40}}}}
  const now = (change: Record<string, number>) => ({audiences: {board: {jargon: {...held.audiences.board.jargon, ...change}}}})

  it('passes figures within the tolerance', () => {
    expect(regressions(held, now({precision: 0.795, perThousandWords: 10.2, recall: 0.595}))).toEqual([])
    expect(regressions(held, now({precision: 0.95, perThousandWords: 4}))).toEqual([])
  })

  it('names each figure that got worse', () => {
    expect(regressions(held, now({precision: 0.75, perThousandWords: 10.5}))).toEqual([
      'board jargon: precision fell from 0.8 to 0.75',
      'board jargon: findings per 1,000 words rose from 10 to 10.5'
    ])
  })

  it('holds recall overall, not per rule (rules share labels)', () => {
    const overall = {audiences: {board: {all: {...held.audiences.board.jargon}, jargon: {...held.audiences.board.jargon}}}}
    const lower = {audiences: {board: {all: {...held.audiences.board.jargon, recall: 0.5}, jargon: {...held.audiences.board.jargon, recall: 0.2}}}}
    expect(regressions(overall, lower)).toEqual(['board all: recall fell from 0.6 to 0.5'])
  })

  it('holds a rule that had no findings at none', () => {
    const quiet = {audiences: {board: {inclusive: {findings: 0, perThousandWords: 0, precision: null, recall: null, labels: 0}}}}
    const noisy = {audiences: {board: {inclusive: {findings: 3, perThousandWords: 0.6, precision: 0, recall: null, labels: 0}}}}
    expect(regressions(quiet, noisy)).toEqual(['board inclusive: findings per 1,000 words rose from 0 to 0.6'])
  })
})

describe('parseLabels', () => {
  const lines = ['# Title', '', 'We will leverage our assets going forward.']

  it('reads flag and either lists, with rule lists and audiences', () => {
    const labels = parseLabels('flag:\n  - {rule: jargon, text: leverage, line: 3, audiences: [public]}\neither:\n  - {rule: [jargon, simpler-word], text: going forward, line: 3}\n', 'x.terms.yml', 'terms', lines)
    expect(labels).toMatchObject([
      {kind: 'flag', rules: ['jargon'], text: 'leverage', line: 3, audiences: ['public']},
      {kind: 'either', rules: ['jargon', 'simpler-word'], text: 'going forward', line: 3}
    ])
  })

  it('points at the label’s line for a rule that belongs in another file', () => {
    expect(() => parseLabels('flag:\n  - {rule: jargon, text: leverage, line: 3}\n  - {rule: passive, text: will, line: 3}\n', 'x.terms.yml', 'terms', lines)).toThrow(
      new LabelError('x.terms.yml:3: rule `passive` does not belong in a terms file, expected one of jargon, simpler-word, inclusive')
    )
  })

  it('rejects a label whose words are not on its line, an unknown key and an unknown audience', () => {
    expect(() => parseLabels('flag:\n  - {rule: jargon, text: leverage, line: 1}\n', 'x.terms.yml', 'terms', lines)).toThrow('x.terms.yml:2: "leverage" is not on line 1 of the document')
    expect(() => parseLabels('flag:\n  - {rule: jargon, text: leverage, line: 3, note: x}\n', 'x.terms.yml', 'terms', lines)).toThrow('unknown key `note`')
    expect(() => parseLabels('flag:\n  - {rule: jargon, text: leverage, line: 3, audiences: [residents]}\n', 'x.terms.yml', 'terms', lines)).toThrow('`audiences` must be a list of public, board, staff')
    expect(() => parseLabels('flags: []\n', 'x.terms.yml', 'terms', lines)).toThrow('unknown key `flags`')
  })
})

describe('countWords', () => {
  it('counts words as a reader does: numbers with separators are one word, link targets and tags are not words', () => {
    expect(countWords('Read the [annual report](https://example.org/a-b-c.pdf) (PDF, 2.85MB).')).toBe(6)
    expect(countWords('<p>We spent £2,300 on <abbr title="x">NHS</abbr> care.</p>')).toBe(6)
  })
})
