/**
 * Protocol tests: the built server spawned over stdio, driven by a JSON-RPC client. Every wait
 * is on a notification or a response.
 */
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {parse} from 'yaml'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {defaultViewSample} from '../default-view-sample.js'
import {fileUri, repoRoot, summary, temporaryFolder, textAt, TestClient, type CodeAction, type Diagnostic, type StatsParams} from './helpers.js'

const paper = `# Our plan

We will signpost residents to the JSNA team. We utilise the budget.
`

let folder: string
let client: TestClient
let count = 0
/** A fresh document URI in the workspace folder. */
const newUri = (extension = 'md') => fileUri(path.join(folder, `doc-${++count}.${extension}`))
const find = (diagnostics: Diagnostic[], code: string) => diagnostics.find((diagnostic) => diagnostic.code === code)!
/** The titles of the fixes; "Not useful here", on every finding in a file, is tested in feedback.test.ts. */
const titles = (actions: CodeAction[]) => actions.map((action) => action.title).filter((title) => !title.startsWith('Not useful here'))
/** The line of a rule's heading in the rules page shipped with core. */
const rulesDocLine = (ruleId: string) => readFileSync(path.join(repoRoot, 'packages/core/docs/rules.md'), 'utf8').split('\n').indexOf(`## ${ruleId}`) + 1

beforeAll(async () => {
  folder = temporaryFolder()
  client = await TestClient.start({workspaceFolder: folder})
})

afterAll(async () => {
  await client?.stop()
  rmSync(folder, {recursive: true, force: true})
})

describe('diagnostics', () => {
  it('maps a finding to a diagnostic with code, severity, docs link, source and data', async () => {
    const uri = newUri()
    const {diagnostics, version} = await client.open(uri, paper)
    expect(version).toBe(1)
    expect(find(diagnostics, 'jargon')).toEqual({
      range: {start: {line: 2, character: 8}, end: {line: 2, character: 16}},
      message: 'Use plain words instead of “signpost”: “direct”, “refer” or “point to”.',
      severity: 2,
      code: 'jargon',
      codeDescription: {href: `${pathToFileURL(path.join(repoRoot, 'packages/core/docs/rules.md')).href}#L${rulesDocLine('jargon')}`},
      source: 'plainspeak',
      data: {
        actual: 'signpost',
        expected: ['direct', 'refer', 'point to'],
        // The entry's term, kind and action; its sources are in the hover, not in every diagnostic.
        entry: {term: 'signpost', kind: 'jargon', action: 'replace'},
        group: {id: 'jargon:signpost', count: 1, ordinal: 1},
        // What the finding is about, as its rule declares it: what "add to the project dictionary" adds.
        subject: {kind: 'term', text: 'signpost'},
        // For "Not useful here": the finding's fingerprint (the same as the CLI's) and the audience checked for.
        fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/),
        audience: 'public'
      }
    })
    expect(find(diagnostics, 'acronym-undefined')).toMatchObject({
      range: {start: {line: 2, character: 34}, end: {line: 2, character: 38}},
      severity: 2,
      data: {actual: 'JSNA', expected: ['Joint Strategic Needs Assessment (JSNA)'], acronym: 'JSNA', subject: {kind: 'acronym', text: 'JSNA'}}
    })
    expect(diagnostics.filter((diagnostic) => diagnostic.data && (diagnostic.data as {entry?: {term: string}}).entry?.term === 'utilise')).toMatchObject([{severity: 2}])
    for (const diagnostic of diagnostics) {
      expect(textAt(paper, diagnostic.range)).toBe((diagnostic.data as {actual: string}).actual)
    }
  })

  it('counts positions in UTF-16 code units from 0, across CRLF and astral characters', async () => {
    const uri = newUri()
    const text = '# Plan 😀\r\n\r\n😀 We signpost 😀 residents.\r\n'
    const {diagnostics} = await client.open(uri, text)
    expect(find(diagnostics, 'jargon').range).toEqual({start: {line: 2, character: 6}, end: {line: 2, character: 14}})
    expect(textAt(text, find(diagnostics, 'jargon').range)).toBe('signpost')
  })

  it('checks plain text and HTML documents', async () => {
    const text = await client.open(newUri('txt'), 'We will signpost residents.\n', 'plaintext')
    expect(summary(text.diagnostics)).toContain('jargon: signpost')
    const neovimText = await client.open(newUri('txt'), 'We will signpost residents.\n', 'text')
    expect(summary(neovimText.diagnostics)).toContain('jargon: signpost')
    const html = await client.open(newUri('html'), '<p>We will <b>signpost</b> residents.</p>\n', 'html')
    expect(find(html.diagnostics, 'jargon').range).toEqual({start: {line: 0, character: 14}, end: {line: 0, character: 22}})
  })

  it('sends statistics with the version they describe', async () => {
    const uri = newUri()
    const stats = client.stats(uri, 1)
    await client.open(uri, paper)
    const params = await stats
    expect(params).toMatchObject({uri, version: 1, findings: {byRule: {jargon: 2, 'acronym-undefined': 1}}})
    expect(params.stats?.targetReadingAge).toBe(9)
    expect(params.stats?.readingAge).toEqual(expect.any(Number))
    expect(params.stats?.sections.map((section) => section.heading)).toEqual(['Our plan'])
    expect(params.stats?.acronyms).toMatchObject([{acronym: 'JSNA', expansion: 'Joint Strategic Needs Assessment'}])
    expect(params.elapsedMs).toEqual(expect.any(Number))
  })

  it('clears diagnostics when a document closes', async () => {
    const uri = newUri()
    await client.open(uri, paper)
    const cleared = client.waitFor<{uri: string; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics', (params) => params.uri === uri)
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
    expect((await cleared).diagnostics).toEqual([])
  })
})

