/**
 * How the extension shows a document's statistics: the status bar text and the statistics view.
 * Numbers and words come from core's presentation helpers, as in the CLI, the HTML report and
 * the Word pane: reading age to one decimal place, the same severity names.
 */
import {describeFindings, describeSeverityCounts, formatCount, formatReadingAge as age} from '@plainspeak/core/presentation'
import type {StatsParams} from '@plainspeak/language-server/protocol'

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** "Reading age 11.4 · 5 warnings, 2 info". */
export function statusText(params: StatsParams): string {
  const readingAge = params.stats?.readingAge ?? null
  return `${readingAge === null ? 'No sentences' : `Reading age ${age(readingAge)}`} · ${describeSeverityCounts(params.findings)}`
}

export function statisticsHtml(params: StatsParams, name: string): string {
  const stats = params.stats
  if (!stats) return page(name, '<p>Plainspeak could not check this document. See the Problems panel.</p>')
  const over = (value: number | null) => (value !== null && value > stats.targetReadingAge ? ' class="over"' : '')
  const figures = [
    ['Reading age', `<span${over(stats.readingAge)}>${age(stats.readingAge)}</span> (target ${stats.targetReadingAge})`],
    ['Words', formatCount(stats.words)],
    ['Sentences', formatCount(stats.sentences)],
    ['Long sentences', `${stats.longSentences} (over ${stats.sentenceLimit} words)`],
    ['Passive sentences', `${stats.passiveSentences} (${Math.round(stats.passiveShare * 100)}%)`],
    ['Flesch reading ease', stats.fleschReadingEase === null ? '–' : stats.fleschReadingEase.toFixed(1)],
    ['Findings', describeFindings(params.findings)]
  ]
  const sections = stats.sections.map(
    (section) => `<tr><td>${escape(section.heading ?? '(before the first heading)')}</td><td>${section.line}</td><td${over(section.readingAge)}>${age(section.readingAge)}</td><td>${formatCount(section.words)}</td><td>${formatCount(section.sentences)}</td></tr>`
  )
  const acronyms = stats.acronyms.map(
    (row) => `<tr><td>${escape(row.acronym)}</td><td>${escape(row.expansion ?? 'not known')}</td><td>${row.definedAt ? `line ${row.definedAt.line}` : row.exempt ? 'well known' : '<strong>not spelled out</strong>'}</td><td>${row.count}</td></tr>`
  )
  return page(
    name,
    `<table>${figures.map(([label, value]) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`).join('')}</table>
<h2>Sections</h2>
<table><tr><th>Heading</th><th>Line</th><th>Reading age</th><th>Words</th><th>Sentences</th></tr>${sections.join('')}</table>${params.moreSections > 0 ? `
<p>And ${formatCount(params.moreSections)} more ${params.moreSections === 1 ? 'section' : 'sections'}, not listed.</p>` : ''}
<h2>Acronyms</h2>
${acronyms.length === 0 ? '<p>None.</p>' : `<table><tr><th>Acronym</th><th>Meaning</th><th>Spelled out</th><th>Uses</th></tr>${acronyms.join('')}</table>`}`
  )
}

function page(name: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { text-align: left; padding: 0.2em 0.8em; border-bottom: 1px solid var(--vscode-panel-border); }
.over { color: var(--vscode-errorForeground); font-weight: bold; }
</style></head>
<body><h1>${escape(name)}</h1>
${body}
</body></html>`
}
