import {beforeEach, describe, expect, it, vi} from 'vitest'
import {allowInDocument, allowKey, audienceKey, clearDismissals, disallowInDocument, dismissedKey, dismissInDocument, readDocumentSettings, saveDocumentSettings, suggestionsKey} from '../src/document-settings.js'
import type {FindingTarget} from '../src/locate.js'
import {appendGlossary, commentTargets, loadParagraphs, replaceTargets, selectTarget, watchParagraphs} from '../src/word-adapter.js'
import {FakeWordDocument, installFakeOffice, type FakeParagraphInit} from './fake-office/fake-word.js'

let document: FakeWordDocument

function open(paragraphs: FakeParagraphInit[], options: {wordApi?: string; settings?: Record<string, unknown>; unsupported?: string[]} = {}): FakeWordDocument {
  document = new FakeWordDocument(paragraphs, options)
  installFakeOffice(document)
  return document
}

/** A target for the n-th occurrence of `text` in paragraph `paragraph`, as the checker would report it. */
function target(paragraph: number, text: string, occurrence = 0): FindingTarget {
  const paragraphText = document.paragraphs[paragraph]!.text
  let start = -1
  for (let seen = 0; seen <= occurrence; seen++) start = paragraphText.indexOf(text, start + (seen === 0 ? 0 : text.length))
  if (start === -1) throw new Error(`"${text}" is not in paragraph ${paragraph}`)
  return {paragraph, paragraphText, start, end: start + text.length, actual: text}
}

const texts = () => document.snapshot().paragraphs.map((paragraph) => paragraph.text)
const lastRunSyncs = () => document.snapshot().syncsPerRun.at(-1)

describe('the fake Word host', () => {
  it('follows Office.js load rules: no value before load and sync', async () => {
    open([{text: 'Hello'}])
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs
      expect(() => paragraphs.items).toThrow(/PropertyNotLoaded/)
      paragraphs.load('items/text')
      await context.sync()
      const [first] = paragraphs.items
      expect(first!.text).toBe('Hello')
      expect(first!.styleBuiltIn).toBe('Error, property was not loaded')
      expect(() => first!.load('noSuchProperty')).toThrow(/needs to be present/)
    })
  })
})

describe('loadParagraphs', () => {
  beforeEach(() => {
    open([
      {text: 'Board paper', style: 'Title'},
      {text: 'Summary', style: 'Heading1'},
      {text: 'We will signpost residents.'},
      {text: 'Our own heading style', style: 'Board Heading', outlineLevel: 2},
      {text: 'ICB', table: {row: 0, cell: 0}},
      {text: 'Integrated care board', table: {row: 0, cell: 1}},
      {text: 'JSNA', table: {row: 1, cell: 0}},
      {text: 'Joint Strategic Needs Assessment', table: {row: 1, cell: 1}},
      {text: 'Between the tables.'},
      {text: 'A', table: {row: 0, cell: 0}},
      {text: 'Line one\vline two'}
    ])
  })

  it('reads every paragraph with heading levels and document-wide table rows', async () => {
    expect(await loadParagraphs()).toEqual([
      {text: 'Board paper', heading: 1},
      {text: 'Summary', heading: 1},
      {text: 'We will signpost residents.'},
      {text: 'Our own heading style', heading: 2},
      {text: 'ICB', row: 1},
      {text: 'Integrated care board', row: 1},
      {text: 'JSNA', row: 2},
      {text: 'Joint Strategic Needs Assessment', row: 2},
      {text: 'Between the tables.'},
      {text: 'A', row: 3},
      {text: 'Line one\vline two'}
    ])
  })

  it('uses one sync, and a second only for table rows', async () => {
    await loadParagraphs()
    expect(lastRunSyncs()).toBe(2)
    open([{text: 'Summary', style: 'Heading1'}, {text: 'No tables here.'}])
    await loadParagraphs()
    expect(lastRunSyncs()).toBe(1)
  })

  it('still reads built-in headings where the host has no outline levels', async () => {
    open([{text: 'Summary', style: 'Heading1'}, {text: 'Own style', style: 'Custom', outlineLevel: 2}, {text: 'Body.'}], {unsupported: ['outlineLevel']})
    expect(await loadParagraphs()).toEqual([{text: 'Summary', heading: 1}, {text: 'Own style'}, {text: 'Body.'}])
  })

  it('ignores outline levels when a host reports them for most of the text', async () => {
    open([
      {text: 'Summary', style: 'Heading1'},
      {text: 'Body one', style: 'Custom', outlineLevel: 1},
      {text: 'Body two', style: 'Custom', outlineLevel: 1},
      {text: 'Body three', style: 'Custom', outlineLevel: 1}
    ])
    expect(await loadParagraphs()).toEqual([{text: 'Summary', heading: 1}, {text: 'Body one'}, {text: 'Body two'}, {text: 'Body three'}])
  })
})

