/**
 * The classes of wrong swap that blind judges found on real documents, each on a sentence of our
 * own: a replacement is offered only where it reads as correct English with the same meaning.
 */
import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'
import {acronym, term, testDictionary} from './helpers.js'

const dictionary = {
  ...testDictionary,
  terms: [
    ...testDictionary.terms,
    term('participate', ['take part']),
    term('requirement', [], {ideas: ['need']}),
    term('assistance', ['help']),
    term('pyrexia', ['high temperature']),
    term('guarantee', ['make sure'], {frames: {'make sure': ['that', 'clause']}}),
    term('indicator', ['measure']),
    term('methodology', ['method']),
    term('in accordance with', ['in line with'], {kind: 'wordy-phrase'})
  ],
  acronyms: [
    ...testDictionary.acronyms,
    acronym('DHSC', 'Department of Health and Social Care'),
    acronym('ED', 'emergency department'),
    acronym('HRT', 'hormone replacement therapy'),
    acronym('FSA', 'Food Standards Agency'),
    acronym('LGBTQ', 'lesbian, gay, bisexual, trans and queer'),
    acronym('IMD', 'Index of Multiple Deprivation'),
    acronym('BD', 'twice a day'),
    acronym('C&YP', 'children and young people'),
    acronym('Cllr', 'councillor')
  ]
}
const findings = (text: string, rule?: string) =>
  check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true, audience: 'public'})
    .messages.filter((message) => !rule || message.ruleId === rule)
    .map((message) => ({actual: message.actual, expected: message.expected, reason: message.reason}))

describe('ideas: plainer words named, never inserted', () => {
  it('names an idea in the message and offers nothing to insert', () => {
    const [finding] = findings('The requirement is clear.', 'jargon')
    expect(finding).toEqual({actual: 'requirement', expected: [], reason: 'Use plainer words than “requirement”, such as “need”, rewording the sentence to fit.'})
  })
})

describe('a participle before a noun takes no phrase in its place', () => {
  it('offers no phrase for "each participating council", and offers it after "are"', () => {
    expect(findings('Each participating council will bid.', 'jargon')).toEqual([
      {actual: 'participating', expected: [], reason: 'Use plainer words than “participating”, such as “taking part”, rewording the sentence to fit.'}
    ])
    expect(findings('We are participating in the scheme.', 'jargon').map((finding) => finding.expected)).toEqual([['taking part']])
  })
})

describe('no swap that says a thing twice', () => {
  it('leaves "support and assistance" alone when the swap would give "help and help"', () => {
    expect(findings('We give help and assistance to carers.', 'jargon').map((finding) => finding.expected)).toEqual([[]])
  })

  it('offers no one-word swap that repeats a word a few words away', () => {
    expect(findings('There is a high use of unplanned assistance here.', 'jargon').map((finding) => finding.expected)).toEqual([['help']])
    expect(findings('We get help for unplanned assistance.', 'jargon').map((finding) => finding.expected)).toEqual([[]])
  })

  it('offers nothing where the words in brackets after the term already say it', () => {
    expect(findings('If you have pyrexia (high temperature), stay at home.', 'jargon').map((finding) => finding.expected)).toEqual([[]])
    expect(findings('If you have pyrexia, stay at home.', 'jargon').map((finding) => finding.expected)).toEqual([['high temperature']])
  })
})

describe('a spelled-out acronym reads as English where it stands', () => {
  const spelled = (text: string) => findings(text, 'acronym-undefined').map((finding) => finding.expected)

  it('gives an organisation "the" where the acronym stood on its own after a preposition or at the start', () => {
    expect(spelled('The money was paid by DHSC.')).toEqual([['the Department of Health and Social Care (DHSC)']])
    expect(spelled('DHSC said no.')).toEqual([['The Department of Health and Social Care (DHSC)']])
  })

  it('adds no "the" after "the", before a noun, or after a number', () => {
    expect(spelled('The DHSC said no.')).toEqual([['Department of Health and Social Care (DHSC)']])
    expect(spelled('Read the DHSC guidance.')).toEqual([['Department of Health and Social Care (DHSC)']])
    expect(spelled('Every Type 1 ED must report.')).toEqual([['emergency department (ED)']])
  })

  it('names the meaning of an acronym at the end of a hyphenated word but inserts nothing', () => {
    expect(findings('Post-HRT bleeding is rare.', 'acronym-undefined')).toEqual([
      {actual: 'HRT', expected: [], reason: 'Spell out HRT the first time you use it: hormone replacement therapy (HRT).'}
    ])
  })
})

