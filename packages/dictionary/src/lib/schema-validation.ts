/**
 * Validates a parsed file against the JSON schema and turns each validator error into a plain
 * message that names the entry and says how to fix it, located at the offending YAML node.
 */
import {Ajv, type ErrorObject, type ValidateFunction} from 'ajv'
import {dictionarySchema, fieldNames, fileKindDefinitions, textLimits, type DictionaryFileKind} from './schema.js'
import {audiences, excerpt} from '@plainspeak/base'
import {closestMatch, didYouMean} from './suggest.js'
import {acronymDomains, termKinds} from './types.js'
import {keyNode, nodeAtPath, type LocatedDocument} from './yaml-nodes.js'
import type {Node} from 'yaml'

/** What kind of record a path leads into: decides the field list and fix hints. */
export type RecordKind = 'term' | 'acronym' | 'code' | 'simpler-word' | 'well-known' | 'source'

/** One record of a file (an entry, a well-known list, a source) as messages name it. */
export interface RecordContext {
  kind: RecordKind
  /** How messages name it: `Entry "signpost"`, `Acronym "JSNA"`, `Entry 4`, `Source "lga-2009"`. */
  label: string
  /** The term, acronym, list or source id, for `Problem.entry`. */
  entry?: string
}

export interface SchemaFinding {
  node: Node | undefined
  message: string
  entry?: string
}

export interface SchemaValidation {
  findings: SchemaFinding[]
  /** Records (by index or key) the schema rejected; `undefined` means the file as a whole. */
  invalidRecords: Set<string | number | undefined>
}

type Path = readonly (string | number)[]

interface ErrorContext {
  error: ErrorObject
  /** The value the error is about (the validator runs in verbose mode). */
  value: unknown
  record: RecordContext
  /** Path below the record: `['alternatives', 2]`, `['examples', 'bad']`, or `[]`. */
  fieldPath: Path
  fileKind: DictionaryFileKind
  /** The node the error is about. */
  node: Node | undefined
  source: LocatedDocument
  path: Path
}

interface Translation {
  message: string
  /** Point at this node instead of the error's own (e.g. the key of an unknown field). */
  node?: Node | undefined
}

type Translator = (context: ErrorContext) => Translation | undefined

let validators: Record<DictionaryFileKind, ValidateFunction> | undefined

/**
 * Compiled on first use, not at import: the engine imports this package for types and data
 * and should not pay for building validators it never runs.
 */
function getValidators(): Record<DictionaryFileKind, ValidateFunction> {
  if (!validators) {
    // strictRequired is off: the `if` and `oneOf` branches name fields declared one level up, on purpose.
    const ajv = new Ajv({allErrors: true, verbose: true, allowUnionTypes: true, strict: true, strictRequired: false})
    ajv.addSchema(dictionarySchema)
    const get = (kind: DictionaryFileKind) => {
      const validate = ajv.getSchema(`${dictionarySchema.$id}#/definitions/${fileKindDefinitions[kind]}`)
      if (!validate) throw new Error(`Schema definition for ${kind} files is missing`)
      return validate
    }
    validators = {entries: get('entries'), 'simpler-words': get('simpler-words'), 'well-known': get('well-known'), sources: get('sources')}
  }
  return validators
}

/**
 * @param describeRecord names the record at the top of the file that a path leads into.
 */
