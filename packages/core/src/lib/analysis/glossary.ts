import type {AcronymRow} from './stats.js'
import {escapeHtml} from '../text/escape-html.js'

/** One line of a glossary: what an acronym stands for, and where that came from. */
export interface GlossaryEntry {
  acronym: string
  meaning: string
  /** `text`: spelled out in the document or its glossary; `dictionary`: from the word lists. */
  origin: 'text' | 'dictionary'
  uses: number
}

export type GlossaryFormat = 'markdown' | 'csv' | 'html' | 'text'
export const glossaryFormats: readonly GlossaryFormat[] = ['markdown', 'csv', 'html', 'text']

/**
 * The glossary of a document: every acronym it uses whose meaning is known, in
 * alphabetical order, with the meaning from the text first, then the dictionary
 * (the meanings that fit the document, when there are several). An acronym
 * nobody spells out gets no row: a placeholder pasted into a paper would only
 * hide the gap (see `acronymsWithoutMeaning`). Used by the CLI, the language
 * server and the Word add-in alike.
 */
export function glossaryEntries(acronyms: readonly AcronymRow[]): GlossaryEntry[] {
  return [...acronyms]
    .sort((a, b) => a.acronym.localeCompare(b.acronym))
    .flatMap((row): GlossaryEntry[] => {
      if (row.definedAt !== null && row.expansion) {
        return [{acronym: row.acronym, meaning: sentenceCase(singular(row.expansion, row.meanings)), origin: 'text', uses: row.count}]
      }
      const meanings = row.meanings.length > 0 ? row.meanings : row.expansion ? [row.expansion] : []
      if (meanings.length === 0) return []
      const meaning = meanings.length === 1 ? sentenceCase(meanings[0]!) : `One of: ${meanings.map(sentenceCase).join('; ')}`
      return [{acronym: row.acronym, meaning, origin: 'dictionary', uses: row.count}]
    })
}

/** The acronyms a glossary cannot explain, because neither the text nor the dictionary says what they mean: for the writer to spell out. */
export function acronymsWithoutMeaning(acronyms: readonly AcronymRow[]): string[] {
  return acronyms
    .filter((row) => !(row.definedAt !== null && row.expansion) && row.meanings.length === 0 && !row.expansion)
    .map((row) => row.acronym)
    .sort((a, b) => a.localeCompare(b))
}

/**
 * A text that defines the plural ("integrated care boards (ICBs)") is listed
 * in the singular, as the dictionary has it: "ICB: Integrated care board".
 */
function singular(expansion: string, meanings: readonly string[]): string {
  const lower = expansion.toLowerCase()
  return meanings.some((meaning) => `${meaning.toLowerCase()}s` === lower) ? expansion.slice(0, -1) : expansion
}

/** Glossary entries start with a capital, whatever case the text used. */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const markdownCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

/** RFC 4180 cells; a cell starting with = + - @ is quoted and prefixed so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe
}

const renderers: Record<GlossaryFormat, (entries: readonly GlossaryEntry[], heading?: string) => string> = {
  markdown: (entries, heading) =>
    [...(heading ? [`## ${heading}`, ''] : []), '| Acronym | Meaning |', '| --- | --- |', ...entries.map((entry) => `| ${markdownCell(entry.acronym)} | ${markdownCell(entry.meaning)} |`), ''].join('\n'),
  csv: (entries) =>
    [['Acronym', 'Meaning', 'Source', 'Uses'], ...entries.map((entry) => [entry.acronym, entry.meaning, entry.origin, String(entry.uses)])]
      .map((cells) => cells.map(csvCell).join(','))
      .join('\r\n') + '\r\n',
  html: (entries, heading) =>
    [...(heading ? [`<h2>${escapeHtml(heading)}</h2>`] : []), '<dl>', ...entries.map((entry) => `  <dt><abbr>${escapeHtml(entry.acronym)}</abbr></dt><dd>${escapeHtml(entry.meaning)}</dd>`), '</dl>', ''].join('\n'),
  text: (entries, heading) => [...(heading ? [heading, ''] : []), ...entries.map((entry) => `${entry.acronym}: ${entry.meaning}`), ''].join('\n')
}

/** A glossary as Markdown (a table), CSV, HTML (a definition list) or plain lines, with an optional heading. */
export function renderGlossary(entries: readonly GlossaryEntry[], format: GlossaryFormat, options: {heading?: string} = {}): string {
  return renderers[format](entries, options.heading)
}
