/**
 * Looking inside a .docx (a zip archive) before anything inflates it. A zip bomb packs a
 * gigabyte into a megabyte, and its headers may lie about the sizes, so: the central directory
 * is read first (how many parts, what sizes they declare, how hard they are compressed) and the
 * archive is refused at once when it is out of bounds; then only the XML parts are inflated,
 * each with a hard cap on its output whatever its header says. What the converter (mammoth)
 * receives is a new, uncompressed archive of those parts alone, so it never inflates anything.
 */
import {deflateRawSync, inflateRawSync} from 'node:zlib'
import {formatSize} from '@plainspeak/base'
import {InputError} from './errors.js'

export interface DocxLimits {
  /** Most parts (files) an archive may hold. */
  maxEntries: number
  /** Most bytes the XML parts may unpack to, together. */
  maxXmlBytes: number
  /** Highest compression ratio accepted for a large XML part (zip bombs reach about 1,000 to 1). */
  maxRatio: number
}

interface Entry {
  name: string
  method: number
  flags: number
  crc: number
  compressedSize: number
  declaredSize: number
  localHeaderOffset: number
}

/**
 * A part of a .docx as read within the limits: an XML part inflated (`data`), any other part
 * (pictures, fonts) kept exactly as it was packed, never inflated (`packed`), so it can be copied
 * into a new archive unchanged.
 */
export type DocxPart = {name: string; data: Buffer} | {name: string; packed: {method: number; crc: number; size: number; bytes: Buffer}}

/** XML parts are the text, styles, lists and relationships; everything else (pictures, fonts) is never read. */
const isXmlPart = (name: string) => /\.(?:xml|rels)$/i.test(name)
/** A part smaller than this is not judged by its ratio (tiny repetitive parts compress very well). */
const ratioFloor = 1_000_000

const damaged = (why: string) => new InputError(`This .docx file is damaged (${why}). Open it in Word and save it again.`)

/** The archive's parts, from its central directory; nothing is inflated. */
function readDirectory(bytes: Buffer, limits: DocxLimits): Entry[] {
  // The end record is in the last 64 KB (22 bytes plus a comment of up to 65,535).
  let end = -1
  for (let index = bytes.length - 22; index >= Math.max(0, bytes.length - 65_557); index--) {
    if (bytes.readUInt32LE(index) === 0x06054b50) {
      end = index
      break
    }
  }
  if (end === -1) throw damaged('its table of contents is missing')
  const count = bytes.readUInt16LE(end + 10)
  const directorySize = bytes.readUInt32LE(end + 12)
  const directoryOffset = bytes.readUInt32LE(end + 16)
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff) {
    throw new InputError('This .docx file uses the Zip64 format, which Word documents never need: it is not a Word document, or it is far too large. Open it in Word and save it again.')
  }
  if (count > limits.maxEntries) {
    throw new InputError(`This .docx file holds ${count.toLocaleString('en-GB')} parts; a Word document has a few dozen (at most ${limits.maxEntries.toLocaleString('en-GB')} are accepted). It is not an ordinary Word document, so Plainspeak did not open it.`)
  }
  if (directoryOffset + directorySize > end) throw damaged('its table of contents points outside the file')
  const entries: Entry[] = []
  let offset = directoryOffset
  for (let index = 0; index < count; index++) {
    if (offset + 46 > end || bytes.readUInt32LE(offset) !== 0x02014b50) throw damaged('its table of contents is broken')
    const nameLength = bytes.readUInt16LE(offset + 28)
    const extraLength = bytes.readUInt16LE(offset + 30)
    const commentLength = bytes.readUInt16LE(offset + 32)
    if (offset + 46 + nameLength > end) throw damaged('its table of contents is broken')
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      flags: bytes.readUInt16LE(offset + 8),
      method: bytes.readUInt16LE(offset + 10),
      crc: bytes.readUInt32LE(offset + 16),
      compressedSize: bytes.readUInt32LE(offset + 20),
      declaredSize: bytes.readUInt32LE(offset + 24),
      localHeaderOffset: bytes.readUInt32LE(offset + 42)
    })
    offset += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

const tooBig = (size: string, limits: DocxLimits) =>
  new InputError(
    `The text parts of this .docx file unpack to ${size}, over the ${formatSize(limits.maxXmlBytes)} limit. ` +
      'Split the document into smaller files, or raise the limit with --max-file-size (the .docx limit is 4 times it).'
  )

/**
 * The XML parts of a .docx, inflated within `limits`, as a new uncompressed archive for the
 * converter (other parts are kept as empty entries, so references to them still resolve).
 * Throws `InputError` with a plain message for anything out of bounds.
 */
export function safeDocxArchive(bytes: Buffer, limits: DocxLimits): Buffer {
  const parts = readDocxParts(bytes, limits)
  return storedArchive(parts.map((part) => ('data' in part ? part : {name: part.name, data: Buffer.alloc(0)})))
}

