/**
 * Reading a file someone else's data names, without trusting it: only regular files, within a
 * limit, and only inside the folders allowed once links are followed. Each refusal says why.
 */
import {execFileSync} from 'node:child_process'
import {mkdtemp, mkdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readRegularFile, realFolder, replaceFileContents} from '../src/node.js'
import {readFile, stat} from 'node:fs/promises'

let dir: string
beforeAll(async () => {
  dir = await realFolder(await mkdtemp(path.join(tmpdir(), 'plainspeak-base-files-')))
})
afterAll(() => rm(dir, {recursive: true, force: true}))

describe('reading only regular files, within limits', () => {
  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const pipe = path.join(dir, 'pipe.yml')
    execFileSync('mkfifo', [pipe])
    const started = performance.now()
    await expect(readRegularFile(pipe, {maxBytes: 1000})).rejects.toThrow('This is a named pipe (FIFO), not a file: Plainspeak reads regular files only.')
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('refuses a device such as /dev/zero, which never ends', async () => {
    await expect(readRegularFile('/dev/zero', {maxBytes: 1000})).rejects.toThrow('This is a device, not a file')
  })

  it('refuses a loop of symbolic links by name, not as "not found"', async () => {
    await symlink('loop.yml', path.join(dir, 'loop.yml'))
    await expect(readRegularFile(path.join(dir, 'loop.yml'), {maxBytes: 1000})).rejects.toThrow('This path is a loop of symbolic links')
  })

  it('refuses a file over the limit, also one that says it is empty (/proc)', async () => {
    await writeFile(path.join(dir, 'big.yml'), 'x'.repeat(2000))
    await expect(readRegularFile(path.join(dir, 'big.yml'), {maxBytes: 1000})).rejects.toThrow('This file is 2 KB, over the 1 KB limit.')
    await expect(readRegularFile('/proc/self/environ', {maxBytes: 1})).rejects.toThrow('This file is over the 1 bytes limit.')
  })

  it('follows a link only to a file inside the folders allowed', async () => {
    const project = path.join(dir, 'project')
    const outside = path.join(dir, 'outside')
    await mkdir(project)
    await mkdir(outside)
    await writeFile(path.join(outside, 'secret.txt'), 'not for you\n')
    await writeFile(path.join(project, 'own.txt'), 'ours\n')
    await symlink(path.join(outside, 'secret.txt'), path.join(project, 'link.txt'))
    await symlink('own.txt', path.join(project, 'alias.txt'))
    const within = [project]
    await expect(readRegularFile(path.join(project, 'link.txt'), {maxBytes: 1000, within})).rejects.toMatchObject({problem: 'outside', message: 'This file is outside the folders Plainspeak may read.'})
    expect((await readRegularFile(path.join(project, 'alias.txt'), {maxBytes: 1000, within})).toString()).toBe('ours\n')
  })
})

describe('replacing a file all at once', () => {
  it('writes the new text and keeps the file\'s permissions', async () => {
    const file = path.join(dir, 'kept.txt')
    await writeFile(file, 'old\n', {mode: 0o640})
    await replaceFileContents(file, 'new\n')
    expect(await readFile(file, 'utf8')).toBe('new\n')
    expect((await stat(file)).mode & 0o777).toBe(0o640)
  })
})
