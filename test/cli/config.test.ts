/**
 * Config discovery (`.plainspeakrc.json`, `.yaml`, `.yml`, `package.json` key `plainspeak`,
 * walking up from each file, `--config`), dictionaries named in config, and bad configs: exit 2
 * with the file, the key and the valid values.
 */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {compact, makeFolder, parseJsonReport, runCli, samples} from './helpers.js'

// Each test runs the CLI several times; a loaded two-core CI machine needs more than the default.
vi.setConfig({testTimeout: 120_000})

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})
async function folder(files: Record<string, string>) {
  const made = await makeFolder(files)
  cleanups.push(made.cleanup)
  return made.dir
}

async function checkJson(dir: string, args: string[] = []) {
  const result = await runCli(['check', '-f', 'json', ...args], {cwd: dir})
  return {...result, report: result.code === 2 ? [] : parseJsonReport(result.stdout)}
}

const localDictionary = `- term: locality hub
  alternatives: [local office]
  kind: jargon
  source: lga-2009
  note: Residents do not know what a locality hub is.
`

describe('config discovery', () => {
  it.each([
    ['.plainspeakrc.json', '{"rules": {"jargon": "error"}}'],
    ['.plainspeakrc.yaml', 'rules:\n  jargon: error\n'],
    ['.plainspeakrc.yml', 'rules: {jargon: error}\n'],
    ['package.json', '{"name": "papers", "plainspeak": {"rules": {"jargon": "error"}}}']
  ])('reads %s', async (name, text) => {
    const dir = await folder({'a.txt': samples.jargon, [name]: text})
    const {code, report} = await checkJson(dir)
    expect(code).toBe(1)
    expect(report[0]!.messages.map((message) => `${message.ruleId} ${message.severity}`)).toEqual(['jargon error'])
  })

  it('ignores a package.json without a plainspeak key and keeps walking up', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"audience": "board"}', 'site/package.json': '{"name": "site"}', 'site/a.txt': samples.clean})
    const {report} = await checkJson(dir)
    expect(report[0]!.stats.targetReadingAge).toBe(12)
  })

  it('uses the nearest config for each file, walking up from its folder', async () => {
    const dir = await folder({
      '.plainspeakrc.json': '{"audience": "staff"}',
      'a.txt': samples.clean,
      'public/.plainspeakrc.yaml': 'audience: public\nreadingAge: 10\n',
      'public/pages/b.txt': samples.clean,
      'board/package.json': '{"plainspeak": {"audience": "board"}}',
      'board/c.txt': samples.clean
    })
    const {code, report} = await checkJson(dir)
    expect(code).toBe(0)
    expect(report.map((file) => `${file.path} ${file.stats.targetReadingAge}`)).toEqual(['a.txt 14', 'board/c.txt 12', 'public/pages/b.txt 10'])
  })

  it('--config replaces discovery; --audience and --rule apply over the config', async () => {
    const dir = await folder({
      '.plainspeakrc.json': '{"rules": {"jargon": "error"}}',
      'settings/team.yml': 'audience: staff\nrules:\n  jargon: "off"\n',
      'a.txt': samples.jargon
    })
    const withConfig = await checkJson(dir, ['--config', 'settings/team.yml'])
    expect(withConfig.code).toBe(0)
    expect(withConfig.report[0]!.messages).toEqual([])
    expect(withConfig.report[0]!.stats.targetReadingAge).toBe(14)
    // Every finding, suggestions too: which findings are in the default view is not what this test is about.
    const overridden = await checkJson(dir, ['--config', 'settings/team.yml', '--audience', 'board', '--rule', 'jargon=warning', '--suggestions'])
    expect(overridden.report[0]!.stats.targetReadingAge).toBe(12)
    expect(compact(overridden.report)).toEqual(['a.txt 1:9 jargon signpost'])
  })

  it('applies allow, acronymScope and readingAge', async () => {
    const dir = await folder({
      '.plainspeakrc.json': '{"allow": ["signpost"], "acronymScope": "section", "readingAge": 11}',
      'a.md': '# One\n\nThe Joint Strategic Needs Assessment (JSNA) is out. We signpost people.\n\n# Two\n\nThe JSNA is new.\n'
    })
    const {report} = await checkJson(dir)
    expect(report[0]!.stats.targetReadingAge).toBe(11)
    // "signpost" is allowed; JSNA must be spelled out again in the second section.
    expect(compact(report).filter((line) => !line.includes('readability'))).toEqual(['a.md 7:5 acronym-undefined JSNA'])
  })

  it('loads dictionaries named in config, relative to the config file, and --dictionary ones too', async () => {
    const dir = await folder({
      'team/.plainspeakrc.yaml': 'dictionaries:\n  - ../words/local.yml\n',
      'words/local.yml': localDictionary,
      'team/a.txt': 'Visit the locality hub.\n',
      'b.txt': 'Visit the locality hub.\n'
    })
    // words/ is outside team/'s folder tree: the config may name it only when it is named an organisation folder.
    const refused = await checkJson(dir)
    expect(refused).toMatchObject({code: 2, stdout: ''})
    expect(refused.stderr).toMatch(/^plainspeak: team\/\.plainspeakrc\.yaml:2:5: `dictionaries` names .*words\/local\.yml which is outside this project/)
    const {report} = await checkJson(dir, ['--organisation-folder', 'words'])
    // Only team/ uses the local dictionary; elsewhere the built-in one flags "locality" and "hub" on their own.
    expect(compact(report).filter((line) => line.includes('locality hub'))).toEqual(['team/a.txt 1:11 jargon locality hub'])
    const withFlag = await checkJson(dir, ['b.txt', '--dictionary', 'words/local.yml'])
    expect(compact(withFlag.report).filter((line) => line.includes('locality hub'))).toEqual(['b.txt 1:11 jargon locality hub'])
  })
})

