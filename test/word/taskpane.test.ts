/**
 * The whole Word task pane in headless Chromium, on a fake Word document
 * (office-addin-mock) served in place of Office.js. Each test opens a fresh
 * pane; findings are compared with what the engine itself reports for the
 * same paragraphs, so the tests do not depend on the built-in word lists.
 */
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {countSeverities, describeSeverityCounts, plural} from '@plainspeak/core'
import {checkTextParagraphs, parseDictionary, parseFeedbackRecord, type PlainspeakMessage} from '../../extensions/word/test/engine.js'
import type {FakeParagraphInit} from '../../extensions/word/test/fake-office/fake-word.js'
import {defaultViewSample, type Audience} from '../default-view-sample.js'
import {publishScreenshot, screenshotPath} from '../screenshots.js'
import {officeJsUrl, TaskPaneHarness, wordPackage, type PaneSetup} from './harness.js'

const organisationDictionary = `# Our residents' panel's words (citing a built-in source: an organisation file is compiled over the built-in dictionary, as on the command line)
- term: signpost
  forms: [signposting, signposted]
  alternatives: [refer, direct]
  kind: jargon
  note: Residents may not know what being signposted means.
  source: lga-2009
- term: leverage
  alternatives: [use]
  kind: jargon
  source: lga-2009
- acronym: JSNA
  expansion: Joint Strategic Needs Assessment
  domain: council
  source: lga-2009
- acronym: ICB
  expansion: integrated care board
  domain: nhs
  source: lga-2009
`
const dictionary = {file: 'panel.yml', text: organisationDictionary}

const paper: FakeParagraphInit[] = [
  {text: 'Winter plan', style: 'Heading1'},
  {text: 'We will signpost residents to the JSNA and signpost carers to the ICB.'},
  {text: 'Next steps', style: 'Heading2'},
  {text: 'Officers will leverage the JSNA this winter.'}
]

/** A longer paper: ten sections, so a chart per section is long, and a term used three times. */
const longPaper: FakeParagraphInit[] = [
  {text: 'Winter plan 2026 to 2027', style: 'Heading1'},
  {text: 'This plan sets out how the council and the NHS will help residents stay well and warm at home this winter.'},
  {text: 'Who this plan is for', style: 'Heading2'},
  {text: 'It is for older residents, carers and families with young children who may find the cold months hard.'},
  {text: 'What we learned last year', style: 'Heading2'},
  {text: 'Demand for home care rose sharply in January, when hospital discharges peaked and many care workers were unwell themselves.'},
  {text: 'Heating and energy', style: 'Heading2'},
  {text: 'Officers will leverage the energy fund to pay for boiler repairs for households on low incomes.'},
  {text: 'Advice and support', style: 'Heading2'},
  {text: 'We will signpost residents to the advice line. We will also signpost carers to respite services.'},
  {text: 'Hospital discharge', style: 'Heading2'},
  {text: 'Patients leave hospital with a plan for their first week at home, agreed with them and their family.'},
  {text: 'Children and families', style: 'Heading2'},
  {text: 'Children’s centres stay open later, and health visitors will help us to signpost families to them.'},
  {text: 'Vaccinations', style: 'Heading2'},
  {text: 'Flu and COVID-19 vaccines are free for everyone aged 65 or over and for many people with long-term conditions.'},
  {text: 'How we will know it works', style: 'Heading2'},
  {text: 'The JSNA team will report monthly on admissions, delayed discharges and calls to the advice line.'},
  {text: 'Next steps', style: 'Heading2'},
  {text: 'The board is asked to agree the plan so that work can start in October.'}
]

