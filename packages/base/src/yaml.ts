// Browser-safe YAML helpers: guards against shapes that hurt the parser, and key-path locations.
export {findAliasBomb, findDeepNesting, lineAndColumn, maxYamlExpandedValues, maxYamlNesting} from './lib/yaml-guard.js'
export type {YamlShapeProblem} from './lib/yaml-guard.js'
export {keyPathOffset, walkKeyPath} from './lib/yaml-path.js'
export type {KeyPathStep} from './lib/yaml-path.js'
