/**
 * Local dictionaries compiled into core's `dictionaries` layers: each file or folder is its own
 * layer over the built-in dictionary and the ones named before it, so a later file can change
 * or switch off an earlier file's entry. Compiled layers are kept until `clear()`.
 */
import path from 'node:path'
import {layerDictionaries, type CompiledDictionary, type Problem} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {compileDictionaryFiles} from '@plainspeak/dictionary/node'

/**
 * A dictionary file or folder to compile: a path a person named (a flag, an editor setting),
 * read from anywhere, or one a config file named, read only inside `within` (real paths).
 */
export type DictionaryPath = string | {path: string; within: readonly string[]}

const pathOf = (item: DictionaryPath) => (typeof item === 'string' ? item : item.path)
const keyOf = (item: DictionaryPath) => (typeof item === 'string' ? item : `${item.path}\u0001${item.within.join('\u0001')}`)

export interface CompiledLayers {
  /** One compiled dictionary per path, lowest first. Entries with errors are left out. */
  layers: CompiledDictionary[]
  /** Problems that left an entry or a file out, with an absolute `file`. */
  errors: Problem[]
  /** Problems worth fixing that left nothing out, with an absolute `file`. */
  warnings: Problem[]
  /** Identifies this compilation; changes when the files are read again after `clear()`. */
  key: string
}

interface Layer {
  dictionary: CompiledDictionary
  problems: Problem[]
}

export class DictionaryLayers {
  /** By the paths up to and including the layer's own: a layer depends on the ones below it. */
  private readonly cache = new Map<string, Promise<Layer>>()
  /** Every path compiled since the last `clear()`. */
  private readonly paths = new Set<string>()
  private generation = 0

  /** Compiles `paths` (absolute files or folders), lowest layer first. */
  async compile(paths: readonly DictionaryPath[]): Promise<CompiledLayers> {
    const generation = this.generation
    const layers: Layer[] = []
    const keys = paths.map(keyOf)
    for (let index = 0; index < paths.length; index++) {
      layers.push(await this.layer(`${generation}\0${keys.slice(0, index + 1).join('\0')}`, paths[index]!, layers))
    }
    const problems = layers.flatMap((layer) => layer.problems)
    return {
      layers: layers.map((layer) => layer.dictionary),
      errors: problems.filter((problem) => problem.severity === 'error'),
      warnings: problems.filter((problem) => problem.severity !== 'error'),
      key: `${generation}:${keys.join('\0')}`
    }
  }

  /** Whether a changed file is one of the dictionaries, or inside a dictionary folder. */
  isDictionaryFile(file: string): boolean {
    for (const item of this.paths) {
      const relative = path.relative(item, file)
      if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) return true
    }
    return false
  }

  /** Forget every compiled layer: a dictionary file changed. */
  clear(): void {
    this.cache.clear()
    this.paths.clear()
    this.generation++
  }

  private layer(key: string, item: DictionaryPath, below: readonly Layer[]): Promise<Layer> {
    let layer = this.cache.get(key)
    if (!layer) {
      this.paths.add(pathOf(item))
      layer = compileLayer(item, below)
      this.cache.set(key, layer)
    }
    return layer
  }
}

async function compileLayer(item: DictionaryPath, below: readonly Layer[]): Promise<Layer> {
  const base = layerDictionaries(builtin as CompiledDictionary, ...below.map((layer) => layer.dictionary))
  const compiled = await compileDictionaryFiles([pathOf(item)], typeof item === 'string' ? {base} : {base, within: item.within})
  // The loader names files relative to the working folder; front ends show them their own way.
  const problems = compiled.problems.map((problem) => ({...problem, file: path.resolve(problem.file)}))
  return {dictionary: compiled.dictionary, problems}
}
