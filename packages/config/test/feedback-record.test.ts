/** The "Not useful here" record: plain YAML, append-only, located errors, never outside the project. */
import {mkdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {appendDismissal, appendDismissals, FeedbackRecordError, feedbackKey, feedbackRecordFile, parseFeedbackRecord, readFeedbackRecord, newDismissals, summariseFeedback, type Dismissal} from '../src/index.js'
import {folder} from './helpers.js'

const dismissal = (fields: Partial<Dismissal> = {}): Dismissal => ({rule: 'jargon', term: 'commissioning', audience: 'public', reason: 'readers-know', date: '2026-12-07', fingerprint: '0123456789abcdef', ...fields})

/** The error's place and message as one line, as a person reads it. */
async function located(run: () => unknown): Promise<string> {
  try {
    await run()
  } catch (error) {
    if (error instanceof FeedbackRecordError) return `${path.basename(error.file)}:${error.line}:${error.column}: ${error.message}`
    throw error
  }
  throw new Error('expected a FeedbackRecordError')
}

describe('the feedback record', () => {
  it('writes one readable item per dismissal and reads it back', async () => {
    const dir = await folder()
    const file = await appendDismissal(dir, dismissal())
    await appendDismissal(dir, dismissal({rule: 'long-sentence', term: undefined, reason: undefined, audience: 'board', fingerprint: 'fedcba9876543210'}))
    expect(file).toBe(feedbackRecordFile(dir))
    const text = await readFile(file, 'utf8')
    expect(text).toMatch(/^# Plainspeak: findings marked "Not useful here"/)
    expect(text).toContain('- rule: jargon\n  term: commissioning\n  audience: public\n  reason: readers-know\n  date: "2026-12-07"\n  fingerprint: "0123456789abcdef"\n')
    expect(await readFeedbackRecord(file)).toEqual([dismissal(), {rule: 'long-sentence', audience: 'board', date: '2026-12-07', fingerprint: 'fedcba9876543210'}])
  })

  it('holds no document text: only the fields it names, with the context as a hash', async () => {
    const dir = await folder()
    const file = await appendDismissal(dir, dismissal({term: 'care package'}))
    const keys = (await readFile(file, 'utf8')).split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.replace(/^[- ] /, '').split(':')[0])
    expect(new Set(keys)).toEqual(new Set(['rule', 'term', 'audience', 'reason', 'date', 'fingerprint']))
    // A sentence cannot be smuggled in as a term.
    await expect(appendDismissal(dir, dismissal({term: 'x'.repeat(201)}))).rejects.toThrow(FeedbackRecordError)
  })

  it('keeps every dismissal when many writers append at once', async () => {
    const dir = await folder()
    const fingerprints = Array.from({length: 40}, (_, index) => index.toString(16).padStart(16, '0'))
    await Promise.all(fingerprints.map((fingerprint) => appendDismissal(dir, dismissal({fingerprint}))))
    const record = await readFeedbackRecord(feedbackRecordFile(dir))
    expect(record.map((item) => item.fingerprint).sort()).toEqual(fingerprints)
  })

  it('appends many dismissals in one write, among writers appending one at a time, and writes nothing for none', async () => {
    const dir = await folder()
    expect(await appendDismissals(dir, [])).toBe(feedbackRecordFile(dir))
    await expect(readFile(feedbackRecordFile(dir), 'utf8')).rejects.toThrow(/ENOENT/)
    const batch = ['b1', 'b2', 'b3'].map((tail) => dismissal({fingerprint: `00000000000000${tail}`}))
    const singles = Array.from({length: 20}, (_, index) => dismissal({fingerprint: index.toString(16).padStart(16, 'a')}))
    await Promise.all([appendDismissals(dir, batch), ...singles.map((single) => appendDismissal(dir, single))])
    const fingerprints = (await readFeedbackRecord(feedbackRecordFile(dir))).map((item) => item.fingerprint)
    expect(fingerprints.toSorted()).toEqual([...batch, ...singles].map((item) => item.fingerprint).toSorted())
    // The batch lands together.
    const first = fingerprints.indexOf(batch[0]!.fingerprint)
    expect(fingerprints.slice(first, first + 3)).toEqual(batch.map((item) => item.fingerprint))
    // An item that could not be read back is refused, and nothing of the batch is written.
    await expect(appendDismissals(dir, [dismissal({fingerprint: 'cccccccccccccccc'}), dismissal({term: 'x'.repeat(201)})])).rejects.toThrow(FeedbackRecordError)
    expect(await readFile(feedbackRecordFile(dir), 'utf8')).not.toContain('cccccccccccccccc')
  })

  it('finds the dismissals not held yet: one per place and audience, whoever marked it', () => {
    const held = [dismissal(), dismissal({audience: 'board'})]
    const incoming = [dismissal({reason: 'other', date: '2026-12-08'}), dismissal({audience: 'staff'}), dismissal({fingerprint: 'fedcba9876543210'}), dismissal({audience: 'staff', reason: undefined})]
    expect(newDismissals(held, incoming)).toEqual([dismissal({audience: 'staff'}), dismissal({fingerprint: 'fedcba9876543210'})])
    expect(newDismissals([], [])).toEqual([])
  })

  it('starts a new item on its own line after a hand edit with no final line break', async () => {
    const dir = await folder({'.plainspeak/feedback.yml': '- rule: jargon\n  audience: board\n  date: "2026-01-02"\n  fingerprint: "aaaaaaaaaaaaaaaa"'})
    await appendDismissal(dir, dismissal())
    expect((await readFeedbackRecord(feedbackRecordFile(dir))).map((item) => item.fingerprint)).toEqual(['aaaaaaaaaaaaaaaa', '0123456789abcdef'])
  })

  it('never writes outside the folders it is allowed, even through a linked .plainspeak folder', async () => {
    const workspace = await folder()
    const elsewhere = await folder()
    await expect(appendDismissal(elsewhere, dismissal(), {within: [workspace]})).rejects.toThrow(/only inside the open folders/)
    await symlink(elsewhere, path.join(workspace, '.plainspeak'))
    await expect(appendDismissal(workspace, dismissal(), {within: [workspace]})).rejects.toThrow(/only inside the open folders/)
    await expect(readFile(path.join(elsewhere, 'feedback.yml'), 'utf8')).rejects.toThrow(/ENOENT/)
  })

  it('refuses a record that is a link to another file', async () => {
    const workspace = await folder({'secret.txt': 'keep\n'})
    await mkdir(path.join(workspace, '.plainspeak'))
    await symlink(path.join(workspace, 'secret.txt'), path.join(workspace, '.plainspeak', 'feedback.yml'))
    await expect(appendDismissal(workspace, dismissal(), {within: [workspace]})).rejects.toThrow(/not a regular file/)
    expect(await readFile(path.join(workspace, 'secret.txt'), 'utf8')).toBe('keep\n')
  })

  it('reads a missing record as empty', async () => {
    expect(await readFeedbackRecord(path.join(await folder(), '.plainspeak', 'feedback.yml'))).toEqual([])
  })

  it('names a malformed record at its line and column', async () => {
    const good = '- rule: jargon\n  audience: public\n  date: "2026-12-07"\n  fingerprint: "0123456789abcdef"\n'
    const cases: Array<[string, string]> = [
      [good + '<<<<<<< HEAD\n', 'feedback.yml:5:1: This is not valid YAML'],
      [good + '- rule: jargon\n  audience: residents\n  date: "2026-12-07"\n  fingerprint: "0123456789abcdef"\n', 'feedback.yml:6:13: Unexpected audience `residents`, expected one of'],
      [good + '- rule: jargon\n  audience: board\n  date: "2026-12-07"\n  fingerprint: "abc"\n', 'feedback.yml:8:16: Expected 16 hex digits for `fingerprint`'],
      [good + '- rule: jargon\n  audience: board\n  sentence: "The ICB will commission care."\n', 'feedback.yml:7:3: Unknown key `sentence`'],
      [good + '- rule: jargon\n  audience: board\n  fingerprint: "0123456789abcdef"\n', 'feedback.yml:5:3: This dismissal has no `date`.'],
      ['rule: jargon\n', 'feedback.yml:1:1: Expected a list of dismissals'],
      [good + '- rule: jargon\n  audience: board\n  reason: boring\n  date: "2026-12-07"\n  fingerprint: "0123456789abcdef"\n', 'feedback.yml:7:11: Unexpected reason `boring`']
    ]
    for (const [text, expected] of cases) {
      expect(await located(() => parseFeedbackRecord('/p/.plainspeak/feedback.yml', text))).toContain(expected)
    }
    const dir = await folder()
    await writeFile(path.join(dir, 'feedback.yml'), '- [')
    expect(await located(() => readFeedbackRecord(path.join(dir, 'feedback.yml')))).toMatch(/^feedback\.yml:1:\d+: This is not valid YAML/)
  })

  it('keeps appending to a malformed record, so a dismissal is never lost to a bad merge', async () => {
    const dir = await folder({'.plainspeak/feedback.yml': '<<<<<<< HEAD\n'})
    await appendDismissal(dir, dismissal())
    expect(await readFile(feedbackRecordFile(dir), 'utf8')).toBe('<<<<<<< HEAD\n' + '- rule: jargon\n  term: commissioning\n  audience: public\n  reason: readers-know\n  date: "2026-12-07"\n  fingerprint: "0123456789abcdef"\n')
  })
})

describe('summariseFeedback', () => {
  it('counts per rule, term and audience, with the rate and the main reasons, rows over 10% first', () => {
    const record = [
      dismissal(),
      dismissal({reason: 'wrong-meaning'}),
      dismissal({term: 'Commissioning', reason: 'wrong-meaning'}),
      dismissal({audience: 'board'}),
      dismissal({term: 'leverage', reason: undefined}),
      dismissal({term: 'leverage', reason: undefined}),
      dismissal({term: 'leverage', reason: 'other'})
    ]
    const shown = new Map([
      [feedbackKey('jargon', 'commissioning', 'public'), 10],
      [feedbackKey('jargon', 'leverage', 'public'), 100]
    ])
    expect(summariseFeedback(record, shown)).toEqual([
      {rule: 'jargon', term: 'commissioning', audience: 'public', dismissed: 3, shown: 10, rate: 0.3, reasons: [{reason: 'wrong-meaning', count: 2}, {reason: 'readers-know', count: 1}]},
      {rule: 'jargon', term: 'commissioning', audience: 'board', dismissed: 1, reasons: [{reason: 'readers-know', count: 1}]},
      {rule: 'jargon', term: 'leverage', audience: 'public', dismissed: 3, shown: 100, rate: 0.03, reasons: [{reason: 'other', count: 1}]}
    ])
  })
})
