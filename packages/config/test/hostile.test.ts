/**
 * A config file is data from whoever wrote the folder: it may name dictionaries only inside its
 * own folder tree (or an organisation folder the person running Plainspeak named), it is read
 * only when it is a regular file of sensible size, its shape cannot exhaust the parser, and it
 * is never quoted at length. The allow list writes only where it is told it may.
 */
import {execFileSync} from 'node:child_process'
import {chmod, readFile, stat, symlink} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {addToAllowList, ConfigFinder, parseConfigFile, resolveCheckOptions} from '../src/index.js'
import {folder, jargonEntry} from './helpers.js'

const located = async (promise: Promise<unknown>) => {
  try {
    await promise
  } catch (error) {
    const {file, line, column, message} = error as {file?: string; line?: number; column?: number; message: string}
    return line === undefined ? message : `${path.basename(file!)}:${line}:${column}: ${message}`
  }
  return 'no error'
}

const outside = (what: string) =>
  `\`dictionaries\` names ${what} which is outside this project (the folder of this config file and the folders in it), so Plainspeak will not read it. ` +
  'Move the dictionary into the project, or name its folder as an organisation folder (`--organisation-folder` on the command line, `plainspeak.organisationFolders` in the editor).'

describe('dictionaries a config file may name', () => {
  it('refuses /etc/passwd and /proc/self/environ at their place in the file', async () => {
    const dir = await folder({'.plainspeakrc.json': '{\n  "dictionaries": [\n    "words.yml",\n    "/etc/passwd",\n    "/proc/self/environ"\n  ]\n}\n', 'words.yml': ''})
    expect(await located(new ConfigFinder().find(dir))).toBe(`.plainspeakrc.json:4:5: ${outside('/etc/passwd')}`)
  })

  it('refuses a path that climbs out of the project, also in YAML, package.json and --config files', async () => {
    const dir = await folder({
      'a/.plainspeakrc.yaml': 'audience: board\ndictionaries: ../secret.yml\n',
      'b/package.json': '{"plainspeak": {"dictionaries": ["ok.yml", "../../x.yml"]}}',
      'c/team.json': '{"dictionaries": ["../secret.yml"]}',
      'secret.yml': jargonEntry('secret', 'x')
    })
    expect(await located(new ConfigFinder().find(path.join(dir, 'a')))).toBe(`.plainspeakrc.yaml:2:15: ${outside(path.join(dir, 'secret.yml'))}`)
    expect(await located(new ConfigFinder().find(path.join(dir, 'b')))).toBe(`package.json:1:44: ${outside(path.join(path.dirname(dir), 'x.yml'))}`)
    expect(await located(new ConfigFinder().load(path.join(dir, 'c/team.json')))).toBe(`team.json:1:19: ${outside(path.join(dir, 'secret.yml'))}`)
  })

  it('refuses a symbolic link inside the project that leads out of it', async () => {
    const dir = await folder({'project/.plainspeakrc.yml': 'dictionaries: [words/link.yml]\n', 'project/words/.keep': '', 'elsewhere/secret.yml': jargonEntry('secret', 'x')})
    await symlink(path.join(dir, 'elsewhere/secret.yml'), path.join(dir, 'project/words/link.yml'))
    expect(await located(new ConfigFinder().find(path.join(dir, 'project')))).toBe(
      `.plainspeakrc.yml:1:16: ${outside(`${path.join(dir, 'project/words/link.yml')}, a symbolic link to ${path.join(dir, 'elsewhere/secret.yml')},`)}`
    )
  })

  it('reads a folder named in config but not its files that link out', async () => {
    const dir = await folder({'project/.plainspeakrc.yml': 'dictionaries: [words]\n', 'project/words/own.yml': jargonEntry('signpost', 'refer'), 'elsewhere/secret.yml': jargonEntry('secret', 'x')})
    await symlink(path.join(dir, 'elsewhere/secret.yml'), path.join(dir, 'project/words/secret.yml'))
    const config = await new ConfigFinder().find(path.join(dir, 'project'))
    const resolved = await resolveCheckOptions({config})
    expect(resolved.options.dictionaries?.[0]?.terms.map((entry) => entry.term)).toEqual(['signpost'])
    expect(resolved.errors.map((problem) => `${path.relative(dir, problem.file)}:${problem.line}:${problem.column}: ${problem.message}`)).toEqual([
      'project/words/secret.yml:1:1: This file is a symbolic link to a file outside the folders dictionaries may come from (the project and any organisation folder), so Plainspeak did not read it.'
    ])
  })

  it('never quotes a file that is not a dictionary, even inside the project', async () => {
    const dir = await folder({'.plainspeakrc.yml': 'dictionaries: [notes.yml]\n', 'notes.yml': 'password: hunter2-very-secret\ntoken: abc\n'})
    const resolved = await resolveCheckOptions({config: await new ConfigFinder().find(dir)})
    expect(JSON.stringify(resolved.errors)).not.toContain('hunter2')
    expect(resolved.errors.map((problem) => problem.message)).toEqual([expect.stringMatching(/^A dictionary file must be a list of entries.*Found a mapping instead\.$/)])
  })
})

