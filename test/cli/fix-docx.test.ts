/**
 * `plainspeak fix paper.docx -o copy.docx`: safe fixes become Word tracked changes and findings
 * to rewrite by hand become comments, in a copy; checked with real readers of .docx. pandoc
 * reads the copy with every change accepted (the original text with the replacements in) and
 * with every change rejected (the original text exactly); LibreOffice opens it headless.
 * The documents are built here from WordprocessingML written by hand (docx-builder.ts), with
 * formatting that splits a term, a hyperlink, a table, a footnote, a field, content controls and
 * an earlier reviewer's tracked changes and comment.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {inflateRawSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {buildDocx, heading, paragraph, run} from './docx-builder.js'
import {makeFolder, runCli} from './helpers.js'

vi.setConfig({testTimeout: 120_000})
const exec = promisify(execFile)

const reviewer = 'w:author="Clerk" w:date="2026-11-02T09:00:00Z"'
const field = (code: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${code}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`
const cell = (...content: string[]) => `<w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>${paragraph(...content)}</w:tc>`

/** A board paper with every kind of markup fix must keep. */
const boardPaper = buildDocx({
  link: 'https://example.org/repairs',
  body: [
    heading(1, 'Housing repairs plan'),
    // "utilise" split by formatting: "util" plain, "ise" bold.
    paragraph(run('We will util'), run('ise', {b: true}), run(' the new repairs system from May.')),
    paragraph(run('Tenants can '), `<w:hyperlink r:id="rLink"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/><w:u w:val="single"/></w:rPr><w:t>utilise the online portal</w:t></w:r></w:hyperlink>`, run(' at any time.')),
    `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="4000"/></w:tblGrid><w:tr>${cell(run('Ward'))}${cell(run('Action'))}</w:tr><w:tr>${cell(run('North'))}${cell(run('In order to cut waiting times, we will add a team.', {i: true}))}</w:tr></w:tbl>`,
    paragraph(run('The council will utilise'), '<w:r><w:footnoteReference w:id="1"/></w:r>', run(' the reserve fund.')),
    paragraph(run('This plan was agreed on '), field(' DATE \\@ "d MMMM yyyy" ', 'utilise'), run(' by the cabinet.')),
    paragraph(run('The board said we should '), `<w:ins w:id="101" ${reviewer}>${run('utilise')}</w:ins>`, run(' local firms and '), `<w:del w:id="102" ${reviewer}><w:r><w:delText>commence</w:delText></w:r></w:del>`, run('hire apprentices.')),
    paragraph('<w:commentRangeStart w:id="7"/>', run('We also plan to utilise spare rooms.'), '<w:commentRangeEnd w:id="7"/>', '<w:r><w:commentReference w:id="7"/></w:r>'),
    paragraph(`<w:sdt><w:sdtPr><w:lock w:val="contentLocked"/><w:alias w:val="Officer"/></w:sdtPr><w:sdtContent>${run('Officers utilise this box.')}</w:sdtContent></w:sdt>`),
    paragraph(`<w:sdt><w:sdtPr><w:alias w:val="Summary"/></w:sdtPr><w:sdtContent>${run('Teams utilise shared vans.')}</w:sdtContent></w:sdt>`),
    `<w:sdt><w:sdtPr><w:lock w:val="sdtContentLocked"/><w:alias w:val="Legal"/></w:sdtPr><w:sdtContent>${paragraph(run('Staff utilise this clause.'))}</w:sdtContent></w:sdt>`,
    paragraph(run('The QRTP board met on Tuesday.')),
    paragraph(run('The QRTP will meet again in June.')),
    paragraph(
      run(
        'Residents who live in the northern part of the borough and who have been waiting for a long time for repairs to their homes will now be offered a visit from a surveyor within ten working days of their first call.'
      )
    )
  ].join(''),
  footnotes: '<w:footnote w:id="1"><w:p><w:r><w:t>From the budget report to cabinet.</w:t></w:r></w:p></w:footnote>',
  comments: '<w:comment w:id="7" w:author="Clerk" w:date="2026-11-02T09:00:00Z" w:initials="C"><w:p><w:r><w:t>Which rooms?</w:t></w:r></w:p></w:comment>'
})

