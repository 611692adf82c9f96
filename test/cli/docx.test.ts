/**
 * Word documents: a .docx made here with npm `docx`. Headings keep their level (so reading age
 * works per section), line N of the findings is paragraph N, and the human report says
 * "paragraph N".
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
  ;({dir, cleanup} = await makeFolder())
  await writeFile(path.join(dir, 'report.docx'), await Packer.toBuffer(document))
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

  it('says "paragraph N" in the human report', async () => {
    const result = await runCli(['check', 'report.docx', '--rule', 'readability=off'], {cwd: dir})
    expect(result.stdout).toMatch(/^ {2}paragraph 4 {3}warning {2}Spell out ICB the first time you use it: integrated care board \(ICB\)\. {2}acronym-undefined$/m)
    expect(result.stdout).toMatch(/^ {2}paragraph 10 {2}warning {2}Use plain words instead of “signpost”/m)
  })

  it('lists its acronyms in a glossary', async () => {
    const result = await runCli(['glossary', 'report.docx'], {cwd: dir})
    expect(result.stdout).toBe('| Acronym | Meaning |\n| --- | --- |\n| ICB | Integrated care board |\n')
  })
})
