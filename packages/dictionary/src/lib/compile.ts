/**
 * Several dictionary files → one `CompiledDictionary` (one layer), with the checks that span
 * files: duplicate terms and acronyms, source ids that sources.yml does not define, well-known
 * acronyms with no entry, and switch-offs that switch nothing off.
 *
 * Browser-safe. Entries with errors are left out of the result and every problem is returned:
 * callers decide what to do with partial data (the CLI commands refuse it).
 */
import {parseDictionaryFile, type ParsedFile, type TermKey} from './parse-file.js'
import {createProblem, sortProblems} from './problems.js'
import {closestMatch} from './suggest.js'
import {termKey} from './text-keys.js'
import {cumulativeAudiences} from './well-known-lists.js'
import {audiences, type Audience} from '@plainspeak/base'
import type {CompiledDictionary, SimplerWordEntry, TermEntry, DictionaryFileText, DictionaryResult, Problem, WellKnownLists} from './types.js'

export {formatProblem, formatProblems, summariseProblems, hasErrors} from './problems.js'

export interface CompileOptions {
  /**
   * The dictionary this layer sits on (for an organisation or project file: the built-in one).
   * Its sources and acronyms count as known, and a `severity: off` entry must switch off one of
   * its terms. Terms that repeat the base are not duplicates: changing them is what layers are for.
   */
  base?: CompiledDictionary
  /** retext-simplify's patterns: every entry of a simpler-words file must name one of them. */
  simplifyPatterns?: readonly string[]
  /** The layer is the built-in one: its simpler-words file must review every pattern. */
  reviewEveryPattern?: boolean
}

export function compileDictionaries(files: readonly DictionaryFileText[], options: CompileOptions = {}): DictionaryResult {
  return compileParsedFiles(files.map(({text, file}) => parseDictionaryFile(text, file)), options)
}

export function compileParsedFiles(parsedFiles: readonly ParsedFile[], options: CompileOptions = {}): DictionaryResult {
  const problems = parsedFiles.flatMap((parsed) => parsed.problems)
  const rejected = new Set<object>()
  for (const check of layerChecks) problems.push(...check(parsedFiles, options, rejected))
  return {
    dictionary: assemble(parsedFiles, rejected),
    problems: sortProblems(problems, parsedFiles.map((parsed) => parsed.file))
  }
}

export function emptyDictionary(): CompiledDictionary {
  return {terms: [], acronyms: [], codes: [], wellKnown: {public: [], board: [], staff: [], patient: []}, sources: Object.create(null) as CompiledDictionary['sources'], simplerWords: []}
}

/** The layer's data, leaving out entries a layer check found an error in. */
function assemble(parsedFiles: readonly ParsedFile[], rejected: ReadonlySet<object>): CompiledDictionary {
  const dictionary = emptyDictionary()
  for (const parsed of parsedFiles) {
    dictionary.terms.push(...parsed.terms.filter((entry) => !rejected.has(entry)))
    dictionary.acronyms.push(...parsed.acronyms.filter((entry) => !rejected.has(entry)))
    dictionary.simplerWords!.push(...parsed.simplerWords.filter((entry) => !rejected.has(entry)))
    dictionary.codes!.push(...parsed.codes.filter((entry) => !rejected.has(entry)))
    for (const {info} of parsed.sources) dictionary.sources[info.id] ??= info
  }
  dictionary.wellKnown = cumulativeWellKnown(parsedFiles.flatMap((parsed) => parsed.wellKnown))
  return dictionary
}

/** Board readers also know the public list, staff readers the board list; the patient list stands alone. */
export function cumulativeWellKnown(items: readonly {acronym: string; audience: keyof WellKnownLists}[]): WellKnownLists {
  const lists: WellKnownLists = {public: [], board: [], staff: [], patient: []}
  const listed = (audience: Audience) => items.filter((item) => item.audience === audience).map((item) => item.acronym)
  let known: string[] = []
  for (const audience of audiences) {
    if (!cumulativeAudiences.includes(audience)) {
      lists[audience] = unique(listed(audience))
      continue
    }
    known = unique([...known, ...listed(audience)])
    lists[audience] = known
  }
  return lists
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)]
}