let dir: string
let cleanup: () => Promise<void>

beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({'paper.docx': boardPaper}))
})
afterAll(async () => cleanup())

/** pandoc's plain text of a .docx, with tracked changes accepted or rejected. */
async function pandocText(file: string, changes: 'accept' | 'reject'): Promise<string> {
  const {stdout} = await exec('pandoc', [`--track-changes=${changes}`, '-f', 'docx', '-t', 'plain', '--wrap=none', file])
  return stdout
}

/** A part of a .docx, read with no library: the test reads the zip's local headers itself. */
function part(docx: Buffer, name: string): string | undefined {
  let offset = 0
  while (offset + 30 <= docx.length && docx.readUInt32LE(offset) === 0x04034b50) {
    const method = docx.readUInt16LE(offset + 8)
    const size = docx.readUInt32LE(offset + 18)
    const nameLength = docx.readUInt16LE(offset + 26)
    const extra = docx.readUInt16LE(offset + 28)
    const partName = docx.toString('utf8', offset + 30, offset + 30 + nameLength)
    const start = offset + 30 + nameLength + extra
    const data = docx.subarray(start, start + size)
    if (partName === name) return (method === 8 ? inflateRawSync(data) : data).toString('utf8')
    offset = start + size
  }
  return undefined
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, 'g'))?.length ?? 0

