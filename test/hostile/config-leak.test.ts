/**
 * Attack 1: a config file that names files outside the project as dictionaries, to have their
 * contents printed in error messages (in CI: every environment variable, every secret). The run
 * must refuse, at the config file's line, before reading anything, and print no secret.
 */
import {symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {expectContained, paper, project, runCli, secret, snapshot, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

describe('a config naming files outside the project as dictionaries', () => {
  it('refuses /etc/passwd, /proc/self/environ and a secret file, naming the config file, line and path', async () => {
    made = await project({'paper.md': paper})
    const config = JSON.stringify({dictionaries: ['/etc/passwd', '/proc/self/environ', made.secretFile]}, null, 2)
    await writeFile(path.join(made.dir, '.plainspeakrc.json'), config)
    const files = await snapshot([path.join(made.dir, 'paper.md'), path.join(made.dir, '.plainspeakrc.json'), made.secretFile])
    for (const command of [['check', 'paper.md'], ['check', '.', '-f', 'json'], ['glossary', 'paper.md'], ['stats', 'paper.md'], ['check', '--stdin', '--stdin-filename', 'paper.md']]) {
      const run = await runCli(command, {cwd: made.dir, input: paper})
      expect(run.code, command.join(' ')).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toBe(
        'plainspeak: .plainspeakrc.json:3:5: `dictionaries` names /etc/passwd which is outside this project (the folder of this config file and the folders in it), so Plainspeak will not read it. ' +
          'Move the dictionary into the project, or name its folder as an organisation folder (`--organisation-folder` on the command line, `plainspeak.organisationFolders` in the editor).\n'
      )
      expectContained(run)
    }
    await files.unchanged()
  })

  it('refuses a path that climbs out, and a link in the project that leads out', async () => {
    made = await project({'paper.md': paper, 'words/.keep': ''})
    await writeFile(path.join(made.dir, '.plainspeakrc.yaml'), 'audience: board\ndictionaries:\n  - ../outside/secret.yml\n')
    let run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: \.plainspeakrc\.yaml:3:5: `dictionaries` names .*outside\/secret\.yml which is outside this project/)
    expectContained(run)

    await symlink(made.secretFile, path.join(made.dir, 'words/local.yml'))
    await writeFile(path.join(made.dir, '.plainspeakrc.yaml'), 'dictionaries: [words/local.yml]\n')
    run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: \.plainspeakrc\.yaml:1:16: `dictionaries` names .*words\/local\.yml, a symbolic link to .*outside\/secret\.yml, which is outside this project/)
    expectContained(run)
  })

  it('reads a dictionary from an organisation folder named on the command line, and never quotes a file that is not a dictionary', async () => {
    made = await project({'paper.md': paper})
    await writeFile(path.join(made.dir, '.plainspeakrc.json'), JSON.stringify({dictionaries: ['../outside/secret.yml']}))
    const run = await runCli(['check', 'paper.md', '--organisation-folder', '../outside'], {cwd: made.dir})
    // Allowed now, and read: but it is not a dictionary, so it is described, never quoted.
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('secret.yml:1:1: error: A dictionary file must be a list of entries')
    expect(run.stderr).toContain('Found a mapping instead.')
    expectContained(run)
  })

  it('never prints the environment, even for a config linked to /proc/self/environ', async () => {
    made = await project({'paper.md': paper})
    await symlink('/proc/self/environ', path.join(made.dir, '.plainspeakrc.yaml'))
    const run = await runCli(['check', 'paper.md'], {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^plainspeak: \.plainspeakrc\.yaml:1:1: /)
    expect(run.stderr).not.toContain(secret)
    expectContained(run)
  })
})
