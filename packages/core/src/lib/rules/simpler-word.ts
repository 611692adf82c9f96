import {entryIsFor} from './audiences.js'
import type {CompiledDictionary, SimplerWordEntry} from '@plainspeak/dictionary'
import type {Sentence} from 'nlcst'
import retextSimplify from 'retext-simplify'
import {VFile} from 'vfile'
import {simplifyPatternWords} from '../../generated/simplify-phrases.js'
import {treeOf, type BlockAnalysis} from '../analysis/block-analysis.js'
import {excusedByContext} from '../dictionary/context.js'
import {fitReplacements} from '../dictionary/fit.js'
import {defineRule} from './rule.js'
import {repeatKey} from './dictionary-report.js'
import {insideProperName} from '../text/proper-names.js'
import {firstIndex} from '../text/search.js'
import {orList, quote} from '../text/wording.js'

/**
 * What the simpler-word rule uses of a dictionary: the reviewed patterns that are switched on
 * (dictionaries/simpler-words.yml), retext-simplify set up to search only those, and their
 * words keyed by first word, to pick the sentence pieces worth searching.
 */
interface Reviewed {
  /** By retext-simplify's rule id for the pattern ("a-number-of"). */
  entries: Map<string, SimplerWordEntry>
  search: ReturnType<typeof retextSimplify>
  byFirstWord: Map<string, string[][]>
}

/** retext-simplify's rule id for a pattern, as its messages carry it. */
const ruleIdOf = (pattern: string) => pattern.replace(/\s+/g, '-').toLowerCase()

const reviewedCache = new WeakMap<CompiledDictionary, Reviewed>()

function reviewedPatterns(dictionary: CompiledDictionary): Reviewed {
  let reviewed = reviewedCache.get(dictionary)
  if (reviewed) return reviewed
  const entries = new Map<string, SimplerWordEntry>()
  for (const entry of dictionary.simplerWords ?? []) {
    if (entry.off === undefined && simplifyPatternWords.has(entry.pattern)) entries.set(ruleIdOf(entry.pattern), entry)
  }
  const byFirstWord = new Map<string, string[][]>()
  for (const {pattern} of entries.values()) {
    const [first, ...rest] = simplifyPatternWords.get(pattern)!
    byFirstWord.set(first!, [...(byFirstWord.get(first!) ?? []), rest])
  }
  // retext-simplify searches every pattern it is not told to ignore.
  const ignore = [...simplifyPatternWords.keys()].filter((pattern) => !entries.has(ruleIdOf(pattern)))
  reviewed = {entries, search: retextSimplify({ignore}), byFirstWord}
  reviewedCache.set(dictionary, reviewed)
  return reviewed
}

/**
 * Pieces of sentences where some pattern in use can match: each word
 * that starts a pattern whose other words are all in the sentence, with the
 * word before it and enough words after it for the longest such pattern. The
 * piece runs to the sentence's start or end when it reaches them, so
 * retext-simplify's checks for quoted or sentence-initial words see the same
 * neighbours as in the whole sentence. Only these pieces are searched, and
 * from each piece only the match that starts at its own word is kept (at a
 * piece's edges a word may lack the neighbours it has in the sentence).
 */
function candidatePieces(analysis: BlockAnalysis, byFirstWord: ReadonlyMap<string, string[][]>): Map<Sentence, number> {
  const pieces = new Map<Sentence, number>()
  const nodes = analysis.sentenceNodes
  analysis.sentenceWords.forEach((words, index) => {
    // Most sentences hold no word that starts a pattern: look first, then set up.
    if (!words.some((word) => byFirstWord.has(word))) return
    const present = new Set(words)
    const children = nodes[index]!.children
    const wordAt: number[] = []
    children.forEach((child, position) => child.type === 'WordNode' && wordAt.push(position))
    words.forEach((word, wordIndex) => {
      const rests = byFirstWord.get(word)?.filter((rest) => rest.every((other) => present.has(other)))
      if (!rests || rests.length === 0) return
      const longest = Math.max(...rests.map((rest) => rest.length))
      const from = wordIndex > 0 ? wordAt[wordIndex - 1]! : 0
      const after = wordIndex + longest + 1
      const to = after < wordAt.length ? wordAt[after]! + 1 : children.length
      pieces.set({type: 'SentenceNode', children: children.slice(from, to)}, children[wordAt[wordIndex]!]!.position!.start.offset!)
    })
  })
  return pieces
}

