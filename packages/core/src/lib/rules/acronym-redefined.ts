import {defineRule} from './rule.js'

/** An expansion compared as a reader hears it: no case, punctuation, article, "&" or plural ending. */
const normal = (expansion: string) =>
  expansion
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an) /, '')
    .replace(/ (?:1[89]|20)\d\d$/, '')
    .replace(/(\p{L}{2,})$/u, singular)

/** The last word in the singular, roughly: boards → board, illnesses → illness, authorities → authority. */
function singular(word: string): string {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y'
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  if (/(?:ss|us|is)$/.test(word)) return word
  return word.replace(/s$/, '')
}

/** The same meaning: "integrated care boards" and "Integrated Care Board", or one adding a prefix ("NHS North East London"). */
function sameMeaning(first: string, second: string): boolean {
  const [a, b] = [normal(first), normal(second)]
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)
}

/**
 * An acronym spelled out again in the same section, or spelled out two different ways.
 * Spelling it out again in a later section is no fault: GOV.UK asks for it on every page, and
 * readers of a long report start where they need to.
 */
export const acronymRedefined = defineRule({
  id: 'acronym-redefined',
  scope: 'document',
  level: 'word',
  subject: 'acronym',
  replaceAll: false,
  priority: 3,
  defaultSeverity: 'info',
  label: 'Acronyms spelled out more than once',
  order: 8,
  summary: 'An acronym spelled out twice in the same section, or two different ways.',
  examples: [
    {
      bad: 'The Care Quality Commission (CQC) visited.\n\nThe Care Quality Commission (CQC) rated us good.',
      good: 'The Care Quality Commission (CQC) visited.\n\nThe CQC rated us good.'
    }
  ],
  check(context) {
    for (const acronym of context.acronyms.acronyms.values()) {
      const firstByScope = new Map<number, (typeof acronym.definitions)[number]>()
      const definedInSection = new Set<number>()
      for (const definition of acronym.definitions) {
        const first = firstByScope.get(definition.scope)
        const again = definedInSection.has(definition.section)
        definedInSection.add(definition.section)
        if (!first) {
          firstByScope.set(definition.scope, definition)
          continue
        }
        const same = sameMeaning(first.expansion, definition.expansion)
        if (same && !again) continue
        context.report({
          start: definition.start,
          end: definition.end,
          reason: same
            ? `${acronym.key} is already spelled out earlier: use ${acronym.key} on its own here.`
            : `${acronym.key} is spelled out two different ways: “${first.expansion}” and “${definition.expansion}”. Use one.`,
          expected: [],
          note: 'Spell an acronym out once, the first time, and the same way throughout, so readers know it is the same thing.',
          subject: acronym.key,
          data: {acronym: acronym.key, expansion: definition.expansion, firstExpansion: first.expansion, definedAt: first.start}
        })
      }
    }
  }
})