describe('showing each piece of advice once', () => {
  const long =
    "In the winter we will signpost residents who need help with heating to the council's energy advice team, and the team will then visit their homes to check the boilers and the insulation before the cold weather starts in November."
  const text = `# Winter\n\n${long}\n\nIt is recommended that the board notes the report.\n`

  it('underlines a sentence finding’s opening words only, with the whole sentence in its data; a suggestion is a hint', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, text)
    const sentence = find(diagnostics, 'sentence-length')
    expect(sentence).toMatchObject({
      range: {start: {line: 2, character: 0}, end: {line: 2, character: 13}},
      severity: 2,
      data: {actual: long, range: {start: {line: 2, character: 0}, end: {line: 2, character: long.length}}}
    })
    expect(textAt(text, sentence.range)).toBe('In the winter')
    // The word inside the sentence keeps its own underline.
    expect(find(diagnostics, 'jargon')).toMatchObject({range: {start: {line: 2, character: 22}, end: {line: 2, character: 30}}, severity: 2})
    // A suggestion (this client asks for them) is a hint (no squiggle), on its sentence's opening words.
    const passive = find(diagnostics, 'passive')
    expect(passive).toMatchObject({severity: 4, data: {suggestion: true}})
    expect(textAt(text, passive.range)).toBe('is recommended')
  })

  it('lists the actions of the finding under the cursor first, and prefers only its own', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, text)
    const sentence = find(diagnostics, 'sentence-length')
    const jargon = find(diagnostics, 'jargon')
    // A client that sends every diagnostic on the line, with the cursor in “signpost”.
    const cursor = {start: {line: 2, character: 25}, end: {line: 2, character: 25}}
    const actions = await client.codeActions(uri, [sentence, jargon], undefined, cursor)
    expect(titles(actions)).toEqual([
      'Replace “signpost” with “direct”',
      'Replace “signpost” with “refer”',
      'Replace “signpost” with “point to”',
      'Add “signpost” to the project dictionary',
      'Ignore “signpost” in this document',
      'Ignore this jargon finding here'
    ])
    expect(actions.filter((action) => action.isPreferred).map((action) => action.title)).toEqual(['Replace “signpost” with “direct”'])
    // Asked about the sentence (its opening words), the fix still wraps the whole sentence.
    const ignore = (await client.codeActions(uri, [sentence])).find((action) => action.title === 'Ignore this sentence-length finding here')!
    await client.apply(ignore.edit!, uri)
    expect(client.text(uri)).toContain(`<!-- plainspeak-disable sentence-length -->\n\n${long}\n\n<!-- plainspeak-enable sentence-length -->`)
  })

  it('shows every use of a repeated term at its level, as the Problems panel and the CLI count them; the hovers count the uses', async () => {
    const uri = newUri()
    const repeated = '# Advice\n\nWe signpost residents to the advice line.\n\nWe also signpost carers to respite care.\n\nSchools signpost families to us.\n'
    const {diagnostics} = await client.open(uri, repeated)
    const uses = diagnostics.filter((diagnostic) => diagnostic.code === 'jargon')
    expect(uses.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity])).toEqual([
      [2, 2],
      [4, 2],
      [6, 2]
    ])
    const hover = async (at: (typeof uses)[number]) =>
      ((await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: at.range.start})) as {contents: {value: string}}).contents.value
    expect(await hover(uses[0]!)).toMatch(/\n\n2 more uses in this document\.$/)
    expect(await hover(uses[1]!)).toMatch(/\n\nUse 2 of 3 in this document\.$/)
  })

  it('links only to the rule docs shipped with the server or to a source’s own address, in diagnostics and hovers', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, text)
    const hovers = []
    for (const diagnostic of diagnostics) hovers.push(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: diagnostic.range.start}))
    const sources = new Set(
      ['dictionaries/sources.yml', 'test/language-server/fixtures/dictionary/sources.yml'].flatMap((file) =>
        Object.values(parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, {url?: string}>).flatMap((source) => (source.url ? [source.url] : []))
      )
    )
    const addresses = [...JSON.stringify([diagnostics, hovers]).matchAll(/https?:\/\/[^\s"'<>()\]\\]+/g)].map((match) => match[0])
    expect(addresses.filter((address) => !sources.has(address))).toEqual([])
    const local = pathToFileURL(path.join(repoRoot, 'packages/core/docs/rules.md')).href
    for (const diagnostic of diagnostics) expect(diagnostic.codeDescription!.href).toMatch(new RegExp(`^${local}#L\\d+$`))
  })

  it('links each rule to the organisation’s docs when its settings name them', async () => {
    const local = await TestClient.start({workspaceFolder: folder, settings: {docsUrl: 'https://intranet.example.gov.uk/plain-english/rules.html'}})
    try {
      const {diagnostics} = await local.open(newUri(), paper)
      expect(find(diagnostics, 'jargon').codeDescription).toEqual({href: 'https://intranet.example.gov.uk/plain-english/rules.html#jargon'})
    } finally {
      await local.stop()
    }
  })
})

