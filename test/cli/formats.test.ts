/**
 * Every output format: the JSON shape, SARIF checked against the SARIF 2.1.0 schema, GitHub
 * annotations with their escaping, and the HTML report's self-containment. (The HTML report in
 * a real browser: html-report.test.ts.)
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import type {PlainspeakMessage} from '@plainspeak/core'
import {defaultViewSample} from '../default-view-sample.js'
import {cliRequire, makeFolder, parseJsonReport, repoRoot, runCli, samples, type JsonFile} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

let dir: string
let cleanup: () => Promise<void>

const dictionary = `- term: locality hub
  alternatives: [local office]
  kind: jargon
  source: lga-2009
  note: |-
    Only 40% of residents know this term.
    Say what it is.
`

beforeAll(async () => {
  ;({dir, cleanup} = await makeFolder({
    'paper one.md': `${samples.acronym}\nVisit the locality hub.\n`,
    'notes, draft: v2.txt': samples.jargon,
    'clean.txt': samples.clean,
    'broken.txt': new Uint8Array([0x66, 0x6f, 0x80, 0x0a]),
    'local.yml': dictionary,
    '.plainspeakrc.yml': 'dictionaries: [local.yml]\n'
  }))
})
afterAll(() => cleanup())

const files = ['paper one.md', 'notes, draft: v2.txt', 'clean.txt']

describe('--format json', () => {
  it('is [{path, messages, stats}] with the documented message fields, offsets into the checked text', async () => {
    const result = await runCli(['check', ...files, '-f', 'json'], {cwd: dir})
    expect(result.code).toBe(0)
    const report = parseJsonReport(result.stdout)
    expect(report.map((file) => file.path)).toEqual(files)
    for (const file of report) expect(Object.keys(file)).toEqual(['path', 'messages', 'stats'])
    const [paper] = report as [JsonFile]
    const jargon = paper.messages.find((message) => message.actual === 'locality hub')
    expect(jargon).toEqual({
      ruleId: 'jargon',
      severity: 'warning',
      reason: 'Use plain words instead of “locality hub”: “local office”.',
      actual: 'locality hub',
      expected: ['local office'],
      note: 'Only 40% of residents know this term.\nSay what it is.',
      url: pathToFileURL(path.join(repoRoot, 'packages/core/docs/rules.html')).href + '#jargon',
      line: 5,
      column: 11,
      endLine: 5,
      endColumn: 23,
      offset: expect.any(Number),
      endOffset: expect.any(Number),
      subject: {kind: 'term', text: 'locality hub'},
      suggestion: false,
      group: {id: 'jargon:locality hub', count: 1, ordinal: 1},
      fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/)
    })
    const text = await readFile(path.join(dir, 'paper one.md'), 'utf8')
    for (const message of paper.messages) expect(text.slice(message.offset, message.endOffset)).toBe(message.actual)
    expect(paper.stats).toMatchObject({targetReadingAge: 9, words: expect.any(Number), sections: [{heading: 'Health', line: 1}]})
    expect(paper.stats.acronyms.map((row) => row.acronym)).toEqual(['JSNA'])
    expect(report[2]!.messages).toEqual([])
  })

  it('writes a file with thousands of findings in parts, as the same JSON as one string', async () => {
    const {dir: big, cleanup: remove} = await makeFolder({'big.txt': 'We will utilise the locality hub going forward.\n\n'.repeat(800)})
    try {
      const result = await runCli(['check', 'big.txt', '-f', 'json'], {cwd: big})
      const report = parseJsonReport(result.stdout)
      expect(report[0]!.messages.length).toBeGreaterThan(1500)
      expect(result.stdout).toBe(`[\n${JSON.stringify(report[0])}\n]\n`)
    } finally {
      await remove()
    }
  })
})

describe('--format sarif', () => {
  it('is valid SARIF 2.1.0, with rules, help text, regions and fixes', async () => {
    const result = await runCli(['check', ...files, 'broken.txt', '-f', 'sarif'], {cwd: dir})
    expect(result.code).toBe(2)
    const log = JSON.parse(result.stdout)

    const Ajv = cliRequire('ajv-draft-04') as new (options: object) => {compile(schema: object): ((data: unknown) => boolean) & {errors?: unknown}}
    const addFormats = cliRequire('ajv-formats') as (ajv: unknown) => void
    const schema = cliRequire('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object
    // The schema's `language` pattern is not valid with the u flag: compile patterns without it.
    const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(schema)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)

    const [run] = log.runs
    expect(run.tool.driver.name).toBe('Plainspeak')
    const ruleIds = run.tool.driver.rules.map((rule: {id: string}) => rule.id)
    expect(ruleIds).toContain('acronym-undefined')
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(20)
      expect(rule.helpUri).toBe(`${pathToFileURL(path.join(repoRoot, 'packages/core/docs/rules.html')).href}#${rule.id}`)
    }
    const json = parseJsonReport((await runCli(['check', ...files, '-f', 'json'], {cwd: dir})).stdout)
    expect(run.results).toHaveLength(json.flatMap((file) => file.messages).length)

    const jargon = run.results.find((entry: {locations: Array<{physicalLocation: {region: {snippet: {text: string}}}}>}) => entry.locations[0]!.physicalLocation.region.snippet.text === 'locality hub')
    const message = json[0]!.messages.find((entry) => entry.actual === 'locality hub')!
    expect(jargon).toMatchObject({
      ruleId: 'jargon',
      ruleIndex: ruleIds.indexOf('jargon'),
      level: 'warning',
      locations: [{physicalLocation: {artifactLocation: {uri: 'paper%20one.md', uriBaseId: 'SRCROOT'}, region: {startLine: 5, startColumn: 11, endLine: 5, endColumn: 23, charOffset: message.offset, charLength: 12}}}],
      fixes: [{artifactChanges: [{replacements: [{deletedRegion: {charOffset: message.offset, charLength: 12}, insertedContent: {text: 'local office'}}]}]}]
    })
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/$/)

    // The file that could not be read is a tool notification, and the run says so.
    expect(run.invocations[0]).toMatchObject({
      executionSuccessful: false,
      exitCode: 2,
      toolExecutionNotifications: [{level: 'error', message: {text: expect.stringContaining('not valid UTF-8')}, locations: [{physicalLocation: {artifactLocation: {uri: 'broken.txt'}}}]}]
    })
  })

  it('writes thousands of results in parts, across files with none, many and one', async () => {
    const {dir: big, cleanup: remove} = await makeFolder({
      'a-none.txt': 'We will meet residents.\n',
      'b-many.txt': 'We will utilise the locality hub going forward.\n\n'.repeat(800),
      'c-one.txt': 'We will utilise it.\n'
    })
    try {
      const sarif = JSON.parse((await runCli(['check', 'a-none.txt', 'b-many.txt', 'c-one.txt', '-f', 'sarif'], {cwd: big})).stdout)
      const json = parseJsonReport((await runCli(['check', 'a-none.txt', 'b-many.txt', 'c-one.txt', '-f', 'json'], {cwd: big})).stdout)
      const results = sarif.runs[0].results as Array<{ruleId: string; locations: Array<{physicalLocation: {artifactLocation: {uri: string}; region: {charOffset: number}}}>}>
      expect(json.map((file) => file.messages.length)).toEqual([0, expect.any(Number), 1])
      expect(results.length).toBeGreaterThan(1500)
      expect(results.map((result) => `${result.locations[0]!.physicalLocation.artifactLocation.uri} ${result.ruleId} ${result.locations[0]!.physicalLocation.region.charOffset}`)).toEqual(
        json.flatMap((file) => file.messages.map((message) => `${file.path} ${message.ruleId} ${message.offset}`))
      )
    } finally {
      await remove()
    }
  })
})

describe('--format github', () => {
  it('writes one workflow command per finding, escaping %, line breaks, colons and commas', async () => {
    const result = await runCli(['check', ...files, '-f', 'github', '--rule', 'acronym-undefined=error'], {cwd: dir})
    expect(result.code).toBe(1)
    const lines = result.stdout.trimEnd().split('\n')
    expect(lines).toContain(
      '::warning file=paper one.md,line=5,col=11,endLine=5,endColumn=23,title=Plainspeak jargon::Use plain words instead of “locality hub”: “local office”.%0AOnly 40%25 of residents know this term.%0ASay what it is.'
    )
    expect(lines.some((line) => line.startsWith('::error file=paper one.md,line=3,col=5,endLine=3,endColumn=9,title=Plainspeak acronym-undefined::Spell out JSNA'))).toBe(true)
    expect(lines.some((line) => line.startsWith('::warning file=notes%2C draft%3A v2.txt,line=1,col=9,'))).toBe(true)
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^,:]+::[^\r\n]+$/)
  })

  it('reports info findings as notices and unreadable files as errors', async () => {
    const {dir: folder, cleanup: remove} = await makeFolder({'a.md': 'The form will be checked.\n', 'bad.txt': new Uint8Array([0, 1, 2])})
    try {
      // With --suggestions: an info finding may be a suggestion, and this is about how the format shows its level.
      const result = await runCli(['check', 'a.md', 'bad.txt', '-f', 'github', '--suggestions'], {cwd: folder})
      expect(result.code).toBe(2)
      expect(result.stdout).toMatch(/^::notice file=a\.md,line=1,col=10,endLine=1,endColumn=25,title=Plainspeak passive::Say who does it instead of the passive “will be checked”\./m)
      expect(result.stdout).toMatch(/^::error file=bad\.txt,title=Plainspeak::This looks like a binary file/m)
    } finally {
      await remove()
    }
  })
})

describe('--format html', () => {
  it('is one self-contained page: inline style and script, no external resources, text escaped', async () => {
    const {dir: folder, cleanup: remove} = await makeFolder({'a.txt': `${samples.jargon}<script>alert("x")</script> & more\n`})
    try {
      const result = await runCli(['check', 'a.txt', '-f', 'html'], {cwd: folder})
      expect(result.code).toBe(0)
      const html = result.stdout
      expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/)
      // Its own script and style only, named by hash: no inline handler runs, nothing is fetched or sent.
      expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[\w+/]+='; style-src 'sha256-[\w+/]+='; img-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none';/)
      expect(html).not.toContain('unsafe-inline')
      expect(html).not.toMatch(/<link\b|<img\b|<iframe\b|<script[^>]+src=|url\(|@import/i)
      expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more')
      expect(html).toMatch(/<mark class="word sev-warning" data-findings="file-1-f1">signpost<\/mark>/)
      // Each chart twice: for wide screens and for phones.
      expect(html).toMatch(/<svg class="chart chart-wide" id="chart-rules"[^>]*role="img"/)
      expect(html).toMatch(/<svg class="chart chart-narrow" id="chart-rules-narrow"[^>]*role="img"/)
      expect(html).toMatch(/<svg class="chart chart-wide" id="file-1-chart"/)
    } finally {
      await remove()
    }
  })
})

describe('repeated terms', () => {
  // The same locality hub three times, with a different word in between.
  const text = 'Visit the locality hub.\n\nThe locality hub is open. We signpost people to the locality hub.\n'

  it('keep each place in JSON and SARIF, with one group id, its count and ordinal', async () => {
    const {dir: folder, cleanup: remove} = await makeFolder({'a.txt': text, 'local.yml': dictionary, '.plainspeakrc.yml': 'dictionaries: [local.yml]\n'})
    try {
      const json = parseJsonReport((await runCli(['check', 'a.txt', '-f', 'json'], {cwd: folder})).stdout)
      const hubs = json[0]!.messages.filter((message) => message.actual === 'locality hub')
      expect(hubs.map((message) => [message.line, message.group])).toEqual([
        [1, {id: 'jargon:locality hub', count: 3, ordinal: 1}],
        [3, {id: 'jargon:locality hub', count: 3, ordinal: 2}],
        [3, {id: 'jargon:locality hub', count: 3, ordinal: 3}]
      ])
      const sarif = JSON.parse((await runCli(['check', 'a.txt', '-f', 'sarif'], {cwd: folder})).stdout)
      const results = sarif.runs[0].results.filter((result: {properties: {group?: string}}) => result.properties.group === 'jargon:locality hub')
      expect(results.map((result: {properties: object}) => result.properties)).toEqual([1, 2, 3].map((ordinal) => ({expected: ['local office'], group: 'jargon:locality hub', groupCount: 3, groupOrdinal: ordinal})))
    } finally {
      await remove()
    }
  })

  it('show once, with their count and places, in the stylish and HTML reports', async () => {
    const {dir: folder, cleanup: remove} = await makeFolder({'a.txt': text, 'local.yml': dictionary, '.plainspeakrc.yml': 'dictionaries: [local.yml]\n'})
    try {
      const stylish = (await runCli(['check', 'a.txt', '--no-color'], {cwd: folder})).stdout
      const rows = stylish.split('\n').filter((line) => line.includes('locality hub'))
      expect(rows).toEqual(['  1:11  warning  Use plain words instead of “locality hub”: “local office”. ×3 (1:11, 3:5, 3:53)  jargon'])
      const html = (await runCli(['check', 'a.txt', '-f', 'html'], {cwd: folder})).stdout
      const items = html.match(/<li id="file-1-f\d+"/g) ?? []
      // locality hub ×3 and signpost: two findings in the list, four places marked in the text.
      expect(items).toHaveLength(2)
      expect(html).toContain('<span class="count">×3</span>')
      expect(html.match(/<a class="ref" href="#file-1-f1"/g)).toHaveLength(3)
      expect(html).toContain('<h3 id="file-1-findings" tabindex="-1">4 findings (2 different things)</h3>')
    } finally {
      await remove()
    }
  })
})

describe('--suggestions, in every format', () => {
  // A text the judged default-view table splits at some audience (whatever a new round moves).
  const sample = defaultViewSample()
  const at = (message: PlainspeakMessage) => `${message.place.start.line}:${message.place.start.column} ${message.ruleId}`
  const shown = sample.shown.map(at)
  const suggestions = sample.suggestions.map(at)
  const warnings = sample.shown.filter((message) => message.severity === 'warning').length
  let folder: string
  let remove: () => Promise<void>
  beforeAll(async () => {
    ;({dir: folder, cleanup: remove} = await makeFolder({'a.txt': sample.text}))
  })
  afterAll(() => remove())
  // --max-warnings at the default view's count: a suggestion, whatever its severity, never fails the run.
  const run = (args: string[]) => runCli(['check', 'a.txt', '--audience', sample.audience, '--max-warnings', String(warnings), ...args], {cwd: folder})

  it('json: the default view without it; with it, the suggestions too, each marked', async () => {
    const plain = await run(['-f', 'json'])
    const all = await run(['-f', 'json', '--suggestions'])
    expect([plain.code, all.code]).toEqual([0, 0])
    type Message = JsonFile['messages'][number] & {suggestion: boolean}
    const messages = (stdout: string) => parseJsonReport(stdout)[0]!.messages as Message[]
    const of = (message: Message) => `${message.line}:${message.column} ${message.ruleId}`
    expect(messages(plain.stdout).map(of)).toEqual(shown)
    expect(messages(plain.stdout).every((message) => message.suggestion === false)).toBe(true)
    expect(messages(all.stdout).filter((message) => !message.suggestion).map(of)).toEqual(shown)
    expect(messages(all.stdout).filter((message) => message.suggestion).map(of)).toEqual(suggestions)
  })

  it('stylish: the default view without it; with it, the same findings, then the suggestions grouped by rule, counted apart', async () => {
    const plain = await run([])
    const all = await run(['--suggestions'])
    expect([plain.code, all.code]).toEqual([0, 0])
    const findingLines = (stdout: string) => stdout.split('\n').filter((line) => /^ {2}\d+:\d+ /.test(line))
    expect(findingLines(plain.stdout).map((line) => `${line.trim().split(/ +/)[0]} ${line.trim().split(/ +/).at(-1)}`)).toEqual(shown)
    expect(plain.stdout).not.toContain('suggestion')
    expect(findingLines(all.stdout)).toEqual(findingLines(plain.stdout))
    const count = (n: number) => `${n} suggestion${n === 1 ? '' : 's'}`
    expect(all.stdout).toContain(`  ${count(suggestions.length)} (minor):`)
    const byRule = new Map<string, number>()
    for (const message of sample.suggestions) byRule.set(message.ruleId, (byRule.get(message.ruleId) ?? 0) + 1)
    for (const [ruleId, n] of byRule) expect(all.stdout).toMatch(new RegExp(`^ {4}${ruleId} ×${n} `, 'm'))
    expect(all.stdout).toContain(`and ${count(suggestions.length)}: minor, shown because of --suggestions; they never fail a run.`)
  })

  it('sarif: the default view without it; with it, the suggestions too, as notes marked as suggestions', async () => {
    const plain = await run(['-f', 'sarif'])
    const all = await run(['-f', 'sarif', '--suggestions'])
    expect([plain.code, all.code]).toEqual([0, 0])
    type Result = {ruleId: string; level: string; locations: Array<{physicalLocation: {region: {startLine: number; startColumn: number}}}>; properties: {suggestion?: true}}
    const results = (stdout: string) => JSON.parse(stdout).runs[0].results as Result[]
    const of = (result: Result) => `${result.locations[0]!.physicalLocation.region.startLine}:${result.locations[0]!.physicalLocation.region.startColumn} ${result.ruleId}`
    expect(results(plain.stdout).map(of)).toEqual(shown)
    expect(results(plain.stdout).some((result) => result.properties.suggestion)).toBe(false)
    const marked = results(all.stdout).filter((result) => result.properties.suggestion)
    expect(marked.map(of)).toEqual(suggestions)
    expect(marked.every((result) => result.level === 'note')).toBe(true)
    expect(results(all.stdout).filter((result) => !result.properties.suggestion).map(of)).toEqual(shown)
  })
})
