/**
 * The ratchet on the judged figures: findings per 1,000 words, ACT and WRONG rates of the
 * default view, and recall of the editors' "must" marks, on whichever documents' texts are
 * here. Only openly licensed texts are committed, so CI holds the figures of those; a checkout
 * with the rest of the corpus (test/judged/.texts) holds those of the whole corpus too.
 * `node test/judged/ratchet.js --write` records the figures after a change that is meant to
 * move them (say why in the commit).
 */
import {describe, expect, it} from 'vitest'
// @ts-expect-error: plain JavaScript shared with the scripts.
import {compare, figuresKey, readFigures, summarise} from './ratchet.js'
// @ts-expect-error: plain JavaScript shared with the scripts.
import {score} from './score.js'

describe('judged figures (pnpm eval:judged)', () => {
  it('holds findings per 1,000 words, ACT, WRONG and recall for the documents whose texts are here', async () => {
    const figures = await score()
    const key = figuresKey(figures)
    const recorded = readFigures()[key]
    expect(recorded, `no figures recorded for this set of documents (${key}): run node test/judged/ratchet.js --write`).toBeDefined()
    expect(compare(summarise(figures), recorded)).toEqual([])
  }, 300_000)
})
