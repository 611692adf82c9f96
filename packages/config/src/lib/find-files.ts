/**
 * File discovery for the Node front ends: which files `plainspeak check` reads and which files the
 * language server's "check workspace" reads. Named files as given, folders and globs expanded to
 * the extensions asked for (core's list of text formats, plus `.docx` for the CLI), honouring
 * `.gitignore` and `.plainspeakignore`.
 *
 * A folder may come from someone else, so its walk never leaves it: links to folders are not
 * followed (so a loop of links cannot make the walk visit a file forty times), a link to a file
 * is followed only when the file is inside the folder, and no file is checked twice, however
 * many names it has. Anything that is not a regular file (a named pipe, a device) is skipped
 * with a note. A file named on the command line is read as named: naming it is asking for it.
 */
import {lstat, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {commonTextFileExtensions, textFileExtensions} from '@plainspeak/core'
import {fileErrorFrom, fileProblemMessage, fileTypeProblem, isInsideFolder, realFolder} from '@plainspeak/base/node'
import {convertPathToPattern, globby, isDynamicPattern} from 'globby'
import {IgnoreFileReader} from './ignore-files.js'

export interface FindFilesOptions {
  /** Extensions to find in folders and globs, without the dot (default: core's text formats). */
  extensions?: readonly string[]
  /** The extensions messages name (default: the common ones among `extensions`). */
  shownExtensions?: readonly string[]
  /**
   * Real identities (device and inode) of files already listed, shared between calls so that a
   * file reached from two starting folders is listed once.
   */
  seen?: Set<string>
}

/** Folders never worth reading, whatever the ignore files say. */
const alwaysIgnored = ['**/node_modules/**', '**/.git/**']
/** Deepest folder a walk enters; no real project is near it. */
const maxDepth = 100

export interface FoundFile {
  /** Absolute path, as found (a link keeps its own name). */
  path: string
  /** For a file found in a folder walk: the real folder it must stay inside when it is read. */
  within?: string[]
}

export interface FileList {
  /** In a stable order: arguments in the order given, each expanded in name order. */
  files: FoundFile[]
  /** One plain sentence per argument that matched nothing or could not be read. */
  problems: string[]
  /** Files a walk passed over on purpose (links out of the folder, pipes), one sentence each. */
  skipped: string[]
}

/**
 * Expands paths and globs (default: the current folder). A named file is always checked, even
 * when an ignore file lists it: naming it is asking for it.
 */
export async function findFiles(patterns: readonly string[], cwd: string, options: FindFilesOptions = {}): Promise<FileList> {
  const extensions = options.extensions ?? textFileExtensions
  const shown = describeExtensions(options.shownExtensions ?? [...commonTextFileExtensions.filter((extension) => extensions.includes(extension)), ...extensions.filter((extension) => !textFileExtensions.includes(extension))])
  const list: FileList = {files: [], problems: [], skipped: []}
  const ignoreFiles = new IgnoreFileReader((file) => displayPath(file, cwd), list.skipped)
  /** Real identities already listed (device and inode), so no file is checked twice. */
  const seen = options.seen ?? new Set<string>()
  const add = async (file: string, within?: string[]) => {
    const info = await stat(file).catch(() => undefined)
    const identity = info ? `${info.dev}:${info.ino}` : file
    if (seen.has(identity)) return
    seen.add(identity)
    list.files.push(within ? {path: file, within} : {path: file})
  }
  const targets = patterns.length > 0 ? patterns : ['.']
  for (const target of targets) {
    const absolute = path.resolve(cwd, target)
    const info = await stat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException)
    if (!(info instanceof Error) && info.isFile()) {
      await add(absolute)
    } else if (!(info instanceof Error) && info.isDirectory()) {
      // The folder's name is escaped: `{.,..}` or `Papers (draft)` is a name, not a pattern.
      const found = await walk([`${convertPathToPattern(path.relative(cwd, absolute) || '.')}/**/*.{${extensions.join(',')}}`], cwd, absolute, list, ignoreFiles)
      if (found.length === 0) {
        list.problems.push(
          patterns.length === 0
            ? `No files to check: there are no ${shown} files here (${absolute}), or the ignore files leave none.`
            : `${displayPath(absolute, cwd)}: no ${shown} files to check in this folder.`
        )
      }
      for (const file of found) await add(file.path, file.within)
    } else if (isDynamicPattern(target)) {
      const found = await walk([globPath(target)], cwd, path.resolve(cwd, globBase(target)), list, ignoreFiles)
      if (found.length === 0) list.problems.push(`No files match \`${target}\`.`)
      for (const file of found) await add(file.path, file.within)
    } else if (info instanceof Error) {
      list.problems.push(`${displayPath(absolute, cwd)}: ${fileErrorFrom(info, absolute).message}`)
    } else {
      // A named pipe, a device, a socket: reading it could block forever or never end.
      list.problems.push(`${displayPath(absolute, cwd)}: ${fileProblemMessage(fileTypeProblem(info) ?? 'other-type')}`)
    }
  }
  return list
}

