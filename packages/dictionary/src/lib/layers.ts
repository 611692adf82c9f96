/**
 * Layering: built-in → organisation → project → document. Each layer can add entries, change
 * one (an entry with the same term or acronym replaces the lower one whole) or switch one off
 * (`term: x` + `severity: off`). Browser-safe.
 */
import {cumulativeWellKnown} from './compile.js'
import {termKey} from './text-keys.js'
import {audiences} from '@plainspeak/base'
import type {AcronymEntry, CodeEntry, CompiledDictionary, SimplerWordEntry, TermEntry} from './types.js'

/**
 * Stack compiled layers, lowest first. A switched-off entry stays in the result with
 * `severity: 'off'` and the lower entry's data, so the engine can also keep other rules (the
 * general simpler-word list) quiet about a word the organisation has accepted.
 */
export function layerDictionaries(base: CompiledDictionary, ...layers: readonly CompiledDictionary[]): CompiledDictionary {
  return layers.reduce(addLayer, base)
}

function addLayer(lower: CompiledDictionary, upper: CompiledDictionary): CompiledDictionary {
  return {
    terms: mergeByKey(lower.terms, upper.terms, (entry) => termKey(entry.term), mergeTerm),
    acronyms: mergeByKey(lower.acronyms, upper.acronyms, (entry) => entry.acronym, (_lower: AcronymEntry, entry: AcronymEntry) => entry),
    codes: mergeByKey(lower.codes ?? [], upper.codes ?? [], (entry) => entry.code, (_lower: CodeEntry, entry: CodeEntry) => entry),
    wellKnown: cumulativeWellKnown(
      audiences.flatMap((audience) => [...lower.wellKnown[audience], ...upper.wellKnown[audience]].map((acronym) => ({acronym, audience})))
    ),
    // Keyed by source id: no inherited key ("constructor") may pass for a source.
    sources: Object.assign(Object.create(null) as CompiledDictionary['sources'], lower.sources, upper.sources),
    // A layer's review of a pattern replaces the lower one whole (e.g. switches it off).
    simplerWords: mergeByKey(lower.simplerWords ?? [], upper.simplerWords ?? [], (entry) => entry.pattern, (_lower: SimplerWordEntry, entry: SimplerWordEntry) => entry)
  }
}

function mergeTerm(lower: TermEntry, upper: TermEntry): TermEntry {
  if (upper.severity !== 'off') return upper
  return {...lower, severity: 'off', ...(upper.origin ? {origin: upper.origin} : {})}
}

/** Lower entries keep their order, changed ones in place; new entries follow. */
function mergeByKey<Entry>(lower: readonly Entry[], upper: readonly Entry[], keyOf: (entry: Entry) => string, merge: (lower: Entry, upper: Entry) => Entry): Entry[] {
  const merged = new Map<string, Entry>(lower.map((entry) => [keyOf(entry), entry]))
  for (const entry of upper) {
    const key = keyOf(entry)
    const existing = merged.get(key)
    merged.set(key, existing === undefined ? entry : merge(existing, entry))
  }
  return [...merged.values()]
}
