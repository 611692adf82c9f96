// Browser-safe API: no file system, no Node built-ins. File loading is in `@plainspeak/dictionary/node`.
export type {
  AcronymDomain,
  AcronymEntry,
  CodeEntry,
  Audience,
  CompiledDictionary,
  DictionaryFileText,
  DictionaryResult,
  Origin,
  Problem,
  ProblemSeverity,
  ReviewRecord,
  Severity,
  SimplerWordEntry,
  SourceInfo,
  TermAction,
  Frame,
  TermEntry,
  TermKind,
  WellKnownLists
} from './lib/types.js'
export {acronymDomains, audiences, frames, severities, termActions, termKinds} from './lib/types.js'
export {dictionarySchema, dictionarySchemaFileName, listLimits, textLimits} from './lib/schema.js'
export type {DictionaryFileKind} from './lib/schema.js'
export {parseDictionary} from './lib/load.js'
export {compileDictionaries, emptyDictionary} from './lib/compile.js'
export type {CompileOptions} from './lib/compile.js'
export {layerDictionaries} from './lib/layers.js'
export {formatProblem, formatProblems, hasErrors, summariseProblems} from './lib/problems.js'
export {excerpt, maxExcerptLength} from './lib/excerpt.js'
export {keyPathOffset} from './lib/yaml-nodes.js'
export {findAliasBomb, findDeepNesting, lineAndColumn, maxYamlExpandedValues, maxYamlNesting} from './lib/yaml-guard.js'
export type {YamlShapeProblem} from './lib/yaml-guard.js'
export {webAddress, webAddressProblem} from './lib/web-address.js'
