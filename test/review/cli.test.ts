/**
 * `plainspeak review` as a child process: every input format, the options, and the import's
 * refusals (no answers, a dictionary that is not a list, writing over an answers file).
 */
import {copyFile, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {cliRequire, runCli} from '../cli/helpers.js'
import {defaultViewSample} from '../default-view-sample.js'

vi.setConfig({testTimeout: 120_000})

const fixtures = path.join(import.meta.dirname, 'fixtures')
let folder: string
const cli = (...args: string[]) => runCli(args, {cwd: folder})

/** The sheet's questions: the headings of its questions, and its title. */
async function questionsIn(sheet: string): Promise<{title: string; questions: string[]}> {
  const html = await readFile(path.join(folder, sheet), 'utf8')
  return {
    title: /<title>(.*?)<\/title>/.exec(html)![1]!,
    questions: [...html.matchAll(/<h3 id="q\d+">(.*?)<\/h3>/g)].map((match) => match[1]!)
  }
}

interface DocxModule {
  Document: new (options: object) => object
  Packer: {toBuffer(document: object): Promise<Uint8Array>}
  Paragraph: new (options: object | string) => object
  HeadingLevel: Record<string, string>
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'plainspeak-review-cli-'))
  for (const name of ['home-care-letter.md', 'gp-appointments.md', 'repairs-notice.html']) await copyFile(path.join(fixtures, name), path.join(folder, name))
  const {Document, Packer, Paragraph, HeadingLevel} = cliRequire('docx') as DocxModule
  const letter = (await readFile(path.join(fixtures, 'home-care-letter.md'), 'utf8')).split(/\n\n+/).map((block) => block.trim())
  const paragraphs = letter.map((block) =>
    block.startsWith('#') ? new Paragraph({text: block.replace(/^#+\s*/, ''), heading: HeadingLevel[block.startsWith('## ') ? 'HEADING_2' : 'HEADING_1']}) : new Paragraph(block)
  )
  await writeFile(path.join(folder, 'home-care-letter.docx'), await Packer.toBuffer(new Document({sections: [{children: paragraphs}]})))
  await writeFile(path.join(folder, 'home-care-letter.txt'), letter.map((block) => block.replace(/^#+\s*/, '')).join('\n\n') + '\n')
})

afterAll(() => (folder ? rm(folder, {recursive: true, force: true}) : undefined))

describe('plainspeak review', () => {
  // The tests of what a sheet asks about a draft ask for suggestions too: which words the
  // judged table puts in the default view is not what they are about.
  it('asks about the default view, and about suggestions too only with --suggestions', async () => {
    // A text the judged table splits at some audience, with an undefined acronym among its suggestions.
    const sample = defaultViewSample({wanted: (message) => message.ruleId === 'acronym-undefined'})
    await writeFile(path.join(folder, 'view.txt'), sample.text)
    const subjects = async (sheet: string) => (await questionsIn(sheet)).questions.flatMap((question) => /“(.+)”/.exec(question)?.[1] ?? [])
    expect((await cli('review', 'view.txt', '--audience', sample.audience, '-o', 'view.html')).code).toBe(0)
    expect((await cli('review', 'view.txt', '--audience', sample.audience, '--suggestions', '-o', 'view-all.html')).code).toBe(0)
    const plain = await subjects('view.html')
    const all = await subjects('view-all.html')
    const acronyms = (messages: typeof sample.shown) => messages.filter((message) => message.ruleId === 'acronym-undefined').map((message) => message.actual)
    for (const acronym of acronyms(sample.suggestions)) {
      expect(plain).not.toContain(acronym)
      expect(all).toContain(acronym)
    }
    for (const acronym of acronyms(sample.shown)) expect(plain).toContain(acronym)
    expect(all).toEqual(expect.arrayContaining(plain))
  })

  it('asks the same about a letter in Markdown, plain text and Word', async () => {
    const expected = ['Question 1: “reablement”', 'Question 2: “outcomes”', 'Question 3: “OT”', 'Question 4: “signpost”', 'Question 5: “PALS”', 'Question 6']
    for (const draft of ['home-care-letter.md', 'home-care-letter.txt', 'home-care-letter.docx']) {
      const result = await cli('review', draft, '-o', `${draft}.html`, '--suggestions')
      expect(result.code, result.stderr).toBe(0)
      expect(await questionsIn(`${draft}.html`), draft).toEqual({title: 'Help us make our writing clear: Help at home after your hospital stay', questions: expected})
    }
  })

  it('reads HTML, takes a title and limits, and writes to stdout without --output', async () => {
    const result = await cli('review', 'gp-appointments.md', '--title', 'GP appointments leaflet', '--max-words', '2', '--max-passages', '0', '--suggestions')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^<!doctype html>/)
    expect(result.stdout).toContain('<title>Help us make our writing clear: GP appointments leaflet</title>')
    expect([...result.stdout.matchAll(/<h3 id="q\d+">(.*?)<\/h3>/g)].map((match) => match[1])).toEqual(['Question 1: “triage”', 'Question 2: “ICB”'])
    expect(result.stderr).toBe('plainspeak: wrote a review sheet to standard output: 2 words and 0 passages to ask about.\n')

    const html = await cli('review', 'repairs-notice.html', '-o', 'repairs.html', '--suggestions')
    expect(html.code).toBe(0)
    expect((await questionsIn('repairs.html')).questions).toEqual(['Question 1: “TMO”', 'Question 2', 'Question 3'])

    // Words no list has yet, asked because the writer asks: in the draft's own spelling.
    const asked = await cli('review', 'repairs-notice.html', '-o', 'repairs-asked.html', '--suggestions', '--ask', 'decent homes', '--ask', 'section  20', '--ask', 'loft hatch')
    expect(asked.stderr).toBe('plainspeak: --ask "loft hatch": not found in repairs-notice.html, so not asked.\nplainspeak: wrote a review sheet to repairs-asked.html: 3 words and 2 passages to ask about.\n')
    expect((await questionsIn('repairs-asked.html')).questions).toEqual(['Question 1: “decent homes”', 'Question 2: “Section 20”', 'Question 3: “TMO”', 'Question 4', 'Question 5'])
  })

  it('makes a sheet with no questions for a plain draft, and says so', async () => {
    await writeFile(path.join(folder, 'plain.md'), '# Bin day\n\nWe collect your bins every Tuesday. Put them out by 7am.\n')
    const result = await cli('review', 'plain.md', '-o', 'plain.html')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('plainspeak: found nothing to ask a panel about in plain.md; wrote a sheet with no questions to plain.html.\n')
  })

  it('titles the sheet with the draft’s title, never a list item or a section’s heading', async () => {
    const titleOf = async (draft: string) => {
      const result = await cli('review', draft, '-o', `${draft}.html`)
      expect(result.code, result.stderr).toBe(0)
      return (await questionsIn(`${draft}.html`)).title.replace('Help us make our writing clear: ', '')
    }
    await writeFile(path.join(folder, 'late-title.md'), '## Item 4\n\nFor the meeting on Monday.\n\n# Changes to bin day\n\n## What happens next\n\nWe collect on Tuesdays.\n')
    await writeFile(path.join(folder, 'no-title.md'), 'Dear resident,\n\nWe are writing about your bins.\n\n## What happens next\n\nWe collect on Tuesdays.\n')
    expect(await titleOf('late-title.md')).toBe('Changes to bin day')
    expect(await titleOf('no-title.md')).toBe('no-title.md')
    // A Word file that opens with a bold list item, then has its sections in heading styles.
    const {Document, Packer, Paragraph, HeadingLevel, TextRun} = cliRequire('docx') as DocxModule & {TextRun: new (options: object) => object}
    const paragraphs = [
      new Paragraph({children: [new TextRun({text: 'Bring your bin card', bold: true})], bullet: {level: 0}}),
      new Paragraph('We will ask to see it.'),
      new Paragraph({text: 'What happens next', heading: HeadingLevel['HEADING_2']}),
      new Paragraph('We collect on Tuesdays.')
    ]
    await writeFile(path.join(folder, 'bin-card.docx'), await Packer.toBuffer(new Document({sections: [{children: paragraphs}]})))
    expect(await titleOf('bin-card.docx')).toBe('bin-card.docx')
  })

  it('asks about the words of the trade, not the words everyone says', async () => {
    await writeFile(
      path.join(folder, 'winter.md'),
      '# Staying well this winter\n\nFlu and other diseases spread quickly when it is cold. Call the surgery and the team will triage your call. We will also signpost you to a warm space near you.\n'
    )
    const result = await cli('review', 'winter.md', '-o', 'winter.html', '--suggestions')
    expect(result.code, result.stderr).toBe(0)
    expect((await questionsIn('winter.html')).questions).toEqual(['Question 1: “triage”', 'Question 2: “signpost”'])
    // Everyday words are still findings for the writer: only the sheet leaves them out.
    expect((await cli('check', 'winter.md', '--suggestions', '--format', 'json')).stdout).toContain('"actual":"diseases"')
  })

  it('needs a draft, and a number for the limits', async () => {
    expect((await cli('review')).stderr).toBe('plainspeak: Name the file to read, or use --stdin.\n')
    const bad = await cli('review', 'plain.md', '--max-words', 'lots')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Expected a whole number of 1 or more.')
  })
})

describe('plainspeak review import', () => {
  const answersOf = (response: string, answers: Array<{kind: string; subject: string; understood: string; words: string}>) => ({
    format: 'plainspeak-review-answers',
    version: 1,
    sheet: {id: '7a7a7a7a', title: 'Estate news', created: '2026-12-04', panel: 'Mile End tenants'},
    response,
    saved: '2026-12-04T10:00:00.000Z',
    answers: answers.map((answer) => ({id: `${answer.kind}:${answer.subject}`, ...answer}))
  })
  const passage = 'Residents of blocks within the regeneration footprint will be offered a choice of decant options before the scheme begins.'

  beforeAll(async () => {
    const words = [
      ['the estate office', 'no idea'],
      ['estate office', ''],
      ['The estate office.', '']
    ]
    for (const [index, response] of ['d1d1d1d1', 'e2e2e2e2', 'f3f3f3f3'].entries()) {
      const file = answersOf(response, [
        {kind: 'acronym', subject: 'EMO', understood: index === 2 ? 'not-sure' : 'no', words: words[index]![0]!},
        {kind: 'passage', subject: passage, understood: 'yes', words: ''}
      ])
      await writeFile(path.join(folder, `estate-${index}.json`), JSON.stringify(file))
    }
  })

  it('keeps the residents’ words for an entry it cannot make, in the preview and as a comment in the file', async () => {
    const files = ['estate-0.json', 'estate-1.json', 'estate-2.json']
    const preview = await cli('review', 'import', ...files, '--dictionary', 'estate-words.yml')
    expect(preview.code, preview.stderr).toBe(0)
    expect(preview.stdout).toContain(
      'EMO: 2 of 3 did not understand and 1 not sure, but Plainspeak does not know what it stands for. Add an entry for it by hand, with its meaning. Their words: “the estate office”; “estate office”.'
    )
    expect(preview.stdout).toContain("EMO: kept as a comment for you to finish by hand, with the residents' words.")

    const written = await cli('review', 'import', ...files, '--dictionary', 'estate-words.yml', '--write')
    expect(written.code, written.stderr).toBe(0)
    expect(await readFile(path.join(folder, 'estate-words.yml'), 'utf8')).toBe(
      "[]\n\n# To add by hand: EMO (review 2026-12-04, Mile End tenants: 2 of 3 did not understand and 1 not sure).\n# Residents' words: “the estate office”; “estate office”.\n"
    )
    expect((await cli('dict', 'lint', 'estate-words.yml')).code).toBe(0)
    // Imported again, the same answers leave the file as it is.
    const again = await cli('review', 'import', ...files, '--dictionary', 'estate-words.yml', '--write')
    expect(again.stdout).toContain('Nothing to change in estate-words.yml.')
  })

  it('says a passage everyone understood was understood by all, and cuts a long passage at a word', async () => {
    const result = await cli('review', 'import', 'estate-0.json', 'estate-1.json', 'estate-2.json', '--dictionary', 'other-words.yml')
    expect(result.stdout).toContain('  “Residents of blocks within the regeneration footprint will…”: All 3 understood it.\n')
    expect(result.stdout).not.toMatch(/0 of 3/)
  })
})

describe('plainspeak review import refuses', () => {
  it('to run without answers files, or with none that can be read', async () => {
    const none = await cli('review', 'import', '--dictionary', 'words.yml')
    expect(none.code).toBe(2)
    expect(none.stderr).toContain("missing required argument 'answers'")
    const missing = await cli('review', 'import', 'nowhere.json', '--dictionary', 'words.yml')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('plainspeak: left out nowhere.json: File not found. Check the path and the spelling of the file name.\nplainspeak: no answers to import, so nothing was changed.\n')
  })

  it('to write over an answers file, or into a dictionary that is not a list of entries', async () => {
    const answers = {
      format: 'plainspeak-review-answers',
      version: 1,
      sheet: {id: '5eed5eed', title: 'Letter', created: '2026-12-04'},
      response: 'a1b2c3d4',
      saved: '2026-12-04T10:00:00.000Z',
      answers: [{id: 'term:signpost', kind: 'term', subject: 'signpost', understood: 'no', words: 'tell you about'}]
    }
    await writeFile(path.join(folder, 'answers.json'), JSON.stringify(answers))
    const over = await cli('review', 'import', 'answers.json', '--dictionary', 'answers.json', '--write')
    expect(over.code).toBe(2)
    expect(over.stderr).toBe('plainspeak: --dictionary answers.json is an answers file (answers.json): writing there would replace it. Nothing was checked or written; choose another file name.\n')

    await writeFile(path.join(folder, 'well-known.yml'), 'public: [GP]\n')
    const notList = await cli('review', 'import', 'answers.json', '--dictionary', 'well-known.yml', '--write')
    expect(notList.code).toBe(2)
    expect(notList.stderr).toBe(
      'plainspeak: well-known.yml is not a list of entries, so answers cannot be added to it. Name your organisation\'s word list (a file of "- term:" entries). Nothing was written.\n'
    )
    expect(await readFile(path.join(folder, 'well-known.yml'), 'utf8')).toBe('public: [GP]\n')
    expect((await cli('review', 'import', 'answers.json', '--dictionary', 'w.yml', '--write', '--dry-run')).stderr).toBe('plainspeak: Give --write or --dry-run, not both.\n')
  })
})
