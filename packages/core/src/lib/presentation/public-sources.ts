/**
 * A dictionary entry's sources as readers see them: the public source's name and its link.
 * The titles in sources.yml are written for the dictionary editors and carry their notes on
 * provenance (how an entry was found, the source's short id); a reader needs only what to look up.
 */

export interface SourceReference {
  id: string
  title?: string
  url?: string
}

export interface PublicSource {
  name: string
  url?: string
}

/** Titles that describe the editors' own work, not a source a reader could look up. */
const editorsOwn = [/^Written for Plainspeak\b/i, /\bweaker provenance\b/i]

/** Editors' notes at the end of a title: how the list reached them, and the source's own id. */
const editorsNotes = (source: SourceReference): RegExp[] => [/,\s*as reported by the press$/i, new RegExp(`\\s*\\(${source.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`)]

/** The sources a reader can look up, each once, by its public name (and link, when it has one). */
export function publicSources(sources: readonly SourceReference[]): PublicSource[] {
  const out: PublicSource[] = []
  for (const source of sources) {
    if (typeof source?.title !== 'string' || editorsOwn.some((pattern) => pattern.test(source.title!))) continue
    let name = source.title.trim()
    for (let trimmed = true; trimmed; ) {
      const before = name
      for (const note of editorsNotes(source)) name = name.replace(note, '').trim()
      trimmed = name !== before
    }
    if (name === '' || out.some((known) => known.name === name)) continue
    out.push({name, ...(typeof source.url === 'string' ? {url: source.url} : {})})
  }
  return out
}