describe('bad config: exit 2, naming the file, the key and the valid values', () => {
  it.each([
    ['.plainspeakrc.json', '{\n  "audience": "kids"\n}\n', '.plainspeakrc.json:2:15: Unexpected value `kids` for `audience`, expected one of `public`, `board`, `staff`, `patient`.'],
    ['.plainspeakrc.json', '{\n  "audience": "board",\n  "rulez": {}\n}\n', '.plainspeakrc.json:3:3: Unknown key `rulez`, expected one of `audience`, `rules`, `dictionaries`, `allow`, `acronymScope`, `readingAge`, `docsUrl`.'],
    ['.plainspeakrc.yaml', 'rules:\n  jargon: loud\n', '.plainspeakrc.yaml:2:11: Unexpected value `loud` for `rules.jargon`, expected one of `off`, `info`, `warning`, `error`.'],
    ['.plainspeakrc.yml', 'rules:\n  jargn: error\n', '.plainspeakrc.yml:2:3: Unknown rule `jargn` in `rules`, expected one of `acronym-undefined`'],
    ['.plainspeakrc.yml', 'readingAge: 40\n', '.plainspeakrc.yml:1:13: Unexpected value 40 for `readingAge`, expected a number from 5 to 21.'],
    ['.plainspeakrc.yml', 'acronymScope: chapter\n', '.plainspeakrc.yml:1:15: Unexpected value `chapter` for `acronymScope`, expected one of `document`, `section`.'],
    ['.plainspeakrc.yml', 'allow: signpost\n', '.plainspeakrc.yml:1:8: Unexpected value `signpost` for `allow`, expected a list of terms and acronyms.'],
    ['.plainspeakrc.yml', 'dictionaries: 7\n', '.plainspeakrc.yml:1:15: Unexpected value 7 for `dictionaries`, expected a list of paths to dictionary files'],
    ['.plainspeakrc.yml', '- audience\n', '.plainspeakrc.yml:1:1: Expected settings such as `audience: board`, not a list.'],
    ['package.json', '{"name": "x", "plainspeak": {"format": "markdown"}}', 'package.json:1:30: Unknown key `format`, expected one of'],
    ['.plainspeakrc.json', '{"audience": "board",}', '.plainspeakrc.json:1:22: This is not valid JSON'],
    ['.plainspeakrc.yaml', 'audience: [board\n', '.plainspeakrc.yaml:2:1: This is not valid YAML']
  ])('%s: %j', async (name, text, message) => {
    const dir = await folder({[name]: text, 'a.txt': samples.jargon})
    const result = await runCli(['check', 'a.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(`plainspeak: ${message}`)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.stdout).toBe('')
  })

  it('a config with three mistakes reports all three in one run, in the order of the file', async () => {
    const dir = await folder({'.plainspeakrc.yml': 'audience: pubic\ncolour: blue\nrules:\n  passive: loud\n', 'a.txt': samples.jargon})
    const result = await runCli(['check', 'a.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stdout).toBe('')
    expect(result.stderr).toBe(
      [
        'plainspeak: .plainspeakrc.yml:1:11: Unexpected value `pubic` for `audience`, expected one of `public`, `board`, `staff`, `patient`.',
        'plainspeak: .plainspeakrc.yml:2:1: Unknown key `colour`, expected one of `audience`, `rules`, `dictionaries`, `allow`, `acronymScope`, `readingAge`, `docsUrl`.',
        'plainspeak: .plainspeakrc.yml:4:12: Unexpected value `loud` for `rules.passive`, expected one of `off`, `info`, `warning`, `error`.',
        'Fix these 3 mistakes in .plainspeakrc.yml and run again.',
        ''
      ].join('\n')
    )
  })

  it('a config found walking up is reported by its path', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"audience": 3}', 'deep/down/a.txt': samples.jargon})
    const result = await runCli(['check'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('plainspeak: .plainspeakrc.json:1:14: Unexpected value 3 for `audience`')
  })

  it('--config naming a missing file', async () => {
    const dir = await folder({'a.txt': samples.jargon})
    const result = await runCli(['check', 'a.txt', '--config', 'nope.json'], {cwd: dir})
    expect(result).toMatchObject({code: 2, stderr: 'plainspeak: Cannot read the config file nope.json: File not found. Check the path and the spelling of the file name.\n'})
  })

  it('a broken dictionary named in config: the dictionary errors, located', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"dictionaries": ["local.yml"]}', 'local.yml': '- term: locality hub\n  kind: jargon\n  alternatives: [local office]\n', 'a.txt': samples.jargon})
    const result = await runCli(['check', 'a.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^plainspeak: local\.yml:1:3: error: Entry "locality hub" has no "source"\./m)
    expect(result.stderr).toContain('Fix the dictionary files named in .plainspeakrc.json and run again')
  })

  it('a missing dictionary named in config', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"dictionaries": ["gone.yml"]}', 'a.txt': samples.jargon})
    const result = await runCli(['check', 'a.txt'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/gone\.yml:1:1: error: File not found/)
  })

  it('invalid settings in Markdown front matter fail that file only', async () => {
    const dir = await folder({'a.md': '---\nplainspeak:\n  audience: kids\n---\n\nHello.\n', 'b.txt': samples.jargon})
    const result = await runCli(['check', '-f', 'json'], {cwd: dir})
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('plainspeak: cannot check a.md: In front matter (line 3): Unexpected value `kids` for `audience`')
    expect(compact(parseJsonReport(result.stdout))).toEqual(['b.txt 1:9 jargon signpost'])
  })
})
