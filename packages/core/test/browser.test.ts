import {build} from 'esbuild'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url))

describe('browser bundle', () => {
  it('bundles for the browser with no Node built-ins and no network code', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent'
    })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((input) => input.startsWith('node:') || /^(fs|path|http|https|net|tls|dgram|child_process|worker_threads)$/.test(input))).toEqual([])
    const code = result.outputFiles[0]!.text
    // No way to send text anywhere: no fetch, XMLHttpRequest, WebSocket, sendBeacon or EventSource in the engine.
    expect(code).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/)
  })
})