/** The paragraphs as the engine gets them from the pane. */
function engineParagraphs(paragraphs: FakeParagraphInit[]) {
  return paragraphs.map((paragraph) => ({text: paragraph.text, ...(/^Heading(\d)$/.exec(paragraph.style ?? '') ? {heading: Number(paragraph.style!.slice(7))} : {})}))
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

function expectedMessages(paragraphs: FakeParagraphInit[], options: {allow?: string[]; suggestions?: boolean; audience?: Audience} = {}): PlainspeakMessage[] {
  const {dictionary: layer} = parseDictionary(organisationDictionary, 'panel.yml')
  return checkTextParagraphs(engineParagraphs(paragraphs), {audience: options.audience ?? 'public', allow: options.allow ?? [], dictionaries: [layer], suggestions: options.suggestions ?? false}).messages
}

/** Findings per group as the pane shows them: a rule's suggestions are a group of their own. */
function countByRule(messages: readonly PlainspeakMessage[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const message of messages) {
    const key = message.suggestion ? `${message.ruleId}:suggestions` : message.ruleId
    counts[key] = (counts[key] ?? 0) + 1
  }
  return counts
}

const harness = new TaskPaneHarness()
const open = (setup: Partial<PaneSetup> = {}) => harness.open({paragraphs: paper, storedDictionaries: [dictionary], ...setup})

beforeAll(() => harness.start(), 120_000)
afterAll(() => harness.stop())

describe('Word task pane', () => {
  it('loads an organisation dictionary from a file and lists findings grouped by rule with counts', async () => {
    const pane = await open({storedDictionaries: []})
    await pane.page.getByRole('button', {name: 'Local words'}).or(pane.page.locator('.local-words-panel > summary')).first().click()
    await pane.page.setInputFiles('#dictionary-file', {name: 'panel.yml', mimeType: 'text/yaml', buffer: Buffer.from(organisationDictionary)})
    await expect.poll(() => pane.page.locator('.dictionary-name').allTextContents()).toEqual(['panel.yml'])
    expect(await pane.page.evaluate(() => localStorage.getItem('plainspeak.organisationDictionaries'))).toContain('leverage')

    await pane.check()
    const expected = expectedMessages(paper)
    expect(expected.map((message) => message.actual)).toEqual(expect.arrayContaining(['signpost', 'JSNA', 'ICB', 'leverage']))
    expect(await pane.counts()).toEqual(countByRule(expected))
    const listed = await pane.listed()
    // A term used twice is one item with its count.
    expect(listed['jargon']).toEqual(['signpost ×2', 'leverage'])
    expect(listed['acronym-undefined']).toEqual(['JSNA', 'ICB'])
    expect(await pane.status()).toMatch(/^Checked: \d+ findings/)
  })

  it('shows suggestions only when asked: after the findings, closed, counted apart, and the choice kept in the document', async () => {
    // A text the judged table splits at some audience (whatever a new round moves).
    const sample = defaultViewSample()
    const paragraphs = [{text: sample.text}]
    const settings = {'plainspeak.audience': sample.audience}
    const pane = await open({paragraphs, settings})
    await pane.check()
    const shown = expectedMessages(paragraphs, {audience: sample.audience})
    const all = expectedMessages(paragraphs, {audience: sample.audience, suggestions: true})
    const suggestionRules = new Set(all.filter((message) => message.suggestion).map((message) => message.ruleId))
    expect(all.length).toBeGreaterThan(shown.length)
    expect(await pane.counts()).toEqual(countByRule(shown))
    expect(await pane.page.locator('.group.suggestions').count()).toBe(0)
    expect(await pane.status()).toMatch(new RegExp(`^Checked: ${plural(shown.length, 'finding')} \\(`))

    await pane.andWaitForCheck(() => pane.page.getByLabel('Show suggestions too').check())
    // The default view's groups as before, and the suggestions too.
    expect(await pane.counts()).toEqual(countByRule(all))
    // One closed group per rule with suggestions.
    const suggestionGroups = pane.page.locator('.group.suggestions')
    expect(await suggestionGroups.count()).toBe(suggestionRules.size)
    // After every group of the default view, and closed until opened: reading them costs a glance.
    const order = await pane.page.locator('.group').evaluateAll((groups) => groups.map((group) => group.classList.contains('suggestions')))
    expect(order).toEqual([...order].sort((a, b) => Number(a) - Number(b)))
    expect(await suggestionGroups.evaluateAll((groups) => groups.every((group) => !(group as HTMLDetailsElement).open))).toBe(true)
    expect(await pane.status()).toContain(`and ${plural(all.length - shown.length, 'suggestion')}`)
    expect((await pane.snapshot()).savedSettings).toEqual({...settings, 'plainspeak.suggestions': true})
  })

  it('shows the reading age against the audience target and a chart per heading', async () => {
    const pane = await open()
    await pane.check()
    const stats = checkTextParagraphs(paper.map((p) => ({text: p.text, ...(p.style ? {heading: 1} : {})})), {audience: 'public'}).stats
    expect(await pane.page.getByTestId('reading-age').textContent()).toBe(stats.readingAge!.toFixed(1))
    await expect.poll(() => pane.page.locator('.verdict-text').textContent()).toContain('target 9 for the public')
    const chart = pane.page.locator('svg.reading-chart')
    expect(await chart.getAttribute('aria-label')).toMatch(/^Reading age by section, target 9: Winter plan [\d.]+; Next steps [\d.]+$/)
    expect(await chart.locator('rect.chart-bar').count()).toBe(2)

    await pane.andWaitForCheck(() => pane.page.getByLabel('Who will read it?').selectOption('board'))
    await expect.poll(() => pane.page.locator('.verdict-text').textContent()).toContain('target 12 for a board or committee')
    expect((await pane.snapshot()).savedSettings).toEqual({'plainspeak.audience': 'board'})
  })

  it('charts every section with core’s own reading age, as stats, the HTML report and VS Code show it', async () => {
    // Sub-sections used to be summed into their parent by the pane, from all words rather than prose words: 12.0 against 12.8.
    const nested: FakeParagraphInit[] = [
      {text: 'Winter plan', style: 'Heading1'},
      {text: 'This plan sets out how the council and the NHS will help residents stay well and warm at home this winter.'},
      {text: 'Heating and energy', style: 'Heading2'},
      {text: 'Officers will use the energy fund to pay for boiler repairs for households on low incomes across the borough.'},
      {text: 'Boilers', style: 'Heading3'},
      {text: 'Engineers will inspect the oldest boilers first, prioritising households with young children or disabled residents.'},
      {text: 'Next steps', style: 'Heading2'},
      {text: 'We will report to the board in March.'}
    ]
    const pane = await open({paragraphs: nested})
    await pane.check()
    const levels: Record<string, number> = {Heading1: 1, Heading2: 2, Heading3: 3}
    const sections = checkTextParagraphs(nested.map((p) => ({text: p.text, ...(p.style ? {heading: levels[p.style]!} : {})})), {audience: 'public'}).stats.sections
    expect(sections.map((section) => section.heading)).toEqual(['Winter plan', 'Heating and energy', 'Boilers', 'Next steps'])
    const expected = `Reading age by section, target 9: ${sections.map((section) => `${section.heading} ${section.readingAge!.toFixed(1)}`).join('; ')}`
    expect(await pane.page.locator('svg.reading-chart').getAttribute('aria-label')).toBe(expected)
  })

  it('selects a finding’s text in the document when it is clicked', async () => {
    const pane = await open()
    await pane.check()
    await pane.choose('jargon', 'signpost', 1)
    const text = paper[1]!.text
    const start = text.indexOf('signpost', text.indexOf('signpost') + 1)
    await expect.poll(async () => (await pane.snapshot()).selection).toEqual({paragraph: 1, start, end: start + 8, text: 'signpost'})
  })

  it('replaces a finding with an alternative exactly at its span', async () => {
    const pane = await open()
    await pane.check()
    const finding = await pane.choose('jargon', 'signpost', 1)
    await expect.poll(async () => (await pane.snapshot()).selection?.start).toBe(paper[1]!.text.lastIndexOf('signpost'))
    await pane.andWaitForCheck(() => finding.getByRole('button', {name: 'Replace with “direct”'}).click())
    const before = paper[1]!.text
    const start = before.indexOf('signpost', before.indexOf('signpost') + 1)
    const {paragraphs} = await pane.snapshot()
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([paper[0]!.text, `${before.slice(0, start)}direct${before.slice(start + 8)}`, paper[2]!.text, paper[3]!.text])
    expect(await pane.status()).toContain('Replaced “signpost” with “direct”.')
    expect((await pane.listed())['jargon']).toEqual(['signpost', 'leverage'])
  })

  it('replaces every use of a term at once', async () => {
    const pane = await open()
    await pane.check()
    const finding = pane.finding('jargon', 'signpost')
    await finding.locator('.finding-button').click()
    // Says what it does to sighted readers too, not just “All 2”.
    expect(await finding.getByRole('button', {name: 'Replace all 2 “signpost” with “refer”'}).textContent()).toBe('Replace all 2')
    await pane.andWaitForCheck(() => finding.getByRole('button', {name: 'Replace all 2 “signpost” with “refer”'}).click())
    expect((await pane.snapshot()).paragraphs[1]!.text).toBe('We will refer residents to the JSNA and refer carers to the ICB.')
  })

  it('replaces all through the same fix as every surface: each use on its own, keeping its case, leaving a quotation alone', async () => {
    const paragraphs: FakeParagraphInit[] = [
      {text: 'Funding plan', style: 'Heading1'},
      {text: 'Officers will leverage the fund. She said “we leverage it” at the meeting.'},
      {text: 'Leverage the grant as well.'}
    ]
    const pane = await open({paragraphs})
    await pane.check()
    const finding = pane.finding('jargon', 'leverage')
    await finding.locator('.finding-button').click()
    // The button counts the uses it will change: two of three.
    await pane.andWaitForCheck(() => finding.getByRole('button', {name: 'Replace all 2 “leverage” with “use”'}).click())
    expect((await pane.snapshot()).paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Funding plan',
      'Officers will use the fund. She said “we leverage it” at the meeting.',
      'Use the grant as well.'
    ])
    // The quotation's use is no finding at all (a quotation is protected), so it is neither counted nor changed.
    expect(await pane.status()).toContain('Replaced 2 uses of “leverage”.')
  })

  it('spells out an acronym at its first use only', async () => {
    const pane = await open()
    await pane.check()
    const finding = pane.finding('acronym-undefined', 'JSNA')
    await finding.locator('.finding-button').click()
    await pane.andWaitForCheck(() => finding.getByRole('button', {name: 'Spell out: “Joint Strategic Needs Assessment (JSNA)”'}).click())
    const {paragraphs} = await pane.snapshot()
    expect(paragraphs[1]!.text).toBe('We will signpost residents to the Joint Strategic Needs Assessment (JSNA) and signpost carers to the ICB.')
    expect(paragraphs[3]!.text).toBe(paper[3]!.text)
    expect((await pane.listed())['acronym-undefined']).toEqual(['ICB'])
  })

  it('edits nothing when the text changed since the check, says so and checks again', async () => {
    const pane = await open()
    await pane.check()
    const finding = pane.finding('acronym-undefined', 'JSNA')
    await finding.locator('.finding-button').click()
    await expect.poll(async () => (await pane.snapshot()).selection?.text).toBe('JSNA')
    // The author types before Word has told the add-in.
    const typed = 'We will leverage and signpost residents to the JSNA and signpost carers to the ICB.'
    await pane.authorEdit(1, typed, true)
    await pane.andWaitForCheck(() => finding.getByRole('button', {name: /^Spell out/}).click())
    const {paragraphs} = await pane.snapshot()
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([paper[0]!.text, typed, paper[2]!.text, paper[3]!.text])
    expect(await pane.status()).toContain('The document has changed since the last check, so nothing was changed.')
    expect(await pane.page.locator('#status').getAttribute('data-tone')).toBe('warning')
    // The re-check sees what the author typed.
    expect((await pane.listed())['jargon']).toEqual(['leverage ×2', 'signpost ×2'])
  })

  it('asks before adding comments, then adds one short comment per group of repeats, for the default view only', async () => {
    const pane = await open()
    await pane.check()
    const shown = expectedMessages(paper)
    // One comment per group: a term's repeats share the engine's group.
    const groups = new Map<string, PlainspeakMessage[]>()
    for (const message of shown) {
      const id = (message.data['group'] as {id?: string} | undefined)?.id ?? `${message.place.start.offset}`
      groups.set(id, [...(groups.get(id) ?? []), message])
    }
    const firsts = [...groups.values()].map((group) => group[0]!)
    expect(firsts.map((message) => message.actual)).toEqual(expect.arrayContaining(['signpost', 'JSNA', 'ICB', 'leverage']))
    expect(firsts.length).toBeLessThan(shown.length)

    // It asks first; Cancel adds nothing.
    const question = pane.page.getByRole('group', {name: `Add ${plural(firsts.length, 'comment')} to the document?`})
    await pane.page.getByRole('button', {name: 'Add as comments'}).click()
    await question.waitFor()
    expect(await pane.page.evaluate(() => document.activeElement?.id)).toBe('comments-confirm-add')
    await question.getByRole('button', {name: 'Cancel'}).click()
    await expect.poll(() => pane.status()).toBe('No comments added.')
    expect(await question.isHidden()).toBe(true)
    expect((await pane.snapshot()).comments).toEqual([])

    await pane.page.getByRole('button', {name: 'Add as comments'}).click()
    await question.getByRole('button', {name: 'Add comments'}).click()
    await expect.poll(() => pane.status()).toBe(`Added ${plural(firsts.length, 'comment')}. Review them in Word’s Comments pane.`)
    const {comments, paragraphs} = await pane.snapshot()
    expect(comments.map((comment) => [comment.paragraph, comment.start, comment.text])).toEqual(
      firsts.map((message) => [message.place.start.line - 1, message.place.start.column - 1, message.actual])
    )
    for (const [index, comment] of comments.entries()) {
      const message = firsts[index]!
      const uses = groups.get((message.data['group'] as {id?: string} | undefined)?.id ?? `${message.place.start.offset}`)!.length
      // The reason, which names what to use instead, and nothing said twice.
      expect(comment.comment).toBe(`Plainspeak: ${message.reason}${uses > 1 ? ` Used ${uses} times in this document; this comment is on the first.` : ''}`)
      for (const alternative of message.expected) expect(comment.comment.split(alternative).length - 1, comment.comment).toBe(1)
    }
    expect(comments.find((comment) => comment.text === 'signpost')!.comment).toBe(
      'Plainspeak: Use plain words instead of “signpost”: “refer” or “direct”. Used 2 times in this document; this comment is on the first.'
    )
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(paper.map((paragraph) => paragraph.text))
  })

  /** A paper with safe swaps, a choice of two, and a quotation. */
  const swaps: FakeParagraphInit[] = [
    {text: 'Winter plan', style: 'Heading1'},
    {text: 'Officers will leverage the JSNA this winter. She said “we leverage it” at the meeting.'},
    {text: 'We will signpost residents to the advice line.'},
    {text: 'Leverage the energy fund as well.'}
  ]

  it('reviews all safe changes as tracked changes, and says where to accept or reject them', async () => {
    const pane = await open({paragraphs: swaps})
    await pane.check()
    await pane.andWaitForCheck(() => pane.page.getByRole('button', {name: 'Review all safe changes'}).click())
    const {paragraphs, changeTrackingMode, edits} = await pane.snapshot()
    expect(changeTrackingMode).toBe('TrackAll')
    // Not the quotation, and not "signpost", which has two alternatives to choose from.
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      'Winter plan',
      'Officers will use the Joint Strategic Needs Assessment (JSNA) this winter. She said “we leverage it” at the meeting.',
      'We will signpost residents to the advice line.',
      'Use the energy fund as well.'
    ])
    expect(edits).toEqual([
      {paragraph: 1, deleted: 'leverage', inserted: 'use', tracked: true},
      {paragraph: 1, deleted: 'JSNA', inserted: 'Joint Strategic Needs Assessment (JSNA)', tracked: true},
      {paragraph: 3, deleted: 'Leverage', inserted: 'Use', tracked: true}
    ])
    expect(await pane.status()).toMatch(/^Made 3 changes with Track Changes on\. Accept or reject them in Word’s Review tab\. Checked: \d+ findings?/)
    // Not green: findings are still in view.
    expect(await pane.page.locator('#status').getAttribute('data-tone')).toBe('info')
  })

  it('leaves a paragraph edited after the check alone, and says so', async () => {
    const pane = await open({paragraphs: swaps})
    await pane.check()
    // The author types before Word has told the add-in.
    const typed = 'Leverage the energy fund and the grant as well.'
    await pane.authorEdit(3, typed, true)
    await pane.andWaitForCheck(() => pane.page.getByRole('button', {name: 'Review all safe changes'}).click())
    const {paragraphs, edits} = await pane.snapshot()
    expect(paragraphs[1]!.text).toBe('Officers will use the Joint Strategic Needs Assessment (JSNA) this winter. She said “we leverage it” at the meeting.')
    expect(paragraphs[3]!.text).toBe(typed)
    expect(edits.map((edit) => edit.paragraph)).toEqual([1, 1])
    expect(await pane.status()).toMatch(/^Made 2 changes with Track Changes on\. 1 change left out: the text had changed since the check\. Accept or reject them in Word’s Review tab\./)
    expect(await pane.page.locator('#status').getAttribute('data-tone')).toBe('warning')
    // The re-check sees what the author typed (the quotation's use is protected, so no finding).
    expect((await pane.listed())['jargon']).toEqual(expect.arrayContaining(['Leverage']))
  })

  it('changes nothing where Word cannot track changes (before WordApi 1.4), and says so', async () => {
    const pane = await open({paragraphs: swaps, wordApi: '1.3'})
    await pane.check()
    await pane.page.getByRole('button', {name: 'Review all safe changes'}).click()
    await expect.poll(() => pane.status()).toContain('This version of Word cannot track changes from an add-in (it needs WordApi 1.4), so Plainspeak changed nothing.')
    const {paragraphs, changeTrackingMode, edits} = await pane.snapshot()
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(swaps.map((paragraph) => paragraph.text))
    expect(changeTrackingMode).toBe('Off')
    expect(edits).toEqual([])
  })

  it('inserts a glossary of acronyms at the end of the document; for the public the acronyms are still to be spelled out where first used', async () => {
    const pane = await open()
    await pane.check()
    expect(await pane.page.locator('#glossary-rule').textContent()).toBe('For the public, spell out each acronym where it is first used: a glossary helps, but does not replace that.')
    await pane.andWaitForCheck(() => pane.page.getByRole('button', {name: 'Insert glossary'}).click())
    const {paragraphs} = await pane.snapshot()
    expect(paragraphs.slice(0, 4).map((paragraph) => paragraph.text)).toEqual(paper.map((paragraph) => paragraph.text))
    expect(paragraphs[4]).toEqual({text: 'Glossary', style: 'Heading2'})
    expect(paragraphs.filter((paragraph) => paragraph.table).map((paragraph) => paragraph.text)).toEqual([
      'Abbreviation',
      'What it means',
      'ICB',
      'Integrated care board',
      'JSNA',
      'Joint Strategic Needs Assessment'
    ])
    expect(await pane.status()).toContain('Added a glossary of 2 abbreviations')
    // The body never spells them out, so for the public the glossary does not take the findings away,
    // and each now offers the glossary's own meaning.
    expect((await pane.listed())['acronym-undefined']).toEqual(['JSNA', 'ICB'])
    const icb = await pane.choose('acronym-undefined', 'ICB')
    expect(await icb.getByRole('button', {name: /^Spell out/}).allTextContents()).toEqual(['Spell out: “integrated care board (ICB)”'])
    // For a board, the glossary counts as spelling them out (the engine reads the new table as a glossary), and the pane says so.
    await pane.andWaitForCheck(() => pane.page.getByLabel('Who will read it?').selectOption('board'))
    expect(await pane.page.locator('#glossary-rule').textContent()).toBe('For a board or committee, an acronym in the glossary counts as spelled out.')
    expect((await pane.listed())['acronym-undefined']).toBeUndefined()
  })

  it('leaves acronyms nobody spells out out of the glossary and names them in the pane', async () => {
    const pane = await open({paragraphs: [...paper, {text: 'Ask the QQXZ team.'}]})
    await pane.check()
    await pane.andWaitForCheck(() => pane.page.getByRole('button', {name: 'Insert glossary'}).click())
    const {paragraphs} = await pane.snapshot()
    expect(paragraphs.filter((paragraph) => paragraph.table).map((paragraph) => paragraph.text)).toEqual([
      'Abbreviation',
      'What it means',
      'ICB',
      'Integrated care board',
      'JSNA',
      'Joint Strategic Needs Assessment'
    ])
    expect(await pane.status()).toContain('Added a glossary of 2 abbreviations at the end of the document. Not listed, because nothing says what this means: QQXZ. Spell it out where first used')
    // No placeholder row, so the acronym is still reported (and, for the public, the listed ones too: the body never spells them out).
    expect((await pane.listed())['acronym-undefined']).toEqual(['JSNA', 'ICB', 'QQXZ'])
  })

  it('adds no glossary when no acronym has a known meaning', async () => {
    const pane = await open({paragraphs: [{text: 'Ask the QQXZ and the ZZQW teams.'}]})
    await pane.check()
    await pane.page.getByRole('button', {name: 'Insert glossary'}).click()
    await expect.poll(() => pane.status()).toContain('No glossary added: nothing says what these mean: QQXZ, ZZQW.')
    expect((await pane.snapshot()).paragraphs.map((paragraph) => paragraph.text)).toEqual(['Ask the QQXZ and the ZZQW teams.'])
  })

  it('allows a term in this document: the finding goes and the setting is saved in the file', async () => {
    const pane = await open()
    await pane.check()
    const finding = pane.finding('jargon', 'leverage')
    await finding.locator('.finding-button').click()
    await pane.andWaitForCheck(() => finding.getByRole('button', {name: 'Allow “leverage” in this document'}).click())
    expect((await pane.listed())['jargon']).toEqual(['signpost ×2'])
    expect(await pane.counts()).toEqual(countByRule(expectedMessages(paper, {allow: ['leverage']})))
    expect((await pane.snapshot()).savedSettings).toEqual({'plainspeak.allow': ['leverage']})
    await expect.poll(() => pane.page.locator('.chip span').allTextContents()).toEqual(['leverage'])
  })

  it('keeps allowed terms from the document’s settings', async () => {
    const pane = await open({settings: {'plainspeak.allow': ['signpost'], 'plainspeak.audience': 'staff'}})
    expect(await pane.page.getByLabel('Who will read it?').inputValue()).toBe('staff')
    await pane.check()
    expect((await pane.listed())['jargon']).toEqual(['leverage'])
  })

  it('checks on opening for the document’s own audience, and says so', async () => {
    const pane = await open({settings: {'plainspeak.audience': 'board'}})
    // No click: the pane checked when it opened, at the audience saved in the document.
    expect(await pane.checkCount()).toBe(1)
    expect(await pane.status()).toMatch(/^Checked on opening, for a board or committee: \d+ findings? \(/)
    expect(await pane.page.getByLabel('Who will read it?').inputValue()).toBe('board')
    expect(await pane.page.locator('#audience-question').isHidden()).toBe(true)
    expect(await pane.counts()).toEqual(countByRule(expectedMessages(paper, {audience: 'board'})))
  })

  it('asks once who will read a document that does not say, and keeps the answer in the document', async () => {
    const pane = await open()
    expect(await pane.status()).toMatch(/^Checked on opening, for the public: /)
    const question = pane.page.getByRole('group', {name: /^Who will read this document\?/})
    expect(await question.isVisible()).toBe(true)
    await pane.andWaitForCheck(() => question.getByRole('button', {name: 'A board or committee'}).click())
    expect(await question.isHidden()).toBe(true)
    expect(await pane.page.getByLabel('Who will read it?').inputValue()).toBe('board')
    expect(await pane.status()).toMatch(/^Saved in the document: it is for a board or committee\. Checked for a board or committee: /)
    await expect.poll(() => pane.page.locator('.verdict-text').textContent()).toContain('target 12 for a board or committee')
    const {savedSettings} = await pane.snapshot()
    expect(savedSettings).toEqual({'plainspeak.audience': 'board'})
    // Opened again with what was saved: no question, checked for a board.
    const again = await open({settings: savedSettings})
    expect(await again.page.locator('#audience-question').isHidden()).toBe(true)
    expect(await again.status()).toMatch(/^Checked on opening, for a board or committee: /)
  })

  it('is green only when no finding is in view', async () => {
    const pane = await open()
    await pane.check()
    expect(await pane.page.locator('#status').getAttribute('data-tone')).toBe('info')
    // An action that succeeds is still not green while findings remain.
    const finding = await pane.choose('jargon', 'leverage')
    await pane.andWaitForCheck(() => finding.getByRole('button', {name: 'Replace with “use”'}).click())
    expect(await pane.status()).toMatch(/^Replaced “leverage” with “use”\. Checked: \d+ findings/)
    expect(await pane.page.locator('#status').getAttribute('data-tone')).toBe('info')
    const clean = await open({paragraphs: [{text: 'We will meet on Monday.'}]})
    expect(await clean.status()).toMatch(/^Checked on opening, for the public: 0 findings/)
    expect(await clean.page.locator('#status').getAttribute('data-tone')).toBe('success')
    expect(await clean.page.locator('.findings .empty').textContent()).toBe('No findings: this reads clearly.')
  })

  it('says each finding’s level in words, and lists warnings before info in each group', async () => {
    const paragraphs = [{text: 'The figures indicate that demand will rise. We will commence work in May.'}]
    const pane = await open({paragraphs})
    const expected = expectedMessages(paragraphs).filter((message) => message.ruleId === 'jargon')
    // The engine reports the info first; the pane lists the warning first.
    expect(expected.map((message) => `${message.severity} ${message.actual}`)).toEqual(['info indicate', 'warning commence'])
    expect((await pane.listed())['jargon']).toEqual(['commence', 'indicate'])
    const levels = await pane.page.locator('.group[data-rule="jargon"] .finding').evaluateAll((items) =>
      items.map((item) => ({tag: item.querySelector('.severity-tag')?.textContent, mark: item.querySelector('.severity-mark')?.getAttribute('aria-hidden')}))
    )
    expect(levels).toEqual([
      {tag: 'Warning:', mark: 'true'},
      {tag: 'Info:', mark: 'true'}
    ])
    // The level is in each button's accessible name (the mark beside it is hidden from screen readers).
    const group = pane.page.locator('.group[data-rule="jargon"]')
    expect(await group.getByRole('button', {name: /^commence\s*Warning: /}).count()).toBe(1)
    expect(await group.getByRole('button', {name: /^indicate\s*Info: /}).count()).toBe(1)
  })

  it('shows the word count once, and follows the author’s edits', async () => {
    const pane = await open()
    const words = (paragraphs: FakeParagraphInit[]) => checkTextParagraphs(engineParagraphs(paragraphs), {audience: 'public'}).stats.words
    const counted = () => pane.page.locator('main').evaluate((main) => (main as HTMLElement).innerText.match(/\b[\d,]+ words?\b/g))
    expect(await counted()).toEqual([plural(words(paper), 'word')])
    const edited = [...paper.slice(0, 3), {text: 'Officers will leverage the JSNA this winter, with help from three new teams.'}]
    await pane.andWaitForCheck(() => pane.authorEdit(3, edited[3]!.text))
    expect(words(edited)).toBeGreaterThan(words(paper))
    expect(await counted()).toEqual([plural(words(edited), 'word')])
  })

  it('hides a finding marked “Not useful here” at that place and audience, keeps the reason in the document without its words, and exports feedback.yml', async () => {
    const pane = await open()
    const item = await pane.choose('jargon', 'signpost')
    const notUseful = item.getByRole('button', {name: 'Not useful here (all 2 uses)'})
    expect(await notUseful.getAttribute('aria-expanded')).toBe('false')
    await notUseful.click()
    const reasons = item.getByRole('group', {name: /^Why\?/})
    expect(await reasons.getByRole('button').allTextContents()).toEqual(['Readers know this word', 'Wrong meaning here', 'Not a sentence', 'Another reason', 'No reason given'])
    await pane.andWaitForCheck(() => reasons.getByRole('button', {name: 'Readers know this word'}).click())
    expect((await pane.listed())['jargon']).toEqual(['leverage'])
    expect(await pane.status()).toMatch(/^Noted: “signpost” \(2 uses\) will not be shown here again for the public\./)

    const {savedSettings} = await pane.snapshot()
    const dismissed = savedSettings['plainspeak.dismissed'] as Array<Record<string, string>>
    const today = new Date().toISOString().slice(0, 10)
    expect(dismissed).toEqual([0, 1].map(() => ({rule: 'jargon', term: 'signpost', audience: 'public', reason: 'readers-know', date: today, fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/)})))
    expect(new Set(dismissed.map((dismissal) => dismissal.fingerprint)).size).toBe(2)
    // Never the document's words: only the term the dictionary names.
    for (const words of ['residents', 'carers', 'We will']) expect(JSON.stringify(savedSettings)).not.toContain(words)

    // At another audience it is shown; back at the public it is hidden again.
    await pane.andWaitForCheck(() => pane.page.getByLabel('Who will read it?').selectOption('board'))
    expect((await pane.listed())['jargon']).toEqual(expect.arrayContaining(['signpost ×2']))
    await pane.andWaitForCheck(() => pane.page.getByLabel('Who will read it?').selectOption('public'))
    expect((await pane.listed())['jargon']).toEqual(['leverage'])
    // The summary's counts leave it out too.
    const counts = countSeverities(expectedMessages(paper).filter((message) => message.actual !== 'signpost'))
    expect(await pane.page.getByTestId('counts').textContent()).toMatch(new RegExp(`^${capital(describeSeverityCounts(counts))} in `))

    // Kept with the document: opened again, it stays hidden.
    const again = await open({settings: (await pane.snapshot()).savedSettings})
    expect((await again.listed())['jargon']).toEqual(['leverage'])

    // Exported as the project record the command line reads.
    await again.page.locator('#feedback > summary').click()
    expect(await again.page.locator('#feedback-summary').textContent()).toMatch(/^2 findings marked in this document\./)
    const [download] = await Promise.all([again.page.waitForEvent('download'), again.page.getByRole('button', {name: 'Export feedback.yml'}).click()])
    expect(download.suggestedFilename()).toBe('feedback.yml')
    const yaml = await readFile((await download.path())!, 'utf8')
    expect(parseFeedbackRecord('feedback.yml', yaml)).toEqual(dismissed)
    for (const words of ['residents', 'carers']) expect(yaml).not.toContain(words)

    // “Show them again” brings it back.
    await again.andWaitForCheck(() => again.page.getByRole('button', {name: 'Show them again'}).click())
    expect((await again.listed())['jargon']).toEqual(['signpost ×2', 'leverage'])
    expect((await again.snapshot()).savedSettings['plainspeak.dismissed']).toEqual([])
  })

  it('names the dismissals in the document’s settings it cannot read, keeps them when it adds one, and leaves them out of the export', async () => {
    const readable = (fingerprint: string) => ({rule: 'jargon', term: 'leverage', audience: 'board', date: '2026-12-01', fingerprint})
    // Another program wrote the second item: a sentence where the fingerprint belongs, an unknown audience.
    const unreadable = {rule: 'jargon', term: 'signpost', audience: 'everyone', date: '2026-12-01', fingerprint: 'We will signpost residents'}
    const stored = [readable('0123456789abcdef'), unreadable]
    const pane = await open({settings: {'plainspeak.dismissed': stored}})
    const summary = pane.page.locator('#feedback-summary')
    // The panel opens itself to say so, naming the item by number and problem, never by its words.
    expect(await pane.page.locator('#feedback').getAttribute('open')).not.toBeNull()
    expect(await summary.textContent()).toBe(
      '1 finding marked in this document. Each is hidden only where it was, and only for the readers it was marked for. Plainspeak could not read 1 part of the record kept in this document (item 2: no audience (public, board, staff, patient)). It is kept as it is and left out of the export.'
    )

    const item = await pane.choose('jargon', 'signpost')
    await item.getByRole('button', {name: 'Not useful here (all 2 uses)'}).click()
    await pane.andWaitForCheck(() => item.getByRole('group', {name: /^Why\?/}).getByRole('button', {name: 'Wrong meaning here'}).click())
    const saved = (await pane.snapshot()).savedSettings['plainspeak.dismissed'] as unknown[]
    expect(saved.slice(0, 2)).toEqual(stored)
    expect(saved).toHaveLength(4)
    expect(await summary.textContent()).toMatch(/^3 findings marked in this document\..* \(item 2: no audience/)

    const [download] = await Promise.all([pane.page.waitForEvent('download'), pane.page.getByRole('button', {name: 'Export feedback.yml'}).click()])
    const yaml = await readFile((await download.path())!, 'utf8')
    expect(parseFeedbackRecord('feedback.yml', yaml)).toEqual([readable('0123456789abcdef'), ...saved.slice(2)])
    for (const words of ['We will', 'residents', 'everyone']) expect(yaml).not.toContain(words)
    expect(pane.errors).toEqual([])
  })

  it('offers “Not useful here” on a sentence too, and hides only that sentence', async () => {
    const long = 'We will meet the families who live on the estate next month and ask them what they think about the plans for the new park, the play area, the car park, the cafe, the toilets and the new paths that run along the river.'
    const paragraphs = [{text: long}, {text: `${long.replace('estate', 'green')}`}]
    const pane = await open({paragraphs})
    expect(await pane.counts()).toEqual({'sentence-length': 2})
    const first = pane.page.locator('.group[data-rule="sentence-length"] .finding').first()
    await first.locator('.finding-button').click()
    await first.getByRole('button', {name: 'Not useful here'}).click()
    await pane.andWaitForCheck(() => first.getByRole('button', {name: 'Not a sentence'}).click())
    expect(await pane.counts()).toEqual({'sentence-length': 1})
    expect(await pane.status()).toMatch(/^Noted: That finding will not be shown here again for the public\./)
    const [dismissal] = (await pane.snapshot()).savedSettings['plainspeak.dismissed'] as Array<Record<string, string>>
    expect(dismissal).toEqual({rule: 'sentence-length', audience: 'public', reason: 'not-a-sentence', date: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/)})
  })

  it('checks again by itself after the author edits (WordApi 1.6)', async () => {
    const pane = await open()
    expect(await pane.page.locator('#edit-mode').textContent()).toBe('Checked when opened, and again as you edit.')
    await pane.check()
    await pane.andWaitForCheck(() => pane.authorEdit(3, 'Officers will leverage and signpost the JSNA this winter.'))
    expect((await pane.listed())['jargon']).toEqual(['signpost ×3', 'leverage'])
  })

  it('asks for a manual re-check where Word has no change events', async () => {
    const pane = await open({wordApi: '1.5'})
    expect(await pane.page.locator('#edit-mode').textContent()).toBe('Checked when opened. Check again after you edit.')
  })

  it('offers comments only where Word can add them (WordApi 1.4)', async () => {
    const pane = await open({wordApi: '1.3'})
    await pane.check()
    expect(await pane.page.getByRole('button', {name: 'Add as comments'}).isDisabled()).toBe(true)
    expect(await pane.page.locator('#review-hint').textContent()).toContain('needs WordApi 1.4')
    expect(await pane.page.getByRole('button', {name: 'Insert glossary'}).isDisabled()).toBe(false)
  })

  it('refuses a dictionary file with errors and says where they are', async () => {
    const pane = await open({storedDictionaries: []})
    await pane.page.locator('.local-words-panel > summary').click()
    await pane.page.setInputFiles('#dictionary-file', {name: 'broken.yml', mimeType: 'text/yaml', buffer: Buffer.from('- term: synergy\n  kind: buzzword\n')})
    const alert = pane.page.getByRole('alert')
    await expect.poll(() => alert.textContent()).toContain('broken.yml:2:9: error:')
    expect(await pane.page.locator('.dictionary-name').count()).toBe(0)
    expect(await pane.page.evaluate(() => localStorage.getItem('plainspeak.organisationDictionaries') ?? '')).not.toContain('synergy')
  })

  it('works from the keyboard', async () => {
    const pane = await open()
    await pane.page.keyboard.press('Tab')
    expect(await pane.page.evaluate(() => document.activeElement?.id)).toBe('audience')
    await pane.page.keyboard.press('Tab')
    expect(await pane.page.evaluate(() => document.activeElement?.id)).toBe('check')
    await pane.andWaitForCheck(() => pane.page.keyboard.press('Enter'))
    await pane.finding('acronym-undefined', 'ICB').locator('.finding-button').focus()
    await pane.page.keyboard.press('Enter')
    await expect.poll(async () => (await pane.snapshot()).selection?.text).toBe('ICB')
    expect(await pane.finding('acronym-undefined', 'ICB').locator('.finding-button').getAttribute('aria-expanded')).toBe('true')
  })

  describe.each([320, 450])('at %i pixels wide', (width) => {
    it('cuts nothing off, puts a short summary and the findings first and the chart behind a disclosure (screenshot)', async () => {
      // As the pane is once the document says who reads it (the question is asked once).
      const pane = await open({width, paragraphs: longPaper, settings: {'plainspeak.audience': 'public'}})
      await pane.check()
      const {page} = pane
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)

      // Every audience fits its drop-down, closed: the text is measured in the select's own font.
      const fits = await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('#audience')!
        const style = getComputedStyle(select)
        const context = document.createElement('canvas').getContext('2d')!
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        // Room for the text: the box less its padding and the arrow (about 20 pixels).
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20
        return [...select.options].map((option) => ({text: option.text, fits: context.measureText(option.text).width <= room}))
      })
      expect(fits).toEqual([
        {text: 'The public', fits: true},
        {text: 'A board or committee', fits: true},
        {text: 'Staff', fits: true},
        {text: 'A patient', fits: true}
      ])
      expect(await page.locator('#audience-target').textContent()).toBe('Target reading age 9')

      // A short summary: reading age to one decimal place against the target, and counts per level.
      const stats = checkTextParagraphs(engineParagraphs(longPaper), {audience: 'public'}).stats
      expect(await page.getByTestId('reading-age').textContent()).toBe(stats.readingAge!.toFixed(1))
      const counts = countSeverities(expectedMessages(longPaper))
      expect(await page.getByTestId('counts').textContent()).toBe(`${capital(describeSeverityCounts(counts))} in ${plural(stats.words, 'word')}.`)
      // Then the findings, within the first screen; the chart comes after them, closed.
      const top = (selector: string) => page.locator(selector).evaluate((element) => element.getBoundingClientRect().top)
      expect(await top('#findings-heading')).toBeLessThan(500)
      expect(await top('#sections')).toBeGreaterThan(await top('#findings-heading'))
      expect(await page.locator('#sections').evaluate((element) => (element as HTMLDetailsElement).open)).toBe(false)

      // A repeated term is one item with its count; choosing one of its uses selects it in Word.
      const item = await pane.choose('jargon', 'signpost', 2)
      expect(await item.locator('.times').textContent()).toBe('×3')
      await expect.poll(async () => (await pane.snapshot()).selection).toMatchObject({paragraph: 13, text: 'signpost'})
      expect(await item.locator('.places button').allTextContents()).toEqual([
        '1We will signpost residents to…',
        '2…will also signpost carers to…',
        '3…us to signpost families to…'
      ])

      // The chart, opened: no label or figure is crossed by the target line.
      await page.locator('#sections > summary').click()
      const crossings = await page.evaluate(() => {
        const boxes = (selector: string) => [...document.querySelectorAll(selector)].map((element) => ({text: element.textContent, box: element.getBoundingClientRect()}))
        const lines = boxes('.reading-chart .chart-target')
        const texts = boxes('.reading-chart text')
        const meets = (a: DOMRect, b: DOMRect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom
        return {lines: lines.length, texts: texts.length, crossed: texts.filter((text) => lines.some((line) => meets(line.box, text.box))).map((text) => text.text)}
      })
      expect(crossings.lines).toBeGreaterThan(4)
      expect(crossings.texts).toBeGreaterThan(8)
      expect(crossings.crossed).toEqual([])

      // Nothing cut off anywhere: no box holds text wider than itself (text for screen readers only aside),
      // and every word of the chart is inside it.
      const clipped = await page.evaluate(() => {
        const boxes = [...document.body.querySelectorAll('*')]
          .filter((element): element is HTMLElement => element instanceof HTMLElement && !element.closest('.visually-hidden'))
          .filter((element) => element.offsetParent !== null && element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
        const chart = document.querySelector('.reading-chart')!.getBoundingClientRect()
        const outside = [...document.querySelectorAll('.reading-chart text')]
          .filter((text) => {
            const box = text.getBoundingClientRect()
            return box.left < chart.left - 1 || box.right > chart.right + 1 || box.top < chart.top - 1 || box.bottom > chart.bottom + 1
          })
          .map((text) => `chart text “${text.textContent}”`)
        return [...boxes, ...outside]
      })
      expect(clipped).toEqual([])

      const name = `taskpane-${width}.png`
      await page.screenshot({path: screenshotPath(name), fullPage: true})
      publishScreenshot(name, join(wordPackage, 'images', name))
      expect(pane.errors).toEqual([])
    })
  })

  it('links “About this check” to the rule in the help page that ships with the add-in, and to nothing outside', async () => {
    const pane = await open()
    await pane.check()
    const item = await pane.choose('jargon', 'signpost')
    const href = await item.locator('a.learn-more').getAttribute('href')
    expect(href).toBe(`${harness.origin}/help.html#jargon`)
    const help = await harness.context.newPage()
    await help.goto(href!)
    expect(await help.locator('h3#jargon').textContent()).toBe('jargon')
    expect(await help.locator('#jargon + p').textContent()).toMatch(/^Council, NHS and public-sector jargon/)
    await help.close()
    // Every address in the pane (links, text) is the pane's own, or a dictionary source's.
    const addresses = await pane.page.evaluate(() => [...document.body.innerHTML.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((match) => match[0]))
    expect(addresses.filter((address) => !address.startsWith(`${harness.origin}/`))).toEqual([])
  })

  // Last: it looks back over every pane the tests above opened.
  it('sends nothing anywhere: no request leaves 127.0.0.1 and the CSP is never violated', async () => {
    const pane = await open()
    await pane.check()
    await pane.page.getByRole('button', {name: 'Add as comments'}).click()
    await pane.page.getByRole('button', {name: 'Add comments', exact: true}).click()
    await expect.poll(() => pane.status()).toMatch(/^Added/)
    expect(harness.panes.length).toBeGreaterThan(10)
    for (const opened of harness.panes) {
      expect(await opened.cspViolations()).toEqual([])
      expect(opened.errors).toEqual([])
    }
    expect(harness.blocked).toEqual([])
    const outside = harness.requests.filter((url) => !url.startsWith(`${harness.origin}/`))
    // Office.js itself is the only outside URL, and the test answers it locally.
    expect(new Set(outside)).toEqual(new Set([officeJsUrl]))
    expect(harness.requests.length).toBeGreaterThan(outside.length)
  })
})
