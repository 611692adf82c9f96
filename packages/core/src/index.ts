// Everything `@plainspeak/core/text` exports, with a checker that reads every format.
export * from './text.js'
export {check, checkParagraphs, createChecker, Checker} from './lib/check-all-formats.js'
