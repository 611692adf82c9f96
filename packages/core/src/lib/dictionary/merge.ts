/**
 * The engine's dictionary: the layers of its options stacked by `layerDictionaries`, the one
 * function that stacks dictionary layers everywhere (the CLI, the language server and the Word
 * add-in validate each layer against the same stack), so a layer is applied exactly as it was
 * judged: terms keyed by `termKey` (case, curly apostrophes, runs of spaces), well-known lists
 * cumulative (board readers also know the public list), a switched-off term keeping its data.
 */
import {emptyDictionary, layerDictionaries, type CompiledDictionary} from '@plainspeak/dictionary'

/** A dictionary layer: any part of a compiled dictionary. */
export type DictionaryLayer = Partial<CompiledDictionary>

/** Stacks layers, lowest first (built-in, then organisation, project and document). */
export function mergeDictionaries(layers: readonly DictionaryLayer[]): CompiledDictionary {
  return layerDictionaries(emptyDictionary(), ...layers.map(completeLayer))
}

function completeLayer(layer: DictionaryLayer): CompiledDictionary {
  const empty = emptyDictionary()
  return {...empty, ...layer, wellKnown: {...empty.wellKnown, ...layer.wellKnown}}
}
