/**
 * Word documents: a .docx made here with npm `docx`. Headings keep their level (so reading age
 * works per section), line N of the findings is paragraph N in JSON and SARIF, and every human
 * format places a finding by its heading and its paragraph's opening words; the terminal adds the
 * paragraph's number, the other formats the column and the words found. Form fields in heading
 * styles are not headings.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {cliRequire, makeFolder, parseJsonReport, runCli} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

interface DocxModule {
  Document: new (options: object) => object
  Packer: {toBuffer(document: object): Promise<Uint8Array>}
  Paragraph: new (options: object | string) => object
  TextRun: new (options: object | string) => object
  HeadingLevel: Record<string, string>
  Table: new (options: object) => object
  TableRow: new (options: object) => object
  TableCell: new (options: object) => object
}

let dir: string
let cleanup: () => Promise<void>

beforeAll(async () => {
  const {Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell} = cliRequire('docx') as DocxModule
  const cell = (text: string) => new TableCell({children: [new Paragraph(text)]})
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({text: 'Budget report', heading: HeadingLevel['HEADING_1']}), // 1
          new Paragraph({children: [new TextRun('The council agreed the budget. '), new TextRun({text: 'We will commence in May.', bold: true})]}), // 2
          new Paragraph({text: 'Health', heading: HeadingLevel['HEADING_2']}), // 3
          new Paragraph({text: 'We met the ICB in May.'}), // 4
          new Table({rows: [new TableRow({children: [cell('Ward'), cell('Spend')]}), new TableRow({children: [cell('North'), cell('£4m')]})]}), // 5–8
          new Paragraph({text: 'Next steps', heading: HeadingLevel['HEADING_2']}), // 9
          new Paragraph({text: 'We will signpost you to help.'}) // 10
        ]
      }
    ]
  })
  // A form whose fields carry a heading style, and a letter whose headings are bold lines.
  const form = new Document({
    sections: [
      {
        children: [
          new Paragraph({text: 'Hospital discharge checklist', heading: HeadingLevel['HEADING_1']}),
          new Paragraph({text: `PATIENT NAME: ${'…'.repeat(30)} NHS NUMBER: ${'…'.repeat(20)} WARD: ${'…'.repeat(20)} CONSULTANT: ${'…'.repeat(25)}`, heading: HeadingLevel['HEADING_2']}),
          new Paragraph({text: 'The ward checks each item with the patient and their carer before the patient goes home.'}),
          new Paragraph({text: 'Signed ………………… Date ……………', heading: HeadingLevel['HEADING_2']}),
          new Paragraph({text: 'Medicines to take home', heading: HeadingLevel['HEADING_2']}),
          new Paragraph({text: 'The pharmacist explains each new medicine and how to take it.'})
        ]
      }
    ]
  })
  const letter = new Document({
    sections: [
      {
        children: [
          new Paragraph({children: [new TextRun({text: 'Your care package', bold: true})]}),
          new Paragraph({text: 'We have looked at the support you get at home each week. We will signpost you to the advice line.'}),
          new Paragraph({children: [new TextRun({text: 'What happens next', bold: true})]}),
          new Paragraph({text: 'We will also signpost your carer to a respite service.'}),
          new Paragraph({children: [new TextRun('A social worker will phone you. '), new TextRun({text: 'Please keep this letter.', bold: true})]}),
          // A bold list item is a list item, never a heading.
          new Paragraph({children: [new TextRun({text: 'Proof of benefits', bold: true})], bullet: {level: 0}})
        ]
      }
    ]
  })
  ;({dir, cleanup} = await makeFolder())
  await writeFile(path.join(dir, 'report.docx'), await Packer.toBuffer(document))
  await writeFile(path.join(dir, 'form.docx'), await Packer.toBuffer(form))
  await writeFile(path.join(dir, 'letter.docx'), await Packer.toBuffer(letter))
})
afterAll(() => cleanup())

describe('.docx input', () => {
  it('puts each finding on its paragraph', async () => {
    const result = await runCli(['check', 'report.docx', '-f', 'json', '--rule', 'readability=off'], {cwd: dir})
    expect(result.code).toBe(0)
    const [file] = parseJsonReport(result.stdout)
    expect(file!.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual}`)).toEqual([
      '2:40 jargon commence',
      '4:12 acronym-undefined ICB',
      '10:9 jargon signpost'
    ])
  })

  it('keeps the headings, so reading age is measured per section', async () => {
    const result = await runCli(['stats', 'report.docx', '-f', 'json'], {cwd: dir})
    expect(result.code).toBe(0)
    const {stats} = JSON.parse(result.stdout) as {stats: {sections: Array<{heading: string; line: number; depth: number; words: number}>}}
    expect(stats.sections.map((section) => `${section.line} ${section.depth} ${section.heading} ${section.words}`)).toEqual([
      '1 1 Budget report 10',
      // Table cells count as words, not sentences.
      '3 2 Health 10',
      '9 2 Next steps 6'
    ])
  })

  it('places each finding under its heading and paragraph, by the paragraph’s number (a column means nothing in Word), saying the words once, in the terminal', async () => {
    const result = await runCli(['check', 'report.docx', '--rule', 'readability=off', '--rule', 'simpler-word=off'], {cwd: dir})
    expect(result.code).toBe(0)
    const icb = 'Spell out ICB the first time you use it: integrated care board (ICB).'
    expect(result.stdout.split('\n').slice(1, 11)).toEqual([
      'report.docx',
      '  Budget report',
      '    “The council agreed the budget. We will…”',
      '      paragraph 2   warning  Use plain words instead of “commence”: “start” or “begin”.  jargon',
      '  Health',
      '    “We met the ICB in May.”',
      `      paragraph 4   warning  ${icb}  acronym-undefined`,
      '  Next steps',
      '    “We will signpost you to help.”',
      expect.stringMatching(/^ {6}paragraph 10 {2}warning {2}Use plain words instead of “signpost”: .+ {2}jargon$/)
    ])
    expect(result.stdout).not.toMatch(/col \d/)
  })

  it('leads with the words found when the reason does not name them', async () => {
    const long = 'The council and its partners in the health service have agreed that the new service will start in the spring and that it will be reviewed by the scrutiny committee at the end of its first full year of running.'
    const {Document, Packer, Paragraph} = cliRequire('docx') as DocxModule
    await writeFile(path.join(dir, 'long.docx'), await Packer.toBuffer(new Document({sections: [{children: [new Paragraph(long)]}]})))
    const result = await runCli(['check', 'long.docx', '--rule', 'readability=off'], {cwd: dir})
    expect(result.stdout).toMatch(/^ {6}paragraph 1 {2}warning {2}“The council and its partners in…” This sentence has 40 words: .+ {2}sentence-length$/m)
  })

  it('places them the same way in GitHub annotations, GitLab code quality and the HTML report', async () => {
    const github = await runCli(['check', 'report.docx', '-f', 'github', '--rule', 'readability=off'], {cwd: dir})
    expect(github.stdout).toContain(
      '::warning file=report.docx,line=4,col=12,endLine=4,endColumn=15,title=Plainspeak acronym-undefined::Spell out ICB the first time you use it: integrated care board (ICB). (under “Health”, in “We met the ICB in May.”, column 12: “ICB”)%0A'
    )
    const gitlab = JSON.parse((await runCli(['check', 'report.docx', '-f', 'gitlab', '--rule', 'readability=off'], {cwd: dir})).stdout) as Array<{check_name: string; description: string}>
    expect(gitlab.find((issue) => issue.check_name === 'jargon' && issue.description.includes('signpost'))!.description).toMatch(/ \(under “Next steps”, in “We will signpost you to help\.”, column 9: “signpost”\)$/)
    const html = (await runCli(['check', 'report.docx', '-f', 'html', '--rule', 'readability=off'], {cwd: dir})).stdout
    expect(html).toContain('<span class="where">2. Under “Health”, in “We met the ICB in May.”, column 12</span>')
    expect(html).not.toMatch(/Paragraph \d/)
  })

  it('keeps exact offsets into the extracted text and the paragraph index in JSON and SARIF', async () => {
    const json = await runCli(['check', 'report.docx', '-f', 'json', '--rule', 'readability=off'], {cwd: dir})
    const [file] = JSON.parse(json.stdout) as Array<{messages: Array<{actual: string; line: number; column: number; offset: number; endOffset: number; paragraph: unknown}>}>
    const icb = file!.messages.find((message) => message.actual === 'ICB')!
    expect(icb).toMatchObject({line: 4, column: 12, paragraph: {index: 4, heading: 'Health', opening: 'We met the ICB in May.'}})
    // The extracted text: one paragraph per line (what `--format html` shows).
    const extracted = ['Budget report', 'The council agreed the budget. We will commence in May.', 'Health', 'We met the ICB in May.', 'Ward', 'Spend', 'North', '£4m', 'Next steps', 'We will signpost you to help.'].join('\n')
    for (const message of file!.messages) expect(extracted.slice(message.offset, message.endOffset)).toBe(message.actual)

    const sarif = JSON.parse((await runCli(['check', 'report.docx', '-f', 'sarif', '--rule', 'readability=off'], {cwd: dir})).stdout)
    const result = sarif.runs[0].results.find((entry: {ruleId: string}) => entry.ruleId === 'acronym-undefined')
    expect(result.locations[0].physicalLocation.region).toEqual({startLine: 4, startColumn: 12, endLine: 4, endColumn: 15, snippet: {text: 'ICB'}})
    expect(result.properties).toEqual({
      expected: ['integrated care board (ICB)'],
      paragraph: 4,
      offset: icb.offset,
      endOffset: icb.endOffset,
      heading: 'Health',
      paragraphStart: 'We met the ICB in May.',
      where: 'under “Health”, in “We met the ICB in May.”, column 12'
    })
  })

  it('takes real headings as sections: never form fields in a heading style; bold title lines standing alone, never a bold list item', async () => {
    const form = JSON.parse((await runCli(['stats', 'form.docx', '-f', 'json'], {cwd: dir})).stdout) as {stats: {sections: Array<{heading: string}>}}
    expect(form.stats.sections.map((section) => section.heading)).toEqual(['Hospital discharge checklist', 'Medicines to take home'])
    const text = (await runCli(['stats', 'form.docx'], {cwd: dir})).stdout
    expect(text).toMatch(/^ {2}Section +Words +Sentences +Reading age$/m)
    expect(text).not.toContain('PATIENT NAME')
    const letter = JSON.parse((await runCli(['stats', 'letter.docx', '-f', 'json'], {cwd: dir})).stdout) as {stats: {sections: Array<{heading: string}>}}
    expect(letter.stats.sections.map((section) => section.heading)).toEqual(['Your care package', 'What happens next'])
  })

  it('shows a repeated term once, at its first use, with the other paragraphs it is in, five at most', async () => {
    const result = await runCli(['check', 'letter.docx', '--rule', 'readability=off'], {cwd: dir})
    expect(result.stdout).toMatch(/^ {6}paragraph 2 +warning {2}Use plain words instead of “signpost”: .+ ×2 \(also paragraph 4\) {2}jargon$/m)
    expect(result.stdout.match(/“signpost”/g)).toHaveLength(1)

    const {Document, Packer, Paragraph} = cliRequire('docx') as DocxModule
    const paragraphs = Array.from({length: 9}, (_unused, index) => new Paragraph(`On day ${index + 1} we will signpost people to help.`))
    await writeFile(path.join(dir, 'many.docx'), await Packer.toBuffer(new Document({sections: [{children: paragraphs}]})))
    const many = await runCli(['check', 'many.docx', '--rule', 'readability=off'], {cwd: dir})
    expect(many.stdout).toMatch(/^ {6}paragraph 1 +warning {2}Use plain words instead of “signpost”: .+ ×9 \(also paragraphs 2, 3, 4, 5, 6 and 3 more\) {2}jargon$/m)
  })

  it('lists its acronyms in a glossary', async () => {
    const result = await runCli(['glossary', 'report.docx'], {cwd: dir})
    expect(result.stdout).toBe('| Acronym | Meaning |\n| --- | --- |\n| ICB | Integrated care board |\n')
  })
})
