/**
 * A fake Word document and the slice of Office.js the add-in uses, for tests.
 *
 * Proxies (paragraphs, ranges, table cells) are `office-addin-mock` objects, so
 * Office.js's rules hold: a property read before `load` + `context.sync()`
 * gives the mock's "not loaded" / "sync not called" error string, and loading a
 * property that does not exist throws. Edits are queued and applied at
 * `sync`, like Office.js. Objects that `search()`, `insertText()` and
 * collections return sit outside the mock tree, so the fake context syncs
 * every proxy it created, not just the tree under `context.document`.
 *
 * The document model is plain data the test can read and change: paragraph
 * texts, the selection, comments, settings saved in the file, Track Changes
 * and every edit made while it was on or off, and how many `sync`s each
 * `Word.run` used.
 */
import {OfficeMockObject} from 'office-addin-mock'

export interface FakeParagraphInit {
  text: string
  /** Word's built-in style name (`Heading1`, `Normal`, `Title`…); `Normal` by default. */
  style?: string
  /** 1–9 for outline levels, 10 for body text (the default). */
  outlineLevel?: number
  /** For paragraphs in a table cell. */
  table?: {row: number; cell: number}
}

export interface FakeParagraph extends Required<Omit<FakeParagraphInit, 'table'>> {
  id: string
  table: {row: number; cell: number} | undefined
}

interface Span {
  paragraph: FakeParagraph
  start: number
  end: number
}

export interface SpanSnapshot {
  paragraph: number
  start: number
  end: number
  text: string
}

/** Word's `ChangeTrackingMode` values (WordApi 1.4). */
export type FakeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly'

/** One edit to the text, as Word would record it: a tracked change when tracking was on. */
export interface EditRecord {
  paragraph: number
  deleted: string
  inserted: string
  tracked: boolean
}

export interface FakeDocumentSnapshot {
  paragraphs: Array<{text: string; style: string; table?: {row: number; cell: number}}>
  selection: SpanSnapshot | undefined
  comments: Array<SpanSnapshot & {comment: string}>
  changeTrackingMode: FakeTrackingMode
  /** Every edit the add-in made, in order. */
  edits: EditRecord[]
  /** Settings as saved into the file (`saveAsync`). */
  savedSettings: Record<string, unknown>
  /** `sync` calls of each `Word.run`, in order. */
  syncsPerRun: number[]
}

type ParagraphEvent = 'ParagraphChanged' | 'ParagraphAdded' | 'ParagraphDeleted'
type Handler = (event: {type: ParagraphEvent; source: 'Local'; uniqueLocalIds: string[]}) => unknown

const notLoaded = 'Error, property was not loaded'
const notSynced = 'Error, context.sync() was not called'
const isMockError = (value: unknown) => value === notLoaded || value === notSynced

let nextId = 1

export class FakeWordDocument {
  paragraphs: FakeParagraph[]
  selection: Span | undefined
  comments: Array<{span: Span; text: string}> = []
  changeTrackingMode: FakeTrackingMode = 'Off'
  edits: Array<{paragraph: FakeParagraph; deleted: string; inserted: string; tracked: boolean}> = []
  /** Settings in memory (`Office.context.document.settings`). */
  settings = new Map<string, unknown>()
  /** Settings saved into the file. */
  savedSettings: Record<string, unknown> = {}
  syncsPerRun: number[] = []
  /** Highest WordApi version this fake host supports. */
  wordApi: string
  /** Paragraph properties this host does not have (loading them throws). */
  unsupported: string[]
  /** Ranges Word keeps track of: edits move them like Word moves its ranges. */
  private readonly spans = new Set<Span>()
  readonly handlers: Record<ParagraphEvent, Handler[]> = {ParagraphChanged: [], ParagraphAdded: [], ParagraphDeleted: []}

  constructor(paragraphs: readonly FakeParagraphInit[], options: {wordApi?: string; settings?: Record<string, unknown>; unsupported?: string[]} = {}) {
    this.paragraphs = paragraphs.map((paragraph) => FakeWordDocument.paragraph(paragraph))
    this.wordApi = options.wordApi ?? '1.6'
    this.unsupported = options.unsupported ?? []
    for (const [name, value] of Object.entries(options.settings ?? {})) this.settings.set(name, value)
    this.savedSettings = {...options.settings}
  }

  static paragraph(init: FakeParagraphInit): FakeParagraph {
    return {text: init.text, style: init.style ?? 'Normal', outlineLevel: init.outlineLevel ?? 10, table: init.table, id: `p${nextId++}`}
  }

