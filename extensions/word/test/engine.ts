/**
 * The engine, the dictionary loader and the feedback record's reader, for tests
 * outside this package (test/word) that need the same answers the task pane gets:
 * the workspace root does not depend on them, this package does.
 */
export {checkTextParagraphs} from '@plainspeak/core/text'
export type {PlainspeakMessage} from '@plainspeak/core/text'
export {parseDictionary} from '@plainspeak/dictionary'
export {parseFeedbackRecord} from '@plainspeak/config'
