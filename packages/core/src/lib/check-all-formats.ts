import {TextChecker, checkFunctions, type DocumentParsers} from './check.js'
import {parseHtml} from './document/html.js'
import {parseMarkdown} from './document/markdown.js'
import {parsePlainText} from './document/plain-text.js'

/** A checker that reads every format: plain text, Markdown and HTML. */
export class Checker extends TextChecker {
  static override readonly parsers: DocumentParsers = {text: parsePlainText, markdown: parseMarkdown, html: parseHtml}
}

export const {createChecker, check, checkParagraphs} = checkFunctions(Checker)
