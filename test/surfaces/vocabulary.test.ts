/**
 * One vocabulary and one rounding on every surface. The same board paper goes through the CLI
 * (stylish, HTML report, stats, JSON; as Markdown and as .docx), the language server (what VS
 * Code's status bar and statistics view show, and the diagnostics' levels) and the Word pane in
 * headless Chromium; each must give the same reading age to one decimal place, the same counts
 * per level with the same names, and singular and plural right (a paper with one finding too).
 * The language server's diagnostics are counted level by level against the CLI's findings at
 * every audience, with suggestions off and on: what the Problems panel lists is what the CLI
 * counts, each use of a repeated term included, and the suggestions are hints counted apart.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {check, countSeverities, describeFindings, describeReadingAge, describeSeverityCounts, formatReadingAge, plural, type SeverityCounts} from '@plainspeak/core'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {statisticsHtml, statusText, statusTooltip} from '../../extensions/vscode/src/statistics.js'
import {cliRequire, makeFolder, runCli} from '../cli/helpers.js'
import {fileUri, TestClient} from '../language-server/helpers.js'
import {TaskPaneHarness} from '../word/harness.js'

vi.setConfig({testTimeout: 180_000})

interface Paper {
  name: string
  /** Headings (level) and paragraphs, in order. */
  blocks: Array<{text: string; heading?: number}>
}

const papers: Paper[] = [
  {
    name: 'winter',
    blocks: [
      {text: 'Community health services winter plan', heading: 1},
      {text: 'This paper asks the board to agree how community health services will support residents this winter.'},
      {text: 'Background', heading: 2},
      {
        text: 'Last winter, demand for community nursing rose by a fifth in January, when many patients left hospital at the same time and several teams were short of staff because of illness.'
      },
      {text: 'We will signpost residents to the new advice line, which will be open every day from 8am to 8pm.'},
      {text: 'Proposals', heading: 2},
      {text: 'It is recommended that the board approves extra funding of £420,000 for weekend nursing visits.'},
      {text: 'The JSNA shows that older residents in the east of the borough are most likely to need help at home.'},
      {text: 'Next steps', heading: 2},
      {text: 'If the board agrees, recruitment will start in October and the new visits will begin in December.'}
    ]
  },
  {name: 'one', blocks: [{text: 'Advice line', heading: 1}, {text: 'We will signpost residents to the advice line.'}]}
]

/**
 * A paper for the counts per level: a term used twice (two findings, one group), a long
 * sentence (a warning at one audience, info at another), a passive and an acronym that some
 * audiences see only as suggestions.
 */
const countsPaper = `# Library opening hours

This paper asks the committee to agree new opening hours for the three branch libraries from April.

## What we found

Over the last year, visits to the branch libraries fell on weekday mornings and rose on weekday evenings and on Saturdays, when many families with school-age children and people who work during the day were free to come in.

We will signpost visitors to the help desk for advice on the new times. Volunteers will also signpost families to the reading groups.

## What we propose

It is recommended that the committee agrees the new hours. Staff will utilise the quieter mornings for school visits.

The JSNA shows that children in the north of the borough read less at home.
`

const markdown = (paper: Paper) => paper.blocks.map((block) => (block.heading ? `${'#'.repeat(block.heading)} ${block.text}` : block.text)).join('\n\n') + '\n'

/**
 * Every surface shows the default view. Which findings are in it at each audience, the judged
 * table decides, and a new round may move them: the papers are checked at the first audience
 * where the winter paper has findings in the default view and the other paper has exactly one.
 */
const audience = (['board', 'public', 'staff'] as const).find((candidate) =>
  papers.every((paper) => {
    const found = check(markdown(paper), {format: 'markdown', audience: candidate}).messages.length
    return paper.name === 'one' ? found === 1 : found > 1
  })
)
if (!audience) throw new Error('At no audience does the default view give the winter paper findings and the other paper one: change the papers in test/surfaces/vocabulary.test.ts.')
/** How the Word pane names each audience in its verdict. */
const audienceNames = {public: 'the public', board: 'a board or committee', staff: 'staff'} as const

