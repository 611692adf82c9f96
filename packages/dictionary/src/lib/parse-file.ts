/**
 * One dictionary file → its valid entries, the problems found in it, and an index of where
 * each term, acronym and source reference sits (for the checks that span files).
 *
 * Browser-safe: text in, data out. A run is a chain of small stages; a stage that finds the
 * file unusable (invalid YAML, wrong shape) ends the chain with the problems found so far.
 */
import {LineCounter, parseDocument, type Node, type YAMLError} from 'yaml'
import {checkAcronymEntry, checkCodeEntry, checkSimplerWordEntry, checkTermEntry, type EntryFinding} from './entry-checks.js'
import {audiences, excerpt, webAddressProblem, type Audience} from '@plainspeak/base'
import {findAliasBomb, findDeepNesting, lineAndColumn} from '@plainspeak/base/yaml'
import {createProblem} from './problems.js'
import {validateAgainstSchema, type RecordContext} from './schema-validation.js'
import {fieldNames, type DictionaryFileKind} from './schema.js'
import {termKey} from './text-keys.js'
import {cumulativeAudiences} from './well-known-lists.js'
import type {AcronymDomain, AcronymEntry, CodeEntry, Frame, PartOfSpeech, Problem, ReviewRecord, SimplerWordEntry, SourceInfo, TermAction, TermEntry, TermKind} from './types.js'
import {keyNode, locateNode, locateOffset, nodeAtPath, type Location, type LocatedDocument} from './yaml-nodes.js'

/** A term or form as written, with where it is, for duplicate checks within and across files. */
export interface TermKey {
  key: string
  text: string
  role: 'term' | 'form' | 'alternative'
  /** The entry's term (for a form, the term it belongs to). */
  owner: string
  file: string
  location: Location
  /** The entry it belongs to, so a layer check can leave the entry out. */
  entry: TermEntry
}

export interface AcronymKey {
  acronym: string
  file: string
  location: Location
  entry: AcronymEntry
}

/** A code as written, with where it is, for duplicate checks within and across files. */
export interface CodeKey {
  code: string
  file: string
  location: Location
  entry: CodeEntry
}

export interface SourceReference {
  /** The entry that names the source. */
  record: TermEntry | AcronymEntry | CodeEntry
  id: string
  /** How messages name the entry: `Entry "signpost"`. */
  label: string
  entry: string
  file: string
  location: Location
}

export interface WellKnownItem {
  acronym: string
  audience: Audience
  file: string
  location: Location
}

export interface SourceDefinition {
  info: SourceInfo
  file: string
  location: Location
}

export interface ParsedFile {
  file: string
  kind: DictionaryFileKind
  terms: TermEntry[]
  acronyms: AcronymEntry[]
  codes: CodeEntry[]
  simplerWords: SimplerWordEntry[]
  /** Every pattern a simpler-words file names, valid entry or not, with where: the patterns it reviews. */
  reviewedPatterns: {pattern: string; location: Location}[]
  wellKnown: WellKnownItem[]
  sources: SourceDefinition[]
  termKeys: TermKey[]
  acronymKeys: AcronymKey[]
  codeKeys: CodeKey[]
  sourceReferences: SourceReference[]
  /** Terms entered only to switch a lower layer's entry off (`term` + `severity: off`). */
  switchOffs: TermKey[]
  /** Every alternative offered, to check that none is itself a flagged term. */
  alternativeKeys: TermKey[]
  problems: Problem[]
}

/** Well-known lists and sources have fixed names; any other file is a list of entries. */
export function fileKindFromName(file: string): DictionaryFileKind {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.(ya?ml|json)$/i, '').toLowerCase()
  return base === 'well-known' ? 'well-known' : base === 'sources' ? 'sources' : base === 'simpler-words' ? 'simpler-words' : 'entries'
}

