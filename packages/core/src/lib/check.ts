import type {AcronymEntry, CompiledDictionary} from '@plainspeak/dictionary'
import builtin from '@plainspeak/dictionary/builtin'
import {VFileMessage} from 'vfile-message'
import {analyseAcronyms, type PlacedBlock} from './acronyms/analyse.js'
import type {AcronymLexicon} from './acronyms/lexicon.js'
import type {FindingSeverity} from '@plainspeak/base'
import {BlockAnalysis} from './analysis/block-analysis.js'
import {compiledLayers, termMatcher} from './dictionary/compiled.js'
import type {TermMatcher} from './dictionary/matcher.js'
import type {Block, ParsedDocument} from './document/block.js'
import {createMarkdownMemo, type MarkdownMemo} from './document/parse-memo.js'
import {parseParagraphs, type ParagraphInput} from './document/paragraphs.js'
import {parsePlainText} from './document/plain-text.js'
import {splitLongBlocks} from './document/split.js'
import {applyControls} from './rules/controls.js'
import {resolveOptions, PlainspeakOptionError, type CheckOptions, type Format, type ResolvedOptions, type ResolvedRule} from './rules/options.js'
import {settleExplainFindings} from './rules/explain-once.js'
import {resolveOverlaps} from './rules/overlap.js'
import {ruleDocsLink} from './presentation/docs-link.js'
import {groupRepeats} from './rules/repeats.js'
import {source, type FindingData, type FindingSubject, type RawFinding, type Report, type RuleSettings} from './rules/rule.js'
import {ruleOf, type RegisteredRuleId} from './rules/registry.js'
import {isSuggestion} from './rules/default-view.js'
import {LruCache} from './lru-cache.js'
import {sectionHeadingDepth} from './document/sections.js'
import {computeStats, type DocumentStats} from './analysis/stats.js'
import {createLocator, type Place} from './text/location.js'

/** A finding: a vfile message with Plainspeak's fields. See the message contract in the README. */
export interface PlainspeakMessage extends VFileMessage {
  /** A built-in rule's id, or the id of a rule added from outside (`registerRule`). */
  ruleId: RegisteredRuleId
  source: 'plainspeak'
  severity: FindingSeverity
  place: Place
  actual: string
  expected: string[]
  note: string
  url: string
  data: FindingData
  /** What the finding is about, as its rule declares: the term or acronym to allow or replace everywhere, or a sentence. */
  subject: FindingSubject
  /** Whether it is a suggestion (correct but minor: shown only with `suggestions: true`) rather than in the default view. */
  suggestion: boolean
}

export interface CheckResult {
  messages: PlainspeakMessage[]
  stats: DocumentStats
  /** The text that was checked, which offsets point into (for paragraphs: joined by line breaks). */
  text: string
}

/** Reads a document of one format into blocks (Markdown re-uses what it worked out for unchanged chunks). */
export type DocumentParser = (text: string, markdownMemo: MarkdownMemo) => ParsedDocument
export type DocumentParsers = Partial<Record<Format, DocumentParser>>

const fatalBySeverity: Record<FindingSeverity, boolean | undefined> = {error: true, warning: false, info: undefined}
/** One level down, for findings a rule marks as mild. */
const milder: Record<FindingSeverity, FindingSeverity> = {error: 'warning', warning: 'info', info: 'info'}

/** Every field of `T`, optional ones included (as `undefined`): written out, never left off. */
type Complete<T> = {[K in keyof Required<T>]: T[K]}

/** How many checkers `check()` keeps, one per options object passed (the last two). */
const checkerCacheLimit = 2

/** How many block analyses a checker keeps for re-use between checks. */
const cacheLimit = 4000

interface CachedBlock {
  analysis: BlockAnalysis
  findings: RawFinding[]
}

/**
 * A checker holds everything that depends only on the options (the merged
 * dictionary, its trie, rule settings) and remembers the analysis of each
 * paragraph, so re-checking an edited document re-analyses only what changed.
 */
export class TextChecker {
  /**
   * The formats this kind of checker reads. This one reads plain text (and
   * paragraphs): `@plainspeak/core/text` gives it to a word processor's pane,
   * which then bundles no Markdown or HTML parser. The checker `@plainspeak/core`
   * exports reads every format (check-all-formats.ts).
   */
  static readonly parsers: DocumentParsers = {text: parsePlainText}

