/**
 * Shapes of YAML that hurt the parser, found before it runs. The `yaml` library composes nested
 * collections recursively: a few thousand levels exhaust the stack, and near the stack's end V8
 * can abort the whole process (it cannot be caught). Aliases that repeat aliases ("billion
 * laughs") multiply a small file into billions of values. Both are found here with a located,
 * plain message; no dictionary, config file or front matter needs either.
 *
 * Browser-safe: text in, problem out.
 */
import {isAlias, isCollection, isPair, isScalar, type Document, type Node} from 'yaml'

/** Deepest nesting accepted: a dictionary needs three levels, a config file four. */
export const maxYamlNesting = 64

/** Most values a file may stand for once its aliases are expanded. */
export const maxYamlExpandedValues = 100_000

/** 1-based line and column of a 0-based offset. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return {line, column: offset - lineStart + 1}
}

export interface YamlShapeProblem {
  /** 0-based offset into the text. */
  offset: number
  message: string
}

/**
 * Finds nesting deeper than `maxYamlNesting`: indentation (block collections, and `- - -`
 * compact lists) and brackets (`[[[` or `{{{`, outside quotes and comments). Linear in the text.
 */
export function findDeepNesting(text: string, limit = maxYamlNesting): YamlShapeProblem | undefined {
  // Block nesting: a level needs at least one column of indentation, or a "- " or "? " marker.
  // Generous (a line indented 200 spaces is rejected only past 64 levels of 3 columns).
  const columnLimit = limit * 3
  let lineStart = 0
  let depth = 0
  let quote: string | undefined
  let comment = false
  for (let index = 0; index <= text.length; index++) {
    const char = text[index]
    if (index === lineStart) {
      let column = index
      for (;;) {
        while (text[column] === ' ' || text[column] === '\t') column++
        if ((text[column] === '-' || text[column] === '?' || text[column] === ':') && (text[column + 1] === ' ' || text[column + 1] === '\t')) column += 2
        else break
      }
      if (column - index > columnLimit && text[column] !== '\n' && text[column] !== '\r' && column < text.length) {
        return {offset: column, message: `This line is indented or nested more than ${limit} levels deep. Check the indentation: no entry needs more than a few levels.`}
      }
    }
    if (char === undefined) break
    if (char === '\n') {
      lineStart = index + 1
      comment = false
      // A quoted scalar may span lines; anything else ends with the line.
      continue
    }
    if (comment) continue
    if (quote) {
      if (char === quote) {
        // '' inside single quotes is an escaped quote.
        if (quote === "'" && text[index + 1] === "'") index++
        else quote = undefined
      } else if (char === '\\' && quote === '"') {
        index++
      }
      continue
    }
    if (char === '#' && (index === 0 || /\s/.test(text[index - 1]!))) {
      comment = true
    } else if ((char === '"' || char === "'") && (index === 0 || /[\s[{,:]/.test(text[index - 1]!))) {
      quote = char
    } else if (char === '[' || char === '{') {
      depth++
      if (depth > limit) return {offset: index, message: `Brackets are nested more than ${limit} levels deep here. Check for a missing "]" or "}": no entry needs more than a few levels.`}
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--
    }
  }
  return undefined
}

/**
 * Finds aliases that expand to more than `limit` values, and names the one that contributes
 * most, at its place. Works on the parsed document, before anything is expanded.
 */
export function findAliasBomb(document: Document.Parsed, limit = maxYamlExpandedValues): YamlShapeProblem | undefined {
  const sizes = new Map<unknown, number>()
  let worst: {node: Node; size: number} | undefined
  /** Values `node` stands for; iterative, so deep documents cannot exhaust the stack. */
  const sizeOf = (root: unknown): number => {
    const stack: Array<{node: unknown; expanded: boolean}> = [{node: root, expanded: false}]
    const visiting = new Set<unknown>()
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      const {node} = top
      if (node === null || node === undefined || sizes.has(node)) {
        stack.pop()
        continue
      }
      if (!top.expanded && visiting.has(node)) {
        // Reached again through an alias while it is being counted: a cycle, counted once.
        stack.pop()
        continue
      }
      const children = childrenOf(node, document)
      if (!top.expanded) {
        top.expanded = true
        visiting.add(node)
        // An alias to a collection that contains it cannot be expanded at all; count it once.
        for (const child of children) if (!sizes.has(child) && !visiting.has(child)) stack.push({node: child, expanded: false})
        continue
      }
      stack.pop()
      visiting.delete(node)
      let size = isAlias(node) ? 0 : 1
      for (const child of children) size = Math.min(size + (sizes.get(child) ?? 1), Number.MAX_SAFE_INTEGER)
      sizes.set(node, size)
      // The largest alias; of equal ones, the first written.
      if (isAlias(node) && (!worst || size > worst.size || (size === worst.size && (node.range?.[0] ?? 0) < (worst.node.range?.[0] ?? 0)))) worst = {node, size}
    }
    return sizes.get(root) ?? 0
  }
  const total = sizeOf(document.contents)
  if (total <= limit || !worst) return undefined
  const name = (worst.node as unknown as {source?: string}).source
  return {
    offset: worst.node.range?.[0] ?? 0,
    message:
      `The alias${name ? ` *${name.slice(0, 40)}` : ''} here stands for ${worst.size.toLocaleString('en-GB')} values: aliases that repeat other aliases multiply ` +
      `(the file would expand to ${total.toLocaleString('en-GB')} values, over the limit of ${limit.toLocaleString('en-GB')}). Write the values out instead of repeating aliases.`
  }
}

function childrenOf(node: unknown, document: Document.Parsed): unknown[] {
  if (isAlias(node)) {
    const target = node.resolve(document)
    return target ? [target] : []
  }
  if (isPair(node)) return [node.key, node.value]
  if (isCollection(node)) return [...node.items]
  if (isScalar(node)) return []
  return []
}