/** Where a part's packed bytes are, checked against the file's end. */
function packedBytes(bytes: Buffer, entry: Entry): Buffer {
  const start = entry.localHeaderOffset
  if (start + 30 > bytes.length || bytes.readUInt32LE(start) !== 0x04034b50) throw damaged(`the part ${entry.name.slice(0, 80)} is missing`)
  const dataStart = start + 30 + bytes.readUInt16LE(start + 26) + bytes.readUInt16LE(start + 28)
  if (dataStart + entry.compressedSize > bytes.length) throw damaged(`the part ${entry.name.slice(0, 80)} is cut short`)
  return bytes.subarray(dataStart, dataStart + entry.compressedSize)
}

/**
 * Every part of a .docx, in archive order: the XML parts inflated within `limits`, the others
 * left packed. Throws `InputError` with a plain message for anything out of bounds, and for two
 * parts of one name (which of them a reader takes is anyone's guess).
 */
export function readDocxParts(bytes: Buffer, limits: DocxLimits): DocxPart[] {
  const entries = readDirectory(bytes, limits).filter((entry) => !entry.name.endsWith('/'))
  const names = new Set<string>()
  for (const entry of entries) {
    const key = entry.name.toLowerCase()
    if (names.has(key)) throw new InputError(`This .docx file holds two parts named ${entry.name.slice(0, 80)}, which Word never writes. Open it in Word and save it again.`)
    names.add(key)
  }
  const xml = entries.filter((entry) => isXmlPart(entry.name))
  // Declared sizes first: an honest bomb is refused before a single byte is inflated.
  const declared = xml.reduce((total, entry) => total + entry.declaredSize, 0)
  if (declared > limits.maxXmlBytes) throw tooBig(formatSize(declared), limits)
  for (const entry of xml) {
    if (entry.declaredSize > ratioFloor && entry.declaredSize > entry.compressedSize * limits.maxRatio) {
      throw new InputError(
        `This .docx file is a zip bomb: its part ${entry.name.slice(0, 80)} is compressed ${Math.round(entry.declaredSize / Math.max(1, entry.compressedSize)).toLocaleString('en-GB')} to 1 ` +
          `(Word documents are about 10 to 1). Plainspeak did not unpack it.`
      )
    }
    if (entry.flags & 1) throw new InputError('This .docx file is password-protected (encrypted). Open it in Word and save it without a password.')
  }

  // Then inflate, each part capped at what is left of the budget: headers can lie.
  const inflated = new Map<Entry, Buffer>()
  let left = limits.maxXmlBytes
  for (const entry of xml) {
    const compressed = packedBytes(bytes, entry)
    let data: Buffer
    if (entry.method === 0) {
      data = compressed
    } else if (entry.method === 8) {
      try {
        data = inflateRawSync(compressed, {maxOutputLength: Math.max(1, left + 1)})
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(`more than ${formatSize(limits.maxXmlBytes)} (more than its headers say: a zip bomb)`, limits)
        throw damaged(`the part ${entry.name.slice(0, 80)} cannot be unpacked`)
      }
    } else {
      throw new InputError(`This .docx file packs its parts in a way Word never does (zip method ${entry.method}). Open it in Word and save it again.`)
    }
    if (data.length > left) throw tooBig(`more than ${formatSize(limits.maxXmlBytes)}`, limits)
    left -= data.length
    inflated.set(entry, data)
  }
  return entries.map((entry) => {
    const data = inflated.get(entry)
    if (data) return {name: entry.name, data}
    return {name: entry.name, packed: {method: entry.method, crc: entry.crc, size: entry.declaredSize, bytes: packedBytes(bytes, entry)}}
  })
}

/** A zip archive with every part stored uncompressed. */
function storedArchive(parts: ReadonlyArray<{name: string; data: Buffer}>): Buffer {
  return zipArchive(parts.map((part) => ({name: part.name, packed: {method: 0, crc: crc32(part.data), size: part.data.length, bytes: part.data}})))
}

/** A .docx of these parts: XML parts deflated anew, the others copied exactly as they were packed. */
export function docxArchive(parts: readonly DocxPart[]): Buffer {
  return zipArchive(parts.map((part) => ('packed' in part ? part : {name: part.name, packed: {method: 8, crc: crc32(part.data), size: part.data.length, bytes: deflateRawSync(part.data)}})))
}

function zipArchive(parts: ReadonlyArray<{name: string; packed: {method: number; crc: number; size: number; bytes: Buffer}}>): Buffer {
  const chunks: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8')
    const {method, crc, size, bytes} = part.packed
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(bytes.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(bytes.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    chunks.push(local, name, bytes)
    directory.push(central, name)
    offset += 30 + name.length + bytes.length
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

const crcTable = (() => {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
})()

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff
  for (let index = 0; index < bytes.length; index++) c = crcTable[(c ^ bytes[index]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
}
