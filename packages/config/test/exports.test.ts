/** Pins the public API of @plainspeak/config. */
import {expect, it} from 'vitest'
import * as config from '../src/index.js'

it('exports exactly these names', () => {
  expect(Object.keys(config).sort()).toEqual([
    'AllowListError',
    'ConfigFileError',
    'ConfigFinder',
    'DictionaryLayers',
    'FeedbackRecordError',
    'addToAllowList',
    'appendDismissal',
    'appendDismissals',
    'configFileNames',
    'configKeys',
    'dismissalRateThreshold',
    'dismissalReasonLabels',
    'dismissalReasons',
    'dismissedFingerprints',
    'displayPath',
    'feedbackKey',
    'feedbackRecordFile',
    'feedbackRecordPath',
    'findFiles',
    'formatDismissal',
    'isConfigFile',
    'newDismissals',
    'parseConfigFile',
    'parseFeedbackRecord',
    'readFeedbackRecord',
    'resolveCheckOptions',
    'summariseFeedback'
  ])
})

it('knows its file names, in the order a folder is searched', () => {
  expect(config.configFileNames).toEqual(['.plainspeakrc.json', '.plainspeakrc.yaml', '.plainspeakrc.yml', 'package.json'])
  expect(['/p/.plainspeakrc.yml', 'a/package.json', '/p/plainspeakrc.json', '/p/notes.yml'].map(config.isConfigFile)).toEqual([true, true, false, false])
})

it('exports the feedback record’s format on its own, with no file system, for the Word pane to bundle', async () => {
  const format = await import('../src/feedback-format.js')
  expect(Object.keys(format).sort()).toEqual(['dismissalReasonLabels', 'dismissalReasons', 'feedbackRecordHeader', 'formatDismissal', 'formatFeedbackRecord', 'newDismissals'])
  const {readFile} = await import('node:fs/promises')
  const source = await readFile(new URL('../src/lib/feedback-format.ts', import.meta.url), 'utf8')
  expect([...source.matchAll(/^import .* from '([^']+)'/gm)].map((match) => match[1])).toEqual(['@plainspeak/base'])
  // A whole record reads back as the dismissals it was made from: the CLI reads what the pane exports.
  const dismissals = [
    {rule: 'jargon', term: 'signpost', audience: 'public', reason: 'readers-know', date: '2026-12-07', fingerprint: '0123456789abcdef'},
    {rule: 'sentence-length', audience: 'board', date: '2026-12-07', fingerprint: 'fedcba9876543210'}
  ] as const
  const text = format.formatFeedbackRecord(dismissals)
  expect(text.startsWith(format.feedbackRecordHeader)).toBe(true)
  expect(config.parseFeedbackRecord('feedback.yml', text)).toEqual(dismissals)
})
