/** Finding the config file for a folder: the nearest one walking up, remembered until `clear()`. */
import {rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ConfigFinder} from '../src/index.js'
import {folder} from './helpers.js'

describe('ConfigFinder.find', () => {
  it.each([
    ['.plainspeakrc.json', '{"audience": "board", "rules": {"jargon": "error"}}'],
    ['.plainspeakrc.yaml', 'audience: board\nrules:\n  jargon: error\n'],
    ['.plainspeakrc.yml', 'audience: board\nrules: {jargon: error}\n'],
    ['package.json', '{"name": "papers", "plainspeak": {"audience": "board", "rules": {"jargon": "error"}}}']
  ])('reads %s', async (name, text) => {
    const dir = await folder({[name]: text})
    expect(await new ConfigFinder().find(dir)).toEqual({file: path.join(dir, name), options: {audience: 'board', rules: {jargon: 'error'}}, dictionaries: []})
  })

  it('keeps every setting and resolves dictionaries against the config file', async () => {
    const dir = await folder({
      'team/.plainspeakrc.yaml': 'allow: [ICB]\nacronymScope: section\nreadingAge: 11\ndictionaries:\n  - ./words/local.yml\n  - words/\n  - words/../other.yml\n'
    })
    expect(await new ConfigFinder().find(path.join(dir, 'team'))).toEqual({
      file: path.join(dir, 'team/.plainspeakrc.yaml'),
      options: {allow: ['ICB'], acronymScope: 'section', readingAge: 11},
      dictionaries: [path.join(dir, 'team/words/local.yml'), path.join(dir, 'team/words'), path.join(dir, 'team/other.yml')]
    })
  })

  it('takes dictionaries from an organisation folder named by the person running it', async () => {
    const dir = await folder({'team/.plainspeakrc.yaml': 'dictionaries:\n  - ../words/local.yml\n', 'words/local.yml': ''})
    const config = await new ConfigFinder({organisationFolders: [path.join(dir, 'words')]}).find(path.join(dir, 'team'))
    expect(config?.dictionaries).toEqual([path.join(dir, 'words/local.yml')])
  })

  it('takes one dictionary path as a list of one', async () => {
    const dir = await folder({'.plainspeakrc.yml': 'dictionaries: local.yml\n'})
    expect((await new ConfigFinder().find(dir))?.dictionaries).toEqual([path.join(dir, 'local.yml')])
  })

  it('walks up from the folder, and the nearest file wins', async () => {
    const dir = await folder({
      '.plainspeakrc.json': '{"audience": "staff"}',
      'public/.plainspeakrc.yaml': 'audience: public\n',
      'public/pages/deep/.keep': '',
      'board/package.json': '{"plainspeak": {"audience": "board"}}'
    })
    const finder = new ConfigFinder()
    const audienceIn = async (sub: string) => (await finder.find(path.join(dir, sub)))?.options.audience
    expect(await audienceIn('')).toBe('staff')
    expect(await audienceIn('public/pages/deep')).toBe('public')
    expect(await audienceIn('board')).toBe('board')
    expect(await audienceIn('elsewhere/not/made')).toBe('staff')
  })

  it('prefers .plainspeakrc.json, then .yaml, .yml and package.json in one folder', async () => {
    const dir = await folder({'.plainspeakrc.yml': 'audience: staff\n', 'package.json': '{"plainspeak": {"audience": "board"}}', '.plainspeakrc.yaml': 'audience: public\n'})
    expect((await new ConfigFinder().find(dir))?.file).toBe(path.join(dir, '.plainspeakrc.yaml'))
  })

  it('passes over a package.json without a plainspeak key and keeps walking up', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"audience": "board"}', 'site/package.json': '{"name": "site"}'})
    expect((await new ConfigFinder().find(path.join(dir, 'site')))?.file).toBe(path.join(dir, '.plainspeakrc.json'))
  })

  it('passes over a folder that has a config file name', async () => {
    const dir = await folder({'.plainspeakrc.json/.keep': '', '.plainspeakrc.yml': 'audience: staff\n'})
    expect((await new ConfigFinder().find(dir))?.file).toBe(path.join(dir, '.plainspeakrc.yml'))
  })

  it('reads an empty file as no settings', async () => {
    const dir = await folder({'.plainspeakrc.yaml': '# nothing yet\n'})
    expect((await new ConfigFinder().find(dir))?.options).toEqual({})
  })

  it('remembers each folder until clear()', async () => {
    const dir = await folder({'.plainspeakrc.json': '{"audience": "board"}', 'a/b/.keep': ''})
    const finder = new ConfigFinder()
    expect((await finder.find(path.join(dir, 'a/b')))?.options.audience).toBe('board')
    await writeFile(path.join(dir, 'a/.plainspeakrc.yml'), 'audience: staff\n')
    await writeFile(path.join(dir, '.plainspeakrc.json'), '{"audience": "public"}')
    expect((await finder.find(path.join(dir, 'a/b')))?.options.audience).toBe('board')
    expect((await finder.find(dir))?.options.audience).toBe('board')
    finder.clear()
    expect((await finder.find(path.join(dir, 'a/b')))?.options.audience).toBe('staff')
    expect((await finder.find(dir))?.options.audience).toBe('public')
    await rm(path.join(dir, 'a/.plainspeakrc.yml'))
    finder.clear()
    expect((await finder.find(path.join(dir, 'a/b')))?.options.audience).toBe('public')
  })
})

describe('ConfigFinder.load', () => {
  it('reads a file named on purpose, whatever its name', async () => {
    const dir = await folder({'settings/team.yml': 'audience: staff\n'})
    expect(await new ConfigFinder().load(path.join(dir, 'settings/team.yml'))).toEqual({file: path.join(dir, 'settings/team.yml'), options: {audience: 'staff'}, dictionaries: []})
  })

  it('rejects with a plain FileReadError for a missing file', async () => {
    const dir = await folder()
    await expect(new ConfigFinder().load(path.join(dir, 'nope.json'))).rejects.toMatchObject({
      name: 'FileReadError',
      problem: 'missing',
      file: path.join(dir, 'nope.json'),
      message: 'File not found. Check the path and the spelling of the file name.'
    })
  })
})
