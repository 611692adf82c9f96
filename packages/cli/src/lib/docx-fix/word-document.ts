/**
 * A Word document opened to be fixed: its parts read within the .docx limits, its body's
 * paragraphs as Plainspeak checks them, and the fixes and notes written back as tracked changes
 * and comments in a copy. The input bytes are never changed.
 */
import {docxArchive, readDocxParts, type DocxLimits} from '../zip.js'
import {anchorComment, runsHolding, splitAt, trackReplacement, type Revision} from './word-edits.js'
import {WordPackage} from './word-package.js'
import {headingStyles, readParagraph, readParagraphs, toParagraphInput, type WordParagraph} from './word-text.js'
import {serialisePart, textElement, wordElement} from './word-xml.js'

/** A change or a note at offsets of the checked text (`WordDocument.text`). */
export interface WordChange {
  start: number
  end: number
  /** The replacement (a tracked change) or the comment's words. */
  text: string
}

export interface WrittenChanges {
  /** The replacements made as tracked changes. */
  tracked: WordChange[]
  /** Replacements left out: their words are not plain text of their own here (a field result, an earlier tracked change…). */
  held: WordChange[]
  comments: number
}

export class WordDocument {
  readonly paragraphs: WordParagraph[]
  /** Where each paragraph starts in the checked text. */
  private readonly starts: number[] = []

  private constructor(
    private readonly word: WordPackage,
    private readonly main: string
  ) {
    const styles = word.stylesPart(main)
    this.paragraphs = readParagraphs(word.xml(main), headingStyles(styles ? word.xml(styles) : undefined))
    let offset = 0
    for (const paragraph of this.paragraphs) {
      this.starts.push(offset)
      offset += paragraph.text.length + 1
    }
  }

  static read(bytes: Buffer, limits: DocxLimits): WordDocument {
    const word = new WordPackage(readDocxParts(bytes, limits))
    return new WordDocument(word, word.mainPart())
  }

  /** The paragraphs to check, as core's `checkParagraphs` takes them. */
  paragraphInputs() {
    return this.paragraphs.map(toParagraphInput)
  }

  /** The text core checks: one paragraph a line (a soft line break within one reads as a space). */
  text(): string {
    return this.paragraphs.map((paragraph) => paragraph.text.replace(/[\r\n\v]/g, ' ')).join('\n')
  }

  /** Whether the words from `start` to `end` are plain text of their own, which a tracked change may replace. */
  canReplace(change: WordChange): boolean {
    const index = this.paragraphAt(change.start)
    const offset = this.starts[index]!
    const {pieces, text} = this.paragraphs[index]!
    const start = change.start - offset
    const end = change.end - offset
    if (end > text.length || end <= start) return false
    let reached = start
    for (const piece of pieces) {
      const inRange = piece.start < piece.end ? piece.end > start && piece.start < end : piece.start > start && piece.start < end
      if (!inRange) continue
      if (!piece.editable || piece.start > reached) return false
      reached = Math.max(reached, piece.end)
    }
    return reached >= end
  }

  /**
   * Writes `replacements` as tracked changes and `notes` as comments, each within one paragraph,
   * and returns what was done. A note the same author already left in the document (a second
   * run on a copy) is not made again. Call once.
   */
  change(replacements: readonly WordChange[], notes: readonly WordChange[], who: {author: string; initials: string; date: string}): WrittenChanges {
    let id = this.word.highestId()
    const revision: Revision = {author: who.author, date: who.date, nextId: () => String(++id)}
    const held: WordChange[] = []
    const tracked: WordChange[] = []
    const byParagraph = new Map<number, {replacements: Array<[WordChange, number]>; notes: Array<[WordChange, number, string]>}>()
    const at = (change: WordChange) => {
      const index = this.paragraphAt(change.start)
      const start = this.starts[index]!
      const paragraph = this.paragraphs[index]!
      if (change.end - start > paragraph.text.length) return undefined
      let entry = byParagraph.get(index)
      if (!entry) byParagraph.set(index, (entry = {replacements: [], notes: []}))
      return {entry, start}
    }
    for (const replacement of replacements) {
      const place = at(replacement)
      if (place) place.entry.replacements.push([replacement, place.start])
      else held.push(replacement)
    }
    const comments: Array<{id: string; text: string}> = []
    const made = this.word.commentsBy(this.main, who.author)
    for (const note of notes) {
      const place = made.has(note.text.trim()) ? undefined : at(note)
      if (!place) continue
      const commentId = revision.nextId()
      place.entry.notes.push([note, place.start, commentId])
      comments.push({id: commentId, text: note.text})
    }

    for (const [index, entry] of byParagraph) {
      const paragraph = this.paragraphs[index]!
      const boundaries = new Set<number>()
      for (const [change, start] of [...entry.replacements, ...entry.notes]) boundaries.add(change.start - start).add(change.end - start)
      for (const position of [...boundaries].sort((a, b) => b - a)) splitAt(paragraph.pieces, position)
      const {pieces} = readParagraph(paragraph.element, [...paragraph.fieldsBefore], paragraph.readOnly)
      for (const [note, start, commentId] of entry.notes) anchorComment(paragraph.element, pieces, note.start - start, note.end - start, commentId)
      for (const [replacement, start] of entry.replacements) {
        const runs = runsHolding(pieces, replacement.start - start, replacement.end - start)
        if (!runs) {
          held.push(replacement)
          continue
        }
        trackReplacement(runs, replacement.text, revision)
        tracked.push(replacement)
      }
    }
    if (comments.length > 0) this.addComments(comments, who)
    return {tracked: tracked.sort((a, b) => a.start - b.start), held, comments: comments.length}
  }

  /** The .docx with the changes: parts not touched are copied as they were packed. */
  bytes(): Buffer {
    return docxArchive(this.word.write(serialisePart))
  }

  private addComments(comments: ReadonlyArray<{id: string; text: string}>, who: {author: string; initials: string; date: string}): void {
    const part = this.word.commentsPart(this.main)
    for (const {id, text} of comments) {
      const comment = wordElement(part, 'comment', {id, author: who.author, date: who.date, initials: who.initials})
      const paragraph = wordElement(part, 'p')
      const mark = wordElement(part, 'r')
      mark.appendChild(wordElement(part, 'annotationRef'))
      const words = wordElement(part, 'r')
      words.appendChild(textElement(part, 't', text))
      paragraph.appendChild(mark)
      paragraph.appendChild(words)
      comment.appendChild(paragraph)
      part.documentElement.appendChild(comment)
    }
  }

  /** The paragraph an offset of the checked text is in, counted from 1 (as `check` reports a .docx's lines). */
  paragraphNumber(offset: number): number {
    return this.paragraphAt(offset) + 1
  }

  private paragraphAt(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.starts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return low
  }
}
