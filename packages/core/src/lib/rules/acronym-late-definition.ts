import {spelledOut} from '../acronyms/analyse.js'
import {defineRule} from './rule.js'
import {firstUsesWithoutDefinition} from './acronym-undefined.js'

/** An acronym used before the place where it is spelled out. */
export const acronymLateDefinition = defineRule({
  id: 'acronym-late-definition',
  scope: 'document',
  level: 'word',
  subject: 'acronym',
  replaceAll: false,
  priority: 3,
  defaultSeverity: 'warning',
  label: 'Acronyms spelled out too late',
  order: 2,
  summary: 'An acronym used before the place where it is spelled out.',
  examples: [
    {
      bad: 'The JSNA is out.\n\nThe Joint Strategic Needs Assessment (JSNA) shows rising demand.',
      good: 'The Joint Strategic Needs Assessment (JSNA) is out.\n\nThe JSNA shows rising demand.'
    }
  ],
  check(context) {
    for (const acronym of context.acronyms.acronyms.values()) {
      if (acronym.exempt || acronym.documentDefinition) continue
      for (const {use, definition} of firstUsesWithoutDefinition(acronym)) {
        if (!definition || definition.start <= use.start) continue
        context.report({
          start: use.start,
          end: use.end,
          reason: `Spell out ${use.value} here, at ${use.plural ? 'their' : 'its'} first use, not later on: ${spelledOut(definition.expansion, use, definition.plural)}.`,
          expected: use.prefixed ? [] : [spelledOut(definition.expansion, use, definition.plural)],
          note: 'Readers meet the acronym before they are told what it means. Spell it out the first time it appears.',
          subject: use.value,
          data: {acronym: use.value, expansion: definition.expansion, definedAt: definition.start}
        })
      }
    }
  }
})
