import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import * as esbuild from 'esbuild'
import {describe, expect, it} from 'vitest'

// The task pane reads Word paragraphs only, so it imports `@plainspeak/core/text`, and its
// bundle must hold no Markdown or HTML parser (about 300 KB of the pane's script once did).
const root = dirname(dirname(fileURLToPath(import.meta.url)))

describe('the task pane bundle', () => {
  it('holds the engine but no Markdown or HTML parser', async () => {
    const result = await esbuild.build({
      entryPoints: [join(root, 'src', 'taskpane.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      minify: true,
      write: false,
      metafile: true,
      outdir: join(root, '.bundle-test'),
      // The dictionary schema's validators are precompiled by the real build; they do not matter here.
      external: ['ajv', 'ajv-formats', 'ajv-draft-04'],
      logLevel: 'silent'
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.some((file) => file.includes('parse-english'))).toBe(true)
    expect(inputs.some((file) => file.includes('packages/core/dist/lib/check.js'))).toBe(true)
    const parsers = inputs.filter((file) => /\/(?:micromark[^/]*|mdast-util-from-markdown|remark-parse|parse5|hast-util-from-html|rehype-parse)\//.test(file) || /core\/dist\/lib\/document\/(?:markdown|html)/.test(file))
    expect(parsers).toEqual([])
  })
})
