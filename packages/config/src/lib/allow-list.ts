/**
 * "Add to the project dictionary": a term goes into the `allow` list of the config file that
 * applies, written so a person's file stays theirs (JSON indentation, YAML comments kept).
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {isSeq, parseDocument} from 'yaml'
import {configFileNames, isPackageJson, packageJsonKey} from './names.js'

export interface AllowListChange {
  /** The config file written (absolute). */
  file: string
  /** Whether the file was created for this term. */
  created: boolean
  /** `false` when the term was already allowed (in any letter case). */
  added: boolean
}

/** One write at a time, so two quick "add to dictionary" actions both land. */
let writing: Promise<unknown> = Promise.resolve()

/**
 * Adds `term` to the `allow` list of `file` (a config file, or a `package.json`, under its
 * `plainspeak` key), or creates `.plainspeakrc.json` in `directory` when `file` is `undefined`.
 */
export function addToAllowList(file: string | undefined, directory: string, term: string): Promise<AllowListChange> {
  const task = writing.then(() => writeAllow(file, directory, term))
  writing = task.catch(() => undefined)
  return task
}

async function writeAllow(file: string | undefined, directory: string, term: string): Promise<AllowListChange> {
  if (!file) {
    const created = path.join(directory, configFileNames[0])
    try {
      await writeFile(created, JSON.stringify({allow: [term]}, null, 2) + '\n', {flag: 'wx'})
      return {file: created, created: true, added: true}
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      file = created
    }
  }
  const text = await readFile(file, 'utf8')
  const has = (items: unknown) => Array.isArray(items) && items.some((item) => typeof item === 'string' && item.toLowerCase() === term.toLowerCase())

  if (file.endsWith('.json')) {
    const data = JSON.parse(text) as Record<string, unknown>
    const target = isPackageJson(file) ? ((data[packageJsonKey] ??= {}) as Record<string, unknown>) : data
    if (has(target['allow'])) return {file, created: false, added: false}
    target['allow'] = [...(Array.isArray(target['allow']) ? target['allow'] : []), term]
    const indent = /^([ \t]+)"/m.exec(text)?.[1] ?? 2
    await writeFile(file, JSON.stringify(data, null, indent) + (text.endsWith('\n') ? '\n' : ''))
    return {file, created: false, added: true}
  }

  const document = parseDocument(text)
  if (document.errors.length > 0) throw new Error(`${path.basename(file)} is not valid YAML; fix it before adding to it`)
  if (has((document.toJS() as {allow?: unknown} | null)?.allow)) return {file, created: false, added: false}
  if (isSeq(document.get('allow'))) document.addIn(['allow'], term)
  else document.set('allow', document.createNode([term]))
  await writeFile(file, String(document))
  return {file, created: false, added: true}
}
