/** Bundles the fake Office.js for the browser (esbuild, with the manifest shim). */
import {fileURLToPath} from 'node:url'
import {build} from 'esbuild'

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url))

export async function bundleFakeOffice(): Promise<string> {
  const result = await build({
    entryPoints: [here('./browser-entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    alias: {'office-addin-manifest': here('./office-addin-manifest-shim.ts')},
    logLevel: 'silent'
  })
  return result.outputFiles[0]!.text
}
