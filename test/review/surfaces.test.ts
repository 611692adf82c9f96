/**
 * A finding whose dictionary entry came from a resident review says so on every surface: in the
 * language server's hover (the note) and in the Word pane's finding, as `review import` wrote it.
 */
import {rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fileUri, temporaryFolder, TestClient} from '../language-server/helpers.js'
import {TaskPaneHarness} from '../word/harness.js'

/** As `plainspeak review import --write` writes it, after a panel of ten. */
const reviewed = `- term: signpost
  alternatives: [tell you about, refer, direct]
  kind: jargon
  source: [lga-2007, compiler]
  note: Residents may not know what being "signposted" means. Say who will tell them where to go.
  review:
    panel: Bow residents' panel
    date: 2026-12-04
    reviewers: 10
    notUnderstood: 8
    words: [tell you about, send you to]
    responses: [a1a1a1a1, b2b2b2b2, c3c3c3c3, d4d4d4d4, e5e5e5e5, f6f6f6f6, a7a7a7a7, b8b8b8b8, c9c9c9c9, d0d0d0d0]
`
const note =
  '8 of 10 residents on the review panel did not know this word (Bow residents\' panel, 4 December 2026). Residents may not know what being "signposted" means. Say who will tell them where to go.'
const letter = 'If you need more help, we will signpost you to the food bank in Bow.'

describe('the review note on the editor surfaces', () => {
  let project: string
  let client: TestClient

  beforeAll(async () => {
    project = temporaryFolder()
    writeFileSync(path.join(project, 'our-words.yml'), reviewed)
    client = await TestClient.start({workspaceFolder: project, settings: {dictionaries: [path.join(project, 'our-words.yml')]}})
  })

  afterAll(async () => {
    await client?.stop()
    if (project) rmSync(project, {recursive: true, force: true})
  })

  it('the language server: the hover of the finding gives the panel’s verdict', async () => {
    const uri = fileUri(path.join(project, 'letter.md'))
    const {diagnostics} = await client.open(uri, letter)
    const signpost = diagnostics.find((diagnostic) => (diagnostic.data as {actual?: string} | undefined)?.actual === 'signpost')!
    expect(signpost.message).toBe('Use plain words instead of “signpost”: “tell you about”, “refer” or “direct”.')
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: signpost.range.start})) as {contents: {value: string}}
    // Markdown escapes the brackets and the full stop.
    expect(hover.contents.value.replace(/\\(.)/g, '$1').split('\n\n')[0]).toBe(note)
  })
})

describe('the review note in the Word pane', () => {
  const harness = new TaskPaneHarness()
  beforeAll(() => harness.start(), 120_000)
  afterAll(() => harness.stop())

  it('the finding, opened, shows the panel’s verdict', async () => {
    const pane = await harness.open({paragraphs: [{text: letter}], storedDictionaries: [{file: 'our-words.yml', text: reviewed}]})
    await pane.check()
    const finding = await pane.choose('jargon', 'signpost')
    expect(await finding.locator('.finding-note').textContent()).toBe(note)
    expect(harness.blocked).toEqual([])
  })
})