export function parseDictionaryFile(text: string, file: string): ParsedFile {
  const kind = fileKindFromName(file)
  const parsed = emptyParsedFile(file, kind)
  // Nesting deep enough to exhaust the parser's stack is refused before it runs.
  const deep = findDeepNesting(text)
  if (deep) {
    parsed.problems.push(createProblem(file, lineAndColumn(text, deep.offset), deep.message))
    return parsed
  }
  const lineCounter = new LineCounter()
  // `prettyErrors: false` keeps the library's own message; the position comes from `pos`.
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const source: LocatedDocument = {file, document, lineCounter}

  parsed.problems.push(...yamlProblems(source, document.errors, 'error'), ...yamlProblems(source, document.warnings, 'warning'))
  if (document.errors.length > 0) return parsed
  // An empty file (or one with only comments) is an empty dictionary, e.g. a file just started.
  if (document.contents === null) return parsed

  // Aliases that repeat aliases ("billion laughs") are found, at the alias, before expanding.
  const bomb = findAliasBomb(document)
  if (bomb) {
    parsed.problems.push(createProblem(file, locateOffset(source, bomb.offset), bomb.message))
    return parsed
  }
  let data: unknown
  try {
    // Generous for scalar aliases (a source id reused); `findAliasBomb` has already stopped "billion laughs".
    data = document.toJS({maxAliasCount: 10_000})
  } catch (error) {
    parsed.problems.push(createProblem(file, {line: 1, column: 1}, `This file could not be read as YAML: ${excerpt((error as Error).message, 160)}. Check it with a YAML validator.`))
    return parsed
  }
  // `~` or a lone `---` is as empty as an empty file.
  if (data === null) return parsed
  // A list with no entry at all is some other file: say so once, quoting nothing from it.
  if (kind === 'entries' && Array.isArray(data) && data.length > 0 && !data.some(isEntryLike)) {
    parsed.problems.push(
      createProblem(
        file,
        locateNode(source, nodeAtPath(source, [0])),
        'This file is a list, but none of its items is a dictionary entry ("- term:", "- acronym:" or "- code:" with its fields), so it is not a dictionary file. Check that the right file is named.'
      )
    )
    return parsed
  }

  const describeRecord = recordDescribers[kind](data)
  const {findings, invalidRecords} = validateAgainstSchema(data, kind, source, describeRecord)
  for (const finding of findings) {
    parsed.problems.push(createProblem(file, locateNode(source, finding.node), finding.message, finding.entry))
  }
  if (invalidRecords.has(undefined)) return parsed

  readers[kind](data, {source, parsed, invalidRecords, describeRecord})
  return parsed
}

const entryFields = new Set<string>([...fieldNames.term, ...fieldNames.acronym, ...fieldNames.code])
/** A mapping with at least one dictionary field (a misspelt entry still counts). */
const isEntryLike = (item: unknown) =>
  typeof item === 'object' && item !== null && !Array.isArray(item) && Object.keys(item).some((key) => entryFields.has(key))

function emptyParsedFile(file: string, kind: DictionaryFileKind): ParsedFile {
  return {
    file,
    kind,
    terms: [],
    acronyms: [],
    codes: [],
    simplerWords: [],
    reviewedPatterns: [],
    wellKnown: [],
    sources: [],
    termKeys: [],
    acronymKeys: [],
    codeKeys: [],
    sourceReferences: [],
    switchOffs: [],
    alternativeKeys: [],
    problems: []
  }
}

/** Hints for the YAML mistakes people make most when editing by hand: by message, then by code. */
const yamlMessageHints: [RegExp, string][] = [
  [/end with a \]/, 'A list in [brackets] is missing its closing "]", on this line or the line above.'],
  [/end with a \}/, 'A mapping in {braces} is missing its closing "}", on this line or the line above.']
]

