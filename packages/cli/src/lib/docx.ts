/**
 * Word documents: mammoth converts the document to simple HTML (headings keep their level), and
 * the HTML is cut into paragraphs for core's `checkParagraphs`, so line N of the result is
 * paragraph N and reading age works per section.
 */
import type {ParagraphInput} from '@plainspeak/core'
import {Parser} from 'htmlparser2'
import mammoth from 'mammoth'
import {InputError} from './errors.js'
import {safeDocxArchive, type DocxLimits} from './zip.js'

const zipSignature = [0x50, 0x4b]
/** Compound File Binary: an old .doc, or a .docx saved with a password (encrypted). */
const compoundFileSignature = [0xd0, 0xcf, 0x11, 0xe0]

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte)

/** Refuses bytes that cannot be a .docx (an old .doc, an encrypted document, not a zip at all), saying what to do. */
export function refuseNonDocx(bytes: Uint8Array): void {
  if (startsWith(bytes, compoundFileSignature)) {
    throw new InputError('This is an old Word .doc file or a password-protected document. Open it in Word and save it as .docx without a password.')
  }
  if (!startsWith(bytes, zipSignature)) {
    throw new InputError('This is not a Word document: a .docx file is a zip archive and this one is not. Open it in Word and save it as .docx.')
  }
}

export async function docxToParagraphs(bytes: Uint8Array, limits: DocxLimits): Promise<ParagraphInput[]> {
  if (bytes.length === 0) return []
  refuseNonDocx(bytes)
  // Sizes and ratios are checked, and the XML inflated under a cap, before mammoth sees anything.
  const archive = safeDocxArchive(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), limits)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      {buffer: archive},
      // Pictures are not text: skip them rather than hold them in memory as data URLs.
      {convertImage: mammoth.images.imgElement(async () => ({src: ''}))}
    )
    html = result.value
  } catch (error) {
    throw new InputError(`This .docx file could not be read: ${docxProblem(error)}. Open it in Word and save it again.`)
  }
  return htmlToParagraphs(html)
}

/** What went wrong inside the converter, in words a person can act on (never its internals). */
function docxProblem(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/word\/document\.xml|main document part|Could not find/i.test(message)) return 'it has no document text (the part word/document.xml is missing)'
  if (/xml|unexpected|unclosed|attribute|tag/i.test(message)) return 'its text is not well-formed XML'
  return 'it is damaged or is not a Word document'
}

const headingLevels: Record<string, number> = {h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6}
const blockTags = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'blockquote', 'pre'])

/**
 * mammoth's HTML, one paragraph per block; paragraphs in a table row share a row number. Each
 * paragraph says whether it is all bold and whether it is a list item: core decides which bold
 * lines are headings (a short bold line standing alone is; a list item never is), as it does for
 * Markdown, HTML and the Word pane.
 */
export function htmlToParagraphs(html: string): ParagraphInput[] {
  const paragraphs: ParagraphInput[] = []
  let text = ''
  let listItem = false
  let boldText = ''
  let bold = 0
  let heading: number | undefined
  let row = 0
  let tableDepth = 0

  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim()
    if (clean) {
      const paragraph: ParagraphInput = {text: clean}
      if (heading) paragraph.heading = heading
      if (tableDepth > 0 && row > 0) paragraph.row = row
      else if (!heading && boldText.replace(/\s+/g, ' ').trim() === clean) paragraph.bold = true
      if (listItem) paragraph.listItem = true
      paragraphs.push(paragraph)
    }
    text = ''
    boldText = ''
  }

  const parser = new Parser(
    {
      onopentag(name) {
        if (blockTags.has(name)) {
          flush()
          heading = headingLevels[name]
          listItem = name === 'li'
        } else if (name === 'table') {
          flush()
          tableDepth++
        } else if (name === 'tr') {
          flush()
          row++
        } else if (name === 'br') {
          text += ' '
        } else if (name === 'strong' || name === 'b') {
          bold++
        }
      },
      ontext(value) {
        text += value
        if (bold > 0) boldText += value
      },
      onclosetag(name) {
        if (name === 'strong' || name === 'b') {
          bold = Math.max(0, bold - 1)
        } else if (blockTags.has(name)) {
          flush()
          heading = undefined
        } else if (name === 'table') {
          flush()
          tableDepth--
        }
      }
    },
    {decodeEntities: true}
  )
  parser.write(html)
  parser.end()
  flush()
  return paragraphs
}
