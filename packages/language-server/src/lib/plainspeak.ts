/** The Plainspeak configuration of the generic server: what to check, what to watch. */
import {configFileNames} from '@plainspeak/config'
import type {ServerConfiguration} from './server.js'

export const plainspeakConfiguration: ServerConfiguration = {
  // `text` is what Neovim and some other clients send for plain text.
  languageIds: ['markdown', 'plaintext', 'text', 'html'],
  // Project files, and local dictionaries (which can be anywhere).
  watch: [...configFileNames.map((name) => `**/${name}`), '**/*.{yml,yaml,json}'],
  debounceMs: 250,
  // The package's own worker script; a bundle (the VS Code extension's) passes its own file.
  workerScript: new URL('../check-worker.js', import.meta.url)
}