const yamlErrorHints: Partial<Record<YAMLError['code'], string>> = {
  DUPLICATE_KEY: 'A field appears twice in the same entry (or a source id twice): keep one.',
  BAD_INDENT: 'Line the fields of an entry up under each other, indented with spaces.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MISSING_CHAR: 'Check for a missing closing quote or bracket, or a field name without its colon.',
  BLOCK_AS_IMPLICIT_KEY: 'Each field needs its own line, lined up with the entry’s other fields.',
  MULTILINE_IMPLICIT_KEY: 'Each field needs its own line, lined up with the entry’s other fields.',
  UNEXPECTED_TOKEN: 'Put text containing ": ", " #", "[" or "{" in "quotes".'
}

function yamlHint(error: YAMLError): string {
  const byMessage = yamlMessageHints.find(([pattern]) => pattern.test(error.message))
  return byMessage?.[1] ?? yamlErrorHints[error.code] ?? 'Check the indentation and quoting on this line.'
}

/**
 * After its first error the parser is guessing, and the errors that follow are mostly echoes
 * of the first: report that one (fixing it and linting again shows any other). Warnings are
 * independent, so all of them are reported.
 */
function yamlProblems(source: LocatedDocument, errors: readonly YAMLError[], severity: 'error' | 'warning'): Problem[] {
  const reported = severity === 'error' ? errors.slice(0, 1) : errors
  return reported.map((error) => {
    const message = `Invalid YAML: ${excerpt(error.message, 160).replace(/\.$/, '')}. ${yamlHint(error)}`
    return createProblem(source.file, locateOffset(source, error.pos[0]), message, undefined, severity)
  })
}

// --- naming records in messages ------------------------------------------------------------

type RecordDescriber = (key: string | number) => RecordContext

const recordDescribers: Record<DictionaryFileKind, (data: unknown) => RecordDescriber> = {
  entries: (data) => (key) => describeEntry(Array.isArray(data) ? data[Number(key)] : undefined, Number(key)),
  'simpler-words': (data) => (key) => describeSimplerWord(Array.isArray(data) ? data[Number(key)] : undefined, Number(key)),
  'well-known': () => (key) => ({kind: 'well-known', label: `The ${key} list`, entry: String(key)}),
  sources: () => (key) => ({kind: 'source', label: `Source "${excerpt(String(key))}"`, entry: String(key)})
}

function describeEntry(value: unknown, index: number): RecordContext {
  const fields = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  const named = (field: string) => {
    const text = fields[field]
    return typeof text === 'string' && text.trim() !== '' ? text.trim() : undefined
  }
  if ('acronym' in fields) {
    const acronym = named('acronym')
    return acronym === undefined
      ? {kind: 'acronym', label: `Acronym entry ${index + 1}`}
      : {kind: 'acronym', label: `Acronym "${excerpt(acronym)}"`, entry: acronym}
  }
  if ('code' in fields) {
    const code = named('code')
    return code === undefined ? {kind: 'code', label: `Code entry ${index + 1}`} : {kind: 'code', label: `Code "${excerpt(code)}"`, entry: code}
  }
  const term = named('term')
  return term === undefined ? {kind: 'term', label: `Entry ${index + 1}`} : {kind: 'term', label: `Entry "${excerpt(term)}"`, entry: term}
}

function describeSimplerWord(value: unknown, index: number): RecordContext {
  const pattern = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)['pattern'] : undefined
  return typeof pattern === 'string' && pattern.trim() !== ''
    ? {kind: 'simpler-word', label: `Pattern "${excerpt(pattern.trim())}"`, entry: pattern.trim()}
    : {kind: 'simpler-word', label: `Pattern entry ${index + 1}`}
}

// --- reading valid records -------------------------------------------------------------------

interface ReadContext {
  source: LocatedDocument
  parsed: ParsedFile
  invalidRecords: Set<string | number | undefined>
  describeRecord: RecordDescriber
}

type Reader = (data: unknown, context: ReadContext) => void