describe('config files that are not ordinary files', () => {
  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const dir = await folder()
    execFileSync('mkfifo', [path.join(dir, '.plainspeakrc.json')])
    expect(await located(new ConfigFinder().find(dir))).toBe('This is a named pipe (FIFO), not a file: Plainspeak reads regular files only.')
  })

  it('refuses /dev/zero linked in as a config file', async () => {
    const dir = await folder()
    await symlink('/dev/zero', path.join(dir, '.plainspeakrc.yaml'))
    expect(await located(new ConfigFinder().find(dir))).toBe('This is a device, not a file: Plainspeak reads regular files only.')
  })

  it('refuses a config file over 1 MB', async () => {
    const dir = await folder({'.plainspeakrc.yaml': '# x\n'.repeat(300_000)})
    expect(await located(new ConfigFinder().find(dir))).toBe('.plainspeakrc.yaml:1:1: This file is 1.2 MB, over the 1 MB limit. A config file needs only a few lines: check that this is the right file.')
  })

  it('does not quote a secret file linked in as a config file', async () => {
    const dir = await folder({'secret.txt': 'root:x:0:0:root:/root:/bin/bash\n'})
    await symlink(path.join(dir, 'secret.txt'), path.join(dir, '.plainspeakrc.yml'))
    const message = await located(new ConfigFinder().find(dir))
    expect(message).toBe('.plainspeakrc.yml:1:1: Expected settings such as `audience: board`, not plain text. Check that this is a Plainspeak config file.')
  })

  it('locates an alias bomb and nesting that would exhaust the parser', () => {
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]', ...Array.from({length: 6}, (_, index) => `a${index + 1}: &a${index + 1} [${Array(10).fill(`*a${index}`).join(', ')}]`), 'audience: board'].join('\n')
    expect(() => parseConfigFile('/p/.plainspeakrc.yaml', bomb)).toThrow(/^The alias \*a5 here stands for [\d,]+ values/)
    expect(() => parseConfigFile('/p/.plainspeakrc.json', '{"rules": ' + '['.repeat(50_000))).toThrow('Brackets are nested more than 64 levels deep here')
    try {
      parseConfigFile('/p/.plainspeakrc.yaml', bomb)
    } catch (error) {
      expect(error).toMatchObject({line: 7, column: 10})
    }
  })

  it('quotes only a short excerpt of a long value', () => {
    expect(() => parseConfigFile('/p/.plainspeakrc.json', JSON.stringify({audience: 'x'.repeat(5000)}))).toThrow(/^Unexpected value `x{60}…` for `audience`/)
  })
})

describe('the allow list writes only where it may', () => {
  it('refuses a file or folder outside the folders allowed, and writes nothing', async () => {
    const dir = await folder({'workspace/.keep': '', 'elsewhere/.plainspeakrc.json': '{"audience": "board"}\n'})
    const within = [path.join(dir, 'workspace')]
    await expect(addToAllowList(undefined, path.join(dir, 'elsewhere/new'), 'JSNA', {within})).rejects.toThrow(
      /^Plainspeak writes only to project files inside the open folders, and .*elsewhere\/new is outside them\./
    )
    await expect(addToAllowList(path.join(dir, 'elsewhere/.plainspeakrc.json'), dir, 'JSNA', {within})).rejects.toThrow('is outside them')
    expect(await readFile(path.join(dir, 'elsewhere/.plainspeakrc.json'), 'utf8')).toBe('{"audience": "board"}\n')
  })

  it('follows a link in the workspace only to a file inside it', async () => {
    const dir = await folder({'workspace/.keep': '', 'elsewhere/real.json': '{}\n'})
    await symlink(path.join(dir, 'elsewhere/real.json'), path.join(dir, 'workspace/.plainspeakrc.json'))
    await expect(addToAllowList(path.join(dir, 'workspace/.plainspeakrc.json'), dir, 'JSNA', {within: [path.join(dir, 'workspace')]})).rejects.toThrow('is outside them')
    expect(await readFile(path.join(dir, 'elsewhere/real.json'), 'utf8')).toBe('{}\n')
  })

  it('refuses a term that is not a word or short phrase', async () => {
    const dir = await folder()
    await expect(addToAllowList(undefined, dir, 'a\nforged: line')).rejects.toThrow('Only a word or a short phrase')
    await expect(addToAllowList(undefined, dir, 'x'.repeat(201))).rejects.toThrow('Only a word or a short phrase')
  })

  it('replaces the file whole and keeps its permissions', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"allow": []}\n'})
    await chmod(path.join(dir, '.plainspeakrc.json'), 0o640)
    await addToAllowList(path.join(dir, '.plainspeakrc.json'), dir, 'JSNA', {within: [dir]})
    expect(JSON.parse(await readFile(path.join(dir, '.plainspeakrc.json'), 'utf8'))).toEqual({allow: ['JSNA']})
    expect((await stat(path.join(dir, '.plainspeakrc.json'))).mode & 0o777).toBe(0o640)
  })
})
