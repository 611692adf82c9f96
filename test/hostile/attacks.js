// Hostile inputs, made at test time: the test suite (test/hostile/) and the benchmark
// (test/bench/hostile.js) build the same attacks, the tests small enough for CI, the benchmark
// at the sizes of the original report.
//
// Nothing here is a real document: texts are short made-up council sentences, repeated or
// nested into the shapes that hurt parsers.
import {Buffer} from 'node:buffer'
import {createDeflateRaw, deflateRawSync} from 'node:zlib'

// --- secrets ------------------------------------------------------------------------------

/** A marker that must never appear in any output: put it in a "secret" file and in an env var. */
export function secretMarker() {
  return `PLAINSPEAK-SECRET-${Math.random().toString(36).slice(2, 10)}-${process.pid}`
}

// --- Markdown shapes that are quadratic in micromark ----------------------------------------

export const markdownShapes = {
  /** `[`×n `JSNA` `](x)`×n: every `]` scans back over every link opener. */
  brackets: (n) => '['.repeat(n) + 'JSNA' + '](x)'.repeat(n) + '\n',
  /** `[^` footnote-call openers with no end: the GFM footnote tokenizer scans back on each `]`. */
  footnoteCalls: (n) => '[^a'.repeat(n) + ']'.repeat(n) + '\n',
  /** n list levels on one line: `- - - … text`. */
  nestedListsOneLine: (n) => '- '.repeat(n) + 'We will signpost residents.\n',
  /** n list levels, one per line, each indented under the last. */
  nestedLists: (n) => Array.from({length: n}, (_, depth) => ' '.repeat(depth * 2) + '- We will signpost residents.').join('\n') + '\n',
  /** n blockquote levels: `> > > … text`. */
  nestedQuotes: (n) => '> '.repeat(n) + 'We will signpost residents.\n',
  /** n blockquote levels, one more on each line: `>`, `>>`, `>>>`, … */
  nestedQuotesLines: (n) => Array.from({length: n}, (_, depth) => '>'.repeat(depth + 1) + ' We will signpost residents.').join('\n') + '\n',
  /** n blockquote levels written without spaces: `>>>… text`. */
  nestedQuotesTight: (n) => '>'.repeat(n) + ' We will signpost residents.\n',
  /** n emphasis openers and closers. */
  emphasis: (n) => '*'.repeat(n) + 'JSNA' + '*'.repeat(n) + '\n',
  /** A table with n columns and n rows. */
  wideTable: (n) => ['|' + ' a |'.repeat(n), '|' + ' --- |'.repeat(n), ...Array.from({length: n}, () => '|' + ' signpost |'.repeat(n))].join('\n') + '\n'
}

export const htmlShapes = {
  /** n nested `<div>`s around a sentence. */
  nestedDivs: (n) => '<div>'.repeat(n) + '<p>We will signpost residents.</p>' + '</div>'.repeat(n),
  /** n unclosed `<p><b>` pairs. */
  unclosed: (n) => '<p><b>We will signpost residents.'.repeat(n),
  /** n nested tables. */
  nestedTables: (n) => '<table><tr><td>'.repeat(n) + 'We will signpost residents.' + '</td></tr></table>'.repeat(n)
}

// --- zip and .docx -----------------------------------------------------------------------

const crcTable = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

/** CRC-32 of `bytes`, continuing from `crc` (0 to start). */
export function crc32(bytes, crc = 0) {
  let c = ~crc >>> 0
  for (let index = 0; index < bytes.length; index++) c = crcTable[(c ^ bytes[index]) & 0xff] ^ (c >>> 8)
  return ~c >>> 0
}

/**
 * A zip archive. Each entry: `{name, data}` (deflated here), or `{name, compressed, crc, size}`
 * already deflated. `declaredSize` writes a different uncompressed size into the headers (a
 * lying archive); `stored: true` keeps `data` uncompressed.
 */