const readers: Record<DictionaryFileKind, Reader> = {
  entries(data, context) {
    // The schema has checked every record not in `invalidRecords`, so the casts hold.
    ;(data as (RawTermEntry | RawAcronymEntry | RawCodeEntry)[]).forEach((raw, index) => {
      if (context.invalidRecords.has(index)) checkInvalidEntry(raw, index, context)
      else if ('acronym' in raw) readAcronymEntry(raw, index, context)
      else if ('code' in raw) readCodeEntry(raw, index, context)
      else readTermEntry(raw, index, context)
    })
  },

  'simpler-words'(data, context) {
    ;(data as RawSimplerWord[]).forEach((raw, index) => {
      const pattern = raw && typeof raw === 'object' && typeof raw.pattern === 'string' ? raw.pattern.trim() : ''
      if (pattern !== '') context.parsed.reviewedPatterns.push({pattern, location: locateNode(context.source, nodeAtPath(context.source, [index]))})
      if (!context.invalidRecords.has(index)) readSimplerWord(raw, index, context)
    })
  },

  'well-known'(data, context) {
    const {parsed, source} = context
    // The cumulative lists share one record of what is listed; the patient list, which stands
    // alone, has its own.
    const seenIn = new Map<Audience, Map<string, Audience>>()
    const cumulative = new Map<string, Audience>()
    for (const audience of audiences) {
      const seen = cumulativeAudiences.includes(audience) ? cumulative : (seenIn.get(audience) ?? seenIn.set(audience, new Map()).get(audience)!)
      const list = (data as Partial<Record<Audience, string[]>>)[audience]
      if (!list || context.invalidRecords.has(audience)) continue
      list.forEach((raw, index) => {
        const acronym = raw.trim()
        const location = locateNode(source, nodeAtPath(source, [audience, index]))
        const earlier = seen.get(acronym)
        if (earlier !== undefined) {
          const why = earlier === audience ? 'Remove the second one.' : `Lists are cumulative (board readers also know the public list, staff the board list): remove it from the ${audience} list.`
          parsed.problems.push(createProblem(parsed.file, location, `Well-known acronym "${acronym}" is already in the ${earlier} list. ${why}`, acronym, 'warning'))
          return
        }
        seen.set(acronym, audience)
        parsed.wellKnown.push({acronym, audience, file: parsed.file, location})
      })
    }
  },

  sources(data, context) {
    const {parsed, source} = context
    for (const [id, raw] of Object.entries(data as Record<string, {title: string; url?: string; licence: string}>)) {
      if (context.invalidRecords.has(id)) continue
      // A source's address becomes a link in editors' hovers: only an https address a browser reads the same way.
      const problem = raw.url === undefined ? undefined : webAddressProblem(raw.url.trim())
      if (problem !== undefined) {
        const label = context.describeRecord(id).label
        parsed.problems.push(
          createProblem(parsed.file, locateNode(source, nodeAtPath(source, [id, 'url'])), `${label} has a url that ${problem}. Write the full address starting with https://, or remove the url.`, id)
        )
      }
      const url = raw.url === undefined || problem !== undefined ? undefined : raw.url.trim()
      const info: SourceInfo = {id, title: raw.title.trim(), ...(url ? {url} : {}), licence: raw.licence.trim()}
      // At the id (the key), which is where a reader looks for a source.
      parsed.sources.push({info, file: parsed.file, location: locateNode(source, keyNode(source.document.contents, id))})
    }
  }
}

interface RawTermEntry {
  term: string
  forms?: string[]
  alternatives?: string[]
  ideas?: string[]
  frames?: Record<string, Frame[]>
  kind?: TermKind
  source?: string | string[]
  note?: string
  unless?: string[]
  only?: string[]
  partOfSpeech?: PartOfSpeech
  examples?: {bad: string; good: string}
  severity?: TermEntry['severity']
  action?: TermAction
  audiences?: Audience[]
  explanation?: string
  review?: ReviewRecord
}

