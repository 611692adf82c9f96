/**
 * Reading age per section as a small horizontal bar chart (inline SVG, no
 * library), with the audience's target as a dashed line.
 */
import {readingFigures, type SectionStats} from '@plainspeak/core'
import {formatNumber, svg} from './dom.js'

export interface ChartRow {
  label: string
  readingAge: number
}

/** Most sections a chart shows; the rest are summed up in a line of text. */
export const maxChartRows = 20

/**
 * One row per top-level section (headings of level 1–2): sub-sections count
 * towards their parent, so a long paper still gives a chart that fits a pane.
 */
export function chartRows(sections: readonly SectionStats[]): ChartRow[] {
  const rows: Array<{label: string; words: number; sentences: number; syllables: number}> = []
  for (const section of sections) {
    const last = rows.at(-1)
    if (!last || section.heading === null || section.depth <= 2) {
      rows.push({label: section.heading ?? 'Before the first heading', words: 0, sentences: 0, syllables: 0})
    }
    const row = rows.at(-1)!
    row.words += section.words
    row.sentences += section.sentences
    row.syllables += section.syllables
  }
  return rows.flatMap((row) => {
    const {readingAge} = readingFigures(row.words, row.sentences, row.syllables)
    return readingAge === null ? [] : [{label: row.label, readingAge}]
  })
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text)

export function readingAgeChart(rows: readonly ChartRow[], target: number): SVGSVGElement {
  const shown = rows.slice(0, maxChartRows)
  const width = 300
  const rowHeight = 34
  const top = 18
  const scaleMax = Math.max(20, Math.ceil(Math.max(target, ...shown.map((row) => row.readingAge)) + 1))
  const x = (age: number) => (Math.min(age, scaleMax) / scaleMax) * (width - 40)
  const height = top + shown.length * rowHeight + 4
  const description = `Reading age by section, target ${formatNumber(target)}: ${shown
    .map((row) => `${row.label} ${formatNumber(row.readingAge, 1)}`)
    .join('; ')}`

  const chart = svg(
    'svg',
    {class: 'reading-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description, preserveAspectRatio: 'xMinYMin meet'},
    svg('title', {}, description)
  )
  shown.forEach((row, index) => {
    const y = top + index * rowHeight
    const above = row.readingAge > target
    chart.append(
      svg('text', {class: 'chart-label', x: 0, y: y + 11}, truncate(row.label, 46)),
      svg('rect', {class: above ? 'chart-bar above' : 'chart-bar', x: 0, y: y + 16, width: Math.max(2, x(row.readingAge)), height: 10, rx: 2}),
      svg('text', {class: 'chart-value', x: Math.max(2, x(row.readingAge)) + 4, y: y + 25}, formatNumber(row.readingAge, 1))
    )
  })
  const targetX = x(target)
  chart.append(
    svg('line', {class: 'chart-target', x1: targetX, x2: targetX, y1: 12, y2: height}),
    svg('text', {class: 'chart-target-label', x: targetX, y: 9, 'text-anchor': 'middle'}, `target ${formatNumber(target)}`)
  )
  return chart
}