  readonly options: ResolvedOptions
  readonly dictionary: CompiledDictionary
  private readonly settings: RuleSettings
  private readonly matcher: TermMatcher
  private readonly acronymEntries: Map<string, AcronymEntry>
  private readonly lexicon: AcronymLexicon
  private readonly cache = new LruCache<string, CachedBlock>(cacheLimit)
  /**
   * The reasons and notes of the document being checked, one copy of each: a findings-dense
   * document has tens of thousands of findings and only a few hundred different sentences in
   * them, each otherwise built afresh (as joined pieces) for every finding. Emptied after each check.
   */
  private readonly wording = new Map<string, string>()
  private readonly subjects = new Map<string, FindingSubject>()
  /** The replacement lists of the document being checked, one copy of each (as `wording`). */
  private readonly alternatives = new Map<string, string[]>()
  private readonly markdownMemo: MarkdownMemo = createMarkdownMemo()
  private readonly derived = new Map<string, TextChecker>()
  /**
   * The terms the user's own dictionaries list (an organisation's, a project's): always in the
   * default view. The judged table is evidence about the built-in entries; an organisation that
   * lists a word has said it wants its writers to see it.
   */
  private readonly ownTerms: ReadonlySet<string>

  constructor(
    options: CheckOptions = {},
    private readonly original: CheckOptions = options
  ) {
    this.options = resolveOptions(options)
    const layers = this.options.builtinDictionary ? [builtin as CompiledDictionary, ...this.options.dictionaries] : this.options.dictionaries
    // Shared with every other checker built from the same dictionaries (see compiled.ts).
    const compiled = compiledLayers(layers)
    this.dictionary = compiled.dictionary
    this.matcher = termMatcher(layers, this.options.allow)
    this.acronymEntries = compiled.acronymEntries
    this.ownTerms = new Set(this.options.dictionaries.flatMap((layer) => (layer.terms ?? []).filter((entry) => entry.severity !== 'off').map((entry) => entry.term.toLowerCase())))
    this.lexicon = compiled.lexicon
    this.settings = {
      readingAge: this.options.readingAge,
      sentenceLength: this.options.sentenceLength,
      audience: this.options.audience,
      dictionary: this.dictionary,
      allow: this.options.allow,
      acronymScope: this.options.acronymScope
    }
  }

  /** Checks a text in the checker's format, or the one given. */
  check(text: string, format: Format = this.options.format): CheckResult {
    if (typeof text !== 'string') throw new PlainspeakOptionError('text', `Expected the text to check as a string, not ${typeof text}`)
    const parse = (this.constructor as typeof TextChecker).parsers[format]
    if (!parse) {
      throw new PlainspeakOptionError('format', `This checker does not read \`${format}\`: \`@plainspeak/core/text\` reads plain text and paragraphs only; import \`@plainspeak/core\` for Markdown and HTML`)
    }
    const parsed = parse(text, this.markdownMemo)
    parsed.blocks = splitLongBlocks(parsed.blocks)
    return this.forDocument(parsed.settings, parsed.settingsLine).checkParsed(parsed)
  }

  /** Forgets every paragraph analysis and parsed chunk kept for re-use (the compiled dictionary stays). */
  clearCache(): void {
    this.cache.clear()
    this.markdownMemo.trees.clear()
    this.markdownMemo.verdicts.clear()
    for (const checker of this.derived.values()) checker.clearCache()
  }

  /** Checks paragraphs from a word processor; line N of the result is paragraph N. */
  checkParagraphs(paragraphs: readonly ParagraphInput[]): CheckResult {
    const parsed = parseParagraphs(paragraphs)
    parsed.blocks = splitLongBlocks(parsed.blocks)
    return this.checkParsed(parsed)
  }