interface RawSimplerWord {
  pattern: string
  alternatives?: string[]
  remove?: boolean
  off?: string
  note?: string
  unless?: string[]
  audiences?: Audience[]
}

interface RawAcronymEntry {
  acronym: string
  expansion?: string
  expansions?: (string | {meaning: string; domain: AcronymDomain})[]
  domain?: AcronymDomain
  source?: string | string[]
  note?: string
  review?: ReviewRecord
}

interface RawCodeEntry {
  code: string
  note?: string
  source?: string | string[]
}

/** A review as the schema has checked it, with its text trimmed. */
function readReview(raw: ReviewRecord): ReviewRecord {
  return {
    ...(raw.panel === undefined ? {} : {panel: raw.panel.trim()}),
    date: raw.date,
    reviewers: raw.reviewers,
    notUnderstood: raw.notUnderstood,
    ...(raw.unsure === undefined ? {} : {unsure: raw.unsure}),
    ...(raw.words === undefined ? {} : {words: trimAll(raw.words)}),
    ...(raw.responses === undefined ? {} : {responses: trimAll(raw.responses)})
  }
}

/** Frames by alternative, in an object that inherits nothing ("constructor" is an ordinary key). */
function readFrames(raw: Record<string, Frame[]>): Record<string, Frame[]> {
  const read: Record<string, Frame[]> = Object.create(null)
  for (const [alternative, list] of Object.entries(raw)) read[alternative.trim()] = [...list]
  return read
}

const trimAll = (list: readonly string[] | undefined) => (list ?? []).map((item) => item.trim())
const asList = (value: string | string[] | undefined) => trimAll(typeof value === 'string' ? [value] : value)

function readTermEntry(raw: RawTermEntry, index: number, context: ReadContext): void {
  const {parsed, source} = context
  const {label} = context.describeRecord(index)
  const entryNode = nodeAtPath(source, [index])
  const origin = {file: parsed.file, ...locateNode(source, entryNode)}
  const entry: TermEntry = {
    term: raw.term.trim(),
    forms: trimAll(raw.forms),
    alternatives: trimAll(raw.alternatives),
    ...(raw.ideas === undefined ? {} : {ideas: trimAll(raw.ideas)}),
    ...(raw.frames === undefined ? {} : {frames: readFrames(raw.frames)}),
    // A switch-off entry has no kind of its own; layering gives it the switched-off entry's data.
    kind: raw.kind ?? 'jargon',
    source: asList(raw.source),
    ...(raw.note === undefined ? {} : {note: raw.note.trim()}),
    unless: trimAll(raw.unless),
    ...(raw.only === undefined ? {} : {only: trimAll(raw.only)}),
    ...(raw.partOfSpeech === undefined ? {} : {partOfSpeech: raw.partOfSpeech}),
    ...(raw.severity === undefined ? {} : {severity: raw.severity}),
    ...(raw.examples === undefined ? {} : {examples: {bad: raw.examples.bad.trim(), good: raw.examples.good.trim()}}),
    ...(raw.action === undefined ? {} : {action: raw.action}),
    ...(raw.audiences === undefined ? {} : {audiences: raw.audiences}),
    ...(raw.explanation === undefined ? {} : {explanation: raw.explanation.trim()}),
    ...(raw.review === undefined ? {} : {review: readReview(raw.review)}),
    origin
  }
  const findings = checkTermEntry(entry, label)
  reportFindings(findings, index, entry.term, context)
  if (findings.some((finding) => (finding.severity ?? 'error') === 'error')) return

  parsed.terms.push(entry)
  const locate = (path: (string | number)[]) => locateNode(source, nodeAtPath(source, [index, ...path]))
  const termKeyOf = (text: string, role: TermKey['role'], path: (string | number)[]): TermKey => ({
    key: termKey(text),
    text,
    role,
    owner: entry.term,
    file: parsed.file,
    location: locate(path),
    entry
  })
  const isSwitchOff = raw.severity === 'off' && raw.kind === undefined
  if (isSwitchOff) {
    parsed.switchOffs.push(termKeyOf(entry.term, 'term', ['term']))
  } else {
    parsed.termKeys.push(termKeyOf(entry.term, 'term', ['term']), ...entry.forms.map((form, formIndex) => termKeyOf(form, 'form', ['forms', formIndex])))
  }
  parsed.alternativeKeys.push(...entry.alternatives.map((alternative, altIndex) => termKeyOf(alternative, 'alternative', ['alternatives', altIndex])))
  parsed.sourceReferences.push(...sourceReferences(raw.source, index, label, entry, context))
}

