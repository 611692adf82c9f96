// Bundles the client and the language server (with the engine) into dist/ as CommonJS for
// VS Code. ESM-only dependencies (unified, remark, retext) are bundled too, so the .vsix needs
// no node_modules. Build the language server first (`tsc -b ../../packages/language-server`).
import {build} from 'esbuild'
import {createRequire} from 'node:module'
import {cpSync, rmSync} from 'node:fs'

const require = createRequire(import.meta.url)
const server = require.resolve('@plainspeak/language-server/package.json').replace(/package\.json$/, 'dist/bin.js')
const rulesDoc = require.resolve('@plainspeak/core/package.json').replace(/package\.json$/, 'docs/rules.md')
const entriesDoc = createRequire(require.resolve('@plainspeak/core/package.json')).resolve('@plainspeak/dictionary/package.json').replace(/package\.json$/, 'dist/dictionaries.md')

// `module` first: some dependencies (jsonc-parser) ship a UMD `main` that requires its parts at
// run time, which a bundle cannot follow; their ES module build bundles whole.
const common = {bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, legalComments: 'none', logLevel: 'warning', mainFields: ['module', 'main']}

rmSync('dist', {recursive: true, force: true})
// The client needs no module URL (core's presentation helpers only look for their docs with it).
await build({...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], define: {'import.meta.url': 'undefined'}})
await build({
  ...common,
  entryPoints: [server],
  outfile: 'dist/server.js',
  // The dictionary loader finds its own folder through import.meta.url, which CommonJS lacks.
  define: {'import.meta.url': '__plainspeakImportMetaUrl'},
  banner: {js: 'var __plainspeakImportMetaUrl = require("node:url").pathToFileURL(__filename).href;'}
})
// The rule docs travel with the extension: diagnostics link to this copy (see local-docs.ts);
// the dictionary's entries (every term and acronym, with alternatives and sources) beside them.
cpSync(rulesDoc, 'dist/docs/rules.md')
cpSync(entriesDoc, 'dist/docs/dictionaries.md')