export function validateAgainstSchema(
  data: unknown,
  fileKind: DictionaryFileKind,
  source: LocatedDocument,
  describeRecord: (key: string | number) => RecordContext
): SchemaValidation {
  const validate = getValidators()[fileKind]
  if (validate(data)) return {findings: [], invalidRecords: new Set()}
  const findings: SchemaFinding[] = []
  const seen = new Set<string>()
  const errors = validate.errors ?? []
  const misspelt = misspeltRequiredFields(errors)
  // Every error counts here, even one whose message another error already gives.
  const invalidRecords = new Set(errors.map((error) => parsePointer(error.instancePath, data)[0]))
  for (const error of errors) {
    // The branches of `oneOf` fail by design (one is always missing); its own error says it.
    if (/\/oneOf\/\d+\//.test(error.schemaPath)) continue
    // A meaning is text or a {meaning, domain} mapping: report only the branch the writer chose.
    const branch = /\/expansions\/items\/anyOf\/(\d)\//.exec(error.schemaPath)?.[1]
    if (branch !== undefined && (branch === '1') !== isMapping(dataAt(data, meaningPointer(error.instancePath)))) continue
    // "alternative" for "alternatives": the unknown-field message says it, with the fix.
    if (error.keyword === 'required' && misspelt.has(`${error.instancePath}/${String(error.params['missingProperty'])}`)) continue
    const path = parsePointer(error.instancePath, data)
    const recordKey = path[0]
    const record: RecordContext =
      recordKey === undefined ? {kind: fileRecordKind[fileKind], label: fileLabel[fileKind]} : describeRecord(recordKey)
    const node = nodeAtPath(source, path)
    const translator = translators[error.keyword] ?? fallback
    const translation = translator({
      error,
      value: error.data,
      record,
      fieldPath: path.slice(1),
      fileKind,
      node,
      source,
      path
    })
    if (!translation) continue
    // `allErrors` can report one fault through two keywords (e.g. type and pattern); say it once.
    const key = `${error.instancePath}\u0000${translation.message}`
    if (seen.has(key)) continue
    seen.add(key)
    findings.push({
      node: translation.node ?? node,
      message: translation.message,
      ...(record.entry === undefined ? {} : {entry: record.entry})
    })
  }
  return {findings, invalidRecords}
}

/**
 * Required fields that are missing only because they are misspelt (an unknown field in the
 * same mapping is close to the name), as `instancePath/field`.
 */
function misspeltRequiredFields(errors: readonly ErrorObject[]): Set<string> {
  const unknownFields = new Map<string, string[]>()
  for (const error of errors) {
    if (error.keyword !== 'additionalProperties') continue
    unknownFields.set(error.instancePath, [...(unknownFields.get(error.instancePath) ?? []), String(error.params['additionalProperty'])])
  }
  const misspelt = new Set<string>()
  for (const error of errors) {
    if (error.keyword !== 'required') continue
    const field = String(error.params['missingProperty'])
    if ((unknownFields.get(error.instancePath) ?? []).some((unknown) => closestMatch(unknown, [field]) === field)) {
      misspelt.add(`${error.instancePath}/${field}`)
    }
  }
  return misspelt
}

const fileRecordKind: Record<DictionaryFileKind, RecordKind> = {
  entries: 'term',
  'simpler-words': 'simpler-word',
  'well-known': 'well-known',
  sources: 'source'
}

const fileLabel: Record<DictionaryFileKind, string> = {
  entries: 'The file',
  'simpler-words': 'simpler-words.yml',
  'well-known': 'The well-known file',
  sources: 'The sources file'
}

/** What each kind of file must look like at the top, said the way an editor of the file needs it. */
const topLevelShape: Record<DictionaryFileKind, string> = {
  entries:
    'A dictionary file must be a list of entries, each starting with "- term:" or "- acronym:" at the start of a line. (Well-known acronyms go in well-known.yml and sources in sources.yml.)',
  'simpler-words': 'simpler-words.yml must be a list of patterns, each starting with "- pattern:" at the start of a line.',
  'well-known': 'well-known.yml must be a mapping with the lists public, board, staff and patient, e.g. "public: [NHS, GP]".',
  sources:
    'sources.yml must map each source id to its details: a line "govuk-wta:" followed by indented "title:", "url:" and "licence:" lines.'
}

/** How to fix a missing field, per kind of record. */
const missingFieldHelp: Record<string, Record<string, string>> = {
  term: {
    term: 'Start it with "term:" (a word or phrase to flag) or "acronym:" (an acronym to spell out).',
    alternatives:
      'Add "alternatives:" with plain words to use instead, or "alternatives: []" and a "note" saying how to rephrase. (A term of art with no plain swap is an explain entry: add "action: explain" instead.)',
    kind: `Add "kind:" with one of: ${termKinds.join(', ')}.`,
    source: 'Add "source:" with the id of the guidance it comes from (the ids are listed in sources.yml).'
  },
  meaning: {
    meaning: 'Add "meaning:" with what the acronym stands for in this meaning.',
    domain: `Add "domain:" with one of: ${acronymDomains.join(', ')}.`
  },
  code: {
    code: 'Write the code or name after "code:".'
  },
  'simpler-word': {
    pattern: 'Start it with "pattern:" and the retext-simplify pattern it reviews.'
  },
  acronym: {
    domain: `Add "domain:" with one of: ${acronymDomains.join(', ')}.`,
    source: 'Add "source:" with the id of the glossary or guidance it comes from (the ids are listed in sources.yml).'
  },
  examples: {
    bad: 'Add "bad:" with a sentence that uses the term.',
    good: 'Add "good:" with the same sentence rewritten in plain English.'
  },
  source: {
    title: 'Add "title:" with the name of the guidance or list.',
    licence: 'Add "licence:" with its licence, e.g. "OGL v3", or "not stated; facts only".'
  }
}

const typeNames: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'a mapping of "field: value" lines',
  'string,array': 'an id or a list of ids'
}

const typeHints: Record<string, string> = {
  string: 'Write it as text; put it in "quotes" if it looks like a number or contains ": " or " #".',
  array: 'Write it as a list: [first, second], or one "- item" per line.',
  object: 'Write it as indented "field: value" lines.',
  'string,array': 'Write one id, or a list of ids: [first, second].'
}

