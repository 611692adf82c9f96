/**
 * Both manifests, checked offline: the unified JSON manifest against its JSON
 * schema (shipped in @microsoft/app-manifest), the XML manifest by converting
 * it with office-addin-manifest-converter and comparing what it describes;
 * then the build's copies and app package.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import ajvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import {convert} from 'office-addin-manifest-converter'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const require = createRequire(import.meta.url)
// CommonJS packages: their `default` is the export under NodeNext.
const Ajv04 = ajvDraft04.default
const addFormats = ajvFormats.default
const root = fileURLToPath(new URL('..', import.meta.url))

interface Manifest {
  manifestVersion: string
  id: string
  version: string
  name: {short: string}
  icons: {color: string; outline: string}
  validDomains: string[]
  extensions: Array<{
    requirements: {scopes: string[]; capabilities: Array<{name: string; minVersion: string}>}
    runtimes: Array<{id: string; code: {page: string}; actions: Array<{id: string; type: string}>}>
    ribbons: Array<{tabs: Array<{groups: Array<{controls: Array<{id: string; actionId: string; icons: Array<{url: string}>}>}>}>}>
  }>
}

async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T
}

async function schemaValidator(version: string) {
  const schema = await readJson<object>(require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`))
  const ajv = new Ajv04({allErrors: true, strict: false})
  addFormats(ajv)
  return ajv.compile(schema)
}

const controls = (manifest: Manifest) => manifest.extensions.flatMap((extension) => extension.ribbons.flatMap((ribbon) => ribbon.tabs.flatMap((tab) => tab.groups.flatMap((group) => group.controls))))

describe('manifest.json (unified manifest)', () => {
  it('is valid against the JSON schema of its manifest version', async () => {
    const manifest = await readJson<Manifest>(join(root, 'manifest.json'))
    const validate = await schemaValidator(manifest.manifestVersion)
    const valid = validate(manifest)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
  })

  it('fails validation when a required part is missing (the check is real)', async () => {
    const manifest = await readJson<Manifest>(join(root, 'manifest.json'))
    const validate = await schemaValidator(manifest.manifestVersion)
    const broken = structuredClone(manifest) as unknown as {extensions: Array<{runtimes: Array<{code?: unknown}>}>}
    delete broken.extensions[0]!.runtimes[0]!.code
    expect(validate(broken)).toBe(false)
  })

  it('opens the task pane from a Home-tab button and needs WordApi 1.3 in documents', async () => {
    const manifest = await readJson<Manifest>(join(root, 'manifest.json'))
    const [extension] = manifest.extensions
    expect(extension!.requirements).toEqual({scopes: ['document'], capabilities: [{name: 'WordApi', minVersion: '1.3'}]})
    const actions = extension!.runtimes.flatMap((runtime) => runtime.actions)
    for (const control of controls(manifest)) expect(actions.map((action) => action.id)).toContain(control.actionId)
    expect(extension!.runtimes[0]!.code.page).toBe('https://localhost:3000/taskpane.html')
  })
})

describe('manifest.xml (add-in only manifest)', () => {
  let converted: Manifest
  let folder: string

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'plainspeak-manifest-'))
    await convert(join(root, 'manifest.xml'), folder, false, undefined, undefined, false)
    converted = await readJson<Manifest>(join(folder, 'manifest.json'))
  })
  afterAll(() => rm(folder, {recursive: true, force: true}))

  it('converts offline and describes the same add-in as manifest.json', async () => {
    const manifest = await readJson<Manifest>(join(root, 'manifest.json'))
    expect(converted.id).toBe(manifest.id)
    expect(converted.version).toBe(manifest.version)
    expect(converted.name.short).toBe(manifest.name.short)
    expect(converted.extensions[0]!.requirements).toEqual(manifest.extensions[0]!.requirements)
    expect(converted.extensions[0]!.runtimes.map((runtime) => runtime.code.page)).toEqual(manifest.extensions[0]!.runtimes.map((runtime) => runtime.code.page))
    expect(controls(converted).map((control) => control.icons.map((icon) => icon.url))).toEqual(controls(manifest).map((control) => control.icons.map((icon) => icon.url)))
  })
})

describe('the build', () => {
  let dist: string

  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'plainspeak-word-build-'))
    await promisify(execFile)(process.execPath, [join(root, 'scripts', 'build.js')], {
      env: {...process.env, PLAINSPEAK_WORD_OUT: dist, PLAINSPEAK_WORD_URL: 'https://addins.example.gov.uk/plainspeak/', PLAINSPEAK_DOCS_URL: 'https://intranet.example.gov.uk/plain-english/rules.html'}
    })
  }, 120_000)
  afterAll(() => rm(dist, {recursive: true, force: true}))

  it('writes the pane, its assets and manifests pointing at the hosted URL', async () => {
    for (const file of ['taskpane.html', 'taskpane.js', 'taskpane.css', 'tokens.css', 'help.html', 'manifest.xml', 'manifest.json', 'plainspeak-word.zip']) {
      expect((await stat(join(dist, file))).size, file).toBeGreaterThan(0)
    }
    const manifest = await readJson<Manifest>(join(dist, 'manifest.json'))
    const xml = await readFile(join(dist, 'manifest.xml'), 'utf8')
    expect(manifest.extensions[0]!.runtimes[0]!.code.page).toBe('https://addins.example.gov.uk/plainspeak/taskpane.html')
    expect(xml).toContain('<SourceLocation DefaultValue="https://addins.example.gov.uk/plainspeak/taskpane.html"/>')
    expect(xml).not.toContain('localhost')
    // Every icon either manifest names is in the build.
    const iconUrls = [...xml.matchAll(/DefaultValue="([^"]+\.png)"/g)].map((match) => match[1]!)
    for (const url of [...iconUrls, ...controls(manifest).flatMap((control) => control.icons.map((icon) => icon.url))]) {
      const file = url.replace('https://addins.example.gov.uk/plainspeak/', '')
      expect((await stat(join(dist, file))).size, file).toBeGreaterThan(0)
    }
    for (const icon of Object.values(manifest.icons)) expect((await stat(join(dist, icon))).size).toBeGreaterThan(0)
    const validate = await schemaValidator(manifest.manifestVersion)
    expect(validate(manifest)).toBe(true)
  })

  it('ships the rule docs in the help page, and links to the organisation’s copy when PLAINSPEAK_DOCS_URL is set', async () => {
    const help = await readFile(join(dist, 'help.html'), 'utf8')
    expect(help).toMatch(/<section class="panel rules" id="rules">\s*<h2>Plainspeak rules<\/h2>/)
    expect(help).toContain('<h3 id="jargon">jargon</h3>')
    expect(help).not.toMatch(/https?:\/\//)
    const bundle = await readFile(join(dist, 'taskpane.js'), 'utf8')
    expect(bundle).toContain('"https://intranet.example.gov.uk/plain-english/rules.html"')
    expect(bundle).not.toContain('github.com/plainspeak')
  })

  it('packages manifest.json with its two icons for the unified manifest', async () => {
    const archive = await readFile(join(dist, 'plainspeak-word.zip'))
    const names: string[] = []
    for (let offset = 0; archive.readUInt32LE(offset) === 0x04034b50; ) {
      const size = archive.readUInt32LE(offset + 18)
      const nameLength = archive.readUInt16LE(offset + 26)
      names.push(archive.toString('utf8', offset + 30, offset + 30 + nameLength))
      offset += 30 + nameLength + size
    }
    expect(names).toEqual(['manifest.json', 'assets/color.png', 'assets/outline.png'])
  })

  it('loads nothing from outside but Office.js, under a strict Content-Security-Policy', async () => {
    const html = await readFile(join(dist, 'taskpane.html'), 'utf8')
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;")
    expect(csp).toContain("connect-src 'none'")
    expect(csp).toContain("object-src 'none'")
    expect(csp).not.toContain('unsafe-eval')
    const outside = [...html.matchAll(/(?:src|href)="(https?:[^"]+)"/g)].map((match) => match[1])
    expect(outside).toEqual(['https://appsforoffice.microsoft.com/lib/1/hosted/office.js'])
    const bundle = await readFile(join(dist, 'taskpane.js'), 'utf8')
    expect(bundle).not.toMatch(/\bnew Function\(|\beval\(/)
  })
})
