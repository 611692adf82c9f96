/**
 * The extension in real VS Code: the packaged .vsix installed into code-server 4.100.3
 * (VS Code 1.100.3), driven through Playwright and Debian Chromium. Waits on UI conditions only.
 *
 * Needs: Debian `chromium`, `ripgrep`, `libkrb5-dev`; `test/vscode/setup-code-server.sh` (run here
 * when needed); the language server and the CLI built. The screenshot goes to test/screenshots/;
 * `pnpm screenshots` also refreshes the README's copy in extensions/vscode/images/.
 */
import {execFileSync, spawn, type ChildProcess} from 'node:child_process'
import {describeSeverityCounts, formatReadingAge, plural} from '@plainspeak/core'
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {publishScreenshot, screenshotPath} from '../screenshots.js'

const repoRoot = fileURLToPath(new URL('../..', import.meta.url))
const extensionFolder = path.join(repoRoot, 'extensions/vscode')
const vsix = path.join(extensionFolder, 'plainspeak.vsix')
const chromiumPath = '/usr/bin/chromium'
const fixtureDictionary = path.join(repoRoot, 'test/language-server/fixtures/dictionary')
const long =
  'In the winter the council will visit older residents who need help with heating going forward, and the energy advice team will check their boilers and insulation before the cold weather starts in early November.'
const paper = `# Our plan for the year\n\nWe will signpost residents to the JSNA team.\n\nWe utilise the budget to help people stay well at home.\n\n${long}\n\nIt is recommended that the board notes the report.\n\nSchools will signpost families to us.\n`

interface CliMessage {
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  reason: string
  actual: string
  group?: {id: string; count: number; ordinal: number}
  suggestion: boolean
}

let codeServer: ChildProcess | undefined
let browser: Browser | undefined
let page: Page
let scratch: string
let workspace: string
let serverLog = ''

/** Every file under a folder (none when it does not exist). */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return []
  return readdirSync(folder, {withFileTypes: true}).flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(folder, entry.name)) : [path.join(folder, entry.name)]))
}

/** Newest modification time of the files the .vsix is built from: the extension and everything its bundles hold. */
function newestSource(): number {
  const files = [
    path.join(extensionFolder, 'package.json'),
    path.join(extensionFolder, 'build.mjs'),
    ...filesUnder(path.join(extensionFolder, 'src')),
    ...['language-server', 'core', 'config', 'dictionary'].flatMap((name) => filesUnder(path.join(repoRoot, 'packages', name, 'dist'))),
    path.join(repoRoot, 'packages/core/docs/rules.md')
  ]
  return Math.max(...files.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs))
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => resolve(port))
    })
  })
}

/** Starts code-server and resolves once it says it is listening. */
function startCodeServer(install: string, args: string[]): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(install, 'out/node/entry.js'), ...args], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, XDG_CONFIG_HOME: path.join(scratch, 'config'), XDG_DATA_HOME: path.join(scratch, 'data')}
    })
    const onOutput = (chunk: Buffer) => {
      serverLog += chunk.toString()
      if (/HTTP server listening on/.test(serverLog)) resolve(child)
    }
    child.stdout!.on('data', onOutput)
    child.stderr!.on('data', onOutput)
    child.once('exit', (code) => reject(new Error(`code-server exited with ${code}:\n${serverLog}`)))
  })
}

