/**
 * Which files `plainspeak check` reads: named files as given, folders and globs expanded to the
 * supported extensions, honouring `.gitignore` and `.plainspeakignore`.
 */
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {globby, isDynamicPattern} from 'globby'

export const supportedExtensions = ['md', 'markdown', 'txt', 'html', 'htm', 'docx'] as const

/** Folders never worth reading, whatever the ignore files say. */
const alwaysIgnored = ['**/node_modules/**', '**/.git/**']

export interface FileList {
  /** Absolute paths, in a stable order: arguments in the order given, each expanded in name order. */
  files: string[]
  /** One plain sentence per argument that matched nothing. */
  problems: string[]
}

/**
 * Expands paths and globs (default: the current folder). A named file is always checked, even
 * when an ignore file lists it: naming it is asking for it.
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<FileList> {
  const list: FileList = {files: [], problems: []}
  const seen = new Set<string>()
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file)
      list.files.push(file)
    }
  }
  const targets = patterns.length > 0 ? patterns : ['.']
  for (const target of targets) {
    const absolute = path.resolve(cwd, target)
    const info = await stat(absolute).catch(() => undefined)
    if (info?.isFile()) {
      add(absolute)
    } else if (info?.isDirectory()) {
      const found = await expand([`${globPath(path.relative(cwd, absolute) || '.')}/**/*.{${supportedExtensions.join(',')}}`], cwd)
      if (found.length === 0) {
        list.problems.push(
          patterns.length === 0
            ? `No files to check: there are no ${describeExtensions()} files here (${absolute}), or the ignore files leave none.`
            : `${displayPath(absolute, cwd)}: no ${describeExtensions()} files to check in this folder.`
        )
      }
      found.forEach(add)
    } else if (isDynamicPattern(target)) {
      const found = await expand([globPath(target)], cwd)
      if (found.length === 0) list.problems.push(`No files match \`${target}\`.`)
      found.forEach(add)
    } else {
      list.problems.push(`${displayPath(absolute, cwd)}: File not found. Check the path and the spelling of the file name.`)
    }
  }
  return list
}

async function expand(patterns: string[], cwd: string): Promise<string[]> {
  const found = await globby(patterns, {
    cwd,
    absolute: true,
    onlyFiles: true,
    dot: false,
    gitignore: true,
    ignoreFiles: ['**/.plainspeakignore'],
    ignore: alwaysIgnored,
    caseSensitiveMatch: false,
    expandDirectories: false
  })
  // Globs return files in the order the disk lists them: sort for the same output every run.
  return found.map((file) => path.normalize(file)).sort(compareNames)
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Globs use forward slashes, also on Windows. */
function globPath(value: string): string {
  return value.split(path.sep).join('/')
}

export function describeExtensions(): string {
  const names = supportedExtensions.map((extension) => `.${extension}`)
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`
}

/** A path as people see it in reports: relative to the working folder, forward slashes. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  const shown = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative
  return shown.split(path.sep).join('/')
}