  /** Settings in a document's front matter apply on top of the checker's own. */
  private forDocument(settings: unknown, settingsLine?: ParsedDocument['settingsLine']): TextChecker {
    if (settings === undefined || settings === null) return this
    if (typeof settings !== 'object' || Array.isArray(settings)) {
      throw new PlainspeakOptionError('front matter', 'Unexpected `plainspeak` value in front matter, expected settings such as `audience: board`')
    }
    const key = JSON.stringify(settings)
    let checker = this.derived.get(key)
    if (!checker) {
      const local = settings as CheckOptions
      for (const option of ['format', 'dictionaries', 'builtinDictionary', 'docsUrl'] as const) {
        if (option in local) throw new PlainspeakOptionError(option, `\`${option}\` cannot be set in front matter`)
      }
      // Front matter's own shape first (`allow: 5`, `rules: 5`), before it is merged with the checker's options.
      this.inFrontMatter(settingsLine, () => resolveOptions(local))
      const merged: CheckOptions = {
        ...this.original,
        ...local,
        rules: {...this.original.rules, ...local.rules},
        allow: [...(this.original.allow ?? []), ...(local.allow ?? [])]
      }
      // The same kind of checker, so it reads the same formats.
      checker = this.inFrontMatter(settingsLine, () => new (this.constructor as new (options: CheckOptions) => TextChecker)(merged))
      this.derived.set(key, checker)
    }
    return checker
  }

  /** Runs `make`, naming a bad option as front matter's, at its line. */
  private inFrontMatter<T>(settingsLine: ParsedDocument['settingsLine'], make: () => T): T {
    try {
      return make()
    } catch (error) {
      if (!(error instanceof PlainspeakOptionError)) throw error
      const line = settingsLine?.(error.option.split('.'))
      throw new PlainspeakOptionError(`front matter: ${error.option}`, `In front matter${line === undefined ? '' : ` (line ${line})`}: ${error.message}`)
    }
  }

  /** A block's analysis and findings: from the cache when `remember`, else worked out and not kept. */
  private analyse(block: Block, remember: boolean): CachedBlock {
    if (!remember) return this.analyseAnew(block)
    // Markup and link ranges change what is prose and where a sentence finding ends, so they are part of the key.
    const key = `${block.kind}|${block.depth ?? ''}|${block.glossary ? 'g' : ''}|${block.markup ? block.markup.join(';') : ''}|${block.links ? block.links.join(';') : ''}|${block.text}`
    return this.cache.get(key, () => this.analyseAnew(block))
  }

  private analyseAnew(block: Block): CachedBlock {
    const analysis = new BlockAnalysis(block, this.matcher, this.lexicon)
    const findings: RawFinding[] = []
    for (const [ruleId, resolved] of this.options.rules) {
      const rule = ruleOf(ruleId)
      if (rule.scope !== 'block') continue
      rule.check({
        block,
        analysis,
        settings: this.settings,
        options: resolved.options,
        report: (report) => {
          const finding = this.stamp(ruleId, resolved, report)
          if (finding) findings.push(finding)
        }
      })
    }
    analysis.release()
    return {analysis, findings}
  }

  /** One subject object per term, acronym or kind per document: every use of a term has the same. */
  private shared(subject: FindingSubject): FindingSubject {
    const key = subject.kind === 'sentence' ? subject.kind : `${subject.kind}:${subject.text}`
    const known = this.subjects.get(key)
    if (known) return known
    this.subjects.set(key, subject)
    return subject
  }

  /** One copy of a reason or note per document (see `wording`). */
  private once(text: string): string {
    const known = this.wording.get(text)
    if (known !== undefined) return known
    this.wording.set(text, text)
    return text
  }

  /**
   * One copy of a replacement list per document: every use of a term has the same few, and a
   * findings-dense document has tens of thousands of uses. The lists are never changed once made.
   */
  private sharedAlternatives(expected: readonly string[] | undefined): string[] {
    if (expected === undefined || expected.length === 0) return noAlternatives
    const key = expected.join('\u0000')
    let known = this.alternatives.get(key)
    if (!known) {
      known = expected.slice()
      this.alternatives.set(key, known)
    }
    return known
  }

