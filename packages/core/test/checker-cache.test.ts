import {describe, expect, it} from 'vitest'
import {check, CheckerCache, createChecker, type CheckOptions} from '../src/index.js'

describe('CheckerCache', () => {
  it('builds one checker per key, re-uses it, and drops the least recently used past its limit', () => {
    const cache = new CheckerCache<string>(2)
    const built: string[] = []
    const get = (key: string) => cache.get(key, () => (built.push(key), createChecker({audience: key as CheckOptions['audience']})))
    const board = get('board')
    expect(get('board')).toBe(board)
    get('staff')
    get('board')
    // Three keys, two places: staff was used least recently.
    get('public')
    expect(cache.size).toBe(2)
    expect(get('board')).toBe(board)
    get('staff')
    expect(built).toEqual(['board', 'staff', 'public', 'staff'])
  })

  it('forgets a key or everything on request', () => {
    const cache = new CheckerCache<string>()
    const first = cache.get('a', () => createChecker())
    cache.delete('a')
    expect(cache.get('a', () => createChecker())).not.toBe(first)
    cache.clear()
    expect(cache.size).toBe(0)
  })
})

describe('check() keeps a bounded number of checkers', () => {
  it('gives the same findings with the same options object and with a new one each time', () => {
    const options: CheckOptions = {audience: 'board'}
    const text = 'We will signpost residents going forward.'
    const again = [check(text, options), check(text, options), check(text, {audience: 'board'}), check(text, {audience: 'board'})]
    for (const result of again) expect(result.messages.map((message) => message.actual)).toEqual(again[0]!.messages.map((message) => message.actual))
  })
})
