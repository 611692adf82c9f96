/**
 * Charts for the HTML report as inline SVG: no scripts, no fonts, no external files. Each chart
 * has a title and description for screen readers, and the report puts the same figures in a table.
 */
import {html, type Html} from '@plainspeak/core'

export interface Bar {
  label: string
  value: number
  /** CSS class for the bar's colour. */
  tone: string
  /** Text after the bar; default the value. */
  valueText?: string
}

export interface BarChartOptions {
  id: string
  title: string
  description: string
  bars: Bar[]
  /** A vertical reference line, e.g. the target reading age. */
  marker?: {value: number; label: string}
  /** The scale's upper end (at least the largest value). */
  max?: number
}

const width = 720
const labelWidth = 260
const rowHeight = 28
const barHeight = 18
const top = 30
const valueWidth = 90

/**
 * A horizontal bar chart, drawn twice: wide (labels beside the bars) and narrow (each label on
 * its own line above its bar, in larger type), and the page's styles show the one that fits. A
 * 720-wide chart squeezed onto a 320-pixel phone has labels five pixels high.
 */
export function barChart(options: BarChartOptions): Html {
  return html`${wideChart(options)}${narrowChart(options)}`
}

const scaleOf = ({bars, marker, max}: BarChartOptions) => Math.max(max ?? 0, ...bars.map((bar) => bar.value), marker?.value ?? 0, 1)

function wideChart(options: BarChartOptions): Html {
  const {id, title, description, bars, marker} = options
  const scaleMax = scaleOf(options)
  const plotWidth = width - labelWidth - valueWidth
  const x = (value: number) => labelWidth + (Math.max(0, value) / scaleMax) * plotWidth
  const height = top + bars.length * rowHeight + 10
  const rows = bars.map((bar, index) => {
    const y = top + index * rowHeight
    const barWidth = Math.max(x(bar.value) - labelWidth, bar.value > 0 ? 2 : 0)
    return html`<g class="bar-row"><text x="${labelWidth - 8}" y="${y + barHeight - 4}" text-anchor="end" class="chart-label">${shorten(bar.label, 34)}</text><rect x="${labelWidth}" y="${y}" width="${barWidth.toFixed(1)}" height="${barHeight}" class="${bar.tone}"><title>${`${bar.label}: ${bar.valueText ?? bar.value}`}</title></rect><text x="${(labelWidth + barWidth + 6).toFixed(1)}" y="${y + barHeight - 4}" class="chart-value">${bar.valueText ?? String(bar.value)}</text></g>`
  })
  const markerLine = marker
    ? html`<line x1="${x(marker.value).toFixed(1)}" x2="${x(marker.value).toFixed(1)}" y1="${top - 8}" y2="${height - 6}" class="chart-marker"/><text x="${x(marker.value).toFixed(1)}" y="${top - 12}" text-anchor="middle" class="chart-marker-label">${marker.label}</text>`
    : ''
  return html`<svg class="chart chart-wide" id="${id}" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${title}</title><desc id="${id}-desc">${description}</desc>${rows}${markerLine}</svg>`
}

/** The narrow drawing: 320 wide, so its 15-pixel type is about 13 pixels on a 320-pixel phone. */
const narrow = {width: 320, row: 44, label: 16, bar: 16, top: 26, value: 56}

function narrowChart(options: BarChartOptions): Html {
  const {id, title, description, bars, marker} = options
  const scaleMax = scaleOf(options)
  const plotWidth = narrow.width - narrow.value
  const x = (value: number) => (Math.max(0, value) / scaleMax) * plotWidth
  const height = narrow.top + bars.length * narrow.row + 6
  const rows = bars.map((bar, index) => {
    const y = narrow.top + index * narrow.row
    const barWidth = Math.max(x(bar.value), bar.value > 0 ? 2 : 0)
    return html`<g class="bar-row"><text x="0" y="${y + narrow.label - 3}" class="chart-label">${shorten(bar.label, 36)}</text><rect x="0" y="${y + narrow.label + 2}" width="${barWidth.toFixed(1)}" height="${narrow.bar}" class="${bar.tone}"><title>${`${bar.label}: ${bar.valueText ?? bar.value}`}</title></rect><text x="${(barWidth + 5).toFixed(1)}" y="${y + narrow.label + narrow.bar - 1}" class="chart-value">${bar.valueText ?? String(bar.value)}</text></g>`
  })
  const markerLine = marker
    ? html`<line x1="${x(marker.value).toFixed(1)}" x2="${x(marker.value).toFixed(1)}" y1="${narrow.top - 6}" y2="${height - 4}" class="chart-marker"/><text x="${Math.min(x(marker.value), narrow.width - 40).toFixed(1)}" y="${narrow.top - 10}" text-anchor="middle" class="chart-marker-label">${marker.label}</text>`
    : ''
  return html`<svg class="chart chart-narrow" id="${id}-narrow" viewBox="0 0 ${narrow.width} ${height}" width="100%" role="img" aria-labelledby="${id}-narrow-title ${id}-narrow-desc"><title id="${id}-narrow-title">${title}</title><desc id="${id}-narrow-desc">${description}</desc>${rows}${markerLine}</svg>`
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`
}
