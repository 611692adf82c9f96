/**
 * A folder that offline-registry.mjs serves as an npm registry, made without the network:
 * Plainspeak's packed tarballs, and every package they (and the READMEs' examples) need, packed
 * from the copies pnpm already installed in this workspace (`node_modules/.pnpm`). Each package
 * gets a packument (`NAME/packument.json`, tarball addresses filled in when served) and its
 * tarball (`-/FILE.tgz`), with an integrity hash npm checks.
 */
import {execFileSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, readFileSync, realpathSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

interface Manifest {
  name: string
  version: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, {optional?: boolean}>
  [key: string]: unknown
}

const readManifest = (dir: string) => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest

/** Node's lookup: `node_modules/NAME` in this folder or the nearest parent that has it. */
function resolvePackage(fromDir: string, name: string): string | undefined {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name)
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate)
    if (path.dirname(dir) === dir) return undefined
  }
}

/**
 * Every third-party package needed by these workspace packages and these extra packages
 * (resolved from the workspace root), with everything they depend on.
 */
export function dependencyClosure(workspaceDirs: readonly string[], extraNames: readonly string[], root: string, ownNames: ReadonlySet<string>): Map<string, Manifest> {
  const found = new Map<string, Manifest>()
  const visit = (dir: string, manifest: Manifest) => {
    const wanted = {...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies}
    for (const name of Object.keys(wanted)) {
      if (ownNames.has(name)) continue
      const resolved = resolvePackage(dir, name)
      if (resolved === undefined) {
        const optional = name in (manifest.optionalDependencies ?? {}) || manifest.peerDependenciesMeta?.[name]?.optional
        if (optional) continue
        throw new Error(`${manifest.name} needs ${name}, which is not installed in this workspace: run pnpm install`)
      }
      if (found.has(resolved)) continue
      const dependency = readManifest(resolved)
      found.set(resolved, dependency)
      visit(resolved, dependency)
    }
  }
  for (const dir of workspaceDirs) visit(dir, readManifest(dir))
  visit(root, {name: 'examples', version: '0.0.0', dependencies: Object.fromEntries(extraNames.map((name) => [name, '*']))})
  return found
}

/**
 * A package folder as an npm tarball (`package/…`), without any `node_modules` inside it. pnpm's
 * store hard-links identical files, and npm does not extract hard-link entries: store each file whole.
 */
function packFolder(dir: string): Buffer {
  return execFileSync('tar', ['-czf', '-', '-C', dir, '--exclude=./node_modules', '--hard-dereference', '--owner=0', '--group=0', '--transform=s,^\\.,package,', '.'], {maxBuffer: 256 * 1024 * 1024})
}

export async function writeRegistry(registryDir: string, tarballs: ReadonlyArray<{manifest: Manifest; bytes: Buffer}>): Promise<void> {
  const byName = new Map<string, Record<string, unknown>>()
  await mkdir(path.join(registryDir, '-'), {recursive: true})
  for (const {manifest, bytes} of tarballs) {
    const file = `${manifest.name.replace('/', '-')}-${manifest.version}.tgz`
    await writeFile(path.join(registryDir, '-', file), bytes)
    const versions = byName.get(manifest.name) ?? {}
    versions[manifest.version] = {
      ...manifest,
      _id: `${manifest.name}@${manifest.version}`,
      dist: {
        tarball: `@@REGISTRY@@/-/${file}`,
        integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
        shasum: createHash('sha1').update(bytes).digest('hex')
      }
    }
    byName.set(manifest.name, versions)
  }
  for (const [name, versions] of byName) {
    const latest = Object.keys(versions).sort(compareVersions).at(-1)!
    await mkdir(path.join(registryDir, name), {recursive: true})
    await writeFile(path.join(registryDir, name, 'packument.json'), JSON.stringify({name, 'dist-tags': {latest}, versions}))
  }
}

/** Third-party packages packed from their installed copies. */
export function packInstalled(closure: Map<string, Manifest>): Array<{manifest: Manifest; bytes: Buffer}> {
  return [...closure].map(([dir, manifest]) => ({manifest, bytes: packFolder(dir)}))
}

/** The package.json inside a packed tarball (pnpm pack rewrites `workspace:*`). */
export async function tarballManifest(file: string): Promise<Manifest> {
  return JSON.parse(execFileSync('tar', ['-xzOf', file, 'package/package.json'], {encoding: 'utf8'})) as Manifest
}


function compareVersions(a: string, b: string): number {
  const parts = (version: string) => version.split(/[.+-]/).map((part) => (/^\d+$/.test(part) ? Number(part) : part))
  const [x, y] = [parts(a), parts(b)]
  for (let index = 0; index < Math.max(x.length, y.length); index++) {
    const [p, q] = [x[index], y[index]]
    if (p === q) continue
    if (p === undefined) return 1
    if (q === undefined) return -1
    if (typeof p === 'number' && typeof q === 'number') return p - q
    return String(p) < String(q) ? -1 : 1
  }
  return 0
}
