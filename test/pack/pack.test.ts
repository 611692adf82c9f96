/**
 * Every public package, packed as it would be published, installs and runs in a fresh folder:
 * `pnpm pack` (which rewrites `workspace:*` to versions), then each package README's own install
 * command (`npm install …`) against a registry on 127.0.0.1 that holds the packed tarballs and
 * the third-party packages from this workspace's pnpm install, then the README's minimal example.
 *
 * No network: npm runs in a new network namespace (`unshare -rn`) where only loopback exists,
 * with the registry inside it, and every proxy setting points at a closed local port, so a
 * request anywhere else fails the install. The examples run in a namespace of their own.
 */
import {spawn, spawnSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {copyFile, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {check, countSeverities, describeFindings} from '@plainspeak/core'
import {repoRoot, type RunResult} from '../cli/helpers.js'
import {markedBlock, readmeRecipe} from '../readme-recipes.js'
import {dependencyClosure, packInstalled, tarballManifest, writeRegistry} from './registry.js'

vi.setConfig({testTimeout: 300_000})

const offline = spawnSync('unshare', ['-rn', 'true']).status === 0

/** Workspace packages that are published: every `packages/*` and `extensions/*` not marked private. */
const publicPackages = ['packages', 'extensions'].flatMap((folder) =>
  readdirSync(path.join(repoRoot, folder), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(repoRoot, folder, entry.name))
    .map((dir) => ({dir, manifest: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {name: string; private?: boolean}}))
    .filter(({manifest}) => manifest.private !== true)
)

/** Each README's install command and minimal example. */
const readmes = publicPackages.map(({dir, manifest}) => {
  const readme = path.join(dir, 'README.md')
  return {dir, name: manifest.name, install: markedBlock(readme, 'example', 'install'), example: markedBlock(readme, 'example', 'use')}
})

/**
 * What each example is run with and must print. The checks are about shape, not about which
 * findings the rules give (the engine's own tests hold those), so rule changes do not break them.
 */
const finding = /^\s*\d+:\d+-\d+:\d+\s/
const expectations: Record<string, {files?: Record<string, string>; check: (result: RunResult) => void}> = {
  '@plainspeak/core': {
    check: ({stdout}) => {
      expect(stdout).toMatch(/^\d+:\d+-\d+:\d+: .+ \((acronym-undefined|jargon)(, a suggestion)?\)$/m)
      expect(stdout).toMatch(/^Reading age [\d.]+, target 12$/m)
    }
  },
  '@plainspeak/base': {
    check: ({stdout}) => expect(stdout).toBe('public board staff patient\na line\\nand a forged one\n1.5 MB\nBrackets are nested more than 64 levels deep here\n')
  },
  '@plainspeak/dictionary': {
    // The example's own word list: its term and alternative come back in a finding.
    check: ({stdout}) => expect(stdout).toMatch(/“front door”.*“first point of contact”/)
  },
  '@plainspeak/config': {
    files: {'.plainspeakrc.json': '{"audience": "board", "allow": ["ICB"]}\n'},
    check: ({stdout}) => {
      expect(stdout).toMatch(/^board \[ 'ICB' \]$/m)
      expect(stdout).not.toContain('ICB the first time')
    }
  },
  '@plainspeak/cli': {
    files: {'board-paper.md': readFileSync(path.join(repoRoot, 'examples/board-paper.md'), 'utf8')},
    check: ({stdout}) => {
      expect(stdout).toMatch(/^board-paper\.md$/m)
      // The default view at board, as the engine in this repository gives it (the judged table decides which findings).
      const {messages} = check(readFileSync(path.join(repoRoot, 'examples/board-paper.md'), 'utf8'), {format: 'markdown', audience: 'board'})
      expect(messages.length).toBeGreaterThan(0)
      // One line per finding, repeats of one term on the line of its first place.
      const lines = messages.filter((message) => (message.data.group?.ordinal ?? 1) === 1).length
      expect(stdout.split('\n').filter((line) => /^\s+\d+:\d+\s+(error|warning|info)\s/.test(line)).length).toBe(lines)
      expect(stdout).toContain(`✖ ${describeFindings(countSeverities(messages))} in 1 file.`)
    }
  },
  '@plainspeak/language-server': {check: () => undefined},
  '@plainspeak/review': {
    check: ({stdout}) => expect(stdout).toBe('term: reablement\nacronym: OT\nsheet ready\n')
  },
  'remark-plainspeak': {
    check: ({stdout}) => {
      expect(stdout.split('\n').filter((line) => finding.test(line) && /\s(warning|info)\s.*\splainspeak$/.test(line)).length).toBeGreaterThan(0)
      // "⚠ 3 warnings", or "4 messages (⚠ 3 warnings, 1 info)" when there is an info finding too.
      expect(stdout).toMatch(/⚠ \d+ warnings?/)
    }
  }
}

let root: string
let registryDir: string
let npmEnv: NodeJS.ProcessEnv

function run(command: string, args: readonly string[], cwd: string, options: {env?: NodeJS.ProcessEnv; input?: string; isolate?: boolean} = {}): Promise<RunResult> {
  const [file, argv] = offline && options.isolate !== false ? ['unshare', ['-rn', command, ...args]] : [command, [...args]]
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, {cwd, env: options.env ?? npmEnv, stdio: ['pipe', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(options.input ?? '')
  })
}

/** A README's shell command, run against the offline registry. */
function installOffline(command: string, cwd: string): Promise<RunResult> {
  return run(process.execPath, [path.join(repoRoot, 'test/pack/offline-registry.mjs'), registryDir, command], cwd)
}

/** Names an install command asks for (not flags). */
const installedNames = (command: string) => command.split(/\s+/).slice(2).filter((word) => !word.startsWith('-'))

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plainspeak-pack-'))
  registryDir = path.join(root, 'registry')
  const packed = path.join(root, 'packed')
  await mkdir(packed)
  for (const {dir} of publicPackages) {
    const result = spawnSync('pnpm', ['pack', '--pack-destination', packed], {cwd: dir, encoding: 'utf8'})
    expect(result.status, result.stderr).toBe(0)
  }
  const ours = await Promise.all(readdirSync(packed).map(async (file) => ({manifest: await tarballManifest(path.join(packed, file)), bytes: readFileSync(path.join(packed, file))})))
  expect(ours.map(({manifest}) => manifest.name).sort()).toEqual(publicPackages.map(({manifest}) => manifest.name).sort())
  for (const {manifest} of ours) expect(JSON.stringify(manifest)).not.toContain('workspace:')

  const ownNames = new Set(ours.map(({manifest}) => manifest.name))
  const extraNames = readmes.flatMap(({install}) => (install ? installedNames(install.code) : [])).filter((name) => !ownNames.has(name))
  const closure = dependencyClosure(publicPackages.map(({dir}) => dir), extraNames, repoRoot, ownNames)
  await writeRegistry(registryDir, [...ours, ...packInstalled(closure)])

  // Empty user and global npm configs (npm refuses one file for both), so nothing on this machine changes the install.
  const [userConfig, globalConfig] = [path.join(root, 'user-npmrc'), path.join(root, 'global-npmrc')]
  await writeFile(userConfig, '')
  await writeFile(globalConfig, '')
  const closedPort = 'http://127.0.0.1:9'
  npmEnv = {
    PATH: `${path.join(root, 'global/bin')}${path.delimiter}${process.env['PATH']}`,
    HOME: root,
    npm_config_cache: path.join(root, 'npm-cache'),
    npm_config_prefix: path.join(root, 'global'),
    npm_config_userconfig: userConfig,
    npm_config_globalconfig: globalConfig,
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'warn',
    npm_config_proxy: closedPort,
    npm_config_https_proxy: closedPort,
    npm_config_noproxy: '127.0.0.1',
    HTTP_PROXY: closedPort,
    HTTPS_PROXY: closedPort,
    NO_PROXY: '127.0.0.1',
    NO_COLOR: '1'
  }
})

