/**
 * Attacks 5 and 9: files that are not files. A named pipe named as a dictionary hung the run; a
 * device such as /dev/zero ate hundreds of megabytes; a pipe or a loop of links given to check
 * was reported as "File not found". Each is now refused at once with a plain message that says
 * what it is, exit 2, and the other files are still checked.
 */
import {execFileSync} from 'node:child_process'
import {symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {expectContained, paper, project, runCli, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

describe('pipes, devices and loops as dictionaries and config files', () => {
  it('a named pipe named as a dictionary in config: refused at once', async () => {
    made = await project({'paper.md': paper, '.plainspeakrc.json': '{"dictionaries": ["words.yml"]}'})
    execFileSync('mkfifo', [path.join(made.dir, 'words.yml')])
    const run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: .*words\.yml:1:1: error: This is a named pipe \(FIFO\), not a file: Plainspeak reads regular files only\.\n/)
    expect(run.seconds).toBeLessThan(20)
    expectContained(run)
  })

  it('/dev/zero linked in as a dictionary, and as --dictionary: refused at once, in little memory', async () => {
    made = await project({'paper.md': paper, '.plainspeakrc.json': '{"dictionaries": ["zero.yml"]}'})
    await symlink('/dev/zero', path.join(made.dir, 'zero.yml'))
    // The link leads out of the project: refused at the config file.
    let run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: \.plainspeakrc\.json:1:19: `dictionaries` names .*zero\.yml, a symbolic link to \/dev\/zero, which is outside this project/)
    expectContained(run)
    // Named on the command line, it is read only as what it is: a device.
    await writeFile(path.join(made.dir, '.plainspeakrc.json'), '{}')
    run = await runCli(['check', 'paper.md', '--dictionary', '/dev/zero'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: \/dev\/zero:1:1: error: This is a device, not a file: Plainspeak reads regular files only\.\n/)
    expect(run.peakMb).toBeLessThan(400)
    expectContained(run)
  })

  it('a named pipe as the config file: refused at once', async () => {
    made = await project({'paper.md': paper})
    execFileSync('mkfifo', [path.join(made.dir, '.plainspeakrc.yaml')])
    const run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: Cannot read the config file .*\.plainspeakrc\.yaml: This is a named pipe \(FIFO\), not a file: Plainspeak reads regular files only\.\n$/)
    expectContained(run)
  })

  it('a dictionary file over the size limit: refused with the limit', async () => {
    made = await project({'paper.md': paper, '.plainspeakrc.json': '{"dictionaries": ["big.yml"]}', 'big.yml': '# x\n'.repeat(600_000)})
    const run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('big.yml:1:1: error: This file is 2.4 MB, over the 2 MB limit for a dictionary file. Split it into smaller files.')
    expectContained(run)
  })
})

describe('pipes, devices and loops as files to check', () => {
  it('says what each is, checks the others, exit 2', async () => {
    made = await project({'good.md': paper})
    execFileSync('mkfifo', [path.join(made.dir, 'pipe.md')])
    await symlink('loop.md', path.join(made.dir, 'loop.md'))
    await symlink('/dev/zero', path.join(made.dir, 'zero.md'))
    const run = await runCli(['check', 'pipe.md', 'loop.md', 'zero.md', 'missing.md', 'good.md', '-f', 'json'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'plainspeak: pipe.md: This is a named pipe (FIFO), not a file: Plainspeak reads regular files only.',
      'plainspeak: loop.md: This path is a loop of symbolic links: it leads back to itself and never reaches a file.',
      'plainspeak: zero.md: This is a device, not a file: Plainspeak reads regular files only.',
      'plainspeak: missing.md: File not found. Check the path and the spelling of the file name.'
    ])
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['good.md'])
    expectContained(run)
  })

  it('--stdin stops reading at the size limit instead of holding an endless stream', async () => {
    made = await project({})
    const run = await runCli(['check', '--stdin', '--max-file-size', '0.5'], {cwd: made.dir, input: Buffer.alloc(3_000_000, 'word ')})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('plainspeak: cannot check stdin: Standard input is over the 500 KB limit. Split the text into smaller parts, or raise the limit with --max-file-size.\n')
    expectContained(run)
  })

  it('a baseline that is a pipe: refused at once', async () => {
    made = await project({'good.md': paper})
    execFileSync('mkfifo', [path.join(made.dir, 'base.json')])
    const run = await runCli(['check', 'good.md', '--baseline', 'base.json'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: Cannot read the baseline file .*base\.json: This is a named pipe \(FIFO\)/)
    expectContained(run)
  })
})