const at = (file: string, location: {line: number; column: number}) => `${file}:${location.line}:${location.column}`

/** A check across the files of a layer; it adds entries with errors to `rejected`. */
type LayerCheck = (parsedFiles: readonly ParsedFile[], options: CompileOptions, rejected: Set<object>) => Problem[]

const layerChecks: LayerCheck[] = [
  function duplicateTerms(parsedFiles, _options, rejected) {
    const first = new Map<string, TermKey>()
    const problems: Problem[] = []
    for (const key of parsedFiles.flatMap((parsed) => parsed.termKeys)) {
      const earlier = first.get(key.key)
      if (!earlier) {
        first.set(key.key, key)
        continue
      }
      rejected.add(key.entry)
      problems.push(createProblem(key.file, key.location, duplicateTermMessage(key, earlier), key.owner))
    }
    return problems
  },

  function duplicateAcronyms(parsedFiles, _options, rejected) {
    const first = new Map<string, {file: string; location: {line: number; column: number}}>()
    const problems: Problem[] = []
    for (const key of parsedFiles.flatMap((parsed) => parsed.acronymKeys)) {
      const earlier = first.get(key.acronym)
      if (!earlier) {
        first.set(key.acronym, key)
        continue
      }
      rejected.add(key.entry)
      problems.push(
        createProblem(
          key.file,
          key.location,
          `Duplicate acronym "${key.acronym}" (first defined at ${at(earlier.file, earlier.location)}). Put every meaning in one entry's "expansions" list and remove the other entry.`,
          key.acronym
        )
      )
    }
    return problems
  },

  function simplerWordPatterns(parsedFiles, options, rejected) {
    const problems: Problem[] = []
    const entries = parsedFiles.flatMap((parsed) => parsed.simplerWords.map((entry) => ({entry, file: parsed.file})))
    const first = new Map<string, SimplerWordEntry>()
    const known = options.simplifyPatterns ? new Set(options.simplifyPatterns) : undefined
    for (const {entry, file} of entries) {
      const location = entry.origin ?? {line: 1, column: 1}
      const earlier = first.get(entry.pattern)
      if (earlier) {
        rejected.add(entry)
        const where = earlier.origin ? ` (first reviewed at ${at(earlier.origin.file, earlier.origin)})` : ''
        problems.push(createProblem(file, location, `Pattern "${entry.pattern}" is reviewed twice${where}. Keep one entry.`, entry.pattern))
        continue
      }
      first.set(entry.pattern, entry)
      if (known && !known.has(entry.pattern)) {
        rejected.add(entry)
        const suggestion = closestMatch(entry.pattern, [...known])
        problems.push(
          createProblem(
            file,
            location,
            `Pattern "${entry.pattern}" is not one of retext-simplify's patterns, so it would never match. Write the pattern exactly as retext-simplify has it${suggestion ? ` (did you mean "${suggestion}"?)` : ''}, or add the words as a term in plain-english.yml.`,
            entry.pattern
          )
        )
      }
    }
    // A pattern that is also a term (or form) in the word lists is reviewed there: the term
    // entry wins wherever both match, and it catches every form of the word.
    const terms = new Map(parsedFiles.flatMap((parsed) => parsed.termKeys.map((key) => [key.key, key] as const)))
    for (const {entry, file} of entries) {
      const term = terms.get(termKey(entry.pattern))
      if (!term || entry.off !== undefined) continue
      problems.push(
        createProblem(
          file,
          entry.origin ?? {line: 1, column: 1},
          `Pattern "${entry.pattern}" is also the term "${term.owner}" (${at(term.file, term.location)}), which wins wherever both match, so this entry is never used. Remove it, or remove the term.`,
          entry.pattern,
          'warning'
        )
      )
    }
    if (options.reviewEveryPattern && options.simplifyPatterns) {
      const file = parsedFiles.find((parsed) => parsed.kind === 'simpler-words')
      if (file) {
        const named = new Set(parsedFiles.flatMap((parsed) => parsed.reviewedPatterns.map((item) => item.pattern)))
        const inOrder = [...file.reviewedPatterns].sort((a, b) => a.pattern.localeCompare(b.pattern))
        for (const pattern of options.simplifyPatterns) {
          if (named.has(pattern) || terms.has(termKey(pattern))) continue
          // Point where the entry belongs: the list is kept in alphabetical order.
          const next = inOrder.find((item) => item.pattern.localeCompare(pattern) > 0) ?? inOrder.at(-1)
          problems.push(
            createProblem(
              file.file,
              next?.location ?? {line: 1, column: 1},
              `retext-simplify's pattern "${pattern}" is not reviewed. Add an entry for it here, with the alternatives that keep the meaning, or "off:" and the reason it is switched off (or add it as a term to a word list).`,
              pattern
            )
          )
        }
      }
    }
    return problems
  },

  function duplicateCodes(parsedFiles, _options, rejected) {
    const first = new Map<string, {file: string; location: {line: number; column: number}}>()
    const problems: Problem[] = []
    for (const key of parsedFiles.flatMap((parsed) => parsed.codeKeys)) {
      const earlier = first.get(key.code)
      if (!earlier) {
        first.set(key.code, key)
        continue
      }
      rejected.add(key.entry)
      problems.push(createProblem(key.file, key.location, `Duplicate code "${key.code}" (first listed at ${at(earlier.file, earlier.location)}). Remove one of the two entries.`, key.code))
    }
    return problems
  },

  function codesThatAreAcronyms(parsedFiles, _options, rejected) {
    // In one layer a code and an acronym entry contradict each other. (A higher layer listing a
    // lower layer's acronym as a code is how an organisation says "we never spell this out".)
    const acronyms = new Map(parsedFiles.flatMap((parsed) => parsed.acronymKeys).map((key) => [key.acronym, key] as const))
    return parsedFiles
      .flatMap((parsed) => parsed.codeKeys)
      .filter((key) => acronyms.has(key.code))
      .map((key) => {
        rejected.add(key.entry)
        const acronym = acronyms.get(key.code)!
        return createProblem(
          key.file,
          key.location,
          `Code "${key.code}" is also an acronym entry (${at(acronym.file, acronym.location)}). Keep the acronym entry if writers should spell it out, or the code if nobody does, and remove the other.`,
          key.code
        )
      })
  },

  function duplicateSources(parsedFiles) {
    const first = new Map<string, {file: string; location: {line: number; column: number}}>()
    const problems: Problem[] = []
    for (const definition of parsedFiles.flatMap((parsed) => parsed.sources)) {
      const earlier = first.get(definition.info.id)
      if (!earlier) {
        first.set(definition.info.id, definition)
        continue
      }
      problems.push(
        createProblem(
          definition.file,
          definition.location,
          `Duplicate source id "${definition.info.id}" (first defined at ${at(earlier.file, earlier.location)}). Remove one, or give this source a different id.`,
          definition.info.id
        )
      )
    }
    return problems
  },

  function unknownSources(parsedFiles, options, rejected) {
    // Only when a sources table is known: a lone local file has nothing to check against.
    const known = new Set([...Object.keys(options.base?.sources ?? {}), ...parsedFiles.flatMap((parsed) => parsed.sources.map((definition) => definition.info.id))])
    if (known.size === 0) return []
    const ids = [...known]
    return parsedFiles
      .flatMap((parsed) => parsed.sourceReferences)
      .filter((reference) => !known.has(reference.id))
      .map((reference) => {
        rejected.add(reference.record)
        const suggestion = closestMatch(reference.id, ids)
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : ''
        return createProblem(
          reference.file,
          reference.location,
          `${reference.label} has unknown source "${reference.id}". Add it to sources.yml (with its title and licence) or use an id that is already there.${hint}`,
          reference.entry
        )
      })
  },

  function wellKnownWithoutEntry(parsedFiles, options) {
    const acronyms = new Set([...(options.base?.acronyms ?? []), ...parsedFiles.flatMap((parsed) => parsed.acronyms)].map((entry) => entry.acronym))
    // With no acronym entries loaded at all (e.g. linting well-known.yml on its own) there is nothing to check against.
    if (acronyms.size === 0) return []
    return parsedFiles
      .flatMap((parsed) => parsed.wellKnown)
      .filter((item) => !acronyms.has(item.acronym))
      .map((item) =>
        createProblem(
          item.file,
          item.location,
          `Well-known acronym "${item.acronym}" (${item.audience} list) has no entry in the acronym files. Add it to acronyms.yml with its expansion, so glossaries can spell it out.`,
          item.acronym,
          'warning'
        )
      )
  },

  function alternativesThatAreFlagged(parsedFiles, options) {
    // A quick fix that swaps one flagged word for another just moves the finding.
    const layerTerms = parsedFiles.flatMap((parsed) => parsed.terms)
    const redefined = new Set(layerTerms.map((entry) => termKey(entry.term)))
    const flagged = new Map<string, TermEntry>()
    const lowerTerms = (options.base?.terms ?? []).filter((entry) => !redefined.has(termKey(entry.term)))
    for (const entry of [...lowerTerms, ...layerTerms]) {
      if (entry.severity === 'off') continue
      for (const spelling of [entry.term, ...entry.forms]) if (!flagged.has(termKey(spelling))) flagged.set(termKey(spelling), entry)
    }
    return parsedFiles.flatMap((parsed) =>
      parsed.alternativeKeys.flatMap((alternative) => {
        const other = flagged.get(alternative.key)
        if (!other || other === alternative.entry) return []
        const where = other.origin ? ` (${at(other.origin.file, other.origin)})` : ''
        return [
          createProblem(
            alternative.file,
            alternative.location,
            `Entry "${alternative.owner}" offers "${alternative.text}", which is itself flagged by the entry "${other.term}"${where}. Choose an alternative that is not on the lists, or change that entry.`,
            alternative.owner,
            'warning'
          )
        ]
      })
    )
  },

  function switchOffsWithoutTarget(parsedFiles, options) {
    if (!options.base) return []
    const terms = new Set(options.base.terms.map((entry) => termKey(entry.term)))
    const termOfForm = new Map(options.base.terms.flatMap((entry) => entry.forms.map((form) => [termKey(form), entry.term] as const)))
    return parsedFiles
      .flatMap((parsed) => parsed.switchOffs)
      .filter((key) => !terms.has(key.key))
      .map((key) => {
        // Layers replace entries by their term, so a switch-off must name the term, not a form.
        const owner = termOfForm.get(key.key)
        const message =
          owner === undefined
            ? `Entry "${key.text}" switches off a term that no lower dictionary has, so it does nothing. Check the spelling against the built-in term.`
            : `Entry "${key.text}" switches off a form of the term "${owner}", which does nothing on its own. Write "term: ${owner}" to switch that entry off.`
        return createProblem(key.file, key.location, message, key.text, 'warning')
      })
  }
]

function duplicateTermMessage(second: TermKey, first: TermKey): string {
  const firstAt = at(first.file, first.location)
  if (second.role === 'term' && first.role === 'term') {
    return `Duplicate term "${second.text}" (first defined at ${firstAt}). Remove one of the two entries or merge them.`
  }
  const secondWhat = second.role === 'form' ? `, a form of "${second.owner}"` : ''
  const firstWhat = first.role === 'form' ? ` as a form of "${first.owner}"` : ''
  return `Duplicate term "${second.text}"${secondWhat} (first defined at ${firstAt}${firstWhat}). Remove it from one of the two entries or merge them.`
}