describe('a spelled-out acronym keeps what belongs to it and says nothing twice', () => {
  const spelled = (text: string) => findings(text, 'acronym-undefined').map((finding) => [finding.actual, finding.expected])

  it('gives an organisation "the" when it is the subject after an opening phrase', () => {
    expect(spelled('Since last spring, FSA has checked every kitchen.')).toEqual([['FSA', ['the Food Standards Agency (FSA)']]])
  })

  it('keeps the plus of "LGBTQ+" inside the acronym it spells out', () => {
    expect(spelled('Our LGBTQ+ group meets on Fridays.')).toEqual([['LGBTQ+', ['lesbian, gay, bisexual, trans and queer (LGBTQ+)']]])
  })

  it('does not spell out an acronym whose meaning is written out in the same sentence', () => {
    expect(spelled('Most homes are in IMD band 2, a low rank in the Index of Multiple Deprivation.')).toEqual([])
    expect(spelled('Most homes are in IMD band 2.')).toEqual([['IMD', ['Index of Multiple Deprivation (IMD)']]])
  })

  it('offers a dosing frequency only after a dose', () => {
    expect(spelled('Take two tablets BD after food.')).toEqual([['BD', ['twice a day (BD)']]])
    expect(spelled('The finance and BD teams share an office.')).toEqual([['BD', []]])
  })

  it('never gives one acronym the meaning the document gives another', () => {
    const glossary = '## Abbreviations\n\n- CYP: children and young people\n\n## Our plan\n\nThe C&YP forum meets monthly.'
    const inMarkdown = check(glossary, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true, audience: 'public', format: 'markdown'}).messages
    expect(inMarkdown.filter((message) => message.actual === 'C&YP').map((message) => message.expected)).toEqual([[]])
    expect(spelled('The C&YP forum meets monthly.')).toEqual([['C&YP', ['children and young people (C&YP)']]])
  })

  it('leaves a councillor\'s title before a name or an initial alone', () => {
    expect(spelled('Present: Cllr R Okafor, Cllr Dana Hughes and Cllr T. Wells.')).toEqual([])
  })
})

describe('a word that belongs to a name, a title or a sign-off is not replaced', () => {
  const swaps = (text: string) => findings(text, 'jargon').map((finding) => [finding.actual, finding.expected])

  it('offers nothing for a word that refers back to a name in the same sentence', () => {
    expect(swaps('We report the River Quality Indicators yearly, and these indicators are public.')).toEqual([['indicators', []]])
    expect(swaps('We publish these indicators every year.')).toEqual([['indicators', ['measures']]])
  })

  it('offers nothing for a word of a title written in capitals, and a swap in a sentence-case heading', () => {
    expect(swaps('# Sources, Notes and Methodology\n\nText.')).toEqual([['Methodology', []]])
    expect(swaps('## How the methodology works\n\nText.')).toEqual([['methodology', ['method']]])
  })

  it('finds no term in a sign-off that runs over several paragraphs', () => {
    const letter = 'Dear Ms Ray,\n\nWe will commence the repairs on Monday.\n\nYours sincerely,\n\nPat Lowe\n\nHead of Commissioning\n\nEastvale Housing Trust\n'
    expect(swaps(letter).map(([actual]) => actual)).toEqual(['commence'])
  })

  it('takes a job title in bold under the sign-off as part of it, not as a heading', () => {
    const letter = 'Dear Mr Odu,\n\nWe will commence the repairs on Monday.\n\nYours sincerely\n\n**Commissioning Manager**\n'
    expect(swaps(letter).map(([actual]) => actual)).toEqual(['commence'])
    const {stats} = check(letter, {format: 'markdown', suggestions: true})
    expect(stats.sections.map((section) => section.heading)).toEqual([null])
  })
})

describe('a replacement fits the grammar after it', () => {
  const swaps = (text: string) => findings(text, 'jargon').map((finding) => finding.expected)

  it('reads "early diagnoses" after the verb as a noun phrase, not a clause', () => {
    expect(swaps('We guarantee early diagnoses and treatment.')).toEqual([[]])
    expect(swaps('We guarantee the form is signed.')).toEqual([['make sure']])
  })

  it('offers no noun that reads as a verb before another noun', () => {
    expect(swaps('Send us views on the indicator content and layout.')).toEqual([[]])
    expect(swaps('The main indicator is the waiting list.')).toEqual([['measure']])
  })
})