  span(paragraph: FakeParagraph, start: number, end: number): Span {
    const span = {paragraph, start, end}
    this.spans.add(span)
    return span
  }

  textOf(span: Span): string {
    return span.paragraph.text.slice(span.start, span.end)
  }

  /** Replaces a span's text; every tracked range in the paragraph moves as in Word. */
  replace(span: Span, text: string): Span {
    const {paragraph, start, end} = span
    if (!this.paragraphs.includes(paragraph)) throw new Error('The range is no longer in the document')
    const delta = text.length - (end - start)
    this.edits.push({paragraph, deleted: paragraph.text.slice(start, end), inserted: text, tracked: this.changeTrackingMode !== 'Off'})
    paragraph.text = paragraph.text.slice(0, start) + text + paragraph.text.slice(end)
    for (const other of this.spans) {
      if (other === span || other.paragraph !== paragraph) continue
      if (other.start >= end) {
        other.start += delta
        other.end += delta
      } else if (other.end > start) {
        other.start = Math.min(other.start, start)
        other.end = Math.max(other.end + delta, start + text.length)
      }
    }
    span.end = start + text.length
    return span
  }

  insertParagraph(init: FakeParagraphInit, location: 'Start' | 'End'): FakeParagraph {
    const paragraph = FakeWordDocument.paragraph(init)
    if (location === 'Start') this.paragraphs.unshift(paragraph)
    else this.paragraphs.push(paragraph)
    return paragraph
  }

  /** The author types: a paragraph's text changes (Word fires ParagraphChanged unless `silent`). */
  authorEdit(index: number, text: string, options: {silent?: boolean} = {}): void {
    const paragraph = this.paragraphs[index]
    if (!paragraph) throw new Error(`No paragraph ${index}`)
    paragraph.text = text
    for (const span of this.spans) {
      if (span.paragraph !== paragraph) continue
      span.start = Math.min(span.start, text.length)
      span.end = Math.min(span.end, text.length)
    }
    if (!options.silent) this.fire('ParagraphChanged', [paragraph.id])
  }

  /** The author adds a paragraph before `index`. */
  authorInsert(index: number, init: FakeParagraphInit, options: {silent?: boolean} = {}): void {
    const paragraph = FakeWordDocument.paragraph(init)
    this.paragraphs.splice(index, 0, paragraph)
    if (!options.silent) this.fire('ParagraphAdded', [paragraph.id])
  }

  private fire(type: ParagraphEvent, ids: string[]): void {
    for (const handler of this.handlers[type]) setTimeout(() => void handler({type, source: 'Local', uniqueLocalIds: ids}), 0)
  }

  supports(version: string): boolean {
    const [major = 0, minor = 0] = version.split('.').map(Number)
    const [maxMajor = 0, maxMinor = 0] = this.wordApi.split('.').map(Number)
    return major < maxMajor || (major === maxMajor && minor <= maxMinor)
  }

  private spanSnapshot(span: Span): SpanSnapshot {
    return {paragraph: this.paragraphs.indexOf(span.paragraph), start: span.start, end: span.end, text: this.textOf(span)}
  }

  snapshot(): FakeDocumentSnapshot {
    return {
      paragraphs: this.paragraphs.map((paragraph) => ({text: paragraph.text, style: paragraph.style, ...(paragraph.table ? {table: {...paragraph.table}} : {})})),
      selection: this.selection ? this.spanSnapshot(this.selection) : undefined,
      comments: this.comments.map((comment) => ({...this.spanSnapshot(comment.span), comment: comment.text})),
      changeTrackingMode: this.changeTrackingMode,
      edits: this.edits.map((edit) => ({paragraph: this.paragraphs.indexOf(edit.paragraph), deleted: edit.deleted, inserted: edit.inserted, tracked: edit.tracked})),
      savedSettings: JSON.parse(JSON.stringify(this.savedSettings)) as Record<string, unknown>,
      syncsPerRun: [...this.syncsPerRun]
    }
  }
}

/** What every fake proxy does at `sync`: run after queued edits, refresh from the model. */
interface Syncable {
  fakeSync(): Promise<void>
}

class FakeContext {
  readonly document: FakeDocumentProxy
  readonly pending: Array<() => void> = []
  readonly tracked = new Set<Syncable>()
  syncs = 0

  constructor(readonly model: FakeWordDocument) {
    this.document = new FakeDocumentProxy(this)
  }

  track<T extends Syncable>(proxy: T): T {
    this.tracked.add(proxy)
    return proxy
  }