const defaultNote =
  'Everyday words are easier for everyone to read, including people with lower literacy or English as a second language (GOV.UK: use plain English).'

/** "In addition" → "also": keep the capital of a sentence-opening word. */
function matchCase(replacement: string, actual: string): string {
  return /^\p{Lu}(?:\p{Ll}|\s|$)/u.test(actual) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

/**
 * retext-simplify's general list of simpler words (from the US
 * plainlanguage.gov list), only as far as dictionaries/simpler-words.yml
 * says each suggestion keeps the meaning in UK council and NHS writing. The
 * council and NHS dictionary wins where both flag the same words.
 */
export const simplerWord = defineRule({
  id: 'simpler-word',
  scope: 'block',
  level: 'word',
  subject: 'term',
  replaceAll: true,
  priority: 4,
  defaultSeverity: 'info',
  label: 'Simpler words',
  order: 7,
  audienceSeverity: {board: 'info', staff: 'off'},
  repeatKey,
  summary: 'Words with a simpler everyday alternative (retext-simplify, as reviewed in dictionaries/simpler-words.yml), where the dictionary has no entry.',
  examples: [{bad: 'Not many residents replied to the survey.', good: 'Few residents replied to the survey.'}],
  check(context) {
    const {analysis, settings} = context
    const reviewed = reviewedPatterns(settings.dictionary)
    // A letter's sign-off names its signer and their job: no word in it is the writer's prose.
    if (reviewed.entries.size === 0 || context.block.signOff) return
    const file = new VFile()
    const pieces = candidatePieces(analysis, reviewed.byFirstWord)
    if (pieces.size === 0) return
    reviewed.search(treeOf([...pieces.keys()]), file)
    for (const message of file.messages) {
      const place = message.place
      if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
      if (pieces.get(message.ancestors?.[0] as Sentence) !== place.start.offset) continue
      const start = place.start.offset
      const end = place.end.offset
      const entry = reviewed.entries.get(message.ruleId ?? '')
      if (!entry) continue
      if (!entryIsFor(entry.audiences, settings.audience)) continue
      if (excusedByContext(analysis, start, entry.unless)) continue
      if (analysis.isProtected(start, end)) continue
      const tokens = analysis.tokens
      const first = firstIndex(tokens, (token) => token.end <= start)
      const last = firstIndex(tokens, (token) => token.end < end)
      if (first < tokens.length && last < tokens.length && insideProperName(analysis, first, last)) continue
      const sentence = analysis.sentenceAt(start)
      const fit = fitReplacements({
        text: analysis.text,
        sentence: sentence ? {start: sentence.start, end: sentence.end} : {start: 0, end: analysis.text.length},
        start,
        end,
        alternatives: entry.alternatives,
        spellings: [entry.pattern],
        suffix: '',
        afterAuxiliary: false,
        finish: (replacements) => ({start, texts: replacements.map((replacement) => matchCase(replacement, message.actual ?? ''))})
      })
      const actual = analysis.text.slice(fit.start, fit.end)
      const expected = fit.expected
      context.report({
        start: fit.start,
        end: fit.end,
        reason:
          fit.note !== undefined
            ? `Rephrase ${quote(actual)}${entry.remove ? ', or remove it' : ''}.`
            : expected.length === 0
              ? `Remove ${quote(actual)}: it adds nothing.`
              : `Use ${orList(expected)} instead of ${quote(actual)}${entry.remove ? ', or remove it' : ''}.`,
        expected,
        note: fit.note ?? entry.note ?? defaultNote,
        data: {pattern: entry.pattern}
      })
    }
  }
})
