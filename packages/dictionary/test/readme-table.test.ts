import {describe, expect, it} from 'vitest'
import {renderDictionaryTables, replaceGeneratedSection, tableEndMarker, tableStartMarker} from '../src/lib/readme-table.js'
import {compileFixtures, goodFixtures} from './helpers.js'

describe('the generated README table', () => {
  const tables = renderDictionaryTables(compileFixtures(goodFixtures).dictionary)

  it('has one table per file, sorted by term, with alternatives, kind and source', () => {
    expect(tables).toContain(
      [
        '### council.yml (4 terms)',
        '',
        '| term | alternatives, or explain | audiences | severity | kind | source |',
        '| --- | --- | --- | --- | --- | --- |',
        '| going forward | from now on, in future | all | default | wordy-phrase | govuk-wta, lga-2009 |',
        '| signpost | direct, refer, point to | all | default | jargon | lga-2009 |',
        '| stakeholders | — (rephrase: see note) | all | default | jargon | govuk-wta |',
        '| utilise | use | all | info | wordy-phrase | govuk-wta |'
      ].join('\n')
    )
    expect(tables).toContain('### local.json (1 terms)')
  })

  it('lists acronyms with every meaning, the well-known additions per audience, and sources', () => {
    expect(tables).toContain('| A&E | accident and emergency | nhs | nhs-az |')
    expect(tables).toContain('| DNA | did not attend; deoxyribonucleic acid | nhs | nhs-az |')
    expect(tables).toContain('| public | A&E, NHS |\n| board | JSNA |\n| staff | DNA |')
    expect(tables).toContain('| govuk-wta | [GOV.UK style guide, words to avoid](https://www.gov.uk/guidance/style-guide/a-to-z-of-gov-uk-style#words-to-avoid) | OGL v3 | 4 |')
  })

  it('says which entries are explained rather than replaced, for which audiences, and lists the reviewed patterns', () => {
    const kinds = renderDictionaryTables(compileFixtures(['kinds/nhs.yml', 'kinds/simpler-words.yml', 'good/sources.yml']).dictionary)
    expect(kinds).toContain('**2 terms** (2 jargon; 1 replace, 1 explain)')
    expect(kinds).toContain('| acute | sudden, severe | public, board | default | jargon | nhs-az |\n| reablement | explain it at first use | public | default | jargon | nhs-az |')
    expect(kinds).toContain(
      [
        '### simpler-words.yml (3 retext-simplify patterns: 2 used, 1 off)',
        '',
        '| pattern | suggests | off because |',
        '| --- | --- | --- |',
        '| address | — | Usually a postal or email address in council writing. |',
        '| not many | few |  |',
        '| very | (or remove it) |  |'
      ].join('\n')
    )
  })

  it('escapes text that would break a Markdown table', () => {
    const dictionary = compileFixtures(goodFixtures).dictionary
    dictionary.terms.push({...dictionary.terms[0]!, term: 'a | b <c>', alternatives: ['x_y*'], origin: {file: 'x.yml', line: 1, column: 1}})
    expect(renderDictionaryTables(dictionary)).toContain('| a \\| b &lt;c> | x\\_y\\* |')
  })

  it('replaces only the text between the markers', () => {
    const readme = `# Title\n\nIntro.\n\n${tableStartMarker}\nold table\n${tableEndMarker}\n\nAfter.\n`
    expect(replaceGeneratedSection(readme, 'NEW')).toEqual({text: `# Title\n\nIntro.\n\n${tableStartMarker}\n\nNEW\n\n${tableEndMarker}\n\nAfter.\n`})
  })

  it('says how to fix a README without markers', () => {
    expect(replaceGeneratedSection('# Title\n', 'NEW')).toEqual({
      error: `it has no generated table section. Add a line "${tableStartMarker}" and, below it, a line "${tableEndMarker}" where the table should go.`
    })
  })
})