describe('code actions', () => {
  it('replaces with each alternative, preferring the dictionary’s first for the finding asked about', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, paper)
    const jargon = await client.codeActions(uri, [find(diagnostics, 'jargon')])
    expect(titles(jargon)).toEqual([
      'Replace “signpost” with “direct”',
      'Replace “signpost” with “refer”',
      'Replace “signpost” with “point to”',
      'Add “signpost” to the project dictionary',
      'Ignore “signpost” in this document',
      'Ignore this jargon finding here'
    ])
    expect(jargon.filter((action) => action.isPreferred).map((action) => action.title)).toEqual(['Replace “signpost” with “direct”'])
    expect(jargon[1]).toMatchObject({
      kind: 'quickfix',
      edit: {documentChanges: [{textDocument: {uri, version: 1}, edits: [{range: find(diagnostics, 'jargon').range, newText: 'refer'}]}]}
    })
    const utilise = diagnostics.find((diagnostic) => (diagnostic.data as {actual: string}).actual === 'utilise')!
    const [use] = await client.codeActions(uri, [utilise])
    expect(use).toMatchObject({title: 'Replace “utilise” with “use”', isPreferred: true})
    const after = await client.apply(use!.edit!, uri)
    expect(client.text(uri)).toContain('We use the budget.')
    expect(summary(after.diagnostics)).not.toContain('jargon: utilise')
  })

  it('spells out an acronym at its first use', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, paper)
    const [spellOut] = await client.codeActions(uri, [find(diagnostics, 'acronym-undefined')])
    expect(spellOut).toMatchObject({title: 'Spell out JSNA: “Joint Strategic Needs Assessment (JSNA)”', isPreferred: true})
    const after = await client.apply(spellOut!.edit!, uri)
    expect(client.text(uri)).toContain('to the Joint Strategic Needs Assessment (JSNA) team.')
    expect(summary(after.diagnostics).filter((line) => line.startsWith('acronym'))).toEqual([])
  })

  it('offers nothing for a finding whose text changed, or a range that is not in the document', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, paper)
    const jargon = find(diagnostics, 'jargon')
    expect(await client.codeActions(uri, [jargon])).not.toEqual([])
    await client.change(uri, paper.replace('signpost', 'signpast'))
    expect(await client.codeActions(uri, [jargon])).toEqual([])
    // Same length, different text; and a range past the end of the document.
    expect(await client.codeActions(uri, [{...jargon, range: {start: {line: 40, character: 0}, end: {line: 40, character: 8}}}])).toEqual([])
    expect(await client.codeActions(uri, [{...jargon, data: {actual: 'signpast', expected: ['x']}, range: {start: {line: 2, character: 9}, end: {line: 2, character: 17}}}])).toEqual([])
  })

  it('offers the allow list what each finding is about, as its rule declares it (the Word pane offers the same)', async () => {
    const uri = newUri()
    const text = 'Not many residents replied.\n\nThe JSNA is due. The Joint Strategic Needs Assessment (JSNA) is due in May.\n'
    const {diagnostics} = await client.open(uri, text)
    const titles = async (ruleId: string) => (await client.codeActions(uri, [find(diagnostics, ruleId)])).map((action) => action.title).filter((title) => title.startsWith('Add '))
    // A simpler word in lower case, wherever it stands (the allow list ignores letter case).
    expect(await titles('simpler-word')).toEqual(['Add “not many” to the project dictionary'])
    // An acronym spelled out late is about the acronym too: allowing it silences the finding.
    expect(await titles('acronym-late-definition')).toEqual(['Add “JSNA” to the project dictionary'])
  })

  it('adds a term to the project dictionary, creating .plainspeakrc.json, and checks again', async () => {
    const project = temporaryFolder()
    const local = await TestClient.start({workspaceFolder: project})
    try {
      const uri = fileUri(path.join(project, 'notes', 'paper.md'))
      const {diagnostics} = await local.open(uri, paper)
      const add = (await local.codeActions(uri, [find(diagnostics, 'acronym-undefined')])).find((action) => action.title.startsWith('Add'))!
      expect(add).toMatchObject({title: 'Add “JSNA” to the project dictionary', command: {command: 'plainspeak.server.addToAllowList', arguments: [{uri, term: 'JSNA'}]}})
      const rechecked = local.diagnostics(uri, 1)
      const result = await local.connection.sendRequest('workspace/executeCommand', {command: add.command!.command, arguments: add.command!.arguments})
      const rc = path.join(project, '.plainspeakrc.json')
      expect(result).toEqual({file: rc, created: true, added: true})
      expect(JSON.parse(readFileSync(rc, 'utf8'))).toEqual({allow: ['JSNA']})
      expect(summary((await rechecked).diagnostics)).not.toContain('acronym-undefined: JSNA')

      // A second term goes into the same file, keeping what is there.
      const again = local.diagnostics(uri, 1)
      await local.connection.sendRequest('workspace/executeCommand', {command: 'plainspeak.server.addToAllowList', arguments: [{uri, term: 'signpost'}]})
      expect(JSON.parse(readFileSync(rc, 'utf8'))).toEqual({allow: ['JSNA', 'signpost']})
      expect(summary((await again).diagnostics).filter((line) => line.startsWith('jargon'))).toEqual(['jargon: utilise'])
    } finally {
      await local.stop()
      rmSync(project, {recursive: true, force: true})
    }
  })

  it('adds to the nearest YAML configuration, keeping its comments', async () => {
    const project = temporaryFolder()
    writeFileSync(path.join(project, '.plainspeakrc.yaml'), '# Board papers\naudience: board\nallow:\n  - ICB\n')
    const local = await TestClient.start({workspaceFolder: project})
    try {
      const uri = fileUri(path.join(project, 'paper.md'))
      await local.open(uri, paper)
      const rechecked = local.diagnostics(uri, 1)
      await local.connection.sendRequest('workspace/executeCommand', {command: 'plainspeak.server.addToAllowList', arguments: [{uri, term: 'signpost'}]})
      expect(readFileSync(path.join(project, '.plainspeakrc.yaml'), 'utf8')).toBe('# Board papers\naudience: board\nallow:\n  - ICB\n  - signpost\n')
      expect(summary((await rechecked).diagnostics)).not.toContain('jargon: signpost')
    } finally {
      await local.stop()
      rmSync(project, {recursive: true, force: true})
    }
  })

  it('ignores a term in a Markdown document through front matter', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, paper)
    const ignore = (await client.codeActions(uri, [find(diagnostics, 'jargon')])).find((action) => action.title === 'Ignore “signpost” in this document')!
    const after = await client.apply(ignore.edit!, uri)
    expect(client.text(uri)).toBe(`---\nplainspeak:\n  allow: ["signpost"]\n---\n\n${paper}`)
    expect(summary(after.diagnostics)).not.toContain('jargon: signpost')

    // Existing front matter gains the entry; its other keys stay.
    const second = newUri()
    const withFrontMatter = `---\ntitle: Plan\nplainspeak:\n  audience: board\n---\n${paper}`
    const found = await client.open(second, withFrontMatter)
    const utilise = found.diagnostics.find((diagnostic) => (diagnostic.data as {actual: string}).actual === 'utilise')!
    const action = (await client.codeActions(second, [utilise])).find((item) => item.title === 'Ignore “utilise” in this document')!
    const rechecked = await client.apply(action.edit!, second)
    expect(client.text(second)).toBe(`---\ntitle: Plan\nplainspeak:\n  audience: board\n  allow: [ utilise ]\n---\n${paper}`)
    expect(summary(rechecked.diagnostics)).not.toContain('jargon: utilise')
  })

  it('ignores one finding with an inline disable/enable pair in Markdown and HTML', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, paper)
    const ignore = (await client.codeActions(uri, [find(diagnostics, 'jargon')])).find((action) => action.title === 'Ignore this jargon finding here')!
    const after = await client.apply(ignore.edit!, uri)
    expect(client.text(uri)).toContain('We will <!-- plainspeak-disable jargon -->signpost<!-- plainspeak-enable jargon --> residents')
    expect(summary(after.diagnostics)).not.toContain('jargon: signpost')
    expect(summary(after.diagnostics)).toContain('jargon: utilise')

    // At the start of a line a comment would open an HTML block, so the pair goes around the paragraph.
    const start = newUri()
    const lineStart = '# Plan\n\nSignpost residents to the team.\n'
    const found = await client.open(start, lineStart)
    const action = (await client.codeActions(start, [find(found.diagnostics, 'jargon')])).find((item) => item.title === 'Ignore this jargon finding here')!
    const rechecked = await client.apply(action.edit!, start)
    expect(client.text(start)).toBe('# Plan\n\n<!-- plainspeak-disable jargon -->\n\nSignpost residents to the team.\n\n<!-- plainspeak-enable jargon -->\n')
    expect(summary(rechecked.diagnostics)).not.toContain('jargon: Signpost')

    const html = newUri('html')
    const page = '<p>We will signpost residents.</p>\n'
    const htmlFound = await client.open(html, page, 'html')
    const htmlIgnore = titles(await client.codeActions(html, [find(htmlFound.diagnostics, 'jargon')]))
    expect(htmlIgnore).toEqual(['Replace “signpost” with “direct”', 'Replace “signpost” with “refer”', 'Replace “signpost” with “point to”', 'Add “signpost” to the project dictionary', 'Ignore this jargon finding here'])
  })

  it('offers plain text the project dictionary, not comments', async () => {
    const uri = newUri('txt')
    const {diagnostics} = await client.open(uri, 'We will signpost residents.\n', 'plaintext')
    expect(titles(await client.codeActions(uri, [find(diagnostics, 'jargon')]))).toEqual([
      'Replace “signpost” with “direct”',
      'Replace “signpost” with “refer”',
      'Replace “signpost” with “point to”',
      'Add “signpost” to the project dictionary'
    ])
  })

  it('fixes the safe findings with source.fixAll.plainspeak, as annotated edits that need confirmation, and the fixes add no findings', async () => {
    const uri = newUri()
    // Safe: "utilise" (one replacement, prose), "Going forward" (one, sentence start), the JSNA spelled out.
    // Held back: "signpost" (three replacements), "utilise" in code, in a quotation and in a link.
    const text = `# Plan\n\n${paper.split('\n')[2]} Going forward we utilize the JSNA.\n\nRun \`utilise\` here. She said “we utilise it”. See [the page](https://example.org/utilise).\n`
    const {diagnostics} = await client.open(uri, text)
    expect(await client.codeActions(uri, diagnostics)).not.toContainEqual(expect.objectContaining({kind: 'source.fixAll.plainspeak'}))
    const [fix] = await client.codeActions(uri, [], ['source.fixAll'])
    expect(fix).toMatchObject({title: 'Apply 4 safe Plainspeak fixes', kind: 'source.fixAll.plainspeak'})
    // Each kind of change is one annotation that needs confirmation: VS Code previews the edit first.
    expect(fix!.edit!.changeAnnotations).toEqual({
      'going forward → from now on': {label: 'going forward → from now on', needsConfirmation: true, description: 'Plainspeak: a plain-English fix'},
      'jsna → joint strategic needs assessment (jsna)': {label: 'jsna → joint strategic needs assessment (jsna)', needsConfirmation: true, description: 'Plainspeak: a plain-English fix'},
      'utilise → use': {label: 'utilise → use', needsConfirmation: true, description: 'Plainspeak: a plain-English fix'},
      'utilize → use': {label: 'utilize → use', needsConfirmation: true, description: 'Plainspeak: a plain-English fix'}
    })
    const edits = (fix!.edit!.documentChanges![0] as {edits: Array<{annotationId?: string}>}).edits
    expect(edits.map((edit) => edit.annotationId)).toEqual(['jsna → joint strategic needs assessment (jsna)', 'utilise → use', 'going forward → from now on', 'utilize → use'])
    const after = await client.apply(fix!.edit!, uri)
    expect(client.text(uri)).toBe('# Plan\n\nWe will signpost residents to the Joint Strategic Needs Assessment (JSNA) team. We use the budget. From now on we use the JSNA.\n\nRun `utilise` here. She said “we utilise it”. See [the page](https://example.org/utilise).\n')
    const before = new Set(summary(diagnostics))
    // Sentence-level findings quote the edited sentence; word-level ones must all be old ones.
    const fixed = summary(after.diagnostics).filter((line) => !/^(readability|sentence-length|passive)/.test(line))
    for (const line of fixed) expect(before.has(line)).toBe(true)
    expect(fixed.filter((line) => /utilize|Going forward|JSNA/.test(line))).toEqual([])
    // A second fix-all has nothing left to do.
    expect(await client.codeActions(uri, [], ['source.fixAll.plainspeak'])).toEqual([])
  })

  it('sends a plain edit to a client without versioned edits, with the same changes', async () => {
    const local = await TestClient.start({workspaceFolder: folder, documentChanges: false})
    try {
      const uri = newUri()
      await local.open(uri, 'We utilise the budget. We signpost people.\n')
      const [fix] = await local.codeActions(uri, [], ['source.fixAll.plainspeak'])
      expect(fix).toMatchObject({title: 'Apply 1 safe Plainspeak fix', edit: {changes: {[uri]: [{range: {start: {line: 0, character: 3}, end: {line: 0, character: 10}}, newText: 'use'}]}}})
    } finally {
      await local.stop()
    }
  })
})

