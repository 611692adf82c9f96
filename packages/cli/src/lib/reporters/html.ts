/**
 * `--format html`: one self-contained page a person opens in a browser or prints for a meeting.
 * The text with findings highlighted (each expandable to the reason, the alternatives and why),
 * reading age per section against the target and findings per rule as inline SVG charts, and
 * the same figures as tables. Inline CSS and script only: the page loads nothing, sends nothing,
 * and runs no script but its own (its Content-Security-Policy names them by hash). Everything
 * from a checked file, a dictionary or the configuration goes in through core's `html`
 * templates, which escape every value: `raw()` is for the page's own styles and script only.
 */
import {collectGroups, html, raw, safeHref, securityPolicyMeta, type Html, describeFindings, describeParagraphPlace, describeUnmeasured, formatCount, formatReadingAge, localRulesPage, oneOrMany, plural, readingAgeVerdict, rules, severityNames, type GroupedFindings, type Rule} from '@plainspeak/core'
import type {ReportMessage} from '../report-message.js'
import {barChart} from './html-charts.js'
import {script, styles} from './html-assets.js'
import {version} from '../version.js'
import {passiveSentencesNote} from '../figure-notes.js'
import type {FileReport, Reporter, ReporterContext, RunSummary} from './types.js'

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

interface FileRow {
  id: string
  path: string
  words: number
  readingAge: number | null
  target: number
  counts: Record<'error' | 'warning' | 'info', number>
}

/**
 * The page's summary comes first, so the files' sections are held until the end. They may take
 * one sixteenth of --max-memory in characters (64 million at the default 1024 MB: a page far
 * larger than a browser opens comfortably); a file whose section would not fit is shown by its
 * figures only, and the run says so.
 */
const heldShareOfMemory = 16
/** Characters a section takes beyond its text, per finding (a mark, a reference, a list item): about 330 measured, rounded up. */
const charactersPerFinding = 400

export function createHtmlReporter(context: Partial<ReporterContext> = {}): Reporter {
  const sections: string[] = []
  const rows: FileRow[] = []
  const perRule = new Map<string, number>()
  const budget = Math.floor(((context.maxMemoryMb ?? 1024) * 1_000_000) / heldShareOfMemory)
  let held = 0
  const left: string[] = []
  return {
    start: () => '',
    file(report) {
      const id = `file-${rows.length + 1}`
      const counts = {error: 0, warning: 0, info: 0}
      for (const message of report.messages) {
        counts[message.severity]++
        perRule.set(message.ruleId, (perRule.get(message.ruleId) ?? 0) + 1)
      }
      rows.push({id, path: report.path, words: report.stats.words, readingAge: report.stats.readingAge, target: report.stats.targetReadingAge, counts})
      // Worked out before rendering, so a section too large to hold is never built.
      const estimate = (report.text?.length ?? 0) * 2 + report.messages.length * charactersPerFinding
      if (held + estimate > budget) {
        left.push(report.path)
        sections.push(renderFile({...report, text: undefined, messages: []}, id, report.messages.length).toString())
      } else {
        const section = renderFile(report, id).toString()
        held += section.length
        sections.push(section)
      }
      return ''
    },
    end(summary) {
      if (left.length > 0) {
        context.note?.(
          `the HTML report shows ${left.length === 1 ? `${left[0]}` : `${left.length} files (the first is ${left[0]})`} by figures only, without the text and findings: the report reached its size limit, a share of --max-memory (${context.maxMemoryMb ?? 1024} MB). Check fewer files at a time, raise --max-memory, or use -f json.`
        )
      }
      return renderPage(summary, rows, perRule, sections)
    }
  }
}

const policy = securityPolicyMeta({scripts: [script], styles: [styles]})

