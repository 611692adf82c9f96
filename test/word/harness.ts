/**
 * Runs the built task pane in headless Chromium against a fake Word document:
 * builds the add-in into a temporary folder, serves it on 127.0.0.1, and
 * routes the Office.js URL to the fake (office-addin-mock) bundle. Records
 * every request the page makes and every Content-Security-Policy violation.
 */
import {execFile} from 'node:child_process'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {extname, join, normalize} from 'node:path'
import {fileURLToPath} from 'node:url'
import {promisify} from 'node:util'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'
import type {FakeDocumentSnapshot, FakeParagraphInit} from '../../extensions/word/test/fake-office/fake-word.js'
import {bundleFakeOffice} from '../../extensions/word/test/fake-office/bundle.js'

export const officeJsUrl = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'
export const wordPackage = fileURLToPath(new URL('../../extensions/word/', import.meta.url))

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.map': 'application/json'
}

export interface PaneSetup {
  paragraphs: FakeParagraphInit[]
  wordApi?: string
  settings?: Record<string, unknown>
  /** Organisation dictionaries already in the add-in's storage. */
  storedDictionaries?: Array<{file: string; text: string}>
  width?: number
}

export class TaskPaneHarness {
  browser!: Browser
  context!: BrowserContext
  server!: Server
  origin!: string
  dist!: string
  /** Every URL the pages asked for. */
  readonly requests: string[] = []
  /** Requests to anywhere but the local server, other than the routed Office.js. */
  readonly blocked: string[] = []
  /** Every pane opened, to check them all at the end. */
  readonly panes: TaskPane[] = []
  private fakeOffice!: string

  async start(): Promise<void> {
    this.dist = await mkdtemp(join(tmpdir(), 'plainspeak-word-'))
    await promisify(execFile)(process.execPath, [join(wordPackage, 'scripts', 'build.js')], {
      env: {...process.env, PLAINSPEAK_WORD_OUT: this.dist}
    })
    this.fakeOffice = await bundleFakeOffice()
    this.server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '')
      readFile(join(this.dist, path))
        .then((body) => {
          response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'})
          response.end(body)
        })
        .catch(() => {
          response.writeHead(404)
          response.end()
        })
    })
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    this.browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
    })
    this.context = await this.browser.newContext({viewport: {width: 320, height: 900}, deviceScaleFactor: 1})
    this.context.on('request', (request) => this.requests.push(request.url()))
    await this.context.route(officeJsUrl, (route) => route.fulfill({status: 200, contentType: 'text/javascript', body: this.fakeOffice}))
    await this.context.route(
      (url) => url.origin !== this.origin && url.href !== officeJsUrl,
      (route) => {
        this.blocked.push(route.request().url())
        return route.abort()
      }
    )
  }

  async stop(): Promise<void> {
    await this.browser?.close()
    await new Promise((resolve) => this.server?.close(resolve))
    if (this.dist) await rm(this.dist, {recursive: true, force: true})
  }

  /** Opens the task pane on a fresh fake document and waits until it is ready and has checked the document. */
  async open(setup: PaneSetup): Promise<TaskPane> {
    const page = await this.context.newPage()
    if (setup.width) await page.setViewportSize({width: setup.width, height: 900})
    await page.addInitScript(
      ([fakeWordSetup, stored]) => {
        Object.assign(window, {fakeWordSetup, cspViolations: [] as string[]})
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as {cspViolations: string[]}).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`)
        )
        localStorage.clear()
        if (stored) localStorage.setItem('plainspeak.organisationDictionaries', JSON.stringify(stored))
      },
      [{paragraphs: setup.paragraphs, wordApi: setup.wordApi, settings: setup.settings}, setup.storedDictionaries] as const
    )
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${this.origin}/taskpane.html`)
    await page.waitForSelector('body[data-ready="true"]')
    // The pane checks the document on opening: tests start from that check.
    await page.waitForFunction(() => Number(document.body.dataset['checkCount'] ?? 0) >= 1)
    const pane = new TaskPane(page, errors)
    this.panes.push(pane)
    return pane
  }
}

export class TaskPane {
  constructor(
    readonly page: Page,
    readonly errors: string[]
  ) {}

  snapshot(): Promise<FakeDocumentSnapshot> {
    return this.page.evaluate(() => (window as unknown as {fakeWord: {snapshot(): FakeDocumentSnapshot}}).fakeWord.snapshot())
  }

  /** The author types in Word (`silent`: before Word tells the add-in). */
  authorEdit(paragraph: number, text: string, silent = false): Promise<void> {
    return this.page.evaluate(([index, value, quiet]) => (window as unknown as {fakeWord: {authorEdit(i: number, t: string, o: object): void}}).fakeWord.authorEdit(index, value, {silent: quiet}), [paragraph, text, silent] as const)
  }

  checkCount(): Promise<number> {
    return this.page.evaluate(() => Number(document.body.dataset['checkCount'] ?? 0))
  }

  /** Runs an action and waits until the pane has checked the document again. */
  async andWaitForCheck(action: () => Promise<unknown>): Promise<void> {
    const before = await this.checkCount()
    await action()
    await this.page.waitForFunction((count) => Number(document.body.dataset['checkCount'] ?? 0) > count, before)
  }

  async check(): Promise<void> {
    await this.andWaitForCheck(() => this.page.getByRole('button', {name: 'Check document'}).click())
  }

  /** Counts shown per rule group. */
  counts(): Promise<Record<string, number>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.group')].map((group) => [group.dataset['rule'], Number(group.querySelector('.count')?.textContent)])
      )
    )
  }

  /** Listed items per rule group: the text each one is about, with `×N` for a term used N times. */
  listed(): Promise<Record<string, string[]>> {
    return this.page.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll<HTMLElement>('.group')].map((group) => [
          group.dataset['rule'],
          [...group.querySelectorAll<HTMLElement>('.finding')].map((item) => {
            const uses = Number(item.dataset['uses'])
            return `${item.querySelector('.finding-actual')?.textContent ?? ''}${uses > 1 ? ` ×${uses}` : ''}`
          })
        ])
      )
    )
  }

  /** The item for `actual` (a term, with all its uses) in a rule's group. */
  finding(ruleId: string, actual: string) {
    const exactly = new RegExp(`^${actual.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
    return this.page.locator(`.group[data-rule="${ruleId}"] .finding`).filter({has: this.page.locator('.finding-actual', {hasText: exactly})})
  }

  /** Opens an item and, for a repeated term, chooses its `use`-th use (from 0). */
  async choose(ruleId: string, actual: string, use = 0): Promise<ReturnType<TaskPane['finding']>> {
    const item = this.finding(ruleId, actual)
    if ((await item.locator('.finding-button').getAttribute('aria-expanded')) !== 'true') await item.locator('.finding-button').click()
    if (use > 0) await item.locator('.places button').nth(use).click()
    return item
  }

  async status(): Promise<string> {
    return (await this.page.locator('#status').textContent()) ?? ''
  }

  cspViolations(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations)
  }
}
