/**
 * Changes to a paragraph's runs, made the way Word makes them: a replacement is a tracked change
 * (`w:del` around the old runs, `w:ins` with a new run after them) and a note is a comment
 * anchored to its words. A run is split where a change starts or ends inside it, and both halves
 * keep the run's properties (`w:rPr`), so bold, italics and styles stay exactly where they were.
 *
 * Order of work for a paragraph: split the runs at every place a change starts or ends (`splitAt`,
 * last place first), read the paragraph again, then anchor comments and track replacements on
 * whole runs only.
 */
import {isWord, textElement, wordChild, wordElement} from './word-xml.js'
import type {TextPiece} from './word-text.js'

/** Who made a change, and when: what Word shows in its Review pane. */
export interface Revision {
  author: string
  /** ISO 8601, no fractions of a second (as Word writes it). */
  date: string
  /** A new id, unique among the document's annotations. */
  nextId(): string
}

const nextElement = (node: Node): Element | undefined => {
  for (let next = node.nextSibling; next; next = next.nextSibling) if (next.nodeType === 1) return next as Element
  return undefined
}

const previousElement = (node: Node): Element | undefined => {
  for (let previous = node.previousSibling; previous; previous = previous.previousSibling) if (previous.nodeType === 1) return previous as Element
  return undefined
}

/** Sets a `w:t`'s text, keeping its spaces. */
function setText(element: Element, text: string): void {
  while (element.firstChild) element.removeChild(element.firstChild)
  element.appendChild(element.ownerDocument.createTextNode(text))
  if (/^\s|\s$/.test(text)) element.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve')
}

/** A new run like `run`: its attributes and a copy of its properties, no content. */
function emptyCopy(run: Element): Element {
  const copy = run.cloneNode(false) as Element
  const properties = wordChild(run, 'rPr')
  if (properties) copy.appendChild(properties.cloneNode(true))
  return copy
}

/** Ends the run of `node` just after it: what follows moves to a new run with the same properties. */
function splitRunAfter(node: Element): void {
  const run = node.parentNode as Element
  if (!nextElement(node)) return
  const rest = emptyCopy(run)
  while (node.nextSibling) rest.appendChild(node.nextSibling)
  run.parentNode!.insertBefore(rest, run.nextSibling)
}

function splitRunBefore(node: Element): void {
  const previous = previousElement(node)
  if (previous && !isWord(previous, 'rPr')) splitRunAfter(previous)
}

/** Makes a run boundary at `position` of the paragraph, where the text there is editable. */
export function splitAt(pieces: readonly TextPiece[], position: number): void {
  const inside = pieces.find((piece) => piece.editable && piece.start < position && position < piece.end)
  if (inside) {
    const value = inside.node.textContent ?? ''
    const cut = position - inside.start
    // Earlier cuts in this piece (made later in the text) only ever shorten its tail.
    const second = textElement(inside.node.ownerDocument, 't', value.slice(cut))
    setText(inside.node, value.slice(0, cut))
    inside.node.parentNode!.insertBefore(second, inside.node.nextSibling)
    splitRunAfter(inside.node)
    return
  }
  const ending = pieces.find((piece) => piece.editable && piece.end === position && piece.start < piece.end)
  if (ending) splitRunAfter(ending.node)
  const starting = pieces.find((piece) => piece.editable && piece.start === position && piece.start < piece.end)
  if (starting) splitRunBefore(starting.node)
}

/**
 * The runs that hold exactly the text from `start` to `end`, all of it editable, nothing else in
 * them (after `splitAt` both ends); `undefined` when the words cannot be changed here (part of
 * them is a field result, an earlier tracked change, a tab, a footnote reference…).
 */
