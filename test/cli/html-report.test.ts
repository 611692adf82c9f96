/**
 * The HTML report in a real browser (Debian chromium through playwright-core): the charts are
 * there, findings open and close, nothing is requested beyond the file itself, and the script
 * runs without errors. Text from the document is shown, never run.
 */
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {makeFolder, repoRoot, runCli} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

const chromiumPath = '/usr/bin/chromium'
const hasChromium = existsSync(chromiumPath)

let dir: string
let cleanup: () => Promise<void>
let browser: Browser

// Skipped only off CI: in CI a missing browser is a setup error, so the tests run and fail.
describe.skipIf(!hasChromium && !process.env['CI'])('HTML report in Chromium', () => {
  const requests: string[] = []
  const consoleErrors: string[] = []
  let page: Page
  let reportUrl: string

  beforeAll(async () => {
    ;({dir, cleanup} = await makeFolder({
      'paper.md': await import('node:fs/promises').then((fs) => fs.readFile(path.join(repoRoot, 'examples/board-paper.md'), 'utf8')),
      'hostile.txt': 'We will signpost you. <img src="https://example.org/x.png" onerror="alert(1)"><script>alert(2)</script>\n',
      'repeats.txt': 'Going forward we will meet monthly.\n\nGoing forward the hall is open.\n\nGoing forward, call us first.\n'
    }))
    // Suggestions too: these tests are about how the page shows findings, whichever view they are in.
    const result = await runCli(['check', 'paper.md', 'hostile.txt', 'repeats.txt', '--audience', 'board', '--suggestions', '-f', 'html', '-o', 'report.html'], {cwd: dir})
    expect(result.code).toBe(0)
    reportUrl = pathToFileURL(path.join(dir, 'report.html')).href
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    })
    page = await browser.newPage()
    page.on('request', (request) => requests.push(request.url()))
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text())
    })
    page.on('pageerror', (error) => consoleErrors.push(String(error)))
    page.on('dialog', (dialog) => {
      consoleErrors.push(`dialog: ${dialog.message()}`)
      void dialog.dismiss()
    })
    await page.goto(reportUrl, {waitUntil: 'load'})
  })

  afterAll(async () => {
    await browser?.close()
    await cleanup?.()
  })

  it('requests nothing but the report itself, and logs no errors', async () => {
    // Use the page a little first: the script must not fetch anything either.
    await page.locator('mark[data-findings]').first().click()
    await page.getByRole('button', {name: 'Open all findings'}).click()
    expect(requests).toEqual([reportUrl])
    expect(consoleErrors).toEqual([])
  })

  it('has a reading-age chart per file with a target line, and a findings-per-rule chart', async () => {
    const sectionChart = page.locator('#file-1-chart')
    expect(await sectionChart.evaluate((svg) => svg.tagName.toLowerCase())).toBe('svg')
    expect(await sectionChart.getAttribute('role')).toBe('img')
    // One bar per measured section of the board paper, and the target line labelled 12.
    expect(await sectionChart.locator('rect').count()).toBeGreaterThanOrEqual(6)
    expect(await sectionChart.locator('.chart-marker-label').textContent()).toBe('Target 12')
    expect(await sectionChart.locator('title').first().textContent()).toBe('Reading age per section, target 12')
    const box = await sectionChart.boundingBox()
    expect(box!.width).toBeGreaterThan(300)
    const rules = page.locator('#chart-rules')
    expect(await rules.locator('text.chart-label').allTextContents()).toContain('jargon')
  })

  it('opens a finding to show the reason, alternatives and why; closes it again', async () => {
    const finding = page.locator('ol.findings > li').filter({hasText: 'Use plain words instead of “leverage”'})
    const details = finding.locator('details')
    await page.getByRole('button', {name: 'Close all findings'}).click()
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)
    expect(await finding.getByText('Why:').isVisible()).toBe(false)
    await finding.locator('summary').click()
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true)
    expect(await finding.getByText('Why:').isVisible()).toBe(true)
    expect(await finding.locator('.finding-body li').allTextContents()).toEqual(['use'])
    await finding.locator('summary').click()
    expect(await details.evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)
  })

  it('clicking a highlighted word in the text opens its finding', async () => {
    await page.getByRole('button', {name: 'Close all findings'}).click()
    const mark = page.locator('#file-1 mark.word', {hasText: 'leverage'})
    const id = (await mark.getAttribute('data-findings'))!.split(' ')[0]!
    await mark.click()
    expect(await page.locator(`#${id} details`).evaluate((element) => (element as HTMLDetailsElement).open)).toBe(true)
    expect(await page.locator(`#${id} summary`).evaluate((element) => element === document.activeElement)).toBe(true)
  })

  it('shows a repeated term once, with a link to each place in the text', async () => {
    const finding = page.locator('#file-3 ol.findings > li').filter({hasText: 'Going forward'})
    expect(await finding.count()).toBe(1)
    expect(await finding.locator('.count').textContent()).toBe('×3')
    // Every place in the text carries the finding's number.
    expect(await page.locator('#file-3 a.ref').allTextContents()).toEqual(['Finding 1', 'Finding 1', 'Finding 1'])
    await finding.locator('summary').click()
    const places = finding.locator('ul.places a')
    expect(await places.allTextContents()).toEqual(['Line 1, column 1', 'Line 3, column 1', 'Line 5, column 1'])
    await places.nth(2).click()
    expect(await page.evaluate(() => location.hash)).toBe('#file-3-r3')
  })

  it('shows the document text as text: its markup is not run or loaded', async () => {
    const text = await page.locator('#file-2 .doc').textContent()
    expect(text).toContain('<img src="https://example.org/x.png" onerror="alert(1)"><script>alert(2)</script>')
    expect(await page.locator('#file-2 .doc img, #file-2 .doc script').count()).toBe(0)
  })

  it('opens every finding when printed', async () => {
    await page.getByRole('button', {name: 'Close all findings'}).click()
    await page.emulateMedia({media: 'print'})
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    const closed = await page.locator('ol.findings details:not([open])').count()
    expect(closed).toBe(0)
    expect(await page.locator('.toolbar').isVisible()).toBe(false)
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await page.emulateMedia({media: 'screen'})
    expect(await page.locator('ol.findings details[open]').count()).toBe(0)
  })
})

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules: `rule: how many elements` per violation. */
async function axeViolations(page: Page): Promise<string[]> {
  // Run through the browser's debugging protocol: the report's own policy lets no other script in.
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; nodes: unknown[]}>}>}}).axe
    return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
  })
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)
}

