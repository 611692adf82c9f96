/**
 * What a checker keeps between checks of Markdown, so that an edited document's unchanged parts
 * cost little: each chunk's tree (keyed by the chunk's text; trees are only read, never changed)
 * and the guard's verdict on each group of lines. Each checker has its own. Kept apart from the
 * Markdown parser (and named apart from it), so that a checker that reads no Markdown (the Word
 * pane's) bundles none of it.
 */
import type {Root} from 'mdast'
import {LruCache} from '../lru-cache.js'
import type {GuardVerdicts} from './markdown-guard.js'

export interface MarkdownMemo {
  trees: LruCache<string, Root>
  verdicts: GuardVerdicts
}

/** How many parsed chunks, and how many groups' verdicts, a checker keeps. */
const chunkLimit = 5000
const verdictLimit = 5000

export const createMarkdownMemo = (): MarkdownMemo => ({trees: new LruCache(chunkLimit), verdicts: new LruCache(verdictLimit)})