function readSimplerWord(raw: RawSimplerWord, index: number, context: ReadContext): void {
  const {parsed, source} = context
  const {label} = context.describeRecord(index)
  const entry: SimplerWordEntry = {
    pattern: raw.pattern.trim(),
    alternatives: trimAll(raw.alternatives),
    remove: raw.remove ?? false,
    ...(raw.off === undefined ? {} : {off: raw.off.trim()}),
    ...(raw.note === undefined ? {} : {note: raw.note.trim()}),
    unless: trimAll(raw.unless),
    ...(raw.audiences === undefined ? {} : {audiences: raw.audiences}),
    origin: {file: parsed.file, ...locateNode(source, nodeAtPath(source, [index]))}
  }
  const findings = checkSimplerWordEntry(entry, label)
  reportFindings(findings, index, entry.pattern, context)
  if (findings.some((finding) => (finding.severity ?? 'error') === 'error')) return
  parsed.simplerWords.push(entry)
}

function readAcronymEntry(raw: RawAcronymEntry, index: number, context: ReadContext): void {
  const {parsed, source} = context
  const {label} = context.describeRecord(index)
  const meanings: {meaning: string; domain?: AcronymDomain}[] = raw.expansions ? raw.expansions.map(readMeaning) : asList(raw.expansion).map((meaning) => ({meaning}))
  // A meaning without a domain of its own takes the entry's; `checkAcronymEntry` reports one with neither.
  const domains = meanings.map((meaning) => meaning.domain ?? raw.domain)
  const entry: AcronymEntry = {
    acronym: raw.acronym.trim(),
    expansions: meanings.map((meaning) => meaning.meaning),
    domain: domains[0] ?? raw.domain ?? 'general',
    domains: domains.map((domain) => domain ?? 'general'),
    source: asList(raw.source),
    ...(raw.note === undefined ? {} : {note: raw.note.trim()}),
    ...(raw.review === undefined ? {} : {review: readReview(raw.review)}),
    origin: {file: parsed.file, ...locateNode(source, nodeAtPath(source, [index]))}
  }
  const missingDomains = domains.flatMap((domain, meaningIndex) => (domain === undefined ? [meaningIndex] : []))
  // Checks see `expansions`; point back at `expansion` when that is what the file says.
  const findings = checkAcronymEntry(entry, label, missingDomains).map((finding) =>
    raw.expansions === undefined && finding.path[0] === 'expansions' ? {...finding, path: ['expansion']} : finding
  )
  reportFindings(findings, index, entry.acronym, context)
  if (findings.some((finding) => (finding.severity ?? 'error') === 'error')) return

  parsed.acronyms.push(entry)
  parsed.acronymKeys.push({acronym: entry.acronym, file: parsed.file, location: locateNode(source, nodeAtPath(source, [index, 'acronym'])), entry})
  parsed.sourceReferences.push(...sourceReferences(raw.source, index, label, entry, context))
}

function readMeaning(raw: string | {meaning: string; domain: AcronymDomain}): {meaning: string; domain?: AcronymDomain} {
  return typeof raw === 'string' ? {meaning: raw.trim()} : {meaning: raw.meaning.trim(), domain: raw.domain}
}

