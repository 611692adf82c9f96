/**
 * Code actions from diagnostics alone: each fix kind is one builder in a table. Every builder
 * gets a finding whose text the document still holds (checked at request time); a finding whose
 * text changed gets no action at all.
 *
 * The menu is about the finding under the cursor: of the diagnostics the client sends, those that
 * touch the requested range (all of them when none does; some clients send a whole line's), the
 * narrowest first, and only the narrowest finding's best fix is preferred. Editors sort preferred
 * actions first, so a finding elsewhere on the line never pushes in ahead of the one the writer
 * is looking at.
 */
import {fixableFinding, fixEdit, safeFixes, type Format, type FixEdit, type MessageJson} from '@plainspeak/core'
import {AnnotatedTextEdit, CodeAction, CodeActionKind, TextDocumentEdit, TextEdit, type ChangeAnnotation, type Diagnostic, type Range, type WorkspaceEdit} from 'vscode-languageserver'
import type {TextDocument} from 'vscode-languageserver-textdocument'
import {dismissalReasonLabels, dismissalReasons} from '@plainspeak/config'
import {fixAllKind, serverCommands, type AllowListArguments, type DismissArguments} from '../protocol.js'
import {findingData, fixRange, type FindingData} from './diagnostics.js'
import {documentEdit, isRange, spanHolding} from './edits.js'
import {frontMatterAllow, inlineIgnore, type OffsetEdit} from './ignore-edits.js'

export interface FixContext {
  document: TextDocument
  format: Format
  diagnostic: Diagnostic
  ruleId: string
  data: FindingData
  span: {start: number; end: number}
  /** Wraps text edits to this document (versioned when the client supports it). */
  edit(edits: TextEdit[]): WorkspaceEdit
  /** Whether the document is a file, so a project configuration can hold its allow list. */
  inProject: boolean
  /** The finding under the cursor: its actions come first, and only its best fix is preferred. */
  underCursor: boolean
}

type FixBuilder = (context: FixContext) => CodeAction[]

const quote = (text: string) => `“${text.length > 40 ? `${text.slice(0, 39)}…` : text}”`

/**
 * The term or acronym a finding is about, as its rule declares it (`subject`): the word an allow
 * list needs to accept the finding. None for a sentence.
 */
export function allowTerm(data: FindingData): string | undefined {
  return data.subject?.kind === 'term' || data.subject?.kind === 'acronym' ? data.subject.text : undefined
}

/** A core edit (offsets) as an LSP text edit. */
const textEdit = (document: TextDocument, edit: FixEdit): TextEdit => TextEdit.replace({start: document.positionAt(edit.start), end: document.positionAt(edit.end)}, edit.text)

function offsetEdits(context: FixContext, edits: OffsetEdit[]): WorkspaceEdit {
  const {document} = context
  return context.edit(edits.map((item) => TextEdit.replace({start: document.positionAt(item.start), end: document.positionAt(item.end)}, item.text)))
}

const fixBuilders: FixBuilder[] = [
  function replaceWithAlternative(context) {
    const {data, diagnostic, document, span} = context
    const alternatives = data.expected.filter((alternative) => alternative !== data.actual)
    const text = document.getText()
    const finding = {...span, actual: data.actual, expected: data.expected, ...(data.subject ? {subject: data.subject} : {})}
    return alternatives.flatMap((alternative, index) => {
      // The one substitution code path: case, spacing and punctuation as on every surface.
      const edit = fixEdit(text, finding, alternative)
      if (!edit) return []
      const title = data.subject?.kind === 'acronym'
        ? `Spell out ${data.actual}: ${quote(alternative)}`
        : alternative === ''
          ? `Remove ${quote(data.actual)}`
          : `Replace ${quote(data.actual)} with ${quote(alternative)}`
      const action = CodeAction.create(title, context.edit([textEdit(document, edit)]), CodeActionKind.QuickFix)
      action.diagnostics = [diagnostic]
      // The dictionary lists the best alternative first.
      if (index === 0 && context.underCursor) action.isPreferred = true
      return action
    })
  },

  function addToProjectDictionary(context) {
    const term = allowTerm(context.data)
    if (term === undefined || !context.inProject) return []
    const argument: AllowListArguments = {uri: context.document.uri, term}
    const title = `Add ${quote(term)} to the project dictionary`
    const action = CodeAction.create(title, {title, command: serverCommands.addToAllowList, arguments: [argument]}, CodeActionKind.QuickFix)
    action.diagnostics = [context.diagnostic]
    return [action]
  },

  function ignoreInDocument(context) {
    const {document, format, ruleId, span} = context
    const text = document.getText()
    const actions: CodeAction[] = []
    const term = allowTerm(context.data)
    if (format === 'markdown' && term !== undefined) {
      const edit = frontMatterAllow(text, term)
      if (edit) actions.push(CodeAction.create(`Ignore ${quote(term)} in this document`, offsetEdits(context, [edit]), CodeActionKind.QuickFix))
    }
    const pair = inlineIgnore(text, span.start, span.end, ruleId, format)
    if (pair) actions.push(CodeAction.create(`Ignore this ${ruleId} finding here`, offsetEdits(context, pair), CodeActionKind.QuickFix))
    for (const action of actions) action.diagnostics = [context.diagnostic]
    return actions
  },

  function notUsefulHere(context) {
    // Written only for a file in an open folder (the server checks the folder again).
    const {fingerprint, audience} = context.data
    if (!context.inProject || typeof fingerprint !== 'string' || typeof audience !== 'string') return []
    const term = allowTerm(context.data)
    const argument: DismissArguments = {uri: context.document.uri, fingerprint, rule: context.ruleId, ...(term !== undefined ? {term} : {}), audience}
    // The reason is optional: one plain action, and one per reason for the finding under the cursor.
    const choices = [undefined, ...(context.underCursor ? dismissalReasons : [])]
    return choices.map((reason) => {
      const title = reason ? `Not useful here: ${dismissalReasonLabels[reason]}` : 'Not useful here'
      const action = CodeAction.create(title, {title, command: serverCommands.dismiss, arguments: [{...argument, ...(reason ? {reason} : {})}]}, CodeActionKind.QuickFix)
      action.diagnostics = [context.diagnostic]
      return action
    })
  }
]

