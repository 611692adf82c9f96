/** `plainspeak stats`: a document's reading figures and a per-section table, as text or JSON. */
import {passiveSentencesNote} from './figure-notes.js'
import {describeVerdict, formatCount, formatReadingAge, readingAgeVerdict, type DocumentStats, type Format} from '@plainspeak/core'

export type StatsFormat = 'text' | 'json'
export const statsFormats: readonly StatsFormat[] = ['text', 'json']

const figure = (value: number | null) => (value === null ? '–' : value.toFixed(1))

export const statsRenderers: Record<StatsFormat, (path: string, format: Format | 'docx', stats: DocumentStats) => string> = {
  json: (path, _format, stats) => JSON.stringify({path, stats}, undefined, 2) + '\n',
  text(path, format, stats) {
    const target = stats.targetReadingAge
    const rows: Array<[string, string]> = [
      ['Reading age', stats.readingAge === null ? describeVerdict(null, target, stats.unmeasured) : `${formatReadingAge(stats.readingAge)} (target ${target}, ${describeVerdict(stats.readingAge, target)})`],
      ['Flesch reading ease', `${figure(stats.fleschReadingEase)} (0–100, higher is easier)`],
      ['Flesch–Kincaid grade', figure(stats.fleschKincaidGrade)],
      ['Words', formatCount(stats.words)],
      ['Sentences', formatCount(stats.sentences)],
      ['Syllables', formatCount(stats.syllables)],
      // Marked, and explained under the figures: the passive rule reports far fewer.
      ['Passive sentences', `${stats.passiveSentences} (${Math.round(stats.passiveShare * 100)}%) *`],
      ['Long sentences', `${stats.longSentences} over ${stats.sentenceLimit} words`],
      ['Acronyms', String(stats.acronyms.length)]
    ]
    const width = Math.max(...rows.map(([label]) => label.length))
    const out = [path, ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`), '', ...wrap(`* ${passiveSentencesNote}`, 96).map((line) => `  ${line}`)]
    if (stats.sections.length > 0) {
      // A Word document's paragraphs have no numbers a writer can see: its sections are found by their headings.
      const withLine = format !== 'docx'
      const header = ['Section', ...(withLine ? ['Line'] : []), 'Words', 'Sentences', 'Reading age']
      const table = [
        header,
        ...stats.sections.map((section) => [
          '  '.repeat(Math.max(0, section.depth - 1)) + (section.heading ?? '(before the first heading)'),
          ...(withLine ? [String(section.line)] : []),
          formatCount(section.words),
          formatCount(section.sentences),
          section.unmeasured === 'no-full-stops' ? describeVerdict(null, target, section.unmeasured) : `${formatReadingAge(section.readingAge)}${readingAgeVerdict(section.readingAge, target) === 'above' ? ' above target' : ''}`
        ])
      ]
      const last = header.length - 1
      const widths = header.map((_cell, column) => Math.max(...table.map((row) => row[column]!.length)))
      out.push('', ...table.map((row) => '  ' + row.map((cell, column) => (column === 0 || column === last ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd()))
    }
    return out.join('\n') + '\n'
  }
}

/** Words in lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}
