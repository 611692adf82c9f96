/** Pins the public API of @plainspeak/language-server and its shared protocol module. */
import {expect, it} from 'vitest'
import * as protocol from '../../packages/language-server/dist/protocol.js'
import * as server from '../../packages/language-server/dist/index.js'

it('exports the server, its Plainspeak configuration and the protocol', () => {
  expect(Object.keys(server).sort()).toEqual([
    'CheckSetup',
    'ConfigFileError',
    'ConfigFinder',
    'addToAllowList',
    'configFileNames',
    'configKeys',
    'defaultSettings',
    'fixAllKind',
    'languageIds',
    'maxPublishedFindings',
    'maxStatsSections',
    'messageToDiagnostic',
    'plainspeakConfiguration',
    'runServerWorker',
    'serverCommands',
    'settingsSection',
    'startLanguageServer',
    'statsMethod',
    'statsNotification'
  ])
})

it('declares the stats notification and the commands once, in the protocol module', () => {
  expect(protocol.statsNotification.method).toBe('plainspeak/stats')
  expect(protocol.serverCommands).toEqual({
    addToAllowList: 'plainspeak.server.addToAllowList',
    checkWorkspace: 'plainspeak.server.checkWorkspace',
    glossary: 'plainspeak.server.glossary',
    dismiss: 'plainspeak.server.dismiss'
  })
  expect(protocol.languageIds).toEqual(['markdown', 'plaintext', 'html'])
})