function readCodeEntry(raw: RawCodeEntry, index: number, context: ReadContext): void {
  const {parsed, source} = context
  const {label} = context.describeRecord(index)
  const entry: CodeEntry = {
    code: raw.code.trim().replace(/\s+/g, ' '),
    ...(raw.note === undefined ? {} : {note: raw.note.trim()}),
    source: asList(raw.source),
    origin: {file: parsed.file, ...locateNode(source, nodeAtPath(source, [index]))}
  }
  const findings = checkCodeEntry(entry, label)
  reportFindings(findings, index, entry.code, context)
  if (findings.some((finding) => (finding.severity ?? 'error') === 'error')) return

  parsed.codes.push(entry)
  parsed.codeKeys.push({code: entry.code, file: parsed.file, location: locateNode(source, nodeAtPath(source, [index, 'code'])), entry})
  parsed.sourceReferences.push(...sourceReferences(raw.source, index, label, entry, context))
}

/**
 * An entry the schema rejected stays out of the data, but the checks that can still run on its
 * well-formed fields do, so one lint shows every problem in it instead of one per run.
 */
function checkInvalidEntry(raw: unknown, index: number, context: ReadContext): void {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return
  const fields = raw as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined)
  const texts = (value: unknown) => (Array.isArray(value) && value.every((item) => typeof item === 'string') ? trimAll(value as string[]) : [])
  const {label} = context.describeRecord(index)
  const name = text(fields['term'] ?? fields['acronym'] ?? fields['code'])
  if (name === undefined) return
  if ('acronym' in fields) {
    const expansions = Array.isArray(fields['expansions'])
      ? (fields['expansions'] as unknown[]).flatMap((item) => {
          const meaning = typeof item === 'string' ? item : (item as Record<string, unknown> | null)?.['meaning']
          return typeof meaning === 'string' ? [meaning.trim()] : []
        })
      : []
    reportFindings(checkAcronymEntry({acronym: name, expansions, domain: 'general', source: []}, label), index, name, context)
    return
  }
  if ('code' in fields) {
    reportFindings(checkCodeEntry({code: name, source: []}, label), index, name, context)
    return
  }
  const examples = fields['examples'] as Record<string, unknown> | undefined
  const bad = text(examples?.['bad'])
  const good = text(examples?.['good'])
  const note = text(fields['note'])
  const entry: TermEntry = {
    term: name,
    forms: texts(fields['forms']),
    alternatives: texts(fields['alternatives']),
    kind: 'jargon',
    source: [],
    unless: [],
    ...(note === undefined ? {} : {note}),
    ...(bad !== undefined && good !== undefined ? {examples: {bad, good}} : {}),
    ...(fields['action'] === 'explain' ? {action: 'explain' as const} : {}),
    // Unknown here: do not guess that the entry needs a note.
    severity: 'off'
  }
  reportFindings(checkTermEntry(entry, label), index, name, context)
}

function reportFindings(findings: EntryFinding[], index: number, entry: string, context: ReadContext): void {
  const {parsed, source} = context
  for (const finding of findings) {
    const node: Node | undefined = nodeAtPath(source, [index, ...finding.path])
    parsed.problems.push(createProblem(parsed.file, locateNode(source, node), finding.message, entry, finding.severity ?? 'error'))
  }
}

function sourceReferences(raw: string | string[] | undefined, index: number, label: string, record: TermEntry | AcronymEntry | CodeEntry, context: ReadContext): SourceReference[] {
  const {parsed, source} = context
  if (raw === undefined) return []
  const ids = typeof raw === 'string' ? [raw] : raw
  return ids.map((id, idIndex) => ({
    record,
    id: id.trim(),
    label,
    entry: 'term' in record ? record.term : 'acronym' in record ? record.acronym : record.code,
    file: parsed.file,
    location: locateNode(source, nodeAtPath(source, typeof raw === 'string' ? [index, 'source'] : [index, 'source', idIndex]))
  }))
}