/** The record kind a nested mapping's fields belong to (`examples` has its own fields). */
function fieldRecordKind(context: ErrorContext): string {
  if (context.fieldPath[0] === 'expansions' && context.fieldPath.length >= 2) return 'meaning'
  if (context.fieldPath[0] === 'review' && context.fieldPath.length >= 1) return 'review'
  return context.fieldPath[0] === 'examples' ? 'examples' : context.record.kind
}

const isMapping = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The pointer to an item of `expansions` from a pointer at or inside it: `/2/expansions/0`. */
const meaningPointer = (pointer: string) => /^\/[^/]+\/expansions\/\d+/.exec(pointer)?.[0] ?? pointer

function dataAt(data: unknown, pointer: string): unknown {
  let value = data
  for (const segment of parsePointer(pointer, data)) value = (value as Record<string | number, unknown> | undefined)?.[segment]
  return value
}

function describeField(fieldPath: Path): string {
  const names = fieldPath.filter((segment) => typeof segment === 'string')
  const index = fieldPath.find((segment) => typeof segment === 'number')
  const field = `"${names.join('.')}"`
  if (index === undefined) return field
  return names.length ? `item ${index + 1} of ${field}` : `item ${index + 1}`
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
}

/** The message for an empty value, which reads better than a type or pattern error. */
function emptyValue(context: ErrorContext): Translation {
  const {record, fieldPath, fileKind} = context
  const field = fieldPath[0]
  if (fieldPath.length === 1 && (field === 'term' || field === 'acronym')) {
    return {message: `${record.label} has an empty ${field}. Write the ${field === 'term' ? 'word or phrase' : 'acronym'} after "${field}:", or delete the entry.`}
  }
  if (fileKind === 'sources' && fieldPath.length === 0) {
    return {message: `${record.label} has no details. ${topLevelShape.sources}`}
  }
  if (fieldPath.length === 0) {
    return {message: `${record.label} is empty. Write its fields, or delete the "-" line.`}
  }
  if (typeof fieldPath[fieldPath.length - 1] === 'number') {
    return {message: `${record.label}: ${describeField(fieldPath)} is empty. Remove it.`}
  }
  return {message: `${record.label} has an empty ${describeField(fieldPath)}. Fill it in or remove the field.`}
}

