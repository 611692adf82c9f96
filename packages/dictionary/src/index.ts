// Browser-safe API: no file system, no Node built-ins. File loading is in `@plainspeak/dictionary/node`.
export type {
  AcronymDomain,
  AcronymEntry,
  CodeEntry,
  CompiledDictionary,
  DictionaryFileText,
  DictionaryResult,
  Origin,
  Problem,
  ProblemSeverity,
  ReviewRecord,
  SimplerWordEntry,
  SourceInfo,
  TermAction,
  Frame,
  PartOfSpeech,
  TermEntry,
  TermKind,
  WellKnownLists
} from './lib/types.js'
export {acronymDomains, frames, termActions, termKinds} from './lib/types.js'
export {dictionarySchema, dictionarySchemaFileName, listLimits, textLimits} from './lib/schema.js'
export type {DictionaryFileKind} from './lib/schema.js'
export {parseDictionary} from './lib/load.js'
export {compileDictionaries, emptyDictionary} from './lib/compile.js'
export type {CompileOptions} from './lib/compile.js'
export {layerDictionaries} from './lib/layers.js'
export {formatProblem, formatProblems, hasErrors, summariseProblems} from './lib/problems.js'
