import {markBlockRoles} from './block-roles.js'
import type {Element, ElementContent, Root, RootContent} from 'hast'
import rehypeParse from 'rehype-parse'
import {unified} from 'unified'
import {
  buildBlock,
  parseControlComment,
  type Block,
  type BlockKind,
  type ControlComment,
  type MarkupDefinition,
  type ParsedDocument,
  type PendingBlock,
  recordLink
} from './block.js'
import {capHtmlNesting} from './html-guard.js'

const parser = unified().use(rehypeParse)

/** Elements whose content is not prose. */
const skipped = new Set([
  'head', 'script', 'style', 'template', 'noscript', 'code', 'pre', 'kbd', 'samp', 'var',
  'svg', 'math', 'textarea', 'select', 'option', 'iframe', 'object', 'button'
])

/** Elements that start a block of their own, and what kind (a Map: a tag named `constructor` is no block). */
const blockKinds = new Map<string, BlockKind>(Object.entries({
  p: 'paragraph', div: 'paragraph', section: 'paragraph', article: 'paragraph', main: 'paragraph',
  header: 'paragraph', footer: 'paragraph', nav: 'paragraph', aside: 'paragraph', body: 'paragraph',
  address: 'paragraph', dl: 'paragraph', dt: 'paragraph', dd: 'paragraph', form: 'paragraph',
  fieldset: 'paragraph', legend: 'caption', details: 'paragraph', summary: 'paragraph',
  ul: 'list-item', ol: 'list-item', li: 'list-item', blockquote: 'quote',
  table: 'table-cell', tr: 'table-cell', td: 'table-cell', th: 'table-cell',
  caption: 'caption', figcaption: 'caption', figure: 'paragraph',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading'
}))


/** Deepest element walked; the nesting cap keeps trees far shallower, this only makes sure. */
const maxWalkDepth = 1000

export function parseHtml(text: string): ParsedDocument {
  // Elements nested deeper than the cap have their tags blanked (same length): `source` is what
  // is parsed and copied into blocks, `text` (identical but for those tags) is what is reported.
  const source = capHtmlNesting(text)
  const tree = parser.parse(source) as Root
  const blocks: Block[] = []
  const definitions: MarkupDefinition[] = []
  const controls: ControlComment[] = []
  let row = 0
  let pending: PendingBlock = {kind: 'paragraph', pieces: []}
  /** Depth of `<strong>` and `<b>` elements around the text being walked. */
  let bold = 0

  function flush(): void {
    const block = buildBlock(text, pending)
    pending.pieces = []
    pending.links = undefined
    if (block) blocks.push(block)
  }

  function walk(nodes: Array<RootContent | ElementContent>, depth: number): void {
    if (depth > maxWalkDepth) return
    for (const node of nodes) {
      if (node.type === 'text') {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        if (start !== undefined && end !== undefined) pending.pieces.push(bold > 0 ? {start, raw: source.slice(start, end), value: node.value, bold: true} : {start, raw: source.slice(start, end), value: node.value})
      } else if (node.type === 'comment') {
        const start = node.position?.start.offset
        const end = node.position?.end.offset
        const control = start === undefined || end === undefined ? undefined : parseControlComment(node.value, start, end)
        if (control) controls.push(control)
      } else if (node.type === 'element') {
        walkElement(node, depth + 1)
      }
    }
  }

  function walkElement(element: Element, depth: number): void {
    const name = element.tagName
    if (skipped.has(name)) return
    if (name === 'abbr' && typeof element.properties['title'] === 'string') recordAbbr(element)
    const kind = blockKinds.get(name)
    if (kind === undefined) {
      const owner = pending
      const from = pending.pieces.length
      const strong = name === 'strong' || name === 'b'
      if (strong) bold++
      walk(element.children, depth)
      if (strong) bold--
      // A link that holds a block of its own is not link text within one block.
      if (name === 'a' && element.properties['href'] !== undefined && pending === owner) recordLink(pending, from)
      return
    }
    const outer = pending
    flush()
    if (name === 'tr') row++
    // A paragraph inside a block quote is still quoted: "<blockquote><p>…</p></blockquote>".
    const quoted = outer.kind === 'quote' && kind === 'paragraph'
    pending = {kind: quoted || (kind === 'table-cell' && name !== 'td' && name !== 'th') ? outer.kind : kind, pieces: []}
    if (kind === 'heading') pending.depth = Number(name.slice(1))
    if (name === 'td' || name === 'th') pending.row = row
    else if (outer.row !== undefined && kind !== 'heading') pending.row = outer.row
    walk(element.children, depth)
    flush()
    pending = {...outer, pieces: [], links: undefined}
  }

  function recordAbbr(element: Element): void {
    const first = element.children[0]
    if (element.children.length !== 1 || first?.type !== 'text' || !first.position) return
    const leading = first.value.length - first.value.trimStart().length
    const acronym = first.value.trim()
    const start = first.position.start.offset! + leading
    definitions.push({acronym, expansion: String(element.properties['title']), start, end: start + acronym.length, scope: 'point'})
  }

  walk(tree.children, 0)
  flush()
  markBlockRoles(blocks)
  return {text, blocks, definitions, controls}
}
