/**
 * Finding YAML nodes and their line and column, so every problem points at the data that
 * caused it rather than at the file as a whole.
 */
import {walkKeyPath} from '@plainspeak/base/yaml'
import {isMap, isNode, isScalar, type Document, type LineCounter, type Node} from 'yaml'
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

/**
 * The node at a JSON path (as the validator reports it), or the deepest node on the way there
 * when the path leads to something missing.
 */
export function nodeAtPath(source: LocatedDocument, path: readonly (string | number)[]): Node | undefined {
  const value = walkKeyPath(source.document.contents, path).findLast((step) => step.value)?.value
  const node = value ?? source.document.contents
  return isNode(node) ? node : undefined
}

/** The key node of `field` in a mapping, to point at a misspelt or unknown field name. */
export function keyNode(mapping: unknown, field: string): Node | undefined {
  if (!isMap(mapping)) return undefined
  const pair = mapping.items.find((item) => isScalar(item.key) && String(item.key.value) === field)
  return isNode(pair?.key) ? pair.key : undefined
}
