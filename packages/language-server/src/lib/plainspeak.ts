/** The Plainspeak configuration of the generic server: what to check, what to watch. */
import {configFileNames} from '@plainspeak/config'
import type {ServerConfiguration} from './server.js'
import {PlainspeakEngine} from './engine.js'

export const plainspeakConfiguration: ServerConfiguration = {
  // `text` is what Neovim and some other clients send for plain text.
  languageIds: ['markdown', 'plaintext', 'text', 'html'],
  extensions: ['.md', '.markdown', '.txt', '.html', '.htm'],
  // Project files, and local dictionaries (which can be anywhere).
  watch: [...configFileNames.map((name) => `**/${name}`), '**/*.{yml,yaml,json}'],
  debounceMs: 250,
  maxWorkspaceFileBytes: 5 * 1024 * 1024,
  createEngine: () => new PlainspeakEngine()
}
