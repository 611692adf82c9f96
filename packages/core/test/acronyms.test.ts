import {describe, expect, it} from 'vitest'
import {actuals, findings, run} from './helpers.js'

const undefinedActuals = (text: string, options = {}) => actuals(text, 'acronym-undefined', options)

describe('acronym-undefined', () => {
  it('reports the first use with the full message contract', () => {
    const [message] = run('The JSNA is out. The JSNA is long.').messages.filter((m) => m.ruleId === 'acronym-undefined')
    expect(message).toMatchObject({
      ruleId: 'acronym-undefined',
      severity: 'warning',
      actual: 'JSNA',
      expected: ['Joint Strategic Needs Assessment (JSNA)'],
      reason: 'Spell out JSNA the first time you use it: Joint Strategic Needs Assessment (JSNA).',
      place: {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 9, offset: 8}},
      data: {acronym: 'JSNA', expansions: ['Joint Strategic Needs Assessment']}
    })
  })

  it('knows the shapes: digits, inner lower case, ampersands and plurals', () => {
    expect(undefinedActuals('Ask the S151 officer, the EqIA team, A&E staff and two ICBs. Then XYZ.')).toEqual(['S151', 'EqIA', 'A&E', 'ICBs', 'XYZ'])
  })

  it('writes replacements to fit: plural, sentence start, several meanings', () => {
    const result = run('ICBs met. Then ASC staff came.')
    expect(result.messages.filter((m) => m.ruleId === 'acronym-undefined').map((m) => m.expected)).toEqual([
      ['Integrated care boards (ICBs)'],
      ['adult social care (ASC)', 'autism spectrum condition (ASC)']
    ])
  })

  it('leaves out what only looks like an acronym', () => {
    const text = [
      '# ANNUAL REPORT OF THE BOARD',
      '',
      'SUMMARY OF KEY POINTS FOR RESIDENTS',
      '',
      'See Part IV and Schedule II. You MUST reply by FRIDAY. I agree.',
      '',
      'Write to E1 6AN or SW1A 1AA, quote ticket ABC-123 and NHS number 943 476 5919.',
      '',
      'Visit https://www.example.gov.uk/ABC/DEF or mail HELP@EXAMPLE.ORG and run `XYZ --ABC`.',
      '',
      '```',
      'QRS TUV',
      '```'
    ].join('\n')
    expect(undefinedActuals(text, {format: 'markdown'})).toEqual([])
  })

  it('treats a roman numeral the dictionary knows as an acronym, except after Part or Schedule', () => {
    expect(undefinedActuals('Give IV fluids. See Part IV.')).toEqual(['IV'])
  })

  it('finds acronyms the dictionary knows even without the shape', () => {
    expect(undefinedActuals('Ask Cllr Smith.')).toEqual(['Cllr'])
  })

  it('skips the audience’s well-known acronyms and the allow list', () => {
    expect(undefinedActuals('The NHS and the ICB and the JSNA.')).toEqual(['ICB', 'JSNA'])
    expect(undefinedActuals('The NHS and the ICB and the JSNA.', {audience: 'board'})).toEqual(['JSNA'])
    expect(undefinedActuals('The NHS and the ICB and the JSNA.', {audience: 'staff'})).toEqual([])
    expect(undefinedActuals('The ICB and the JSNA.', {allow: ['JSNA']})).toEqual(['ICB'])
  })

  it('reports once per document, or once per section with acronymScope: section', () => {
    const text = '# One\n\nThe XYZ met.\n\nThe XYZ met again.\n\n## Two\n\nThe XYZ met.\n\n### Two point one\n\nThe XYZ met.'
    expect(findings(text, 'acronym-undefined', {format: 'markdown'})).toHaveLength(1)
    expect(findings(text, 'acronym-undefined', {format: 'markdown', acronymScope: 'section'}).map((f) => f.slice(0, 8))).toEqual(['3:5-3:8:', '9:5-9:8:'])
  })
})

