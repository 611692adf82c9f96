/**
 * Builds .docx files from WordprocessingML written by hand, so a test says exactly which runs,
 * fields, tracked changes and comments a document holds: a zip of the XML parts, nothing more.
 */
import {deflateRawSync} from 'node:zlib'

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

export interface DocxSpec {
  /** The body's content (paragraphs and tables), without `w:sectPr`. */
  body: string
  /** `w:comment` elements for an existing comments part. */
  comments?: string
  /** `w:footnote` elements (the separator footnotes are added). */
  footnotes?: string
  /** A hyperlink target for relationship id `rLink`. */
  link?: string
  /** Parts to add or replace as they are, by name. */
  parts?: Record<string, string | Uint8Array>
}

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

/** A run: `{b: true}` is bold, `{i: true}` italic. */
export const run = (text: string, format: {b?: boolean; i?: boolean} = {}) => {
  const properties = (format.b ? '<w:b/>' : '') + (format.i ? '<w:i/>' : '')
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`
}
export const paragraph = (...content: string[]) => `<w:p>${content.join('')}</w:p>`
export const heading = (level: number, text: string) => `<w:p><w:pPr><w:pStyle w:val="Heading${level}"/></w:pPr>${run(text)}</w:p>`
export const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

export function buildDocx(spec: DocxSpec): Buffer {
  const styles = [1, 2, 3]
    .map((level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/><w:pPr><w:outlineLvl w:val="${level - 1}"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>`)
    .join('')
  const documentRels = [
    `<Relationship Id="rStyles" Type="${r}/styles" Target="styles.xml"/>`,
    spec.comments !== undefined ? `<Relationship Id="rComments" Type="${r}/comments" Target="comments.xml"/>` : '',
    spec.footnotes !== undefined ? `<Relationship Id="rFootnotes" Type="${r}/footnotes" Target="footnotes.xml"/>` : '',
    spec.link ? `<Relationship Id="rLink" Type="${r}/hyperlink" Target="${escapeXml(spec.link)}" TargetMode="External"/>` : ''
  ].join('')
  const overrides = [
    ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
    ['/word/styles.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml'],
    ...(spec.comments !== undefined ? [['/word/comments.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml']] : []),
    ...(spec.footnotes !== undefined ? [['/word/footnotes.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml']] : [])
  ]
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join('')}</Types>`,
    '_rels/.rels': `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${r}/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${documentRels}</Relationships>`,
    'word/document.xml': `${declaration}<w:document xmlns:w="${w}" xmlns:r="${r}"><w:body>${spec.body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
    'word/styles.xml': `${declaration}<w:styles xmlns:w="${w}">${styles}</w:styles>`,
    ...(spec.comments !== undefined ? {'word/comments.xml': `${declaration}<w:comments xmlns:w="${w}">${spec.comments}</w:comments>`} : {}),
    ...(spec.footnotes !== undefined
      ? {
          'word/footnotes.xml': `${declaration}<w:footnotes xmlns:w="${w}"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${spec.footnotes}</w:footnotes>`
        }
      : {}),
    ...spec.parts
  }
  return zip(Object.entries(parts).map(([name, data]) => ({name, data: typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data)})))
}

/** A zip archive, each part deflated. */
export function zip(parts: ReadonlyArray<{name: string; data: Buffer}>): Buffer {
  const chunks: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const packed = deflateRawSync(part.data)
    const crc = crc32(part.data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(part.data.length, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(part.data.length, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    chunks.push(local, name, packed)
    directory.push(central, name)
    offset += 30 + name.length + packed.length
  }
  const directoryBytes = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(directoryBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...chunks, directoryBytes, end])
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (const byte of bytes) {
    c ^= byte
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  }
  return ~c >>> 0
}
