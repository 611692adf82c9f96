// The shared evaluation: runs the built engine over a labelled corpus of council
// and NHS writing and scores its findings against what a plain-English editor
// would flag, per audience and per rule. How the corpus and labels work:
// test/eval/README.md.
//
//   pnpm eval                    every document, every audience, every rule
//   pnpm eval --doc 03           one document (by number or file name)
//   pnpm eval --rule jargon      one rule
//   pnpm eval --audience board   one audience
//   pnpm eval --min-severity warning   count only findings at or above a severity (default: all)
//   pnpm eval --summary          the tables only, without the lists of wrong and missed
//   pnpm eval --json             the same as JSON
//   pnpm eval --write-figures    re-write figures.json (the figures eval.test.ts holds)
//
// It checks with the built @plainspeak/core (packages/core/dist), so run `pnpm build` first.
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {LineCounter, parseDocument} from 'yaml'

const here = dirname(fileURLToPath(import.meta.url))
export const corpusDir = join(here, 'corpus')
export const figuresPath = join(here, 'figures.json')

export const audiences = ['public', 'board', 'staff']

/** Which label file holds which rules, so that three pieces of work can edit labels at once. */
export const labelFiles = {
  sentences: ['readability', 'sentence-length', 'passive'],
  acronyms: ['acronym-undefined', 'acronym-late-definition', 'acronym-redefined'],
  terms: ['jargon', 'simpler-word', 'inclusive']
}
export const ruleIds = Object.values(labelFiles).flat()

/** Rules whose finding is a whole sentence: a label names the sentence by its first words. */
const sentenceRules = new Set(['readability', 'sentence-length'])

/**
 * How far the figures may move against figures.json before eval.test.ts fails:
 * precision (per rule) and recall (overall) may fall by 0.01; findings per
 * 1,000 words (per rule) may rise by 2%, at least 0.1, so that rounding and a
 * one-finding wobble do not fail a run.
 */
export const tolerance = {precision: 0.01, recall: 0.01, perThousandRelative: 0.02, perThousandAbsolute: 0.1}

// ---------------------------------------------------------------- matching

