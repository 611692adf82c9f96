import {describe, expect, it} from 'vitest'
import {check} from '../src/index.js'
import {actuals, findings, simplerWord, testDictionary} from './helpers.js'

describe('simpler-word', () => {
  it('reports a reviewed pattern with the full message contract', () => {
    const [message] = check('Not many residents replied.', {builtinDictionary: false, dictionaries: [testDictionary]}).messages
    expect(message).toMatchObject({
      ruleId: 'simpler-word',
      severity: 'info',
      actual: 'Not many',
      expected: ['Few'],
      reason: 'Use “Few” instead of “Not many”.',
      data: {pattern: 'not many', group: {id: 'simpler-word:not many', count: 1, ordinal: 1}}
    })
    expect(message!.note).toMatch(/Everyday words/)
  })

  it('offers only the reviewed alternatives, and "remove it" only where the review allows it', () => {
    expect(findings('In addition, we will call.', 'simpler-word')).toEqual(['1:1-1:12: Use “Also” instead of “In addition”, or remove it.'])
  })

  it('never reports a pattern the review switches off, or one it does not list', () => {
    expect(actuals('Send it to your address. Then identify the risk. There is no charge.', 'simpler-word')).toEqual([])
  })

  it('honours `unless` contexts and audiences', () => {
    expect(actuals('An indication of demand.', 'simpler-word')).toEqual(['indication'])
    expect(actuals('The clinical indication for the drug.', 'simpler-word')).toEqual([])
    expect(actuals('Numerous people came.', 'simpler-word')).toEqual(['Numerous'])
    expect(actuals('Numerous people came.', 'simpler-word', {audience: 'board'})).toEqual([])
  })

  it('leaves words in a name alone', () => {
    expect(actuals('The Not Many Trust replied.', 'simpler-word')).toEqual([])
  })

  it('lets a later layer switch a pattern off', () => {
    const layer = {simplerWords: [simplerWord('not many', [], {off: 'Our readers are fine with it.'})]}
    expect(actuals('Not many came.', 'simpler-word', {dictionaries: [testDictionary, layer]})).toEqual([])
  })

  it('says nothing without a reviewed list', () => {
    expect(actuals('Not many came.', 'simpler-word', {dictionaries: [{...testDictionary, simplerWords: []}]})).toEqual([])
  })
})