describe('data safety on a real paper', () => {
  it('applies every single-fix finding to the sample board paper without creating new word-level findings', async () => {
    const project = temporaryFolder()
    // The built-in dictionary only: the real data, as shipped.
    const local = await TestClient.start({workspaceFolder: project, settings: {dictionaries: [], audience: 'board'}})
    try {
      const uri = fileUri(path.join(project, 'board-paper.md'))
      const text = readFileSync(path.join(repoRoot, 'examples/board-paper.md'), 'utf8')
      const {diagnostics} = await local.open(uri, text)
      const [fix] = await local.codeActions(uri, [], ['source.fixAll.plainspeak'])
      expect(fix, 'the sample paper has findings with one fix').toBeDefined()
      const edits = (fix!.edit!.documentChanges![0] as {edits: Array<{range: Diagnostic['range']; newText: string}>}).edits
      // Each edit replaces exactly one finding's text.
      for (const edit of edits) {
        const finding = diagnostics.find((diagnostic) => JSON.stringify(diagnostic.range) === JSON.stringify(edit.range))
        expect(finding, JSON.stringify(edit)).toBeDefined()
        expect(textAt(text, edit.range)).toBe((finding!.data as {actual: string}).actual)
      }
      expect(edits.length).toBeGreaterThan(0)
      const after = await local.apply(fix!.edit!, uri)
      const wordLevel = (list: Diagnostic[]) => summary(list).filter((line) => !/^(readability|sentence-length|passive|acronym-redefined)/.test(line))
      const before = new Set(wordLevel(diagnostics))
      const added = wordLevel(after.diagnostics).filter((line) => !before.has(line))
      expect(added).toEqual([])
    } finally {
      await local.stop()
      rmSync(project, {recursive: true, force: true})
    }
  })
})

