/**
 * Attack 2: a writer aimed at an input. `check p.md --output p.md` used to empty the paper before
 * reading it. Every writer (`--output`, `--write-baseline`, `glossary -o`, `stats -o`) is
 * refused with exit 2 when its file is one the run reads, under any name, and the input stays
 * byte for byte the same. Reports go through a temporary file, so a full disk loses nothing.
 */
import {link, readdir, readFile, stat, symlink} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {expectContained, paper, project, runCli, snapshot, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

describe('no writer writes over an input', () => {
  it.each([
    ['check p.md --output p.md', ['check', 'p.md', '--output', 'p.md'], '--output p.md is one of the files being checked (p.md)'],
    ['check --output ./p.md (another spelling)', ['check', 'p.md', '--output', './p.md'], '--output ./p.md is one of the files being checked (p.md)'],
    ['check --output through a link to p.md', ['check', 'p.md', '--output', 'link.md'], '--output link.md is one of the files being checked (p.md)'],
    ['check --output a hard link to p.md', ['check', 'p.md', '--output', 'hard.txt'], '--output hard.txt is one of the files being checked (p.md)'],
    ['check . --output p.md (found by the walk, under its first name)', ['check', '.', '--output', 'p.md'], '--output p.md is one of the files being checked (hard.txt)'],
    ['check --write-baseline p.md', ['check', 'p.md', '--write-baseline', 'p.md'], '--write-baseline p.md is one of the files being checked (p.md)'],
    ['check --output the config file', ['check', 'p.md', '--output', '.plainspeakrc.json'], '--output .plainspeakrc.json is the config file (.plainspeakrc.json)'],
    ['check --output a dictionary', ['check', 'p.md', '--output', 'words.yml'], '--output words.yml is a dictionary (words.yml)'],
    ['check --write-baseline over the baseline read', ['check', 'p.md', '--baseline', 'base.json', '--write-baseline', 'base.json'], '--write-baseline base.json is the baseline being read (base.json)'],
    ['check --output and --write-baseline the same file', ['check', 'p.md', '--output', 'r.json', '--write-baseline', 'r.json'], '--write-baseline and --output name the same file (r.json)'],
    ['check --stdin --stdin-filename p.md --output p.md', ['check', '--stdin', '--stdin-filename', 'p.md', '--output', 'p.md'], '--output p.md is the file named by --stdin-filename (p.md)'],
    ['glossary p.md -o p.md', ['glossary', 'p.md', '-o', 'p.md'], '--output p.md is the file being checked (p.md)'],
    ['stats p.md -o p.md', ['stats', 'p.md', '-o', 'p.md'], '--output p.md is the file being checked (p.md)'],
    ['stats --stdin --stdin-filename p.md -o p.md', ['stats', '--stdin', '--stdin-filename', 'p.md', '-o', 'p.md'], '--output p.md is the file named by --stdin-filename (p.md)'],
    ['glossary p.md -o the config file', ['glossary', 'p.md', '-o', '.plainspeakrc.json'], '--output .plainspeakrc.json is the config file (.plainspeakrc.json)']
  ])('%s: exit 2, input untouched', async (_name, args, message) => {
    made = await project({
      'p.md': paper,
      '.plainspeakrc.json': '{"dictionaries": ["words.yml"]}\n',
      'words.yml': '- term: advice\n  kind: jargon\n  source: govuk-writing\n  alternatives: [help]\n',
      'base.json': '{"version": 1, "findings": []}\n'
    })
    await symlink('p.md', path.join(made.dir, 'link.md'))
    await link(path.join(made.dir, 'p.md'), path.join(made.dir, 'hard.txt'))
    const inputs = ['p.md', '.plainspeakrc.json', 'words.yml', 'base.json'].map((name) => path.join(made!.dir, name))
    const files = await snapshot(inputs)
    const before = (await readdir(made.dir)).sort()
    const run = await runCli(args, {cwd: made.dir, input: paper})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(`plainspeak: ${message}`)
    expect(run.stderr).toMatch(/Nothing was checked or written/)
    expectContained(run)
    await files.unchanged()
    // No temporary file left behind.
    expect((await readdir(made.dir)).sort()).toEqual(before)
  })

  it('writes a report through a temporary file renamed into place, keeping an existing report’s permissions', async () => {
    made = await project({'p.md': paper, 'report.json': 'old report\n'})
    const run = await runCli(['check', 'p.md', '-f', 'json', '--output', 'report.json'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expect(JSON.parse(await readFile(path.join(made.dir, 'report.json'), 'utf8'))[0].path).toBe('p.md')
    expect((await readdir(made.dir)).sort()).toEqual(['p.md', 'report.json'])
    expectContained(run)
  })

  it('a full disk: a plain message, exit 2, and the earlier report kept', async () => {
    made = await project({'p.md': paper})
    const run = await runCli(['check', 'p.md', '--output', '/dev/full'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('plainspeak: Cannot write the report to /dev/full: the disk is full. Nothing was written there.\n')
    expectContained(run)
    for (const args of [['glossary', 'p.md', '-o', '/dev/full'], ['stats', 'p.md', '-o', '/dev/full'], ['check', 'p.md', '--write-baseline', '/dev/full']]) {
      const other = await runCli(args, {cwd: made.dir})
      expect(other.code, args.join(' ')).toBe(2)
      expect(other.stderr).toMatch(/^plainspeak: Cannot write the (glossary|figures|baseline) to \/dev\/full: the disk is full\. Nothing was written there\.\n$/)
      expectContained(other)
    }
  })

  it('writes to a device named on purpose without replacing it', async () => {
    made = await project({'p.md': paper})
    const run = await runCli(['check', 'p.md', '--output', '/dev/null'], {cwd: made.dir})
    expect(run.code).toBe(0)
    expectContained(run)
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true)
    expect(await readdir(made.dir)).toEqual(['p.md'])
  })
})
