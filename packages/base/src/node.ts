// Node-only: reading a file that someone else's data names, without trusting it.
export {FileReadError, fileErrorFrom, fileProblemMessage, fileTypeProblem, isInsideFolder, readRegularFile, realFolder, replaceFileContents} from './files.js'
export type {FileProblem, ReadFileOptions} from './files.js'
