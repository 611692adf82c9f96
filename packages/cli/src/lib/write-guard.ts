/**
 * No command writes over a file it reads. `plainspeak check p.md --output p.md` would otherwise
 * empty the document before reading it; `--write-baseline` or `glossary -o` could replace a
 * paper, a config file or a dictionary. Files are compared by identity (device and inode, and
 * real path), so another name for the same file (a link, `./p.md`) is caught too.
 */
import {realpath, stat} from 'node:fs/promises'
import path from 'node:path'
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

/** Throws `UsageError` (exit 2) when a target is an input, or two targets are the same file. */
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
  }
}
