/**
 * Organisation dictionaries: YAML or JSON word lists the author picks from
 * disk. Kept in the add-in's own storage (not the document), checked with the
 * same loader as the command line, over the same base (the built-in dictionary
 * and the files added before it), and refused whole when they have errors.
 */
import {compileDictionaries, formatProblem, hasErrors, layerDictionaries, type CompiledDictionary, type Problem} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'

export const storageKey = 'plainspeak.organisationDictionaries'

/** A dictionary file as picked: its name and text. */
export interface DictionaryFile {
  file: string
  text: string
}

export interface LoadedDictionary extends DictionaryFile {
  /** Changes when the file's text changes: checkers are keyed on it. */
  id: string
  layer: CompiledDictionary
  /** Warnings only: a file with errors is not loaded. */
  warnings: string[]
}

export type ParsedDictionary = {ok: true; dictionary: LoadedDictionary} | {ok: false; file: string; errors: string[]}

/** The extensions the file picker accepts. */
export const dictionaryFileTypes = ['.yml', '.yaml', '.json']

function problemsOfSeverity(problems: readonly Problem[], severity: Problem['severity']): string[] {
  return problems.filter((problem) => problem.severity === severity).map(formatProblem)
}

/**
 * Checks and compiles a file as a layer over the built-in dictionary and the layers `below` it,
 * as the command line does: it may use the built-in sources and acronyms, and change or switch
 * off their entries. Errors name `file:line:column` and say how to fix them.
 */
export function loadDictionary(file: DictionaryFile, below: readonly CompiledDictionary[] = []): ParsedDictionary {
  let result
  try {
    result = compileDictionaries([file], {base: layerDictionaries(builtin as CompiledDictionary, ...below)})
  } catch (error) {
    return {ok: false, file: file.file, errors: [`${file.file}: could not be read: ${error instanceof Error ? error.message : String(error)}`]}
  }
  if (hasErrors(result.problems)) return {ok: false, file: file.file, errors: problemsOfSeverity(result.problems, 'error')}
  const {terms, acronyms} = result.dictionary
  if (terms.length === 0 && acronyms.length === 0) {
    return {ok: false, file: file.file, errors: [`${file.file}: has no entries. Add entries with "term:" or "acronym:".`]}
  }
  return {
    ok: true,
    dictionary: {...file, id: `${file.file}:${file.text.length}:${hashText(file.text)}`, layer: result.dictionary, warnings: problemsOfSeverity(result.problems, 'warning')}
  }
}

/** A short fingerprint of a text (FNV-1a), enough to tell versions of a file apart. */
function hashText(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(16)
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    // Storage can be blocked (private windows, strict browser settings).
    return undefined
  }
}

/** The files stored earlier, in the order they were added. */
export function readStoredDictionaries(store: Storage | undefined = storage()): DictionaryFile[] {
  const raw = store?.getItem(storageKey)
  if (!raw) return []
  try {
    const value: unknown = JSON.parse(raw)
    if (!Array.isArray(value)) return []
    return value.filter(
      (item): item is DictionaryFile => typeof item === 'object' && item !== null && typeof item.file === 'string' && typeof item.text === 'string'
    )
  } catch {
    return []
  }
}

/** Stores the files; returns false when storage is unavailable or full. */
export function storeDictionaries(files: readonly DictionaryFile[], store: Storage | undefined = storage()): boolean {
  if (!store) return false
  try {
    store.setItem(storageKey, JSON.stringify(files.map(({file, text}) => ({file, text}))))
    return true
  } catch {
    return false
  }
}
