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