export function runsHolding(pieces: readonly TextPiece[], start: number, end: number): Element[] | undefined {
  const runs: Element[] = []
  let reached = start
  for (const piece of pieces) {
    const run = piece.node.parentNode as Element
    const inRange = piece.start < piece.end ? piece.end > start && piece.start < end : piece.start > start && piece.start < end
    if (inRange) {
      if (!piece.editable || piece.start < start || piece.end > end || piece.start !== reached) return undefined
      reached = piece.end
      if (runs.at(-1) !== run) runs.push(run)
    }
  }
  if (reached !== end || runs.length === 0) return undefined
  // Each run holds these words only.
  const chosen = new Set(runs)
  for (const piece of pieces) if (chosen.has(piece.node.parentNode as Element) && (piece.start < start || piece.end > end || !piece.editable)) return undefined
  return runs
}

/** Replaces the words in `runs` with `replacement` as a tracked change: the runs are deleted, a run like the first is inserted. */
export function trackReplacement(runs: readonly Element[], replacement: string, revision: Revision): void {
  const document = runs[0]!.ownerDocument
  const stamp = () => ({id: revision.nextId(), author: revision.author, date: revision.date})
  // Runs side by side go in one w:del; a bookmark or comment mark between them starts another.
  const groups: Element[][] = []
  for (const run of runs) {
    const group = groups.at(-1)
    if (group && nextElement(group.at(-1)!) === run) group.push(run)
    else groups.push([run])
  }
  let last: Element | undefined
  for (const group of groups) {
    const deletion = wordElement(document, 'del', stamp())
    group[0]!.parentNode!.insertBefore(deletion, group[0]!)
    for (const run of group) {
      deletion.appendChild(run)
      for (const text of Array.from(run.childNodes).filter((node) => isWord(node, 't')) as Element[]) {
        const deleted = textElement(document, 'delText', text.textContent ?? '')
        run.replaceChild(deleted, text)
      }
    }
    last = deletion
  }
  if (replacement === '' || !last) return
  const insertion = wordElement(document, 'ins', stamp())
  const run = emptyCopy(runs[0]!)
  // The new words are new: an earlier reviewer's formatting change does not apply to them.
  const properties = wordChild(run, 'rPr')
  const formatChange = properties && wordChild(properties, 'rPrChange')
  if (formatChange) properties.removeChild(formatChange)
  run.appendChild(textElement(document, 't', replacement))
  insertion.appendChild(run)
  last.parentNode!.insertBefore(insertion, last.nextSibling)
}

/**
 * Anchors comment `id` to the words from `start` to `end`: `w:commentRangeStart` before the first
 * run, `w:commentRangeEnd` and a run holding `w:commentReference` after the last. Where the words
 * do not begin and end on runs of their own (inside a field result, say), the whole paragraph.
 */
export function anchorComment(paragraph: Element, pieces: readonly TextPiece[], start: number, end: number, id: string): void {
  const document = paragraph.ownerDocument
  const first = pieces.find((piece) => piece.editable && piece.start === start && piece.end > piece.start)
  const last = pieces.findLast((piece) => piece.editable && piece.end === end && piece.end > piece.start)
  const rangeStart = wordElement(document, 'commentRangeStart', {id})
  const rangeEnd = wordElement(document, 'commentRangeEnd', {id})
  const reference = wordElement(document, 'r')
  reference.appendChild(wordElement(document, 'commentReference', {id}))
  const before = first && previousElement(first.node)
  if (first && last && (!before || isWord(before, 'rPr')) && !nextElement(last.node)) {
    const firstRun = first.node.parentNode as Element
    const lastRun = last.node.parentNode as Element
    firstRun.parentNode!.insertBefore(rangeStart, firstRun)
    lastRun.parentNode!.insertBefore(rangeEnd, lastRun.nextSibling)
    lastRun.parentNode!.insertBefore(reference, rangeEnd.nextSibling)
    return
  }
  const properties = wordChild(paragraph, 'pPr')
  paragraph.insertBefore(rangeStart, properties ? properties.nextSibling : paragraph.firstChild)
  paragraph.appendChild(rangeEnd)
  paragraph.appendChild(reference)
}