describe.skipIf(!existsSync(chromiumPath))('VS Code (code-server)', () => {
  beforeAll(async () => {
    // 1. code-server, installed once into the git-ignored cache.
    const setup = execFileSync('bash', [path.join(repoRoot, 'test/vscode/setup-code-server.sh')], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 900_000})
    const install = setup.trim().split('\n').at(-1)!

    // 2. The .vsix, built when missing or older than its sources.
    if (!existsSync(vsix) || statSync(vsix).mtimeMs < newestSource()) {
      execFileSync('pnpm', ['--filter', 'plainspeak-vscode', 'package'], {cwd: repoRoot, stdio: 'inherit', timeout: 300_000})
    }

    scratch = mkdtempSync(path.join(os.tmpdir(), 'plainspeak-vscode-'))
    const userData = path.join(scratch, 'user-data')
    const extensions = path.join(scratch, 'extensions')
    mkdirSync(path.join(userData, 'User'), {recursive: true})
    writeFileSync(
      path.join(userData, 'User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'update.mode': 'none',
        'editor.minimap.enabled': false,
        'window.zoomLevel': 0
      })
    )
    const common = ['--user-data-dir', userData, '--extensions-dir', extensions, '--config', path.join(scratch, 'config.yaml')]
    execFileSync(process.execPath, [path.join(install, 'out/node/entry.js'), ...common, '--install-extension', vsix], {stdio: 'pipe', timeout: 120_000, env: {...process.env, XDG_CONFIG_HOME: path.join(scratch, 'config')}})

    // 3. A workspace with a Markdown paper and the test dictionary in its settings.
    workspace = path.join(scratch, 'council')
    mkdirSync(path.join(workspace, '.vscode'), {recursive: true})
    writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify(workspaceSettings))
    writeFileSync(path.join(workspace, 'paper.md'), paper)

    const port = await freePort()
    codeServer = await startCodeServer(install, [...common, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override', workspace])

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    })
    page = await browser.newPage({viewport: {width: 1280, height: 800}})
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`)
    await page.locator('.monaco-workbench').waitFor({timeout: 120_000})
  }, 1_200_000)

  afterAll(async () => {
    await browser?.close()
    if (codeServer?.pid) {
      try {
        process.kill(-codeServer.pid, 'SIGTERM')
      } catch {
        // Already gone.
      }
    }
    if (scratch) rmSync(scratch, {recursive: true, force: true})
  })

  it('shows findings in the Problems panel, applies a quick fix, and shows the reading age', async () => {
    await withFailureScreenshot(findingsQuickFixAndStatus)
  }, 300_000)

  it('applies the safe fixes on save (editor.codeActionsOnSave), after the refactor preview, and leaves the rest', async () => {
    await withFailureScreenshot(fixAllOnSave)
  }, 300_000)
})

async function withFailureScreenshot(steps: () => Promise<void>): Promise<void> {
  try {
    await steps()
  } catch (error) {
    // What the page looked like, for whoever reads the CI log.
    const failure = path.join(os.tmpdir(), 'plainspeak-vscode-failure.png')
    await page.screenshot({path: failure}).catch(() => undefined)
    throw new Error(`${(error as Error).message}\nScreenshot: ${failure}\ncode-server log:\n${serverLog.slice(-4000)}`)
  }
}

/** The workspace's settings: the shipped default view (suggestions off) at audience public. */
const workspaceSettings = {'plainspeak.dictionaries': [fixtureDictionary], 'plainspeak.audience': 'public'}

/** What the CLI says about the same paper with the same settings: the numbers and words VS Code must show. */
function cliReport(options: string[] = []): {messages: CliMessage[]; readingAge: number | null} {
  const stdout = execFileSync(process.execPath, [path.join(repoRoot, 'packages/cli/dist/bin.js'), 'check', 'paper.md', '-f', 'json', '--audience', 'public', '--dictionary', fixtureDictionary, ...options], {cwd: workspace, encoding: 'utf8'})
  const [file] = JSON.parse(stdout) as Array<{messages: CliMessage[]; stats: {readingAge: number | null}}>
  return {messages: file!.messages, readingAge: file!.stats.readingAge}
}

async function findingsQuickFixAndStatus(): Promise<void> {
    // The default view, and every finding: the judged table decides which is which.
    const cli = cliReport()
    const all = cliReport(['--suggestions'])
    const countsOf = (messages: CliMessage[]) => {
      const counts = {error: 0, warning: 0, info: 0}
      for (const message of messages) counts[message.severity]++
      return counts
    }
    const counts = countsOf(cli.messages)
    expect(all.messages.length).toBeGreaterThan(cli.messages.length)

    // Open the paper through Quick Open.
    await page.locator('.monaco-workbench').click({position: {x: 640, y: 400}})
    await page.keyboard.press('Control+P')
    const quickInput = page.locator('.quick-input-widget input')
    await quickInput.waitFor()
    await quickInput.fill('paper.md')
    await page.locator('.quick-input-list .monaco-list-row', {hasText: 'paper.md'}).first().waitFor()
    await page.keyboard.press('Enter')
    await page.locator('.monaco-editor .view-lines', {hasText: 'We utilise the budget'}).waitFor()

    // The Problems panel lists the server's findings.
    await page.keyboard.press('Control+Shift+M')
    const problems = page.locator('.markers-panel .monaco-list-row')
    const jargon = problems.filter({hasText: 'Use plain words instead of “signpost”'})
    await jargon.first().waitFor({timeout: 120_000})
    await problems.filter({hasText: 'Spell out JSNA'}).first().waitFor()
    const utilise = problems.filter({hasText: 'Use “use” instead of the wordy “utilise”'})
    await utilise.first().waitFor()

    // Every finding the CLI counts is in the Problems panel, at its level: each use of a repeated
    // term (this paper uses one twice) and info too.
    await problems.filter({hasText: /This sentence has \d+ words/}).first().waitFor()
    expect(cli.messages.some((finding) => (finding.group?.ordinal ?? 1) > 1)).toBe(true)
    for (const message of cli.messages) await problems.filter({hasText: message.reason}).first().waitFor()
    const placed = problems.filter({hasText: /\[Ln \d+, Col \d+\]/})
    await expect.poll(() => placed.count()).toBe(cli.messages.length)

    // The status bar: the reading age to one decimal place and the findings per level, as the CLI
    // reports them and as the Problems panel lists them.
    const expectedStatus = `Reading age ${formatReadingAge(cli.readingAge)} · ${describeSeverityCounts(counts)}`
    const status = page.locator('.statusbar-item', {hasText: /^Reading age /})
    await status.filter({hasText: expectedStatus}).waitFor()
    expect((await status.textContent())?.trim()).toBe(expectedStatus)

    // plainspeak.suggestions: the suggestions come too, as hints that the Problems panel does not
    // list; what it lists, and so what the status bar counts, is unchanged. Its tooltip counts them.
    writeFileSync(path.join(workspace, '.vscode/settings.json'), JSON.stringify({...workspaceSettings, 'plainspeak.suggestions': true}))
    const suggestions = all.messages.filter((finding) => finding.suggestion)
    expect(countsOf(all.messages.filter((finding) => !finding.suggestion))).toEqual(counts)
    // The tooltip is read on hover: hover again until the check with the suggestions has arrived.
    const tooltip = page.getByText(`Also ${plural(suggestions.length, 'suggestion')}, shown as dots under the words (hints), not in Problems.`).first()
    await expect
      .poll(
        async () => {
          await page.mouse.move(640, 300)
          await status.hover()
          return tooltip.waitFor({timeout: 3000}).then(
            () => true,
            () => false
          )
        },
        {timeout: 60_000}
      )
      .toBe(true)
    expect((await status.textContent())?.trim()).toBe(expectedStatus)
    for (const message of suggestions) expect(await problems.filter({hasText: message.reason}).count(), message.reason).toBe(0)
    expect(await placed.count()).toBe(cli.messages.length)
    await page.mouse.move(640, 300)

    // Hover on "signpost" (line 3, column 10) explains the finding.
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+G')
    await quickInput.waitFor()
    await quickInput.fill(':3:10')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+K')
    await page.keyboard.press('Control+I')
    const hover = page.locator('.monaco-hover', {hasText: 'Residents may not know what being "signposted" means.'})
    await hover.waitFor()
    // Each piece of advice once: VS Code shows the diagnostic's message, the server adds only why and the source.
    const hoverText = (await hover.innerText()).replace(/\s+/g, ' ')
    expect(hoverText.split('Use plain words instead of “signpost”').length - 1).toBe(1)
    expect(hoverText.split('Residents may not know').length - 1).toBe(1)
    expect(hoverText).toContain('Source: Local Government Association')
    expect(hoverText).toContain('1 more use in this document.')
    await page.keyboard.press('Escape')

    // The long sentence: its finding underlines the opening words only; “going forward” inside keeps its own underline.
    const sentenceLine = paper.split('\n').indexOf(long) + 1
    const sentence = problems.filter({hasText: /This sentence has \d+ words/}).first()
    expect(await sentence.textContent()).toContain(`[Ln ${sentenceLine}, Col 1]`)
    await page.locator('.monaco-editor .view-lines').click()
    await page.keyboard.press('Control+G')
    await quickInput.waitFor()
    await quickInput.fill(`:${sentenceLine}:${long.indexOf('going forward') + 3}`)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Control+K')
    await page.keyboard.press('Control+I')
    await page.locator('.monaco-hover', {hasText: 'Use “from now on” instead of the wordy “going forward”'}).waitFor()
    // Hovering inside the sentence, past its opening words, shows the word's finding, not the sentence's.
    expect(await page.locator('.monaco-hover', {hasText: /This sentence has \d+ words/}).count()).toBe(0)

    // The README screenshot: the opening-words underline, the word underline inside the sentence, its
    // hover, the Problems panel and the status bar, from this real run.
    await page.screenshot({path: screenshotPath('vscode.png')})
    expect(statSync(screenshotPath('vscode.png')).size).toBeGreaterThan(10_000)
    publishScreenshot('vscode.png', path.join(extensionFolder, 'images/screenshot.png'))
    await page.keyboard.press('Escape')

    // Quick fix on the acronym: only its own actions, the spelling-out first and preferred.
    await problems.filter({hasText: 'Spell out JSNA'}).first().dblclick()
    await page.locator('.monaco-editor.focused').waitFor()
    await page.keyboard.press('Control+.')
    await page.locator('.action-widget .monaco-list-row.focused', {hasText: 'Spell out JSNA'}).waitFor()
    // The Quick Fix group (VS Code adds groups of its own below it, such as Markdown's “Surround With”).
    const rows = await page.locator('.action-widget .monaco-list-row').evaluateAll((elements) =>
      elements.map((element) => ({header: element.classList.contains('group-header'), text: (element as HTMLElement).innerText.trim()}))
    )
    const start = rows.findIndex((row) => row.header && row.text === 'Quick Fix')
    const end = rows.findIndex((row, index) => index > start && row.header)
    const quickFixes = rows.slice(start + 1, end === -1 ? undefined : end).map((row) => row.text)
    expect(quickFixes).toEqual([
      'Spell out JSNA: “Joint Strategic Needs Assessment (JSNA)”',
      'Add “JSNA” to the project dictionary',
      'Ignore “JSNA” in this document',
      'Ignore this acronym-undefined finding here',
      'Not useful here',
      'Not useful here: readers know this word',
      'Not useful here: wrong meaning here',
      'Not useful here: not a sentence',
      'Not useful here: other'
    ])
    await page.keyboard.press('Escape')

    // Quick fix: go to the finding from the Problems panel, open the quick fix menu, pick the fix.
    await utilise.first().dblclick()
    await page.locator('.monaco-editor.focused').waitFor()
    await page.keyboard.press('Control+.')
    // The preferred fix comes first and has the focus; the menu takes keys, not pointer clicks.
    await page.locator('.action-widget .monaco-list-row.focused', {hasText: 'Replace “utilise” with “use”'}).waitFor()
    await page.keyboard.press('Enter')
    await page.locator('.monaco-editor .view-lines', {hasText: 'We use the budget'}).waitFor()
    await utilise.first().waitFor({state: 'detached', timeout: 60_000})
    await jargon.first().waitFor()
}

/** Safe fixes (one replacement, in prose) and unsafe ones (a quotation; a choice of three). */
const fixOnSavePaper = '# Fix on save\n\nWe utilise the budget going forward. She said “we utilise it” at the meeting.\n\nWe will signpost residents to the JSNA.\n'

/**
 * `source.fixAll.plainspeak` on save. The server's edit carries change annotations that need
 * confirmation, and VS Code's bulk edit service opens the refactor preview for those whatever
 * asked for the edit, on save too: the save waits until the author applies or discards them.
 * Each such change starts unticked, so Apply alone writes none of them: the author ticks the
 * changes to make (the file's box ticks them all). Discard lets the save go ahead without them.
 */
async function fixAllOnSave(): Promise<void> {
  writeFileSync(
    path.join(workspace, '.vscode/settings.json'),
    JSON.stringify({...workspaceSettings, '[markdown]': {'editor.codeActionsOnSave': {'source.fixAll.plainspeak': 'explicit'}}})
  )
  const file = path.join(workspace, 'fix-on-save.md')
  writeFileSync(file, fixOnSavePaper)

  // From the Explorer: Quick Open's file index may not have the new file yet.
  await page.locator('.explorer-folders-view .monaco-list-row', {hasText: 'fix-on-save.md'}).dblclick()
  const lines = page.locator('.monaco-editor .view-lines', {hasText: 'We utilise the budget going forward'})
  await lines.waitFor()
  await page.locator('.markers-panel .monaco-list-row', {hasText: 'fix-on-save.md'}).first().waitFor({timeout: 120_000})

  // An edit of the author's own, then an explicit save.
  await lines.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('Thank you.')
  await page.keyboard.press('Control+S')

  // The refactor preview: one row per change, each unticked (VS Code ticks no change that needs
  // confirmation), and nothing written yet: the save waits for the author.
  const preview = page.locator('.bulk-edit-panel')
  const apply = preview.getByRole('button', {name: 'Apply', exact: true})
  await apply.waitFor({timeout: 60_000})
  const rows = preview.locator('.monaco-list-row')
  await rows.filter({hasText: 'Joint Strategic Needs Assessment (JSNA)'}).waitFor()
  expect(await rows.allInnerTexts()).toEqual([
    'fix-on-save.md',
    'We utiliseuse the budget going forward. She said “we utilise it” at the meeting.',
    'We utilise the budget going forwardfrom now on. She said “we utilise it” at the meeting.',
    expect.stringMatching(/the JSNAJoint Strategic Needs Assessment \(JSNA\)\.$/)
  ])
  const ticked = () => preview.locator('.edit-checkbox').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked))
  expect(await ticked()).toEqual([false, false, false, false])
  expect(readFileSync(file, 'utf8')).toBe(fixOnSavePaper)

  // Discard: the save goes ahead with the author's own edit only.
  await preview.getByRole('button', {name: 'Discard', exact: true}).click()
  await expect.poll(() => readFileSync(file, 'utf8'), {timeout: 60_000}).toBe(`${fixOnSavePaper}Thank you.`)

  // Save again: the same preview. The file's box ticks every change in it; then Apply, and the
  // save goes ahead with them.
  await page.locator('.monaco-editor .view-lines', {hasText: 'Thank you.'}).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' Bye.')
  await page.keyboard.press('Control+S')
  await apply.waitFor({timeout: 60_000})
  await expect.poll(ticked).toEqual([false, false, false, false])
  await rows.filter({hasText: 'fix-on-save.md'}).locator('.edit-checkbox').click()
  await expect.poll(ticked).toEqual([true, true, true, true])
  await apply.click()

  const fixed = '# Fix on save\n\nWe use the budget from now on. She said “we utilise it” at the meeting.\n\nWe will signpost residents to the Joint Strategic Needs Assessment (JSNA).\nThank you. Bye.'
  await expect.poll(() => readFileSync(file, 'utf8'), {timeout: 60_000}).toBe(fixed)
}
