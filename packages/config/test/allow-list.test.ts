/** "Add to the project dictionary": the term lands in `allow`, and a person's file stays theirs. */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {addToAllowList, ConfigFinder} from '../src/index.js'
import {folder} from './helpers.js'

const read = (file: string) => readFile(file, 'utf8')

describe('addToAllowList', () => {
  it('creates .plainspeakrc.json in the folder when there is no config file', async () => {
    const dir = await folder()
    expect(await addToAllowList(undefined, dir, 'JSNA')).toEqual({file: path.join(dir, '.plainspeakrc.json'), created: true, added: true})
    expect(await read(path.join(dir, '.plainspeakrc.json'))).toBe('{\n  "allow": [\n    "JSNA"\n  ]\n}\n')
    expect((await new ConfigFinder().find(dir))?.options.allow).toEqual(['JSNA'])
  })

  it('adds to a .plainspeakrc.json that appeared meanwhile rather than replacing it', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"audience": "board"}'})
    expect(await addToAllowList(undefined, dir, 'JSNA')).toEqual({file: path.join(dir, '.plainspeakrc.json'), created: false, added: true})
    expect(JSON.parse(await read(path.join(dir, '.plainspeakrc.json')))).toEqual({audience: 'board', allow: ['JSNA']})
  })

  it('keeps the indentation of a JSON file and its final line break', async () => {
    const dir = await folder({'.plainspeakrc.json': '{\n\t"audience": "board",\n\t"allow": ["ICB"]\n}\n'})
    await addToAllowList(path.join(dir, '.plainspeakrc.json'), dir, 'signpost')
    expect(await read(path.join(dir, '.plainspeakrc.json'))).toBe('{\n\t"audience": "board",\n\t"allow": ["ICB", "signpost"]\n}\n')
  })

  it('changes a JSON file only where the term goes: numbers, spacing and key order stay as written', async () => {
    const text = '{"name":"site",  "build": 12345678901234567890, "ratio": 1.50e3,\r\n "plainspeak": {\r\n    "allow": [\r\n        "ICB"\r\n    ]\r\n }}'
    const dir = await folder({'package.json': text})
    await addToAllowList(path.join(dir, 'package.json'), dir, 'signpost')
    expect(await read(path.join(dir, 'package.json'))).toBe(text.replace('"ICB"', '"ICB",\r\n        "signpost"'))
  })

  it('refuses a JSON file with a key written twice, or an allow that is not a list, and changes neither', async () => {
    const repeated = '{\n  "plainspeak": {"allow": []},\n  "plainspeak": {"audience": "board"}\n}\n'
    const notList = '{"allow": "ICB"}\n'
    const dir = await folder({'package.json': repeated, '.plainspeakrc.json': notList})
    await expect(addToAllowList(path.join(dir, 'package.json'), dir, 'signpost')).rejects.toThrow(
      'package.json has the key "plainspeak" twice in one object (line 3), so which value counts is not clear; remove one before adding to it. Nothing was changed.'
    )
    await expect(addToAllowList(path.join(dir, '.plainspeakrc.json'), dir, 'signpost')).rejects.toThrow('`allow` in .plainspeakrc.json is not a list (line 1); fix it before adding to it')
    expect(await read(path.join(dir, 'package.json'))).toBe(repeated)
    expect(await read(path.join(dir, '.plainspeakrc.json'))).toBe(notList)
  })

  it('keeps the comments of a YAML file', async () => {
    const dir = await folder({'.plainspeakrc.yaml': '# Board papers\naudience: board # set by the clerk\nallow:\n  - ICB\n'})
    await addToAllowList(path.join(dir, '.plainspeakrc.yaml'), dir, 'signpost')
    expect(await read(path.join(dir, '.plainspeakrc.yaml'))).toBe('# Board papers\naudience: board # set by the clerk\nallow:\n  - ICB\n  - signpost\n')
  })

  it('starts an allow list in a YAML file that has none', async () => {
    const dir = await folder({'.plainspeakrc.yml': '# Staff guidance\naudience: staff\n'})
    await addToAllowList(path.join(dir, '.plainspeakrc.yml'), dir, 'ICB')
    expect(await read(path.join(dir, '.plainspeakrc.yml'))).toBe('# Staff guidance\naudience: staff\nallow:\n  - ICB\n')
  })

  it('writes under the plainspeak key of a package.json, adding the key when needed', async () => {
    const dir = await folder({'a/package.json': '{\n    "name": "papers",\n    "plainspeak": {"audience": "board"}\n}\n', 'b/package.json': '{"name": "site"}'})
    await addToAllowList(path.join(dir, 'a/package.json'), dir, 'ICB')
    expect(await read(path.join(dir, 'a/package.json'))).toBe('{\n    "name": "papers",\n    "plainspeak": {\n        "audience": "board",\n        "allow": [\n            "ICB"\n        ]\n    }\n}\n')
    await addToAllowList(path.join(dir, 'b/package.json'), dir, 'ICB')
    expect(JSON.parse(await read(path.join(dir, 'b/package.json')))).toEqual({name: 'site', plainspeak: {allow: ['ICB']}})
  })

  it('does not add a term twice, in any letter case', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"allow": ["Signpost"]}\n', '.plainspeakrc.yml': 'allow: [ICB]\n'})
    expect(await addToAllowList(path.join(dir, '.plainspeakrc.json'), dir, 'signpost')).toEqual({file: path.join(dir, '.plainspeakrc.json'), created: false, added: false})
    expect(await read(path.join(dir, '.plainspeakrc.json'))).toBe('{"allow": ["Signpost"]}\n')
    expect((await addToAllowList(path.join(dir, '.plainspeakrc.yml'), dir, 'icb')).added).toBe(false)
    expect(await read(path.join(dir, '.plainspeakrc.yml'))).toBe('allow: [ICB]\n')
  })

  it('writes one term at a time, so quick additions all land', async () => {
    const dir = await folder()
    const terms = ['JSNA', 'ICB', 'signpost', 'PCN', 'place-based']
    const results = await Promise.all(terms.map((term, index) => addToAllowList(index === 0 ? undefined : path.join(dir, '.plainspeakrc.json'), dir, term)))
    expect(results.map((result) => result.added)).toEqual([true, true, true, true, true])
    expect(JSON.parse(await read(path.join(dir, '.plainspeakrc.json')))).toEqual({allow: terms})
  })

  it('refuses to edit a YAML file that is not valid', async () => {
    const dir = await folder({'.plainspeakrc.yaml': 'allow: [ICB\n'})
    await expect(addToAllowList(path.join(dir, '.plainspeakrc.yaml'), dir, 'PCN')).rejects.toThrow('.plainspeakrc.yaml is not valid YAML; fix it before adding to it')
    expect(await read(path.join(dir, '.plainspeakrc.yaml'))).toBe('allow: [ICB\n')
  })
})
