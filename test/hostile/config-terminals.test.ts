/**
 * Round 3, items 5, 8 and 9: text from input must not command the terminal; config discovery
 * stops at the repository's root and never reads a config anyone could have planted; rule options
 * are checked; remark-plainspeak's bad options are plain messages; invalid UTF-8 is refused at
 * its own line; a .docx that points outside itself fetches nothing and quotes nothing.
 */
import {chmod, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the benchmark.
import {docxReachingOut, docxWithEscapes, listener, rawControls, terminalAttack} from '../bench/hostile-attacks/config.js'
import {makeDocsProject, remarkCli, runNode} from '../plugin/helpers.js'
import {expectContained, paper, project, runCli, secret, type Project} from './helpers.js'

vi.setConfig({testTimeout: 180_000})

let made: Project | undefined
afterEach(async () => {
  await made?.cleanup()
  made = undefined
})

/** What the terminal is sent, less the report's own colour codes (`ESC [ 33 m`). */
const withoutColour = (text: string) => text.replace(/\u001b\[(?:1|2|4|22|24|31|32|33|34|39|90)m/g, '')
const rawIn = (...texts: string[]): number => rawControls(...texts.map(withoutColour))
const shown = '\\u001b]52;c;cGxhaW5zcGVhaw==\\u0007\\u001b[2J\\u001b]0;pwned\\u0007\\u009b31m\\u007f'

describe('control characters from input reach the terminal only as visible text', () => {
  it('in file names from a folder walk: stylish with and without colour, and GitHub annotations', async () => {
    made = await project({'.git/HEAD': 'ref: refs/heads/main\n', [`notes${terminalAttack}.md`]: paper})
    for (const args of [['check', '--no-color'], ['check', '--color'], ['check', '-f', 'github'], ['stats', `notes${terminalAttack}.md`]]) {
      const run = await runCli(args, {cwd: made.dir})
      expectContained(run)
      expect(rawIn(run.stdout, run.stderr), args.join(' ')).toBe(0)
      expect(run.stdout, args.join(' ')).toContain(`notes${shown}.md`)
    }
    // With colour, the report's own colours are still there.
    expect((await runCli(['check', '--color'], {cwd: made.dir})).stdout).toContain('\u001b[33mwarning')
  })

  it('in a .docx paragraph opening (stylish quotes it) and a heading and acronym meaning (stats, glossary)', async () => {
    made = await project({
      '.git/HEAD': 'x\n',
      'paper.docx': docxWithEscapes(),
      'paper.md': `# Plan${terminalAttack}\n\nThe Joint Strategic Needs Assessment (JSNA) was agreed. The JSNA${terminalAttack} is out.\n`
    })
    const docx = await runCli(['check', '--no-color', 'paper.docx'], {cwd: made.dir})
    expectContained(docx)
    expect(rawIn(docx.stdout, docx.stderr)).toBe(0)
    // The opening, cut short, with its control characters shown.
    expect(docx.stdout).toContain('“\\u001b]52;c;cGxhaW5zcGVhaw==\\u0007\\u001b[2J')
    for (const args of [['stats', 'paper.md'], ['glossary', '-f', 'text', 'paper.md'], ['glossary', 'paper.md'], ['check', '--no-color', 'paper.md']]) {
      const run = await runCli(args, {cwd: made.dir})
      expectContained(run)
      expect(rawIn(run.stdout, run.stderr), args.join(' ')).toBe(0)
    }
    expect((await runCli(['stats', 'paper.md'], {cwd: made.dir})).stdout).toContain(`Plan${shown}`)
  })

  it('in error messages: a config value, a dictionary entry (dict lint) and an answers file name', async () => {
    const escaped = terminalAttack.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a').replace(/\u009b/g, '\\x9b').replace(/\u007f/g, '\\x7f')
    made = await project({
      '.git/HEAD': 'x\n',
      'bad/.plainspeakrc.yml': `audience: "board${escaped}"\n`,
      'bad/a.md': paper,
      'words.yml': `terms:\n  - term: "sign${escaped}post"\n    kind: jargonn\n`,
      [`answers${terminalAttack}.json`]: '{"not": "answers"}'
    })
    const config = await runCli(['check', 'bad/a.md'], {cwd: made.dir})
    expect(config.code).toBe(2)
    expect(config.stderr).toContain(`Unexpected value \`board${shown}\` for \`audience\``)
    const lint = await runCli(['dict', 'lint', 'words.yml'], {cwd: made.dir})
    const answers = await runCli(['review', 'import', `answers${terminalAttack}.json`, '--dictionary', 'ours.yml'], {cwd: made.dir})
    expect(answers.stderr).toContain(`answers${shown}.json`)
    for (const run of [config, lint, answers]) {
      expectContained(run)
      expect(rawIn(run.stdout, run.stderr)).toBe(0)
    }
  })
})

describe('config discovery', () => {
  const allOff = 'rules:\n  acronym-undefined: off\n  jargon: off\n  simpler-word: off\n  readability: off\n  sentence-length: off\n  passive: off\n'

  it('never reads a config from a folder anyone may write to, and says so', async () => {
    made = await project({'shared/.plainspeakrc.yml': allOff, 'shared/project/paper.md': paper})
    await chmod(path.join(made.dir, 'shared'), 0o777)
    const run = await runCli(['check', '-f', 'json', 'paper.md'], {cwd: path.join(made.dir, 'shared/project')})
    expectContained(run)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)[0].messages.map((message: {ruleId: string}) => message.ruleId)).toEqual(['jargon'])
    expect(run.stderr).toBe(
      `plainspeak: ignored ${path.join(made.dir, 'shared/.plainspeakrc.yml')}: its folder can be changed by anyone, so it may not be yours. Move it into your project, or name it with --config.\n`
    )
    // Named on purpose, it is read.
    const named = await runCli(['check', '-f', 'json', '--config', '../.plainspeakrc.yml', 'paper.md'], {cwd: path.join(made.dir, 'shared/project')})
    expect(JSON.parse(named.stdout)[0].messages).toEqual([])
  })

  it('stops at the repository root: a config above it (naming a broken dictionary) is not read, the root’s own is', async () => {
    made = await project({'.plainspeakrc.yml': 'dictionaries: [broken.yml]\n', 'broken.yml': 'terms:\n  - term: [oops\n', 'repo/.git/HEAD': 'x\n', 'repo/docs/paper.md': paper})
    const run = await runCli(['check', '-f', 'json', 'docs/paper.md'], {cwd: path.join(made.dir, 'repo')})
    expectContained(run)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)[0].messages).toHaveLength(1)
    await writeFile(path.join(made.dir, 'repo/.plainspeakrc.yml'), allOff)
    const rooted = await runCli(['check', '-f', 'json', 'docs/paper.md'], {cwd: path.join(made.dir, 'repo')})
    expect(JSON.parse(rooted.stdout)[0].messages).toEqual([])
  })

  it('outside a repository, stops at the home folder', async () => {
    made = await project({'.plainspeakrc.yml': allOff, 'home/project/paper.md': paper})
    const run = await runCli(['check', '-f', 'json', 'paper.md'], {cwd: path.join(made.dir, 'home/project'), env: {HOME: path.join(made.dir, 'home')}})
    expectContained(run)
    expect(JSON.parse(run.stdout)[0].messages).toHaveLength(1)
    // Without that boundary (HOME elsewhere), the walk reaches it, as before.
    const above = await runCli(['check', '-f', 'json', 'paper.md'], {cwd: path.join(made.dir, 'home/project'), env: {HOME: path.join(made.dir, 'elsewhere')}})
    expect(JSON.parse(above.stdout)[0].messages).toEqual([])
  })
})

