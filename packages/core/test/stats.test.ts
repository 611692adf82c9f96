import {execFileSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readingFigures} from '../src/index.js'
import {run} from './helpers.js'

const letters = new URL('fixtures/letters.txt', import.meta.url)

/** GNU style (Debian package `diction`) as an independent reading of the same text. */
function gnuStyle(path: string): {kincaid: number; flesch: number; words: number; sentences: number} {
  let output: string
  try {
    output = execFileSync('style', [path], {encoding: 'utf8'})
  } catch (error) {
    throw new Error(`GNU style is needed for this test: apt-get install diction (${String(error)})`)
  }
  const number = (pattern: RegExp) => Number(pattern.exec(output)![1])
  return {
    kincaid: number(/Kincaid: ([\d.]+)/),
    flesch: number(/Flesch Index: ([\d.]+)/),
    words: number(/(\d+) words,/),
    sentences: number(/(\d+) sentences,/)
  }
}

describe('statistics', () => {
  it('computes Flesch reading ease, Flesch–Kincaid grade and the UK reading age', () => {
    expect(readingFigures(100, 5, 150)).toEqual({
      words: 100,
      sentences: 5,
      syllables: 150,
      fleschReadingEase: 59.6,
      fleschKincaidGrade: 9.9,
      readingAge: 14.9,
      unmeasured: null
    })
    expect(readingFigures(0, 0, 0)).toMatchObject({readingAge: null, unmeasured: 'no-sentences'})
    // 861 words in one "sentence" (text without full stops) would be reading age 340: there is no figure, and it says why.
    expect(readingFigures(861, 1, 1119)).toMatchObject({readingAge: null, fleschReadingEase: null, fleschKincaidGrade: null, unmeasured: 'no-full-stops'})
    expect(readingFigures(80, 1, 110).unmeasured).toBeNull()
  })

  it('agrees with GNU style on real prose', () => {
    const text = readFileSync(letters, 'utf8')
    const ours = run(text).stats
    const theirs = gnuStyle(letters.pathname)
    expect(ours.words).toBe(theirs.words)
    expect(ours.sentences).toBe(theirs.sentences)
    // Syllable counters differ a little (GNU style's undercounts); the formulas are the same.
    expect(Math.abs(ours.fleschKincaidGrade! - theirs.kincaid)).toBeLessThan(1.5)
    expect(Math.abs(ours.fleschReadingEase! - theirs.flesch)).toBeLessThan(10)
  })

  it('reports per-section figures by heading and leaves headings out of the counts', () => {
    const text = '# Short\n\nWe met. We ate.\n\n## Harder\n\nThe organisation’s comprehensive transformation programme necessitates considerable collaboration.'
    const {stats} = run(text, {format: 'markdown'})
    expect(stats.sentences).toBe(3)
    expect(stats.sections.map((section) => [section.heading, section.depth, section.line, section.sentences])).toEqual([
      ['Short', 1, 1, 2],
      ['Harder', 2, 5, 1]
    ])
    expect(stats.sections[0]!.readingAge!).toBeLessThan(stats.sections[1]!.readingAge!)
  })

  it('measures the reading age on prose only, not on labels, links, tables or signatures', () => {
    const prose = 'We will open a discharge hub in November. It will take every referral from the wards. Families will have one number to call, seven days a week.'
    const paper = [
      '# Winter plan',
      '',
      '**Report of:** Corporate Director, Health, Adults and Community',
      '',
      '**Classification:** Unrestricted',
      '',
      prose,
      '',
      '- [Joint winter discharge plan 2026/27 (PDF, 1.2MB)](https://example.org/plan.pdf)',
      '',
      '| Risk | Score |',
      '|---|---|',
      '| Workforce | 16 |',
      '',
      'Priya Raman',
      'Head of Intermediate Care and Hospital Discharge'
    ].join('\n')
    const alone = run(prose).stats
    const {stats} = run(paper, {format: 'markdown'})
    expect(stats).toMatchObject({sentences: 3, proseWords: alone.proseWords, syllables: alone.syllables, readingAge: alone.readingAge})
    // Every word outside headings still counts in the size of the document.
    expect(stats.words).toBeGreaterThan(alone.words + 20)
  })

  it('counts passive and long sentences', () => {
    const long = 'Word ' + Array.from({length: 29}, () => 'word').join(' ') + '.'
    const {stats} = run(`The plan was agreed. We wrote it. ${long}`)
    expect(stats).toMatchObject({sentences: 3, passiveSentences: 1, passiveShare: 0.333, longSentences: 1, sentenceLimit: 25, targetReadingAge: 9})
  })

  it('builds the acronym table', () => {
    const {stats} = run('The Joint Strategic Needs Assessment (JSNA) is out.\n\nThe JSNA and the ICB and the NHS met. The ICB met again.')
    expect(stats.acronyms).toEqual([
      {acronym: 'ICB', expansion: 'integrated care board', meanings: ['integrated care board'], definedAt: null, firstUse: {line: 3, column: 18, offset: 70}, count: 2, exempt: false},
      {acronym: 'JSNA', expansion: 'Joint Strategic Needs Assessment', meanings: ['Joint Strategic Needs Assessment'], definedAt: {line: 1, column: 39, offset: 38}, firstUse: {line: 1, column: 39, offset: 38}, count: 2, exempt: false},
      {acronym: 'NHS', expansion: 'National Health Service', meanings: ['National Health Service'], definedAt: null, firstUse: {line: 3, column: 30, offset: 82}, count: 1, exempt: true}
    ])
  })
})
