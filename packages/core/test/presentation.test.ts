/** What every surface shows the same way: counts, reading ages, severities, docs links and places in a Word document. */
import {describe, expect, it} from 'vitest'
import {
  check,
  checkParagraphs,
  countSeverities,
  describeFindings,
  describeParagraphPlace,
  describeReadingAge,
  describeSeverityCounts,
  formatReadingAge,
  isDocsUrl,
  openingWords,
  openingWordsEnd,
  paragraphPlacer,
  plural,
  PlainspeakOptionError,
  ruleDocsLink
} from '../src/index.js'
import * as presentation from '../src/presentation.js'

describe('wording', () => {
  it('puts the right noun with each count, grouped the UK way', () => {
    expect(plural(1, 'finding')).toBe('1 finding')
    expect(plural(0, 'finding')).toBe('0 findings')
    expect(plural(1790, 'word')).toBe('1,790 words')
    expect(plural(3, 'info', 'info')).toBe('3 info')
  })

  it('finds where a sentence’s opening words end', () => {
    const sentence = 'The council has agreed that the board will fund it.'
    expect(sentence.slice(0, openingWordsEnd(sentence))).toBe('The council has')
    expect('Yes.'.slice(0, openingWordsEnd('Yes.'))).toBe('Yes')
    expect('It is, we think, fine.'.slice(0, openingWordsEnd('It is, we think, fine.', 2))).toBe('It is')
  })

  it('cuts a long text at a word, with an ellipsis', () => {
    expect(openingWords('We met the ICB in May.')).toBe('We met the ICB in May.')
    expect(openingWords('The council has agreed that the integrated care board will fund the service.')).toBe('The council has agreed that the…')
    expect(openingWords('Supercalifragilisticexpialidociousnessisms and more', 20)).toBe('Supercalifragilistic…')
  })
})

describe('reading age', () => {
  it('has one decimal place everywhere, and the same words against the target', () => {
    expect(formatReadingAge(14.6)).toBe('14.6')
    expect(formatReadingAge(15)).toBe('15.0')
    expect(formatReadingAge(null)).toBe('–')
    expect(describeReadingAge(14.6, 12)).toBe('reading age 14.6, target 12 (above target)')
    expect(describeReadingAge(12, 12)).toBe('reading age 12.0, target 12 (within target)')
    expect(describeReadingAge(null, 12)).toBe('no sentences to measure')
    expect(describeReadingAge(null, 12, 'no-full-stops')).toBe('cannot be measured: the sentences run on without full stops')
  })
})

describe('severities', () => {
  it('counts findings per level with one name per level', () => {
    const counts = countSeverities([{severity: 'warning'}, {severity: 'info'}, {severity: 'info'}, {severity: 'warning'}, {severity: 'info'}])
    expect(counts).toEqual({error: 0, warning: 2, info: 3})
    expect(describeSeverityCounts(counts)).toBe('2 warnings, 3 info')
    expect(describeFindings(counts)).toBe('5 findings (2 warnings, 3 info)')
    expect(describeFindings({error: 1, warning: 0, info: 0})).toBe('1 finding (1 error)')
    expect(describeFindings({error: 0, warning: 0, info: 0})).toBe('no findings')
  })
})

describe('docs links', () => {
  it('link each finding to the rules page shipped with the package', () => {
    const [message] = check('The JSNA shows rising demand.').messages
    expect(message!.url).toBe(new URL('../docs/rules.html#acronym-undefined', import.meta.url).href)
  })

  it('link to the copy an organisation names in docsUrl', () => {
    const base = 'https://intranet.example.gov.uk/plain-english/rules.html'
    expect(check('The JSNA shows rising demand.', {docsUrl: base}).messages[0]!.url).toBe(`${base}#acronym-undefined`)
    expect(check('The JSNA shows rising demand.', {docsUrl: 'https://intranet.example.gov.uk/rules/{rule}/'}).messages[0]!.url).toBe(
      'https://intranet.example.gov.uk/rules/acronym-undefined/'
    )
    expect(ruleDocsLink('jargon', 'file:///srv/docs/rules.html#top')).toBe('file:///srv/docs/rules.html#jargon')
  })

  it('refuse a docsUrl that is not a full address, and in front matter', () => {
    expect(isDocsUrl('https://intranet.example.gov.uk')).toBe(true)
    // Every report and editor puts it in a link: https only, as a browser parses it.
    for (const bad of ['intranet/rules.html', 'javascript:alert(1)', ' https://a.b', 'https://', 42, 'http://intranet.example.gov.uk', 'file:///srv/docs/rules.html', 'data:text/html,x']) expect(isDocsUrl(bad)).toBe(false)
    expect(() => check('Text.', {docsUrl: 'intranet/rules.html'})).toThrow(
      "Unexpected value `intranet/rules.html` for `docsUrl`, expected the full address of your organisation's copy of the rule docs, starting with https://"
    )
    expect(() => check('---\nplainspeak:\n  docsUrl: https://example.org\n---\n\nText.', {format: 'markdown'})).toThrow(PlainspeakOptionError)
  })
})

