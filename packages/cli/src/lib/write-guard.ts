/**
 * No command writes over a file it reads. `plainspeak check p.md --output p.md` would otherwise
 * empty the document before reading it; `--write-baseline` or `glossary -o` could replace a
 * paper, a config file or a dictionary. Files are compared by identity (device and inode, and
 * real path), so another name for the same file (a link, `./p.md`) is caught too. And no
 * command writes through a link: `placeToWrite` says where a file may go, for every writer.
 */
import type {Stats} from 'node:fs'
import {lstat, readlink, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {isInsideFolder, realFolder} from '@plainspeak/base/node'
import {UsageError} from './errors.js'

export interface WriteTarget {
  /** The option that names it: `--output`, `--write-baseline`. */
  option: string
  /** As given. */
  file: string
}

export interface ReadInput {
  /** Absolute path. */
  file: string
  /** What the run reads it as: "one of the files being checked", "the config file", … */
  role: string
}

async function identity(file: string): Promise<{real: string; inode?: string}> {
  const resolved = path.resolve(file)
  const info = await stat(resolved).catch(() => undefined)
  if (info) return {real: await realpath(resolved).catch(() => resolved), inode: `${info.dev}:${info.ino}`}
  // Not there yet: compare where it would be.
  const folder = await realpath(path.dirname(resolved)).catch(() => path.dirname(resolved))
  return {real: path.join(folder, path.basename(resolved))}
}

/**
 * Throws `UsageError` (exit 2) when a target is an input, two targets are the same file, or a
 * target may not be written at all (`placeToWrite`), so the run stops before any work.
 */
export async function refuseWritingOverInputs(targets: readonly WriteTarget[], inputs: readonly ReadInput[], cwd: string): Promise<void> {
  if (targets.length === 0) return
  const known = new Map<string, ReadInput>()
  for (const input of inputs) {
    const {real, inode} = await identity(path.resolve(cwd, input.file))
    known.set(real, input)
    if (inode) known.set(inode, input)
  }
  const written = new Map<string, WriteTarget>()
  for (const target of targets) {
    const {real, inode} = await identity(path.resolve(cwd, target.file))
    const input = (inode && known.get(inode)) || known.get(real)
    if (input) {
      throw new UsageError(
        `${target.option} ${target.file} is ${input.role} (${path.relative(cwd, input.file) || input.file}): writing there would replace it. Nothing was checked or written; choose another file name.`
      )
    }
    const other = (inode && written.get(inode)) || written.get(real)
    if (other) throw new UsageError(`${target.option} and ${other.option} name the same file (${target.file}): each needs a file of its own. Nothing was checked or written.`)
    written.set(real, target)
    if (inode) written.set(inode, target)
    await placeToWrite(target, cwd, 'Nothing was checked or written.')
  }
}

/** Where a writer may put its file, after the checks of `placeToWrite`. */
export type WritePlace =
  /** A regular file (or none yet): written to a temporary file in `folder` and renamed to `path`. */
  | {kind: 'file'; path: string; existing?: Stats}
  /** A device or a named pipe named on purpose (`/dev/null`, `/dev/stdout`): written to directly. */
  | {kind: 'device'; path: string}

/**
 * Where `target.file` may be written, or a `UsageError` saying why not. A name given by the run's
 * files (a planted `plainspeak.sarif` committed as a link, a `reports` folder that is a link to a
 * home folder) must not turn a report into a write somewhere else, so:
 *
 * - a symbolic link at the name is never followed to a file or a folder, and never replaced;
 * - a folder at the name is refused;
 * - a name inside the working folder must stay inside it after every link in its folders. A name
 *   outside it (an absolute path, or one starting `..`) is the person's own choice and is written
 *   where it leads, and only there may a link lead to a device (`/dev/stdout` is one).
 *
 * `nothing` ends each message: what was left undone ("Nothing was written.").
 */
export async function placeToWrite(target: WriteTarget, cwd: string, nothing: string): Promise<WritePlace> {
  const named = path.resolve(cwd, target.file)
  const realCwd = await realFolder(cwd)
  const insideByName = isInsideFolder(named, path.resolve(cwd))
  const refuse = (why: string) => new UsageError(`${target.option} ${target.file} ${why}. ${nothing}`)
  const own = await lstat(named).catch(() => undefined)
  if (own?.isSymbolicLink()) {
    const info = await stat(named).catch(() => undefined)
    const leadsTo = await realpath(named).catch(() => readlink(named).catch(() => undefined))
    if (!insideByName && info && !info.isFile() && !info.isDirectory()) return {kind: 'device', path: named}
    throw refuse(`is a symbolic link${leadsTo ? ` to ${leadsTo}` : ''}: Plainspeak does not write through links, so it was neither followed nor replaced. Remove the link, or name another file`)
  }
  if (own?.isDirectory()) throw refuse('is a folder: name a file (inside it, say)')
  if (own && !own.isFile()) return {kind: 'device', path: named}
  const folder = await realpath(path.dirname(named)).catch(() => undefined)
  if (folder === undefined) return {kind: 'file', path: named}
  if (insideByName && !isInsideFolder(folder, realCwd)) {
    throw refuse(`is in the working folder by name, but its folder leads to ${folder} through a symbolic link: Plainspeak does not write through links out of the working folder. Name the real folder if you mean it`)
  }
  return own ? {kind: 'file', path: path.join(folder, path.basename(named)), existing: own} : {kind: 'file', path: path.join(folder, path.basename(named))}
}