describe('selectTarget', () => {
  it('selects the occurrence at the finding’s offset', async () => {
    open([{text: 'Intro'}, {text: 'We signpost people; signpost them well.'}])
    expect(await selectTarget(target(1, 'signpost', 1))).toBeUndefined()
    expect(document.snapshot().selection).toEqual({paragraph: 1, start: 20, end: 28, text: 'signpost'})
    expect(lastRunSyncs()).toBe(3)
  })

  it('selects a span longer than Word’s 255-character search limit', async () => {
    const sentence = `${'The committee considered the proposals in detail '.repeat(7)}and agreed them.`
    open([{text: `Before. ${sentence} After.`}])
    expect(await selectTarget(target(0, sentence))).toBeUndefined()
    expect(document.snapshot().selection?.text).toBe(sentence)
  })

  it('finds text with a caret, which Word’s search treats as a code', async () => {
    open([{text: 'Costs rose by 10^3 pounds.'}])
    expect(await selectTarget(target(0, '10^3'))).toBeUndefined()
    expect(document.snapshot().selection?.text).toBe('10^3')
  })

  it('refuses when the paragraph changed since the check', async () => {
    open([{text: 'We signpost people.'}])
    const stale = target(0, 'signpost')
    document.authorEdit(0, 'We now signpost people.', {silent: true})
    expect(await selectTarget(stale)).toBe('changed')
    expect(document.snapshot().selection).toBeUndefined()
  })
})

describe('replaceTargets', () => {
  it('replaces exactly the finding’s span and nothing else', async () => {
    open([{text: 'Heading', style: 'Heading1'}, {text: 'We signpost people; signpost them well.'}])
    const report = await replaceTargets([{target: target(1, 'signpost', 1), replacement: 'refer'}])
    expect(report.refused).toEqual([])
    expect(texts()).toEqual(['Heading', 'We signpost people; refer them well.'])
  })

  it('makes no edit when the text changed since the check', async () => {
    open([{text: 'We signpost people.'}])
    const stale = target(0, 'signpost')
    document.authorEdit(0, 'We signpost many people.', {silent: true})
    const report = await replaceTargets([{target: stale, replacement: 'refer'}])
    expect(report.done).toEqual([])
    expect(report.refused).toEqual([{item: {target: stale, replacement: 'refer'}, reason: 'changed'}])
    expect(texts()).toEqual(['We signpost many people.'])
  })

  it('makes no edit when paragraphs were added above (indexes moved)', async () => {
    open([{text: 'First.'}, {text: 'We signpost people.'}])
    const stale = target(1, 'signpost')
    document.authorInsert(0, {text: 'A new opening paragraph.'}, {silent: true})
    const report = await replaceTargets([{target: stale, replacement: 'refer'}])
    expect(report.refused.map((refusal) => refusal.reason)).toEqual(['changed'])
    expect(texts()).toEqual(['A new opening paragraph.', 'First.', 'We signpost people.'])
  })

  it('refuses a target Word cannot search for rather than guess', async () => {
    open([{text: 'Line one\vline two'}])
    const report = await replaceTargets([{target: {paragraph: 0, paragraphText: 'Line one\vline two', start: 5, end: 13, actual: 'one\vline'}, replacement: 'x'}])
    expect(report.refused.map((refusal) => refusal.reason)).toEqual(['not-found'])
    expect(texts()).toEqual(['Line one\vline two'])
  })

  it('replaces several findings in one paragraph in three syncs, however many there are', async () => {
    open([{text: 'Signpost, signpost, signpost and signpost.'}, {text: 'Also signpost here.'}])
    const edits = [
      {target: target(0, 'Signpost'), replacement: 'Refer'},
      {target: target(0, 'signpost', 0), replacement: 'refer'},
      {target: target(0, 'signpost', 1), replacement: 'direct'},
      {target: target(0, 'signpost', 2), replacement: 'refer'},
      {target: target(1, 'signpost'), replacement: 'point to'}
    ]
    const report = await replaceTargets(edits)
    expect(report.done).toHaveLength(5)
    expect(texts()).toEqual(['Refer, refer, direct and refer.', 'Also point to here.'])
    expect(lastRunSyncs()).toBe(3)
  })

  it('applies the edits that are safe and refuses the rest', async () => {
    open([{text: 'We signpost people.'}, {text: 'They signpost too.'}])
    const first = target(0, 'signpost')
    const second = target(1, 'signpost')
    document.authorEdit(1, 'They no longer signpost.', {silent: true})
    const report = await replaceTargets([
      {target: first, replacement: 'refer'},
      {target: second, replacement: 'refer'}
    ])
    expect(report.done.map((edit) => edit.target)).toEqual([first])
    expect(report.refused.map((refusal) => refusal.item.target)).toEqual([second])
    expect(texts()).toEqual(['We refer people.', 'They no longer signpost.'])
  })

  it('turns Track Changes on before its edits when asked, so Word tracks every one, in three syncs', async () => {
    open([{text: 'We signpost people and signpost carers.'}])
    const report = await replaceTargets([{target: target(0, 'signpost'), replacement: 'refer'}, {target: target(0, 'signpost', 1), replacement: 'refer'}], {trackChanges: true})
    expect(report.done).toHaveLength(2)
    expect(document.snapshot()).toMatchObject({
      changeTrackingMode: 'TrackAll',
      edits: [
        {paragraph: 0, deleted: 'signpost', inserted: 'refer', tracked: true},
        {paragraph: 0, deleted: 'signpost', inserted: 'refer', tracked: true}
      ]
    })
    expect(texts()).toEqual(['We refer people and refer carers.'])
    expect(lastRunSyncs()).toBe(3)
  })

  it('leaves Track Changes as it is without being asked', async () => {
    open([{text: 'We signpost people.'}])
    await replaceTargets([{target: target(0, 'signpost'), replacement: 'refer'}])
    expect(document.snapshot()).toMatchObject({changeTrackingMode: 'Off', edits: [{deleted: 'signpost', inserted: 'refer', tracked: false}]})
  })
})

