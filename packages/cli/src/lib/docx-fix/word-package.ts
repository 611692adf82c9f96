/**
 * The package around the text: which part is the main document (from `_rels/.rels`), its styles,
 * and the comments part, created with its relationship and content type when the document has
 * none. Part names are compared without case, as the Open Packaging Conventions say.
 */
import path from 'node:path/posix'
import type {DocxPart} from '../zip.js'
import {childElements, contentTypesNamespace, parsePart, refusal, relationshipsNamespace, wordNamespace} from './word-xml.js'

const officeDocument = /\/officeDocument$/
const commentsType = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'
const stylesType = /\/styles$/
const commentsContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml'

export class WordPackage {
  private readonly parts = new Map<string, DocxPart>()
  private readonly parsed = new Map<string, Document>()

  constructor(private readonly list: DocxPart[]) {
    for (const part of list) this.parts.set(part.name.toLowerCase(), part)
  }

  has(name: string): boolean {
    return this.parts.has(name.toLowerCase())
  }

  /** A part's XML, parsed once; refused with its name if it is not XML the fix can trust. */
  xml(name: string): Document {
    const key = name.toLowerCase()
    let document = this.parsed.get(key)
    if (!document) {
      const part = this.parts.get(key)
      if (!part) throw refusal(name, 'the part is missing')
      if (!('data' in part)) throw refusal(name, 'the part is not XML')
      document = parsePart(part.name, part.data)
      this.parsed.set(key, document)
    }
    return document
  }

  /** Puts a new part in (a part is written as its parsed XML when it has been parsed). */
  add(name: string, document: Document): void {
    const part = {name, data: Buffer.alloc(0)}
    this.list.push(part)
    this.parts.set(name.toLowerCase(), part)
    this.parsed.set(name.toLowerCase(), document)
  }

  /** The relationships of `source` (a part name, or '' for the package): `[type, target part]`. */
  relationships(source: string): Array<{type: string; target: string; element: Element}> {
    const rels = relationshipsPart(source)
    if (!this.has(rels)) return []
    return childElements(this.xml(rels).documentElement)
      .filter((element) => element.localName === 'Relationship' && element.getAttribute('TargetMode') !== 'External')
      .map((element) => ({type: element.getAttribute('Type') ?? '', target: resolveTarget(source, element.getAttribute('Target') ?? ''), element}))
  }

  /** The main document part, usually word/document.xml. */
  mainPart(): string {
    const main = this.relationships('').find((relationship) => officeDocument.test(relationship.type))
    if (!main || !this.has(main.target)) throw refusal('_rels/.rels', 'it names no main document part (word/document.xml), so this is not a Word document')
    return this.realName(main.target)
  }

  stylesPart(main: string): string | undefined {
    const styles = this.relationships(main).find((relationship) => stylesType.test(relationship.type))
    return styles && this.has(styles.target) ? this.realName(styles.target) : undefined
  }

  /** The words of the comments `author` already made in `main`'s comments part. */
  commentsBy(main: string, author: string): Set<string> {
    const existing = this.relationships(main).find((relationship) => relationship.type === commentsType)
    const texts = new Set<string>()
    if (!existing || !this.has(existing.target)) return texts
    for (const comment of Array.from(this.xml(existing.target).getElementsByTagNameNS(wordNamespace, 'comment'))) {
      if (comment.getAttributeNS(wordNamespace, 'author') === author) texts.add((comment.textContent ?? '').trim())
    }
    return texts
  }

  /** The comments part of `main`, made (empty, with its relationship and content type) if there is none. */
  commentsPart(main: string): Document {
    const existing = this.relationships(main).find((relationship) => relationship.type === commentsType)
    if (existing) return this.xml(existing.target)
    const name = path.join(path.dirname(main), 'comments.xml')
    if (this.has(name)) throw refusal(name, 'a comments part is there but the document does not use it')
    const comments = parsePart(name, Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${wordNamespace}"/>`))
    this.add(name, comments)

    const rels = relationshipsPart(main)
    if (!this.has(rels)) this.add(rels, parsePart(rels, Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${relationshipsNamespace}"/>`)))
    const relationships = this.xml(rels)
    const ids = new Set(childElements(relationships.documentElement).map((element) => element.getAttribute('Id')))
    let number = ids.size + 1
    while (ids.has(`rId${number}`)) number++
    const relationship = relationships.createElementNS(relationshipsNamespace, 'Relationship')
    relationship.setAttribute('Id', `rId${number}`)
    relationship.setAttribute('Type', commentsType)
    relationship.setAttribute('Target', path.relative(path.dirname(main), name))
    relationships.documentElement.appendChild(relationship)

    const types = this.xml('[Content_Types].xml')
    const override = types.createElementNS(contentTypesNamespace, 'Override')
    override.setAttribute('PartName', `/${name}`)
    override.setAttribute('ContentType', commentsContentType)
    types.documentElement.appendChild(override)
    return comments
  }

  /** Every part, the parsed ones written back as XML. */
  write(serialise: (document: Document) => Buffer): DocxPart[] {
    return this.list.map((part) => {
      const document = this.parsed.get(part.name.toLowerCase())
      return document ? {name: part.name, data: serialise(document)} : part
    })
  }

  /** The highest numeric `w:id` in the XML parts: new comments and changes take ids above it. */
  highestId(): number {
    let highest = 0
    for (const part of this.list) {
      if (!('data' in part) || !/^word\//i.test(part.name)) continue
      for (const match of part.data.toString('latin1').matchAll(/:id="(\d{1,9})"/g)) highest = Math.max(highest, Number(match[1]))
    }
    return highest
  }

  private realName(name: string): string {
    return this.parts.get(name.toLowerCase())!.name
  }
}

const relationshipsPart = (source: string) => (source === '' ? '_rels/.rels' : path.join(path.dirname(source), '_rels', `${path.basename(source)}.rels`))

/** A relationship's target as a part name: relative to the source's folder, or absolute from the package root. */
function resolveTarget(source: string, target: string): string {
  const decoded = (() => {
    try {
      return decodeURIComponent(target)
    } catch {
      return target
    }
  })()
  const joined = decoded.startsWith('/') ? decoded.slice(1) : path.join(source === '' ? '' : path.dirname(source), decoded)
  return path.normalize(joined).replace(/^(\.\.\/)+/, '')
}
