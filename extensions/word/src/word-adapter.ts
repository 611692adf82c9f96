/**
 * Every call into Word lives here, as a plain async function around `Word.run`:
 * queue the loads, one `sync`, queue the edits, one `sync`. No DOM, no engine.
 *
 * Edits are guarded: a finding is changed only when its paragraph still holds
 * exactly the text that was checked and Word finds the finding's text where the
 * check found it. Anything else is refused and reported, never guessed.
 */
import {planSearch, type FindingTarget, type SearchPlan} from './locate.js'

/** A paragraph as the engine wants it (`checkParagraphs` input), with Word's own text. */
export interface DocumentParagraph {
  text: string
  /** Heading level 1–9, for headings. */
  heading?: number
  /** Table row number in the document (from 1), for paragraphs in table cells. */
  row?: number
}

/** Why a target could not be reached. */
export type Refusal = 'changed' | 'not-found'

export interface Edit {
  target: FindingTarget
  replacement: string
}

export interface EditReport<T> {
  done: T[]
  refused: Array<{item: T; reason: Refusal}>
}

export interface CommentRequest {
  target: FindingTarget
  comment: string
}

/** Word's built-in heading styles and their levels (a Map: a style name is never an inherited key). */
const headingStyles = new Map<string, number>([
  ['Title', 1], ['Heading1', 1], ['Heading2', 2], ['Heading3', 3], ['Heading4', 4], ['Heading5', 5], ['Heading6', 6], ['Heading7', 7], ['Heading8', 8], ['Heading9', 9]
])

const baseProperties = 'items/text,items/styleBuiltIn,items/tableNestingLevel'

/**
 * Loads every paragraph of the body with its heading level and table row, in
 * one batch (a second `sync` only when the document has tables, for the rows).
 */
export async function loadParagraphs(): Promise<DocumentParagraph[]> {
  try {
    return await readParagraphs(true)
  } catch {
    // `outlineLevel` (headings in custom styles) is not available on every platform.
    return readParagraphs(false)
  }
}

async function readParagraphs(withOutlineLevels: boolean): Promise<DocumentParagraph[]> {
  return Word.run(async (context) => {
    const paragraphs = context.document.body.paragraphs
    paragraphs.load(withOutlineLevels ? `${baseProperties},items/outlineLevel` : baseProperties)
    await context.sync()

    const items = paragraphs.items
    const cells = items.map((paragraph) => (paragraph.tableNestingLevel > 0 ? paragraph.parentTableCell : undefined))
    for (const cell of cells) cell?.load('rowIndex')
    if (cells.some(Boolean)) await context.sync()

    const outlineLevels = withOutlineLevels ? usableOutlineLevels(items) : undefined
    const result: DocumentParagraph[] = []
    let row = 0
    let previousRow: number | undefined
    items.forEach((paragraph, index) => {
      const entry: DocumentParagraph = {text: paragraph.text}
      const cell = cells[index]
      if (cell) {
        // A new row starts when the row index changes or a table starts.
        if (previousRow === undefined || cell.rowIndex !== previousRow) row++
        previousRow = cell.rowIndex
        entry.row = row
      } else {
        previousRow = undefined
        const heading = headingStyles.get(paragraph.styleBuiltIn) ?? outlineLevels?.[index]
        if (heading) entry.heading = heading
      }
      result.push(entry)
    })
    return result
  })
}

/**
 * Outline levels 1–9 mark headings in custom styles (10 is body text). If they
 * would make most of the text headings, the platform reports them differently:
 * ignore them rather than stop checking the body.
 */
function usableOutlineLevels(items: readonly Word.Paragraph[]): Array<number | undefined> | undefined {
  const levels = items.map((paragraph) =>
    paragraph.styleBuiltIn === 'Other' && Number.isInteger(paragraph.outlineLevel) && paragraph.outlineLevel >= 1 && paragraph.outlineLevel <= 9
      ? paragraph.outlineLevel
      : undefined
  )
  const nonEmpty = items.filter((paragraph) => paragraph.text.trim()).length
  const headings = levels.filter((level, index) => level !== undefined && items[index]!.text.trim()).length
  return headings * 2 > nonEmpty ? undefined : levels
}

interface PendingSearch {
  plan: SearchPlan
  results: Word.RangeCollection[]
}

type Located = {range: Word.Range} | {refusal: Refusal}

/**
 * Finds targets again in one Word batch: one `sync` to read the paragraphs,
 * one for all the searches. A target is found only if its paragraph is
 * unchanged and Word's search agrees with the checked text on every match.
 */
