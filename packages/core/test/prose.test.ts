import {describe, expect, it} from 'vitest'
import {BlockAnalysis} from '../src/lib/analysis/block-analysis.js'
import type {ParsedDocument} from '../src/lib/document/block.js'
import {parseHtml} from '../src/lib/document/html.js'
import {parseMarkdown} from '../src/lib/document/markdown.js'
import {parseParagraphs, type ParagraphInput} from '../src/lib/document/paragraphs.js'
import {parsePlainText} from '../src/lib/document/plain-text.js'
import {hasVerb} from '../src/lib/analysis/prose.js'
import {checkParagraphs} from '../src/index.js'
import {run, testDictionary} from './helpers.js'

const parsers = {markdown: parseMarkdown, text: parsePlainText, html: parseHtml}

/** Each sentence of a document as `kind: reported text`. */
function classify(parsed: ParsedDocument): string[] {
  const lines: string[] = []
  for (const block of parsed.blocks) {
    const analysis = new BlockAnalysis(block, {match: () => []} as never, () => false)
    for (const segment of analysis.prose) {
      lines.push(`${segment.kind}: ${parsed.text.slice(block.start + segment.start, block.start + segment.end).replace(/\s+/g, ' ')}`)
    }
  }
  return lines
}

const kinds = (text: string, format: keyof typeof parsers = 'markdown') => classify(parsers[format](text))
const sentenceRules = new Set(['readability', 'sentence-length', 'passive'])

