/**
 * Finding YAML nodes and their line and column, so every problem points at the data that
 * caused it rather than at the file as a whole.
 */
import {isMap, isNode, isPair, isScalar, isSeq, type Document, type LineCounter, type Node} from 'yaml'
import type {Origin} from './types.js'

/** A parsed file plus what is needed to turn offsets into lines and columns. */
export interface LocatedDocument {
  file: string
  document: Document.Parsed
  lineCounter: LineCounter
}

export type Location = Omit<Origin, 'file'>

export function locateOffset(source: LocatedDocument, offset: number): Location {
  const {line, col} = source.lineCounter.linePos(offset)
  return {line, column: col}
}

/** Where a node starts; a node with no range (made up by the parser) falls back to the file start. */
export function locateNode(source: LocatedDocument, node: unknown): Location {
  if (isNode(node) && node.range) return locateOffset(source, node.range[0])
  return {line: 1, column: 1}
}

/** One step along a key path: the key written for it (none for a list item) and its value (none when it is left empty). */
export interface KeyPathStep {
  key: Node | undefined
  value: Node | undefined
}

/**
 * The nodes along a key path (`['rules', 'passive']`, `[3, 'term']`), as far as the document has
 * them: the one way Plainspeak walks a path in YAML, for dictionaries and config files alike.
 */
export function walkKeyPath(contents: unknown, path: readonly (string | number)[]): KeyPathStep[] {
  const steps: KeyPathStep[] = []
  let node = contents
  for (const segment of path) {
    let step: KeyPathStep | undefined
    if (isSeq(node)) {
      const item = node.items[Number(segment)]
      if (isNode(item)) step = {key: undefined, value: item}
    } else if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
      if (pair) step = {key: isNode(pair.key) ? pair.key : undefined, value: isNode(pair.value) ? pair.value : undefined}
    }
    if (!step) break
    steps.push(step)
    if (!step.value) break
    node = step.value
  }
  return steps
}

/**
 * The node at a JSON path (as the validator reports it), or the deepest node on the way there
 * when the path leads to something missing.
 */
export function nodeAtPath(source: LocatedDocument, path: readonly (string | number)[]): Node | undefined {
  const value = walkKeyPath(source.document.contents, path).findLast((step) => step.value)?.value
  const node = value ?? source.document.contents
  return isNode(node) ? node : undefined
}

/**
 * Where a key path is written, as an offset: its value (or its key, with `what: 'key'`, or when it
 * has no value); for a path that leads to something missing, the key of the deepest part that is
 * written; the document's start otherwise.
 */
export function keyPathOffset(document: Document, path: readonly (string | number)[], what: 'key' | 'value' = 'value'): number | undefined {
  const steps = walkKeyPath(document.contents, path)
  const last = steps.at(-1)
  const node = !last ? document.contents : steps.length === path.length && what === 'value' ? (last.value ?? last.key) : (last.key ?? last.value)
  return isNode(node) && node.range ? node.range[0] : undefined
}

/** The key node of `field` in a mapping, to point at a misspelt or unknown field name. */
export function keyNode(mapping: unknown, field: string): Node | undefined {
  if (!isMap(mapping)) return undefined
  const pair = mapping.items.find((item) => isScalar(item.key) && String(item.key.value) === field)
  return isNode(pair?.key) ? pair.key : undefined
}
