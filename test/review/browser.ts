/**
 * A review sheet in headless Chromium, as a resident opens it: from a file on disk, with no
 * network. Every request the page makes is recorded; anything but the sheet itself is refused.
 * Reviewers fill it in by keyboard or by pointer and save their answers through the page's own
 * Save button (a download, as in a real browser).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'

const require = createRequire(import.meta.url)
export const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

export type Choice = 'yes' | 'not-sure' | 'no' | null

export interface ReviewerAnswers {
  /** One per question, in the sheet's order. */
  answers: Array<{understood: Choice; words?: string}>
  initials?: string
}

export class SheetBrowser {
  browser!: Browser
  /** Requests to anything other than the sheet file. */
  readonly outside: string[] = []

  async start(): Promise<void> {
    this.browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    })
  }

  async stop(): Promise<void> {
    await this.browser?.close()
  }

  /** A fresh browser profile (one reviewer's machine) with the sheet open. */
  async open(sheet: string, width = 900, height = 1200): Promise<{context: BrowserContext; page: Page}> {
    const context = await this.browser.newContext({viewport: {width, height}, deviceScaleFactor: 1, acceptDownloads: true})
    const url = pathToFileURL(sheet).href
    await context.route('**/*', (route) => {
      const requested = route.request().url()
      if (requested === url || requested.startsWith('blob:')) return route.continue()
      this.outside.push(requested)
      return route.abort()
    })
    const page = await context.newPage()
    await page.goto(url)
    return {context, page}
  }
}

/** Presses Save and keeps the file the page offers, as the browser's download. */
export async function saveAnswers(page: Page, file: string, trigger: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()])
  await download.saveAs(file)
  return download.suggestedFilename()
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '')

/**
 * Fills the sheet with the keyboard only: the skip link, Tab into each question's radio group,
 * arrows to choose, typing in the text box, Tab to the initials and the Save button, Enter.
 */
export async function fillByKeyboard(page: Page, reviewer: ReviewerAnswers, file: string): Promise<{filename: string; visited: string[]}> {
  const visited: string[] = []
  await page.keyboard.press('Tab')
  visited.push(await page.evaluate(() => document.activeElement?.textContent ?? ''))
  await page.keyboard.press('Enter')
  visited.push(await focusedId(page))
  for (const answer of reviewer.answers) {
    await page.keyboard.press('Tab')
    visited.push(await focusedId(page))
    // Unanswered radio group: Tab lands on its first option; arrows move and choose.
    if (answer.understood === 'yes') await page.keyboard.press('Space')
    if (answer.understood === 'not-sure') await page.keyboard.press('ArrowRight')
    if (answer.understood === 'no') {
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
    }
    await page.keyboard.press('Tab')
    visited.push(await focusedId(page))
    if (answer.words) await page.keyboard.type(answer.words)
  }
  await page.keyboard.press('Tab')
  visited.push(await focusedId(page))
  if (reviewer.initials) await page.keyboard.type(reviewer.initials)
  await page.keyboard.press('Tab')
  visited.push(await focusedId(page))
  const filename = await saveAnswers(page, file, () => page.keyboard.press('Enter'))
  return {filename, visited}
}

/** Fills the sheet by pointer: clicking the labels, as most residents will. */
export async function fillByPointer(page: Page, reviewer: ReviewerAnswers, file: string): Promise<string> {
  for (const [index, answer] of reviewer.answers.entries()) {
    const number = index + 1
    if (answer.understood) await page.locator(`label[for="understood-${number}-${answer.understood}"]`).click()
    if (answer.words) await page.locator(`#words-${number}`).fill(answer.words)
  }
  if (reviewer.initials) await page.getByLabel('Your initials').fill(reviewer.initials)
  return saveAnswers(page, file, () => page.getByRole('button', {name: 'Save my answers'}).click())
}
