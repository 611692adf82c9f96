/**
 * Benchmark (not a test): how long the task pane takes to check a
 * 20,000-word document, in headless Chromium, with the fake Word host the
 * tests use. Target (DESIGN.md): under 1 s.
 *
 *   node extensions/word/scripts/bench.js [words]      (build the add-in first: pnpm build:word)
 *
 * Prints one JSON line: total time from the click to the rendered list
 * (`checkMs`), the part spent reading the document (`wordMs`, near zero with
 * the fake host: real Word adds its round trip) and in the engine
 * (`engineMs`), for the first check, a second check of the unchanged
 * document, and a check after a one-paragraph edit.
 */
import {readFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import {dirname, extname, join, normalize} from 'node:path'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'
import {chromium} from 'playwright-core'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const dist = join(root, 'dist')
const words = Number(process.argv[2] ?? 20_000)
const officeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'

const sentences = [
  'The health and wellbeing board agreed the JSNA refresh at its meeting in March.',
  'Officers will signpost residents to the new early help hub going forward.',
  'The ICB and the local authority will leverage their joint commissioning arrangements to deliver better outcomes.',
  'Funding for the programme was approved by the cabinet member after consultation with stakeholders.',
  'We will work with the voluntary and community sector to co-produce the strategy with residents.',
  'Demand for adult social care continues to rise, and the budget gap for next year is significant.',
  'The S151 officer has reviewed the financial implications set out in section four of this report.',
  'Residents told us that letters from the council are often hard to understand.',
  'A full EqIA has been completed and is attached as appendix B.',
  'Performance against the key indicators is summarised in the dashboard below.'
]

const wards = ['Bow East', 'Bromley North', 'Canary Wharf', 'Island Gardens', 'Lansbury', 'Mile End', 'Poplar', 'Shadwell', 'Spitalfields', 'Stepney Green', 'Weavers', 'Whitechapel']

/** A deterministic pseudo-random sequence, so every run checks the same text. */
function random(seed) {
  let state = seed
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

/**
 * Every paragraph is different (the engine remembers paragraphs it has seen,
 * so repeated text would flatter the first check).
 */
function document(wordCount) {
  const next = random(42)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const paragraphs = []
  let count = 0
  for (let section = 1; count < wordCount; section++) {
    paragraphs.push({text: `Section ${section}: progress in ${pick(wards)}`, style: 'Heading2'})
    for (let paragraph = 0; paragraph < 6 && count < wordCount; paragraph++) {
      const text = [`In ${pick(wards)}, ${Math.floor(next() * 900) + 100} households took part.`]
      for (let index = 0; index < 4; index++) text.push(pick(sentences))
      const joined = text.join(' ')
      count += joined.split(/\s+/).length
      paragraphs.push({text: joined})
    }
  }
  return paragraphs
}

async function fakeOffice() {
  const here = join(root, 'test', 'fake-office')
  const result = await esbuild.build({
    entryPoints: [join(here, 'browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    alias: {'office-addin-manifest': join(here, 'office-addin-manifest-shim.ts')},
    logLevel: 'silent'
  })
  return result.outputFiles[0].text
}

const server = createServer((request, response) => {
  const path = normalize(new URL(request.url, 'http://localhost').pathname).replace(/^(\.\.[/\\])+/, '')
  readFile(join(dist, path))
    .then((body) => response.writeHead(200, {'content-type': extname(path) === '.html' ? 'text/html' : extname(path) === '.css' ? 'text/css' : 'text/javascript'}).end(body))
    .catch(() => response.writeHead(404).end())
})
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${server.address().port}`

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
})
try {
  const page = await browser.newPage({viewport: {width: 320, height: 900}})
  const fake = await fakeOffice()
  await page.route(officeJs, (route) => route.fulfill({contentType: 'text/javascript', body: fake}))
  await page.route((url) => url.origin !== origin && url.href !== officeJs, (route) => route.abort())
  const paragraphs = document(words)
  await page.addInitScript((setup) => Object.assign(window, {fakeWordSetup: setup}), {paragraphs})
  await page.goto(`${origin}/taskpane.html`)
  await page.waitForSelector('body[data-ready="true"]')

  const measured = () =>
    page.evaluate(() => ({
      words: Number(document.body.dataset.lastCheckWords),
      checkMs: Number(document.body.dataset.lastCheckMs),
      wordMs: Number(document.body.dataset.lastWordMs),
      engineMs: Number(document.body.dataset.lastEngineMs)
    }))
  const run = async (action) => {
    const before = await page.evaluate(() => Number(document.body.dataset.checkCount ?? 0))
    await action()
    await page.waitForFunction((count) => Number(document.body.dataset.checkCount ?? 0) > count, before, {timeout: 60_000})
    return measured()
  }
  const click = () => page.getByRole('button', {name: 'Check document'}).click()
  // The pane checks the document as it opens: that is the first check.
  await page.waitForFunction(() => Number(document.body.dataset.checkCount ?? 0) >= 1, undefined, {timeout: 60_000})
  const first = await measured()
  const again = await run(click)
  const afterEdit = await run(() =>
    page.evaluate(() => {
      const word = window.fakeWord
      word.authorEdit(1, `${word.paragraphs[1].text} One more sentence from the author.`, {silent: true})
      document.getElementById('check').click()
    })
  )
  console.log(JSON.stringify({paragraphs: paragraphs.length, first, again, afterEdit}))
} finally {
  await browser.close()
  server.close()
}
