/**
 * Recipes and examples from the READMEs, as the tests run them: each is the fenced block right
 * after a `<!-- recipe: NAME -->` (root README) or `<!-- example: NAME -->` (package READMEs)
 * comment, so the tests and the documentation cannot drift apart.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

export const rootReadme = fileURLToPath(new URL('../README.md', import.meta.url))

/** The block after `<!-- KIND: NAME -->` in a Markdown file, with its language; `undefined` when there is none. */
export function markedBlock(file: string, kind: 'recipe' | 'example', name: string): {language: string; code: string} | undefined {
  const text = readFileSync(file, 'utf8')
  const match = new RegExp(`<!-- ${kind}: ${name} -->\\n\`\`\`(\\w*)\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(text)
  return match ? {language: match[1]!, code: match[2]!} : undefined
}

/** A root README recipe; throws when the README lost it. */
export function readmeRecipe(name: string): string {
  const block = markedBlock(rootReadme, 'recipe', name)
  if (!block) throw new Error(`README.md has no \`<!-- recipe: ${name} -->\` followed by a fenced block`)
  return block.code
}