describe('hover', () => {
  it('adds only what the diagnostic does not say: why and the source, not the reason or the alternatives it names', async () => {
    const uri = newUri()
    await client.open(uri, paper)
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: 10}})) as {contents: {kind: string; value: string}; range: unknown}
    expect(hover.range).toEqual({start: {line: 2, character: 8}, end: {line: 2, character: 16}})
    expect(hover.contents.kind).toBe('markdown')
    expect(hover.contents.value).toBe(
      'Residents may not know what being "signposted" means\\.\n\nSource: Local Government Association list of words councils should not use \\(2009\\)'
    )
    expect(hover.contents.value).not.toContain('Use plain words')
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 0, character: 1}})).toBeNull()
  })
})

describe('hover on a hint', () => {
  it('says what a suggestion found first, over its whole word: VS Code explains a hint on its first two characters only', async () => {
    // A text the judged table splits at some audience, with a word suggestion in it (whatever a new round moves).
    const sample = defaultViewSample({format: 'markdown', wanted: (message) => message.data?.['entry'] !== undefined})
    const local = await TestClient.start({workspaceFolder: folder, settings: {dictionaries: [], audience: sample.audience, suggestions: true}})
    try {
      const uri = newUri()
      const {diagnostics} = await local.open(uri, sample.text)
      const hints = diagnostics.filter((diagnostic) => diagnostic.severity === 4 && (diagnostic.data as {entry?: unknown}).entry !== undefined)
      expect(hints.length).toBeGreaterThan(0)
      for (const hint of hints) {
        expect((hint.data as {suggestion?: boolean}).suggestion).toBe(true)
        const length = hint.range.end.character - hint.range.start.character
        for (const character of [hint.range.start.character + Math.min(3, length), hint.range.end.character]) {
          const hover = (await local.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: hint.range.start.line, character}})) as {contents: {value: string}; range: Diagnostic['range']}
          expect(hover.range).toEqual(hint.range)
          // What was found, then the advice.
          expect(hover.contents.value.startsWith(`**${hint.message.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&')}**\n\n`), hover.contents.value).toBe(true)
          // The built-in dictionary's sources by their public names: never the editors' notes.
          expect(hover.contents.value).not.toMatch(/Written for Plainspeak|as reported by the press|weaker provenance/)
        }
      }
    } finally {
      await local.stop()
    }
  })

  it('names each public source with its link, without the dictionary editors’ notes on provenance', async () => {
    const project = temporaryFolder()
    writeFileSync(
      path.join(project, 'sources.yml'),
      [
        'house-notes:',
        '  title: Written for Plainspeak where no list gave a plain word; checked by the dictionary editors',
        '  licence: Plainspeak project data',
        'lga-press:',
        '  title: A council association’s list of words to avoid (2003), as reported by the press',
        '  licence: facts only',
        'style-guide:',
        '  title: A public style guide, words to avoid (style-guide)',
        '  url: https://example.org/style-guide',
        '  licence: OGL v3',
        ''
      ].join('\n')
    )
    writeFileSync(
      path.join(project, 'terms.yml'),
      ['- term: synergise', '  kind: jargon', '  alternatives: [work together]', '  note: Readers outside the service rarely say this.', '  source: [house-notes, lga-press, style-guide]', ''].join('\n')
    )
    const local = await TestClient.start({workspaceFolder: project, settings: {dictionaries: [project], audience: 'public', suggestions: false}})
    try {
      const uri = fileUri(path.join(project, 'sources.md'))
      const {diagnostics} = await local.open(uri, '# Teams\n\nOur teams synergise well.\n')
      const word = diagnostics.find((diagnostic) => diagnostic.code === 'jargon')!
      const hover = (await local.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: word.range.start.character + 5}})) as {contents: {value: string}}
      expect(hover.contents.value).toBe(
        'Readers outside the service rarely say this\\.\n\nSource: A council association’s list of words to avoid \\(2003\\); [A public style guide, words to avoid](https://example.org/style-guide)'
      )
    } finally {
      await local.stop()
      rmSync(project, {recursive: true, force: true})
    }
  })
})

describe('commands', () => {
  it('writes a glossary of the document’s acronyms in its format', async () => {
    const uri = newUri()
    await client.open(uri, paper)
    expect(await client.connection.sendRequest('workspace/executeCommand', {command: 'plainspeak.server.glossary', arguments: [{uri}]})).toEqual({
      text: '## Glossary\n\n| Acronym | Meaning |\n| --- | --- |\n| JSNA | Joint Strategic Needs Assessment |\n',
      acronyms: 1
    })
  })

  it('checks every file in the workspace', async () => {
    const project = temporaryFolder()
    writeFileSync(path.join(project, 'a.md'), paper)
    writeFileSync(path.join(project, 'b.txt'), 'We utilise it. It is recommended that the board notes the report.\n')
    writeFileSync(path.join(project, 'skip.js'), 'signpost')
    const local = await TestClient.start({workspaceFolder: project})
    try {
      const a = local.diagnostics(fileUri(path.join(project, 'a.md')))
      const b = local.diagnostics(fileUri(path.join(project, 'b.txt')))
      const result = (await local.connection.sendRequest('workspace/executeCommand', {command: 'plainspeak.server.checkWorkspace', arguments: []})) as Record<string, number>
      expect(result).toMatchObject({files: 2, skipped: 0})
      const published = [...(await a).diagnostics, ...(await b).diagnostics]
      expect(summary(published)).toContain('jargon: signpost')
      expect(summary(published)).toContain('jargon: utilise')
      // The count it gives is what the Problems panel lists (errors, warnings, information; not
      // hints), level by level; the suggestions, hints, are counted apart.
      const listed = (severity: number) => published.filter((diagnostic) => diagnostic.severity === severity).length
      expect(result).toMatchObject({error: listed(1), warning: listed(2), info: listed(3), suggestions: listed(4), findings: listed(1) + listed(2) + listed(3)})
      expect(result['findings']).toBeGreaterThan(0)
      expect(result['suggestions']).toBeGreaterThan(0)
    } finally {
      await local.stop()
      rmSync(project, {recursive: true, force: true})
    }
  })
})

