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

/** The end of a title that is the editors' note, not the source's name: how the list reached them, and the source's own id. */
function publicName(source: SourceReference & {title: string}): string {
  let name = source.title.trim().replace(/,\s*as reported by the press$/i, '')
  if (name.endsWith(`(${source.id})`)) name = name.slice(0, -`(${source.id})`.length)
  return name.trim()
}

/** The sources a reader can look up, each once, by its public name (and link, when it has one). */
export function publicSources(sources: readonly SourceReference[]): PublicSource[] {
  const out: PublicSource[] = []
  for (const source of sources) {
    if (typeof source?.title !== 'string' || editorsOwn.some((pattern) => pattern.test(source.title!))) continue
    const name = publicName(source as SourceReference & {title: string})
    if (name === '' || out.some((known) => known.name === name)) continue
    out.push({name, ...(typeof source.url === 'string' ? {url: source.url} : {})})
  }
  return out
}