/** What overflows the screen sideways: the page's width, and the first few elements past its edge. */
async function overflow(page: Page): Promise<{scrollWidth: number; past: string[]}> {
  return page.evaluate(() => {
    const edge = document.documentElement.clientWidth
    const past = [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().right > edge + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`)
    return {scrollWidth: document.documentElement.scrollWidth, past}
  })
}

describe.skipIf(!hasChromium && !process.env['CI'])('HTML report on a phone', () => {
  let phoneDir: string
  let removePhoneDir: () => Promise<void>
  let phoneBrowser: Browser
  const reports: Record<'one' | 'several', string> = {one: '', several: ''}

  beforeAll(async () => {
    const paper = readFileSync(path.join(repoRoot, 'examples/board-paper.md'), 'utf8')
    ;({dir: phoneDir, cleanup: removePhoneDir} = await makeFolder({
      'papers/board-paper-with-a-long-file-name-for-the-committee-meeting-in-the-spring.md': paper,
      'papers/note.txt': 'Going forward we will signpost residents to the hub.\n'
    }))
    const one = await runCli(['check', 'papers/board-paper-with-a-long-file-name-for-the-committee-meeting-in-the-spring.md', '-f', 'html', '-o', 'one.html'], {cwd: phoneDir})
    expect(one.code).toBe(0)
    const several = await runCli(['check', 'papers', '-f', 'html', '-o', 'several.html'], {cwd: phoneDir})
    expect(several.code).toBe(0)
    reports.one = pathToFileURL(path.join(phoneDir, 'one.html')).href
    reports.several = pathToFileURL(path.join(phoneDir, 'several.html')).href
    phoneBrowser = await chromium.launch({executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']})
  })

  afterAll(async () => {
    await phoneBrowser?.close()
    await removePhoneDir?.()
  })

  async function open(report: 'one' | 'several', width: number): Promise<Page> {
    const page = await phoneBrowser.newPage({viewport: {width, height: 640}})
    await page.goto(reports[report], {waitUntil: 'load'})
    return page
  }

  it.each([
    ['one', 320],
    ['one', 375],
    ['several', 320],
    ['several', 375]
  ] as const)('%s file(s) at %i pixels: nothing wider than the screen', async (report, width) => {
    const page = await open(report, width)
    expect(await overflow(page)).toEqual({scrollWidth: width, past: []})
    await page.close()
  })

  it.each([320, 375])('at %i pixels the findings are one tap from the top, past the whole text', async (width) => {
    const page = await open('one', width)
    const jump = page.locator('header .jump a')
    expect(await jump.textContent()).toMatch(/^Go to the \d+ findings$/)
    // On the first screen.
    expect((await jump.boundingBox())!.y).toBeLessThan(640)
    const heading = page.locator('#file-1-findings')
    const before = await heading.evaluate((element) => element.getBoundingClientRect().top + window.scrollY)
    // Without the link they start thousands of pixels down, after the figures, the chart and the text.
    expect(before).toBeGreaterThan(3000)
    await jump.click()
    await page.waitForFunction(() => window.scrollY > 2000)
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top)
    // At the top of the screen, give or take the browser's rounding of a scroll position.
    expect(top).toBeGreaterThanOrEqual(-1)
    expect(top).toBeLessThan(640)
    expect(await page.locator('ol.findings > li').first().isVisible()).toBe(true)
    await page.close()
  })

  it('several files: a link to each file’s findings near the top', async () => {
    const page = await open('several', 375)
    const links = page.locator('header nav.jump a')
    expect(await links.allTextContents()).toEqual(['papers/board-paper-with-a-long-file-name-for-the-committee-meeting-in-the-spring.md', 'papers/note.txt'])
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual(['#file-1-findings', '#file-2-findings'])
    expect((await links.last().boundingBox())!.y).toBeLessThan(640)
    await page.close()
  })

  it.each([320, 375])('at %i pixels the charts are drawn for the screen: labels at a readable size', async (width) => {
    const page = await open('one', width)
    expect(await page.locator('#file-1-chart').isVisible()).toBe(false)
    const chart = page.locator('#file-1-chart-narrow')
    expect(await chart.isVisible()).toBe(true)
    const heights = await chart.locator('text.chart-label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height))
    expect(heights.length).toBeGreaterThan(3)
    // Text about 12 pixels or more high (the wide chart squeezed to this width gave about 5).
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(12)
    await page.close()
    // A wide screen draws the wide chart.
    const desktop = await phoneBrowser.newPage({viewport: {width: 1280, height: 800}})
    await desktop.goto(reports.one, {waitUntil: 'load'})
    expect(await desktop.locator('#file-1-chart').isVisible()).toBe(true)
    expect(await desktop.locator('#file-1-chart-narrow').isVisible()).toBe(false)
    await desktop.close()
  })

  it.each([
    ['one', 320],
    ['several', 375],
    ['one', 1280]
  ] as const)('%s file(s) at %i pixels meets WCAG 2.2 AA (axe-core: no violations)', async (report, width) => {
    const page = await open(report, width)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})