/** What each surface showed for one paper. */
interface Shown {
  readingAge: string
  counts: string
}

let dir: string
let cleanup: () => Promise<void>
const harness = new TaskPaneHarness()
let client: TestClient

beforeAll(async () => {
  const {Document, Packer, Paragraph, HeadingLevel} = cliRequire('docx') as {
    Document: new (options: object) => object
    Packer: {toBuffer(document: object): Promise<Uint8Array>}
    Paragraph: new (options: object) => object
    HeadingLevel: Record<string, string>
  }
  const files: Record<string, string | Uint8Array> = {}
  for (const paper of papers) {
    files[`${paper.name}.md`] = markdown(paper)
    const children = paper.blocks.map((block) => new Paragraph({text: block.text, ...(block.heading ? {heading: HeadingLevel[`HEADING_${block.heading}`]} : {})}))
    files[`${paper.name}.docx`] = await Packer.toBuffer(new Document({sections: [{children}]}))
  }
  files['counts.md'] = countsPaper
  ;({dir, cleanup} = await makeFolder(files))
  await harness.start()
  // The default view, as shipped: suggestions off.
  client = await TestClient.start({workspaceFolder: dir, settings: {audience, dictionaries: [], suggestions: false}})
}, 180_000)

afterAll(async () => {
  await client?.stop()
  await harness.stop()
  await cleanup?.()
})