/** Opens a .docx in LibreOffice (headless, its own profile) and returns its plain text. */
async function libreOfficeText(file: string): Promise<string> {
  const out = await mkdtemp(path.join(tmpdir(), 'plainspeak-soffice-'))
  try {
    await exec('soffice', [`-env:UserInstallation=file://${out}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', out, file], {timeout: 90_000})
    return await readFile(path.join(out, `${path.basename(file, '.docx')}.txt`), 'utf8')
  } finally {
    await rm(out, {recursive: true, force: true})
  }
}

describe('fix paper.docx -o paper-plainspeak.docx', () => {
  let result: Awaited<ReturnType<typeof runCli>>
  let copy: Buffer
  let document: string
  beforeAll(async () => {
    result = await runCli(['fix', 'paper.docx', '-o', 'paper-plainspeak.docx'], {cwd: dir})
    copy = await readFile(path.join(dir, 'paper-plainspeak.docx'))
    document = part(copy, 'word/document.xml')!
  })

  it('writes the copy and says what it did, exit code as for check', () => {
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      'plainspeak: paper.docx: wrote paper-plainspeak.docx with 6 tracked changes (utilise → use ×5, in order to → to) and 3 comments. 4 safe fixes are a comment instead: their words are in a field, an earlier tracked change or a locked content control. Review them in Word (Review tab: accept or reject each change).\n'
    )
    expect(result.code).toBe(0)
  })

  it('never changes the input', async () => {
    expect((await readFile(path.join(dir, 'paper.docx'))).equals(boardPaper)).toBe(true)
  })

  it('pandoc with changes accepted reads the original with the replacements put in', async () => {
    const original = await pandocText(path.join(dir, 'paper.docx'), 'accept')
    const expected = original
      .replace('We will utilise the new', 'We will use the new')
      .replace('can utilise the online', 'can use the online')
      .replace('In order to cut waiting times, we will add a team.', 'To cut waiting times, we will add a team.')
      .replace('will utilise[1]', 'will use[1]')
      .replace('plan to utilise spare', 'plan to use spare')
      .replace('Teams utilise shared', 'Teams use shared')
    // pandoc draws the table as wide as its longest cell.
    const table = (text: string) => text.replace(/ {2,}-+ -+\n/g, '').replace(/ {2,}/g, '  ')
    expect(table(await pandocText(path.join(dir, 'paper-plainspeak.docx'), 'accept'))).toBe(table(expected))
  })

  it('pandoc with changes rejected reads the original exactly', async () => {
    expect(await pandocText(path.join(dir, 'paper-plainspeak.docx'), 'reject')).toBe(await pandocText(path.join(dir, 'paper.docx'), 'reject'))
  })

  it('LibreOffice opens the copy headless', async () => {
    const text = await libreOfficeText(path.join(dir, 'paper-plainspeak.docx'))
    expect(text).toContain('Housing repairs plan')
    // LibreOffice shows the changes, deleted and inserted words side by side.
    expect(text).toContain('We will utiliseuse the new repairs system from May.')
    expect(text).toContain('In order toTo cut waiting times')
  }, 120_000)

  it('makes each replacement a w:del and a w:ins by Plainspeak, dated, inside the runs, with their formatting on both sides', () => {
    const stamp = 'w:author="Plainspeak" w:date="\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"'
    expect(count(document, new RegExp(`<w:del w:id="\\d+" ${stamp}>`))).toBe(6)
    expect(count(document, new RegExp(`<w:ins w:id="\\d+" ${stamp}>`))).toBe(6)
    // "util" + bold "ise": both runs deleted with their own properties; the insertion takes the first's.
    expect(document).toMatch(
      /<w:r><w:t xml:space="preserve">We will <\/w:t><\/w:r><w:del [^>]+><w:r><w:delText>util<\/w:delText><\/w:r><w:r><w:rPr><w:b\/><\/w:rPr><w:delText>ise<\/w:delText><\/w:r><\/w:del><w:ins [^>]+><w:r><w:t>use<\/w:t><\/w:r><\/w:ins><w:r><w:t xml:space="preserve"> the new repairs system from May.<\/w:t><\/w:r>/
    )
    // Inside a hyperlink, the link's run split in two, its style on both sides.
    const link = '<w:rPr><w:rStyle w:val="Hyperlink"/><w:u w:val="single"/></w:rPr>'
    expect(document).toContain(`<w:hyperlink r:id="rLink"><w:del `)
    expect(document).toContain(`<w:r>${link}<w:delText>utilise</w:delText></w:r></w:del><w:ins `)
    expect(document).toContain(`<w:r>${link}<w:t>use</w:t></w:r></w:ins><w:r>${link}<w:t xml:space="preserve"> the online portal</w:t></w:r></w:hyperlink>`)
    // Italic table text, a capital kept.
    expect(document).toContain('<w:r><w:rPr><w:i/></w:rPr><w:delText>In order to</w:delText></w:r></w:del><w:ins ')
    expect(document).toContain('<w:r><w:rPr><w:i/></w:rPr><w:t>To</w:t></w:r></w:ins><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve"> cut waiting times')
  })

  it('keeps fields, content controls, footnotes, earlier tracked changes and comments, and changes no text in them', () => {
    expect(document).toContain(
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">utilise</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    expect(document).toContain(`<w:ins w:id="101" ${reviewer}><w:r><w:t xml:space="preserve">utilise</w:t></w:r></w:ins>`)
    expect(document).toContain(`<w:del w:id="102" ${reviewer}><w:r><w:delText>commence</w:delText></w:r></w:del>`)
    expect(document).toContain('<w:sdtContent><w:r><w:t xml:space="preserve">Officers utilise this box.</w:t></w:r></w:sdtContent>')
    expect(document).toContain('<w:sdtContent><w:p><w:r><w:t xml:space="preserve">Staff utilise this clause.</w:t></w:r></w:p></w:sdtContent>')
    expect(document).toContain('<w:r><w:footnoteReference w:id="1"/></w:r>')
    expect(document).toContain('<w:commentRangeStart w:id="7"/>')
    expect(part(copy, 'word/footnotes.xml')).toBe(part(boardPaper, 'word/footnotes.xml'))
    expect(part(copy, 'word/styles.xml')).toBe(part(boardPaper, 'word/styles.xml'))
    expect(part(copy, 'word/comments.xml')).toContain('<w:comment w:id="7" w:author="Clerk" w:date="2026-11-02T09:00:00Z" w:initials="C"><w:p><w:r><w:t>Which rooms?</w:t></w:r></w:p></w:comment>')
    // New ids are above every id already in the document.
    for (const id of document.matchAll(/<w:(?:ins|del) w:id="(\d+)" w:author="Plainspeak"/g)) expect(Number(id[1])).toBeGreaterThan(102)
  })

  it('adds one comment per finding to rewrite by hand, one per group of repeats, anchored to its words', async () => {
    const comments = part(copy, 'word/comments.xml')!
    const ours = [...comments.matchAll(/<w:comment w:id="(\d+)" w:author="Plainspeak" w:date="[^"]+" w:initials="PS">.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((match) => [match[1], match[2]])
    expect(ours.map(([, text]) => text)).toEqual([
      'Use plain words instead of “utilise”: “use”. Also in 3 more places after this one.',
      'Spell out QRTP the first time you use it, or use plain words instead.',
      'This sentence has 41 words: split it into sentences of 25 words or fewer.'
    ])
    for (const [id] of ours) {
      expect(count(document, new RegExp(`<w:commentRangeStart w:id="${id}"/>`))).toBe(1)
      expect(count(document, new RegExp(`<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`))).toBe(1)
    }
    // Anchored to the acronym alone.
    expect(document).toContain(`<w:r><w:t xml:space="preserve">The </w:t></w:r><w:commentRangeStart w:id="${ours[1]![0]}"/><w:r><w:t>QRTP</w:t></w:r><w:commentRangeEnd w:id="${ours[1]![0]}"/>`)
    // The count matches what check finds in the copy: one comment per group of findings left.
    const check = await runCli(['check', 'paper-plainspeak.docx', '--format', 'json'], {cwd: dir})
    const left = (JSON.parse(check.stdout) as Array<{messages: Array<{suggestion: boolean; group?: {id: string}}>}>)[0]!.messages.filter((message) => !message.suggestion)
    expect(new Set(left.map((message, index) => message.group?.id ?? index)).size).toBe(ours.length)
  })

  it('changes nothing more on a second run over the copy', async () => {
    const again = await runCli(['fix', 'paper-plainspeak.docx', '-o', 'again.docx'], {cwd: dir})
    expect(again.code).toBe(0)
    expect(again.stderr).toContain('plainspeak: paper-plainspeak.docx: wrote again.docx with no tracked changes and no comments.')
    expect(await pandocText(path.join(dir, 'again.docx'), 'accept')).toBe(await pandocText(path.join(dir, 'paper-plainspeak.docx'), 'accept'))
    expect(part(await readFile(path.join(dir, 'again.docx')), 'word/comments.xml')).toBe(part(copy, 'word/comments.xml'))
  })

  it('adds the comments part with its relationship and content type when the document has none', async () => {
    const plain = buildDocx({body: paragraph(run('The QRTP board will utilise the hall.'))})
    await writeFile(path.join(dir, 'plain.docx'), plain)
    const run2 = await runCli(['fix', 'plain.docx', '-o', 'plain-fixed.docx'], {cwd: dir})
    expect(run2.code).toBe(0)
    const fixed = await readFile(path.join(dir, 'plain-fixed.docx'))
    expect(part(fixed, 'word/_rels/document.xml.rels')).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>')
    expect(part(fixed, '[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
    expect(count(part(fixed, 'word/comments.xml')!, /<w:comment /)).toBe(1)
    expect(await pandocText(path.join(dir, 'plain-fixed.docx'), 'accept')).toBe('The QRTP board will use the hall.\n')
    expect(await pandocText(path.join(dir, 'plain-fixed.docx'), 'reject')).toBe('The QRTP board will utilise the hall.\n')
  })
})

describe('fix on formatting an earlier reviewer changed', () => {
  it('keeps the earlier formatting change on the deleted words, not on the inserted ones', async () => {
    const change = `<w:rPrChange w:id="3" ${reviewer}><w:rPr/></w:rPrChange>`
    await writeFile(path.join(dir, 'formatted.docx'), buildDocx({body: paragraph(`<w:r><w:rPr><w:b/>${change}</w:rPr><w:t xml:space="preserve">We will utilise the hall.</w:t></w:r>`)}))
    const fixed = await runCli(['fix', 'formatted.docx', '-o', 'formatted-fixed.docx'], {cwd: dir})
    expect(fixed.code).toBe(0)
    const xml = part(await readFile(path.join(dir, 'formatted-fixed.docx')), 'word/document.xml')!
    expect(xml).toContain(`<w:r><w:rPr><w:b/>${change}</w:rPr><w:delText>utilise</w:delText></w:r></w:del>`)
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:t>use</w:t></w:r></w:ins>')
    expect(await pandocText(path.join(dir, 'formatted-fixed.docx'), 'accept')).toBe('We will use the hall.\n')
  })
})

describe('fix on a .docx that LibreOffice wrote', () => {
  it('changes it as it changes our own: accepted, the replacements; rejected, the original; and LibreOffice reads it back', async () => {
    const html =
      '<html><body><h1>Adult social care update</h1>' +
      '<p>We will <b>utilise</b> the new care <i>portal</i> from April. In order to help carers, we will <a href="https://example.org/">utilise the online form</a>.</p>' +
      '<table><tr><td>Area</td><td>Plan</td></tr><tr><td>East</td><td>In order to cut delays we will hire two staff.</td></tr></table>' +
      '<p>The QRTP met in May and agreed the plan, which was then sent to the board for sign-off, and the board asked officers to report back in six months with figures on waiting times.</p>' +
      '</body></html>'
    await writeFile(path.join(dir, 'care.html'), html)
    const profile = await mkdtemp(path.join(tmpdir(), 'plainspeak-soffice-'))
    try {
      await exec('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, path.join(dir, 'care.html')], {timeout: 90_000})
    } finally {
      await rm(profile, {recursive: true, force: true})
    }
    const fixed = await runCli(['fix', 'care.docx', '-o', 'care-fixed.docx'], {cwd: dir})
    expect(fixed.stderr).toBe('plainspeak: care.docx: wrote care-fixed.docx with 4 tracked changes (utilise → use ×2, in order to → to ×2) and 2 comments. Review them in Word (Review tab: accept or reject each change).\n')
    const original = await pandocText(path.join(dir, 'care.docx'), 'accept')
    expect(await pandocText(path.join(dir, 'care-fixed.docx'), 'reject')).toBe(await pandocText(path.join(dir, 'care.docx'), 'reject'))
    expect(await pandocText(path.join(dir, 'care-fixed.docx'), 'accept')).toBe(
      original
        .replace('We will utilise the new care portal from April. In order to help carers, we will utilise the online form.', 'We will use the new care portal from April. To help carers, we will use the online form.')
        .replace('In order to cut delays', 'To cut delays')
    )
    expect(await libreOfficeText(path.join(dir, 'care-fixed.docx'))).toContain('We will utiliseuse the new care portal from April.')
  }, 180_000)
})

describe('fix with a .docx: previews, refusals', () => {
  it('without -o shows the changes as a diff of the text, a paragraph a line, grouped by kind of change, and writes nothing', async () => {
    const before = await readFile(path.join(dir, 'paper.docx'))
    const run2 = await runCli(['fix', 'paper.docx'], {cwd: dir})
    expect(run2.code).toBe(0)
    const lines = run2.stdout.split('\n')
    expect(lines.slice(0, 4)).toEqual(['Plain words: utilise → use (5)', '--- a/paper.docx', '+++ b/paper.docx', '@@ -1,16 +1,16 @@'])
    expect(lines).toContain('Shorter phrases: In order to → To (1)')
    expect(lines).toContain('-We will utilise the new repairs system from May.')
    expect(lines).toContain('+We will use the new repairs system from May.')
    expect(lines).toContain(' This plan was agreed on utilise by the cabinet.')
    expect(run2.stderr).toContain('plainspeak: paper.docx: 6 tracked changes (utilise → use ×5, in order to → to) and 3 comments to make.')
    expect(run2.stderr).toContain('Name a copy to write with -o, for example: plainspeak fix paper.docx -o paper-plainspeak.docx')
    expect((await readFile(path.join(dir, 'paper.docx'))).equals(before)).toBe(true)
  })

  it('never writes a Word document in place, nor over the input', async () => {
    const inPlace = await runCli(['fix', '--write', 'paper.docx'], {cwd: dir})
    expect(inPlace.code).toBe(2)
    expect(inPlace.stderr).toContain('plainspeak: paper.docx: is a Word document: fix never changes one in place. Name a copy to write with -o')
    const over = await runCli(['fix', 'paper.docx', '-o', './paper.docx'], {cwd: dir})
    expect(over.code).toBe(2)
    expect(over.stderr).toContain('--output ./paper.docx is the file being checked')
    expect((await readFile(path.join(dir, 'paper.docx'))).equals(boardPaper)).toBe(true)
    const several = await runCli(['fix', 'paper.docx', 'plain.docx', '-o', 'out.docx'], {cwd: dir})
    expect(several.code).toBe(2)
    expect(several.stderr).toBe('plainspeak: -o writes the fixed copy of one Word document: plainspeak fix paper.docx -o paper-plainspeak.docx. For Markdown, text and HTML files use --write.\n')
  })

  it('refuses a document it cannot fix safely, saying which part and where, and writes nothing', async () => {
    const broken = buildDocx({body: paragraph(run('We will utilise it.')) + '<w:p><w:r><w:t>Unclosed</w:r></w:p>'})
    const doctype = buildDocx({body: paragraph(run('We will utilise it.')), parts: {'word/styles.xml': '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'}})
    const noMain = buildDocx({body: paragraph(run('x')), parts: {'_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'}})
    await writeFile(path.join(dir, 'broken.docx'), broken)
    await writeFile(path.join(dir, 'doctype.docx'), doctype)
    await writeFile(path.join(dir, 'no-main.docx'), noMain)
    const lines: string[] = []
    for (const name of ['broken', 'doctype', 'no-main']) {
      const run2 = await runCli(['fix', `${name}.docx`, '-o', `${name}-fixed.docx`], {cwd: dir})
      expect(run2.code, name).toBe(2)
      lines.push(run2.stderr.trimEnd())
      await expect(readFile(path.join(dir, `${name}-fixed.docx`))).rejects.toThrow(/ENOENT/)
    }
    expect(lines[0]).toMatch(/^plainspeak: broken\.docx: This \.docx file cannot be fixed safely: its XML is not well formed at line 2, column \d+ \(in its part word\/document\.xml\)\. Nothing was written; open it in Word and save it again\.$/)
    expect(lines.slice(1)).toEqual([
      'plainspeak: doctype.docx: This .docx file cannot be fixed safely: it declares a document type (DTD), which Word never writes (in its part word/styles.xml). Nothing was written; open it in Word and save it again.',
      'plainspeak: no-main.docx: This .docx file cannot be fixed safely: it names no main document part (word/document.xml), so this is not a Word document (in its part _rels/.rels). Nothing was written; open it in Word and save it again.'
    ])
  })
})
