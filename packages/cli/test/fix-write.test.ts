/**
 * `plainspeak fix --write` refuses a file that changed after it was read: the one guard a child
 * process cannot time, tested on the writer itself.
 */
import {mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {FileProblem} from '../src/lib/errors.js'
import {writeInPlace} from '../src/lib/fix-command.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plainspeak-fix-'))
})
afterEach(() => rm(dir, {recursive: true, force: true}))

describe('writing fixes in place', () => {
  it('replaces the file through a rename when it still holds what was read', async () => {
    const file = path.join(dir, 'paper.md')
    await writeFile(file, 'We widgetise it.\n')
    await writeInPlace(file, 'paper.md', dir, Buffer.from('We widgetise it.\n'), Buffer.from('We sort it.\n'))
    expect(await readFile(file, 'utf8')).toBe('We sort it.\n')
    expect(await readdir(dir)).toEqual(['paper.md'])
  })

  it('refuses a file that changed after it was read, and leaves it and no temporary file', async () => {
    const file = path.join(dir, 'paper.md')
    await writeFile(file, 'We widgetise it. A line the author added.\n')
    const writing = writeInPlace(file, 'paper.md', dir, Buffer.from('We widgetise it.\n'), Buffer.from('We sort it.\n'))
    await expect(writing).rejects.toThrow(FileProblem)
    await expect(writing).rejects.toThrow('changed after it was read')
    expect(await readFile(file, 'utf8')).toBe('We widgetise it. A line the author added.\n')
    expect(await readdir(dir)).toEqual(['paper.md'])
  })
})
