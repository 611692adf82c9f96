/**
 * Attack 6: folder layouts. A loop of links made the walk check each file about forty times; a
 * link to /etc/passwd named passwd.md got it checked and quoted in reports. Walks now never
 * follow links to folders, follow a link to a file only inside the folder, and check each file
 * once, whatever its names.
 */
import {link, mkdir, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {expectContained, paper, project, runCli, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

describe('folder walks', () => {
  it('a loop of links: each file checked once', async () => {
    made = await project({'docs/a.md': paper, 'docs/sub/b.md': paper})
    await symlink('..', path.join(made.dir, 'docs/sub/loop'))
    await symlink(path.join(made.dir, 'docs'), path.join(made.dir, 'docs/sub/again'))
    const run = await runCli(['check', 'docs', '-f', 'json'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/a.md', 'docs/sub/b.md'])
    expectContained(run)
  })

  it('a link to /etc/passwd and to a secret outside: skipped with a note, never read or quoted (HTML report holds every text)', async () => {
    made = await project({'docs/a.md': paper})
    await symlink('/etc/passwd', path.join(made.dir, 'docs/passwd.md'))
    await symlink(made.secretFile.replace(/\.yml$/, '.md'), path.join(made.dir, 'docs/broken.md'))
    await writeFile(made.secretFile.replace(/\.yml$/, '.txt'), `The ${'secret'} word.`)
    await symlink(made.secretFile.replace(/\.yml$/, '.txt'), path.join(made.dir, 'docs/secret.txt'))
    const run = await runCli(['check', 'docs', '-f', 'html'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('docs/a.md')
    expect(run.stdout).not.toContain('passwd')
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'plainspeak: skipped docs/broken.md: it is a broken link or a loop of links.',
      'plainspeak: skipped docs/passwd.md: it is a symbolic link to a file outside docs, and Plainspeak does not follow links out of the folder it checks.',
      'plainspeak: skipped docs/secret.txt: it is a symbolic link to a file outside docs, and Plainspeak does not follow links out of the folder it checks.'
    ])
    expectContained(run)
  })

  it('a file with several names (a link inside the folder, a hard link) is checked once', async () => {
    made = await project({'docs/a.md': paper})
    await symlink('a.md', path.join(made.dir, 'docs/b.md'))
    await link(path.join(made.dir, 'docs/a.md'), path.join(made.dir, 'docs/c.md'))
    const run = await runCli(['check', 'docs', 'docs/a.md', './docs/c.md', '-f', 'json'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/a.md'])
    expectContained(run)
  })

  it('a glob stays in its folder too', async () => {
    made = await project({'docs/a.md': paper})
    await symlink('/etc/passwd', path.join(made.dir, 'docs/passwd.md'))
    const run = await runCli(['check', 'docs/*.md', '-f', 'json'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/a.md'])
    expect(run.stderr).toContain('skipped docs/passwd.md')
    expectContained(run)
  })

  it('a named pipe in the folder is skipped with a note, not waited on', async () => {
    made = await project({'docs/a.md': paper})
    const {execFileSync} = await import('node:child_process')
    execFileSync('mkfifo', [path.join(made.dir, 'docs/pipe.md')])
    await mkdir(path.join(made.dir, 'docs/folder.md'))
    const run = await runCli(['check', 'docs', '-f', 'json'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('plainspeak: skipped docs/pipe.md: This is a named pipe (FIFO), not a file: Plainspeak reads regular files only.\n')
    expectContained(run)
  })
})
