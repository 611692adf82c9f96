/**
 * Every mistake in a config file is a `ConfigFileError` at the line and column of the key or
 * value, naming the key and the valid values. The CLI prints these as `file:line:column: message`,
 * the language server as a diagnostic.
 */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigFileError, ConfigFinder, parseConfigFile} from '../src/index.js'
import {folder} from './helpers.js'

const keys = '`audience`, `rules`, `dictionaries`, `allow`, `acronymScope`, `readingAge`, `docsUrl`'

describe('a config file that cannot be used', () => {
  it('is a ConfigFileError with the absolute file, line, column and message', () => {
    const error = failure('/project/.plainspeakrc.json', '{\n  "audience": "board",\n  "rulez": {}\n}\n')
    expect(error).toBeInstanceOf(ConfigFileError)
    expect(error).toMatchObject({
      name: 'ConfigFileError',
      file: path.resolve('/project/.plainspeakrc.json'),
      line: 3,
      column: 3,
      message: `Unknown key \`rulez\`, expected one of ${keys}.`
    })
  })

  it.each([
    ['bad JSON', '.plainspeakrc.json', '{"audience": "board",}', '1:22: This is not valid JSON: Expected double-quoted property name. Fix the file and run again.'],
    ['unfinished JSON', '.plainspeakrc.json', '{"allow": [', '1:12: This is not valid JSON: Unexpected end of JSON input. Fix the file and run again.'],
    ['bad YAML', '.plainspeakrc.yaml', 'audience: [board\n', '2:1: This is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. Fix the file and run again.'],
    ['a repeated YAML key', '.plainspeakrc.yml', 'audience: board\naudience: staff\n', '2:1: This is not valid YAML: Map keys must be unique. Fix the file and run again.'],
    ['an unknown key', '.plainspeakrc.yml', 'audience: board\nrulez: {}\n', `2:1: Unknown key \`rulez\`, expected one of ${keys}.`],
    ['a bad audience', '.plainspeakrc.json', '{\n  "audience": "kids"\n}\n', '2:15: Unexpected value `kids` for `audience`, expected one of `public`, `board`, `staff`, `patient`.'],
    ['a bad severity', '.plainspeakrc.yaml', 'rules:\n  jargon: loud\n', '2:11: Unexpected value `loud` for `rules.jargon`, expected one of `off`, `info`, `warning`, `error`.'],
    ['a bad readingAge', '.plainspeakrc.yml', 'readingAge: 40\n', '1:13: Unexpected value 40 for `readingAge`, expected a number from 5 to 21.'],
    ['a bad acronymScope', '.plainspeakrc.yml', 'acronymScope: chapter\n', '1:15: Unexpected value `chapter` for `acronymScope`, expected one of `document`, `section`.'],
    ['a docsUrl that is not an address', '.plainspeakrc.yml', 'docsUrl: intranet/plain-english\n', "1:10: Unexpected value `intranet/plain-english` for `docsUrl`, expected the full address of your organisation's copy of the rule docs, starting with https://."],
    ['a bad allow', '.plainspeakrc.yml', 'allow: signpost\n', '1:8: Unexpected value `signpost` for `allow`, expected a list of terms and acronyms.'],
    ['a bad dictionaries value', '.plainspeakrc.yml', 'dictionaries: 7\n', '1:15: Unexpected value 7 for `dictionaries`, expected a list of paths to dictionary files (relative to this config file).'],
    ['an empty dictionary path', '.plainspeakrc.json', '{"dictionaries": ["a.yml", ""]}', '1:18: Unexpected value ["a.yml",""] for `dictionaries`, expected a list of paths to dictionary files (relative to this config file).'],
    ['a list, not settings', '.plainspeakrc.yml', '- audience\n', '1:1: Expected settings such as `audience: board`, not a list. Check that this is a Plainspeak config file.'],
    ['a word, not settings', '.plainspeakrc.yml', 'board\n', '1:1: Expected settings such as `audience: board`, not plain text. Check that this is a Plainspeak config file.'],
    ['an unknown key in package.json', 'package.json', '{"name": "x", "plainspeak": {"format": "markdown"}}', `1:30: Unknown key \`format\`, expected one of ${keys}.`],
    ['a bad value in package.json', 'package.json', '{\n  "plainspeak": {\n    "readingAge": "twelve"\n  }\n}\n', '3:19: Unexpected value `twelve` for `readingAge`, expected a number from 5 to 21.'],
    ['a broken package.json', 'package.json', '{"name": "x",\n}', '2:1: This is not valid JSON: Expected double-quoted property name. Fix the file and run again.']
  ])('%s', (_, name, text, expected) => {
    expect(located(failure(`/project/${name}`, text))).toBe(expected)
  })

  it('an unknown rule: at the rule, with every rule id', () => {
    expect(located(failure('/project/.plainspeakrc.yml', 'rules:\n  jargn: error\n'))).toBe(
      '2:3: Unknown rule `jargn` in `rules`, expected one of `acronym-undefined`, `acronym-late-definition`, `acronym-redefined`, `jargon`, `simpler-word`, `inclusive`, `readability`, `sentence-length`, `passive`, `clinical-shorthand`, `third-person`.'
    )
  })

  it('lists every mistake in the file, in the order of the file, the first as the error itself', () => {
    const error = failure('/project/.plainspeakrc.yml', 'audience: pubic\nrules:\n  jargn: warning\n  passive: loud\ncolour: blue\n') as ConfigFileError
    expect(error.mistakes.map((mistake) => `${mistake.line}:${mistake.column}: ${mistake.message}`)).toEqual([
      '1:11: Unexpected value `pubic` for `audience`, expected one of `public`, `board`, `staff`, `patient`.',
      expect.stringMatching(/^3:3: Unknown rule `jargn` in `rules`, expected one of /),
      '4:12: Unexpected value `loud` for `rules.passive`, expected one of `off`, `info`, `warning`, `error`.',
      `5:1: Unknown key \`colour\`, expected one of ${keys}.`
    ])
    expect(located(error)).toBe('1:11: Unexpected value `pubic` for `audience`, expected one of `public`, `board`, `staff`, `patient`.')
    // One mistake is a list of one.
    expect((failure('/project/.plainspeakrc.yml', 'audience: pubic\n') as ConfigFileError).mistakes).toHaveLength(1)
  })

  it('a package.json without a plainspeak key: nothing found, unless it was named on purpose', async () => {
    expect(parseConfigFile('/project/package.json', '{"name": "x"}')).toBeUndefined()
    const dir = await folder({'package.json': '{"name": "x"}'})
    const error = await new ConfigFinder().load(path.join(dir, 'package.json')).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConfigFileError)
    expect(located(error)).toBe('1:1: This package.json has no `plainspeak` key. Add one, or name a .plainspeakrc.json file.')
  })

  it('a config found walking up rejects find() with its own path', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"audience": 3}', 'deep/down/.keep': ''})
    await expect(new ConfigFinder().find(path.join(dir, 'deep/down'))).rejects.toMatchObject({file: path.join(dir, '.plainspeakrc.json'), line: 1, column: 14})
  })

  it('does not crash on degenerate input', () => {
    for (const text of ['', ' ', '\n', 'null', '{}', '[]', '\u0000', '{"plainspeak": null}']) {
      for (const name of ['.plainspeakrc.json', '.plainspeakrc.yaml', 'package.json']) {
        try {
          parseConfigFile(`/project/${name}`, text)
        } catch (error) {
          expect(error).toBeInstanceOf(ConfigFileError)
        }
      }
    }
  })
})

function failure(file: string, text: string): unknown {
  try {
    parseConfigFile(file, text)
  } catch (error) {
    return error
  }
  throw new Error(`${file} was accepted`)
}

function located(error: unknown): string {
  if (!(error instanceof ConfigFileError)) throw error
  return `${error.line}:${error.column}: ${error.message}`
}
