/**
 * Checks on one entry that a JSON schema cannot express. Each check is a small function in a
 * table, so adding an invariant is one function plus one line; the loader locates what they
 * find from the path inside the entry.
 */
import {excerpt} from '@plainspeak/base'
import {escapeRegExp, termKey} from './text-keys.js'
import {acronymDomains, type AcronymEntry, type CodeEntry, type ProblemSeverity, type SimplerWordEntry, type TermEntry} from './types.js'

export interface EntryFinding {
  /** Path inside the entry to the offending value, e.g. `['alternatives', 2]`. */
  path: (string | number)[]
  message: string
  severity?: ProblemSeverity
}

type Check<Entry> = (entry: Entry, label: string) => EntryFinding[]

/**
 * Alternatives are inserted into the text as they are (quick fixes), so anything that reads
 * like an instruction to the writer — `(omit)`, `[name the groups]`, `give the age...` — would
 * end up in someone's report.
 */
const placeholderPattern = /[()[\]]|\.\.\.|\u2026/

/** What a term may be made of: words (letters, marks, digits) joined by spaces, hyphens, apostrophes, `.`, `/` or `&`. */
const termCharacter = /[\p{L}\p{M}\p{N}\s'’\-‐‑./&]/u

/**
 * Terms are matched word by word and anything else is ignored, so a term without a letter, or
 * with characters that are not part of words, would match something else entirely: `(a+)+$`
 * matches every "a", and fix-all would replace each one.
 */
function spellingProblem(spelling: string): string | undefined {
  if (!/\p{L}/u.test(spelling)) return 'has no letters'
  const others = [...new Set([...spelling].filter((char) => !termCharacter.test(char)))]
  if (others.length === 0) return undefined
  const shown = others.slice(0, 6).map((char) => `"${/[\p{C}\p{Z}]/u.test(char) ? `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : char}"`)
  return `has characters that are not part of words (${shown.join(', ')}${others.length > 6 ? ', …' : ''}), which matching ignores`
}

const termChecks: Check<TermEntry>[] = [
  function termsThatAreNotWords(entry, label) {
    const spellings: Array<[string, (string | number)[]]> = [[entry.term, ['term']], ...entry.forms.map((form, index): [string, (string | number)[]] => [form, ['forms', index]])]
    return spellings.flatMap(([spelling, path]) => {
      const problem = spellingProblem(spelling)
      if (!problem) return []
      const what = path[0] === 'term' ? 'its term' : `its form "${excerpt(spelling)}"`
      return [{path, message: `${label}: ${what} ${problem}. Terms are matched word by word: write the words only, such as "signpost" or "going forward".`}]
    })
  },

  function formsRepeatingTheTerm(entry, label) {
    const findings: EntryFinding[] = []
    const seen = new Set([termKey(entry.term)])
    entry.forms.forEach((form, index) => {
      const key = termKey(form)
      if (key === termKey(entry.term)) {
        findings.push({path: ['forms', index], message: `${label} lists its own term "${form}" in forms. Remove it from forms.`})
      } else if (seen.has(key)) {
        findings.push({path: ['forms', index], message: `${label} lists the form "${form}" twice. Remove the second one.`})
      }
      seen.add(key)
    })
    return findings
  },

  function alternativesRepeatingTheTerm(entry, label) {
    const own = new Map([[termKey(entry.term), `its own term`], ...entry.forms.map((form) => [termKey(form), `its own form`] as const)])
    return entry.alternatives.flatMap((alternative, index) => {
      const what = own.get(termKey(alternative))
      return what
        ? [{path: ['alternatives', index], message: `${label} offers ${what} "${alternative}" as an alternative. Remove it from alternatives.`}]
        : []
    })
  },

  function framesForUnknownAlternatives(entry, label) {
    if (!entry.frames) return []
    return Object.keys(entry.frames)
      .filter((alternative) => !entry.alternatives.includes(alternative))
      .map((alternative) => ({
        path: ['frames', alternative],
        message: `${label} gives frames for "${alternative}", which is not one of its alternatives${entry.alternatives.length > 0 ? ` (${entry.alternatives.map((item) => `"${item}"`).join(', ')})` : ''}. Name an alternative exactly as it is written in "alternatives".`
      }))
  },

  function duplicateAlternatives(entry, label) {
    return repeatedItems(entry.alternatives, 'alternatives', (alternative) => `${label} lists the alternative "${alternative}" twice. Remove the second one.`)
  },

  function placeholderAlternatives(entry, label) {
    return placeholderFindings(entry.alternatives, label)
  },

  function explainEntryWithAlternatives(entry, label) {
    // An explain entry is a term of art: swapping it for another word would change the meaning.
    if (entry.action !== 'explain') return []
    return entry.alternatives.map((alternative, index) => ({
      path: ['alternatives', index],
      message: `${label} is an explain entry, so it never offers a replacement, but it lists "${alternative}". Remove its alternatives (a plain explanation goes in "explanation"), or remove "action: explain" if the words really can be swapped.`
    }))
  },

  function explainEntryWithIdeas(entry, label) {
    if (entry.action !== 'explain' || !entry.ideas) return []
    return [
      {
        path: ['ideas'],
        message: `${label} is an explain entry, so it asks for an explanation, not other words, but it lists ideas. Remove "ideas" (a plain explanation goes in "explanation"), or remove "action: explain".`
      }
    ]
  },

  function ideaAlsoAnAlternative(entry, label) {
    const alternatives = new Set(entry.alternatives.map((alternative) => alternative.toLowerCase()))
    return (entry.ideas ?? []).flatMap((idea, index) =>
      alternatives.has(idea.toLowerCase())
        ? [{path: ['ideas', index], message: `${label} lists "${idea}" both as an alternative (inserted) and as an idea (never inserted). Keep it in one of the two.`}]
        : []
    )
  },

  function explanationOnReplaceEntry(entry, label) {
    if (entry.explanation === undefined || entry.action === 'explain') return []
    return [
      {
        path: ['explanation'],
        message: `${label} has an "explanation" but is not an explain entry. Add "action: explain" (the term is to be explained, not replaced), or remove the explanation.`
      }
    ]
  },

  function explainEntryWithoutHelp(entry, label) {
    if (entry.action !== 'explain' || entry.severity === 'off' || entry.note || entry.explanation) return []
    return [
      {
        path: ['action'],
        severity: 'warning',
        message: `${label} is an explain entry with no "explanation" and no "note". Add an "explanation" writers can adapt, or a "note" saying what readers need to know.`
      }
    ]
  },

  function duplicateAudiences(entry, label) {
    return repeatedItems(entry.audiences ?? [], 'audiences', (audience) => `${label} lists the audience "${audience}" twice. Remove the second one.`)
  },

  function alternativesWithoutNote(entry, label) {
    // Issue 3: an entry with no ready replacement must tell the writer what to do instead.
    if (entry.severity === 'off' || entry.action === 'explain' || entry.alternatives.length > 0 || entry.ideas || entry.note) return []
    return [
      {
        path: ['alternatives'],
        severity: 'warning',
        message: `${label} has no alternatives and no note. Add a "note" saying how to rephrase, so writers know what to do instead.`
      }
    ]
  },

  function badExampleWithoutTheTerm(entry, label) {
    if (!entry.examples) return []
    const bad = termKey(entry.examples.bad)
    if ([entry.term, ...entry.forms].some((spelling) => inflectedUsePattern(spelling).test(bad))) return []
    return [
      {
        path: ['examples', 'bad'],
        message: `${label}: examples.bad does not use "${entry.term}" or one of its forms, so it cannot show the term being flagged. Rewrite the bad example with the term in it.`
      }
    ]
  }
]

/**
 * Alternatives are inserted into the text as they are, so any that reads like an instruction to
 * the writer is an error.
 */
function placeholderFindings(alternatives: readonly string[], label: string): EntryFinding[] {
  return alternatives.flatMap((alternative, index) =>
    placeholderPattern.test(alternative)
      ? [
          {
            path: ['alternatives', index],
            message: `${label} has a placeholder alternative "${alternative}". Alternatives are inserted into the text as they are: write a ready-to-use replacement, or use "alternatives: []" and say in "note" what to do.`
          }
        ]
      : []
  )
}

/** A finding at the second (and any later) copy of an item in a list, compared as terms are. */
function repeatedItems(items: readonly string[], field: string, message: (item: string) => string) {
  const seen = new Set<string>()
  return items.flatMap((item, index) => {
    const key = termKey(item)
    const repeated = seen.has(key)
    seen.add(key)
    return repeated ? [{path: [field, index], message: message(item)}] : []
  })
}

const acronymChecks: Check<AcronymEntry>[] = [
  function acronymWithoutLetters(entry, label) {
    return /\p{L}/u.test(entry.acronym) ? [] : [{path: ['acronym'], message: `${label} has no letters. An acronym is made of capital letters (and sometimes digits or "&"), such as "JSNA" or "A&E".`}]
  },

  function duplicateExpansions(entry, label) {
    return repeatedItems(entry.expansions, 'expansions', (expansion) => `${label} lists the expansion "${expansion}" twice. Remove the second one.`)
  },

  function expansionRepeatingTheAcronym(entry, label) {
    return entry.expansions.flatMap((expansion, index) =>
      expansion.trim() === entry.acronym.trim()
        ? [{path: ['expansions', index], message: `${label} is expanded as itself. Write out what "${entry.acronym}" stands for.`}]
        : []
    )
  }
]

const simplerWordChecks: Check<SimplerWordEntry>[] = [
  function offWithSuggestions(entry, label) {
    if (entry.off === undefined || (entry.alternatives.length === 0 && !entry.remove)) return []
    return [
      {
        path: ['off'],
        message: `${label} is switched off but still offers ${entry.alternatives.length > 0 ? 'alternatives' : '"remove: true"'}. Remove "off" to use the pattern, or remove its suggestions.`
      }
    ]
  },

  function onWithNothingToOffer(entry, label) {
    if (entry.off !== undefined || entry.alternatives.length > 0 || entry.remove) return []
    return [
      {
        path: ['pattern'],
        message: `${label} offers nothing: give "alternatives" that keep the meaning, "remove: true" when the words can simply go, or "off:" with the reason it is switched off.`
      }
    ]
  },

  function placeholderSuggestions(entry, label) {
    return placeholderFindings(entry.alternatives, label)
  },

  function duplicateSuggestions(entry, label) {
    return repeatedItems(entry.alternatives, 'alternatives', (alternative) => `${label} lists the alternative "${alternative}" twice. Remove the second one.`)
  },

  function duplicateSimplerWordAudiences(entry, label) {
    return repeatedItems(entry.audiences ?? [], 'audiences', (audience) => `${label} lists the audience "${audience}" twice. Remove the second one.`)
  }
]

export function checkSimplerWordEntry(entry: SimplerWordEntry, label: string): EntryFinding[] {
  return simplerWordChecks.flatMap((check) => check(entry, label))
}

/** A review's counts must add up: nobody is counted twice. */
function reviewCounts(entry: TermEntry | AcronymEntry, label: string): EntryFinding[] {
  const review = entry.review
  if (!review) return []
  const counted = review.notUnderstood + (review.unsure ?? 0)
  if (counted <= review.reviewers) return []
  return [
    {
      path: ['review'],
      message: `${label} has a review where ${counted} of ${review.reviewers} reviewers did not understand or were not sure. These counts cannot be more than "reviewers": correct them.`
    }
  ]
}

export function checkTermEntry(entry: TermEntry, label: string): EntryFinding[] {
  return [...termChecks.flatMap((check) => check(entry, label)), ...reviewCounts(entry, label)]
}

/**
 * @param missingDomains the meanings (by index) that have no domain of their own and no
 * entry-level `domain` to fall back on.
 */
export function checkAcronymEntry(entry: AcronymEntry, label: string, missingDomains: readonly number[] = []): EntryFinding[] {
  return [...acronymChecks.flatMap((check) => check(entry, label)), ...meaningsWithoutDomain(entry, label, missingDomains), ...reviewCounts(entry, label)]
}

/** Every meaning needs a domain, so the engine can choose between meanings by the document's subject. */
function meaningsWithoutDomain(entry: AcronymEntry, label: string, missing: readonly number[]): EntryFinding[] {
  const choices = acronymDomains.join(', ')
  if (missing.length === 0) return []
  if (missing.length === entry.expansions.length) {
    return [{path: [], message: `${label} has no "domain". Add "domain:" with one of: ${choices}; or, when its meanings belong to different domains, write each meaning as {meaning: …, domain: …}.`}]
  }
  return missing.map((index) => ({
    path: ['expansions', index],
    message: `${label}: the meaning "${entry.expansions[index]}" has no domain. Write it as {meaning: ${entry.expansions[index]}, domain: …} with one of: ${choices}; or add "domain:" to the entry for every meaning without one.`
  }))
}

const codeChecks: Check<CodeEntry>[] = [
  function codeThatIsNoAcronym(entry, label) {
    // Only something with two capitals (or a capital and a digit) is ever read as an acronym.
    if (/\p{Lu}[^]*[\p{Lu}\p{N}]|[\p{N}][^]*\p{Lu}/u.test(entry.code)) return []
    return [
      {
        path: ['code'],
        severity: 'warning',
        message: `${label} is not written like an acronym (it needs two capital letters, or a capital and a digit), so Plainspeak never reports it anyway. Remove the entry, or write the code exactly as it appears in documents.`
      }
    ]
  }
]

export function checkCodeEntry(entry: CodeEntry, label: string): EntryFinding[] {
  return codeChecks.flatMap((check) => check(entry, label))
}

/**
 * The engine adds regular inflections itself (to a phrase's first word, and a plural to its
 * last), so "committed suicide" uses "commit suicide" and "utilising" uses "utilise". This is a
 * loose check that the example is about the term at all; the engine's example tests run the
 * exact matching. Hyphens and spaces both separate words, as in the engine.
 */
function inflectedUsePattern(spelling: string): RegExp {
  const [first = '', ...rest] = termKey(spelling).split(/[\s-]+/)
  const stems = [first]
  if (/[a-z]e$/.test(first)) stems.push(first.slice(0, -1))
  if (/[^aeiou]y$/.test(first)) stems.push(first.slice(0, -1) + 'i')
  const head = `(?:${stems.map(escapeRegExp).join('|')})\\p{L}*`
  const tail = rest.map((word) => `[\\s-]+${escapeRegExp(word)}`).join('')
  return new RegExp(`(?<![\\p{L}\\p{N}])${head}${tail}`, 'u')
}
