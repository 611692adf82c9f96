/**
 * The reviewers' view of the data: Markdown tables of every entry, generated into
 * dictionaries/README.md between two markers, and checked for staleness in CI.
 */
import {termKey} from './text-keys.js'
import {cumulativeAudiences} from './well-known-lists.js'
import {audiences} from '@plainspeak/base'
import type {AcronymEntry, CodeEntry, CompiledDictionary, SimplerWordEntry, TermEntry} from './types.js'

export const tableStartMarker = '<!-- generated:table:start -->'
export const tableEndMarker = '<!-- generated:table:end -->'

/** The command that regenerates the table; stale-table messages tell people to run it. */
export const regenerateTableCommand = 'pnpm --filter @plainspeak/dictionary run table'

export function renderDictionaryTables(dictionary: CompiledDictionary): string {
  const sections = [
    `<!-- Generated from the YAML files by \`${regenerateTableCommand}\`: do not edit by hand. -->`,
    summary(dictionary),
    ...groupByFile(dictionary.terms).map(([file, entries]) => termTable(file, entries)),
    ...groupByFile(dictionary.acronyms).map(([file, entries]) => acronymTable(file, entries)),
    ...groupByFile(dictionary.codes ?? []).map(([file, entries]) => codeTable(file, entries)),
    simplerWordsTable(dictionary.simplerWords ?? []),
    wellKnownTable(dictionary),
    sourcesTable(dictionary)
  ]
  return sections.filter((section) => section !== '').join('\n\n')
}

export type ReplaceResult = {text: string} | {error: string}

/** The README with its generated section replaced, or why it cannot be (markers missing). */
export function replaceGeneratedSection(readme: string, generated: string): ReplaceResult {
  const start = readme.indexOf(tableStartMarker)
  const end = readme.indexOf(tableEndMarker)
  if (start === -1 || end === -1 || end < start) {
    return {error: `it has no generated table section. Add a line "${tableStartMarker}" and, below it, a line "${tableEndMarker}" where the table should go.`}
  }
  const text = readme.slice(0, start + tableStartMarker.length) + '\n\n' + generated + '\n\n' + readme.slice(end)
  return {text}
}

