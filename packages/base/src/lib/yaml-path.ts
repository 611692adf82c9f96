/**
 * Walking a key path in parsed YAML: the one way Plainspeak finds where a value is written, for
 * dictionaries, config files and front matter alike, so every located error points at the data.
 */
import {isMap, isNode, isPair, isScalar, isSeq, type Document, type Node} from 'yaml'

/** One step along a key path: the key written for it (none for a list item) and its value (none when it is left empty). */
export interface KeyPathStep {
  key: Node | undefined
  value: Node | undefined
}

/**
 * The nodes along a key path (`['rules', 'passive']`, `[3, 'term']`), as far as the document has
 * them: the one way Plainspeak walks a path in YAML, for dictionaries and config files alike.
 */
export function walkKeyPath(contents: unknown, path: readonly (string | number)[]): KeyPathStep[] {
  const steps: KeyPathStep[] = []
  let node = contents
  for (const segment of path) {
    let step: KeyPathStep | undefined
    if (isSeq(node)) {
      const item = node.items[Number(segment)]
      if (isNode(item)) step = {key: undefined, value: item}
    } else if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment))
      if (pair) step = {key: isNode(pair.key) ? pair.key : undefined, value: isNode(pair.value) ? pair.value : undefined}
    }
    if (!step) break
    steps.push(step)
    if (!step.value) break
    node = step.value
  }
  return steps
}

/**
 * Where a key path is written, as an offset: its value (or its key, with `what: 'key'`, or when it
 * has no value); for a path that leads to something missing, the key of the deepest part that is
 * written; the document's start otherwise.
 */
export function keyPathOffset(document: Document, path: readonly (string | number)[], what: 'key' | 'value' = 'value'): number | undefined {
  const steps = walkKeyPath(document.contents, path)
  const last = steps.at(-1)
  const node = !last ? document.contents : steps.length === path.length && what === 'value' ? (last.value ?? last.key) : (last.key ?? last.value)
  return isNode(node) && node.range ? node.range[0] : undefined
}