describe('acronym definitions', () => {
  const defined = (text: string, options = {}) => {
    const result = run(text, options)
    return {
      undefined: result.messages.filter((m) => m.ruleId.startsWith('acronym')).map((m) => `${m.ruleId} ${m.actual}`),
      table: result.stats.acronyms.map((row) => `${row.acronym}=${row.expansion}`)
    }
  }

  it('recognises Expansion (ACR) and ACR (Expansion)', () => {
    expect(defined('The Joint Strategic Needs Assessment (JSNA) is out. The JSNA is long.')).toEqual({undefined: [], table: ['JSNA=Joint Strategic Needs Assessment']})
    expect(defined('The JSNA (Joint Strategic Needs Assessment) is out.')).toEqual({undefined: [], table: ['JSNA=Joint Strategic Needs Assessment']})
  })

  it('checks initials tolerantly', () => {
    const text = [
      'Integrated care boards (ICBs) and the equality impact assessment (EqIA).',
      'Accident and Emergency (A&E), Section 151 (S151) and Deprivation of Liberty Safeguards (DoLS).',
      'Child and Adolescent Mental Health Services (CAMHS) and two-factor authentication (2FA).',
      'Education, Health and Care Plans (EHCPs) and the Special Educational Needs Co-ordinator (SENCO).'
    ].join(' ')
    expect(defined(text).undefined).toEqual([])
    expect(defined(text).table).toContain('ICB=Integrated care boards')
    expect(defined(text).table).toContain('EHCP=Education, Health and Care Plans')
  })

  it('does not take unrelated words as a definition', () => {
    expect(defined('We met the team (XYZ) today.').undefined).toEqual(['acronym-undefined XYZ'])
  })

  it('reads definitions across line breaks, emphasis and links', () => {
    const text = 'The *Joint Strategic*\nNeeds [Assessment](https://example.org) (JSNA) is out.\n\nThe JSNA is long.'
    expect(defined(text, {format: 'markdown'})).toEqual({undefined: [], table: ['JSNA=Joint Strategic Needs Assessment']})
  })

  it('reads <abbr> in HTML and Markdown, and Markdown abbreviation lines', () => {
    expect(defined('<p>The <abbr title="Joint Strategic Needs Assessment">JSNA</abbr> is out. The JSNA is long.</p>', {format: 'html'})).toEqual({undefined: [], table: ['JSNA=Joint Strategic Needs Assessment']})
    expect(defined('The <abbr title="Joint Strategic Needs Assessment">JSNA</abbr> is out.', {format: 'markdown'}).undefined).toEqual([])
    expect(defined('The JSNA is out.\n\n*[JSNA]: Joint Strategic Needs Assessment', {format: 'markdown'})).toEqual({undefined: [], table: ['JSNA=Joint Strategic Needs Assessment']})
  })

  it('reads a Glossary section: tables, lists and lines', () => {
    const text = 'The XYZ and the QRS and the TUV met.\n\n## Glossary\n\n| Term | Meaning |\n|---|---|\n| XYZ | Example Yonder Zone |\n\n- **QRS** – Quick Response Service\n\nTUV: Town Urban Vision'
    expect(defined(text, {format: 'markdown'}).undefined).toEqual([])
    expect(defined(text, {format: 'markdown'}).table).toEqual(['QRS=Quick Response Service', 'TUV=Town Urban Vision', 'XYZ=Example Yonder Zone'])
  })
})

describe('acronym-late-definition', () => {
  it('reports a use before the definition and points to it', () => {
    const [message] = run('The JSNA is out.\n\nThe Joint Strategic Needs Assessment (JSNA) is long.').messages.filter((m) => m.ruleId.startsWith('acronym'))
    expect(message).toMatchObject({
      ruleId: 'acronym-late-definition',
      actual: 'JSNA',
      expected: ['Joint Strategic Needs Assessment (JSNA)'],
      data: {definedAt: {line: 3, column: 39, offset: 56}}
    })
  })
})

describe('acronym-redefined', () => {
  it('reports a second definition, the same or different', () => {
    expect(findings('The Care Quality Commission (CQC) came. The Care Quality Commission (CQC) went. The Care Quality Council (CQC) wrote.', 'acronym-redefined')).toEqual([
      '1:70-1:73: CQC is already spelled out earlier: use CQC on its own here.',
      '1:107-1:110: CQC is spelled out two different ways: “Care Quality Commission” and “Care Quality Council”. Use one.'
    ])
  })
})