/** The page, one part at a time: its sections (each already escaped) are never joined into one string. */
function* renderPage(summary: RunSummary, rows: FileRow[], perRule: Map<string, number>, sections: string[]): Iterable<string> {
  const generated = new Date().toISOString().slice(0, 16).replace('T', ' ')
  const title = rows.length === 1 ? `Plainspeak report: ${rows[0]!.path}` : `Plainspeak report: ${plural(rows.length, 'file')}`
  yield html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${policy}
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Plainspeak ${version}">
<title>${title}</title>
<style>${raw(styles)}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header>
<h1>Plain language report</h1>
<p class="lead">${`${plural(rows.length, 'file')} checked by Plainspeak on ${generated} UTC: ${describeFindings({error: summary.errors, warning: summary.warnings, info: summary.infos})}.`}</p>
${renderJumps(rows)}
<div class="toolbar" role="group" aria-label="Findings">
<button type="button" data-toggle-all="open">Open all findings</button>
<button type="button" data-toggle-all="close">Close all findings</button>
<fieldset><legend>Show</legend>
<label><input type="checkbox" data-severity="error" checked> ${severityNames.error.many}</label>
<label><input type="checkbox" data-severity="warning" checked> ${severityNames.warning.many}</label>
<label><input type="checkbox" data-severity="info" checked> ${severityNames.info.many}</label>
</fieldset>
</div>
</header>
<main id="main">
<section aria-labelledby="summary-heading">
<h2 id="summary-heading">Summary</h2>
${renderFailures(summary)}${renderFileTable(rows)}
${renderRuleChart(perRule)}
${summary.baselined > 0 ? html`<p>${`${plural(summary.baselined, 'finding')} accepted by the baseline ${oneOrMany(summary.baselined, 'is', 'are')} not shown.`}</p>` : ''}
${summary.quieted.warning + summary.quieted.info > 0 ? html`<p>${`${capital(describeFindings({error: 0, ...summary.quieted}))} not shown because of --quiet.`}</p>` : ''}
</section>
`.toString()
  for (let index = 0; index < sections.length; index++) {
    yield `${sections[index]}\n`
    sections[index] = ''
  }
  yield html`${renderRuleDocs(perRule)}
</main>
<footer><p>Made by Plainspeak ${version}. Reading age is the UK reading age: the Flesch–Kincaid grade plus 5. Ask people to review what you write: this report is a guide, not a verdict.</p></footer>
<script>${raw(script)}</script>
</body>
</html>
`.toString()
}

/** Where each file's findings start: past its figures, its chart and its whole text. */
const findingsId = (fileId: string) => `${fileId}-findings`

/**
 * Links to the findings at the top of the page: on a phone they start after the whole text,
 * thousands of pixels down. One file: a link to its findings; several: one per file with findings.
 */
function renderJumps(rows: FileRow[]): Html | '' {
  const total = (row: FileRow) => row.counts.error + row.counts.warning + row.counts.info
  const withFindings = rows.filter((row) => total(row) > 0)
  if (withFindings.length === 0) return ''
  if (rows.length === 1) return html`<p class="jump"><a href="#${findingsId(rows[0]!.id)}">${`Go to the ${plural(total(rows[0]!), 'finding')}`}</a></p>`
  const shown = withFindings.slice(0, 20)
  const more = withFindings.length > shown.length ? html`<li>${`and ${withFindings.length - shown.length} more files: see the table below`}</li>` : ''
  return html`<nav class="jump" aria-label="Findings by file"><p>Go to the findings in:</p><ul>${shown.map((row) => html`<li><a href="#${findingsId(row.id)}">${row.path}</a> (${formatCount(total(row))})</li>`)}${more}</ul></nav>`
}

function renderFailures(summary: RunSummary): Html | '' {
  if (summary.failures.length === 0) return ''
  const items = summary.failures.map((failure) => html`<li>${failure.path ? html`<strong>${failure.path}</strong>: ` : ''}${failure.message}</li>`)
  // A failure with no path is an argument that gave no files (an empty folder, a pattern that matched nothing).
  const unreadable = summary.failures.filter((failure) => failure.path !== undefined).length
  const heading = unreadable === 0 ? 'Nothing to check' : unreadable === summary.failures.length ? `${plural(unreadable, 'file')} could not be checked` : 'Not everything could be checked'
  return html`<div role="alert"><h3>${heading}</h3><ul>${items}</ul></div>\n`
}

function ageCell(readingAge: number | null, target: number): Html {
  const tone = readingAgeVerdict(readingAge, target)
  if (tone === 'unmeasured') return html`<td class="num">${formatReadingAge(null)}</td>`
  return html`<td class="num ${tone}">${formatReadingAge(readingAge)}<span class="visually-hidden"> (${tone} target)</span></td>`
}

function renderFileTable(rows: FileRow[]): Html {
  const body = rows.map(
    (row) =>
      html`<tr><th scope="row"><a href="#${row.id}">${row.path}</a></th><td class="num">${formatCount(row.words)}</td>${ageCell(row.readingAge, row.target)}<td class="num">${row.target}</td><td class="num">${row.counts.error}</td><td class="num">${row.counts.warning}</td><td class="num">${row.counts.info}</td></tr>`
  )
  return html`<table><caption class="visually-hidden">Files checked</caption><thead><tr><th scope="col">File</th><th scope="col" class="num">Words</th><th scope="col" class="num">Reading age</th><th scope="col" class="num">Target</th><th scope="col" class="num">${capital(severityNames.error.many)}</th><th scope="col" class="num">${capital(severityNames.warning.many)}</th><th scope="col" class="num">${capital(severityNames.info.many)}</th></tr></thead><tbody>${body}</tbody></table>`
}

/** The registered rules (built in, then any added from outside) that found something, in registry order. */
function rulesUsed(perRule: Map<string, number>): Rule[] {
  return Object.values(rules).filter((rule): rule is Rule => rule !== undefined && (perRule.get(rule.id) ?? 0) > 0)
}

function renderRuleChart(perRule: Map<string, number>): Html {
  const used = rulesUsed(perRule)
  if (used.length === 0) return html`<p>No findings.</p>`
  const bars = used.map((rule) => ({label: rule.id, value: perRule.get(rule.id)!, tone: `tone-${rule.defaultSeverity}`, summary: rule.summary}))
  const chart = barChart({
    id: 'chart-rules',
    title: 'Findings per rule',
    description: bars.map((bar) => `${bar.label}: ${bar.value}`).join('; '),
    bars
  })
  const table = bars.map((bar) => html`<tr><th scope="row">${bar.label}</th><td>${bar.summary}</td><td class="num">${bar.value}</td></tr>`)
  return html`<figure><figcaption>Findings per rule</figcaption>${chart}<details><summary>Findings per rule as a table</summary><table><thead><tr><th scope="col">Rule</th><th scope="col">What it finds</th><th scope="col" class="num">Findings</th></tr></thead><tbody>${table}</tbody></table></details></figure>`
}

/** `leftOut`: the number of findings left out of the page for its size (the text is left out too). */
function renderFile(report: FileReport, id: string, leftOut = 0): Html {
  const {stats} = report
  const verdict = readingAgeVerdict(stats.readingAge, stats.targetReadingAge)
  const figures = [
    ['Reading age', verdict === 'unmeasured' ? describeUnmeasured(stats.unmeasured) : formatReadingAge(stats.readingAge), verdict === 'unmeasured' ? '' : verdict],
    ['Target', String(stats.targetReadingAge), ''],
    ['Words', formatCount(stats.words), ''],
    ['Sentences', formatCount(stats.sentences), ''],
    ['Flesch reading ease', stats.fleschReadingEase === null ? '–' : stats.fleschReadingEase.toFixed(1), ''],
    ['Passive sentences', `${Math.round(stats.passiveShare * 100)}%`, ''],
    [`Sentences over ${stats.sentenceLimit} words`, String(stats.longSentences), '']
  ] as const
  const figureList = figures.map(([term, value, tone]) => html`<div><dt>${term}</dt><dd${tone ? html` class="${tone}"` : ''}>${value}</dd></div>`)
  // A term used many times is one finding with its places ("ensure ×20"); the text marks each place.
  const groups = collectGroups(report.messages, (message) => message.group)
  const groupOf = new Map<ReportMessage, number>()
  groups.forEach((group, index) => group.members.forEach((message) => groupOf.set(message, index)))
  const places = new Map(report.messages.map((message, index) => [message, index]))
  const findings =
    leftOut > 0
      ? html`<p>${`${plural(leftOut, 'finding')} left out: the report reached its size limit. Check this file on its own, or use another report format.`}</p>`
      : groups.length === 0
        ? html`<p>No findings in this file.</p>`
        : html`<ol class="findings">${groups.map((group, index) => renderFinding(report, id, group, index, places))}</ol>`
  const count = leftOut || report.messages.length
  const heading = groups.length === report.messages.length ? plural(count, 'finding') : `${plural(count, 'finding')} (${plural(groups.length, 'different thing')})`
  const textPart = leftOut > 0 || report.text === undefined ? html`<div class="doc empty">The text is left out: the report reached its size limit.</div>` : renderText(report, id, (message) => groupOf.get(message)!)
  return html`<section class="file" id="${id}" aria-labelledby="${id}-heading">
<h2 id="${id}-heading">${report.path}</h2>
${count > 0 ? html`<p class="jump"><a href="#${findingsId(id)}">${`Go to the ${plural(count, 'finding')}`}</a></p>` : ''}
<dl class="figures">${figureList}</dl>
<p class="figure-note">${passiveSentencesNote}</p>
${renderSectionChart(report, id)}
<div class="columns">
<div><h3>Text</h3>${textPart}</div>
<div><h3 id="${findingsId(id)}" tabindex="-1">${heading}</h3>${findings}</div>
</div>
</section>`
}

function renderSectionChart(report: FileReport, id: string): Html {
  const {stats} = report
  const {sections, targetReadingAge: target} = stats
  const measured = sections.filter((section) => section.readingAge !== null)
  if (measured.length === 0) return html`<p>${stats.unmeasured === 'no-full-stops' ? 'The reading age cannot be measured: the sentences run on without full stops.' : 'No sentences to measure a reading age.'}</p>`
  const label = (heading: string | null) => heading ?? 'Before the first heading'
  const bars = measured.map((section) => ({
    label: label(section.heading),
    value: section.readingAge!,
    tone: section.readingAge! > target ? 'tone-above' : 'tone-within',
    valueText: formatReadingAge(section.readingAge)
  }))
  const chart = barChart({
    id: `${id}-chart`,
    title: `Reading age per section, target ${target}`,
    description: bars.map((bar) => `${bar.label}: ${bar.valueText}${bar.value > target ? ' (above target)' : ''}`).join('; '),
    bars,
    marker: {value: target, label: `Target ${target}`},
    max: 21
  })
  // A Word document's paragraphs have no numbers a writer can see: its sections are found by their headings.
  const withLine = report.format !== 'docx'
  const table = sections.map(
    (section) =>
      html`<tr><th scope="row">${label(section.heading)}</th>${withLine ? html`<td class="num">${section.line}</td>` : ''}<td class="num">${formatCount(section.words)}</td>${ageCell(section.readingAge, target)}</tr>`
  )
  return html`<figure><figcaption>Reading age per section (target ${target})</figcaption>${chart}<details><summary>Reading age per section as a table</summary><table><thead><tr><th scope="col">Section</th>${withLine ? html`<th scope="col" class="num">Line</th>` : ''}<th scope="col" class="num">Words</th><th scope="col" class="num">Reading age</th></tr></thead><tbody>${table}</tbody></table></details></figure>`
}

const findingId = (fileId: string, group: number) => `${fileId}-f${group + 1}`
const referenceId = (fileId: string, index: number) => `${fileId}-r${index + 1}`

/** `Line 3, column 9`; in a Word document `Under “Health”, in “We met the ICB…”, column 12`. Text, escaped where it is put. */
export function describeWhere(report: Pick<FileReport, 'format'>, message: Pick<ReportMessage, 'line' | 'column' | 'paragraph'>): string {
  if (report.format === 'docx' && message.paragraph) return capital(describeParagraphPlace(message.paragraph, message.column))
  return `Line ${message.line}, column ${message.column}`
}

/**
 * A finding's "about this rule" link: the organisation's docs when it set `docsUrl` (an https
 * address, checked again here), otherwise the rule's entry at the end of this page (a link to a
 * file on the machine that wrote the report would break once the report is sent on).
 */
function ruleLink(message: Pick<ReportMessage, 'url' | 'ruleId'>): string {
  const local = localRulesPage()
  if (local !== undefined && message.url.startsWith(`${local}#`)) return `#rule-${message.ruleId}`
  const organisation = safeHref(message.url)
  return organisation === '#' ? `#rule-${message.ruleId}` : organisation
}