/** Lower case, collapse white space, drop Markdown emphasis, escapes and link brackets. */
export function normalise(text) {
  return text
    .toLowerCase()
    .replace(/[*_`\\[\]]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A sentence's opening without paragraph numbers or list markers ("2.1 ", "(a) ", "- "). */
function sentenceOpening(text) {
  return normalise(text).replace(/^(?:\d+(?:\.\d+)*\.?|\([a-z0-9]+\)|[a-z]\)|[-+•])\s+/, '')
}

/**
 * Whether a finding is the one a label describes: one of the label's rules, the
 * same starting line, and the same words. For sentence rules the finding's text
 * starts with the label's words; for word rules one contains the other, and the
 * finding overlaps the place on the line where the label's words stand.
 */
export function matches(finding, label) {
  if (!label.rules.includes(finding.rule) || finding.line !== label.line) return false
  if (sentenceRules.has(finding.rule)) return sentenceOpening(finding.actual).startsWith(sentenceOpening(label.text))
  const actual = normalise(finding.actual)
  const text = normalise(label.text)
  if (!actual.includes(text) && !text.includes(actual)) return false
  // Where the label's words stand on the line, the finding must overlap them:
  // "risk" is not covered by a label for "risk appetite" ten words away.
  const end = finding.column + finding.actual.length
  return !label.spans || label.spans.some(([from, to]) => finding.column < to && end > from)
}

/** The 1-based columns [from, to) where `text` stands in `line`, ignoring case; undefined if it is not there as written. */
export function spansOf(text, line) {
  const spans = []
  const haystack = line.toLowerCase()
  const needle = text.toLowerCase()
  for (let index = haystack.indexOf(needle); index >= 0; index = haystack.indexOf(needle, index + 1)) spans.push([index + 1, index + 1 + needle.length])
  return spans.length > 0 ? spans : undefined
}

/**
 * Whether a finding's advice is what the label asks for: its first `expected`
 * replacement contains the label's `expected`, and no replacement contains the
 * label's `unexpected` ("penalty charge notice" for PCN in an NHS paper).
 */
export function adviceFits(finding, label) {
  const offered = (finding.expected ?? []).map(normalise)
  if (label.expected !== undefined && !offered[0]?.includes(normalise(label.expected))) return false
  if (label.unexpected !== undefined && offered.some((text) => text.includes(normalise(label.unexpected)))) return false
  return true
}

/** The labels that apply to one audience. */
export function labelsForAudience(labels, audience) {
  return labels.filter((label) => !label.audiences || label.audiences.includes(audience))
}

const ruleOrder = (rule) => (ruleIds.includes(rule) ? ruleIds.indexOf(rule) : ruleIds.length)
const ratio = (part, whole) => (whole === 0 ? null : part / whole)

/**
 * Scores one audience. Pure: `documents` is a list of `{file, words, findings,
 * labels}` where findings are `{rule, line, column, actual, expected?}` and
 * labels are `{kind: 'flag' | 'either', rules, text, line, spans?, audiences?,
 * why?, expected?, unexpected?}` (as `parseLabels` makes them).
 *
 * A finding is right when it matches a `flag` or `either` label and gives the
 * advice the label asks for, if it asks (`adviceFits`); otherwise it is wrong.
 * A label is one thing to say at each place, so a second finding matching the
 * same label at the same column (the same span twice, or both `readability`
 * and `sentence-length` on one sentence) is wrong: "said twice".
 *
 * A `flag` label is found when any finding matches it. A label with several
 * rules (`[readability, sentence-length]`) counts in the recall of each of its
 * rules, found there only by a finding of that rule; the `all` row counts it
 * once, found by any of them.
 */
export function score(documents, audience, options = {}) {
  const onlyRule = options.rule
  const rules = onlyRule ? [onlyRule] : ruleIds
  const tally = new Map([...rules, 'all'].map((rule) => [rule, {findings: 0, right: 0, labels: 0, found: 0}]))
  const wrong = []
  const missed = []
  let words = 0
  for (const document of documents) {
    words += document.words
    const labels = labelsForAudience(document.labels, audience).filter((label) => !onlyRule || label.rules.includes(onlyRule))
    const flags = labels.filter((label) => label.kind === 'flag')
    const foundBy = new Map() // flag label -> the rules whose findings matched it
    const said = new Map() // label -> the columns where a finding already said it
    const inOrder = [...document.findings].sort((a, b) => a.line - b.line || a.column - b.column || ruleOrder(a.rule) - ruleOrder(b.rule))
    for (const finding of inOrder) {
      if (onlyRule && finding.rule !== onlyRule) continue
      if (!tally.has(finding.rule)) tally.set(finding.rule, {findings: 0, right: 0, labels: 0, found: 0})
      // A label stands for one thing to say at each place: a second finding
      // there (the same span twice, or two rules on one sentence) is noise.
      const placed = labels.filter((label) => matches(finding, label))
      const candidates = placed.filter((label) => adviceFits(finding, label))
      const fresh = candidates.filter((label) => !said.get(label)?.has(finding.column))
      const duplicate = candidates.length > 0 && fresh.length === 0
      const wrongAdvice = placed.length > 0 && candidates.length === 0
      for (const label of fresh) {
        if (!said.has(label)) said.set(label, new Set())
        said.get(label).add(finding.column)
        if (label.kind !== 'flag') continue
        if (!foundBy.has(label)) foundBy.set(label, new Set())
        foundBy.get(label).add(finding.rule)
      }
      for (const key of [finding.rule, 'all']) {
        const counts = tally.get(key)
        counts.findings++
        if (fresh.length > 0) counts.right++
      }
      if (fresh.length === 0) wrong.push({file: document.file, ...finding, duplicate, wrongAdvice})
    }
    for (const label of flags) {
      const isFound = foundBy.has(label)
      for (const key of [...new Set(label.rules), 'all']) {
        const counts = tally.get(key)
        if (!counts) continue
        counts.labels++
        if (key === 'all' ? isFound : foundBy.get(label)?.has(key)) counts.found++
      }
      if (!isFound) missed.push({file: document.file, rule: label.rules.join('|'), line: label.line, text: label.text, why: label.why})
    }
  }
  const figures = {}
  for (const [rule, counts] of tally) {
    figures[rule] = {
      findings: counts.findings,
      perThousandWords: round(words === 0 ? 0 : (counts.findings / words) * 1000),
      precision: round(ratio(counts.right, counts.findings)),
      recall: round(ratio(counts.found, counts.labels)),
      labels: counts.labels
    }
  }
  return {audience, words, figures, wrong, missed}
}

const round = (value) => (value === null ? null : Math.round(value * 1000) / 1000)

/**
 * What got worse between the held figures and the current ones, beyond the
 * tolerance: lower precision or recall, more findings per 1,000 words. Pure.
 */
export function regressions(held, current) {
  const worse = []
  for (const audience of Object.keys(held.audiences)) {
    for (const [rule, before] of Object.entries(held.audiences[audience])) {
      const now = current.audiences[audience]?.[rule]
      if (!now) continue
      const where = `${audience} ${rule}`
      // Recall is held overall only: rules share labels ([readability,
      // sentence-length], [jargon, simpler-word]), so one rule's recall may
      // rightly pass to another.
      for (const measure of rule === 'all' ? ['precision', 'recall'] : ['precision']) {
        if (before[measure] !== null && now[measure] !== null && now[measure] < before[measure] - tolerance[measure]) {
          worse.push(`${where}: ${measure} fell from ${before[measure]} to ${now[measure]}`)
        }
      }
      const allowed = before.perThousandWords + Math.max(tolerance.perThousandAbsolute, before.perThousandWords * tolerance.perThousandRelative)
      if (now.perThousandWords > allowed) {
        worse.push(`${where}: findings per 1,000 words rose from ${before.perThousandWords} to ${now.perThousandWords}`)
      }
    }
  }
  return worse
}

// ---------------------------------------------------------------- corpus

/** Words as a reader counts them, so the denominator does not move when the engine changes. */
export function countWords(text) {
  const prose = text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ')
  return prose.match(/[\p{L}\p{N}]+(?:['’.,\-/][\p{L}\p{N}]+)*/gu)?.length ?? 0
}

export class LabelError extends Error {}

const labelKeys = new Set(['rule', 'text', 'line', 'audiences', 'why', 'expected', 'unexpected'])

/** Reads one label file, checking every label against its document; errors name file:line. */
export function parseLabels(source, name, kind, documentLines) {
  const lineCounter = new LineCounter()
  const yaml = parseDocument(source, {lineCounter})
  if (yaml.errors.length > 0) throw new LabelError(`${name}: ${yaml.errors[0].message}`)
  const data = yaml.toJS() ?? {}
  const allowedRules = labelFiles[kind]
  const labels = []
  for (const key of Object.keys(data)) {
    if (key !== 'flag' && key !== 'either') throw new LabelError(`${name}: unknown key \`${key}\`, expected \`flag\` or \`either\``)
  }
  for (const labelKind of ['flag', 'either']) {
    const list = data[labelKind] ?? []
    if (!Array.isArray(list)) throw new LabelError(`${name}: \`${labelKind}\` must be a list`)
    const nodes = yaml.get(labelKind)?.items ?? []
    list.forEach((raw, index) => {
      const at = `${name}:${lineCounter.linePos(nodes[index]?.range?.[0] ?? 0).line}`
      const fail = (message) => {
        throw new LabelError(`${at}: ${message}`)
      }
      if (raw === null || typeof raw !== 'object') fail('a label must be a mapping like {rule: jargon, text: leverage, line: 12}')
      for (const key of Object.keys(raw)) if (!labelKeys.has(key)) fail(`unknown key \`${key}\`, expected one of ${[...labelKeys].join(', ')}`)
      if (raw.rule === undefined) fail('`rule` is missing: a rule id or a list of them')
      const rules = Array.isArray(raw.rule) ? raw.rule : [raw.rule]
      for (const rule of rules) {
        if (!allowedRules.includes(rule)) fail(`rule \`${rule}\` does not belong in a ${kind} file, expected one of ${allowedRules.join(', ')}`)
      }
      if (typeof raw.text !== 'string' || raw.text.trim() === '') fail('`text` must be the words flagged')
      if (!Number.isInteger(raw.line) || raw.line < 1 || raw.line > documentLines.length) fail(`\`line\` must be a line of the document (1 to ${documentLines.length})`)
      if (raw.audiences !== undefined) {
        if (!Array.isArray(raw.audiences) || raw.audiences.some((audience) => !audiences.includes(audience))) fail(`\`audiences\` must be a list of ${audiences.join(', ')}`)
      }
      // The words start on the label's line (a sentence may run on over the next lines).
      const own = normalise(documentLines[raw.line - 1])
      const start = normalise(`${documentLines[raw.line - 1]} ${documentLines.slice(raw.line, raw.line + 3).join(' ')}`).indexOf(normalise(raw.text))
      if (start < 0 || start >= own.length) fail(`"${raw.text}" is not on line ${raw.line} of the document`)
      for (const key of ['expected', 'unexpected']) if (raw[key] !== undefined && typeof raw[key] !== 'string') fail(`\`${key}\` must be text`)
      const spans = rules.some((rule) => sentenceRules.has(rule)) ? undefined : spansOf(raw.text, documentLines[raw.line - 1])
      labels.push({kind: labelKind, rules, text: raw.text, line: raw.line, spans, audiences: raw.audiences, why: raw.why, expected: raw.expected, unexpected: raw.unexpected, at})
    })
  }
  return labels
}

