// The engine in headless Chromium, as the Word add-in runs it: bundle core's
// text entry (the one the task pane imports) for the browser, load it into a
// page, time checks of a 20,000-word document given as paragraphs.
import {build} from 'esbuild'
import {join} from 'node:path'
import {chromium} from 'playwright-core'
import {corpus} from './corpus.js'

export async function measureBrowser({root, smoke, runs}) {
  const bundle = await build({
    entryPoints: [join(root, 'packages/core/dist/text.js')],
    minify: true,
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'plainspeak',
    write: false,
    logLevel: 'silent'
  })
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
  })
  try {
    const page = await browser.newPage()
    await page.setContent('<!doctype html><title>bench</title>')
    await page.addScriptTag({content: bundle.outputFiles[0].text})
    const {text} = corpus(smoke ? 300 : 20000)
    const paragraphs = text.split('\n\n').map((paragraph) => ({text: paragraph}))
    const times = await page.evaluate(
      ({paragraphs, runs}) => {
        const result = []
        globalThis.plainspeak.checkTextParagraphs(paragraphs, {})
        for (let index = 0; index < runs; index++) {
          const checker = new globalThis.plainspeak.TextChecker({})
          const start = performance.now()
          checker.checkParagraphs(paragraphs)
          result.push(performance.now() - start)
        }
        return result
      },
      {paragraphs, runs: Math.max(runs, 5)}
    )
    times.sort((a, b) => a - b)
    return {medianMs: Math.round(times[times.length >> 1]), minMs: Math.round(times[0]), maxMs: Math.round(times.at(-1)), engineBundleKb: Math.round(bundle.outputFiles[0].contents.length / 1024)}
  } finally {
    await browser.close()
  }
}
