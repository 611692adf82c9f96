// Round 3, writers (issue 23, items 2, 3 and part of 8): writers that follow a planted link,
// a staged file named like an option, folder names read as globs, and the language server's
// package.json edit.
import {readFileSync, rmSync, symlinkSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** A shell start-up file outside the project, as a pull request's planted link would target. */
const startUp = '# ~/.profile: the shell reads this at every login\n'

const answers = JSON.stringify({
  format: 'plainspeak-review-answers',
  version: 1,
  sheet: {id: '5eed5eed', title: 'Letter', created: '2026-12-04'},
  response: 'a1b2c3d4',
  saved: '2026-12-04T10:00:00.000Z',
  answers: [{id: 'term:signpost', kind: 'term', subject: 'signpost', understood: 'no', words: 'tell you about'}]
})

export default function register(attack, {runCli, folder, round, paper, root, LspClient, fileUri}) {
  // 2. Writers follow a link planted at the output name ----------------------------------------
  for (const [id, title, args, name] of [
    ['r3-2a', 'check --output plainspeak.sarif, a planted link to a file outside (README CI recipe)', ['check', '--format', 'sarif', '--output', 'plainspeak.sarif', 'paper.md'], 'plainspeak.sarif'],
    ['r3-2b', 'glossary -o a planted link', ['glossary', 'paper.md', '-o', 'glossary.md'], 'glossary.md'],
    ['r3-2c', 'stats -o a planted link', ['stats', 'paper.md', '-o', 'stats.txt'], 'stats.txt'],
    ['r3-2d', 'review -o a planted link', ['review', 'paper.md', '-o', 'sheet.html'], 'sheet.html'],
    ['r3-2e', '--write-baseline a planted link', ['check', 'paper.md', '--write-baseline', 'baseline.json'], 'baseline.json'],
    ['r3-2f', 'review import --write into a planted link', ['review', 'import', 'answers.json', '--dictionary', 'our-words.yml', '--write'], 'our-words.yml'],
    ['r3-2g', 'check --output reports/r.json, reports a planted link to a folder outside', ['check', 'paper.md', '--output', 'reports/.profile'], undefined]
  ]) {
    attack(id, title, async () => {
      const outside = folder({'.profile': startUp})
      const dir = folder({'paper.md': paper, 'answers.json': answers})
      if (name) symlinkSync(path.join(outside, '.profile'), path.join(dir, name))
      else symlinkSync(outside, path.join(dir, 'reports'))
      const result = await runCli(args, {cwd: dir})
      const outsideUnchanged = readFileSync(path.join(outside, '.profile'), 'utf8') === startUp
      rmSync(dir, {recursive: true, force: true})
      rmSync(outside, {recursive: true, force: true})
      return {...result, outsideUnchanged}
    })
  }

  // 3. A staged file named like an option, as pre-commit passes it ------------------------------
  attack('r3-3a', 'pre-commit passes a staged file named --output=notes.md', async () => {
    // pre-commit runs `entry args… files…`: the hook's own args from .pre-commit-hooks.yaml.
    const hooks = readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')
    const args = /^\s*args:\s*\[(.*)\]\s*$/m.exec(hooks)?.[1]?.split(',').map((arg) => arg.trim()).filter(Boolean) ?? []
    const notes = '# Notes\n\nKept by hand.\n'
    // notes.md is not staged: only the two documents are passed.
    const dir = folder({'--output=notes.md': 'We will leverage our partners going forward.\n', 'notes.md': notes, 'paper.md': paper})
    const result = await runCli(['check', ...args, '--output=notes.md', 'paper.md'], {cwd: dir})
    const notesUnchanged = readFileSync(path.join(dir, 'notes.md'), 'utf8') === notes
    rmSync(dir, {recursive: true, force: true})
    return {...result, notesUnchanged, findingsShown: result.stdout.includes('leverage')}
  })

  // 8. Folder names read as globs -------------------------------------------------------------
  attack('r3-8a', 'a folder named {.,..}: check walks only it', async () => {
    // `..` of site/{.,..} is the temporary folder, so a walk that reads the name as a glob stays small.
    const parent = folder({'above.md': 'We will leverage synergies going forward.\n', 'site/{.,..}/inside.md': paper, 'site/beside.md': paper})
    const result = await runCli(['check', '--format', 'json', 'site/{.,..}'], {cwd: parent})
    rmSync(parent, {recursive: true, force: true})
    let files = []
    try {
      files = JSON.parse(result.stdout).map((file) => path.basename(file.path))
    } catch {}
    // A file outside the folder that the walk reached, checked or refused.
    const reachedOutside = /above\.md|beside\.md/.test(files.join(' ') + result.stderr)
    return {...result, filesChecked: files.join(' '), reachedOutside}
  })
  attack('r3-8b', 'a folder named "Papers (draft)"', async () => {
    const dir = folder({'Papers (draft)/paper.md': paper})
    const result = await runCli(['check', '--format', 'json', 'Papers (draft)'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    let files = 0
    try {
      files = JSON.parse(result.stdout).length
    } catch {}
    return {...result, filesChecked: files}
  })

  // 8. "Add to the project dictionary" on a package.json ----------------------------------------
  for (const [id, title, text] of [
    ['r3-8c', 'add to allow list: package.json with a large integer and four-space indents', '{\n    "name": "council-site",\n    "build": 12345678901234567890,\n    "plainspeak": {"allow": ["ICB"]}\n}\n'],
    ['r3-8d', 'add to allow list: package.json with a repeated key', '{\n  "name": "council-site",\n  "scripts": {"test": "vitest"},\n  "scripts": {"lint": "eslint ."},\n  "plainspeak": {"allow": []}\n}\n']
  ]) {
    attack(id, title, async () => {
      const workspace = folder({'paper.md': paper, 'package.json': text})
      const timeFile = path.join(tmpdir(), `plainspeak-time-ls-${id}-${process.pid}`)
      const started = performance.now()
      const client = await LspClient.start({workspaceFolders: [workspace], wrapper: ['/usr/bin/time', '-f', '%e %M', '-o', timeFile]})
      let answer
      try {
        answer = await client.command('plainspeak.server.addToAllowList', {uri: fileUri(path.join(workspace, 'paper.md')), term: 'signpost'})
      } catch (error) {
        answer = {error: error.message}
      }
      const after = readFileSync(path.join(workspace, 'package.json'), 'utf8')
      const shown = client.received.filter((item) => item.method.startsWith('window/showMessage')).map((item) => item.params.message)
      const exit = await client.stop()
      const peakMb = Math.round(Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ')[1]) / 1024)
      rmSync(timeFile, {force: true})
      rmSync(workspace, {recursive: true, force: true})
      const figures = id === 'r3-8c' ? {largeIntegerKept: after.includes('12345678901234567890'), indentKept: after.includes('\n    "name"')} : {bothValuesKept: after.includes('vitest') && after.includes('eslint')}
      return {exit: exit.code, seconds: round((performance.now() - started) / 1000), peakMb, stdout: '', stderr: shown[0] ?? JSON.stringify(answer), ...figures}
    })
  }
}