describe('which sentences are prose', () => {
  it('leaves out metadata lines, signatures and form fields in a board paper', () => {
    const paper = [
      '# Winter discharge plan',
      '',
      '**Report of:** Corporate Director, Health, Adults and Community',
      '',
      '**Classification:** Unrestricted',
      '',
      '**Wards affected:** All wards',
      '',
      'Report of: Director of Public Health',
      'Classification: Unrestricted',
      'Key decision: No',
      '',
      '1.1 This report asks the Board to agree the joint winter discharge plan.',
      '',
      '**Recommendation:** The Board is asked to agree the plan.',
      '',
      'Signed ............................ Date ..........',
      '',
      'Priya Raman',
      'Head of Intermediate Care and Hospital Discharge',
      'Eastbrook Council'
    ].join('\n')
    expect(kinds(paper)).toEqual([
      'heading: Winter discharge plan',
      'metadata: Corporate Director, Health, Adults and Community',
      'metadata: Unrestricted',
      'metadata: All wards',
      'metadata: Director of Public Health',
      'metadata: Unrestricted',
      'metadata: No',
      'prose: This report asks the Board to agree the joint winter discharge plan.',
      'prose: The Board is asked to agree the plan.',
      'form-field: Signed ............................',
      'form-field: Date ..........',
      'fragment: Priya Raman',
      'fragment: Head of Intermediate Care and Hospital Discharge',
      'fragment: Eastbrook Council'
    ])
  })

  it('leaves out link text, download titles and captions', () => {
    const page = [
      '- [Joint winter discharge plan 2026/27 (PDF, 1.2MB)](https://example.org/plan.pdf)',
      '- Equality impact assessment (Word document, 300 KB)',
      '- [Report a repair online](https://example.org/repairs)',
      '',
      'Figure 3: Emergency admissions of people aged 65 and over, by month, 2024 to 2026',
      '',
      'You can [read the full plan on our website](https://example.org/plan) if you want more detail about what we will do.'
    ].join('\n')
    expect(kinds(page)).toEqual([
      'link-text: Joint winter discharge plan 2026/27 (PDF, 1.2MB)',
      'link-text: Equality impact assessment (Word document, 300 KB)',
      'link-text: Report a repair online',
      // What a rule would report: the label "Figure 3:" is left out.
      'caption: Emergency admissions of people aged 65 and over, by month, 2024 to 2026',
      // A sentence with a link in it is prose; its reported span is the whole sentence, link included.
      'prose: You can [read the full plan on our website](https://example.org/plan) if you want more detail about what we will do.'
    ])
  })

  it('leaves out page furniture from a converted PDF, and keeps the sentence around it', () => {
    const pdf = [
      'OFFICIAL',
      'Eastbrook Mental Health Needs Assessment 2026',
      'Page 4 of 12',
      '',
      'Demand for crisis support has risen every year since 2021, and the',
      'Page 5 of 12',
      'community teams cannot see everyone who needs them within four weeks.'
    ].join('\n')
    expect(kinds(pdf, 'text')).toEqual([
      'page-furniture: OFFICIAL',
      'fragment: Eastbrook Mental Health Needs Assessment 2026',
      'page-furniture: Page 4 of 12',
      // One sentence on both sides of the page break, in document order after it.
      'prose: Demand for crisis support has risen every year since 2021, and the Page 5 of 12 community teams cannot see everyone who needs them within four weeks.',
      'page-furniture: Page 5 of 12'
    ])
  })

  it('leaves out short table cells and list items that finish a lead-in sentence', () => {
    const markdown = [
      'The committee is asked to:',
      '',
      '- note the corporate risk register at Appendix A;',
      '- agree the new target scores for risks 3 and 7.',
      '',
      '| Risk | Owner | Update |',
      '|---|---|---|',
      '| Budget gap | Director of Finance | The council expects to need £18.6 million more than it has in 2027/28, and savings plans so far cover half of that. |'
    ].join('\n')
    expect(kinds(markdown)).toEqual([
      'prose: The committee is asked to:',
      'fragment: note the corporate risk register at Appendix A;',
      'fragment: agree the new target scores for risks 3 and 7.',
      'table-label: Risk',
      'table-label: Owner',
      'table-label: Update',
      'table-label: Budget gap',
      'table-label: Director of Finance',
      'prose: The council expects to need £18.6 million more than it has in 2027/28, and savings plans so far cover half of that.'
    ])
  })

  it('keeps short plain sentences and instructions, and leaves out titles and labels', () => {
    expect(kinds('We met. Please arrive 20 minutes early. In an emergency, call 999. Most people go home by taxi.', 'text')).toEqual([
      'prose: We met.',
      'prose: Please arrive 20 minutes early.',
      'prose: In an emergency, call 999.',
      'prose: Most people go home by taxi.'
    ])
    expect(kinds('**Planning from day one.** We will start planning on the day a person is admitted.')).toEqual([
      'fragment: Planning from day one.',
      'prose: We will start planning on the day a person is admitted.'
    ])
    // Without a verb the parser cannot see, a sentence with a full stop and more than six words is still prose.
    expect(kinds('The organisation’s comprehensive programme necessitates considerable collaboration.', 'text')).toEqual([
      'prose: The organisation’s comprehensive programme necessitates considerable collaboration.'
    ])
    expect(kinds('Director of Adult Social Care and Integrated Commissioning.', 'text')).toEqual(['fragment: Director of Adult Social Care and Integrated Commissioning.'])
    expect(kinds('Dear Mrs Begum,\n\nYours sincerely,', 'text')).toEqual(['fragment: Dear Mrs Begum,', 'fragment: Yours sincerely,'])
  })

  it('does not cut wrapped prose at its line breaks', () => {
    const wrapped = 'The council will work with the hospital and\ncommunity health services to make sure that people\ngo home as soon as they are well enough.'
    expect(kinds(wrapped, 'text')).toEqual([`prose: ${wrapped.replace(/\n/g, ' ')}`])
  })

  it('cuts a sentence the parser ran on after a number', () => {
    expect(kinds('Source: NHS England, 2025/26. Prevalence is the share of people on a register.', 'text')).toEqual([
      'metadata: NHS England, 2025/26.',
      'prose: Prevalence is the share of people on a register.'
    ])
  })

  it('reads HTML and Word paragraphs the same way', () => {
    const html = '<p><strong>Report of:</strong> Director of Public Health</p><h2>Summary</h2><p>This page is about residents aged 65 and over.</p><ul><li><a href="/a.pdf">Older people JSNA chapter 2026 (PDF, 2.8MB)</a></li></ul><figure><figcaption>Residents aged 65 and over, by age group</figcaption></figure>'
    expect(kinds(html, 'html')).toEqual([
      'metadata: Director of Public Health',
      'heading: Summary',
      'prose: This page is about residents aged 65 and over.',
      'link-text: Older people JSNA chapter 2026 (PDF, 2.8MB)',
      'caption: Residents aged 65 and over, by age group'
    ])
    const paragraphs: ParagraphInput[] = [
      {text: 'Winter discharge plan', heading: 1},
      {text: 'Report of: Corporate Director, Health, Adults and Community'},
      {text: 'Risk', row: 1},
      {text: 'This report asks the Board to agree the plan.'}
    ]
    expect(classify(parseParagraphs(paragraphs))).toEqual([
      'heading: Winter discharge plan',
      'metadata: Corporate Director, Health, Adults and Community',
      'table-label: Risk',
      'prose: This report asks the Board to agree the plan.'
    ])
  })

  it('takes a quotation from another author as not the writer’s to rewrite: a block quote, or a sentence in quotation marks', () => {
    const quoted = 'Once the forms are in one place we can think about each of the three teams on its own and leave the rest of the office to get on with its work.'
    expect(kinds(`Our planner put it well:\n\n> ${quoted}\n\n“${quoted}”\n\nShe said: “${quoted}”\n\nTenants told us the new forms were “far too long” for them.`)).toEqual([
      'prose: Our planner put it well:',
      `quotation: ${quoted}`,
      `quotation: “${quoted}”`,
      `quotation: She said: “${quoted}”`,
      'prose: Tenants told us the new forms were “far too long” for them.'
    ])
    expect(kinds(`<p>Our planner put it well:</p><blockquote><p>${quoted}</p></blockquote>`, 'html')).toEqual(['prose: Our planner put it well:', `quotation: ${quoted}`])
    // So no sentence rule reports a long quotation.
    const long = `The guidance says: “${quoted} ${quoted.replace(/\.$/, '')} and more besides.”`
    expect(run(long, {audience: 'public'}).messages.filter((message) => sentenceRules.has(message.ruleId))).toEqual([])
  })

  it('takes a heading and the list of who came out of the sentence in minutes run together by a conversion', () => {
    const minutes =
      'NORTHBROOK TOWN COUNCIL Minutes of the meeting held on Tuesday 4 March 2025 at 7pm in the Church Rooms Present: Cllr Ann Pike (Chair) Cllr Tom Reed Cllr Sara Hale (Vice Chair) Cllr Joe Lamb Ms Ivy Cole (Town Clerk) Also, in attendance: Cllr Ben Moss, District Council Mr Ray Dunn, Tree Warden 31/25 Welcome The Chair opened the meeting and thanked everyone for coming.'
    expect(kinds(minutes)).toEqual([
      'prose: NORTHBROOK TOWN COUNCIL Minutes of the meeting held on Tuesday 4 March 2025 at 7pm in the Church Rooms',
      'metadata: Cllr Ann Pike (Chair) Cllr Tom Reed Cllr Sara Hale (Vice Chair) Cllr Joe Lamb Ms Ivy Cole (Town Clerk)',
      'metadata: Also, in attendance: Cllr Ben Moss, District Council Mr Ray Dunn, Tree Warden',
      'prose: The Chair opened the meeting and thanked everyone for coming.'
    ])
  })

  it('leaves a numbered agenda item’s title out of the sentence run into it, however long the title', () => {
    const item = '.42/25 To approve the minutes of the ordinary meeting on 2 May 2025 and the planning meeting held on 9 May 2025 It was noted that the second date was wrong on the agenda.'
    expect(kinds(item)).toEqual(['prose: It was noted that the second date was wrong on the agenda.'])
    // A year written as "2024/25" is not an item number.
    expect(kinds('In 2024/25 Northbrook spent more on roads than the year before.')).toEqual(['prose: In 2024/25 Northbrook spent more on roads than the year before.'])
  })

  it('spots verbs by their cues', () => {
    expect(hasVerb(['We', 'met'])).toBe(true)
    expect(hasVerb(['The', 'plan', 'shows', 'demand'])).toBe(true)
    expect(hasVerb(['Call', 'us', 'today'])).toBe(true)
    expect(hasVerb(['Residents', 'welcomed', 'the', 'plan'])).toBe(true)
    expect(hasVerb(['Housing', 'and', 'planning'])).toBe(false)
    expect(hasVerb(['Director', 'of', 'Public', 'Health'])).toBe(false)
    expect(hasVerb(['Support', 'for', 'carers'])).toBe(true)
    expect(hasVerb(['Meeting', 'in', 'May'])).toBe(false)
  })
})

