import {describe, expect, it} from 'vitest'
import {check, PlainspeakOptionError, resolveOptions} from '../src/index.js'
import {run} from './helpers.js'

describe('options', () => {
  it('names the option and the valid values when one is wrong', () => {
    const cases: Array<[unknown, string]> = [
      [{audience: 'everyone'}, 'Unexpected value `everyone` for `audience`, expected one of `public`, `board`, `staff`, `patient`'],
      [{format: 'pdf'}, 'Unexpected value `pdf` for `format`, expected one of `text`, `markdown`, `html`'],
      [{readingAge: 40}, 'Unexpected value 40 for `readingAge`, expected a number from 5 to 21'],
      [{acronymScope: 'page'}, 'Unexpected value `page` for `acronymScope`, expected one of `document`, `section`'],
      [{rules: {jargon: 'loud'}}, 'Unexpected value `loud` for `rules.jargon`, expected one of `off`, `info`, `warning`, `error`'],
      [{rules: {spelling: 'off'}}, 'Unknown rule `spelling` in `rules`, expected one of `acronym-undefined`, `acronym-late-definition`, `acronym-redefined`, `jargon`, `simpler-word`, `inclusive`, `readability`, `sentence-length`, `passive`'],
      [{allow: 'JSNA'}, 'Unexpected value `JSNA` for `allow`, expected a list of terms and acronyms'],
      [{colour: 'red'}, 'Unknown option `colour`, expected one of `format`, `audience`, `rules`, `allow`, `acronymScope`, `readingAge`, `dictionaries`, `builtinDictionary`']
    ]
    for (const [options, message] of cases) {
      expect(() => resolveOptions(options as never)).toThrow(message)
    }
  })

  it('sets severities, including error and off', () => {
    const result = run('We will signpost people.', {rules: {jargon: 'error', readability: 'off'}})
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.fatal])).toEqual([['jargon', 'error', true]])
    expect(run('We will signpost people.', {rules: {jargon: 'off', readability: 'off'}}).messages).toEqual([])
  })

  it('reads settings from Markdown front matter', () => {
    const text = '---\ntitle: Paper\nplainspeak:\n  audience: staff\n  allow: [signpost]\n---\n\nThe ICB will signpost people.'
    expect(run(text, {format: 'markdown'}).messages.map((m) => m.ruleId)).toEqual([])
    expect(() => run('---\nplainspeak:\n  audience: nobody\n---\n\nText.', {format: 'markdown'})).toThrow(/In front matter \(line 3\): Unexpected value `nobody` for `audience`/)
  })

  it('checks rule options against their ranges', () => {
    const rule = (id: string, options: Record<string, unknown>) => () => run('Text.', {rules: {[id]: ['warning', options]}} as never)
    expect(rule('sentence-length', {max: 'abc'})).toThrow('Unexpected value `abc` for `sentence-length` option `max`, expected a whole number from 5 to 200')
    expect(rule('sentence-length', {max: Number.NaN})).toThrow('Unexpected value `NaN` for `sentence-length` option `max`')
    expect(rule('sentence-length', {farMax: Infinity})).toThrow('`farMax`, expected a whole number from 5 to 200')
    expect(rule('readability', {age: -1e308})).toThrow('Unexpected value `-1e+308` for `readability` option `age`, expected a number from 5 to 21')
    expect(rule('readability', {minWords: 2.5})).toThrow('expected a whole number from 1 to 200')
    expect(rule('passive', {all: 'yes'})).toThrow('Unexpected value `yes` for `passive` option `all`, expected `true` or `false`')
    expect(rule('passive', {every: true})).toThrow('Unknown option `every` for rule `passive`, expected one of `all`')
    expect(rule('jargon', {max: 3})).toThrow('Unknown option `max` for rule `jargon`, it takes no options')
    expect(rule('sentence-length', {max: 30, farMax: 40})).not.toThrow()
    expect(() => run('---\nplainspeak:\n  rules:\n    sentence-length: [warning, {max: .nan}]\n---\n\nText.', {format: 'markdown'})).toThrow(
      'In front matter (line 4): Unexpected value `NaN` for `sentence-length` option `max`'
    )
  })

  it('rejects text that is not a string', () => {
    expect(() => check(42 as never)).toThrow(PlainspeakOptionError)
  })
})

describe('inline control comments', () => {
  const ids = (text: string, format: 'markdown' | 'html' = 'markdown') => run(text, {format}).messages.map((m) => `${m.ruleId} ${m.actual}`)

  it('disables and enables rules', () => {
    const text = 'We signpost.\n\n<!-- plainspeak-disable jargon -->\n\nWe signpost. The XYZ met.\n\n<!-- plainspeak-enable jargon -->\n\nWe utilise.'
    expect(ids(text)).toEqual(['acronym-undefined XYZ', 'jargon signpost', 'jargon utilise'].sort((a, b) => text.indexOf(a.split(' ')[1]!) - text.indexOf(b.split(' ')[1]!)))
  })

  it('disables every rule without ids, and ignores the next block', () => {
    expect(ids('<!-- plainspeak-disable -->\n\nWe signpost.\n\n<!-- plainspeak-enable -->\n\nWe utilise.')).toEqual(['jargon utilise'])
    expect(ids('<!-- plainspeak-ignore-next -->\nWe signpost.\n\nWe utilise.')).toEqual(['jargon utilise'])
    expect(ids('<p>We signpost.</p><!-- plainspeak-ignore-next --><p>We utilise.</p>', 'html')).toEqual(['jargon signpost'])
  })
})
