/**
 * Reading and writing the XML parts of a .docx. @xmldom/xmldom (already what mammoth reads
 * .docx with) is a W3C DOM parser and serialiser: a part is changed node by node where a change
 * goes, and everything else (attributes in their order, namespace declarations, markup
 * compatibility attributes, unknown extensions) is written back as it was read.
 */
import {DOMParser, XMLSerializer} from '@xmldom/xmldom'
import {InputError} from '../errors.js'

export const wordNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
export const relationshipsNamespace = 'http://schemas.openxmlformats.org/package/2006/relationships'
export const contentTypesNamespace = 'http://schemas.openxmlformats.org/package/2006/content-types'
const xmlNamespace = 'http://www.w3.org/XML/1998/namespace'

/** A part the fix cannot work on: named, with where in it, and nothing is written. */
export const refusal = (part: string, where: string) => new InputError(`This .docx file cannot be fixed safely: ${where} (in its part ${part.slice(0, 80)}). Nothing was written; open it in Word and save it again.`)

/** Parses one part, refusing XML that is not well formed (with its line and column) or that declares a DTD. */
export function parsePart(part: string, data: Buffer): Document {
  const text = data.toString('utf8').replace(/^\uFEFF/, '')
  // Word never writes a DTD; one can only be there to declare entities (a "billion laughs").
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || /<!ENTITY/i.test(text)) throw refusal(part, 'it declares a document type (DTD), which Word never writes')
  const document = parse(text, false)
  if (typeof document === 'string') {
    // Parsed again only to say where: the locator costs a third of the time on every parse.
    const located = parse(text, true)
    const place = /@#\[line:(\d+),col:(\d+)\]/.exec(typeof located === 'string' ? located : '')
    throw refusal(part, `its XML is not well formed${place ? ` at line ${place[1]}, column ${place[2]}` : ''}`)
  }
  return document
}

/** The parsed part, or the parser's first complaint. */
function parse(text: string, locate: boolean): Document | string {
  let problem: string | undefined
  const fail = (message: string) => {
    problem ??= message.replace(/^\[xmldom \w+\]\s*/, '').replace(/\s+/g, ' ')
  }
  let document: Document | undefined
  try {
    // The parser recovers from broken XML with a mere warning (an unclosed tag): every one is a refusal.
    document = new DOMParser({...(locate ? {locator: {}} : {}), errorHandler: {warning: fail, error: fail, fatalError: fail}}).parseFromString(text, 'text/xml') as unknown as Document
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error))
  }
  return problem !== undefined || !document?.documentElement ? (problem ?? 'no root element') : document
}

export function serialisePart(document: Document): Buffer {
  return Buffer.from(new XMLSerializer().serializeToString(document as never), 'utf8')
}

/** The element's children that are elements, in order. */
export function childElements(element: Element): Element[] {
  const children: Element[] = []
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) children.push(node as Element)
  return children
}

/** `w:name`'s first child element, if any. */
export function wordChild(element: Element, localName: string): Element | undefined {
  for (let node = element.firstChild; node; node = node.nextSibling) if (node.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === wordNamespace) return node as Element
  return undefined
}

export const isWord = (node: Node | null | undefined, localName: string): node is Element =>
  node?.nodeType === 1 && (node as Element).localName === localName && (node as Element).namespaceURI === wordNamespace

export const wordAttribute = (element: Element, localName: string): string | null => element.getAttributeNS(wordNamespace, localName) || null

/** A new `w:name` element in the part's own prefix for the WordprocessingML namespace. */
export function wordElement(document: Document, localName: string, attributes: Record<string, string> = {}): Element {
  const prefix = document.documentElement.lookupPrefix(wordNamespace) ?? 'w'
  const element = document.createElementNS(wordNamespace, `${prefix}:${localName}`)
  for (const [name, value] of Object.entries(attributes)) element.setAttributeNS(wordNamespace, `${prefix}:${name}`, value)
  return element
}

/** A `w:t` (or `w:delText`) holding `text`, its spaces kept. */
export function textElement(document: Document, localName: 't' | 'delText', text: string): Element {
  const element = wordElement(document, localName)
  if (/^\s|\s$/.test(text)) element.setAttributeNS(xmlNamespace, 'xml:space', 'preserve')
  element.appendChild(document.createTextNode(text))
  return element
}