/** The corpus: index.yml, each document and its three label files. */
export function loadCorpus(options = {}) {
  const index = parseDocument(readFileSync(join(corpusDir, 'index.yml'), 'utf8')).toJS()
  const selected = options.doc ? index.filter((entry) => entry.file === options.doc || entry.file.startsWith(`${options.doc}-`)) : index
  if (options.doc && selected.length === 0) throw new LabelError(`No document matches --doc ${options.doc}`)
  return selected.map((entry) => {
    const text = readFileSync(join(corpusDir, entry.file), 'utf8')
    const lines = text.split(/\r?\n/)
    const stem = entry.file.replace(/\.[^.]+$/, '')
    const labels = Object.keys(labelFiles).flatMap((kind) => {
      const name = `${stem}.${kind}.yml`
      let source
      try {
        source = readFileSync(join(corpusDir, name), 'utf8')
      } catch {
        return []
      }
      return parseLabels(source, `test/eval/corpus/${name}`, kind, lines)
    })
    return {...entry, text, words: countWords(text), labels}
  })
}

// ---------------------------------------------------------------- running

const severityRank = {info: 0, warning: 1, error: 2}

/** Checks every document at every audience with the built engine and scores the findings. */
export async function evaluate(options = {}) {
  const {check, formatFromPath} = await import(pathToFileURL(join(here, '..', '..', 'packages', 'core', 'dist', 'index.js')).href)
  const corpus = loadCorpus(options)
  const chosen = options.audience ? [options.audience] : audiences
  const results = {}
  for (const audience of chosen) {
    const documents = corpus.map((entry) => {
      // Every finding, suggestions too: this measures what the rules find. Which of them are in the
      // default view comes from the judged evidence, scored by `pnpm eval:judged`.
      const {messages} = check(entry.text, {format: formatFromPath(entry.file), audience, suggestions: true})
      const shown = messages.filter((message) => severityRank[message.severity] >= severityRank[options.minSeverity ?? 'info'])
      const findings = shown.map((message) => ({
        rule: message.ruleId,
        line: message.place.start.line,
        column: message.place.start.column,
        actual: message.actual,
        severity: message.severity,
        expected: message.expected,
        reason: message.reason
      }))
      return {file: `test/eval/corpus/${entry.file}`, words: entry.words, findings, labels: entry.labels}
    })
    results[audience] = score(documents, audience, options)
  }
  return {
    documents: corpus.length,
    words: corpus.reduce((sum, entry) => sum + entry.words, 0),
    labels: labelCounts(corpus),
    results
  }
}

