/**
 * A real editor as the client: headless Neovim 0.7 (Debian `neovim`) runs `nvim/client.lua`,
 * which opens a Markdown file, applies a quick fix, asks for a hover and applies the fix-all,
 * printing what it gets.
 */
import {execFileSync, spawn} from 'node:child_process'
import {rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {fixtureDictionary, repoRoot, serverPath, temporaryFolder} from './helpers.js'

const nvim = (() => {
  try {
    return execFileSync('which', ['nvim'], {encoding: 'utf8'}).trim()
  } catch {
    return undefined
  }
})()

let folder: string

beforeAll(() => {
  folder = temporaryFolder('plainspeak-nvim-')
})

afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
})

function runNeovim(file: string): Promise<{code: number | null; stdout: string; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(nvim!, ['--headless', '--clean', '-c', `luafile ${path.join(repoRoot, 'test/language-server/nvim/client.lua')}`], {
      cwd: folder,
      env: {...process.env, PLAINSPEAK_SERVER: serverPath, PLAINSPEAK_FILE: file, PLAINSPEAK_DICTIONARY: fixtureDictionary},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({code, stdout, stderr})
    })
  })
}

describe.skipIf(!nvim)('headless Neovim', () => {
  it('shows diagnostics, applies a quick fix that removes its diagnostic, hovers, and applies the safe fixes only', async () => {
    const file = path.join(folder, 'paper.md')
    writeFileSync(file, '# Our plan\n\nWe will signpost residents to the JSNA team. We utilise the budget.\n\nGoing forward, we utilize “what we utilise” in `utilise`.\n')
    const {code, stdout, stderr} = await runNeovim(file)
    const lines = stdout.split('\n')
    expect(lines, stderr).toContain('DONE')
    expect(code).toBe(0)
    expect(lines).toContain('DIAGNOSTIC jargon 2:8 signpost')
    expect(lines).toContain('DIAGNOSTIC acronym-undefined 2:34 JSNA')
    expect(lines).toContain('DIAGNOSTIC jargon 2:48 utilise')
    // Neovim's own diagnostic list holds what the server published.
    expect(lines.find((line) => line.startsWith('NVIM DIAGNOSTICS'))).toMatch(/^NVIM DIAGNOSTICS [1-9]\d*$/)
    expect(lines).toContain('ACTION Replace “utilise” with “use”')
    expect(lines).toContain('LINE We will signpost residents to the JSNA team. We use the budget.')
    expect(lines.find((line) => line.startsWith('FIXED'))).toMatch(/^FIXED version \d+, \d+ diagnostics$/)
    // The hover adds why and where the advice comes from; Neovim shows the diagnostic's own message beside it.
    expect(lines.filter((line) => line.startsWith('HOVER '))).toEqual([
      'HOVER Residents may not know what being "signposted" means\\.',
      'HOVER Source: Local Government Association list of words councils should not use \\(2009\\)'
    ])
    // The fix-all: "signpost" has three replacements, and the quotation and the code are left alone.
    expect(lines).toContain('FIXALL Apply 3 safe Plainspeak fixes')
    expect(lines.filter((line) => line.startsWith('TEXT '))).toEqual([
      'TEXT # Our plan',
      'TEXT ',
      'TEXT We will signpost residents to the Joint Strategic Needs Assessment (JSNA) team. We use the budget.',
      'TEXT ',
      'TEXT From now on, we use “what we utilise” in `utilise`.'
    ])
  }, 120_000)
})
