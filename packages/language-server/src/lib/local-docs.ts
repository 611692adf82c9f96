/**
 * Where a diagnostic's rule link goes when the organisation has not named its own docs
 * (`docsUrl`): the rules page that ships with the server, as a `file:` link an editor opens in
 * place, at the rule's heading (`#L125`: VS Code and others open a file at that line; an editor
 * that does not simply opens the page). In the VS Code extension the page sits beside the
 * bundled server (`dist/docs/rules.md`); installed from npm, it is `@plainspeak/core`'s.
 */
import {existsSync, readFileSync} from 'node:fs'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {localRulesPage, ruleDocsLink, rulesPageName} from '@plainspeak/core'

export type DocsLink = (ruleId: string) => string

function rulesMarkdown(): string | undefined {
  const candidates = [new URL('docs/rules.md', import.meta.url).href, localRulesPage()?.replace(/\.html$/, '.md')]
  for (const candidate of candidates) {
    if (!candidate?.startsWith('file:')) continue
    const file = fileURLToPath(candidate)
    if (existsSync(file)) return file
  }
  return undefined
}

let cached: DocsLink | undefined

/** Links to the rules page shipped with the server, at each rule's heading. */
export function localDocsLink(): DocsLink {
  if (cached) return cached
  const file = rulesMarkdown()
  if (!file) {
    const base = localRulesPage() ?? rulesPageName
    return (cached = (ruleId) => ruleDocsLink(ruleId, base))
  }
  const href = pathToFileURL(file).href
  const lines = new Map<string, number>()
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const heading = /^## (\S+)$/.exec(line)
      if (heading) lines.set(heading[1]!, index + 1)
    })
  // A rule the shipped page has no heading for (one added from outside) is linked by its id, as core links it.
  return (cached = (ruleId) => (lines.has(ruleId) ? `${href}#L${lines.get(ruleId)}` : ruleDocsLink(ruleId, href)))
}
