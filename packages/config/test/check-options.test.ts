/**
 * From a config file and the settings around it to core's options: each dictionary file its own
 * layer over the ones before, problems located and split into errors and warnings.
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {createChecker, messageToJson, type CheckOptions} from '@plainspeak/core'
import {describe, expect, it} from 'vitest'
import {ConfigFinder, DictionaryLayers, resolveCheckOptions} from '../src/index.js'
import {folder, jargonEntry} from './helpers.js'

/** Findings of the `jargon` rule only, as `line:column actual → alternatives`. */
function jargon(text: string, options: CheckOptions): string[] {
  return createChecker(options)
    .check(text)
    .messages.filter((message) => message.ruleId === 'jargon')
    .map(messageToJson)
    .map((message) => `${message.line}:${message.column} ${message.actual} → ${(message.expected ?? []).join(', ')}`)
}

const hub = 'Visit the locality hub.\n'

describe('resolveCheckOptions', () => {
  it('without a config file or settings: empty options', async () => {
    expect(await resolveCheckOptions({config: undefined})).toEqual({options: {}, key: '{"dictionaries":"0:"}', errors: [], warnings: []})
  })

  it('layers settings: editor defaults, then the config file, then overrides; rules merge rule by rule', async () => {
    const dir = await folder({'.plainspeakrc.yml': 'audience: board\nrules: {jargon: error, passive: "off"}\nallow: [ICB]\n'})
    const config = await new ConfigFinder().find(dir)
    const {options} = await resolveCheckOptions({
      config,
      defaults: {audience: 'staff', rules: {'sentence-length': 'off', jargon: 'info'}, readingAge: 10},
      overrides: {rules: {passive: 'warning'}}
    })
    expect(options).toEqual({audience: 'board', rules: {'sentence-length': 'off', jargon: 'error', passive: 'warning'}, allow: ['ICB'], readingAge: 10})
  })

  it('compiles each dictionary file as its own layer over the ones before it', async () => {
    const dir = await folder({
      'organisation.yml': jargonEntry('locality hub', 'local office'),
      'project/.plainspeakrc.yaml': 'dictionaries:\n  - words.yml\n  - quiet.yml\n',
      'project/words.yml': jargonEntry('locality hub', 'area office') + jargonEntry('wibble factor', 'appeal'),
      // Switching off an entry of a lower layer is not a warning: that lower layer is there.
      'project/quiet.yml': '- term: wibble factor\n  severity: off\n',
      'flag.yml': jargonEntry('area office', 'local team')
    })
    const config = await new ConfigFinder().find(path.join(dir, 'project'))
    const resolved = await resolveCheckOptions({config, defaults: {dictionaries: [path.join(dir, 'organisation.yml')]}, overrides: {dictionaries: [path.join(dir, 'flag.yml')]}})
    expect(resolved.errors).toEqual([])
    expect(resolved.warnings).toEqual([])
    expect(resolved.options.dictionaries).toHaveLength(4)
    expect(jargon(`${hub}The wibble factor. The area office.\n`, resolved.options)).toEqual([
      '1:11 locality hub → area office',
      '2:24 area office → local team'
    ])
  })

  it('returns dictionary problems located on their files, errors apart from warnings, and keeps the good entries', async () => {
    const dir = await folder({
      'broken.yml': jargonEntry('locality hub', 'local office') + '- term: wibble factor\n  kind: jargon\n  alternatives: [appeal]\n',
      'quiet.yml': '- term: wibble blob\n  severity: off\n'
    })
    const resolved = await resolveCheckOptions({config: undefined, overrides: {dictionaries: [path.join(dir, 'broken.yml'), path.join(dir, 'quiet.yml'), path.join(dir, 'gone.yml')]}})
    const compact = (problems: typeof resolved.errors) => problems.map((problem) => `${path.relative(dir, problem.file)}:${problem.line}:${problem.column}: ${problem.message}`)
    expect(compact(resolved.errors)).toEqual([
      'broken.yml:5:3: Entry "wibble factor" has no "source". Add "source:" with the id of the guidance it comes from (the ids are listed in sources.yml).',
      'gone.yml:1:1: File not found. Check the path and the spelling of the file name.'
    ])
    expect(compact(resolved.warnings)).toEqual([
      'quiet.yml:1:9: Entry "wibble blob" switches off a term that no lower dictionary has, so it does nothing. Check the spelling against the built-in term.'
    ])
    expect(jargon(hub, resolved.options)).toEqual(['1:11 locality hub → local office'])
  })

  it('keeps compiled layers in a DictionaryLayers until clear(), and knows which files they came from', async () => {
    const dir = await folder({'words/a.yml': jargonEntry('locality hub', 'local office'), 'b.yml': jargonEntry('wibble factor', 'appeal')})
    const layers = new DictionaryLayers()
    const request = {config: undefined, overrides: {dictionaries: [path.join(dir, 'words'), path.join(dir, 'b.yml')]}}
    const first = await resolveCheckOptions(request, layers)
    expect(layers.isDictionaryFile(path.join(dir, 'words/a.yml'))).toBe(true)
    expect(layers.isDictionaryFile(path.join(dir, 'b.yml'))).toBe(true)
    expect(layers.isDictionaryFile(path.join(dir, 'words.yml'))).toBe(false)
    expect(layers.isDictionaryFile(path.join(dir, 'c.yml'))).toBe(false)

    await writeFile(path.join(dir, 'words/a.yml'), jargonEntry('locality hub', 'area office'))
    const cached = await resolveCheckOptions(request, layers)
    expect(cached.key).toBe(first.key)
    expect(cached.options.dictionaries![0]).toBe(first.options.dictionaries![0])
    layers.clear()
    expect(layers.isDictionaryFile(path.join(dir, 'b.yml'))).toBe(false)
    const fresh = await resolveCheckOptions(request, layers)
    expect(fresh.key).not.toBe(first.key)
    expect(jargon(hub, fresh.options)).toEqual(['1:11 locality hub → area office'])
  })
})