describe('places in a Word document', () => {
  const paragraphs = [
    {text: 'Winter plan', heading: 1},
    {text: 'The council has agreed that the integrated care board will fund the JSNA work.'},
    {text: 'Next steps', heading: 2},
    {text: 'We met the ICB in May.'}
  ]

  it('name the heading, the paragraph’s opening words and the column', () => {
    const result = checkParagraphs(paragraphs)
    const place = paragraphPlacer(result.text, result.stats.sections)
    const icb = result.messages.find((message) => message.actual === 'ICB')!
    expect(place(icb.place.start.line)).toEqual({index: 4, heading: 'Next steps', opening: 'We met the ICB in May.'})
    expect(describeParagraphPlace(place(icb.place.start.line), icb.place.start.column)).toBe('under “Next steps”, in “We met the ICB in May.”, column 12')
    expect(describeParagraphPlace(place(2), 69)).toBe('under “Winter plan”, in “The council has agreed that the…”, column 69')
    expect(describeParagraphPlace(place(1), 1)).toBe('in the heading “Winter plan”, column 1')
    expect(describeParagraphPlace(paragraphPlacer('Text before any heading.', [])(1), 3)).toBe('in “Text before any heading.”, column 3')
  })

  it('take only paragraphs that read as headings as headings: never form fields or long instructions', () => {
    const field = `NAME: ${'…'.repeat(40)} DATE OF BIRTH: ${'…'.repeat(20)} NHS NUMBER: ${'…'.repeat(30)}`
    const instruction = 'Please complete every section of this form in black ink and return it to the ward manager before the patient is discharged home'
    const result = checkParagraphs([
      {text: 'Discharge checklist', heading: 1},
      {text: field, heading: 1},
      {text: 'The ward will check each item with the patient before they go home.'},
      {text: instruction, heading: 2},
      {text: 'Signed ………… Date ……', heading: 2},
      {text: 'Medicines', heading: 2},
      {text: 'The pharmacist explains each new medicine to the patient.'}
    ])
    expect(result.stats.sections.map((section) => `${section.line} ${section.heading}`)).toEqual(['1 Discharge checklist', '6 Medicines'])
  })
})

describe('figures and sources, as readers see them', () => {
  it('says why the passive share counts more sentences than the passive rule reports, naming the surface’s switch', () => {
    const note = presentation.passiveSentencesNote('the plainspeak.suggestions setting')
    expect(note).toMatch(/^Passive sentences counts every prose sentence with a passive verb/)
    expect(note).toContain('The passive rule reports fewer')
    expect(note).toContain('(shown with the plainspeak.suggestions setting)')
  })

  it('names each public source once, with its link, and leaves out the editors’ notes and their own work', () => {
    expect(
      presentation.publicSources([
        {id: 'house', title: 'Written for Plainspeak where no list had a plain word; checked by the editors'},
        {id: 'lga-1999', title: 'A council association’s list of words to avoid (1999), as reported by the press'},
        {id: 'city-glossary', title: 'City housing glossary (city-glossary)'},
        {id: 'guide', title: 'A public style guide, words to avoid', url: 'https://example.org/guide'},
        {id: 'guide-copy', title: 'A public style guide, words to avoid', url: 'https://example.org/guide'},
        {id: 'guess', title: 'Expansion seen in several public papers (weaker provenance)'},
        {id: 'untitled'}
      ])
    ).toEqual([
      {name: 'A council association’s list of words to avoid (1999)'},
      {name: 'City housing glossary'},
      {name: 'A public style guide, words to avoid', url: 'https://example.org/guide'}
    ])
  })
})

describe('the presentation entry', () => {
  it('exports the formatting alone, for editor clients to bundle', () => {
    expect(Object.keys(presentation).sort()).toEqual([
      'Html',
      'countSeverities',
      'describeFindings',
      'describeParagraph',
      'describeParagraphPlace',
      'describeReadingAge',
      'describeSeverityCounts',
      'describeUnmeasured',
      'describeVerdict',
      'formatCount',
      'formatReadingAge',
      'html',
      'isDocsUrl',
      'localRulesPage',
      'oneOrMany',
      'openingWords',
      'openingWordsEnd',
      'pageSecurityPolicy',
      'paragraphPlacer',
      'passiveSentencesNote',
      'plural',
      'publicSources',
      'raw',
      'readingAgeVerdict',
      'ruleDocsLink',
      'rulesPageName',
      'safeHref',
      'securityPolicyMeta',
      'severityLevels',
      'severityNames'
    ])
  })
})
