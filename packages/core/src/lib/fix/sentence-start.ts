/**
 * Whether a sentence can start at an offset: nothing before it on its line but markup (a list
 * marker, a heading's hashes, a paragraph number such as "2.7", an opening bracket or quotation
 * mark), or the end of a sentence, a tag or a table cell. A capital there says nothing about
 * names, and words removed there leave the next word to take the capital.
 */
export function startsSentence(text: string, offset: number): boolean {
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', offset - 1) + 1), offset).replace(/[ \t\u00a0(*_"“‘'[]*$/u, '')
  return line === '' || /[.!?:>|]$/.test(line) || /^[ \t]*(?:[-*+]|\d{1,3}[.)]|\d{1,3}(?:\\?\.\d{1,3})+\\?\.?|#{1,6}|>)$/.test(line)
}