describe('commentTargets', () => {
  it('adds a comment on each finding’s text', async () => {
    open([{text: 'The JSNA will signpost residents.'}])
    const report = await commentTargets([
      {target: target(0, 'JSNA'), comment: 'Spell out JSNA.'},
      {target: target(0, 'signpost'), comment: 'Use plain words.'}
    ])
    expect(report.done).toHaveLength(2)
    expect(document.snapshot().comments).toEqual([
      {paragraph: 0, start: 4, end: 8, text: 'JSNA', comment: 'Spell out JSNA.'},
      {paragraph: 0, start: 14, end: 22, text: 'signpost', comment: 'Use plain words.'}
    ])
    expect(texts()).toEqual(['The JSNA will signpost residents.'])
  })

  it('adds no comment where the text changed', async () => {
    open([{text: 'The JSNA will signpost residents.'}])
    const stale = target(0, 'JSNA')
    document.authorEdit(0, 'The plan will signpost residents.', {silent: true})
    const report = await commentTargets([{target: stale, comment: 'Spell out JSNA.'}])
    expect(report.refused.map((refusal) => refusal.reason)).toEqual(['changed'])
    expect(document.snapshot().comments).toEqual([])
  })
})

describe('appendGlossary', () => {
  it('adds a heading and a table at the end, leaving the text above alone', async () => {
    open([{text: 'Summary', style: 'Heading1'}, {text: 'The JSNA and the ICB.'}])
    await appendGlossary({
      heading: 'Glossary',
      header: ['Abbreviation', 'What it means'],
      rows: [
        ['ICB', 'integrated care board'],
        ['JSNA', 'Joint Strategic Needs Assessment']
      ]
    })
    const {paragraphs} = document.snapshot()
    expect(paragraphs.slice(0, 3)).toEqual([
      {text: 'Summary', style: 'Heading1'},
      {text: 'The JSNA and the ICB.', style: 'Normal'},
      {text: 'Glossary', style: 'Heading2'}
    ])
    expect(paragraphs.filter((paragraph) => paragraph.table).map((paragraph) => paragraph.text)).toEqual([
      'Abbreviation',
      'What it means',
      'ICB',
      'integrated care board',
      'JSNA',
      'Joint Strategic Needs Assessment'
    ])
    expect(lastRunSyncs()).toBe(1)
  })
})