function summary(dictionary: CompiledDictionary): string {
  const byKind = new Map<string, number>()
  for (const entry of dictionary.terms) byKind.set(entry.kind, (byKind.get(entry.kind) ?? 0) + 1)
  const kinds = [...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ')
  const sources = Object.keys(dictionary.sources).length
  const explain = dictionary.terms.filter((entry) => entry.action === 'explain').length
  const codes = dictionary.codes?.length ? `, ${dictionary.codes.length} codes and names that are not acronyms` : ''
  return `**${dictionary.terms.length} terms** (${kinds || 'none yet'}; ${dictionary.terms.length - explain} replace, ${explain} explain), **${dictionary.acronyms.length} acronyms**${codes}, ${sources} sources.`
}

/** What an entry asks the writer to do, as the table shows it. */
function whatToDo(entry: TermEntry): string {
  if (entry.action === 'explain') return 'explain it at first use'
  const ideas = entry.ideas?.length ? `${entry.alternatives.length ? '; ' : ''}rephrase, e.g. ${entry.ideas.join(', ')}` : ''
  if (!entry.alternatives.length && !ideas) return '— (rephrase: see note)'
  return entry.alternatives.join(', ') + ideas
}

function termTable(file: string, entries: TermEntry[]): string {
  const rows = sortBy(entries, (entry) => entry.term).map((entry) => [
    entry.term,
    whatToDo(entry),
    entry.audiences ? entry.audiences.join(', ') : 'all',
    entry.severity ?? 'default',
    entry.kind,
    entry.source.join(', ')
  ])
  return `### ${file} (${entries.length} terms)\n\n` + markdownTable(['term', 'alternatives, or explain', 'audiences', 'severity', 'kind', 'source'], rows)
}

function simplerWordsTable(entries: readonly SimplerWordEntry[]): string {
  if (entries.length === 0) return ''
  const used = entries.filter((entry) => entry.off === undefined).length
  const rows = sortBy(entries, (entry) => entry.pattern).map((entry) => [
    entry.pattern,
    entry.off === undefined ? [...entry.alternatives, ...(entry.remove ? ['(or remove it)'] : [])].join(', ') : '—',
    entry.off ?? ''
  ])
  return (
    `### simpler-words.yml (${entries.length} retext-simplify patterns: ${used} used, ${entries.length - used} off)\n\n` +
    markdownTable(['pattern', 'suggests', 'off because'], rows)
  )
}

function acronymTable(file: string, entries: AcronymEntry[]): string {
  const rows = sortBy(entries, (entry) => entry.acronym).map((entry) => {
    const domains = entry.domains ?? entry.expansions.map(() => entry.domain)
    const mixed = new Set(domains).size > 1
    // With meanings in different domains, each meaning shows its own.
    const expansions = entry.expansions.map((expansion, index) => (mixed ? `${expansion} (${domains[index]})` : expansion)).join('; ')
    return [entry.acronym, expansions, mixed ? 'several' : entry.domain, entry.source.join(', ')]
  })
  return `### ${file} (${entries.length} acronyms)\n\n` + markdownTable(['acronym', 'expansions', 'domain', 'source'], rows)
}

function codeTable(file: string, entries: CodeEntry[]): string {
  const rows = sortBy(entries, (entry) => entry.code).map((entry) => [entry.code, entry.note ?? '', entry.source.join(', ')])
  return `### ${file} (${entries.length} codes and names)\n\n` + markdownTable(['code', 'what it is', 'source'], rows)
}

function wellKnownTable(dictionary: CompiledDictionary): string {
  if (audiences.every((audience) => dictionary.wellKnown[audience].length === 0)) return ''
  // The cumulative lists show what each audience adds, so no acronym is listed twice; a list that
  // stands alone (patient) shows all of itself.
  let known = new Set<string>()
  const rows = audiences.map((audience) => {
    const cumulative = cumulativeAudiences.includes(audience)
    const added = dictionary.wellKnown[audience].filter((acronym) => !cumulative || !known.has(acronym))
    if (cumulative) known = new Set(dictionary.wellKnown[audience])
    return [audience, [...added].sort().join(', ')]
  })
  return (
    '### Well-known acronyms (no definition needed)\n\nEach of public, board and staff also knows the lists above it; the patient list stands alone.\n\n' +
    markdownTable(['audience', 'adds'], rows)
  )
}

function sourcesTable(dictionary: CompiledDictionary): string {
  const sources = Object.values(dictionary.sources)
  if (sources.length === 0) return ''
  const uses = new Map<string, number>()
  for (const entry of [...dictionary.terms, ...dictionary.acronyms, ...(dictionary.codes ?? [])]) {
    for (const id of entry.source) uses.set(id, (uses.get(id) ?? 0) + 1)
  }
  const rows = sortBy(sources, (source) => source.id).map((source) => [
    source.id,
    source.url ? `[${source.title}](${source.url})` : source.title,
    source.licence,
    String(uses.get(source.id) ?? 0)
  ])
  return '### Sources\n\n' + markdownTable(['id', 'title', 'licence', 'entries'], rows, [1])
}

function groupByFile<Entry extends {origin?: {file: string}}>(entries: readonly Entry[]): [string, Entry[]][] {
  const groups = new Map<string, Entry[]>()
  for (const entry of entries) {
    const file = baseName(entry.origin?.file ?? 'unknown')
    groups.set(file, [...(groups.get(file) ?? []), entry])
  }
  return [...groups].sort(([a], [b]) => compareText(a, b))
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}

function sortBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Item[] {
  return [...items].sort((a, b) => compareText(keyOf(a), keyOf(b)))
}

/** Case-insensitive, then by code point: the same order on every machine (no locale). */
function compareText(a: string, b: string): number {
  const [keyA, keyB] = [termKey(a), termKey(b)]
  if (keyA !== keyB) return keyA < keyB ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** @param markdownColumns columns whose cells are Markdown already (links) and are not escaped. */
function markdownTable(header: string[], rows: string[][], markdownColumns: number[] = []): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [
    line(header),
    line(header.map(() => '---')),
    ...rows.map((row) => line(row.map((cell, index) => (markdownColumns.includes(index) ? cell.replace(/\|/g, '\\|') : escapeCell(cell)))))
  ].join('\n')
}

function escapeCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/[*_`]/g, '\\$&')
    .replace(/\s+/g, ' ')
}