async function locate(context: Word.RequestContext, targets: readonly FindingTarget[]): Promise<Located[]> {
  const paragraphs = context.document.body.paragraphs
  paragraphs.load('items/text')
  await context.sync()

  const pending: Array<PendingSearch | Refusal> = targets.map((target) => {
    const paragraph = paragraphs.items[target.paragraph]
    if (!paragraph || paragraph.text !== target.paragraphText) return 'changed'
    const plan = planSearch(target)
    if (!plan) return 'not-found'
    const results = plan.pieces.map((piece) => {
      const found = paragraph.search(piece.query, {matchCase: true, matchWildcards: false})
      found.load('items/text')
      return found
    })
    return {plan, results}
  })
  if (pending.some((entry) => typeof entry !== 'string')) await context.sync()

  return pending.map((entry, index): Located => {
    if (typeof entry === 'string') return {refusal: entry}
    const target = targets[index]!
    const ranges: Word.Range[] = []
    for (const [pieceIndex, piece] of entry.plan.pieces.entries()) {
      const items = entry.results[pieceIndex]!.items
      const range = items[piece.occurrence]
      // Word must see exactly the matches the check saw, or the n-th one may be another.
      if (items.length !== piece.count || !range || range.text !== piece.text) return {refusal: 'not-found'}
      ranges.push(range)
    }
    const [first, last] = ranges
    if (!first) return {refusal: 'not-found'}
    if (!last) return first.text === target.actual ? {range: first} : {refusal: 'changed'}
    return {range: first.expandTo(last)}
  })
}

/** Selects a finding's text in the document (Word scrolls it into view). */
export async function selectTarget(target: FindingTarget): Promise<Refusal | undefined> {
  return Word.run(async (context) => {
    const [located] = await locate(context, [target])
    if (!located || 'refusal' in located) return located?.refusal ?? 'not-found'
    located.range.select('Select')
    await context.sync()
    return undefined
  })
}

/**
 * Replaces findings' text, each only where the guard allows; the rest are
 * reported as refused and left exactly as they are. Three `sync`s whatever
 * the number of edits. With `trackChanges`, Track Changes is turned on first
 * (WordApi 1.4), so Word records every edit as a tracked change the author
 * accepts or rejects; it stays on afterwards.
 */
export async function replaceTargets(edits: readonly Edit[], options: {trackChanges?: boolean} = {}): Promise<EditReport<Edit>> {
  return Word.run(async (context) => {
    // Queued ahead of the edits: Word turns tracking on before it makes any of them.
    if (options.trackChanges) context.document.changeTrackingMode = Word.ChangeTrackingMode.trackAll
    const located = await locate(
      context,
      edits.map((edit) => edit.target)
    )
    const report: EditReport<Edit> = {done: [], refused: []}
    located.forEach((entry, index) => {
      const edit = edits[index]!
      if ('refusal' in entry) {
        report.refused.push({item: edit, reason: entry.refusal})
        return
      }
      entry.range.insertText(edit.replacement, 'Replace')
      report.done.push(edit)
    })
    if (report.done.length > 0) await context.sync()
    return report
  })
}

/** Adds a Word comment on each finding's text. */
export async function commentTargets(requests: readonly CommentRequest[]): Promise<EditReport<CommentRequest>> {
  return Word.run(async (context) => {
    const located = await locate(
      context,
      requests.map((request) => request.target)
    )
    const report: EditReport<CommentRequest> = {done: [], refused: []}
    located.forEach((entry, index) => {
      const request = requests[index]!
      if ('refusal' in entry) {
        report.refused.push({item: request, reason: entry.refusal})
        return
      }
      entry.range.insertComment(request.comment)
      report.done.push(request)
    })
    if (report.done.length > 0) await context.sync()
    return report
  })
}

export interface GlossaryTable {
  heading: string
  header: [string, string]
  rows: Array<[string, string]>
}

/** Appends a heading and a two-column table at the end of the document. */
export async function appendGlossary(glossary: GlossaryTable): Promise<void> {
  await Word.run(async (context) => {
    const body = context.document.body
    const heading = body.insertParagraph(glossary.heading, 'End')
    heading.styleBuiltIn = 'Heading2'
    const values = [glossary.header, ...glossary.rows]
    const table = body.insertTable(values.length, 2, 'End', values)
    table.headerRowCount = 1
    await context.sync()
  })
}

/** Whether Word can add comments and track changes from an add-in (WordApi 1.4). */
export function reviewSupported(): boolean {
  return Office.context.requirements.isSetSupported('WordApi', '1.4')
}

/** Whether Word reports paragraph edits (WordApi 1.6). */
export function changeEventsSupported(): boolean {
  return Office.context.requirements.isSetSupported('WordApi', '1.6')
}

/**
 * Calls `onChange` when the author adds, changes or deletes paragraphs.
 * Returns false (and registers nothing) where Word has no such events.
 */
export async function watchParagraphs(onChange: () => void): Promise<boolean> {
  if (!changeEventsSupported()) return false
  await Word.run(async (context) => {
    const document = context.document
    const handler = async () => onChange()
    document.onParagraphChanged.add(handler)
    document.onParagraphAdded.add(handler)
    document.onParagraphDeleted.add(handler)
    await context.sync()
  })
  return true
}