describe('document settings', () => {
  it('reads the allow list, audience, suggestions switch and dismissals, ignoring values of the wrong shape', () => {
    const kept = {rule: 'jargon', term: 'signpost', audience: 'public', reason: 'readers-know', date: '2026-12-07', fingerprint: '0123456789abcdef'}
    const dismissed = [kept, {...kept, audience: 'everyone'}, {...kept, fingerprint: 'signpost residents'}, {...kept, reason: 'boring'}, 'jargon']
    open([{text: ''}], {settings: {[allowKey]: ['signpost', 3], [audienceKey]: 'board', [suggestionsKey]: true, [dismissedKey]: dismissed}})
    expect(readDocumentSettings()).toEqual({
      allow: ['signpost'],
      audience: 'board',
      suggestions: true,
      dismissed: [kept],
      // Named by place and problem, never by value: a value may hold the document's words.
      unreadableDismissals: ['item 2: no audience (public, board, staff, patient)', 'item 3: no fingerprint of 16 hex digits', 'item 4: a reason that is not one of readers-know, wrong-meaning, not-a-sentence, other', 'item 5: not a dismissal']
    })
    open([{text: ''}], {settings: {[allowKey]: 'signpost', [audienceKey]: 'everyone', [suggestionsKey]: 'yes', [dismissedKey]: {}}})
    expect(readDocumentSettings()).toEqual({allow: [], audience: undefined, suggestions: false, dismissed: [], unreadableDismissals: [expect.stringMatching(/^The “Not useful here” record kept in this document is not a list/)]})
    open([{text: ''}])
    expect(readDocumentSettings()).toEqual({allow: [], audience: undefined, suggestions: false, dismissed: [], unreadableDismissals: []})
  })

  it('keeps dismissals it cannot read when it adds one, and adds none to a record that is not a list', async () => {
    const kept = {rule: 'jargon', term: 'signpost', audience: 'public', date: '2026-12-07', fingerprint: '0123456789abcdef'} as const
    const unreadable = {...kept, fingerprint: 'signpost residents', audience: 'everyone'}
    open([{text: ''}], {settings: {[dismissedKey]: [unreadable, kept]}})
    const added = {...kept, fingerprint: 'fedcba9876543210'}
    expect(await dismissInDocument([added, kept])).toEqual([kept, added])
    expect(document.snapshot().savedSettings).toEqual({[dismissedKey]: [unreadable, kept, added]})

    open([{text: ''}], {settings: {[dismissedKey]: 'jargon signpost'}})
    await expect(dismissInDocument([added])).rejects.toThrow(/is not a list, so Plainspeak cannot read it .*Nothing was added to it/)
    expect(document.snapshot().savedSettings).toEqual({[dismissedKey]: 'jargon signpost'})
    await clearDismissals()
    expect(document.snapshot().savedSettings).toEqual({[dismissedKey]: []})
  })

  it('keeps dismissals in the document, once per place and audience, and clears them', async () => {
    open([{text: ''}])
    const one = {rule: 'jargon', term: 'signpost', audience: 'public', date: '2026-12-07', fingerprint: '0123456789abcdef'} as const
    expect(await dismissInDocument([one])).toEqual([one])
    // The same place at another audience is another dismissal; the same place and audience again is not.
    expect(await dismissInDocument([one, {...one, audience: 'board'}])).toEqual([one, {...one, audience: 'board'}])
    expect(document.snapshot().savedSettings).toEqual({[dismissedKey]: [one, {...one, audience: 'board'}]})
    await clearDismissals()
    expect(document.snapshot().savedSettings).toEqual({[dismissedKey]: []})
  })

  it('saves allowed terms into the document', async () => {
    open([{text: ''}])
    expect(await allowInDocument('signpost')).toEqual(['signpost'])
    expect(await allowInDocument('JSNA')).toEqual(['signpost', 'JSNA'])
    expect(await allowInDocument('JSNA')).toEqual(['signpost', 'JSNA'])
    expect(document.snapshot().savedSettings).toEqual({[allowKey]: ['signpost', 'JSNA']})
    expect(await disallowInDocument('signpost')).toEqual(['JSNA'])
    expect(document.snapshot().savedSettings).toEqual({[allowKey]: ['JSNA']})
  })

  it('saves the audience into the document', async () => {
    open([{text: ''}])
    await saveDocumentSettings({audience: 'staff'})
    expect(document.snapshot().savedSettings).toEqual({[audienceKey]: 'staff'})
  })
})

describe('watchParagraphs', () => {
  it('reports the author’s edits where WordApi 1.6 has paragraph events', async () => {
    open([{text: 'One.'}])
    const onChange = vi.fn()
    expect(await watchParagraphs(onChange)).toBe(true)
    document.authorEdit(0, 'One and a half.')
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled())
  })

  it('registers nothing without WordApi 1.6', async () => {
    open([{text: 'One.'}], {wordApi: '1.5'})
    expect(await watchParagraphs(() => undefined)).toBe(false)
    expect(document.handlers.ParagraphChanged).toEqual([])
  })
})