describe.each(papers)('the $name paper on every surface', (paper) => {
  let truth: {readingAge: number | null; target: number; words: number; counts: SeverityCounts}

  beforeAll(async () => {
    const json = await runCli(['check', `${paper.name}.md`, '-f', 'json', '--audience', audience], {cwd: dir})
    const [file] = JSON.parse(json.stdout) as Array<{messages: Array<{severity: 'error' | 'warning' | 'info'}>; stats: {readingAge: number | null; targetReadingAge: number; words: number}}>
    truth = {readingAge: file!.stats.readingAge, target: file!.stats.targetReadingAge, words: file!.stats.words, counts: countSeverities(file!.messages)}
    expect(truth.readingAge).not.toBeNull()
  })

  it('has the same figures as Markdown and as a Word document', async () => {
    const docx = await runCli(['check', `${paper.name}.docx`, '-f', 'json', '--audience', audience], {cwd: dir})
    const [file] = JSON.parse(docx.stdout) as Array<{messages: Array<{severity: 'error' | 'warning' | 'info'}>; stats: {readingAge: number | null}}>
    expect(file!.stats.readingAge).toBe(truth.readingAge)
    expect(countSeverities(file!.messages)).toEqual(truth.counts)
  })

  it('has the same figures as Markdown and as a Word document with suggestions on', async () => {
    const figures = async (file: string) => {
      const run = await runCli(['check', file, '-f', 'json', '--audience', audience, '--suggestions'], {cwd: dir})
      const [result] = JSON.parse(run.stdout) as Array<{messages: Array<{severity: 'error' | 'warning' | 'info'; suggestion?: boolean}>; stats: {readingAge: number | null}}>
      return {readingAge: result!.stats.readingAge, counts: countSeverities(result!.messages), suggestions: result!.messages.filter((message) => message.suggestion).length}
    }
    const markdownFigures = await figures(`${paper.name}.md`)
    expect(markdownFigures.readingAge).toBe(truth.readingAge)
    expect(await figures(`${paper.name}.docx`)).toEqual(markdownFigures)
  })

  it('shows one reading age, one set of counts and one set of level names everywhere', async () => {
    const age = formatReadingAge(truth.readingAge)
    expect(age).toMatch(/^\d+\.\d$/)
    const counts = describeSeverityCounts(truth.counts)
    const shown: Record<string, Shown> = {}

    // CLI, stylish, for Markdown and for .docx.
    for (const extension of ['md', 'docx']) {
      const stylish = (await runCli(['check', `${paper.name}.${extension}`, '--audience', audience], {cwd: dir})).stdout
      shown[`stylish .${extension}`] = {
        readingAge: new RegExp(`reading age (\\d+\\.\\d), target ${truth.target}`).exec(stylish)![1]!,
        counts: /^✖ \d+ findings? \((.*)\) in 1 file\.$/m.exec(stylish)![1]!
      }
      expect(stylish).toContain(`${paper.name}.${extension}  ${describeReadingAge(truth.readingAge, truth.target)}`)
      expect(stylish).toContain(`✖ ${describeFindings(truth.counts)} in 1 file.`)
      for (const level of ['warning', 'info'] as const) {
        const rows = stylish.split('\n').filter((line) => new RegExp(`^ +(\\d+:\\d+|col \\d+|paragraph \\d+) +${level} `).test(line))
        expect(rows, `${extension} ${level}`).toHaveLength(truth.counts[level])
      }
    }

    // CLI, HTML report.
    const html = (await runCli(['check', `${paper.name}.md`, '-f', 'html', '--audience', audience], {cwd: dir})).stdout
    shown['html'] = {readingAge: /<dt>Reading age<\/dt><dd class="\w+">([\d.]+)<\/dd>/.exec(html)![1]!, counts: /checked by Plainspeak on .+? UTC: \d+ findings? \(([^)]*)\)\./.exec(html)![1]!}
    for (const [level, count] of Object.entries(truth.counts)) expect(html.match(new RegExp(`<span class="badge sev-${level}">${level}</span>`, 'g')) ?? []).toHaveLength(count)

    // CLI, stats.
    const stats = (await runCli(['stats', `${paper.name}.md`, '--audience', audience], {cwd: dir})).stdout
    shown['stats'] = {readingAge: new RegExp(`^ {2}Reading age +(\\d+\\.\\d) \\(target ${truth.target}, (?:above|within) target\\)$`, 'm').exec(stats)![1]!, counts}

    // The language server, as VS Code shows it: the status bar, the statistics view, the diagnostics' levels.
    const uri = fileUri(path.join(dir, `${paper.name}.md`))
    const notified = client.stats(uri, 1)
    const {diagnostics} = await client.open(uri, markdown(paper))
    const params = await notified
    const status = statusText(params)
    shown['vscode status bar'] = {readingAge: /^Reading age (\S+) · /.exec(status)![1]!, counts: /· (.*)$/.exec(status)![1]!}
    const view = statisticsHtml(params, `${paper.name}.md`)
    shown['vscode statistics'] = {readingAge: /<th scope="row">Reading age<\/th><td><span[^>]*>([^<]+)<\/span>/.exec(view)![1]!, counts: /<th scope="row">Findings<\/th><td>\d+ findings? \(([^)]*)\)<\/td>/.exec(view)![1]!}
    // Each level is the editor's level of the same name, so the Problems panel lists what the CLI counts.
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 1)).toHaveLength(truth.counts.error)
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 2)).toHaveLength(truth.counts.warning)
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 3)).toHaveLength(truth.counts.info)
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 4)).toHaveLength(0)

    // The Word pane.
    const pane = await harness.open({
      paragraphs: paper.blocks.map((block) => ({text: block.text, ...(block.heading ? {style: `Heading${block.heading}`} : {})})),
      settings: {'plainspeak.audience': audience}
    })
    await pane.check()
    const paneCounts = (await pane.page.getByTestId('counts').textContent())!
    shown['word pane'] = {readingAge: (await pane.page.getByTestId('reading-age').textContent())!, counts: /^(.*) in [\d,]+ words?\.$/.exec(paneCounts)![1]!.replace(/^./, (letter) => letter.toLowerCase())}
    expect(paneCounts).toBe(`${counts.replace(/^./, (letter) => letter.toUpperCase())} in ${plural(truth.words, 'word')}.`)
    expect(await pane.page.locator('.verdict-text').textContent()).toContain(`target ${truth.target} for ${audienceNames[audience]} (${truth.readingAge! > truth.target ? 'above' : 'within'} target)`)
    // Each finding says its level in words (not by colour alone), in core's level names.
    const paneLevels = await pane.page.locator('.finding-reason .severity-tag').allTextContents()
    expect(new Set(paneLevels)).toEqual(new Set(Object.entries(truth.counts).filter(([, count]) => count > 0).map(([level]) => `${level.replace(/^./, (letter) => letter.toUpperCase())}:`)))

    for (const [surface, values] of Object.entries(shown)) expect(values, surface).toEqual({readingAge: age, counts})
  })
})

