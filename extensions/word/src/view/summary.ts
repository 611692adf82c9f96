/** The document's reading age against the audience's target, its figures and the chart. */
import type {DocumentStats} from '@plainspeak/core'
import {formatNumber, h, plural} from './dom.js'
import {chartRows, maxChartRows, readingAgeChart} from './reading-chart.js'

export function renderSummary(stats: DocumentStats, audienceLabel: string): HTMLElement {
  const {readingAge, targetReadingAge} = stats
  const above = readingAge !== null && readingAge > targetReadingAge
  const verdict =
    readingAge === null
      ? h('p', {class: 'verdict'}, 'There are no full sentences to measure yet.')
      : h(
          'p',
          {class: above ? 'verdict above' : 'verdict within'},
          h('span', {class: 'reading-age', 'data-testid': 'reading-age'}, formatNumber(readingAge, 1)),
          h(
            'span',
            {class: 'verdict-text'},
            above
              ? `Reading age, above the target of ${formatNumber(targetReadingAge)} for ${audienceLabel}.`
              : `Reading age, within the target of ${formatNumber(targetReadingAge)} for ${audienceLabel}.`
          )
        )

  const figures = h(
    'ul',
    {class: 'figures'},
    h('li', {}, plural(stats.words, 'word')),
    h('li', {}, plural(stats.sentences, 'sentence')),
    h('li', {}, `${plural(stats.longSentences, 'sentence')} over ${formatNumber(stats.sentenceLimit)} words`),
    h('li', {}, `${formatNumber(stats.passiveShare * 100)}% passive`)
  )

  const rows = chartRows(stats.sections)
  const section = h('section', {class: 'summary', 'aria-labelledby': 'summary-heading'}, h('h2', {id: 'summary-heading'}, 'Reading age'), verdict, figures)
  if (rows.length > 1) {
    section.append(h('h3', {class: 'chart-heading'}, 'By section'), readingAgeChart(rows, targetReadingAge))
    if (rows.length > maxChartRows) section.append(h('p', {class: 'hint'}, `The chart shows the first ${maxChartRows} of ${rows.length} sections.`))
  }
  return section
}