function renderFinding(report: FileReport, fileId: string, group: GroupedFindings<ReportMessage>, groupIndex: number, places: ReadonlyMap<ReportMessage, number>): Html {
  const message = group.first
  const place = (finding: ReportMessage) => describeWhere(report, finding)
  const count = group.members.length
  const alternatives =
    message.expected.length > 0
      ? html`<p><strong>Try:</strong></p><ul>${message.expected.map((value) => html`<li>${value}</li>`)}</ul>`
      : html`<p><strong>Try:</strong> rephrase this by hand.</p>`
  // A map, not indexOf: a term used 100,000 times would search the list 100,000 times.
  const indexOf = (finding: ReportMessage) => places.get(finding)!
  const placeList =
    count > 1
      ? html`<p><strong>Used ${count} times:</strong></p><ul class="places">${group.members.map(
          (finding) => html`<li><a class="back" href="#${referenceId(fileId, indexOf(finding))}">${place(finding)}</a></li>`
        )}</ul>`
      : html`<p><a class="back" href="#${referenceId(fileId, indexOf(message))}">Show in the text</a></p>`
  const times = count > 1 ? html` <span class="count">×${count}</span>` : ''
  const link = ruleLink(message)
  return html`<li id="${findingId(fileId, groupIndex)}" class="sev-${message.severity}"><details><summary><span class="badge sev-${message.severity}">${severityNames[message.severity].one}</span> <span class="where">${groupIndex + 1}. ${place(message)}</span>${times}<br>${message.reason}</summary><div class="finding-body"><p><strong>Found:</strong> “${shorten(message.actual, 200)}”</p>${alternatives}${message.note ? html`<p><strong>Why:</strong> ${message.note}</p>` : ''}${placeList}<p><a href="${link}"${link.startsWith('#') ? '' : html` rel="noreferrer noopener"`}>About the ${message.ruleId} rule</a></p></div></details></li>`
}

