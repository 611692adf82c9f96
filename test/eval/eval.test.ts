import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the harness is plain JavaScript so that `pnpm eval` runs on Node 20 without a build
import {evaluate, figuresOf, figuresPath, regressions} from './run.js'

// The ratchet: the built engine, checked against the labelled corpus, must not
// get noisier (findings per 1,000 words up) or less right (precision or recall
// down) than the figures held in figures.json, per audience and rule, beyond a
// small tolerance (run.js, `tolerance`). When the figures improve, or the corpus
// or its labels change, re-write them with `pnpm eval --write-figures` and
// commit figures.json with the change that moved them.

const held = JSON.parse(readFileSync(figuresPath, 'utf8'))

describe('evaluation corpus (pnpm eval)', async () => {
  const evaluation = await evaluate()
  const current = figuresOf(evaluation)

  it('is the corpus the held figures were measured on', () => {
    expect({documents: current.documents, words: current.words}, 'the corpus changed: run `pnpm eval --write-figures`').toEqual({documents: held.documents, words: held.words})
  })

  it('is no noisier and no less right than the held figures', () => {
    expect(regressions(held, current), 'see `pnpm eval`; if the change is right, run `pnpm eval --write-figures`').toEqual([])
  })
})
