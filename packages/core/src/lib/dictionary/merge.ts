import type {AcronymEntry, CodeEntry, CompiledDictionary, SimplerWordEntry, TermEntry} from '@plainspeak/dictionary'

/** A dictionary layer: any part of a compiled dictionary. */
export type DictionaryLayer = Partial<CompiledDictionary>

/**
 * Layers dictionaries: built-in, then organisation, project and document.
 * A later entry with the same term (or acronym) replaces the earlier one;
 * `severity: off` switches a term off.
 */
export function mergeDictionaries(layers: readonly DictionaryLayer[]): CompiledDictionary {
  const terms = new Map<string, TermEntry>()
  const acronyms = new Map<string, AcronymEntry>()
  const codes = new Map<string, CodeEntry>()
  const simplerWords = new Map<string, SimplerWordEntry>()
  const merged: CompiledDictionary = {terms: [], acronyms: [], codes: [], wellKnown: {public: [], board: [], staff: []}, sources: {}}
  for (const layer of layers) {
    for (const entry of layer.terms ?? []) {
      const key = entry.term.toLowerCase()
      const previous = terms.get(key)
      // Switching an entry off keeps the earlier layer's data (and its source) for reports.
      terms.set(key, previous && entry.severity === 'off' ? {...previous, severity: 'off'} : entry)
    }
    for (const entry of layer.acronyms ?? []) acronyms.set(entry.acronym, entry)
    for (const entry of layer.codes ?? []) codes.set(entry.code, entry)
    // A later layer's review of a pattern replaces the earlier one (e.g. switches it off).
    for (const entry of layer.simplerWords ?? []) simplerWords.set(entry.pattern, entry)
    for (const audience of ['public', 'board', 'staff'] as const) {
      merged.wellKnown[audience].push(...(layer.wellKnown?.[audience] ?? []))
    }
    Object.assign(merged.sources, layer.sources)
  }
  merged.terms = [...terms.values()]
  merged.acronyms = [...acronyms.values()]
  merged.codes = [...codes.values()]
  merged.simplerWords = [...simplerWords.values()]
  return merged
}