const translators: Record<string, Translator> = {
  // Wrapper keywords: the errors inside them say what is wrong.
  if: () => undefined,
  anyOf: () => undefined,

  required(context) {
    const field = String(context.error.params['missingProperty'])
    const help = missingFieldHelp[fieldRecordKind(context)]?.[field] ?? ''
    const {record, fieldPath} = context
    if (record.kind === 'term' && fieldPath.length === 0 && field === 'term') {
      return {message: `${record.label} has neither "term" nor "acronym". ${help}`}
    }
    const where = fieldPath.length ? `: ${describeField(fieldPath)} has no "${field}"` : ` has no "${field}"`
    return {message: `${record.label}${where}. ${help}`.trim()}
  },

  additionalProperties(context) {
    const field = String(context.error.params['additionalProperty'])
    const kind = fieldRecordKind(context)
    const valid = fieldNames[kind as keyof typeof fieldNames] ?? []
    const node = keyNode(context.node, field)
    if (context.record.kind === 'well-known' && context.fieldPath.length === 0 && context.path.length === 0) {
      return {node, message: `Unknown list "${field}" in well-known.yml. Valid lists: ${valid.join(', ')}.${didYouMean(field, valid)}`}
    }
    const where = context.fieldPath.length ? ` in ${describeField(context.fieldPath)}` : ''
    return {
      node,
      message: `${context.record.label} has an unknown field "${field}"${where}. Valid fields: ${valid.join(', ')}.${didYouMean(field, valid)}`
    }
  },

  type(context) {
    if (context.path.length === 0) {
      // The whole file is not a dictionary: say what it is, never quote it (it could be any file).
      return {message: `${topLevelShape[context.fileKind]} Found ${describeKind(context.value)} instead.`}
    }
    if (isEmpty(context.value)) return emptyValue(context)
    const expected = String(context.error.params['type'])
    if (context.fieldPath.length === 0 && context.fileKind === 'entries') {
      return {message: `${context.record.label} is ${describeValue(context.value)}, not an entry. Write each entry as "- term: …" (or "- acronym: …") with its other fields on the lines below, lined up under "term".`}
    }
    if (context.fieldPath.length === 0) {
      return {message: `${context.record.label} should be ${typeNames[expected] ?? expected}, but it is ${describeValue(context.value)}. ${typeHints[expected] ?? ''}`.trim()}
    }
    return {
      message: `${context.record.label}: ${describeField(context.fieldPath)} should be ${typeNames[expected] ?? expected}, but it is ${describeValue(context.value)}. ${typeHints[expected] ?? ''}`.trim()
    }
  },

  pattern(context) {
    if (isEmpty(context.value)) return emptyValue(context)
    if (context.fieldPath[0] === 'url') {
      return {message: `${context.record.label} has a url that is not an https:// web address. Write the full address starting with https://, or remove the url.`}
    }
    if (context.fieldPath[0] === 'review' && context.fieldPath[1] === 'date') {
      return {message: `${context.record.label} has a review date that is not written as YYYY-MM-DD. Write it like 2026-12-04.`}
    }
    return fallback(context)
  },

  enum(context) {
    const last = context.fieldPath[context.fieldPath.length - 1]
    // An item of a list (`audiences: [public, residents]`) is named by its list.
    const field = typeof last === 'number' ? `${String(context.fieldPath[0])} item` : String(last)
    const allowed = (context.error.params['allowedValues'] as unknown[]).map(String)
    if (isEmpty(context.value)) {
      return {message: `${context.record.label} has an empty "${field}". Use one of: ${allowed.join(', ')}.`}
    }
    const value = typeof context.value === 'string' ? `"${excerpt(context.value)}"` : describeValue(context.value)
    const hint = typeof context.value === 'string' ? didYouMean(context.value, allowed) : ''
    return {message: `${context.record.label} has unknown ${field} ${value}. Use one of: ${allowed.join(', ')}.${hint}`}
  },

  minItems(context) {
    const field = String(context.fieldPath[0])
    const help =
      field === 'source'
        ? 'Put in it the id of the guidance this entry comes from (the ids are listed in sources.yml).'
        : field === 'audiences'
          ? `Put in it the audiences whose readers need the term flagged (${audiences.join(', ')}), or remove the field to flag it for every audience.`
          : 'Put at least one meaning in it.'
    return {message: `${context.record.label} has an empty "${field}" list. ${help}`}
  },

  oneOf(context) {
    // Only acronym entries use oneOf: exactly one of `expansion` and `expansions`.
    const passing = context.error.params['passingSchemas']
    if (passing === null) {
      return {message: `${context.record.label} has no "expansion". Add "expansion:" with what it stands for (or "expansions:" with a list, when it has several meanings).`}
    }
    return {message: `${context.record.label} has both "expansion" and "expansions". Keep one: put every meaning in "expansions".`}
  },

  maxLength(context) {
    const limit = Number(context.error.params['limit'])
    // A source id (a key of sources.yml): its own message comes with the propertyNames error.
    if (context.error.propertyName !== undefined) return undefined
    const length = typeof context.value === 'string' ? context.value.length : 0
    const field = context.fieldPath.length ? `: ${describeField(context.fieldPath)}` : ''
    return {message: `${context.record.label}${field} is ${length.toLocaleString('en-GB')} characters long; the limit is ${limit.toLocaleString('en-GB')}. Shorten it.`}
  },

  maxItems(context) {
    const limit = Number(context.error.params['limit'])
    const count = Array.isArray(context.value) ? context.value.length : 0
    return {message: `${context.record.label}: ${describeField(context.fieldPath)} has ${count.toLocaleString('en-GB')} items; the limit is ${limit}. Keep the ones that matter most.`}
  },

  propertyNames(context) {
    const name = String(context.error.params['propertyName'] ?? '')
    if (name.trim() !== '') {
      return {message: `${fileLabel[context.fileKind]} has a source id of ${name.length.toLocaleString('en-GB')} characters; the limit is ${textLimits.sourceId}. Give every source a short id such as "govuk-wta".`}
    }
    return {message: `${fileLabel[context.fileKind]} has an empty source id. Give every source a short id such as "govuk-wta".`}
  }
}

function fallback(context: ErrorContext): Translation {
  const where = context.fieldPath.length ? ` ${describeField(context.fieldPath)}` : ''
  return {message: `${context.record.label}${where} ${context.error.message ?? 'is not valid'}.`}
}

/** A value from the file, quoted only as a short, escaped excerpt. */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return `the text "${excerpt(value)}"`
  return `the ${typeof value} ${excerpt(String(value))}`
}

/** What kind of value a whole file holds, without quoting any of it. */
function describeKind(value: unknown): string {
  if (value === null || value === undefined) return 'empty'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string') return 'plain text'
  return `a single ${typeof value}`
}

/** A JSON pointer as path segments, with array indices as numbers (to walk the YAML tree). */
function parsePointer(pointer: string, data: unknown): (string | number)[] {
  if (pointer === '') return []
  const path: (string | number)[] = []
  let value: unknown = data
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (Array.isArray(value)) {
      path.push(Number(segment))
      value = value[Number(segment)]
    } else {
      path.push(segment)
      value = value && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined
    }
  }
  return path
}
