/**
 * The text of a Word document's body as Plainspeak checks it, one paragraph per line, with a map
 * from every character back to the XML it came from. Text a fix may change is marked editable:
 * only a `w:t` in a plain run of the paragraph (or of a hyperlink, smart tag or unlocked content
 * control). Never editable: text inside an existing tracked change (`w:ins`, `w:moveTo`), a
 * field's result, a simple field, or a locked content control. Never read: deleted text, field
 * codes. Everything else in a run (a tab, a footnote reference, a picture) is a barrier no change
 * may cross.
 */
import type {ParagraphInput} from '@plainspeak/core'
import {childElements, isWord, wordAttribute, wordChild, wordNamespace} from './word-xml.js'

export interface TextPiece {
  /** Offsets in the paragraph's text. A barrier has `start === end`. */
  start: number
  end: number
  /** The `w:t` the characters are in (for editable text), or the run child that is a barrier. */
  node: Element
  editable: boolean
}

export interface WordParagraph {
  element: Element
  text: string
  pieces: TextPiece[]
  heading?: number
  row?: number
  /** All in bold, or a list item: core decides from these which lines are headings, as for `check`. */
  bold?: boolean
  listItem?: boolean
  /** Fields open where the paragraph starts, and whether nothing in it may change: to read it again. */
  fieldsBefore: OpenFields
  readOnly: boolean
}

/** Elements whose text is not part of the document as it reads now. */
const unread = new Set(['del', 'moveFrom', 'instrText', 'delInstrText', 'pPr', 'rPr', 'sectPr', 'tblPr', 'trPr', 'tcPr', 'sdtPr', 'sdtEndPr', 'txbxContent', 'p'])
/** Containers whose text reads but must not be changed here. */
const fixedContainers = new Set(['ins', 'moveTo', 'fldSimple'])
/** Run children that stand for a character. */
const runCharacters: Record<string, string> = {tab: '\t', ptab: '\t', br: ' ', cr: ' ', noBreakHyphen: '\u2011'}

/** A content control whose contents the author locked, or that shows placeholder text. */
function lockedControl(sdt: Element): boolean {
  const properties = wordChild(sdt, 'sdtPr')
  if (!properties) return false
  const lock = wordChild(properties, 'lock')
  const value = lock ? wordAttribute(lock, 'val') : null
  return value === 'contentLocked' || value === 'sdtContentLocked' || Boolean(wordChild(properties, 'showingPlcHdr'))
}

/** Fields open at a point of the document: `code` until their separator, then `result`. A field may span paragraphs. */
export type OpenFields = Array<'code' | 'result'>

/**
 * Reads one paragraph: its own text, not that of a paragraph nested in it (a text box's).
 * `readOnly`: nothing in it may change (a paragraph inside markup-compatibility choices).
 */
export function readParagraph(element: Element, fields: OpenFields = [], readOnly = false): Pick<WordParagraph, 'element' | 'text' | 'pieces'> {
  let text = ''
  const pieces: TextPiece[] = []

  const visit = (parent: Element, editable: boolean) => {
    for (const child of childElements(parent)) {
      if (child.namespaceURI !== wordNamespace) {
        // Markup compatibility (mc:AlternateContent) and other extensions: read, never change.
        if (child.localName !== 'Fallback') visit(child, false)
        continue
      }
      const name = child.localName
      if (unread.has(name)) continue
      if (name === 'r') {
        run(child, editable)
      } else if (name === 'sdt') {
        const content = wordChild(child, 'sdtContent')
        if (content) visit(content, editable && !lockedControl(child))
      } else {
        visit(child, editable && !fixedContainers.has(name))
      }
    }
  }

  const run = (element: Element, editable: boolean) => {
    for (const child of childElements(element)) {
      if (child.namespaceURI !== wordNamespace) {
        pieces.push({start: text.length, end: text.length, node: child, editable: false})
        continue
      }
      const name = child.localName
      if (name === 'rPr') continue
      if (name === 'fldChar') {
        const type = wordAttribute(child, 'fldCharType')
        if (type === 'begin') fields.push('code')
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = 'result'
        else if (type === 'end') fields.pop()
        pieces.push({start: text.length, end: text.length, node: child, editable: false})
        continue
      }
      if (fields.at(-1) === 'code') continue
      const inField = fields.length > 0
      if (name === 't') {
        const value = child.textContent ?? ''
        pieces.push({start: text.length, end: text.length + value.length, node: child, editable: editable && !inField})
        text += value
      } else if (runCharacters[name] !== undefined && !(name === 'br' && wordAttribute(child, 'type') === 'page')) {
        pieces.push({start: text.length, end: text.length + 1, node: child, editable: false})
        text += runCharacters[name]
      } else if (name !== 'lastRenderedPageBreak' && name !== 'softHyphen') {
        pieces.push({start: text.length, end: text.length, node: child, editable: false})
      }
    }
  }

  visit(element, !readOnly)
  return {element, text, pieces}
}

