/**
 * Reading age per section as a small horizontal bar chart (inline SVG, no library), with the
 * audience's target as a dashed line. Each section has a row of text (its heading, and its
 * reading age at the right) above a row with its bar; the target line is drawn across the bar
 * rows only, so it never runs through a label.
 */
import {formatReadingAge, type SectionStats} from '@plainspeak/core/text'
import {svg} from './dom.js'

export interface ChartRow {
  label: string
  readingAge: number
}

/** Most sections a chart shows; the rest are summed up in a line of text. */
export const maxChartRows = 20

/**
 * One row per section with a reading age, with core's figure for it: the pane shows the same
 * sections and the same reading ages as `plainspeak stats`, the HTML report and VS Code.
 */
export function chartRows(sections: readonly SectionStats[]): ChartRow[] {
  return sections.flatMap((section) => (section.readingAge === null ? [] : [{label: section.heading ?? 'Before the first heading', readingAge: section.readingAge}]))
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text)

const width = 300
/** Each row: a line of text (baseline at 11, descenders to about 14), then the bar, then a gap. */
const labelRow = 16
const barRow = 12
const rowGap = 8
const top = 16

export function readingAgeChart(rows: readonly ChartRow[], target: number): SVGSVGElement {
  const shown = rows.slice(0, maxChartRows)
  const rowHeight = labelRow + barRow + rowGap
  const scaleMax = Math.max(20, Math.ceil(Math.max(target, ...shown.map((row) => row.readingAge)) + 1))
  const x = (age: number) => (Math.min(age, scaleMax) / scaleMax) * width
  const height = top + shown.length * rowHeight
  const description = `Reading age by section, target ${target}: ${shown.map((row) => `${row.label} ${formatReadingAge(row.readingAge)}`).join('; ')}`

  const chart = svg(
    'svg',
    {class: 'reading-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': description, preserveAspectRatio: 'xMinYMin meet'},
    svg('title', {}, description)
  )
  const targetX = x(target)
  shown.forEach((row, index) => {
    const y = top + index * rowHeight
    const above = row.readingAge > target
    chart.append(
      svg('text', {class: 'chart-label', x: 0, y: y + 11}, truncate(row.label, 40)),
      svg('text', {class: 'chart-value', x: width, y: y + 11, 'text-anchor': 'end'}, formatReadingAge(row.readingAge)),
      svg('rect', {class: above ? 'chart-bar above' : 'chart-bar', x: 0, y: y + labelRow, width: Math.max(2, x(row.readingAge)), height: barRow - 2, rx: 2}),
      // The target line crosses the bar row only: the text row above it stays clear.
      svg('line', {class: 'chart-target', x1: targetX, x2: targetX, y1: y + labelRow - 1, y2: y + labelRow + barRow + 1})
    )
  })
  // The target's own label sits above the first row, kept inside the chart.
  const anchor = targetX < 30 ? 'start' : targetX > width - 30 ? 'end' : 'middle'
  chart.append(svg('text', {class: 'chart-target-label', x: targetX, y: 9, 'text-anchor': anchor}, `target ${target}`))
  return chart
}
