/**
 * Round 3, writers. A name a writer is given may be a planted link: a pull request that commits
 * `plainspeak.sarif` as a link to a shell start-up file must not get that file replaced by the
 * README's CI recipe. A staged file named like an option (`--output=notes.md`) must be read as a
 * file under pre-commit. A folder named `{.,..}` or `Papers (draft)` is a name, not a glob. And
 * "Add to the project dictionary" edits a package.json where the list is, losing nothing.
 */
import {spawn, spawnSync} from 'node:child_process'
import {copyFile, lstat, mkdir, readdir, readFile, readlink, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {parse} from 'yaml'
import {bounds, cliPath, expectContained, paper, project, repoRoot, runCli, secret, snapshot, type Project} from './helpers.js'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {fileUri, LspClient} from './lsp.js'
import {readmeRecipe} from '../readme-recipes.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

/** What a planted link points at: a shell start-up file outside the project. */
const startUp = '# ~/.profile: the shell reads this at every login\n'

const answers = JSON.stringify({
  format: 'plainspeak-review-answers',
  version: 1,
  sheet: {id: '5eed5eed', title: 'Letter', created: '2026-12-04'},
  response: 'a1b2c3d4',
  saved: '2026-12-04T10:00:00.000Z',
  answers: [{id: 'term:signpost', kind: 'term', subject: 'signpost', understood: 'no', words: 'tell you about'}]
})

/** The README's GitHub Actions step that writes the SARIF file, as arguments. */
function readmeSarifCommand(): string[] {
  const workflow = parse(readmeRecipe('github-actions')) as {jobs: Record<string, {steps: Array<{run?: string}>}>}
  const command = Object.values(workflow.jobs)[0]!.steps.map((step) => step.run ?? '').find((run) => run.includes('--format sarif'))!
  expect(command).toMatch(/^plainspeak check .*--output plainspeak\.sarif/)
  return command.split(' ').slice(1)
}

const writers: Array<[string, string[], string, string]> = [
  ["check --output plainspeak.sarif (the README's CI recipe)", readmeSarifCommand(), '--output', 'plainspeak.sarif'],
  ['glossary -o', ['glossary', 'docs/paper.md', '-o', 'glossary.md'], '--output', 'glossary.md'],
  ['stats -o', ['stats', 'docs/paper.md', '-o', 'stats.txt'], '--output', 'stats.txt'],
  ['review -o', ['review', 'docs/paper.md', '-o', 'sheet.html'], '--output', 'sheet.html'],
  ['check --write-baseline', ['check', '--write-baseline', 'baseline.json', '--', 'docs'], '--write-baseline', 'baseline.json'],
  ['review import --write', ['review', 'import', 'answers.json', '--dictionary', 'our-words.yml', '--write'], '--dictionary', 'our-words.yml']
]

describe('no writer follows a link planted at its file name', () => {
  it.each(writers)('%s: refused, the file outside unchanged, the link left as it was', async (_name, args, option, name) => {
    made = await project({'docs/paper.md': paper, 'answers.json': answers})
    const profile = path.join(made.outside, '.profile')
    await writeFile(profile, startUp)
    await symlink(profile, path.join(made.dir, name))
    const files = await snapshot([profile, made.secretFile])
    const before = (await readdir(made.dir)).sort()
    const run = await runCli(args, {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toBe(
      `plainspeak: ${option} ${name} is a symbolic link to ${profile}: Plainspeak does not write through links, so it was neither followed nor replaced. Remove the link, or name another file. Nothing was checked or written.\n`
    )
    await files.unchanged()
    expect(await readlink(path.join(made.dir, name))).toBe(profile)
    // No temporary file left behind, here or outside.
    expect((await readdir(made.dir)).sort()).toEqual(before)
    expect((await readdir(made.outside)).sort()).toEqual(['.profile', 'secret.yml'])
    expectContained(run)
  })

  it.each(writers)('%s: a folder in the name that is a link out of the project is refused', async (_name, args, option, name) => {
    made = await project({'docs/paper.md': paper, 'answers.json': answers})
    await symlink(made.outside, path.join(made.dir, 'reports'))
    const moved = args.map((arg) => (arg === name ? `reports/${name}` : arg))
    const run = await runCli(moved, {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      `plainspeak: ${option} reports/${name} is in the working folder by name, but its folder leads to ${made.outside} through a symbolic link: Plainspeak does not write through links out of the working folder. Name the real folder if you mean it. Nothing was checked or written.\n`
    )
    expect(await readdir(made.outside)).toEqual(['secret.yml'])
    expectContained(run)
  })

  it.each(writers)('%s: a folder at the name is refused, and left as it was', async (_name, args, option, name) => {
    made = await project({'docs/paper.md': paper, 'answers.json': answers, [`${name}/keep.txt`]: 'kept\n'})
    const run = await runCli(args, {cwd: made.dir})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(`plainspeak: ${option} ${name} is a folder: name a file (inside it, say). Nothing was checked or written.\n`)
    expect(await readdir(path.join(made.dir, name))).toEqual(['keep.txt'])
    expectContained(run)
  })

  it('writes where the person names outside the working folder, and to a device (such as /dev/stdout) through a link named there', async () => {
    made = await project({'docs/paper.md': paper})
    const explicit = await runCli(['check', '--format', 'json', '--output', '../outside/report.json', '--', 'docs'], {cwd: made.dir})
    expect(explicit.code).toBe(0)
    expect(JSON.parse(await readFile(path.join(made.outside, 'report.json'), 'utf8'))[0].path).toBe('docs/paper.md')
    expectContained(explicit)
    await symlink('/dev/null', path.join(made.outside, 'sink'))
    const device = await runCli(['check', '--output', '../outside/sink', '--', 'docs'], {cwd: made.dir})
    expect(device.code).toBe(0)
    expect(device.stderr).toBe('')
    expect(await readlink(path.join(made.outside, 'sink'))).toBe('/dev/null')
    expect((await lstat('/dev/null')).isCharacterDevice()).toBe(true)
    expectContained(device)
    // The same link inside the working folder is refused: a checkout may have planted it.
    await symlink('/dev/null', path.join(made.dir, 'sink'))
    const planted = await runCli(['check', '--output', 'sink', '--', 'docs'], {cwd: made.dir})
    expect(planted.code).toBe(2)
    expect(planted.stderr).toMatch(/^plainspeak: --output sink is a symbolic link to \/dev\/null: Plainspeak does not write through links/)
  })
})

describe('a staged file named like an option, under pre-commit', () => {
  const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
  /** `unshare -rn`: no network at all for pre-commit and git, where allowed. */
  const offline = spawnSync('unshare', ['-rn', 'true']).status === 0

  function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<{code: number | null; stdout: string; stderr: string}> {
    const [file, argv] = offline ? ['unshare', ['-rn', command, ...args]] : [command, [...args]]
    return new Promise((resolve, reject) => {
      const child = spawn(file, argv, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']})
      let stdout = ''
      let stderr = ''
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
      child.on('error', reject)
      child.on('close', (code) => resolve({code, stdout, stderr}))
    })
  }

  it('is checked as a file: notes.md unchanged, the findings shown', async () => {
    expect(hasPreCommit, 'pre-commit is not installed: run `bash test/setup.sh`').toBe(true)
    made = await project({})
    const root = path.dirname(made.dir)
    const env: NodeJS.ProcessEnv = {...process.env, PRE_COMMIT_HOME: path.join(root, 'pre-commit-home'), PRE_COMMIT_COLOR: 'never', GIT_CONFIG_NOSYSTEM: '1', HOME: root, PLAINSPEAK_TEST_SECRET: secret}
    delete env['FORCE_COLOR']
    const git = async (cwd: string, ...args: string[]) => {
      const result = await run('git', args, cwd, env)
      expect(result.code, result.stderr).toBe(0)
      return result.stdout.trim()
    }
    const bin = path.join(root, 'bin')
    await mkdir(bin)
    await writeFile(path.join(bin, 'plainspeak'), `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`, {mode: 0o755})
    env['PATH'] = `${bin}${path.delimiter}${process.env['PATH']}`

    // The hook repository: this checkout's .pre-commit-hooks.yaml.
    const hooks = path.join(root, 'hooks')
    await mkdir(hooks)
    await git(hooks, 'init', '-q', '-b', 'main')
    await copyFile(path.join(repoRoot, '.pre-commit-hooks.yaml'), path.join(hooks, '.pre-commit-hooks.yaml'))
    await git(hooks, 'add', '.pre-commit-hooks.yaml')
    await git(hooks, '-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'hooks')
    const rev = await git(hooks, 'rev-parse', 'HEAD')

    const config = readmeRecipe('pre-commit').replace(/https:\/\/git\.example\.gov\.uk\/digital\/plainspeak\s*#[^\n]*/, hooks).replace(/rev: \S+/, `rev: ${rev}`)
    const notes = '# Notes\n\nKept by hand, never staged.\n'
    await git(made.dir, 'init', '-q', '-b', 'main')
    await writeFile(path.join(made.dir, '.pre-commit-config.yaml'), config)
    await writeFile(path.join(made.dir, 'notes.md'), notes)
    await writeFile(path.join(made.dir, '--output=notes.md'), 'We will leverage our partners going forward.\n')
    await git(made.dir, 'add', '.pre-commit-config.yaml', '--', '--output=notes.md')

    const result = await run('pre-commit', ['run'], made.dir, env)
    expect(result.stderr).toBe('')
    expect(result.code, result.stdout).toBe(0)
    expect(await readFile(path.join(made.dir, 'notes.md'), 'utf8')).toBe(notes)
    expect(result.stdout).toMatch(/^--output=notes\.md\n +1:9 +warning +Use plain words instead of “leverage”/m)
    expect(result.stdout).not.toContain(secret)
  })
})

describe('a folder named on the command line is a name, not a glob', () => {
  it('{.,..} is walked alone, never its parent', async () => {
    made = await project({'site/beside.md': 'We will leverage synergies going forward.\n', 'site/{.,..}/inside.md': paper, 'above.md': paper})
    for (const [cwd, folder] of [
      [made.dir, 'site/{.,..}'],
      [made.outside, path.join(made.dir, 'site/{.,..}')]
    ] as const) {
      const run = await runCli(['check', '--format', 'json', '--', folder], {cwd})
      expect(run.code).toBe(0)
      expect(run.stderr).toBe('')
      expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => path.basename(file.path))).toEqual(['inside.md'])
      expectContained(run)
    }
  })

  it('Papers (draft) is checked, with its findings', async () => {
    made = await project({'Papers (draft)/paper.md': paper, 'Papers d/other.md': paper})
    const run = await runCli(['check', '--format', 'json', '--', 'Papers (draft)'], {cwd: made.dir})
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
    expect(report.map((file) => file.path)).toEqual(['Papers (draft)/paper.md'])
    expect(report[0]!.messages.map((message) => message.ruleId)).toContain('jargon')
    expectContained(run)
  })
})

interface Client {
  received: Array<{method: string; params: {message?: string}}>
  everything(): string
  command(command: string, argument?: unknown): Promise<unknown>
  waitFor(method: string): Promise<unknown>
  stop(): Promise<{code: number | null; signal: string | null}>
}

describe('"Add to the project dictionary" on a package.json, over the protocol', () => {
  const allow = 'plainspeak.server.addToAllowList'
  let client: Client | undefined
  afterEach(async () => {
    await client?.stop()
    client = undefined
  })

  async function addSignpost(files: Record<string, string>): Promise<{answer: unknown; after: string; shown: string[]}> {
    made = await project({'paper.md': paper, ...files})
    client = (await LspClient.start({workspaceFolders: [made.dir], env: {PLAINSPEAK_TEST_SECRET: secret}})) as Client
    const started = performance.now()
    const answer = await client.command(allow, {uri: fileUri(path.join(made.dir, 'paper.md')), term: 'signpost'})
    expect(performance.now() - started).toBeLessThan(bounds.seconds * 1000)
    const after = await readFile(path.join(made.dir, 'package.json'), 'utf8')
    const shown = client.received.filter((item) => item.method.startsWith('window/showMessage')).map((item) => item.params.message ?? '')
    expect(client.everything()).not.toContain(secret)
    const exit = await client.stop()
    client = undefined
    expect(exit.signal).toBeNull()
    return {answer, after, shown}
  }

  it('adds the term where the list is, keeping every other byte: indentation, a large integer, an exponent', async () => {
    const text = '{\n    "name": "council-site",\n    "build": 12345678901234567890,\n    "ratio": 1.50e3,\n    "plainspeak": {"allow": ["ICB"]}\n}\n'
    const {answer, after} = await addSignpost({'package.json': text})
    expect(answer).toEqual({file: path.join(made!.dir, 'package.json'), created: false, added: true})
    expect(after).toBe(text.replace('["ICB"]', '["ICB", "signpost"]'))
  })

  it('makes the list in a package.json without one, in the file’s own indentation', async () => {
    const text = '{\n\t"name": "council-site",\n\t"version": 9007199254740993,\n\t"plainspeak": {\n\t\t"audience": "public"\n\t}\n}\n'
    const {after} = await addSignpost({'package.json': text})
    expect(after).toBe('{\n\t"name": "council-site",\n\t"version": 9007199254740993,\n\t"plainspeak": {\n\t\t"audience": "public",\n\t\t"allow": [\n\t\t\t"signpost"\n\t\t]\n\t}\n}\n')
  })

  it('refuses a package.json with a key written twice, and changes nothing', async () => {
    const text = '{\n  "name": "council-site",\n  "scripts": {"test": "vitest"},\n  "scripts": {"lint": "eslint ."},\n  "plainspeak": {"allow": []}\n}\n'
    const {answer, after, shown} = await addSignpost({'package.json': text})
    expect(answer).toBeNull()
    expect(after).toBe(text)
    expect(shown).toEqual([
      'Plainspeak: package.json has the key "scripts" twice in one object (line 4), so which value counts is not clear; remove one before adding to it. Nothing was changed.'
    ])
  })
})