afterAll(() => (root ? rm(root, {recursive: true, force: true}) : undefined))

it('has a README with an install command and a minimal example for every public package', () => {
  expect(readmes.map(({name}) => name).sort()).toEqual(Object.keys(expectations).sort())
  for (const {name, install, example} of readmes) {
    expect(install?.language, `${name}: <!-- example: install --> before a sh block`).toBe('sh')
    expect(install!.code).toMatch(new RegExp(`^npm install (--global )?(\\S+ )*${name.replace('/', '\\/')}( \\S+)*$`))
    expect(example, `${name}: <!-- example: use --> before a block`).toBeDefined()
  }
})

describe.each(readmes.map((readme) => [readme.name, readme] as const))('%s', (name, {install, example}) => {
  it('installs from the packed tarballs with its README’s command, offline, and runs its README’s example', async () => {
    const folder = path.join(root, 'apps', name.replace('/', '-'))
    await mkdir(folder, {recursive: true})
    await writeFile(path.join(folder, 'package.json'), JSON.stringify({name: 'example-app', private: true, type: 'module'}))
    for (const [file, text] of Object.entries(expectations[name]!.files ?? {})) await writeFile(path.join(folder, file), text)

    const installed = await installOffline(install!.code, folder)
    expect(installed.stderr).not.toContain('offline-registry: missing')
    expect(installed.code, installed.stdout + installed.stderr).toBe(0)

    if (name === '@plainspeak/language-server') {
      await expectLanguageServerStarts(example!.code, folder)
      return
    }
    const result =
      example!.language === 'sh'
        ? await run('sh', ['-c', example!.code], folder)
        : await (async () => {
            await writeFile(path.join(folder, 'example.mjs'), example!.code)
            return run(process.execPath, ['example.mjs'], folder)
          })()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expectations[name]!.check(result)
  })
})

