/**
 * "Add to the project dictionary": a term goes into the `allow` list of the config file that
 * applies, written so a person's file stays theirs: JSON is changed only where the term goes
 * (every other byte, a large number's digits and the indentation stay as they were), YAML keeps
 * its comments.
 *
 * The request comes from an editor, with a path the editor sent: the file written must lie,
 * after every symbolic link, inside the folders the caller allows (an editor's workspace
 * folders), must be a regular file, and is replaced whole (a temporary file renamed over it),
 * so a failure never leaves half a file.
 */
import {link, open, realpath, unlink} from 'node:fs/promises'
import path from 'node:path'
import {excerpt} from '@plainspeak/base'
import {FileReadError, isInsideFolder, readRegularFile, realFolder, replaceFileContents} from '@plainspeak/base/node'
import {isSeq, parseDocument} from 'yaml'
import {AllowListError} from './allow-list-error.js'
import {addToJsonAllowList} from './json-allow-list.js'
import {configFileNames, isPackageJson, packageJsonKey} from './names.js'

export interface AllowListChange {
  /** The config file written (absolute). */
  file: string
  /** Whether the file was created for this term. */
  created: boolean
  /** `false` when the term was already allowed (in any letter case). */
  added: boolean
}

export interface AllowListOptions {
  /** Folders the file written must be inside (after symbolic links). Any folder when absent. */
  within?: readonly string[]
}


/** Longest term accepted: a word or a phrase, not a paragraph. */
const maxTermLength = 200
const maxConfigBytes = 1_000_000

/** One write at a time, so two quick "add to dictionary" actions both land. */
let writing: Promise<unknown> = Promise.resolve()

/**
 * Adds `term` to the `allow` list of `file` (a config file, or a `package.json`, under its
 * `plainspeak` key), or creates `.plainspeakrc.json` in `directory` when `file` is `undefined`.
 * Rejects with `AllowListError` for a file outside `within`, a file that is not a regular
 * file, or a term that is not a word or short phrase.
 */
export function addToAllowList(file: string | undefined, directory: string, term: string, options: AllowListOptions = {}): Promise<AllowListChange> {
  const task = writing.then(() => writeAllow(file, directory, term, options))
  writing = task.catch(() => undefined)
  return task
}

async function writeAllow(file: string | undefined, directory: string, term: string, options: AllowListOptions): Promise<AllowListChange> {
  if (term.length > maxTermLength || /[\u0000-\u001f\u007f]/.test(term) || term.trim() === '') {
    throw new AllowListError(`Only a word or a short phrase (up to ${maxTermLength} characters, on one line) can be added to the allow list.`)
  }
  const within = options.within ? await Promise.all(options.within.map(realFolder)) : undefined
  const inside = (real: string) => !within || within.some((folder) => isInsideFolder(real, folder))
  const outside = (what: string) =>
    new AllowListError(`Plainspeak writes only to project files inside the open folders, and ${what} is outside them. Open the project's folder, or add the term to its config file by hand.`)

  if (!file) {
    const realDirectory = await realpath(directory).catch(() => path.resolve(directory))
    if (!inside(realDirectory)) throw outside(excerpt(directory, 200))
    const created = path.join(realDirectory, configFileNames[0])
    try {
      await createFile(created, JSON.stringify({allow: [term]}, null, 2) + '\n')
      return {file: created, created: true, added: true}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      file = created
    }
  }
  const real = await realpath(file).catch(() => path.resolve(file!))
  if (!inside(real)) throw outside(excerpt(file, 200))
  let text: string
  try {
    text = (await readRegularFile(real, {maxBytes: maxConfigBytes})).toString('utf8')
  } catch (error) {
    if (error instanceof FileReadError) throw new AllowListError(`Cannot add to ${path.basename(file)}: ${error.message}`)
    throw error
  }
  const has = (items: unknown) => Array.isArray(items) && items.some((item) => typeof item === 'string' && item.toLowerCase() === term.toLowerCase())

  if (real.endsWith('.json')) {
    const edited = addToJsonAllowList(text, term, path.basename(file), isPackageJson(real) ? [packageJsonKey] : [])
    if (edited === undefined) return {file: real, created: false, added: false}
    await replaceFileContents(real, edited)
    return {file: real, created: false, added: true}
  }

  const document = parseDocument(text)
  if (document.errors.length > 0) throw new AllowListError(`${path.basename(file)} is not valid YAML; fix it before adding to it`)
  if (has((document.toJS({maxAliasCount: 10_000}) as {allow?: unknown} | null)?.allow)) return {file: real, created: false, added: false}
  if (isSeq(document.get('allow'))) document.addIn(['allow'], term)
  else document.set('allow', document.createNode([term]))
  await replaceFileContents(real, String(document))
  return {file: real, created: false, added: true}
}

/** Creates a file that must not exist yet (`wx`), through a temporary file so it appears whole. */
async function createFile(file: string, contents: string): Promise<void> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`)
  const handle = await open(temporary, 'wx')
  try {
    await handle.writeFile(contents)
    await handle.close()
    // `link` fails with EEXIST when the file appeared meanwhile, as `wx` would.
    await link(temporary, file)
  } finally {
    await handle.close().catch(() => undefined)
    await unlink(temporary).catch(() => undefined)
  }
}