  private stamp(ruleId: string, resolved: ResolvedRule, report: Report): RawFinding | undefined {
    const rule = ruleOf(ruleId)
    // A severity the user set for the rule wins; otherwise an entry's own severity does.
    const own = resolved.explicit ? resolved.severity : (report.severity ?? resolved.severity)
    if (own === 'off') return undefined
    // Every finding gets the same fields in the same order (one object shape), so the copies made
    // of it on every check (placing a block's findings in the document) are fast.
    const finding: Complete<RawFinding> = {
      start: report.start,
      end: report.end,
      reason: this.once(report.reason),
      expected: this.sharedAlternatives(report.expected),
      note: this.once(report.note),
      data: report.data,
      explainOnce: report.explainOnce,
      subject: report.subject,
      mild: undefined,
      ruleId,
      severity: report.mild ? milder[own] : own,
      level: rule.level,
      priority: rule.priority
    }
    return finding
  }

  /** The document rules, then the statistics: the last use of the blocks' analyses and the acronyms. */
  private checkDocument(parsed: ParsedDocument, placed: readonly PlacedBlock[], findings: RawFinding[], toPoint: (offset: number) => Place['start']): DocumentStats {
    const acronyms = analyseAcronyms(placed, parsed.definitions, this.settings, this.acronymEntries, this.lexicon)
    for (const [ruleId, resolved] of this.options.rules) {
      const rule = ruleOf(ruleId)
      if (rule.scope !== 'document') continue
      rule.check({
        acronyms,
        blocks: parsed.blocks,
        settings: this.settings,
        options: resolved.options,
        report: (report) => {
          const finding = this.stamp(ruleId, resolved, report)
          if (finding) findings.push(finding)
        }
      })
    }
    return computeStats(placed, acronyms, toPoint, this.settings)
  }

  private checkParsed(parsed: ParsedDocument): CheckResult {
    const {text} = parsed
    const placed: PlacedBlock[] = []
    const findings: RawFinding[] = []
    let section = 0
    const sectionDepth = sectionHeadingDepth(parsed.blocks)
    // A document with more blocks than the cache holds would evict each block before its next
    // check reached it (no block would ever be found again): its blocks are not kept, which
    // saves the memory and the bookkeeping.
    const remember = parsed.blocks.length <= this.cache.limit
    for (const block of parsed.blocks) {
      if (block.kind === 'heading' && (block.depth ?? 1) <= sectionDepth) section++
      const {analysis, findings: blockFindings} = this.analyse(block, remember)
      placed.push({block, analysis, start: block.start, section})
      for (const finding of blockFindings) findings.push({...finding, start: finding.start + block.start, end: finding.end + block.start})
    }

    // The statistics are the last use of the blocks' analyses and of the acronyms: they are worked
    // out before the findings are settled, and only where each block starts is kept, so the
    // analyses are let go before the settling steps copy findings (a findings-dense 5 MB document
    // has tens of thousands of each, and holding them at once was the peak).
    const toPoint = createLocator(text)
    const stats = this.checkDocument(parsed, placed, findings, toPoint)
    const starts = placed.map(({start, section}) => ({start, section}))
    placed.length = 0
    const allowed = this.options.allow
    const controlled = applyControls(findings, parsed.controls, parsed.blocks)
    const permitted = allowed.size === 0 ? controlled : controlled.filter((finding) => !allowed.has(text.slice(finding.start, finding.end).toLowerCase()))
    const settled = settleExplainFindings(permitted, starts, this.options.acronymScope, (offset) => toPoint(offset).line)
    // Each step's list is let go once the next is made (`settled` is always a new list).
    for (const list of [findings, controlled, permitted] as unknown[][]) list.length = 0
    const apart = resolveOverlaps(settled)
    settled.length = 0
    const kept: (RawFinding | undefined)[] = groupRepeats(apart)
    // A finding's stack trace says nothing useful and costs more than the rest
    // of the message: skip capturing it (V8 honours this; other engines ignore it).
    const errorClass = Error as {stackTraceLimit?: number}
    const limit = errorClass.stackTraceLimit
    errorClass.stackTraceLimit = 0
    let messages: PlainspeakMessage[]
    try {
      const links = new Map<string, string>()
      const docsLink = (ruleId: string) => links.get(ruleId) ?? links.set(ruleId, ruleDocsLink(ruleId, this.options.docsBase)).get(ruleId)!
      messages = []
      const {audience, suggestions} = this.options
      for (let index = 0; index < kept.length; index++) {
        // Each finding is let go once it is a message: the two are never all held at once.
        const finding = kept[index]!
        kept[index] = undefined
        const subject = this.shared(subjectOf(finding, text))
        const own = subject.kind === 'term' && this.ownTerms.has(subject.text.toLowerCase())
        const suggestion = !own && isSuggestion({ruleId: finding.ruleId, severity: finding.severity, data: finding.data, subject}, audience)
        if (suggestion && !suggestions) continue
        messages.push(toMessage(finding, text, toPoint, docsLink, subject, suggestion))
      }
    } finally {
      errorClass.stackTraceLimit = limit
    }
    this.wording.clear()
    this.subjects.clear()
    this.alternatives.clear()
    return {messages, stats, text}
  }
}

