import type {Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'

/**
 * The text of one nlcst node, as `nlcst-to-string` gives it. Most nodes are
 * a leaf or a word of one text node, so those skip the general walk: this is
 * called for every word of every sentence, several times.
 */
export function nodeText(node: Nodes): string {
  if ('value' in node) return node.value
  const children = node.children
  if (children.length === 1) {
    const only = children[0]!
    if ('value' in only) return only.value
  }
  return toString(node)
}
