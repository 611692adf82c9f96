// Browser-safe: no file system, no YAML parser. YAML guards are in `@plainspeak/base/yaml`, file reading in `@plainspeak/base/node`.
export type {Audience, FindingSeverity, Severity} from './lib/vocabulary.js'
export {audiences, severities} from './lib/vocabulary.js'
export {excerpt, maxExcerptLength} from './lib/excerpt.js'
export {formatSeconds, formatSize} from './lib/units.js'
export {webAddress, webAddressProblem} from './lib/web-address.js'