it('installs the CLI with the CI recipes’ own command', async () => {
  const command = 'npm install --global @plainspeak/cli'
  expect(readmeRecipe('gitlab-ci')).toContain(`- ${command}`)
  expect(readmeRecipe('github-actions')).toContain(`- run: ${command}`)
  const folder = path.join(root, 'apps', 'ci')
  await mkdir(folder, {recursive: true})
  await copyFile(path.join(repoRoot, 'examples/board-paper.md'), path.join(folder, 'board-paper.md'))
  expect((await installOffline(command, folder)).code).toBe(0)
  const result = await run('plainspeak', ['check', 'board-paper.md', '--format', 'gitlab'], folder)
  expect(result.code).toBe(0)
  expect((JSON.parse(result.stdout) as unknown[]).length).toBeGreaterThan(0)
  // With no files named, `dict lint` lints the built-in dictionaries, which the package ships.
  const lint = await run('plainspeak', ['dict', 'lint'], folder)
  expect(lint.stderr).toBe('')
  expect(lint.stdout).toMatch(/^No problems in \d+ files\.$/m)
  expect(lint.code).toBe(0)
})

/** The language server answers `initialize` over stdio and exits cleanly after `shutdown` and `exit`. */
async function expectLanguageServerStarts(command: string, cwd: string): Promise<void> {
  const [file, ...args] = command.split(/\s+/)
  const [program, argv] = offline ? ['unshare', ['-rn', file!, ...args]] : [file!, args]
  const server = spawn(program, argv, {cwd, env: npmEnv, stdio: ['pipe', 'pipe', 'pipe']})
  let stderr = ''
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => server.on('close', resolve))
  // Responses by id, read from the Content-Length framed stream as they arrive.
  const waiting = new Map<number, (result: unknown) => void>()
  let buffer = Buffer.alloc(0)
  server.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk])
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n')
      if (headerEnd === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1])
      if (buffer.length < headerEnd + 4 + length) return
      const message = JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString()) as {id?: number; result?: unknown; method?: string}
      buffer = buffer.subarray(headerEnd + 4 + length)
      if (message.id !== undefined && message.method === undefined) waiting.get(message.id)?.(message.result)
    }
  })
  const send = (message: object) => {
    const body = JSON.stringify({jsonrpc: '2.0', ...message})
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
  }
  const request = (id: number, method: string, params?: object) =>
    new Promise<unknown>((resolve) => {
      waiting.set(id, resolve)
      send({id, method, ...(params ? {params} : {})})
    })

  const initialized = (await request(1, 'initialize', {processId: null, rootUri: null, capabilities: {}})) as {capabilities: Record<string, unknown>}
  expect(initialized.capabilities).toMatchObject({hoverProvider: true, codeActionProvider: expect.anything()})
  send({method: 'initialized', params: {}})
  await request(2, 'shutdown')
  send({method: 'exit'})
  expect(await exited, stderr).toBe(0)
}