describe('settings and configuration files', () => {
  it('publishes the default view unless the suggestions setting is on; then suggestions too, as hints marked as suggestions', async () => {
    // A text the judged table splits at some audience (whatever a new round moves).
    const sample = defaultViewSample({format: 'markdown'})
    const at = (message: {ruleId: string; place: {start: {line: number; column: number}}}) => `${message.ruleId}@${message.place.start.line - 1}:${message.place.start.column - 1}`
    const of = (diagnostic: Diagnostic) => `${diagnostic.code}@${diagnostic.range.start.line}:${diagnostic.range.start.character}`
    const marked = (diagnostic: Diagnostic) => (diagnostic.data as {suggestion?: boolean}).suggestion === true
    const local = await TestClient.start({workspaceFolder: folder, settings: {audience: sample.audience, suggestions: false}})
    try {
      const uri = newUri()
      const plain = local.diagnostics(uri, 1)
      await local.open(uri, sample.text)
      const shown = (await plain).diagnostics
      expect(shown.map(of)).toEqual(sample.shown.map(at))
      expect(shown.some(marked)).toBe(false)

      local.settings = {...local.settings, suggestions: true}
      const rechecked = local.diagnostics(uri, 1)
      await local.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
      const all = (await rechecked).diagnostics
      // The default view's diagnostics are unchanged; each suggestion is a hint, marked in its data.
      expect(all.filter((diagnostic) => !marked(diagnostic))).toEqual(shown)
      expect(all.filter(marked).map(of)).toEqual(sample.suggestions.map(at))
      expect(all.filter(marked).every((diagnostic) => diagnostic.severity === 4)).toBe(true)
    } finally {
      await local.stop()
    }
  })

  it('re-checks when settings change', async () => {
    const local = await TestClient.start({workspaceFolder: folder})
    try {
      const uri = newUri()
      const first = local.stats(uri, 1)
      await local.open(uri, paper)
      expect((await first).stats?.targetReadingAge).toBe(9)
      local.settings = {...local.settings, audience: 'board', rules: {jargon: 'off'}}
      const stats = local.stats(uri, 1)
      const rechecked = local.diagnostics(uri, 1)
      await local.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
      expect(summary((await rechecked).diagnostics).filter((line) => line.startsWith('jargon'))).toEqual([])
      expect((await stats).stats?.targetReadingAge).toBe(12)

      local.settings = {...local.settings, audience: 'kids'}
      const bad = local.diagnostics(uri, 1)
      await local.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
      expect((await bad).diagnostics).toEqual([
        expect.objectContaining({code: 'settings', severity: 1, message: expect.stringContaining('Unexpected value `kids` for `audience`, expected one of `public`, `board`, `staff`, `patient`')})
      ])

      local.settings = {...local.settings, enable: false}
      const off = local.diagnostics(uri, 1)
      await local.connection.sendNotification('workspace/didChangeConfiguration', {settings: null})
      expect((await off).diagnostics).toEqual([])
    } finally {
      await local.stop()
    }
  })

  it('watches .plainspeakrc files: a change re-checks, a mistake is located', async () => {
    const project = temporaryFolder()
    const local = await TestClient.start({workspaceFolder: project})
    try {
      const uri = fileUri(path.join(project, 'paper.md'))
      expect(summary((await local.open(uri, paper)).diagnostics)).toContain('jargon: signpost')
      const rc = path.join(project, '.plainspeakrc.json')
      const watched = async (text: string) => {
        writeFileSync(rc, text)
        const published = local.diagnostics(uri, 1)
        await local.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: fileUri(rc), type: 1}]})
        return (await published).diagnostics
      }
      expect(summary(await watched('{"allow": ["signpost"]}\n'))).not.toContain('jargon: signpost')
      expect(await watched('{\n  "allow": [],\n  "audeince": "board"\n}\n')).toEqual([
        expect.objectContaining({code: 'config', message: `Plainspeak cannot use ${rc}:3:3: Unknown key \`audeince\`, expected one of \`audience\`, \`rules\`, \`dictionaries\`, \`allow\`, \`acronymScope\`, \`readingAge\`, \`docsUrl\`.`})
      ])
      expect(await watched('{\n  "readingAge": 40\n}\n')).toEqual([
        expect.objectContaining({code: 'config', message: `Plainspeak cannot use ${rc}:2:17: Unexpected value 40 for \`readingAge\`, expected a number from 5 to 21.`})
      ])
      expect(await watched('{"allow": [')).toEqual([expect.objectContaining({code: 'config', message: expect.stringContaining('.plainspeakrc.json:1:12: This is not valid JSON: Unexpected end of JSON input. Fix the file and run again.')})])
      rmSync(rc)
      expect(summary(await watched.call(null, '{}'))).toContain('jargon: signpost')
    } finally {
      await local.stop()
      rmSync(project, {recursive: true, force: true})
    }
  })

  it('watches dictionary files and reports their problems on the file', async () => {
    const project = temporaryFolder()
    const dictionary = path.join(project, 'local.yml')
    writeFileSync(dictionary, '- term: wibble factor\n  alternatives: [appeal]\n  kind: jargon\n  source: govuk-wta\n')
    writeFileSync(path.join(project, '.plainspeakrc.json'), '{"dictionaries": ["local.yml"]}\n')
    const local = await TestClient.start({workspaceFolder: project})
    try {
      const uri = fileUri(path.join(project, 'paper.md'))
      expect(summary((await local.open(uri, 'The wibble factor will frobnicate the plan.\n')).diagnostics)).toContain('jargon: wibble factor')
      writeFileSync(dictionary, '- term: frobnicate\n  alternatives: [change]\n  kind: jargon\n  source: govuk-wta\n- term: 42\n')
      const problems = local.diagnostics(fileUri(dictionary))
      const rechecked = local.diagnostics(uri, 1)
      await local.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: [{uri: fileUri(dictionary), type: 2}]})
      const after = (await rechecked).diagnostics
      expect(summary(after)).toContain('jargon: frobnicate')
      expect(summary(after)).not.toContain('jargon: wibble factor')
      expect(after[0]).toMatchObject({code: 'dictionary', severity: 2, message: expect.stringContaining('left out dictionary entries with errors')})
      const onFile = (await problems).diagnostics
      expect(onFile.length).toBeGreaterThan(0)
      for (const problem of onFile) expect(problem).toMatchObject({code: 'dictionary', severity: 1, range: {start: {line: 4}}})
      expect(onFile.map((problem) => problem.message)).toContainEqual(expect.stringContaining('"term" should be text'))
    } finally {
      await local.stop()
      rmSync(project, {recursive: true, force: true})
    }
  })

  it('reports bad front matter settings on the document', async () => {
    const uri = newUri()
    const {diagnostics} = await client.open(uri, `---\nplainspeak:\n  audience: kids\n---\n${paper}`)
    expect(diagnostics).toEqual([expect.objectContaining({code: 'front-matter', message: expect.stringContaining('`kids`')})])
  })
})

