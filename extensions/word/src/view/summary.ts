/**
 * What the pane says about the whole document, short, before the findings: the reading age
 * against the audience's target and the findings per level. The per-section figures and chart
 * come after the findings, behind a disclosure (`renderSections`).
 */
import {describeSeverityCounts, describeVerdict, formatReadingAge, plural, readingAgeVerdict, type DocumentStats, type SeverityCounts} from '@plainspeak/core/text'
import {h} from './dom.js'
import {chartRows, maxChartRows, readingAgeChart} from './reading-chart.js'

export function renderSummary(stats: DocumentStats, counts: SeverityCounts, audienceLabel: string): HTMLElement {
  const {readingAge, targetReadingAge} = stats
  const verdict = readingAgeVerdict(readingAge, targetReadingAge)
  const line =
    readingAge === null
      ? h('p', {class: 'verdict', 'data-testid': 'unmeasured'}, stats.unmeasured === 'no-full-stops' ? 'The reading age cannot be measured: the sentences run on without full stops.' : 'There are no full sentences to measure yet.')
      : h(
          'p',
          {class: `verdict ${verdict}`},
          h('span', {class: 'reading-age', 'data-testid': 'reading-age'}, formatReadingAge(readingAge)),
          h('span', {class: 'verdict-text'}, `Reading age · target ${targetReadingAge} for ${audienceLabel} (${describeVerdict(readingAge, targetReadingAge)})`)
        )
  return h(
    'section',
    {class: 'summary', 'aria-labelledby': 'summary-heading'},
    h('h2', {id: 'summary-heading', class: 'visually-hidden'}, 'Summary'),
    line,
    h('p', {class: 'counts', 'data-testid': 'counts'}, `${capital(describeSeverityCounts(counts))} in ${plural(stats.words, 'word')}.`)
  )
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** The figures and the chart per section, for the disclosure after the findings. */
export function renderSections(stats: DocumentStats): HTMLElement[] {
  const figures = h(
    'ul',
    {class: 'figures'},
    h('li', {}, plural(stats.sentences, 'sentence')),
    h('li', {}, `${plural(stats.longSentences, 'sentence')} over ${stats.sentenceLimit} words`),
    h('li', {}, `${Math.round(stats.passiveShare * 100)}% passive`)
  )
  const rows = chartRows(stats.sections)
  const parts: HTMLElement[] = [figures]
  if (rows.length > 1) {
    parts.push(readingAgeChart(rows, stats.targetReadingAge) as unknown as HTMLElement)
    if (rows.length > maxChartRows) parts.push(h('p', {class: 'hint'}, `The chart shows the first ${maxChartRows} of ${rows.length} sections.`))
  } else {
    parts.push(h('p', {class: 'hint'}, 'Add headings to see the reading age of each section.'))
  }
  return parts
}
