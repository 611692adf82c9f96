/**
 * How the extension shows its figures: the status bar, the statistics view and what "Check
 * workspace" says. Every count is what the Problems panel lists; suggestions, shown as hints, are
 * counted apart.
 * Numbers and words come from core's presentation helpers, as in the CLI, the HTML report and
 * the Word pane: reading age to one decimal place, the same severity names.
 */
import {describeFindings, describeSeverityCounts, formatCount, formatReadingAge as age, html, passiveSentencesNote, plural, raw, securityPolicyMeta, type Html} from '@plainspeak/core/presentation'
import type {CheckWorkspaceResult, FindingCounts, StatsParams} from '@plainspeak/language-server/protocol'

/** How this surface shows suggestions, for the notes that name it. */
const suggestionsSwitch = 'the plainspeak.suggestions setting'

/** "Reading age 11.4 · 5 warnings, 2 info": exactly what the Problems panel lists (suggestions, hints in the text, aside). */
export function statusText(params: StatsParams): string {
  const readingAge = params.stats?.readingAge ?? null
  return `${readingAge === null ? 'No sentences' : `Reading age ${age(readingAge)}`} · ${describeSeverityCounts(params.findings)}`
}

/** The suggestions shown as hints, which the Problems panel does not list: "Also 12 suggestions, …", or nothing. */
export function suggestionsNote(counts: Pick<FindingCounts, 'suggestions'>): string {
  return counts.suggestions > 0 ? `Also ${plural(counts.suggestions, 'suggestion')}, shown as dots under the words (hints), not in Problems.` : ''
}

/** What "Check workspace" says: the files, what Problems now lists, the suggestions beside it and the files left out. */
export function workspaceSummary(result: CheckWorkspaceResult): string {
  const skipped = result.skipped ? ` ${plural(result.skipped, 'file')} ${result.skipped === 1 ? 'was' : 'were'} too large to read.` : ''
  const suggestions = result.suggestions > 0 ? ` ${suggestionsNote(result)}` : ''
  return `Plainspeak checked ${plural(result.files, 'file')}: ${result.findings === 0 ? 'no findings' : `${describeFindings(result)}, listed in Problems`}.${suggestions}${skipped}`
}

/** The status bar item's tooltip: what the counts are, the suggestions beside them and the target. */
export function statusTooltip(params: StatsParams): string {
  const parts = [`Problems lists ${describeFindings(params.findings)}.`, suggestionsNote(params.findings)]
  if (params.stats) parts.push(`Target reading age ${params.stats.targetReadingAge}.`)
  parts.push('Click for statistics.')
  return parts.filter((part) => part !== '').join(' ')
}

/** The statistics view's page: headings and meanings from the document go in through core's escaping `html` templates. */
export function statisticsHtml(params: StatsParams, name: string): string {
  const stats = params.stats
  if (!stats) return page(name, html`<p>Plainspeak could not check this document. See the Problems panel.</p>`)
  const over = (value: number | null) => (value !== null && value > stats.targetReadingAge ? html` class="over"` : '')
  const figures: Array<[string, Html | string]> = [
    ['Reading age', html`<span${over(stats.readingAge)}>${age(stats.readingAge)}</span> (target ${stats.targetReadingAge})`],
    ['Words', formatCount(stats.words)],
    ['Sentences', formatCount(stats.sentences)],
    ['Long sentences', `${stats.longSentences} (over ${stats.sentenceLimit} words)`],
    ['Passive sentences', `${stats.passiveSentences} (${Math.round(stats.passiveShare * 100)}%) *`],
    ['Flesch reading ease', stats.fleschReadingEase === null ? '–' : stats.fleschReadingEase.toFixed(1)],
    ['Findings', `${describeFindings(params.findings)}${params.findings.suggestions > 0 ? ` and ${plural(params.findings.suggestions, 'suggestion')}` : ''}`]
  ]
  const sections = stats.sections.map(
    (section) =>
      html`<tr><td>${section.heading ?? '(before the first heading)'}</td><td>${section.line}</td><td${over(section.readingAge)}>${age(section.readingAge)}</td><td>${formatCount(section.words)}</td><td>${formatCount(section.sentences)}</td></tr>`
  )
  const acronyms = stats.acronyms.map(
    (row) =>
      html`<tr><td>${row.acronym}</td><td>${row.expansion ?? 'not known'}</td><td>${row.definedAt ? `line ${row.definedAt.line}` : row.exempt ? 'well known' : html`<strong>not spelled out</strong>`}</td><td>${row.count}</td></tr>`
  )
  const more = params.moreSections > 0 ? html`\n<p>And ${formatCount(params.moreSections)} more ${params.moreSections === 1 ? 'section' : 'sections'}, not listed.</p>` : ''
  return page(
    name,
    html`<table>${figures.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`)}</table>
<p class="note">* ${passiveSentencesNote(suggestionsSwitch)}</p>${params.findings.suggestions > 0 ? html`
<p class="note">${suggestionsNote(params.findings)}</p>` : ''}
<h2>Sections</h2>
<table><tr><th>Heading</th><th>Line</th><th>Reading age</th><th>Words</th><th>Sentences</th></tr>${sections}</table>${more}
<h2>Acronyms</h2>
${acronyms.length === 0 ? html`<p>None.</p>` : html`<table><tr><th>Acronym</th><th>Meaning</th><th>Spelled out</th><th>Uses</th></tr>${acronyms}</table>`}`
  )
}

const styles = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); }
table { border-collapse: collapse; margin-bottom: 1em; }
th, td { text-align: left; padding: 0.2em 0.8em; border-bottom: 1px solid var(--vscode-panel-border); }
.over { color: var(--vscode-errorForeground); font-weight: bold; }
.note { max-width: 40em; color: var(--vscode-descriptionForeground); }
`

/** The view runs no script at all; its one stylesheet is named by hash. */
const policy = securityPolicyMeta({scripts: [], styles: [styles]})

function page(name: string, body: Html): string {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
${policy}
<style>${raw(styles)}</style></head>
<body><h1>${name}</h1>
${body}
</body></html>`.toString()
}
