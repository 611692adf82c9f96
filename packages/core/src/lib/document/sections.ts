import type {Block} from './block.js'

/**
 * The deepest heading level that starts a section for the acronym rules and explain-once: "#" and
 * "##" (a title and its parts), or the document's top level where it starts lower. A page whose
 * parts are "#### England" and "#### Wales" has sections too: spelling an acronym out again under
 * each is what GOV.UK asks, not a repeat.
 */
export function sectionHeadingDepth(blocks: readonly Block[]): number {
  let top = Infinity
  for (const block of blocks) if (block.kind === 'heading' && !block.implied) top = Math.min(top, block.depth ?? 1)
  return Math.max(2, top === Infinity ? 2 : top)
}
