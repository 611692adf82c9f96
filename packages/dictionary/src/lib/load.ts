/**
 * Loading one dictionary file's text. Browser-safe (no file system): the Word add-in and the
 * engine can load a document's own word list with it.
 */
import {compileParsedFiles} from './compile.js'
import {parseDictionaryFile} from './parse-file.js'
import type {DictionaryResult} from './types.js'

/**
 * Parse and check one file: a partial layer (only what this file defines) and every problem,
 * each at `file:line:column`. Which kind of file it is follows from its name: `well-known.*`,
 * `sources.*`, or anything else for a list of term and acronym entries. JSON with the same
 * shape is accepted (JSON is YAML).
 */
export function parseDictionary(text: string, file: string): DictionaryResult {
  return compileParsedFiles([parseDictionaryFile(text, file)])
}