/** The `expected` of every finding with no replacement: one empty list, never changed. */
const noAlternatives: string[] = []

function toMessage(
  finding: RawFinding,
  text: string,
  toPoint: (offset: number) => Place['start'],
  docsLink: (ruleId: string) => string,
  subject: FindingSubject,
  suggestion: boolean
): PlainspeakMessage {
  const place = {start: toPoint(finding.start), end: toPoint(finding.end)}
  const message = new VFileMessage(finding.reason, {place, ruleId: finding.ruleId, source}) as PlainspeakMessage
  message.fatal = fatalBySeverity[finding.severity]
  message.severity = finding.severity
  message.actual = text.slice(finding.start, finding.end)
  message.expected = finding.expected ?? noAlternatives
  message.note = finding.note
  message.url = docsLink(finding.ruleId)
  message.data = finding.data ?? {}
  message.subject = subject
  message.suggestion = suggestion
  for (const key of ['definedAt', 'explainedAt']) {
    if (typeof message.data[key] === 'number') message.data[key] = toPoint(message.data[key])
  }
  return message
}

function subjectOf(finding: RawFinding, text: string): FindingSubject {
  const kind = ruleOf(finding.ruleId).subject
  return kind === 'sentence' ? {kind} : {kind, text: finding.subject ?? text.slice(finding.start, finding.end).toLowerCase()}
}

/** The functions each entry exports around its kind of checker. */
export interface CheckFunctions<C extends TextChecker> {
  /** A checker for these options, to check many texts (it remembers unchanged paragraphs). */
  createChecker(options?: CheckOptions): C
  /**
   * Checks text and returns its findings and statistics. Synchronous: the
   * engine does no input or output. Throws `PlainspeakOptionError` for bad options.
   */
  check(text: string, options?: CheckOptions): CheckResult
  /** Checks a document given as paragraphs (Word, .docx). */
  checkParagraphs(paragraphs: readonly ParagraphInput[], options?: CheckOptions): CheckResult
}

export function checkFunctions<C extends TextChecker>(Kind: new (options?: CheckOptions) => C): CheckFunctions<C> {
  /**
   * Checkers for `check()` and `checkParagraphs()`, by options object: passing the same object again
   * re-uses its checker (and every paragraph it analysed). Few are kept: a checker holds every
   * paragraph of the documents it checked.
   */
  const checkers = new CheckerCache<object>(checkerCacheLimit)
  const defaultOptions = {}
  const checkerFor = (options?: CheckOptions): C => checkers.get(options ?? defaultOptions, () => new Kind(options)) as C
  return {
    createChecker: (options) => new Kind(options),
    check: (text, options) => checkerFor(options).check(text),
    checkParagraphs: (paragraphs, options) => checkerFor(options).checkParagraphs(paragraphs)
  }
}

/**
 * The one cache of checkers: a checker per set of options, the least recently used dropped past
 * a size bound. A checker holds the merged dictionary, its trie and every paragraph analysed, so
 * re-using it is what makes a re-check fast; bounding how many are kept bounds the memory. Core's
 * `check()`, the CLI's workers, the language server and the Word add-in all keep theirs here.
 */
export class CheckerCache<Key = unknown> extends LruCache<Key, TextChecker> {
  /** `limit`: how many checkers are kept at once (one per set of options in use). */
  constructor(limit = 8) {
    super(limit)
  }
}

/** Plain text and paragraphs only: see `TextChecker.parsers`. `@plainspeak/core` adds `check`, `checkParagraphs` and `createChecker` for every format. */
export const {createChecker: createTextChecker, check: checkText, checkParagraphs: checkTextParagraphs} = checkFunctions(TextChecker)
