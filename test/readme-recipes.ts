/**
 * The README's recipes (pre-commit config, CI workflows) as the tests run them: each is the
 * fenced block right after a `<!-- recipe: NAME -->` comment, so the tests and the README
 * cannot drift apart.
 */
import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const readme = readFileSync(fileURLToPath(new URL('../README.md', import.meta.url)), 'utf8')

export function readmeRecipe(name: string): string {
  const match = new RegExp(`<!-- recipe: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\`\\n`).exec(readme)
  if (!match) throw new Error(`README.md has no \`<!-- recipe: ${name} -->\` followed by a fenced block`)
  return match[1]!
}
