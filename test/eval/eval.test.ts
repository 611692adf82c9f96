import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
// @ts-expect-error: the harness is plain JavaScript so that `pnpm eval` runs on Node 20 without a build
import {corpusDir, evaluate, figuresOf, figuresPath, labelFiles, loadCorpus, regressions} from './run.js'

// The ratchet: the built engine, checked against the labelled corpus, must not
// get noisier (findings per 1,000 words up) or less right (precision or recall
// down) than the figures held in figures.json, per audience and rule, beyond a
// small tolerance (run.js, `tolerance`). When the figures improve, or the corpus
// or its labels change, re-write them with `pnpm eval --write-figures` and
// commit figures.json with the change that moved them.

const held = JSON.parse(readFileSync(figuresPath, 'utf8'))

describe('evaluation corpus', () => {
  const corpus = loadCorpus() as Array<{file: string; words: number; labels: unknown[]}>

  it('is large enough to judge by: at least 12 documents and 15,000 words', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12)
    expect(corpus.reduce((sum, document) => sum + document.words, 0)).toBeGreaterThanOrEqual(15_000)
  })

  it('lists every document in index.yml, and every label file belongs to a listed document', () => {
    const stems = corpus.map((document) => document.file.replace(/\.[^.]+$/, ''))
    const expected = [...corpus.map((document) => document.file), ...stems.flatMap((stem) => Object.keys(labelFiles).map((kind) => `${stem}.${kind}.yml`)), 'index.yml']
    expect(readdirSync(corpusDir).sort()).toEqual(expected.sort())
  })
})

describe('evaluation figures (pnpm eval)', async () => {
  const evaluation = await evaluate()
  const current = figuresOf(evaluation)

  it('is the corpus the held figures were measured on', () => {
    expect({documents: current.documents, words: current.words}, 'the corpus changed: run `pnpm eval --write-figures`').toEqual({documents: held.documents, words: held.words})
  })

  it('is no noisier and no less right than the held figures', () => {
    expect(regressions(held, current), 'see `pnpm eval`; if the change is right, run `pnpm eval --write-figures`').toEqual([])
  })
})