  async sync(): Promise<void> {
    this.syncs++
    // Office.js sends the queue in one round trip: edits first, then the loads see their result.
    for (const operation of this.pending.splice(0)) operation()
    for (const proxy of [...this.tracked]) await proxy.fakeSync()
    // A real sync is a round trip to the host.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/**
 * An `office-addin-mock` object whose scalar values come from the document
 * model at each `sync`, with Office.js's load rules.
 */
abstract class MockProxy extends OfficeMockObject implements Syncable {
  private fakeShown: Record<string, unknown> = {}

  constructor(
    readonly fakeContext: FakeContext,
    data: Record<string, unknown>
  ) {
    super(data)
    for (const name of Object.keys(data)) this.fakeShown[name] = this[name]
    fakeContext.track(this)
  }

  /** Current values of the scalar properties, from the model. */
  protected abstract fakeValues(): Record<string, unknown>

  /** A property the add-in wrote (e.g. `styleBuiltIn`): apply it to the model. */
  protected fakeWrite(name: string, value: unknown): void {
    throw new Error(`The fake does not support setting ${name} to ${String(value)}`)
  }

  async fakeSync(): Promise<void> {
    const properties = (this as unknown as {_properties: Map<string, {_loaded: boolean; _value: unknown; _valueBeforeLoaded: unknown; _isObject?: boolean}>})._properties
    const values = this.fakeValues()
    for (const [name, value] of Object.entries(values)) {
      const property = properties.get(name)
      if (!property || property._isObject) continue
      if (this[name] !== this.fakeShown[name] && !isMockError(this[name])) {
        this.fakeWrite(name, this[name])
      } else {
        property._valueBeforeLoaded = value
        if (property._loaded) {
          property._value = value
          this[name] = value
        }
      }
      this.fakeShown[name] = this[name]
    }
    await this.sync()
  }
}

class FakeTableCell extends OfficeMockObject {}

class FakeParagraphProxy extends MockProxy {
  constructor(
    context: FakeContext,
    private readonly resolveModel: () => FakeParagraph
  ) {
    const properties: Record<string, unknown> = {text: '', styleBuiltIn: '', style: '', outlineLevel: 0, tableNestingLevel: 0, uniqueLocalId: ''}
    for (const name of context.model.unsupported) delete properties[name]
    super(context, properties)
  }

  get fakeModel(): FakeParagraph {
    return this.resolveModel()
  }

  protected fakeValues(): Record<string, unknown> {
    const model = this.resolveModel()
    return {
      text: model.text,
      styleBuiltIn: /^(Normal|Title|Heading[1-9])$/.test(model.style) ? model.style : 'Other',
      style: model.style,
      outlineLevel: model.outlineLevel,
      tableNestingLevel: model.table ? 1 : 0,
      uniqueLocalId: model.id
    }
  }

  protected override fakeWrite(name: string, value: unknown): void {
    if (name !== 'styleBuiltIn' || typeof value !== 'string') return super.fakeWrite(name, value)
    this.fakeContext.model.paragraphs.find((paragraph) => paragraph === this.resolveModel())!.style = value
  }

  /** Word.Paragraph.parentTableCell (WordApi 1.3): throws outside tables, like Word. */
  get parentTableCell(): FakeTableCell {
    const table = this.resolveModel().table
    if (!table) throw new Error('ItemNotFound: the paragraph is not in a table')
    const cell = new FakeTableCell({rowIndex: table.row, cellIndex: table.cell})
    // The cell is outside the mock tree too: sync it with the context.
    this.fakeContext.track({fakeSync: () => cell.sync()})
    return cell
  }

  search(query: string, options: {matchCase?: boolean; matchWildcards?: boolean} = {}): FakeRangeCollection {
    if (options.matchWildcards) throw new Error('The fake does not search with wildcards')
    return new FakeRangeCollection(this.fakeContext, () => {
      const paragraph = this.resolveModel()
      return findAll(paragraph.text, unescapeQuery(query), options.matchCase ?? false).map((start) =>
        this.fakeContext.model.span(paragraph, start, start + unescapeQuery(query).length)
      )
    })
  }

  getRange(location: 'Whole' | 'Start' | 'End' | 'Content' = 'Whole'): FakeRange {
    return new FakeRange(this.fakeContext, () => {
      const paragraph = this.resolveModel()
      if (location === 'Start') return this.fakeContext.model.span(paragraph, 0, 0)
      if (location === 'End') return this.fakeContext.model.span(paragraph, paragraph.text.length, paragraph.text.length)
      return this.fakeContext.model.span(paragraph, 0, paragraph.text.length)
    })
  }
}

/** Word's search syntax: `^^` is a caret; other `^` codes are not supported here. */
function unescapeQuery(query: string): string {
  return query.replace(/\^(.)/g, (_, code: string) => {
    if (code === '^') return '^'
    throw new Error(`The fake does not support the search code ^${code}`)
  })
}

function findAll(text: string, needle: string, matchCase: boolean): number[] {
  const haystack = matchCase ? text : text.toLowerCase()
  const wanted = matchCase ? needle : needle.toLowerCase()
  const found: number[] = []
  if (!wanted) return found
  for (let index = haystack.indexOf(wanted); index !== -1; index = haystack.indexOf(wanted, index + wanted.length)) found.push(index)
  return found
}

class FakeRange extends MockProxy {
  private span: Span | undefined

  constructor(
    context: FakeContext,
    private readonly resolveSpan: () => Span
  ) {
    super(context, {text: '', isEmpty: true})
  }

  get fakeSpan(): Span {
    this.span ??= this.resolveSpan()
    return this.span
  }

  protected fakeValues(): Record<string, unknown> {
    const text = this.fakeContext.model.textOf(this.fakeSpan)
    return {text, isEmpty: text.length === 0}
  }

  select(_mode?: string): void {
    this.fakeContext.pending.push(() => {
      const {paragraph, start, end} = this.fakeSpan
      this.fakeContext.model.selection = this.fakeContext.model.span(paragraph, start, end)
    })
  }

  insertText(text: string, location: string): FakeRange {
    if (location !== 'Replace') throw new Error(`The fake inserts text only with "Replace", not "${location}"`)
    let inserted: Span | undefined
    this.fakeContext.pending.push(() => {
      inserted = this.fakeContext.model.replace(this.fakeSpan, text)
    })
    return new FakeRange(this.fakeContext, () => {
      if (!inserted) throw new Error('insertText has not run: call context.sync() first')
      return inserted
    })
  }

  insertComment(text: string): {content: string} {
    this.fakeContext.pending.push(() => {
      const {paragraph, start, end} = this.fakeSpan
      this.fakeContext.model.comments.push({span: this.fakeContext.model.span(paragraph, start, end), text})
    })
    return {content: text}
  }

  expandTo(other: FakeRange): FakeRange {
    return new FakeRange(this.fakeContext, () => {
      const a = this.fakeSpan
      const b = other.fakeSpan
      if (a.paragraph !== b.paragraph) throw new Error('The fake expands ranges within one paragraph only')
      return this.fakeContext.model.span(a.paragraph, Math.min(a.start, b.start), Math.max(a.end, b.end))
    })
  }
}

/** A collection proxy: `items` exist only after `load` + `sync`, as in Office.js. */
abstract class FakeCollection<T extends MockProxy> implements Syncable {
  private requested: string[] | undefined
  private loadedItems: T[] | undefined

  constructor(protected readonly fakeContext: FakeContext) {
    fakeContext.track(this)
  }

  protected abstract createItems(): T[]

  load(properties: string | string[]): this {
    const list = (Array.isArray(properties) ? properties : properties.split(',')).map((property) => property.trim()).filter(Boolean)
    this.requested = [...(this.requested ?? []), ...list.map((property) => property.replace(/^items\//, ''))]
    return this
  }

  get items(): T[] {
    if (!this.loadedItems) throw new Error('PropertyNotLoaded: load "items" and call context.sync() before reading them')
    return this.loadedItems
  }

  async fakeSync(): Promise<void> {
    if (!this.requested || this.loadedItems) return
    const items = this.createItems()
    for (const item of items) {
      item.load(this.requested)
      await item.fakeSync()
    }
    this.loadedItems = items
  }
}

class FakeParagraphCollection extends FakeCollection<FakeParagraphProxy> {
  protected createItems(): FakeParagraphProxy[] {
    return this.fakeContext.model.paragraphs.map((paragraph) => new FakeParagraphProxy(this.fakeContext, () => paragraph))
  }
}

class FakeRangeCollection extends FakeCollection<FakeRange> {
  constructor(
    context: FakeContext,
    private readonly findSpans: () => Span[]
  ) {
    super(context)
  }

  protected createItems(): FakeRange[] {
    return this.findSpans().map((span) => new FakeRange(this.fakeContext, () => span))
  }
}

class FakeBody {
  private collection: FakeParagraphCollection | undefined

  constructor(private readonly fakeContext: FakeContext) {}

  get paragraphs(): FakeParagraphCollection {
    this.collection ??= new FakeParagraphCollection(this.fakeContext)
    return this.collection
  }

  insertParagraph(text: string, location: 'Start' | 'End'): FakeParagraphProxy {
    let inserted: FakeParagraph | undefined
    this.fakeContext.pending.push(() => {
      inserted = this.fakeContext.model.insertParagraph({text}, location)
    })
    return new FakeParagraphProxy(this.fakeContext, () => {
      if (!inserted) throw new Error('insertParagraph has not run: call context.sync() first')
      return inserted
    })
  }

  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End', values: string[][]): Record<string, unknown> {
    if (location !== 'End') throw new Error('The fake inserts tables only at the end')
    if (values.length !== rowCount || values.some((row) => row.length !== columnCount)) throw new Error('Table values do not match rowCount × columnCount')
    this.fakeContext.pending.push(() => {
      values.forEach((row, rowIndex) => {
        row.forEach((text, cellIndex) => this.fakeContext.model.insertParagraph({text, table: {row: rowIndex, cell: cellIndex}}, 'End'))
      })
      // Word keeps a paragraph after a table at the end of the body.
      this.fakeContext.model.insertParagraph({text: ''}, 'End')
    })
    return {}
  }
}

class FakeDocumentProxy {
  readonly body: FakeBody

  constructor(private readonly fakeContext: FakeContext) {
    this.body = new FakeBody(fakeContext)
  }

  private events(type: ParagraphEvent) {
    if (!this.fakeContext.model.supports('1.6')) throw new Error('ApiNotFound: paragraph events need WordApi 1.6')
    return {
      add: (handler: Handler) => {
        this.fakeContext.pending.push(() => this.fakeContext.model.handlers[type].push(handler))
        return {remove: () => undefined}
      }
    }
  }

  /** Word.Document.changeTrackingMode (WordApi 1.4): set in the queue, like every Office.js write. */
  set changeTrackingMode(mode: FakeTrackingMode) {
    if (!this.fakeContext.model.supports('1.4')) throw new Error('ApiNotFound: changeTrackingMode needs WordApi 1.4')
    if (!['Off', 'TrackAll', 'TrackMineOnly'].includes(mode)) throw new Error(`InvalidArgument: ${String(mode)} is not a ChangeTrackingMode`)
    this.fakeContext.pending.push(() => {
      this.fakeContext.model.changeTrackingMode = mode
    })
  }

  get changeTrackingMode(): FakeTrackingMode {
    throw new Error('PropertyNotLoaded: the fake does not load changeTrackingMode')
  }

  get onParagraphChanged() {
    return this.events('ParagraphChanged')
  }

  get onParagraphAdded() {
    return this.events('ParagraphAdded')
  }

  get onParagraphDeleted() {
    return this.events('ParagraphDeleted')
  }
}

class FakeSettings {
  constructor(private readonly model: FakeWordDocument) {}

  get(name: string): unknown {
    return this.model.settings.has(name) ? JSON.parse(JSON.stringify(this.model.settings.get(name))) : null
  }

  set(name: string, value: unknown): void {
    this.model.settings.set(name, JSON.parse(JSON.stringify(value)))
  }

  remove(name: string): void {
    this.model.settings.delete(name)
  }

  saveAsync(callback?: (result: {status: string; value: undefined}) => void): void {
    this.model.savedSettings = Object.fromEntries(JSON.parse(JSON.stringify([...this.model.settings])) as Array<[string, unknown]>)
    setTimeout(() => callback?.({status: 'succeeded', value: undefined}), 0)
  }
}

/** The `Office` and `Word` globals for a fake document. */
export function createFakeOffice(model: FakeWordDocument): {Office: unknown; Word: unknown} {
  const Word = {
    async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(model)
      try {
        return await batch(context)
      } finally {
        model.syncsPerRun.push(context.syncs)
      }
    },
    InsertLocation: {replace: 'Replace', start: 'Start', end: 'End', before: 'Before', after: 'After'},
    SelectionMode: {select: 'Select', start: 'Start', end: 'End'},
    ChangeTrackingMode: {off: 'Off', trackAll: 'TrackAll', trackMineOnly: 'TrackMineOnly'}
  }
  const info = {host: 'Word', platform: 'OfficeOnline'}
  const Office = {
    HostType: {Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access'},
    AsyncResultStatus: {Succeeded: 'succeeded', Failed: 'failed'},
    async onReady(callback?: (ready: typeof info) => void) {
      await Promise.resolve()
      callback?.(info)
      return info
    },
    context: {
      displayLanguage: 'en-GB',
      requirements: {
        isSetSupported: (name: string, version = '1.1') => name === 'WordApi' && model.supports(version)
      },
      document: {settings: new FakeSettings(model)}
    }
  }
  return {Office, Word}
}

/** Installs the fake as the `Office` and `Word` globals. */
export function installFakeOffice(model: FakeWordDocument): void {
  Object.assign(globalThis, createFakeOffice(model))
}
