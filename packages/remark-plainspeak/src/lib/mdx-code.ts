/**
 * MDX pages hold JavaScript beside the prose: `import`/`export` lines and `{expressions}`.
 * Plainspeak's engine reads Markdown and would take that code for sentences ("components" in
 * an import path is not jargon), so before the check each such span, as remark-mdx parsed it,
 * is blanked out with spaces. Line breaks stay, so every offset, line and column still points
 * into the original file. Plain Markdown has none of these nodes and is checked unchanged.
 */

/** The node types remark-mdx gives to JavaScript (JSX elements are HTML to the engine, which skips their tags). */
const codeTypes = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'])

interface Node {
  type: string
  position?: {start: {offset?: number}; end: {offset?: number}}
  children?: Node[]
}

export function blankOutMdxCode(text: string, tree: Node): string {
  const spans: Array<[number, number]> = []
  collectCodeSpans(tree, spans)
  if (spans.length === 0) return text
  let result = ''
  let done = 0
  for (const [start, end] of spans) {
    if (start < done) continue
    result += text.slice(done, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ')
    done = end
  }
  return result + text.slice(done)
}

function collectCodeSpans(node: Node, spans: Array<[number, number]>): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (codeTypes.has(node.type) && start !== undefined && end !== undefined) {
    spans.push([start, end])
    return
  }
  for (const child of node.children ?? []) collectCodeSpans(child, spans)
}