/** What each rule that found something checks and why, so the report explains itself offline. */
function renderRuleDocs(perRule: Map<string, number>): Html | '' {
  const used = rulesUsed(perRule)
  if (used.length === 0) return ''
  const entries = used.map((rule) => {
    const id = rule.id
    const details = (rule.details ?? []).map((paragraph) => html`<p>${paragraph.replace(/`/g, '')}</p>`)
    return html`<section id="rule-${id}" aria-labelledby="rule-${id}-heading"><h3 id="rule-${id}-heading">${id}</h3><p>${rule.summary}</p>${details}</section>\n`
  })
  return html`<section class="rules" aria-labelledby="rules-heading">\n<h2 id="rules-heading">About the rules</h2>\n${entries}</section>`
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

/**
 * The text with each finding highlighted. Findings can nest (a jargon word inside a long
 * sentence), so the text is cut at every start and end, and each piece is marked with the
 * findings that cover it: the markup stays well formed however findings overlap.
 */
function renderText(report: FileReport, fileId: string, groupOf: (message: ReportMessage) => number): Html {
  const text = report.text ?? ''
  if (text.trim() === '') return html`<div class="doc empty">This file is empty.</div>`
  const messages = report.messages
  const cuts = new Set<number>([0, text.length])
  for (const message of messages) {
    cuts.add(message.offset)
    cuts.add(message.endOffset)
  }
  const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b)
  const startsAt = new Map<number, number[]>()
  messages.forEach((message, index) => {
    const list = startsAt.get(message.offset) ?? []
    list.push(index)
    startsAt.set(message.offset, list)
  })
  // Findings sorted by start, swept with an "active" list.
  const order = messages.map((_message, index) => index).sort((a, b) => messages[a]!.offset - messages[b]!.offset)
  let nextToOpen = 0
  let active: number[] = []
  const out: Html[] = []
  for (let index = 0; index < points.length; index++) {
    const start = points[index]!
    for (const starting of startsAt.get(start) ?? []) {
      // Numbered by finding in the list, so every place of a repeated term shows the same number.
      const group = groupOf(messages[starting]!)
      out.push(html`<a class="ref" href="#${findingId(fileId, group)}" id="${referenceId(fileId, starting)}"><span class="visually-hidden">Finding </span>${group + 1}</a>`)
    }
    const end = points[index + 1]
    if (end === undefined) break
    while (nextToOpen < order.length && messages[order[nextToOpen]!]!.offset <= start) active.push(order[nextToOpen++]!)
    active = active.filter((finding) => messages[finding]!.endOffset > start)
    const piece = text.slice(start, end)
    if (active.length === 0) {
      out.push(html`${piece}`)
      continue
    }
    const ids = [...new Set(active.map((finding) => findingId(fileId, groupOf(messages[finding]!))))]
    out.push(html`<mark class="${markClass(active.map((finding) => messages[finding]!))}" data-findings="${ids.join(' ')}">${piece}</mark>`)
  }
  return html`<div class="doc">${out}</div>`
}

const rank = {error: 0, warning: 1, info: 2} as const

/** A word-level finding shows as a highlight, a sentence-level one as an underline; the worst severity wins. */
function markClass(covering: ReportMessage[]): string {
  const words = covering.filter((message) => rules[message.ruleId]?.level !== 'sentence')
  const shown = words.length > 0 ? words : covering
  const worst = shown.reduce((best, message) => (rank[message.severity] < rank[best.severity] ? message : best))
  return `${words.length > 0 ? 'word' : 'sentence'} sev-${worst.severity}`
}