describe('scheduling', () => {
  it('publishes only current versions after 1,000 rapid edits, with the right final findings', async () => {
    const uri = newUri()
    await client.open(uri, paper)
    const published = client.collect<{uri: string; version: number; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics')
    let text = paper
    const words = ['signpost', 'utilise', 'help', 'JSNA']
    for (let index = 0; index < 1000; index++) {
      text = index === 999 ? 'We will utilise the plan.\n' : `${text.slice(0, 40)}${words[index % words.length]} ${index}\n`
      await client.changeQuietly(uri, text)
    }
    const final = await client.diagnostics(uri, 1001)
    published.stop()
    expect(summary(final.diagnostics).filter((line) => line.startsWith('jargon'))).toEqual(['jargon: utilise'])
    for (const diagnostic of final.diagnostics) expect(textAt(text, diagnostic.range)).toBe((diagnostic.data as {actual: string}).actual)
    const versions = published.items.filter((params) => params.uri === uri).map((params) => params.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    // Debounced: far fewer checks than edits.
    expect(versions.length).toBeLessThan(20)
  })

  it('drops a check whose document changed while it waited, and publishes the new version', async () => {
    const local = await TestClient.start({workspaceFolder: folder, debounce: 0})
    try {
      const uri = newUri()
      const published = local.collect<{uri: string; version: number; diagnostics: Diagnostic[]}>('textDocument/publishDiagnostics')
      const held = local.holdConfiguration()
      const v2 = local.diagnostics(uri, 2)
      await local.connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: paper}})
      // The check of version 1 is now waiting for settings; the document changes under it.
      await held.requested
      await local.connection.sendNotification('textDocument/didChange', {textDocument: {uri, version: 2}, contentChanges: [{text: 'We utilise it.\n'}]})
      const rechecked = local.stats(uri, 2)
      held.release()
      expect(summary((await v2).diagnostics)).toContain('jargon: utilise')
      await rechecked
      published.stop()
      expect(published.items.filter((params) => params.uri === uri).map((params) => params.version)).toEqual([2])
    } finally {
      await local.stop()
    }
  })

  it('checks a version that is still current, then drops nothing it should keep', async () => {
    const uri = newUri()
    await client.open(uri, paper)
    const v2 = await client.change(uri, paper.replace('signpost', 'help'))
    expect(v2.version).toBe(2)
    expect(summary(v2.diagnostics)).not.toContain('jargon: signpost')
  })
})