export function buildZip(entries) {
  const locals = []
  const centrals = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    let compressed
    let crc
    let size
    let method = 8
    if (entry.compressed) {
      ;({compressed, crc, size} = entry)
    } else {
      const data = Buffer.from(entry.data)
      size = data.length
      crc = crc32(data)
      if (entry.stored) {
        compressed = data
        method = 0
      } else {
        compressed = deflateRawSync(data)
      }
    }
    const declared = entry.declaredSize ?? size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(0x00210000, 10)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(compressed.length, 18)
    local.writeUInt32LE(declared, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(0x00210000, 12)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(compressed.length, 20)
    central.writeUInt32LE(declared, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, compressed)
    centrals.push(central, name)
    offset += local.length + name.length + compressed.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '</Types>'
const packageRelationships =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>'
const documentHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
const documentTail = '</w:body></w:document>'

/** A Word paragraph's XML. */
export const wordParagraph = (text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

/** A small, valid .docx with these paragraphs. */
export function docx(paragraphs) {
  return buildZip([
    {name: '[Content_Types].xml', data: contentTypes},
    {name: '_rels/.rels', data: packageRelationships},
    {name: 'word/document.xml', data: documentHead + paragraphs.map(wordParagraph).join('') + documentTail}
  ])
}

/** Deflates `head`, then `chunk` `count` times, then `tail`, without holding the whole text. */
async function deflateRepeated(head, chunk, count, tail) {
  const deflate = createDeflateRaw({level: 9})
  const out = []
  deflate.on('data', (data) => out.push(data))
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve)
    deflate.on('error', reject)
  })
  const parts = [Buffer.from(head), Buffer.from(chunk), Buffer.from(tail)]
  let crc = crc32(parts[0])
  let size = parts[0].length
  const write = (buffer) =>
    new Promise((resolve) => {
      if (deflate.write(buffer)) resolve()
      else deflate.once('drain', resolve)
    })
  await write(parts[0])
  // Write the repeated part in blocks of about 1 MB.
  const perBlock = Math.max(1, Math.floor(1_000_000 / parts[1].length))
  const block = Buffer.concat(Array.from({length: perBlock}, () => parts[1]))
  const blockCrcSteps = block
  let left = count
  while (left > 0) {
    const take = Math.min(left, perBlock)
    const piece = take === perBlock ? blockCrcSteps : block.subarray(0, take * parts[1].length)
    crc = crc32(piece, crc)
    size += piece.length
    await write(piece)
    left -= take
  }
  crc = crc32(parts[2], crc)
  size += parts[2].length
  deflate.end(parts[2])
  await done
  return {compressed: Buffer.concat(out), crc, size}
}

/**
 * A .docx whose document.xml inflates to about `megabytes` MB: one paragraph holding a run of
 * the same letter, which deflate packs about 1,000 to 1 (a zip bomb: 1 GB in about 1 MB).
 * `lie: true` declares a small uncompressed size in the zip's headers, so only inflating shows
 * the real size.
 */
export async function docxBomb({megabytes, lie = false, paragraphs = false}) {
  // `paragraphs`: many short paragraphs instead of one long run (packs about 300 to 1, and
  // makes a converter build millions of elements rather than one long string).
  const paragraph = wordParagraph('We will signpost residents.')
  const part = paragraphs
    ? await deflateRepeated(documentHead, paragraph, Math.ceil((megabytes * 1_000_000) / paragraph.length), documentTail)
    : await deflateRepeated(documentHead + '<w:p><w:r><w:t>', 'a', Math.ceil(megabytes * 1_000_000), '</w:t></w:r></w:p>' + documentTail)
  return buildZip([
    {name: '[Content_Types].xml', data: contentTypes},
    {name: '_rels/.rels', data: packageRelationships},
    {name: 'word/document.xml', ...part, ...(lie ? {declaredSize: 100_000} : {})}
  ])
}

/** A .docx with `count` extra tiny entries besides its real parts. */
export function docxManyEntries(count) {
  const extra = Array.from({length: count}, (_, index) => ({name: `customXml/item${index}.xml`, data: '<a/>', stored: true}))
  return buildZip([
    {name: '[Content_Types].xml', data: contentTypes},
    {name: '_rels/.rels', data: packageRelationships},
    {name: 'word/document.xml', data: documentHead + wordParagraph('We will signpost residents.') + documentTail},
    ...extra
  ])
}

const wordsForFiller = ['the', 'council', 'will', 'review', 'housing', 'services', 'for', 'residents', 'in', 'each', 'ward', 'and', 'report', 'to', 'cabinet', 'next', 'year', 'budget', 'care', 'plan']

/**
 * A .docx whose document.xml is about `megabytes` MB of varied text (not a bomb: it compresses
 * only about 5 to 1), for the size limit on a document's text.
 */
export function docxLargeText(megabytes) {
  let seed = 12345
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff)
  const paragraphs = []
  let size = 0
  while (size < megabytes * 1_000_000) {
    const words = Array.from({length: 12 + (next() % 20)}, () => wordsForFiller[next() % wordsForFiller.length])
    const paragraph = wordParagraph(words.join(' ') + '.')
    paragraphs.push(paragraph)
    size += paragraph.length
  }
  return buildZip([
    {name: '[Content_Types].xml', data: contentTypes},
    {name: '_rels/.rels', data: packageRelationships},
    {name: 'word/document.xml', data: documentHead + paragraphs.join('') + documentTail}
  ])
}

// --- dictionaries --------------------------------------------------------------------------

/** A YAML "billion laughs": `levels` levels of aliases, each naming the one below `width` times. */
export function yamlAliasBomb(levels = 9, width = 9) {
  const lines = ['- term: signpost', '  alternatives: [refer]', '  note: &a0 [lol]']
  for (let level = 1; level <= levels; level++) {
    lines.push(`- term: t${level}`, `  alternatives: &a${level} [${Array.from({length: width}, () => `*a${level - 1}`).join(', ')}]`)
  }
  return lines.join('\n') + '\n'
}
