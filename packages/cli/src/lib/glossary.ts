/**
 * `plainspeak glossary`: the acronyms a document uses, with what they stand for, as a Markdown
 * table or CSV ready for a board paper's appendix. Meanings come from the text (or its glossary)
 * first, then the dictionary; an acronym with several dictionary meanings lists them all.
 */
import type {AcronymRow} from '@plainspeak/core'

export type GlossaryFormat = 'markdown' | 'csv'
export const glossaryFormats: readonly GlossaryFormat[] = ['markdown', 'csv']

export interface GlossaryRow {
  acronym: string
  meaning: string
  /** `text` (spelled out in the document), `dictionary`, or `unknown`. */
  source: 'text' | 'dictionary' | 'unknown'
  uses: number
}

export const unknownMeaning = 'Not known: please spell this out'

export function glossaryRows(acronyms: readonly AcronymRow[]): GlossaryRow[] {
  return acronyms.map((row) => {
    if (row.definedAt !== null && row.expansion) {
      return {acronym: row.acronym, meaning: sentenceCase(singular(row.expansion, row.meanings)), source: 'text', uses: row.count}
    }
    const meanings = row.meanings.length > 0 ? row.meanings : row.expansion ? [row.expansion] : []
    if (meanings.length === 0) return {acronym: row.acronym, meaning: unknownMeaning, source: 'unknown', uses: row.count}
    const meaning = meanings.length === 1 ? sentenceCase(meanings[0]!) : `One of: ${meanings.map(sentenceCase).join('; ')}`
    return {acronym: row.acronym, meaning, source: 'dictionary', uses: row.count}
  })
}

/**
 * A text that defines the plural ("integrated care boards (ICBs)") lists the acronym in the
 * singular, as the dictionary has it: "ICB: Integrated care board".
 */
function singular(expansion: string, meanings: readonly string[]): string {
  const lower = expansion.toLowerCase()
  return meanings.some((meaning) => `${meaning.toLowerCase()}s` === lower) ? expansion.slice(0, -1) : expansion
}

/** Glossary entries start with a capital, whatever case the text used ("integrated care board" → "Integrated care board"). */
function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

const markdownCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

export const glossaryRenderers: Record<GlossaryFormat, (rows: readonly GlossaryRow[]) => string> = {
  markdown(rows) {
    if (rows.length === 0) return 'No acronyms found.\n'
    const lines = ['| Acronym | Meaning |', '| --- | --- |', ...rows.map((row) => `| ${markdownCell(row.acronym)} | ${markdownCell(row.meaning)} |`)]
    return lines.join('\n') + '\n'
  },
  csv(rows) {
    const lines = [['Acronym', 'Meaning', 'Source', 'Uses'], ...rows.map((row) => [row.acronym, row.meaning, row.source, String(row.uses)])]
    return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n'
  }
}

/** RFC 4180: quote cells with commas, quotes or line breaks; double the quotes. Cells starting with = + - @ are quoted too (spreadsheet formula injection). */
function csvCell(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe
}