/** LSP severities: what the Problems panel lists (1–3) and the hints it does not (4). */
const lspLevels = {1: 'error', 2: 'warning', 3: 'info'} as const

describe.each([false, true])('counts per level in the language server and the CLI, suggestions %s', (suggestions) => {
  let local: TestClient

  beforeAll(async () => {
    local = await TestClient.start({workspaceFolder: dir, settings: {dictionaries: [], suggestions}})
  })

  afterAll(async () => {
    await local?.stop()
  })

  it.each(['public', 'board', 'staff'] as const)('agree at audience %s, each use of a repeated term counted', async (at) => {
    const cliArguments = ['check', 'counts.md', '--audience', at, ...(suggestions ? ['--suggestions'] : [])]
    const json = await runCli([...cliArguments, '-f', 'json'], {cwd: dir})
    const [file] = JSON.parse(json.stdout) as Array<{messages: Array<{severity: 'error' | 'warning' | 'info'; suggestion: boolean; group?: {ordinal: number}}>}>
    const truth = countSeverities(file!.messages.filter((message) => !message.suggestion))
    const truthSuggestions = file!.messages.filter((message) => message.suggestion).length
    // The paper's repeated term is in the default view at every audience: a repeat is counted, not folded.
    expect(file!.messages.some((message) => !message.suggestion && (message.group?.ordinal ?? 1) > 1)).toBe(true)
    if (!suggestions) expect(truthSuggestions).toBe(0)

    // The CLI's own summary says the same.
    const stylish = (await runCli(cliArguments, {cwd: dir})).stdout
    expect(stylish).toContain(`✖ ${describeFindings(truth)} in 1 file.`)
    if (truthSuggestions > 0) expect(stylish).toContain(`and ${plural(truthSuggestions, 'suggestion')}: minor`)

    // The language server, over the protocol: its diagnostics per level, and the counts it sends the status bar.
    local.settings = {...local.settings, audience: at}
    await local.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
    const uri = fileUri(path.join(dir, `counts-${at}-${suggestions}.md`))
    const notified = local.stats(uri, 1)
    const {diagnostics} = await local.open(uri, countsPaper)
    const params = await notified
    const listed: SeverityCounts = {error: 0, warning: 0, info: 0}
    for (const diagnostic of diagnostics) if (diagnostic.severity !== 4) listed[lspLevels[diagnostic.severity as 1 | 2 | 3]]++
    const hints = diagnostics.filter((diagnostic) => diagnostic.severity === 4)
    expect(listed).toEqual(truth)
    expect(hints).toHaveLength(truthSuggestions)
    expect(hints.every((diagnostic) => (diagnostic.data as {suggestion?: boolean}).suggestion === true)).toBe(true)
    expect(params.findings).toMatchObject({...truth, suggestions: truthSuggestions})

    // VS Code's status bar counts what Problems lists; its tooltip counts the suggestions beside them.
    expect(statusText(params)).toMatch(new RegExp(`· ${describeSeverityCounts(truth)}$`))
    const tooltip = statusTooltip(params)
    expect(tooltip).toContain(`Problems lists ${describeFindings(truth)}.`)
    if (truthSuggestions > 0) expect(tooltip).toContain(`Also ${plural(truthSuggestions, 'suggestion')}, shown as dots under the words (hints), not in Problems.`)
    else expect(tooltip).not.toContain('suggestion')
  })
})