/** Heading levels by paragraph style id, from styles.xml: "heading 1"–"heading 6", "Title", or an outline level. */
export function headingStyles(styles: Document | undefined): Map<string, number> {
  const levels = new Map<string, number>()
  if (!styles) return levels
  for (const style of Array.from(styles.getElementsByTagNameNS(wordNamespace, 'style'))) {
    const id = wordAttribute(style, 'styleId')
    if (!id || wordAttribute(style, 'type') !== 'paragraph') continue
    const nameElement = wordChild(style, 'name')
    const name = (nameElement ? wordAttribute(nameElement, 'val') : '') ?? ''
    const outline = wordChild(style, 'pPr') && wordChild(wordChild(style, 'pPr')!, 'outlineLvl')
    const numbered = /^heading\s*([1-6])$/i.exec(name)
    const level = numbered ? Number(numbered[1]) : /^title$/i.test(name) ? 1 : outline ? Number(wordAttribute(outline, 'val')) + 1 : undefined
    if (level && level >= 1 && level <= 6) levels.set(id, level)
  }
  return levels
}

/** Every paragraph of the part, in document order (a text box's paragraphs after the paragraph that holds it). */
export function readParagraphs(document: Document, headings: Map<string, number>): WordParagraph[] {
  const rows = new Map<Element, number>()
  Array.from(document.getElementsByTagNameNS(wordNamespace, 'tr')).forEach((row, index) => rows.set(row, index + 1))
  const paragraphs: WordParagraph[] = []
  const fields: OpenFields = []
  for (const element of Array.from(document.getElementsByTagNameNS(wordNamespace, 'p'))) {
    // A text box is written twice (mc:Choice and mc:Fallback): read the first copy, change neither.
    let readOnly = false
    let fallback = false
    for (let node = element.parentNode; node && node.nodeType === 1; node = node.parentNode) {
      // A paragraph inside a locked content control (one around whole paragraphs or a table).
      if ((node as Element).namespaceURI !== wordNamespace || (isWord(node, 'sdt') && lockedControl(node))) readOnly = true
      if ((node as Element).localName === 'Fallback' && (node as Element).namespaceURI !== wordNamespace) fallback = true
    }
    if (fallback) continue
    const fieldsBefore = [...fields]
    const paragraph: WordParagraph = {...readParagraph(element, fields, readOnly), fieldsBefore, readOnly}
    const properties = wordChild(element, 'pPr')
    const style = properties && wordChild(properties, 'pStyle')
    const level = style ? headings.get(wordAttribute(style, 'val') ?? '') : undefined
    if (level) paragraph.heading = level
    if (properties && wordChild(properties, 'numPr')) paragraph.listItem = true
    for (let node = element.parentNode; node; node = node.parentNode) {
      if (isWord(node, 'tr')) {
        paragraph.row = rows.get(node as Element)
        break
      }
      if (isWord(node, 'p')) break
    }
    paragraphs.push(paragraph)
  }
  // As `check` reads a .docx (docx.ts): each paragraph says whether it is all bold and whether it
  // is a list item, and core decides which bold lines are headings.
  for (const paragraph of paragraphs) if (!paragraph.row && !paragraph.heading && allBold(paragraph)) paragraph.bold = true
  return paragraphs
}

/** Every character of the paragraph's text is in a bold run. */
function allBold(paragraph: WordParagraph): boolean {
  const text = paragraph.pieces.filter((piece) => piece.end > piece.start && paragraph.text.slice(piece.start, piece.end).trim())
  return (
    text.length > 0 &&
    text.every((piece) => {
      const properties = wordChild(piece.node.parentNode as Element, 'rPr')
      const bold = properties && wordChild(properties, 'b')
      return bold !== undefined && bold !== null && !/^(?:0|false|off)$/.test(wordAttribute(bold, 'val') ?? '')
    })
  )
}

export const toParagraphInput = (paragraph: WordParagraph): ParagraphInput => ({
  text: paragraph.text,
  ...(paragraph.heading ? {heading: paragraph.heading} : {}),
  ...(paragraph.row ? {row: paragraph.row} : {}),
  ...(paragraph.bold ? {bold: true} : {}),
  ...(paragraph.listItem ? {listItem: true} : {})
})
