import {defineRule} from '../rule.js'

/** An expansion compared as a reader hears it: no case, punctuation, article, "&" or plural ending. */
const normal = (expansion: string) =>
  expansion
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '')
    .replace(/(?<=\p{L}{3})s$/u, '')

/** The same meaning: "integrated care boards" and "Integrated Care Board", or one adding a prefix ("NHS North East London"). */
function sameMeaning(first: string, second: string): boolean {
  const [a, b] = [normal(first), normal(second)]
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)
}

/** An acronym spelled out again, or spelled out two different ways. */
export const acronymRedefined = defineRule({
  id: 'acronym-redefined',
  scope: 'document',
  level: 'word',
  priority: 3,
  defaultSeverity: 'info',
  summary: 'An acronym spelled out twice in the same scope, or two different ways.',
  examples: [
    {
      bad: 'The Care Quality Commission (CQC) visited.\n\nThe Care Quality Commission (CQC) rated us good.',
      good: 'The Care Quality Commission (CQC) visited.\n\nThe CQC rated us good.'
    }
  ],
  check(context) {
    for (const acronym of context.acronyms.acronyms.values()) {
      const firstByScope = new Map<number, (typeof acronym.definitions)[number]>()
      for (const definition of acronym.definitions) {
        const first = firstByScope.get(definition.scope)
        if (!first) {
          firstByScope.set(definition.scope, definition)
          continue
        }
        const same = sameMeaning(first.expansion, definition.expansion)
        context.report({
          start: definition.start,
          end: definition.end,
          reason: same
            ? `${acronym.key} is already spelled out earlier: use ${acronym.key} on its own here.`
            : `${acronym.key} is spelled out two different ways: “${first.expansion}” and “${definition.expansion}”. Use one.`,
          expected: [],
          note: 'Spell an acronym out once, the first time, and the same way throughout, so readers know it is the same thing.',
          data: {acronym: acronym.key, expansion: definition.expansion, firstExpansion: first.expansion, definedAt: first.start}
        })
      }
    }
  }
})
