/**
 * Docs travel with the software: no output links to a web address nobody configured. Every
 * http(s) URL in every output format is either the organisation's `docsUrl` or a source's own
 * address from dictionaries/sources.yml; without `docsUrl`, findings link to the rules page
 * shipped with Plainspeak (a file on this machine) or, in the HTML report, to the report itself.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {parse} from 'yaml'
import {cliRequire, makeFolder, repoRoot, runCli} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

const paper = `# Winter plan

The JSNA shows that we should signpost residents to the locality hub going forward.

It is recommended that the board notes the report, which was prepared by officers in the integrated care board and the council over several months of joint work.
`
const configured = 'https://intranet.example.gov.uk/plain-english/rules.html'
const formats = ['stylish', 'json', 'sarif', 'github', 'gitlab', 'html'] as const

let plain: string
let organisation: string
let sourceUrls: Set<string>
const cleanups: Array<() => Promise<void>> = []

/** Every http(s) URL in a text (an attribute value or a bare link ends at a quote, bracket or space). */
const urls = (text: string) => [...text.matchAll(/https?:\/\/[^\s"'<>()\]\\]+/g)].map((match) => match[0].replace(/[.,;:]+$/, ''))

async function outputs(cwd: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {}
  for (const format of formats) {
    for (const file of ['paper.md', 'paper.docx']) result[`${format} ${file}`] = (await runCli(['check', file, '-f', format], {cwd})).stdout
  }
  result['stats'] = (await runCli(['stats', 'paper.md', '-f', 'json'], {cwd})).stdout
  result['glossary'] = (await runCli(['glossary', 'paper.md', '-f', 'html'], {cwd})).stdout
  return result
}

beforeAll(async () => {
  const sources = parse(await readFile(path.join(repoRoot, 'dictionaries/sources.yml'), 'utf8')) as Record<string, {url?: string}>
  sourceUrls = new Set(Object.values(sources).flatMap((source) => (source.url ? [source.url] : [])))
  const {Document, Packer, Paragraph, HeadingLevel} = cliRequire('docx') as {
    Document: new (options: object) => object
    Packer: {toBuffer(document: object): Promise<Uint8Array>}
    Paragraph: new (options: object) => object
    HeadingLevel: Record<string, string>
  }
  const [heading, , first, , second] = paper.split('\n')
  const docx = await Packer.toBuffer(
    new Document({sections: [{children: [new Paragraph({text: heading!.slice(2), heading: HeadingLevel['HEADING_1']}), new Paragraph({text: first}), new Paragraph({text: second})]}]})
  )
  const a = await makeFolder({'paper.md': paper, 'paper.docx': docx})
  const b = await makeFolder({'paper.md': paper, 'paper.docx': docx, '.plainspeakrc.json': JSON.stringify({docsUrl: configured})})
  plain = a.dir
  organisation = b.dir
  cleanups.push(a.cleanup, b.cleanup)
})
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

describe('links in the output', () => {
  it('point only at the rules page shipped with Plainspeak, or the report itself, when nothing is configured', async () => {
    const local = pathToFileURL(path.join(repoRoot, 'packages/core/docs/rules.html')).href
    const all = await outputs(plain)
    for (const [name, text] of Object.entries(all)) {
      expect(text.length, name).toBeGreaterThan(0)
      expect(urls(text).filter((url) => !sourceUrls.has(url)), name).toEqual([])
      expect(text, name).not.toMatch(/github\.com|plainspeak\.dev/)
    }
    expect(JSON.parse(all['json paper.md']!)[0].messages.map((message: {url: string}) => message.url)).toContain(`${local}#jargon`)
    expect(JSON.parse(all['sarif paper.docx']!).runs[0].tool.driver.rules[0].helpUri).toBe(`${local}#acronym-undefined`)
    // The HTML report explains the rules itself: it may be sent on, away from this machine.
    const html = all['html paper.md']!
    expect(html).toContain('<a href="#rule-jargon">About the jargon rule</a>')
    expect(html).toMatch(/<section id="rule-jargon" aria-labelledby="rule-jargon-heading"><h3 id="rule-jargon-heading">jargon<\/h3><p>Council, NHS/)
    expect(html).not.toContain('file://')
  })

  it('point at the organisation’s docsUrl when its configuration sets one', async () => {
    const all = await outputs(organisation)
    let linked = 0
    for (const [name, text] of Object.entries(all)) {
      for (const url of urls(text)) {
        if (sourceUrls.has(url)) continue
        expect(url.startsWith(`${configured}#`) || url === configured, `${name}: ${url}`).toBe(true)
        linked++
      }
    }
    expect(linked).toBeGreaterThan(20)
    expect(JSON.parse(all['json paper.docx']!)[0].messages[0].url).toBe(`${configured}#acronym-undefined`)
    expect(all['html paper.md']).toContain(`<a href="${configured}#jargon" rel="noreferrer noopener">About the jargon rule</a>`)
    expect(JSON.parse(all['sarif paper.md']!).runs[0].tool.driver.informationUri).toBe(configured)
  })
})