describe('rule options', () => {
  const long = 'The council will set out in this plan how each of the services that it runs for residents will change over the next five years and why.\n'

  it('refuses a word, NaN, Infinity and out-of-range values in a config file, at their line and column', async () => {
    made = await project({'.git/HEAD': 'x\n', 'paper.md': long})
    const cases: Array<[string, string]> = [
      ['rules:\n  sentence-length: [warning, {max: abc}]\n', '.plainspeakrc.yml:2:36: Unexpected value `abc` for `sentence-length` option `max`, expected a whole number from 5 to 200.'],
      ['rules:\n  readability: [warning, {age: -1e308}]\n', '.plainspeakrc.yml:2:32: Unexpected value `-1e+308` for `readability` option `age`, expected a number from 5 to 21.'],
      ['rules:\n  sentence-length:\n    - warning\n    - farMax: .inf\n', '.plainspeakrc.yml:4:15: Unexpected value `Infinity` for `sentence-length` option `farMax`, expected a whole number from 5 to 200.'],
      ['rules:\n  passive: [info, {everything: true}]\n', '.plainspeakrc.yml:2:20: Unknown option `everything` for rule `passive`, expected one of `all`.']
    ]
    for (const [config, message] of cases) {
      await writeFile(path.join(made.dir, '.plainspeakrc.yml'), config)
      const run = await runCli(['check', 'paper.md'], {cwd: made.dir})
      expectContained(run)
      expect(run.code, config).toBe(2)
      expect(run.stderr, config).toBe(`plainspeak: ${message}\n`)
      expect(run.stdout).not.toContain('NaN')
    }
  })

  it('refuses max: .nan in front matter, naming the file and the line; other files are still checked', async () => {
    made = await project({'.git/HEAD': 'x\n', 'a.md': `---\ntitle: Plan\nplainspeak:\n  rules:\n    sentence-length: [warning, {max: .nan}]\n---\n\n${long}`, 'b.md': paper})
    const run = await runCli(['check', '-f', 'json', '.'], {cwd: made.dir})
    expectContained(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('plainspeak: cannot check a.md: In front matter (line 5): Unexpected value `NaN` for `sentence-length` option `max`, expected a whole number from 5 to 200.\n')
    expect(JSON.parse(run.stdout).map((file: {path: string}) => file.path)).toEqual(['b.md'])
  })

  it('refuses front matter of the wrong shape (allow: 5) plainly', async () => {
    made = await project({'.git/HEAD': 'x\n', 'a.md': `---\nplainspeak:\n  allow: 5\n---\n\n${paper}`})
    const run = await runCli(['check', 'a.md'], {cwd: made.dir})
    expectContained(run)
    expect(run.stderr).toContain('plainspeak: cannot check a.md: In front matter (line 3): Unexpected value 5 for `allow`, expected a list of terms and acronyms.')
  })
})

describe('remark-plainspeak options of the wrong shape', () => {
  it('the remark API throws a plain PlainspeakOptionError, never a TypeError', async () => {
    const {remark} = await import('remark')
    const {default: remarkPlainspeak} = await import('remark-plainspeak')
    const shapes: Array<[unknown, string]> = [
      [{dictionaries: [{terms: 5}]}, 'a layer is not a compiled dictionary'],
      [{dictionaries: [{terms: [5]}]}, 'a layer is not a compiled dictionary'],
      [{dictionaries: [{wellKnown: {public: 5}}]}, 'a layer is not a compiled dictionary'],
      [{rules: {'sentence-length': ['warning', {max: 'abc'}]}}, 'Unexpected value `abc` for `sentence-length` option `max`'],
      ['board', 'Unexpected options `board`, expected an object']
    ]
    for (const [options, message] of shapes) {
      // The plugin is attached when the processor first runs: the error may come before a promise does.
      const error = await (async () => remark().use(remarkPlainspeak, options as never).process(paper))().then(
        () => undefined,
        (failure: Error) => failure
      )
      expect(error?.name, JSON.stringify(options)).toBe('PlainspeakOptionError')
      expect(error?.message).toContain(`Bad remark-plainspeak option: `)
      expect(error?.message).toContain(message)
    }
    const file = await remark().use(remarkPlainspeak).process(`---\nplainspeak:\n  allow: 5\n---\n\n${paper}`).catch((failure: {fatal?: boolean; reason?: string}) => failure)
    expect(file).toMatchObject({fatal: true, reason: 'In front matter (line 3): Unexpected value 5 for `allow`, expected a list of terms and acronyms'})
  })

  it('remark-cli names the option on the file, with no stack trace', async () => {
    const docs = await makeDocsProject({'.remarkrc.json': JSON.stringify({plugins: [['remark-plainspeak', {dictionaries: [{terms: 5}]}]]}), 'paper.md': paper})
    try {
      const run = await runNode([remarkCli, 'paper.md', '--no-stdout', '--no-color'], docs.dir)
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('PlainspeakOptionError: Bad remark-plainspeak option: Unexpected value for `dictionaries`: a layer is not a compiled dictionary')
      expect(run.stderr).not.toContain('TypeError')
      expect(run.stderr).not.toMatch(/\n\s+at /)
    } finally {
      await docs.cleanup()
    }
  })
})

describe('invalid UTF-8 is refused at its own line and column', () => {
  it.each([
    ['a CESU-8 surrogate (ED A0 80)', [0xed, 0xa0, 0x80]],
    ['an overlong form (E0 80 80)', [0xe0, 0x80, 0x80]],
    ['past U+10FFFF (F4 90 80 80)', [0xf4, 0x90, 0x80, 0x80]]
  ])('%s', async (_name, bytes) => {
    made = await project({
      '.git/HEAD': 'x\n',
      'paper.txt': Buffer.concat([Buffer.from('Line one\nLine two '), Buffer.from(bytes), Buffer.from(' here\nLine three\nLine four\n')])
    })
    const run = await runCli(['check', 'paper.txt'], {cwd: made.dir})
    expectContained(run)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('plainspeak: cannot check paper.txt: This file is not valid UTF-8 text (the first bad byte is on line 2, column 10).')
  })
})

describe('a .docx that points outside itself', () => {
  it('fetches nothing and quotes nothing: external entities, a linked picture, an attached template, external altChunks, INCLUDETEXT', async () => {
    const server = await listener()
    try {
      made = await project({'.git/HEAD': 'x\n'})
      await writeFile(path.join(made.dir, 'paper.docx'), docxReachingOut({base: server.base, secretFile: made.secretFile, entities: false}))
      await writeFile(path.join(made.dir, 'entities.docx'), docxReachingOut({base: server.base, secretFile: made.secretFile}))
      const check = await runCli(['check', '-f', 'json', 'paper.docx', 'entities.docx'], {cwd: made.dir})
      expectContained(check)
      expect(check.code).toBe(2)
      // The document's own text is checked; its links outside are not followed.
      const [report] = JSON.parse(check.stdout)
      expect(report.messages.map((message: {actual: string}) => message.actual)).toEqual(['signpost'])
      // A document type with entities is refused, plainly, without reading them.
      expect(check.stderr).toBe('plainspeak: cannot check entities.docx: This .docx file could not be read: its text is not well-formed XML. Open it in Word and save it again.\n')
      for (const args of [['stats', 'paper.docx'], ['glossary', 'paper.docx'], ['review', 'paper.docx', '-o', 'sheet.html'], ['check', '-f', 'html', 'paper.docx', '-o', 'report.html']]) {
        const run = await runCli(args, {cwd: made.dir})
        expectContained(run)
        expect(run.code, args.join(' ')).toBe(0)
        expect(run.stdout + run.stderr).not.toContain('LISTENER-ANSWERED')
      }
    } finally {
      expect(await server.close()).toEqual([])
    }
    expect(secret).toMatch(/\w/)
  })
})
