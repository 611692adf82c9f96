/**
 * Hostile .docx input to `fix -o`: zip bombs (honest and lying headers), too many parts, and odd
 * parts (two parts of one name, a relationship leading out of the package, a DTD declaring
 * entities, a main part that is not XML, part names that climb folders, a picture whose headers
 * lie). Each is refused with a plain message naming the problem, in little memory, with nothing
 * written; or, where the oddity is harmless, the copy keeps every other part byte for byte and
 * nothing is written anywhere but the path given.
 */
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {buildZip, docx, docxBomb, docxManyEntries} from './attacks.js'
import {expectContained, project, runCli, snapshot, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>'
const rels = (target: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`
const body = (xml: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xml}</w:body></w:document>`
const words = '<w:p><w:r><w:t>We will utilise the hall.</w:t></w:r></w:p>'

/** A picture's packed bytes: its headers declare 4 GB less one byte, it holds 20 bytes. */
const picture = {name: 'word/media/image1.png', compressed: Buffer.from('not really a picture'), crc: 0x12345678, size: 0xfffffffe}

let made: Project
beforeAll(async () => {
  made = await project({
    'honest.docx': await docxBomb({megabytes: 100}),
    'lying.docx': await docxBomb({megabytes: 100, lie: true}),
    'parts.docx': docxManyEntries(20_000),
    'twice.docx': buildZip([
      {name: '[Content_Types].xml', data: contentTypes},
      {name: '_rels/.rels', data: rels('word/document.xml')},
      {name: 'word/document.xml', data: body(words)},
      {name: 'word/document.xml', data: body('<w:p><w:r><w:t>Another text.</w:t></w:r></w:p>')}
    ]),
    'escape.docx': buildZip([
      {name: '[Content_Types].xml', data: contentTypes},
      {name: '_rels/.rels', data: rels('../../../etc/passwd')},
      {name: 'word/document.xml', data: body(words)}
    ]),
    'laughs.docx': buildZip([
      {name: '[Content_Types].xml', data: contentTypes},
      {name: '_rels/.rels', data: rels('word/document.xml')},
      {name: 'word/document.xml', data: `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "${'ha'.repeat(50)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>${body(words).replace(/^<\?xml[^>]*>/, '')}`}
    ]),
    'binary.docx': buildZip([
      {name: '[Content_Types].xml', data: contentTypes},
      {name: '_rels/.rels', data: rels('word/document.bin')},
      {name: 'word/document.bin', data: 'PK binary'}
    ]),
    'climbing.docx': buildZip([
      {name: '[Content_Types].xml', data: contentTypes},
      {name: '_rels/.rels', data: rels('word/document.xml')},
      {name: 'word/document.xml', data: body(words)},
      {name: '../../outside/planted.xml', data: '<a/>'},
      {name: '/etc/planted.xml', data: '<a/>'},
      picture
    ]),
    'good.docx': docx(['We will utilise the hall.'])
  })
})
afterAll(() => made.cleanup())

/** The packed bytes of a part, read from its local header. */
function packed(zip: Buffer, name: string): Buffer | undefined {
  let offset = 0
  while (offset + 30 <= zip.length && zip.readUInt32LE(offset) === 0x04034b50) {
    const size = zip.readUInt32LE(offset + 18)
    const nameLength = zip.readUInt16LE(offset + 26)
    const start = offset + 30 + nameLength + zip.readUInt16LE(offset + 28)
    if (zip.toString('utf8', offset + 30, offset + 30 + nameLength) === name) return zip.subarray(start, start + size)
    offset = start + size
  }
  return undefined
}

const refused = async (name: string, message: string) => {
  const input = await snapshot([path.join(made.dir, name)])
  const before = await readdir(made.dir)
  const run = await runCli(['fix', name, '-o', 'copy.docx'], {cwd: made.dir})
  expect(run.code, name).toBe(2)
  expect(run.stderr).toBe(`plainspeak: ${name}: ${message}\n`)
  expect(run.peakMb).toBeLessThan(400)
  expectContained(run)
  await input.unchanged()
  expect(await readdir(made.dir)).toEqual(before)
  expect(await readdir(made.outside)).toEqual(['secret.yml'])
}

describe('fix -o on hostile .docx input', () => {
  it('refuses zip bombs, honest or lying, and too many parts, before or while inflating', async () => {
    await refused('honest.docx', 'The text parts of this .docx file unpack to 100 MB, over the 20 MB limit. Split the document into smaller files, or raise the limit with --max-file-size (the .docx limit is 4 times it).')
    await refused(
      'lying.docx',
      'The text parts of this .docx file unpack to more than 20 MB (more than its headers say: a zip bomb), over the 20 MB limit. Split the document into smaller files, or raise the limit with --max-file-size (the .docx limit is 4 times it).'
    )
    await refused('parts.docx', 'This .docx file holds 20,003 parts; a Word document has a few dozen (at most 10,000 are accepted). It is not an ordinary Word document, so Plainspeak did not open it.')
  })

  it('refuses odd parts, naming the part', async () => {
    await refused('twice.docx', 'This .docx file holds two parts named word/document.xml, which Word never writes. Open it in Word and save it again.')
    await refused('escape.docx', 'This .docx file cannot be fixed safely: it names no main document part (word/document.xml), so this is not a Word document (in its part _rels/.rels). Nothing was written; open it in Word and save it again.')
    await refused('laughs.docx', 'This .docx file cannot be fixed safely: it declares a document type (DTD), which Word never writes (in its part word/document.xml). Nothing was written; open it in Word and save it again.')
    await refused('binary.docx', 'This .docx file cannot be fixed safely: the part is not XML (in its part word/document.bin). Nothing was written; open it in Word and save it again.')
  })

  it('copies parts it does not read byte for byte, whatever their names and headers say, and writes only the path given', async () => {
    const run = await runCli(['fix', 'climbing.docx', '-o', 'copy.docx'], {cwd: made.dir})
    expect(run.stderr).toContain('plainspeak: climbing.docx: wrote copy.docx with 1 tracked change (utilise → use)')
    expect(run.code).toBe(0)
    expectContained(run)
    const copy = await readFile(path.join(made.dir, 'copy.docx'))
    expect(packed(copy, picture.name)).toEqual(picture.compressed)
    expect(packed(copy, '../../outside/planted.xml')).toBeDefined()
    expect(await readdir(made.outside)).toEqual(['secret.yml'])
    expect((await readdir(made.dir)).filter((name) => !name.endsWith('.docx'))).toEqual([])
  })

  it('still fixes an ordinary .docx', async () => {
    const run = await runCli(['fix', 'good.docx', '-o', 'good-fixed.docx'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('wrote good-fixed.docx with 1 tracked change (utilise → use) and no comments.')
  })
})
