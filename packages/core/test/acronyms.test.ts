import {describe, expect, it} from 'vitest'
import {acronymIn, actuals, findings, run, testDictionary} from './helpers.js'

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

  it('agrees in number with the acronym as written: “use it” for ICB, “use them” for PCNs', () => {
    const reasons = (text: string, ruleId = 'acronym-undefined') => run(text).messages.filter((m) => m.ruleId === ruleId).map((m) => m.reason)
    expect(reasons('Two ICBs met. Then ASC staff came. The QQXZ team wrote.')).toEqual([
      'Spell out ICBs the first time you use them: integrated care boards (ICBs).',
      'Spell out ASC the first time you use it: it could mean “adult social care” or “autism spectrum condition”.',
      'Spell out QQXZ the first time you use it, or use plain words instead.'
    ])
    expect(reasons('The PCNs and QQXZs met. Then ASCs.')).toEqual([
      'Spell out PCNs the first time you use them: they could mean “penalty charge notice” or “primary care network”.',
      'Spell out QQXZs the first time you use them, or use plain words instead.',
      'Spell out ASCs the first time you use them: they could mean “adult social care” or “autism spectrum condition”.'
    ])
    expect(reasons('The PCNs met.\n\nWe fund primary care networks (PCNs) to plan care.', 'acronym-late-definition')).toEqual([
      'Spell out PCNs here, at their first use, not later on: primary care networks (PCNs).'
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
      'Leaflet number: EMH-DIS-014. Vehicle: LK19 ABC.',
      '',
      'Our ref: PCN FAB/2026/118734',
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

  it('leaves a councillor’s title alone in a list of names, as “Dr” is', () => {
    expect(undefinedActuals('Ask Cllr Smith or Cllr J Ray.')).toEqual([])
    expect(undefinedActuals('Chair: Cllr Ana Silva')).toEqual([])
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

  it('takes a name in capitals just before an acronym with no known meaning as spelling it out, in the same sentence only', () => {
    expect(undefinedActuals('Item 4: Eastvale Borough Council – parking The clerk sent the EBC letter.')).toEqual([])
    expect(undefinedActuals('We met Eastvale Borough Council. The clerk sent the EBC letter.')).toEqual(['EBC'])
    expect(undefinedActuals('The clerk sent the EBC letter to Eastvale Borough Council.')).toEqual(['EBC'])
    expect(undefinedActuals('Item 4: eastvale borough council parking. The clerk sent the EBC letter.')).toEqual(['EBC'])
  })

  it('reads a version or number after the acronym in its brackets: (WCAG 2.1)', () => {
    expect(defined('Pages meet the Web Content Accessibility Guidelines (WCAG 2.1). Each WCAG check is logged.')).toEqual({
      undefined: [],
      table: ['WCAG=Web Content Accessibility Guidelines']
    })
    expect(defined('The Rapid Housing Survey (RHS v2) is out. The RHS is short.').undefined).toEqual([])
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
    // An abbreviation line defines for the whole document: enough for a board (for the public, see below).
    expect(defined('The JSNA is out.\n\n*[JSNA]: Joint Strategic Needs Assessment', {format: 'markdown', audience: 'board'})).toEqual({undefined: [], table: ['JSNA=Joint Strategic Needs Assessment']})
  })

  it('reads a Glossary section: tables, lists and lines', () => {
    const text = 'The XYZ and the QRS and the TUV met.\n\n## Glossary\n\n| Term | Meaning |\n|---|---|\n| XYZ | Example Yonder Zone |\n\n- **QRS** – Quick Response Service\n\nTUV: Town Urban Vision'
    expect(defined(text, {format: 'markdown', audience: 'board'}).undefined).toEqual([])
    expect(defined(text, {format: 'markdown'}).table).toEqual(['QRS=Quick Response Service', 'TUV=Town Urban Vision', 'XYZ=Example Yonder Zone'])
  })

  it('takes a glossary as spelling out for a board or staff, but not for the public: there it offers the glossary’s meaning at the first use', () => {
    const text = 'The QRS and the ICB met.\n\n## Glossary\n\n| Term | Meaning |\n|---|---|\n| QRS | Quick Response Service |\n| ICB | Integrated care board |'
    expect(defined(text, {format: 'markdown', audience: 'board'}).undefined).toEqual([])
    expect(defined(text, {format: 'markdown', audience: 'staff'}).undefined).toEqual([])
    const atPublic = findings(text, 'acronym-undefined', {format: 'markdown'})
    expect(atPublic.map((line) => line.replace(/ \(acronym-undefined\)$/, ''))).toEqual([
      expect.stringContaining('1:5-1:8: Spell out QRS the first time you use it: Quick Response Service (QRS).'),
      // The dictionary's case where the glossary's row agrees with it.
      expect.stringContaining('1:17-1:20: Spell out ICB the first time you use it: integrated care board (ICB).')
    ])
    const [first] = run(text, {format: 'markdown'}).messages.filter((message) => message.ruleId === 'acronym-undefined')
    expect(first?.note).toContain('The glossary helps, but for the public it does not replace spelling it out where it is first used.')
    // Spelled out at its first use, it needs nothing more at any audience.
    expect(defined(text.replace('The QRS', 'The Quick Response Service (QRS)').replace('the ICB', 'the integrated care board (ICB)'), {format: 'markdown'}).undefined).toEqual([])
  })
})

describe('definitions in the shapes real papers use', () => {
  const undefinedIn = (text: string, options = {}) => actuals(text, 'acronym-undefined', options)
  const tableOf = (text: string, options = {}) => run(text, options).stats.acronyms.map((row) => `${row.acronym}=${row.expansion}`)

  it('reads brackets escaped by a PDF-to-Markdown conversion, in Markdown and in plain text', () => {
    const text = 'The Joint Strategic Needs Assessment \\(JSNA\\) shows demand. The JSNA is new.'
    expect(undefinedIn(text, {format: 'markdown'})).toEqual([])
    expect(undefinedIn(text, {format: 'text'})).toEqual([])
    expect(tableOf(text, {format: 'text'})).toEqual(['JSNA=Joint Strategic Needs Assessment'])
  })

  it('reads a definition after a possessive, with commas, function words, an acronym or a year among the words', () => {
    const text = [
      'We looked at older people’s (OP) services and the Safeguarding, Quality and Assurance (SQA) team.',
      'The Department for Levelling Up, Housing and Communities (DLUHC) met East London NHS Foundation Trust (ELFT).',
      'The Mental Health Act 1983 (MHA) applies. The Health and Wellbeing Board (HWBB) met.',
      'OP, SQA, DLUHC, ELFT, MHA and HWBB again.'
    ].join(' ')
    expect(undefinedIn(text)).toEqual([])
    expect(tableOf(text)).toEqual([
      'DLUHC=Department for Levelling Up, Housing and Communities',
      'ELFT=East London NHS Foundation Trust',
      'HWBB=Health and Wellbeing Board',
      'MHA=Mental Health Act 1983',
      'NHS=National Health Service',
      'OP=older people',
      'SQA=Safeguarding, Quality and Assurance'
    ])
  })

  it('reads a loose definition that passes over a word or two', () => {
    expect(actuals('People who no longer meet the criteria to reside (NCTR) wait longest. NCTR numbers fell.', 'acronym-undefined')).toEqual([])
    expect(actuals('Section 106 agreements (S106) secure homes. Each S106 is signed.', 'acronym-undefined')).toEqual([])
    expect(actuals('We asked the team about it (XYZ). XYZ agreed.', 'acronym-undefined')).toEqual(['XYZ'])
  })

  it('prefers the strict reading of initials to the loose one', () => {
    expect(tableOf('The Strategic Sustainability Plan (SSP) is out.')).toEqual(['SSP=Strategic Sustainability Plan'])
  })

  it('shares one pair of brackets between acronyms: (A/B), (A B), (A and B), and capitals that are not acronyms alone', () => {
    const text = [
      'Deprivation of Liberty Safeguards/Liberty Protection Safeguards (DoLS/LPS) apply.',
      'Personal Independence Payment Mobility Component (PIP MC) rates rose.',
      'North East London Integrated Care Board (NEL ICB) and Alpha Beta and Gamma Delta (AB and GD) met.',
      'DoLS, LPS, PIP, NEL, ICB, AB and GD again.'
    ].join(' ')
    expect(undefinedIn(text)).toEqual([])
    expect(tableOf(text)).toEqual([
      'AB=Alpha Beta',
      'DoLS=Deprivation of Liberty Safeguards',
      'GD=Gamma Delta',
      'ICB=Integrated Care Board',
      'LPS=Liberty Protection Safeguards',
      'NEL=North East London',
      'PIP=Personal Independence Payment'
    ])
  })

  it('reads acronyms in shared brackets at the end of a sentence that names each of them earlier', () => {
    const text = 'This is done under the Deprivation of Liberty Safeguards and the Liberty Protection Safeguards that are due to replace them (DoLS/LPS). DoLS and LPS again.'
    expect(undefinedIn(text)).toEqual([])
    expect(tableOf(text)).toEqual(['DoLS=Deprivation of Liberty Safeguards', 'LPS=Liberty Protection Safeguards'])
    // Only capitalised names count that far from the brackets, and only in the same sentence.
    expect(undefinedIn('The quick response service met. Then the team reported to the board (QRS).')).toEqual(['QRS'])
  })

  it('reads another name introduced with "or", "known as" or "called"', () => {
    const text = 'NHS Talking Therapies \\(formerly Improving Access to Psychological Therapies, or IAPT\\) helps. The Quick Response Service, known as QRS, too. IAPT and QRS.'
    expect(undefinedIn(text, {format: 'markdown'})).toEqual([])
    expect(tableOf(text, {format: 'markdown'})).toEqual(['IAPT=Improving Access to Psychological Therapies', 'NHS=National Health Service', 'QRS=Quick Response Service'])
    expect(undefinedIn('Ask the council or QRS.')).toEqual(['QRS'])
  })

  it('defines only the acronyms in shared brackets that the words spell out', () => {
    expect(undefinedIn('The Mental Capacity Act and Deprivation of Liberty Safeguards (DoLS/LPS) apply. LPS will replace DoLS.')).toEqual(['LPS'])
  })

  it('reads definitions around links, in Markdown and in plain text', () => {
    const shapes = [
      'See [Joint Strategic Needs Assessment (JSNA)](https://example.org/jsna). The JSNA says.',
      'See the [JSNA](https://example.org/jsna) (Joint Strategic Needs Assessment). The JSNA says.',
      'The [Joint Strategic Needs Assessment](https://example.org/jsna) (JSNA) says. The JSNA says.'
    ]
    for (const text of shapes) {
      expect(undefinedIn(text, {format: 'markdown'}), text).toEqual([])
      expect(undefinedIn(text, {format: 'text'}), text).toEqual([])
    }
  })

  it('reads "(the ACR)", an apostrophe plural and an expansion followed by a comma', () => {
    const text = 'The Quick Response Service (the QRS) and Primary Care Networks (PCN’s) met. The TUV (Town Urban Vision, 2024) too. QRS, PCN and TUV.'
    expect(undefinedIn(text)).toEqual([])
    expect(tableOf(text)).toEqual(['PCN=Primary Care Networks', 'QRS=Quick Response Service', 'TUV=Town Urban Vision'])
  })

  it('reads definitions written as prose in a Definitions section, for the whole document', () => {
    const text = '## Key points\n\n- The TOC hub plans each discharge.\n\n## Definitions\n\n2.2 The transfer of care (TOC) hub is the team that plans discharges.\n\n## Roles\n\nThe TOC hub meets daily.'
    expect(run(text, {format: 'markdown', audience: 'board'}).messages.filter((m) => m.ruleId.startsWith('acronym'))).toEqual([])
    expect(tableOf(text, {format: 'markdown'})).toEqual(['TOC=transfer of care'])
  })

  it('takes no placeholder row of a glossary as a definition', () => {
    const text = [
      'The XYZ and the QRS and the TUV and the VWX met.',
      '',
      '## Glossary',
      '',
      '| Acronym | Meaning |',
      '| --- | --- |',
      '| XYZ | Not known: please spell this out |',
      '| QRS | Quick Response Service |',
      '| TUV | TBC |',
      '',
      'VWX – ?'
    ].join('\n')
    expect(undefinedIn(text, {format: 'markdown', audience: 'board'})).toEqual(['XYZ', 'TUV', 'VWX'])
    expect(tableOf(text, {format: 'markdown'})).toEqual(['QRS=Quick Response Service', 'TUV=null', 'VWX=null', 'XYZ=null'])
  })
})

describe('what only looks like an acronym', () => {
  const undefinedIn = (text: string, options = {}) => actuals(text, 'acronym-undefined', options)

  it('leaves out file sizes and other quantities with units', () => {
    expect(undefinedIn('The files are 0.5MB, 2.85MB and 2GB; the route is 10KM. Then XYZ.')).toEqual(['XYZ'])
  })

  it('leaves out form and reference codes of letters and digits, unless the dictionary knows them', () => {
    expect(undefinedIn('Use form FP10 or SC1, send the ESA50 to site R1H, then ask the S151 officer.')).toEqual(['S151'])
  })

  it('leaves out the codes and names the dictionary lists, only where the whole name is written', () => {
    expect(undefinedIn('We met on MS Teams. Site RQX reported.')).toEqual([])
    expect(undefinedIn('Support for people with MS.')).toEqual(['MS'])
  })

  it('leaves out a person’s initials after their name in a list of who was present, and never lists them', () => {
    const minutes = [
      '# Minutes',
      '',
      'Present: Jane Smith (JS), Chair; Cllr Ahmed Khan (AK); Kate O’Neill (KO).',
      '',
      '## Actions',
      '',
      'JS to write to the XYZ. AK and KO to report back.'
    ].join('\n')
    // Cllr in a list of names is a title, as Dr is; JS, AK and KO are people.
    expect(undefinedIn(minutes, {format: 'markdown'})).toEqual(['XYZ'])
    expect(run(minutes, {format: 'markdown'}).stats.acronyms.map((row) => row.acronym)).toEqual(['XYZ'])
    const underHeading = '## Attendees\n\n- Jane Smith (JS)\n- Ahmed Khan (AK)\n\n## Notes\n\nJS and AK agreed.'
    expect(undefinedIn(underHeading, {format: 'markdown'})).toEqual([])
    expect(run(underHeading, {format: 'markdown'}).stats.acronyms).toEqual([])
  })

  it('keeps an organisation’s initials as an acronym, even when they read like a name', () => {
    const text = 'Tower Hamlets Together (THT) and Jane Smith Associates (JSA) met. THT agreed.'
    expect(run(text).stats.acronyms.map((row) => `${row.acronym}=${row.expansion}`)).toEqual(['JSA=Jane Smith Associates', 'THT=Tower Hamlets Together'])
  })
})

describe('meanings chosen to fit the document', () => {
  const expectedOf = (text: string, acronym: string) =>
    run(text)
      .messages.filter((message) => message.ruleId === 'acronym-undefined' && message.actual === acronym)
      .map((message) => message.expected)

  it('offers only the meaning of the document’s subject when its other acronyms agree', () => {
    expect(expectedOf('The PCN, the GP practices and the CCG agreed the plan.', 'PCN')).toEqual([['primary care network (PCN)']])
    expect(expectedOf('Each PCN issued in the CPZ is checked against ANPR records.', 'PCN')).toEqual([['penalty charge notice (PCN)']])
  })

  it('offers every meaning, in the dictionary’s order, when the document does not say', () => {
    expect(expectedOf('The PCN met.', 'PCN')).toEqual([['primary care network (PCN)', 'penalty charge notice (PCN)']])
  })

  it('puts first a meaning the text spells out elsewhere', () => {
    expect(expectedOf('The PCN was paid. A penalty charge notice costs £65.', 'PCN')).toEqual([['penalty charge notice (PCN)']])
  })

  it('asks for a well-known acronym to be spelled out where the subject gives it another meaning', () => {
    const dictionary = {
      acronyms: [acronymIn('DNA', ['deoxyribonucleic acid', 'general'], ['did not attend', 'nhs']), acronymIn('GP', ['general practitioner', 'nhs'], ['general practice', 'nhs'])],
      wellKnown: {public: ['DNA', 'GP'], board: ['DNA', 'GP'], staff: ['DNA', 'GP']}
    }
    const withDna = (text: string) => run(text, {dictionaries: [testDictionary, dictionary]}).messages.filter((m) => m.ruleId === 'acronym-undefined').map((m) => `${m.actual}: ${m.expected.join('; ')}`)
    expect(withDna('The DNA sample was sent.')).toEqual([])
    expect(withDna('The DNA rate fell at GP practices in the PCN and the CCG.')).toEqual(['DNA: did not attend (DNA)', 'PCN: primary care network (PCN)', 'CCG: clinical commissioning group (CCG)'])
    // Another meaning from the same domain keeps it well known.
    expect(withDna('Modern general practice needs more GP time in the PCN and the CCG.')).toEqual(['PCN: primary care network (PCN)', 'CCG: clinical commissioning group (CCG)'])
  })

  it('never offers a dated Act the text contradicts', () => {
    // The Act is named in another sentence: named in the acronym's own, it needs no spelling out.
    expect(expectedOf('The MHA applies. Detention is under the Mental Health Act 1983.', 'MHA')).toEqual([['Mental Health Act 1983 (MHA)']])
    expect(expectedOf('The MHA changes. The Mental Health Act 2025 comes into force soon.', 'MHA')).toEqual([['Mental Health Act 2025 (MHA)']])
    expect(expectedOf('Training on the MHA starts soon. It will follow the new Mental Health Act.', 'MHA')).toEqual([['Mental Health Act (MHA)']])
    expect(expectedOf('The MHA applies to detention under the Mental Health Act 1983.', 'MHA')).toEqual([])
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
  it('lets a later section spell an acronym out again the same way, not the same section, and never a different way', () => {
    const text = [
      '# Report',
      '',
      '## 1. Introduction',
      '',
      'The Mental Health Act 1983 (MHA) applies. Later the Mental Health Act (MHA) is named again.',
      '',
      '## 2. Detail',
      '',
      'The Mental Health Act (MHA) allows detention. The Mental Health Act (MHA) also allows treatment. The Mental Hygiene Act (MHA) does not exist.'
    ].join('\n')
    expect(findings(text, 'acronym-redefined', {format: 'markdown'})).toEqual([
      '5:72-5:75: MHA is already spelled out earlier: use MHA on its own here.',
      '9:70-9:73: MHA is already spelled out earlier: use MHA on its own here.',
      '9:122-9:125: MHA is spelled out two different ways: “Mental Health Act 1983” and “Mental Hygiene Act”. Use one.'
    ])
  })

  it('takes the sections of a page whose top headings are deeper than "##" ("#### North", "#### South")', () => {
    const text = [
      'A short intro to the two regions.',
      '',
      '#### North',
      '',
      'Each site runs a body mass index (BMI) check.',
      '',
      '##### Changes in May',
      '',
      'From May the body mass index (BMI) check is yearly.',
      '',
      '#### South',
      '',
      'Here the body mass index (BMI) check is done at home.'
    ].join('\n')
    expect(findings(text, 'acronym-redefined', {format: 'markdown'})).toEqual(['9:31-9:34: BMI is already spelled out earlier: use BMI on its own here.'])
  })

  it('hears the same meaning through case, plurals, articles and a prefix', () => {
    expect(
      findings('The Integrated Care Board (ICB) met. Later, integrated care boards (ICBs) met. NHS North East London (NEL) and then North East London (NEL). A serious mental illness (SMI) and serious mental illnesses (SMI).', 'acronym-redefined')
    ).toEqual(['1:69-1:73: ICB is already spelled out earlier: use ICB on its own here.', '1:136-1:139: NEL is already spelled out earlier: use NEL on its own here.', '1:203-1:206: SMI is already spelled out earlier: use SMI on its own here.'])
  })

  it('reports a second definition, the same or different', () => {
    expect(findings('The Care Quality Commission (CQC) came. The Care Quality Commission (CQC) went. The Care Quality Council (CQC) wrote.', 'acronym-redefined')).toEqual([
      '1:70-1:73: CQC is already spelled out earlier: use CQC on its own here.',
      '1:107-1:110: CQC is spelled out two different ways: “Care Quality Commission” and “Care Quality Council”. Use one.'
    ])
  })
})
