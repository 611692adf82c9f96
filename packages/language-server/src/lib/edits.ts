/**
 * Data safety for every edit the server offers: an edit touches only its finding's span (or
 * inserts next to it) and is offered only while the document still holds the finding's text.
 */
import {TextDocumentEdit, TextEdit, type Position, type Range, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'

function isPosition(value: unknown): value is Position {
  const position = value as Position | null
  return (
    typeof position === 'object' && position !== null &&
    Number.isInteger(position.line) && Number.isInteger(position.character) &&
    position.line >= 0 && position.character >= 0
  )
}

export function isRange(value: unknown): value is Range {
  const range = value as Range | null
  return typeof range === 'object' && range !== null && isPosition(range.start) && isPosition(range.end)
}

const samePosition = (a: Position, b: Position) => a.line === b.line && a.character === b.character

/**
 * The offsets of `range` when the document's text there is exactly `actual`; `undefined` when the
 * text changed, or the range does not exist in this document (LSP clamps such positions silently).
 */
export function spanHolding(document: TextDocument, range: Range, actual: string): {start: number; end: number} | undefined {
  if (!isRange(range) || actual === '') return undefined
  const start = document.offsetAt(range.start)
  const end = document.offsetAt(range.end)
  if (!samePosition(document.positionAt(start), range.start) || !samePosition(document.positionAt(end), range.end)) return undefined
  return document.getText().slice(start, end) === actual ? {start, end} : undefined
}

/** Edits to one document, versioned when the client supports it so a stale edit is refused there too. */
export function documentEdit(document: TextDocument, edits: TextEdit[], versioned: boolean): WorkspaceEdit {
  if (versioned) return {documentChanges: [TextDocumentEdit.create({uri: document.uri, version: document.version}, edits)]}
  return {changes: {[document.uri]: edits}}
}

export function insertAt(document: TextDocument, offset: number, text: string): TextEdit {
  return TextEdit.insert(document.positionAt(offset), text)
}
