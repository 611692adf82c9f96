/** `plainspeak stats`: a document's reading figures and a per-section table, as text or JSON. */
import type {DocumentStats, Format} from '@plainspeak/core'

export type StatsFormat = 'text' | 'json'
export const statsFormats: readonly StatsFormat[] = ['text', 'json']

const figure = (value: number | null) => (value === null ? '–' : value.toFixed(1))

export const statsRenderers: Record<StatsFormat, (path: string, format: Format | 'docx', stats: DocumentStats) => string> = {
  json: (path, _format, stats) => JSON.stringify({path, stats}, undefined, 2) + '\n',
  text(path, format, stats) {
    const rows: Array<[string, string]> = [
      ['Reading age', stats.readingAge === null ? 'no sentences to measure' : `${figure(stats.readingAge)} (target ${stats.targetReadingAge}: ${stats.readingAge > stats.targetReadingAge ? 'above target' : 'on target'})`],
      ['Flesch reading ease', `${figure(stats.fleschReadingEase)} (0–100, higher is easier)`],
      ['Flesch–Kincaid grade', figure(stats.fleschKincaidGrade)],
      ['Words', String(stats.words)],
      ['Sentences', String(stats.sentences)],
      ['Syllables', String(stats.syllables)],
      ['Passive sentences', `${stats.passiveSentences} (${Math.round(stats.passiveShare * 100)}%)`],
      ['Long sentences', `${stats.longSentences} over ${stats.sentenceLimit} words`],
      ['Acronyms', String(stats.acronyms.length)]
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    const out = [path, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`)]
    if (stats.sections.length > 0) {
      const where = format === 'docx' ? 'Paragraph' : 'Line'
      const table = [['Section', where, 'Words', 'Sentences', 'Reading age'], ...stats.sections.map((section) => [
        '  '.repeat(Math.max(0, section.depth - 1)) + (section.heading ?? '(before the first heading)'),
        String(section.line),
        String(section.words),
        String(section.sentences),
        section.readingAge === null ? '–' : `${figure(section.readingAge)}${section.readingAge > stats.targetReadingAge ? ' above target' : ''}`
      ])]
      const widths = table[0]!.map((_cell, column) => Math.max(...table.map((row) => row[column]!.length)))
      out.push('', ...table.map((row) => '  ' + row.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd()))
    }
    return out.join('\n') + '\n'
  }
}