/**
 * Files matching `patterns` under `root`, in name order. Links to folders are not followed; a
 * link to a file counts only when the file is inside `root`; anything else is noted as skipped.
 */
async function walk(patterns: string[], cwd: string, root: string, list: FileList, ignoreFiles: IgnoreFileReader): Promise<FoundFile[]> {
  const realRoot = await realFolder(root)
  // Ignore files are read here, within limits (see ignore-files.ts), not by globby, which reads them whole.
  const ignored = await ignoreFiles.forWalk(root, cwd, alwaysIgnored, maxDepth)
  const entries = await globby(patterns, {
    cwd,
    absolute: true,
    onlyFiles: false,
    objectMode: true,
    followSymbolicLinks: false,
    deep: maxDepth,
    dot: false,
    ignore: alwaysIgnored,
    caseSensitiveMatch: false,
    expandDirectories: false
  })
  const found: FoundFile[] = []
  for (const entry of entries) {
    const file = path.normalize(entry.path)
    if (ignored.ignores(file)) continue
    if (entry.dirent.isFile()) {
      found.push({path: file, within: [realRoot]})
    } else if (entry.dirent.isSymbolicLink()) {
      const real = await realpath(file).catch(() => undefined)
      const info = real ? await stat(real).catch(() => undefined) : undefined
      if (!real || !info) list.skipped.push(`skipped ${displayPath(file, cwd)}: it is a broken link or a loop of links.`)
      else if (!info.isFile()) continue
      else if (!isInsideFolder(real, realRoot)) list.skipped.push(`skipped ${displayPath(file, cwd)}: it is a symbolic link to a file outside ${displayPath(root, cwd)}, and Plainspeak does not follow links out of the folder it checks.`)
      else found.push({path: file, within: [realRoot]})
    } else if (!entry.dirent.isDirectory()) {
      const info = await lstat(file).catch(() => undefined)
      const problem = info ? fileTypeProblem(info) : undefined
      if (problem) list.skipped.push(`skipped ${displayPath(file, cwd)}: ${fileProblemMessage(problem)}`)
    }
  }
  // Globs return files in the order the disk lists them: sort for the same output every run.
  return found.sort((a, b) => compareNames(a.path, b.path))
}

/** The folder part of a glob before its first wildcard: the folder its walk must stay in. */
function globBase(pattern: string): string {
  const segments = pattern.split(/[\\/]/)
  const fixed: string[] = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  if (fixed.length === segments.length) fixed.pop()
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.')
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Globs use forward slashes, also on Windows. */
function globPath(value: string): string {
  return value.split(path.sep).join('/')
}

/** `.md, .txt or .docx`. */
function describeExtensions(extensions: readonly string[]): string {
  const names = extensions.map((extension) => `.${extension}`)
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
}

/** A path as people see it in reports: relative to the working folder, forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
  return shown.split(path.sep).join('/')
}
