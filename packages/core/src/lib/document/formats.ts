/**
 * The one list of document formats and the file extensions that hold them: the CLI's and the
 * language server's file discovery, the server's language ids and `formatFromPath` all read it.
 */
import type {Format} from '../rules/options.js'

/** Extensions of documents core reads as text, with their format. */
const byExtension: Record<string, Format> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', mdx: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  txt: 'text', text: 'text'
}

/** Every extension (without the dot) of a document core checks as text, Markdown or HTML. */
export const textFileExtensions: readonly string[] = Object.keys(byExtension)

/** The extensions named in messages to people: the common ones (the others are found all the same). */
export const commonTextFileExtensions: readonly string[] = ['md', 'markdown', 'txt', 'html', 'htm']

/** Editors' language ids for each format (LSP: `markdown`, `plaintext`, `html`). */
export const languageIdOfFormat: Record<Format, string> = {markdown: 'markdown', text: 'plaintext', html: 'html'}

/** The format to check a file in, from its name (`report.md` → `markdown`); plain text when unknown. */
export function formatFromPath(path: string): Format {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  return (extension && Object.hasOwn(byExtension, extension) && byExtension[extension]) || 'text'
}

/** The format for an editor's language id (`markdown`, `html`, `plaintext`; Neovim's `text`). */
export function formatFromLanguageId(languageId: string): Format {
  return languageId === 'markdown' ? 'markdown' : languageId === 'html' ? 'html' : 'text'
}
