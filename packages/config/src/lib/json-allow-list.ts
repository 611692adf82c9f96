/**
 * Adds a term to the `allow` list of a JSON config file (or of a `package.json`'s `plainspeak`
 * key) by editing the text where the list is, not by parsing and printing the whole file:
 * reading a `package.json` into objects and writing it back would round large numbers
 * (`12345678901234567890`), keep one of two repeated keys, and lose the person's layout.
 *
 * A file with a key written twice in one object is refused: which value counts is not clear, and
 * an edit of one of them could make the other take effect.
 */
import {applyEdits, findNodeAtLocation, getNodeValue, modify, parseTree, printParseErrorCode, type Node, type ParseError} from 'jsonc-parser'
import {excerpt} from '@plainspeak/base'
import {AllowListError} from './allow-list-error.js'

/** The edited text, or `undefined` when the term is already allowed (in any letter case). */
export function addToJsonAllowList(text: string, term: string, name: string, at: readonly string[]): string | undefined {
  const errors: ParseError[] = []
  const tree = parseTree(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false})
  const first = errors[0]
  if (first || !tree) {
    const where = first ? ` at line ${lineOf(text, first.offset)} (${printParseErrorCode(first.error)})` : ''
    throw new AllowListError(`${name} is not valid JSON${where}; fix it before adding to it`)
  }
  if (tree.type !== 'object') throw new AllowListError(`${name} does not hold settings; fix it before adding to it`)
  const repeated = firstRepeatedKey(tree)
  if (repeated) {
    throw new AllowListError(
      `${name} has the key "${excerpt(repeated.key, 60)}" twice in one object (line ${lineOf(text, repeated.offset)}), so which value counts is not clear; remove one before adding to it. Nothing was changed.`
    )
  }
  const settings = at.length > 0 ? findNodeAtLocation(tree, [...at]) : tree
  if (settings && settings.type !== 'object') throw new AllowListError(`\`${at.join('.')}\` in ${name} is not an object of settings; fix it before adding to it`)
  const list = settings ? findNodeAtLocation(settings, ['allow']) : undefined
  if (list && list.type !== 'array') throw new AllowListError(`\`allow\` in ${name} is not a list (line ${lineOf(text, list.offset)}); fix it before adding to it`)
  const items: unknown[] = list ? (getNodeValue(list) as unknown[]) : []
  if (items.some((item) => typeof item === 'string' && item.toLowerCase() === term.toLowerCase())) return undefined

  const indent = /^([ \t]+)["}\]]/m.exec(text)?.[1] ?? '  '
  const formattingOptions = {insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n'}
  if (list && !text.slice(list.offset, list.offset + list.length).includes('\n')) {
    // A list on one line stays on one line.
    const last = list.children?.at(-1)
    const end = last ? last.offset + last.length : list.offset + 1
    return text.slice(0, end) + (last ? ', ' : '') + JSON.stringify(term) + text.slice(end)
  }
  const edits = list
    ? modify(text, [...at, 'allow', -1], term, {formattingOptions, isArrayInsertion: true})
    : modify(text, [...at, 'allow'], [term], {formattingOptions})
  return applyEdits(text, edits)
}

/** The first key written twice in the same object, anywhere in the file. */
function firstRepeatedKey(node: Node): {key: string; offset: number} | undefined {
  if (node.type === 'object') {
    const keys = new Set<string>()
    for (const property of node.children ?? []) {
      const keyNode = property.children?.[0]
      if (!keyNode) continue
      const key = String(keyNode.value)
      if (keys.has(key)) return {key, offset: keyNode.offset}
      keys.add(key)
    }
  }
  for (const child of node.children ?? []) {
    const found = firstRepeatedKey(child)
    if (found) return found
  }
  return undefined
}

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}
