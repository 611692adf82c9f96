import type {Format} from './options.js'

const byExtension: Record<string, Format> = {
  md: 'markdown', markdown: 'markdown', mdown: 'markdown', mkd: 'markdown', mdx: 'markdown',
  html: 'html', htm: 'html', xhtml: 'html',
  txt: 'text', text: 'text'
}

/** The format to check a file in, from its name (`report.md` → `markdown`); plain text when unknown. */
export function formatFromPath(path: string): Format {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  return (extension && byExtension[extension]) || 'text'
}

/** The format for an editor's language id (`markdown`, `html`, `plaintext`). */
export function formatFromLanguageId(languageId: string): Format {
  return languageId === 'markdown' ? 'markdown' : languageId === 'html' ? 'html' : 'text'
}
