/**
 * Local dictionaries (YAML), compiled once per set of paths and kept until a watched file changes.
 * Layers as the design says: built-in → organisation (editor setting) → project (`.plainspeakrc`).
 */
import path from 'node:path'
import {mergeDictionaries} from '@plainspeak/core'
import type {CompiledDictionary, Problem} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {compileDictionaryFiles} from '@plainspeak/dictionary/node'

export interface DictionaryLayer {
  /** Identifies the compiled data; changes when the files are read again. */
  key: string
  dictionary: CompiledDictionary
  /** Problems with an absolute `file`. Entries with errors are left out of `dictionary`. */
  problems: Problem[]
}

export class DictionaryCache {
  private readonly layers = new Map<string, Promise<DictionaryLayer>>()
  /** Every file or folder a layer was read from, to decide whether a file change matters. */
  private readonly watched = new Set<string>()
  private generation = 0

  /** Compiles `paths` (absolute) as one layer over `base` (the layers below, already loaded). */
  load(paths: readonly string[], below: readonly DictionaryLayer[]): Promise<DictionaryLayer> {
    const key = `${this.generation}:${below.map((layer) => layer.key).join('+')}:${paths.join('\0')}`
    let layer = this.layers.get(key)
    if (!layer) {
      for (const item of paths) this.watched.add(item)
      layer = this.compile(key, paths, below)
      this.layers.set(key, layer)
    }
    return layer
  }

  /** Whether a changed file is one of the dictionaries (or inside a dictionary folder). */
  isDictionaryFile(file: string): boolean {
    for (const item of this.watched) {
      if (file === item) return true
      const relative = path.relative(item, file)
      if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return true
    }
    return false
  }

  clear(): void {
    this.layers.clear()
    this.watched.clear()
    this.generation++
  }

  private async compile(key: string, paths: readonly string[], below: readonly DictionaryLayer[]): Promise<DictionaryLayer> {
    const base = mergeDictionaries([builtin as CompiledDictionary, ...below.map((layer) => layer.dictionary)])
    const compiled = await compileDictionaryFiles(paths, {base})
    // The loader names files relative to the working directory; editors want absolute paths.
    const problems = compiled.problems.map((problem) => ({...problem, file: path.resolve(process.cwd(), problem.file)}))
    return {key, dictionary: compiled.dictionary, problems}
  }
}
