/**
 * A glossary of a document's acronyms, from `stats.acronyms`, written in the document's format.
 * The CLI and the Word add-in make glossaries too: this belongs in core (see the README).
 */
import type {AcronymRow, Format} from '@plainspeak/core'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const escapeCell = (text: string) => text.replace(/\|/g, '\\|')

const renderers: Record<Format, (rows: ReadonlyArray<{acronym: string; expansion: string}>) => string> = {
  markdown: (rows) =>
    ['## Glossary', '', '| Abbreviation | Meaning |', '| --- | --- |', ...rows.map((row) => `| ${escapeCell(row.acronym)} | ${escapeCell(row.expansion)} |`), ''].join('\n'),
  html: (rows) =>
    ['<h2>Glossary</h2>', '<dl>', ...rows.map((row) => `  <dt><abbr>${escapeHtml(row.acronym)}</abbr></dt><dd>${escapeHtml(row.expansion)}</dd>`), '</dl>', ''].join('\n'),
  text: (rows) => ['Glossary', '', ...rows.map((row) => `${row.acronym}: ${row.expansion}`), ''].join('\n')
}

/** Acronyms with a known meaning, in alphabetical order; well-known ones too, since readers may still want them. */
export function renderGlossary(acronyms: readonly AcronymRow[], format: Format): {text: string; acronyms: number} {
  const rows = acronyms
    .filter((row): row is AcronymRow & {expansion: string} => typeof row.expansion === 'string' && row.expansion !== '')
    .map((row) => ({acronym: row.acronym, expansion: row.expansion}))
    .sort((a, b) => a.acronym.localeCompare(b.acronym))
  return rows.length === 0 ? {text: '', acronyms: 0} : {text: renderers[format](rows), acronyms: rows.length}
}
