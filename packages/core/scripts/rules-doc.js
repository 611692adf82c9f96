// Writes docs/rules.md from the rules themselves: each rule's summary, how it
// decides (its `details`), severities per audience, and its examples with the
// findings the engine really gives for them. The examples are also run as
// tests (test/builtin-dictionary.test.ts), so the docs cannot drift from
// behaviour. The section on which sentences are prose comes from prose.ts.
//
// docs/rules.html is the same page for browsers, with an anchor per rule id:
// every finding's `url` points at it (or at an organisation's copy, `docsUrl`),
// so the docs travel with the package and work offline. The build writes it.
//
//   node scripts/rules-doc.js          write docs/rules.md and docs/rules.html
//   node scripts/rules-doc.js --html   write docs/rules.html only (the build)
//   node scripts/rules-doc.js --check  exit 1 if docs/rules.md is stale
import {readFileSync, writeFileSync, mkdirSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {audiencePresets, check, messageToString, resolveOptions, rules} from '../dist/index.js'
import {notProseKinds, shortSentence} from '../dist/lib/analysis/prose.js'
import {parse as parseYaml} from 'yaml'

const here = dirname(fileURLToPath(import.meta.url))
const target = join(here, '..', 'docs', 'rules.md')
const htmlTarget = join(here, '..', 'docs', 'rules.html')

const milder = {error: 'warning', warning: 'info', info: 'info'}
const severityFor = (rule, audience) => {
  const severity = rule.audienceSeverity?.[audience] ?? rule.defaultSeverity
  return rule.twoLevels && severity !== 'off' && milder[severity] !== severity ? `${milder[severity]} / ${severity}` : severity
}
const fence = (text) => '```text\n' + text + '\n```'

// The default view at each audience, from data/default-view.yml: what blind judges acted on.
// Each rule's section says where its findings are, with the verdicts behind it, so the page
// changes whenever the table is re-derived from a judged round (`docs:check` says when it is stale).
const defaultView = parseYaml(readFileSync(join(here, '..', 'data', 'default-view.yml'), 'utf8')) ?? {}
const audiences = ['public', 'board', 'staff', 'patient']
const percent = (value) => `${Math.round(value * 100)}%`
const viewSection = [
  '## Default view and suggestions',
  '',
  'Readers who did not build Plainspeak judged its findings on real published council and NHS',
  'documents (test/judged). A kind of finding is in the **default view** at an audience only where',
  'they acted on at least 60% of it and found at most 5% wrong; the rest are **suggestions**:',
  'correct but minor, off by default and one switch away (`suggestions: true` in `check()`,',
  '`--suggestions` on the command line, the `plainspeak.suggestions` editor setting, “Show',
  'suggestions too” in the Word pane). The most specific judged kind decides: a dictionary entry,',
  'then a band (sentence length in words; readability by years above the target), then the',
  'rule’s severity, then the rule. A kind with fewer than 5 verdicts keeps its rule’s view; a kind',
  'nobody judged is in the default view, and so is every finding of a rule set to `error` (no',
  'audience sets one: it is a choice to fail the run on it). Each rule below says where its',
  'findings are at each audience, with the verdicts: how many, the share acted on and the share',
  'wrong. The table is `packages/core/data/default-view.yml`.',
  ''
]

const severityNames = {error: 'its errors', warning: 'its warnings', info: 'its info findings'}
const readabilityBands = {'under 4 over': 'less than 4 years', '4-8 over': '4 to 8 years', '8+ over': '8 years or more'}
/** A kind of finding (a stratum of the table) in words, within its rule's section. */
function kindName(stratum) {
  const [kind, , ...rest] = stratum.split(':')
  const value = rest.join(':')
  if (kind === 'rule') return 'all its findings'
  if (kind === 'severity') return severityNames[value] ?? `its ${value} findings`
  if (kind === 'band' && stratum.startsWith('band:readability:')) return `reading age ${readabilityBands[value] ?? value} above the target`
  if (kind === 'band') return `sentences of ${value === '41+' ? 'over 40' : value.replace('-', '–')} words`
  return `“${value}”`
}

/** Where a rule's findings are by default at each audience, and the verdicts behind each kind. */
function ruleView(ruleId) {
  const rows = []
  for (const audience of audiences) {
    const judged = (defaultView[audience] ?? []).filter((row) => row.stratum.split(':')[1] === ruleId)
    if (!judged.some((row) => row.stratum === `rule:${ruleId}`)) {
      const why = (defaultView[audience] ?? []).length === 0 ? 'nothing judged at this audience yet' : 'fewer than 5 verdicts'
      rows.push(`| ${audience} | all its findings | default view (${why}) | – | – | – |`)
    }
    for (const row of judged) {
      const {n, act, wrong} = row.evidence
      // A row copied from another audience until this one is judged says so.
      const copied = row.copied ? ` (${row.copied}'s verdicts, until judged)` : ''
      rows.push(`| ${audience} | ${kindName(row.stratum)} | ${row.view === 'suggestion' ? 'suggestion' : 'default view'}${copied} | ${n} | ${percent(act)} | ${percent(wrong)} |`)
    }
  }
  return [
    '**By default**, at each audience: the most specific kind listed decides (see [Default view and suggestions](#default-view-and-suggestions)).',
    '',
    '| audience | findings | by default | verdicts | acted on | wrong |',
    '|---|---|---|---|---|---|',
    ...rows,
    ''
  ]
}

const lines = [
  '# Plainspeak rules',
  '',
  '<!-- Generated by packages/core/scripts/rules-doc.js from the rule modules: do not edit. -->',
  '',
  'Every finding carries one of these `ruleId`s. Severities can be changed per rule',
  '(`rules: {jargon: "error"}`) or switched off (`"off"`). “info / warning”: the rule reports',
  'at two levels, the lower one for findings just past its threshold.',
  '',
  '| rule | what | public | board | staff | patient |',
  '|---|---|---|---|---|---|',
  ...Object.values(rules).map((rule) => `| [\`${rule.id}\`](#${rule.id}) | ${rule.summary} | ${audiences.map((audience) => severityFor(rule, audience)).join(' | ')} |`),
  '',
  'One span gets one finding: when a sentence-level finding (readability, sentence-length,',
  'passive) covers the same words as a word-level one (jargon, acronyms), the word-level',
  'finding stays and the other’s advice is added to its note and listed in `data.also`; when',
  'readability and sentence-length both judge a sentence, sentence-length keeps it and gives the',
  'reading age in its note.',
  '',
  ...viewSection,
  '## Which sentences are prose',
  '',
  '`readability`, `sentence-length` and `passive` judge complete sentences in prose only:',
  'paragraphs, list items that are sentences, and long table cells, whatever the input format',
  '(Markdown, plain text, HTML, Word). Word-level rules apply everywhere. The reading ages in the',
  'statistics count the same prose sentences. Not prose:',
  '',
  ...Object.values(notProseKinds).map((what) => `- ${what}`),
  '',
  `A sentence of fewer than ${shortSentence} words needs a verb and closing punctuation to count as prose; with a full stop, a`,
  'sentence of more than six words that is not a title counts even when no verb is recognised. A sentence',
  'finding leaves out a paragraph number (“1.1”) or a leading label, and stops before any markup',
  'inside the sentence, so its `actual` never holds Markdown syntax.',
  ''
]

for (const rule of Object.values(rules)) {
  lines.push(`## ${rule.id}`, '', rule.summary, '')
  for (const paragraph of rule.details ?? []) lines.push(paragraph, '')
  lines.push(...ruleView(rule.id))
  for (const example of rule.examples) {
    // Every finding, the suggestions tier included, each marked: an example shows what the rule finds.
    const findings = check(example.bad, {...example.options, suggestions: true}).messages.filter((message) => message.ruleId === rule.id)
    const audience = example.options?.audience ? ` (audience \`${example.options.audience}\`)` : ''
    const at = example.options?.audience ?? resolveOptions().audience
    const marks = (message) => [...(rule.twoLevels ? [message.severity] : []), ...(message.suggestion ? [`a suggestion at ${at}`] : [])]
    const shown = (message) => `- ${messageToString(message)}${marks(message).length > 0 ? ` (${marks(message).join(', ')})` : ''}`
    lines.push(`Flagged${audience}:`, '', fence(example.bad), '', ...findings.map(shown), '', "Plain:", '', fence(example.good), '')
  }
}

const output = lines.join('\n')

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
/** The inline Markdown this page uses: code spans, links and bold. */
const inline = (text) =>
  escape(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, '<a href="$2">$1</a>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
const ruleIdSet = new Set(Object.keys(rules))
const slug = (text) => (ruleIdSet.has(text) ? text : text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))

/** The block Markdown rules.md is written in (headings, paragraphs, lists, tables, fences) as HTML. */
function toHtml(markdown) {
  const out = []
  const source = markdown.split('\n')
  for (let index = 0; index < source.length; index++) {
    const line = source[index]
    if (line.trim() === '' || /^<!--.*-->$/.test(line)) continue
    const heading = /^(#{1,3}) (.*)$/.exec(line)
    if (heading) {
      const level = heading[1].length
      out.push(`<h${level}${level > 1 ? ` id="${slug(heading[2])}"` : ''}>${inline(heading[2])}</h${level}>`)
      continue
    }
    if (line.startsWith('```')) {
      const code = []
      while (++index < source.length && !source[index].startsWith('```')) code.push(source[index])
      out.push(`<pre><code>${escape(code.join('\n'))}</code></pre>`)
      continue
    }
    if (line.startsWith('|')) {
      const rows = []
      for (; index < source.length && source[index].startsWith('|'); index++) rows.push(source[index])
      index--
      const cells = (row) => row.replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim())
      const [head, , ...body] = rows
      out.push(
        `<table><thead><tr>${cells(head).map((cell) => `<th scope="col">${inline(cell)}</th>`).join('')}</tr></thead><tbody>` +
          body.map((row) => `<tr>${cells(row).map((cell) => `<td>${inline(cell)}</td>`).join('')}</tr>`).join('') +
          '</tbody></table>'
      )
      continue
    }
    if (line.startsWith('- ')) {
      const items = []
      for (; index < source.length && source[index].startsWith('- '); index++) items.push(source[index].slice(2))
      index--
      out.push(`<ul>${items.map((item) => `<li>${inline(item)}</li>`).join('')}</ul>`)
      continue
    }
    const paragraph = [line]
    while (index + 1 < source.length && source[index + 1].trim() !== '' && !/^(#|```|\||- )/.test(source[index + 1])) paragraph.push(source[++index])
    out.push(`<p>${inline(paragraph.join(' '))}</p>`)
  }
  return out.join('\n')
}

const html = `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Plainspeak rules</title>
<style>
body { margin: 0 auto; max-width: 48rem; padding: 1rem 1.25rem 3rem; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; }
h2 { margin-top: 2.5rem; border-top: 1px solid #b1b4b6; padding-top: 1rem; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #b1b4b6; vertical-align: top; }
pre { background: #f3f2f1; padding: .5rem .75rem; white-space: pre-wrap; } code { font-size: .95em; }
:target { outline: 3px solid #ffdd00; outline-offset: 4px; }
</style>
</head>
<body>
<main>
${toHtml(output)}
</main>
</body>
</html>
`

if (process.argv.includes('--html')) {
  mkdirSync(dirname(htmlTarget), {recursive: true})
  writeFileSync(htmlTarget, html)
  console.log(`Wrote ${htmlTarget}.`)
} else if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(target, 'utf8')
  } catch {}
  if (current !== output) {
    console.error('packages/core/docs/rules.md is stale: run `pnpm --filter @plainspeak/core run docs`.')
    process.exit(1)
  }
  console.log('packages/core/docs/rules.md is up to date.')
} else {
  mkdirSync(dirname(target), {recursive: true})
  writeFileSync(target, output)
  writeFileSync(htmlTarget, html)
  console.log(`Wrote ${target} and ${htmlTarget}.`)
}
