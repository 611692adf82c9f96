/**
 * `.gitignore` and `.plainspeakignore`, read within limits. A folder may come from someone
 * else, and its ignore files are read before any file is checked, outside any one file's time
 * and memory budget: so each is read only up to `maxIgnoreFileBytes`, one run reads at most
 * `maxIgnoreBytesPerRun` of them, and each file found is matched only against the ignore files
 * of its own folder and the folders above it (as git does), not against every rule of the tree.
 * An ignore file over a limit is not used, and the walk says so; files it would have left out
 * are then checked.
 */
import {lstat, open} from 'node:fs/promises'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'
import {plural} from '@plainspeak/core'
import {globby} from 'globby'

/** Largest ignore file read (64 KB): the longest ignore files in real projects are a few KB. */
export const maxIgnoreFileBytes = 64 * 1024
/** Most ignore-file text one run reads, all ignore files together (512 KB, about a second of matching). */
export const maxIgnoreBytesPerRun = 512 * 1024
/** Longest rule used, and most wildcards in one: each `*` can multiply the time a match takes. */
const maxRuleLength = 1000
const maxRuleWildcards = 6

export const ignoreFileNames = ['.gitignore', '.plainspeakignore'] as const

/** What a walk's ignore files leave out. */
export interface IgnoreRules {
  /** Whether a file (absolute path) is left out by an ignore file in its folder or a folder above. */
  ignores(file: string): boolean
}

/** Ignore files already read in one run, and what is left of the run's allowance. */
export class IgnoreFileReader {
  private readonly byFolder = new Map<string, Ignore[]>()
  private readonly seen = new Set<string>()
  private remaining = maxIgnoreBytesPerRun
  /** Ignore files passed over once the allowance was used up. */
  private overAllowance: string[] = []

  /** `notes` receives one sentence for each ignore file not used, naming it. */
  constructor(
    private readonly show: (file: string) => string,
    private readonly notes: string[]
  ) {}

  /**
   * The rules for a walk of `root`: its ignore files, those below it (not inside
   * `excluded` folders) and those of the folders from `top` down to it.
   */
  async forWalk(root: string, top: string, excluded: readonly string[], maxDepth: number): Promise<IgnoreRules> {
    // The folders above `root`, up to `top`: their ignore files apply to it too.
    const above: string[] = []
    const relative = path.relative(top, root)
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) {
      for (let folder = path.dirname(root); above.length <= maxDepth; folder = path.dirname(folder)) {
        above.push(folder)
        if (folder === top || path.dirname(folder) === folder) break
      }
    }
    const below = await globby(
      ignoreFileNames.map((name) => `**/${name}`),
      {cwd: root, absolute: true, dot: true, onlyFiles: true, followSymbolicLinks: false, deep: maxDepth, ignore: [...excluded]}
    )
    const files = [...[...above].reverse().flatMap((folder) => ignoreFileNames.map((name) => path.join(folder, name))), ...below.map((file) => path.normalize(file)).sort()]
    for (const file of files) await this.read(file)
    if (this.overAllowance.length > 0) {
      const [first] = this.overAllowance
      this.notes.push(
        `did not use ${this.overAllowance.length === 1 ? this.show(first!) : `${this.overAllowance.length} ignore files (the first is ${this.show(first!)})`}: the ignore files read add up to more than ${formatBytes(maxIgnoreBytesPerRun)}, the most Plainspeak reads in one run. The files they list are checked; shorten the ignore files, or check fewer folders at a time.`
      )
      this.overAllowance = []
    }
    const highest = above.at(-1) ?? root
    return {ignores: (file) => this.ignores(file, highest)}
  }

  private async read(file: string): Promise<void> {
    if (this.seen.has(file)) return
    this.seen.add(file)
    const info = await lstat(file).catch(() => undefined)
    // Only regular files: a link could point anywhere, a pipe could block forever.
    if (!info?.isFile()) return
    if (info.size > maxIgnoreFileBytes) {
      this.notes.push(`did not use ${this.show(file)}: it is ${formatBytes(info.size)}, more than the ${formatBytes(maxIgnoreFileBytes)} Plainspeak reads from one ignore file. The files it lists are checked; shorten it, or name the files to check.`)
      return
    }
    if (info.size > this.remaining) {
      this.overAllowance.push(file)
      return
    }
    const text = await readUpTo(file, maxIgnoreFileBytes).catch(() => undefined)
    if (text === undefined) return
    this.remaining -= Buffer.byteLength(text)
    const lines = text.split(/\r?\n/)
    const usable = lines.filter((line) => line.length <= maxRuleLength && (line.match(/\*+/g)?.length ?? 0) <= maxRuleWildcards)
    if (usable.length < lines.length) {
      const line = lines.findIndex((rule) => !usable.includes(rule)) + 1
      this.notes.push(`did not use ${plural(lines.length - usable.length, 'rule')} of ${this.show(file)} (the first on line ${line}): a rule may be ${maxRuleLength} characters long and hold ${maxRuleWildcards} wildcards.`)
    }
    const folder = path.dirname(file)
    this.byFolder.set(folder, [...(this.byFolder.get(folder) ?? []), ignore({ignorecase: true}).add(usable)])
  }

  /** Git's order: the ignore file nearest the file has the last word (a `!rule` there re-includes). */
  private ignores(file: string, top: string): boolean {
    const chain: string[] = []
    for (let folder = path.dirname(file); ; folder = path.dirname(folder)) {
      chain.push(folder)
      if (folder === top || path.dirname(folder) === folder) break
    }
    let ignored = false
    for (const folder of chain.reverse()) {
      const relative = path.relative(folder, file).split(path.sep).join('/')
      for (const rules of this.byFolder.get(folder) ?? []) {
        const verdict = rules.test(relative)
        if (verdict.ignored) ignored = true
        else if (verdict.unignored) ignored = false
      }
    }
    return ignored
  }
}

/** A file's text, at most `limit` bytes of it (it may have grown since it was measured). */
async function readUpTo(file: string, limit: number): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(limit)
    const {bytesRead} = await handle.read(buffer, 0, limit, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`
}