describe('robustness', () => {
  it('survives a garbage frame and answers the next request', async () => {
    const uri = newUri()
    await client.open(uri, paper)
    const garbage = [
      'Content-Length: 12\r\n\r\n{not json!!}',
      'Content-Length: 2\r\n\r\n[]',
      'Content-Length: 21\r\n\r\n{"jsonrpc":"2.0","id"',
      ':5}',
      'this is not a header at all\r\n\r\n',
      'Content-Length: abc\r\n\r\n',
      '\u0000\u00ff binary noise',
      'Content-Length: 9999999999999\r\n\r\n'
    ]
    for (const frame of garbage) client.child.stdin.write(frame)
    const hover = await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: 2, character: 10}})
    expect(hover).toMatchObject({range: {start: {line: 2, character: 8}}})
  })

  it('answers malformed requests and unknown documents without dying', async () => {
    const unknown = 'file:///nowhere/unknown.md'
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: unknown}, position: {line: 0, character: 0}})).toBeNull()
    expect(await client.connection.sendRequest('textDocument/hover', {})).toBeNull()
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: null, position: 'here'})).toBeNull()
    expect(await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: unknown}})).toBeNull()
    expect(await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: unknown}, range: null, context: {diagnostics: []}})).toEqual([])
    expect(await client.connection.sendRequest('textDocument/codeAction', {textDocument: {uri: 42}})).toEqual([])
    expect(await client.connection.sendRequest('workspace/executeCommand', {command: 'plainspeak.server.addToAllowList', arguments: [{uri: 7}]})).toBeNull()
    expect(await client.connection.sendRequest('workspace/executeCommand', {command: 'nope'})).toBeNull()
    await expect(client.connection.sendRequest('plainspeak/nonsense', {})).rejects.toThrow(/Unhandled method/)
    await client.connection.sendNotification('textDocument/didChange', {textDocument: {uri: unknown, version: 3}, contentChanges: [{text: 'x'}]})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: unknown}})
    await client.connection.sendNotification('textDocument/didOpen', {textDocument: {uri: 'file:///broken.md'}})
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', {changes: 'all of them'})
    // A malformed diagnostic in a code action request gets no action, the good one does.
    const uri = newUri()
    const {diagnostics} = await client.open(uri, paper)
    const actions = await client.codeActions(uri, [{range: null, source: 'plainspeak', data: 5} as unknown as Diagnostic, find(diagnostics, 'jargon')])
    expect(actions.length).toBeGreaterThan(0)
    expect(client.child.exitCode).toBeNull()
  })

  it('checks a document just under the 5 MB limit, publishing the first findings and counting the rest', async () => {
    const uri = newUri()
    // Every paragraph differs, so nothing is served from the paragraph cache.
    const paragraph = (index: number) =>
      `## Area ${index}\n\nThe council works with partners in area ${index} to improve services. We signpost residents to the right support. The plan was agreed by the board and it will be reviewed by the JSNA group in ${index % 12 + 1} months.`
    const parts: string[] = []
    for (let index = 0, length = 0; length < 4_950_000; index++) length += parts[parts.push(paragraph(index)) - 1]!.length + 2
    const text = `${parts.join('\n\n')}\n\nAt the very end we signpost residents.\n`
    // The size limit (`plainspeak.maxFileSize`, 5 MB as the command's) is 5,000,000 bytes.
    expect(text.length).toBeGreaterThan(4_950_000)
    expect(text.length).toBeLessThan(5_000_000)
    const published = client.open(uri, text, 'markdown', 600_000)
    // The statistics follow the diagnostics: their wait starts when the diagnostics arrive, however long the check takes.
    const stats = client.stats(uri, 1, published)
    const {diagnostics} = await published
    const {findings, stats: documentStats, moreSections} = await stats
    expect(findings.total).toBeGreaterThan(2000)
    // One section per heading: the first 500 are listed, the rest counted.
    expect(documentStats?.sections).toHaveLength(500)
    expect(documentStats?.sections[499]?.heading).toBe('Area 499')
    expect(moreSections).toBe(parts.length - 500)
    expect(diagnostics).toHaveLength(2001)
    expect(diagnostics.at(-1)).toMatchObject({code: 'too-many-findings', message: expect.stringContaining(`found ${findings.total} things`)})
    for (const diagnostic of diagnostics.slice(0, -1)) expect(textAt(text, diagnostic.range)).toBe((diagnostic.data as {actual: string}).actual)
    const endLine = text.split('\n').length - 2
    // Findings beyond the published ones are still there for hovers and fixes.
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri}, position: {line: endLine, character: 22}})) as {range: unknown}
    expect(hover.range).toEqual({start: {line: endLine, character: 19}, end: {line: endLine, character: 27}})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri}})
  }, 600_000)

  it('checks off the main thread: while a 5 MB document is checked, another document is checked and hovers are answered', async () => {
    const large = newUri()
    const parts: string[] = []
    for (let index = 0, length = 0; length < 4_950_000; index++) {
      const paragraph = `## Ward ${index}\n\nResidents in ward ${index} told us the service was hard to find. We signpost them to the hub, which the JSNA names for ${index % 9 + 2} areas.`
      length += parts[parts.push(paragraph) - 1]!.length + 2
    }
    const events: string[] = []
    const largeChecked = client.open(large, parts.join('\n\n'), 'markdown', 600_000).then(() => events.push('large document checked'))
    const small = newUri()
    const {diagnostics} = await client.open(small, 'We will signpost residents.\n', 'markdown', 600_000)
    events.push('small document checked')
    expect(summary(diagnostics)).toContain('jargon: signpost')
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: small}, position: {line: 0, character: 10}})) as {contents: {value: string}} | null
    events.push('hover answered')
    expect(hover?.contents.value).toBeTruthy()
    await largeChecked
    // The large document's check started first and takes seconds; the small one's never waited for it.
    expect(events).toEqual(['small document checked', 'hover answered', 'large document checked'])
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: large}})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: small}})
  }, 600_000)

  it('answers hovers on this thread once the findings behind them arrive, while the worker checks another document', async () => {
    const small = newUri()
    await client.open(small, 'We will signpost residents.\n')
    // The findings behind hovers follow the diagnostics a moment later.
    await new Promise((resolve) => setTimeout(resolve, 400))
    const parts: string[] = []
    for (let index = 0, length = 0; length < 900_000; index++) {
      const paragraph = `Residents in ward ${index} told us the service was hard to find. We signpost them to the hub in ${index % 9 + 2} areas.`
      length += parts[parts.push(paragraph) - 1]!.length + 2
    }
    const events: string[] = []
    // It may be checked on the worker that holds the small document's findings: the hover is answered on this thread.
    const busy = newUri()
    const checked = client.open(busy, parts.join('\n\n'), 'markdown', 600_000).then(() => events.push('other document checked'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    const hover = (await client.connection.sendRequest('textDocument/hover', {textDocument: {uri: small}, position: {line: 0, character: 10}})) as {contents: {value: string}} | null
    events.push('hover answered')
    expect(hover?.contents.value).toContain('Local Government Association')
    await checked
    expect(events).toEqual(['hover answered', 'other document checked'])
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: busy}})
    await client.connection.sendNotification('textDocument/didClose', {textDocument: {uri: small}})
  }, 600_000)

  it('opens no sockets when running over stdio', async () => {
    const {readdirSync, readlinkSync} = await import('node:fs')
    if (!existsSync(`/proc/${client.child.pid}/fd`)) return
    const fds = readdirSync(`/proc/${client.child.pid}/fd`).sort((a, b) => Number(a) - Number(b))
    const links = fds.map((fd) => {
      try {
        return readlinkSync(`/proc/${client.child.pid}/fd/${fd}`)
      } catch {
        return ''
      }
    })
    // Node's stdio pipes are socket pairs (fds 0–2); nothing else may be a socket.
    expect(links.slice(3).filter((link) => link.startsWith('socket:'))).toEqual([])
  })
})

describe('transports', () => {
  it('speaks over Node IPC with --node-ipc', async () => {
    const {fork} = await import('node:child_process')
    const {protocol, serverPath} = await import('./helpers.js')
    const child = fork(serverPath, ['--node-ipc'], {stdio: ['ignore', 'ignore', 'ignore', 'ipc']})
    const connection = protocol.createProtocolConnection(new protocol.IPCMessageReader(child), new protocol.IPCMessageWriter(child))
    connection.listen()
    try {
      const uri = newUri()
      const published = new Promise<{diagnostics: Diagnostic[]}>((resolve) => connection.onNotification('textDocument/publishDiagnostics', resolve))
      const result = (await connection.sendRequest('initialize', {processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: {settings: {dictionaries: [(await import('./helpers.js')).fixtureDictionary]}}})) as {serverInfo: unknown}
      expect(result.serverInfo).toEqual({name: 'plainspeak-language-server'})
      await connection.sendNotification('initialized', {})
      const stats = new Promise<StatsParams>((resolve) => connection.onNotification('plainspeak/stats', resolve))
      await connection.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'markdown', version: 1, text: paper}})
      const overIpc = await published
      expect(summary(overIpc.diagnostics)).toContain('jargon: signpost')
      expect((await stats).stats?.acronyms).toMatchObject([{acronym: 'JSNA'}])
      // Over stdio the worker's JSON is written as it is; over IPC it is parsed and sent again: the same message.
      const {fixtureDictionary, TestClient: Client} = await import('./helpers.js')
      const stdio = await Client.start({settings: {dictionaries: [fixtureDictionary]}})
      try {
        const overStdio = await stdio.open(uri, paper)
        expect(overIpc.diagnostics.length).toBeGreaterThan(2)
        expect(overIpc.diagnostics).toEqual(overStdio.diagnostics)
      } finally {
        await stdio.stop()
      }
    } finally {
      connection.dispose()
      child.kill()
    }
  })
})
