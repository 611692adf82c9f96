import {mkdir, mkdtemp, realpath, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach} from 'vitest'

const made: string[] = []
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, {recursive: true, force: true})
})

/** A temporary folder holding `files` (paths relative to it), removed after the test. */
export async function folder(files: Record<string, string> = {}): Promise<string> {
  const dir = await realpath(await mkdtemp(path.join(tmpdir(), 'plainspeak-config-')))
  made.push(dir)
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), {recursive: true})
    await writeFile(path.join(dir, name), text)
  }
  return dir
}

/** A dictionary entry in the YAML format of dictionaries/README.md. */
export const jargonEntry = (term: string, alternative: string) => `- term: ${term}\n  alternatives: [${alternative}]\n  kind: jargon\n  source: lga-2009\n`
