/** The Plainspeak configuration of the generic server: what to check, what to watch. */
import type {ServerConfiguration} from './server.js'
import {PlainspeakEngine} from './engine.js'

export const plainspeakConfiguration: ServerConfiguration = {
  // `text` is what Neovim and some other clients send for plain text.
  languageIds: ['markdown', 'plaintext', 'text', 'html'],
  extensions: ['.md', '.markdown', '.txt', '.html', '.htm'],
  watch: ['**/.plainspeakrc.{json,yaml,yml}', '**/package.json', '**/*.{yml,yaml,json}'],
  debounceMs: 250,
  maxWorkspaceFileBytes: 5 * 1024 * 1024,
  createEngine: () => new PlainspeakEngine()
}