/** How many labels of each kind the corpus holds: in all, and per rule (a label with several rules counts for each). */
function labelCounts(corpus) {
  const counts = {all: {flag: 0, either: 0}, ...Object.fromEntries(ruleIds.map((rule) => [rule, {flag: 0, either: 0}]))}
  for (const entry of corpus) {
    for (const label of entry.labels) {
      counts.all[label.kind]++
      for (const rule of label.rules) counts[rule][label.kind]++
    }
  }
  return counts
}

/** The figures figures.json holds: per audience and rule. */
export function figuresOf(evaluation) {
  return {
    about: 'Held by test/eval/eval.test.ts. Re-write with `pnpm eval --write-figures` (see test/eval/README.md).',
    documents: evaluation.documents,
    words: evaluation.words,
    audiences: Object.fromEntries(Object.entries(evaluation.results).map(([audience, result]) => [audience, result.figures]))
  }
}

// ---------------------------------------------------------------- printing

const show = (value) => (value === null ? '–' : value.toFixed(2))
const clip = (text, length = 70) => {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

function printTable(result) {
  const lines = [`${'rule'.padEnd(26)}${'findings'.padStart(9)}${'per 1,000'.padStart(11)}${'precision'.padStart(11)}${'recall'.padStart(8)}${'labels'.padStart(8)}`]
  for (const [rule, figures] of Object.entries(result.figures)) {
    if (rule === 'all') continue
    lines.push(row(rule, figures))
  }
  lines.push(row('all', result.figures.all))
  return lines.join('\n')
}

function row(rule, figures) {
  return `${rule.padEnd(26)}${String(figures.findings).padStart(9)}${figures.perThousandWords.toFixed(1).padStart(11)}${show(figures.precision).padStart(11)}${show(figures.recall).padStart(8)}${String(figures.labels).padStart(8)}`
}

function printReport(evaluation, summary) {
  const {all, ...perRule} = evaluation.labels
  const out = [
    `${evaluation.documents} documents, ${evaluation.words.toLocaleString('en-GB')} words, ${all.flag} flag and ${all.either} either labels`,
    `labels per rule (flag/either): ${Object.entries(perRule).map(([rule, count]) => `${rule} ${count.flag}/${count.either}`).join(', ')}`
  ]
  for (const [audience, result] of Object.entries(evaluation.results)) {
    out.push('', `== audience ${audience}`, printTable(result))
    if (summary) continue
    if (result.wrong.length > 0) out.push('', `wrong findings (${audience}):`)
    for (const finding of result.wrong) {
      const note = finding.duplicate ? '  (said twice)' : finding.wrongAdvice ? `  (wrong advice: ${finding.expected.join(' | ') || 'none'})` : ''
      out.push(`  ${finding.file}:${finding.line}:${finding.column}  ${finding.rule} (${finding.severity})  "${clip(finding.actual)}"${note}`)
    }
    if (result.missed.length > 0) out.push('', `missed labels (${audience}):`)
    for (const label of result.missed) {
      out.push(`  ${label.file}:${label.line}  ${label.rule}  "${clip(label.text)}"${label.why ? `  — ${label.why}` : ''}`)
    }
  }
  return out.join('\n')
}

function parseArguments(argv) {
  const options = {}
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]
    if (argument === '--json') options.json = true
    else if (argument === '--summary') options.summary = true
    else if (argument === '--write-figures') options.writeFigures = true
    else if (['--doc', '--rule', '--audience', '--min-severity'].includes(argument)) {
      const value = argv[++index]
      if (!value) throw new LabelError(`${argument} needs a value`)
      options[argument.slice(2).replace(/-([a-z])/g, (_, letter) => letter.toUpperCase())] = value
    } else throw new LabelError(`Unknown option ${argument}: expected --doc NN, --rule ID, --audience NAME, --min-severity LEVEL, --summary, --json or --write-figures`)
  }
  if (options.minSeverity && !(options.minSeverity in severityRank)) throw new LabelError(`Unknown severity ${options.minSeverity}: expected info, warning or error`)
  if (options.rule && !ruleIds.includes(options.rule)) throw new LabelError(`Unknown rule ${options.rule}: expected one of ${ruleIds.join(', ')}`)
  if (options.audience && !audiences.includes(options.audience)) throw new LabelError(`Unknown audience ${options.audience}: expected one of ${audiences.join(', ')}`)
  if (options.writeFigures && (options.doc || options.rule || options.audience || options.minSeverity)) throw new LabelError('--write-figures needs the whole corpus and every finding: drop --doc, --rule, --audience and --min-severity')
  return options
}

async function main() {
  const options = parseArguments(process.argv.slice(2))
  const evaluation = await evaluate(options)
  if (options.writeFigures) {
    const current = figuresOf(evaluation)
    let held
    try {
      held = JSON.parse(readFileSync(figuresPath, 'utf8'))
    } catch {}
    for (const line of held ? regressions(held, current) : []) process.stderr.write(`worse: ${line}\n`)
    writeFileSync(figuresPath, `${JSON.stringify(current, null, 2)}\n`)
    process.stderr.write(`Wrote ${figuresPath}\n`)
  }
  process.stdout.write(options.json ? `${JSON.stringify(evaluation, null, 2)}\n` : `${printReport(evaluation, options.summary)}\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof LabelError ? error.message : error.stack}\n`)
    process.exitCode = 2
  })
}