describe('sentence rules judge prose only, through every input', () => {
  const hardLabel = 'Corporate Director, Integrated Commissioning, Transformation and Organisational Development Directorate, Safeguarding and Quality Assurance'
  const markdown = [
    `# ${hardLabel}`,
    '',
    `**Report of:** ${hardLabel}`,
    '',
    `- [${hardLabel} (PDF, 1.2MB)](https://example.org/a.pdf)`,
    '',
    `| ${hardLabel} | Yes |`,
    '|---|---|',
    '',
    'The report will be approved.'
  ].join('\n')

  it('gives no sentence finding on a heading, metadata line, link or table label (Markdown)', () => {
    const {messages, stats} = run(markdown, {format: 'markdown'})
    expect(messages.filter((message) => sentenceRules.has(message.ruleId)).map((message) => `${message.ruleId} ${message.actual}`)).toEqual(['passive will be approved'])
    // Word-level rules still apply everywhere.
    expect(run('# Our JSNA\n\n**Report of:** the JSNA lead', {format: 'markdown'}).messages.map((message) => message.ruleId)).toEqual(['acronym-undefined'])
    expect(stats.sentences).toBe(1)
  })

  it('gives none in plain text, HTML or Word paragraphs either', () => {
    const text = `Report of: ${hardLabel}\n\n${hardLabel}\n\nThe report will be approved.`
    const html = `<h1>${hardLabel}</h1><p><b>Report of:</b> ${hardLabel}</p><p><a href="/a.pdf">${hardLabel} (PDF, 1.2MB)</a></p><table><tr><td>${hardLabel}</td></tr></table><p>The report will be approved.</p>`
    const paragraphs = [{text: hardLabel, heading: 1}, {text: `Report of: ${hardLabel}`}, {text: hardLabel, row: 1}, {text: 'The report will be approved.'}]
    const results = [run(text), run(html, {format: 'html'}), checkParagraphs(paragraphs, {builtinDictionary: false, dictionaries: [testDictionary], suggestions: true})]
    for (const result of results) {
      expect(result.messages.filter((message) => sentenceRules.has(message.ruleId)).map((message) => `${message.ruleId} ${message.actual}`)).toEqual(['passive will be approved'])
      expect(result.stats.sentences).toBe(1)
    }
  })

  it('reports the whole sentence it counted, across emphasis and links, and no markup around it', () => {
    const long = 'The council and its partners in the NHS will work with residents, carers, voluntary groups and staff from every service to design the new discharge hub together over the winter months.'
    const {messages} = run(`**${long}**\n\n1. _${long}_\n\n| ${long} |\n|---|\n\nThey said that [${long.slice(0, 40)}](https://example.org) and more of the same until the sentence is far too long for anyone to follow easily.`, {
      format: 'markdown'
    })
    const sentences = messages.filter((message) => message.ruleId === 'sentence-length')
    expect(sentences).toHaveLength(4)
    // Markup that opens or closes the sentence stays outside; markup inside it is inside the span.
    expect(sentences.slice(0, 3).map((message) => message.actual)).toEqual([long, long, long])
    expect(sentences[3]!.actual).toBe(`They said that [${long.slice(0, 40)}](https://example.org) and more of the same until the sentence is far too long for anyone to follow easily.`)
  })
})
