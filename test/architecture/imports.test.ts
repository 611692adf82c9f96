/**
 * The floors of ARCHITECTURE.md, held: a package imports only packages on floors below its
 * own, and no module imports itself back through a circle (type-only imports included).
 * `pnpm circles` prints the circles themselves.
 */
import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import madge from 'madge'
import {expect, it} from 'vitest'
import {repoRoot} from '../cli/helpers.js'

/** Each workspace package's floor: it may import packages on lower floors only. */
const floors: Record<string, number> = {
  '@plainspeak/base': 0,
  '@plainspeak/dictionary': 1,
  '@plainspeak/core': 2,
  '@plainspeak/config': 3,
  '@plainspeak/review': 3,
  'remark-plainspeak': 3,
  '@plainspeak/cli': 4,
  '@plainspeak/language-server': 4,
  'plainspeak-vscode': 5,
  'plainspeak-word': 5
}

const packageDirs = ['packages', 'extensions'].flatMap((folder) =>
  readdirSync(path.join(repoRoot, folder), {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(folder, entry.name))
)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

it('gives every workspace package a floor', () => {
  const names = packageDirs.map((dir) => (JSON.parse(readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8')) as {name: string}).name)
  expect(names.sort()).toEqual(Object.keys(floors).sort())
})

it('lets each package import only packages on lower floors', () => {
  const upward: string[] = []
  for (const dir of packageDirs) {
    const manifest = JSON.parse(readFileSync(path.join(repoRoot, dir, 'package.json'), 'utf8')) as {name: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>}
    const own = floors[manifest.name]!
    for (const dependency of Object.keys({...manifest.dependencies, ...manifest.devDependencies})) {
      if (dependency in floors && floors[dependency]! >= own) upward.push(`${manifest.name} depends on ${dependency}`)
    }
    for (const file of sourceFiles(path.join(repoRoot, dir, 'src'))) {
      for (const [, name] of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*'((?:@plainspeak\/[\w-]+)|remark-plainspeak|plainspeak-[\w-]+)(?:\/[^']*)?'/g)) {
        if (name !== manifest.name && floors[name!]! >= own) upward.push(`${path.relative(repoRoot, file)} imports ${name}`)
      }
    }
  }
  expect(upward).toEqual([])
})

it('has no import circles in any package, type-only imports included', async () => {
  const sources = packageDirs.map((dir) => path.join(repoRoot, dir, 'src'))
  const graph = await madge(sources, {fileExtensions: ['ts'], detectiveOptions: {ts: {skipTypeImports: false}}})
  expect(graph.circular()).toEqual([])
  // The graph is real: core's entry reaches its checker.
  expect(Object.keys(graph.obj()).length).toBeGreaterThan(150)
}, 120_000)