export interface ActionRequest {
  document: TextDocument
  format: Format
  diagnostics: readonly Diagnostic[]
  versioned: boolean
  /** The range the client asked about (the cursor or selection). */
  range?: Range
}

const notAfter = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character)
const touches = (a: Range, b: Range) => notAfter(a.start, b.end) && notAfter(b.start, a.end)

/** The diagnostics a menu is about: those touching the requested range (all when none does), the narrowest first. */
function aboutCursor(document: TextDocument, diagnostics: readonly Diagnostic[], range: Range | undefined): Diagnostic[] {
  const placed = diagnostics.filter((diagnostic) => isRange(diagnostic.range))
  const width = (diagnostic: Diagnostic) => document.offsetAt(diagnostic.range.end) - document.offsetAt(diagnostic.range.start)
  const touching = range && isRange(range) ? placed.filter((diagnostic) => touches(diagnostic.range, range)) : []
  return (touching.length > 0 ? touching : placed).sort((a, b) => width(a) - width(b))
}

/** Quick fixes for the diagnostics the client sent: the finding under the cursor first. */
export function quickFixes(request: ActionRequest): CodeAction[] {
  const {document} = request
  const actions: CodeAction[] = []
  const diagnostics = aboutCursor(document, request.diagnostics, request.range)
  let first = true
  for (const diagnostic of diagnostics) {
    const data = findingData(diagnostic)
    if (!data || typeof diagnostic.code !== 'string') continue
    const span = spanHolding(document, fixRange(diagnostic, data), data.actual)
    if (!span) continue
    const context: FixContext = {
      document,
      format: request.format,
      diagnostic,
      ruleId: diagnostic.code,
      data,
      span,
      edit: (edits) => documentEdit(document, edits, request.versioned),
      inProject: document.uri.startsWith('file:'),
      underCursor: first
    }
    first = false
    for (const build of fixBuilders) actions.push(...build(context))
  }
  return actions
}

/**
 * `source.fixAll.plainspeak`: the safe fixes of the document's current findings (core's
 * `safeFixes`: one replacement, in prose, not in code, a web address, front matter, a quotation
 * or a name), none overlapping. Each kind of change ("utilise" → "use") is a change annotation
 * that needs confirmation, so an editor that supports them (VS Code) shows its refactor preview,
 * grouped by change, before anything is applied.
 */
export function fixAll(document: TextDocument, format: Format, messages: readonly Pick<MessageJson, 'offset' | 'endOffset' | 'expected' | 'actual' | 'subject'>[], versioned: boolean): CodeAction | undefined {
  const {fixes} = safeFixes(document.getText(), messages.map(fixableFinding), format)
  if (fixes.length === 0) return undefined
  const title = `Apply ${fixes.length} safe Plainspeak ${fixes.length === 1 ? 'fix' : 'fixes'}`
  if (!versioned) return CodeAction.create(title, {changes: {[document.uri]: fixes.map((fix) => textEdit(document, fix.edit))}}, fixAllKind)
  const changeAnnotations: Record<string, ChangeAnnotation> = {}
  const edits = fixes.map(({finding, edit}) => {
    const id = `${finding.actual.toLowerCase()} → ${edit.text.toLowerCase() || '(removed)'}`
    changeAnnotations[id] ??= {label: id, needsConfirmation: true, description: 'Plainspeak: a plain-English fix'}
    return AnnotatedTextEdit.replace(textEdit(document, edit).range, edit.text, id)
  })
  return CodeAction.create(title, {documentChanges: [TextDocumentEdit.create({uri: document.uri, version: document.version}, edits)], changeAnnotations}, fixAllKind)
}

/** Whether the client asked for kinds that include `kind` (`source` includes `source.fixAll.plainspeak`). */
export function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only) return kind === CodeActionKind.QuickFix
  return only.some((requested) => kind === requested || kind.startsWith(`${requested}.`))
}
