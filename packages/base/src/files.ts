/**
 * Node-only: reading a file that someone else's data names (a config file, a dictionary, a
 * document found in a folder) without trusting it. Only regular files are read (a named pipe
 * would block forever, `/dev/zero` never ends), never more than a limit, optionally only inside
 * given folders after every symbolic link is followed, and the file opened is the one checked:
 * it is opened by its real path without following a link swapped in since.
 */
import {constants, type Stats} from 'node:fs'
import {chmod, open, realpath, rename, stat, unlink} from 'node:fs/promises'
import path from 'node:path'
import {formatSize} from './lib/units.js'

/** Why a file was not read. */
export type FileProblem = 'missing' | 'folder' | 'pipe' | 'device' | 'socket' | 'other-type' | 'loop' | 'permission' | 'too-large' | 'outside' | 'unreadable'

export class FileReadError extends Error {
  constructor(
    readonly problem: FileProblem,
    message: string,
    /** The path as given. */
    readonly file: string,
    /** For `too-large`: the size found (at least), and the limit. */
    readonly size?: number,
    readonly limit?: number
  ) {
    super(message)
    this.name = 'FileReadError'
  }
}

export interface ReadFileOptions {
  /** Largest file read, in bytes. */
  maxBytes: number
  /**
   * Real paths (no symbolic links in them) of the folders the file must be inside, once its own
   * links are followed. Any folder when absent.
   */
  within?: readonly string[]
  /** How to say "outside" (the default names no folder). */
  outsideMessage?: (realFile: string) => string
}

const messages: Record<Exclude<FileProblem, 'too-large' | 'outside' | 'unreadable'>, string> = {
  missing: 'File not found. Check the path and the spelling of the file name.',
  folder: 'This is a folder, not a file.',
  pipe: 'This is a named pipe (FIFO), not a file: Plainspeak reads regular files only.',
  device: 'This is a device, not a file: Plainspeak reads regular files only.',
  socket: 'This is a socket, not a file: Plainspeak reads regular files only.',
  'other-type': 'This is not a regular file: Plainspeak reads regular files only.',
  loop: 'This path is a loop of symbolic links: it leads back to itself and never reaches a file.',
  permission: 'Permission denied: Plainspeak cannot read this file. Check its permissions.'
}

const codeProblems: Record<string, FileProblem> = {ENOENT: 'missing', ENOTDIR: 'missing', ELOOP: 'loop', EACCES: 'permission', EPERM: 'permission', EISDIR: 'folder'}

/** The problem with a path whose `stat` is not a regular file, or `undefined` for a regular file. */
export function fileTypeProblem(info: Stats): FileProblem | undefined {
  if (info.isFile()) return undefined
  if (info.isDirectory()) return 'folder'
  if (info.isFIFO()) return 'pipe'
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device'
  if (info.isSocket()) return 'socket'
  return 'other-type'
}

/** A plain sentence for a file problem (`too-large`, `outside` and `unreadable` need their own words). */
export function fileProblemMessage(problem: FileProblem): string {
  return (messages as Record<string, string>)[problem] ?? 'Plainspeak cannot read this file.'
}

/** A file system error as a `FileReadError` with a plain message. */
export function fileErrorFrom(error: unknown, file: string): FileReadError {
  if (error instanceof FileReadError) return error
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  const problem = codeProblems[code]
  if (problem) return new FileReadError(problem, fileProblemMessage(problem), file)
  const why = code === 'EMFILE' || code === 'ENFILE' ? 'too many files are open; try again with fewer files at once' : code === 'EIO' ? 'the disk reported an input/output error' : code ? `the file system said ${code}` : 'an unknown reason'
  return new FileReadError('unreadable', `Plainspeak cannot read this file: ${why}.`, file)
}

/** Whether `file` is `folder` or inside it (both real, absolute paths). */
export function isInsideFolder(file: string, folder: string): boolean {
  const relative = path.relative(folder, file)
  return relative === '' || (!relative.startsWith('..' + path.sep) && relative !== '..' && !path.isAbsolute(relative))
}

/** The real path of a folder, or the path itself when it cannot be resolved (it then contains nothing). */
export async function realFolder(folder: string): Promise<string> {
  return realpath(folder).catch(() => path.resolve(folder))
}

const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

/**
 * Reads a regular file, throwing `FileReadError` with a plain message for anything else: a
 * missing file, a folder, a named pipe, a device, a socket, a loop of links, a file over
 * `maxBytes` (also one that says it is empty but is not, as in `/proc`), or one outside `within`.
 */
export async function readRegularFile(file: string, options: ReadFileOptions): Promise<Buffer> {
  let real: string
  try {
    real = await realpath(file)
  } catch (error) {
    throw fileErrorFrom(error, file)
  }
  if (options.within && !options.within.some((folder) => isInsideFolder(real, folder))) {
    throw new FileReadError('outside', options.outsideMessage?.(real) ?? 'This file is outside the folders Plainspeak may read.', file)
  }
  let handle
  try {
    // Non-blocking: opening a named pipe for reading would otherwise wait for a writer forever.
    handle = await open(real, openFlags)
  } catch (error) {
    throw fileErrorFrom(error, file)
  }
  try {
    const info = await handle.stat()
    const problem = fileTypeProblem(info)
    if (problem) throw new FileReadError(problem, fileProblemMessage(problem), file)
    // `exact`: the size is known (from the file system), not just "more than the limit".
    const tooLarge = (size: number, exact: boolean) =>
      new FileReadError('too-large', `This file is ${exact ? `${formatSize(size)}, over` : 'over'} the ${formatSize(options.maxBytes)} limit.`, file, size, options.maxBytes)
    if (info.size > options.maxBytes) throw tooLarge(info.size, true)
    // Read at most one byte past the limit: a file can grow, and some report a size of 0.
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      // The whole file at once when its size is known; in 64 KB pieces after that.
      const buffer = Buffer.allocUnsafe(Math.min(Math.max(64 * 1024, info.size + 1 - total), options.maxBytes + 1 - total))
      if (buffer.length === 0) break
      const {bytesRead} = await handle.read(buffer, 0, buffer.length, null)
      if (bytesRead === 0) break
      chunks.push(buffer.subarray(0, bytesRead))
      total += bytesRead
    }
    if (total > options.maxBytes) throw tooLarge(total, false)
    return Buffer.concat(chunks, total)
  } catch (error) {
    throw fileErrorFrom(error, file)
  } finally {
    await handle.close()
  }
}

/**
 * Replaces a regular file's contents all at once: the new text goes to a temporary file in the
 * same folder, which is then renamed over the file, so a failure (a full disk) leaves the old
 * file as it was and no reader ever sees half a file. The file keeps its permissions. `target`
 * must be a real path (no symbolic links), as `realpath` gives.
 */
export async function replaceFileContents(target: string, contents: string | Uint8Array, modeForNewFile = 0o666): Promise<void> {
  const existing = await stat(target).catch(() => undefined)
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`)
  let handle
  try {
    // A new file gets the usual permissions (the umask applies); a replaced one keeps its own.
    handle = await open(temporary, 'wx', existing ? 0o600 : modeForNewFile)
    await handle.writeFile(contents)
    await handle.sync()
    await handle.close()
    handle = undefined
    if (existing) await chmod(temporary, existing.mode & 0o7777)
    await rename(temporary, target)
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
    throw error
  }
}
