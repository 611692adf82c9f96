/**
 * A tiny element builder. Document text is untrusted: it only ever goes in as
 * text nodes, never as HTML.
 */
export type Child = Node | string | number | false | null | undefined
type Attribute = string | number | boolean | undefined | ((event: Event) => void)

function apply(element: Element, attributes: Record<string, Attribute>, children: readonly Child[]): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value)
    else element.setAttribute(name, value === true ? '' : String(value))
  }
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue
    element.append(typeof child === 'number' ? String(child) : child)
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, Attribute> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  apply(element, attributes, children)
  return element
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, Attribute> = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag)
  apply(element, attributes, children)
  return element
}
