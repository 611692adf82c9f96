import {spelledOut, type AcronymInfo} from '../acronyms/analyse.js'
import {meaningsThatFitHere, nameSpelledOutBefore, spelledOutNearby} from '../acronyms/meanings.js'
import type {Block} from '../document/block.js'
import {audiencePresets} from './audiences.js'
import {withReviewNote} from '../dictionary/review-note.js'
import {defineRule} from './rule.js'

/** The first use of each acronym in each scope, when no definition comes at or before it. */
export function firstUsesWithoutDefinition(acronym: AcronymInfo) {
  const firstByScope = new Map<number, AcronymInfo['uses'][number]>()
  for (const use of acronym.uses) if (!firstByScope.has(use.scope)) firstByScope.set(use.scope, use)
  return [...firstByScope.values()].map((use) => ({
    use,
    definition: acronym.definitions.find((definition) => definition.scope === use.scope)
  }))
}

/**
 * GOV.UK: spell out an acronym the first time you use it, unless most people
 * know it (BBC, NHS). Reported once, at the first use in the document (or in
 * each section with `acronymScope: section`), offering the dictionary's
 * meanings that fit the document (see acronyms/meanings.ts). A glossary or abbreviation list
 * counts as spelling an acronym out only where the audience allows it (not for the public).
 */
export const acronymUndefined = defineRule({
  id: 'acronym-undefined',
  scope: 'document',
  level: 'word',
  subject: 'acronym',
  replaceAll: false,
  priority: 3,
  defaultSeverity: 'warning',
  label: 'Acronyms not spelled out',
  order: 1,
  replaceLabel: (text) => `Spell out: “${text}”`,
  summary: 'An acronym not spelled out at or before its first use, and not on the audience’s well-known list. A glossary counts as spelling it out for a board or staff, not for the public.',
  examples: [
    {bad: 'The JSNA shows rising demand.', good: 'The Joint Strategic Needs Assessment (JSNA) shows rising demand.'},
    {bad: 'Ask your GP or go to the ED.', good: 'Ask your GP or go to the emergency department.'},
    // PCN is also a penalty charge notice; the paper's other acronyms make it an NHS one.
    // A name with no known expansion, explained where it is used, is fine as it is.
    {bad: 'Everyone completes DIALOG at the first appointment.', good: 'Everyone completes DIALOG, a short questionnaire about quality of life, at the first appointment.'},
    {
      bad: 'The PCN agreed the plan with the ICB and local GP practices.',
      good: 'The primary care network agreed the plan with the integrated care board and local GP practices.'
    }
  ],
  check(context) {
    const glossarySpellsOut = audiencePresets[context.settings.audience].glossarySpellsOut
    for (const acronym of context.acronyms.acronyms.values()) {
      if (acronym.exempt || (acronym.documentDefinition && glossarySpellsOut)) continue
      for (const {use, definition} of firstUsesWithoutDefinition(acronym)) {
        if (definition) continue
        // The document's own glossary says which meaning it is (in the dictionary's case where they agree:
        // a glossary's rows start with a capital).
        const glossary = acronym.documentDefinition?.expansion
        const around = sentenceAround(context.blocks, use.start, use.end)
        const meanings = glossary
          ? [acronym.meanings.find((meaning) => meaning.toLowerCase() === glossary.toLowerCase()) ?? glossary]
          : meaningsThatFitHere(acronym.meanings, around.before)
        // Its meaning written out in the same sentence, before or after it, already tells the
        // reader: spelling it out again would say the name twice.
        if (spelledOutNearby(glossary ? [glossary] : acronym.meanings, around.before + ' ' + around.after)) continue
        // A name with no known meaning, written out in capitals just before it in the sentence, has been read.
        if (acronym.meanings.length === 0 && !glossary && nameSpelledOutBefore(acronym.key, around.before)) continue
        // A name with no known expansion, said what it is where it is first used, needs nothing more.
        if (meanings.length === 0 && use.explained) continue
        const spelled = meanings.map((meaning) => spelledOut(meaning, use))
        // "post-HRT": the meaning cannot go in after the hyphen as it stands, so it is named, not inserted.
        const expected = use.prefixed ? [] : spelled
        // "Spell out PCNs the first time you use them": the words agree with the acronym as written.
        const [it, itCould] = use.plural ? ['them', 'they could'] : ['it', 'it could']
        context.report({
          start: use.start,
          end: use.end,
          reason:
            meanings.length === 1
              ? `Spell out ${use.value} the first time you use ${it}: ${spelled[0]}.`
              : meanings.length > 1
                ? `Spell out ${use.value} the first time you use ${it}: ${itCould} mean ${meanings.map((meaning) => `“${meaning}”`).join(' or ')}.`
                : `Spell out ${use.value} the first time you use ${it}, or use plain words instead.`,
          expected,
          note: withReviewNote(
            'Readers outside the organisation may not know what an acronym stands for. GOV.UK: spell it out the first time, unless most people know it; better still, use plain words.' +
              (glossary ? ' The glossary helps, but for the public it does not replace spelling it out where it is first used.' : ''),
            acronym.entry?.review,
            'acronym'
          ),
          subject: use.value,
          data: {
            acronym: use.value,
            expansions: meanings,
            ...(acronym.entry ? {domain: acronym.entry.domain, source: acronym.entry.source, ...(acronym.entry.review ? {review: acronym.entry.review} : {})} : {})
          }
        })
      }
    }
  }
})

/** The text of the sentence before and after a use, within its block. */
function sentenceAround(blocks: readonly Block[], start: number, end: number): {before: string; after: string} {
  const block = blocks.find((candidate) => candidate.start <= start && end <= candidate.start + candidate.text.length)
  if (!block) return {before: '', after: ''}
  const before = block.text.slice(0, start - block.start)
  const after = block.text.slice(end - block.start)
  const opening = Math.max(before.search(/[^.!?\n]*$/), 0)
  const closing = after.search(/[.!?](?:\s|$)|\n/)
  return {before: before.slice(opening), after: closing === -1 ? after : after.slice(0, closing)}
}
