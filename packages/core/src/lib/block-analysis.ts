import type {Paragraph, Root as NlcstRoot, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import retextPassive from 'retext-passive'
import {syllable} from 'syllable'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {findInlineDefinitions, type AcronymDefinition} from './acronyms/definitions.js'
import type {AcronymLexicon} from './acronyms/lexicon.js'
import {findAcronymUses, type AcronymUse} from './acronyms/shape.js'
import type {TermMatch, TermMatcher} from './dictionary/matcher.js'
import type {Block} from './document/block.js'
import {findMasks, isMasked, type Range} from './text/masks.js'
import {firstIndex} from './text/search.js'
import {tokenize, type Token} from './text/tokens.js'

const english = unified().use(retextEnglish)
const findIrregularPassives = retextPassive()

/** Syllables per word, remembered: the same words come back again and again. */
const syllableMemo = new Map<string, number>()
function syllables(word: string): number {
  let count = syllableMemo.get(word)
  if (count === undefined) {
    count = syllable(word)
    if (syllableMemo.size > 50_000) syllableMemo.clear()
    syllableMemo.set(word, count)
  }
  return count
}

/** A tree holding only some sentences (the original nodes, positions intact), for plugins that only need those. */
export function treeOf(sentences: Sentence[]): NlcstRoot {
  const paragraph: Paragraph = {type: 'ParagraphNode', children: sentences}
  return {type: 'RootNode', children: [paragraph]}
}

export interface SentenceInfo {
  start: number
  end: number
  words: number
  syllables: number
  /** Index range of this sentence's tokens. */
  firstToken: number
  lastToken: number
}

export interface PassiveSpan {
  start: number
  end: number
  /** The participle alone, e.g. "submitted". */
  participle: string
}

const beVerbs = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being'])
/** Words between "be" and a participle that keep it passive: "was not agreed", "has been formally approved". */
const inBetween = /^(?:not|never|also|then|now|still|already|just|often|usually|always|further|fully|jointly|formally|recently|previously|currently|subsequently|successfully|\p{L}+ly)$/u
/** "-ed" words that follow "be" as adjectives, not passives. */
const adjectivesInEd = new Set([
  'interested', 'concerned', 'tired', 'pleased', 'excited', 'worried', 'supposed', 'based', 'bored', 'scared',
  'married', 'divorced', 'retired', 'qualified', 'experienced', 'skilled', 'talented', 'committed', 'dedicated',
  'aged', 'related', 'limited', 'complicated', 'detailed', 'advanced', 'balanced', 'crowded', 'isolated',
  'disabled', 'registered', 'unemployed', 'employed', 'ashamed', 'embarrassed', 'confused', 'satisfied',
  'delighted', 'disappointed', 'surprised', 'frightened', 'determined', 'prepared', 'involved', 'needed',
  'used', 'red', 'bed', 'shed', 'led', 'wed', 'fed'
])

/**
 * Everything rules learn about one block, each part worked out on first use.
 * Offsets are relative to the block. The whole analysis is cached by the
 * block's text, so an edit re-analyses only the paragraphs it touched.
 */
export class BlockAnalysis {
  private cachedTree?: NlcstRoot
  private cachedTokens?: Token[]
  private cachedMasks?: Range[]
  private cachedSentences?: SentenceInfo[]
  private cachedSentenceNodes?: Sentence[]
  private cachedSentenceWords?: string[][]
  private cachedTerms?: TermMatch[]
  private cachedPassives?: PassiveSpan[]
  private cachedUses?: AcronymUse[]
  private cachedDefinitions?: AcronymDefinition[]

  constructor(
    readonly block: Block,
    private readonly matcher: TermMatcher,
    private readonly lexicon: AcronymLexicon
  ) {}

  /**
   * Works out what document rules and statistics use (sentences, passives,
   * acronyms), then forgets what only the block rules needed, so a cached
   * analysis does not keep its syntax tree.
   */
  release(): void {
    void this.sentences
    void this.passives
    void this.definitions
    this.cachedTree = undefined
    this.cachedSentenceNodes = undefined
    this.cachedSentenceWords = undefined
    this.cachedTokens = undefined
    this.cachedMasks = undefined
    this.cachedTerms = undefined
  }

  get text(): string {
    return this.block.text
  }

  /** The retext (nlcst) tree of the block, for retext plugins. */
  get tree(): NlcstRoot {
    this.cachedTree ??= english.parse(this.block.text) as NlcstRoot
    return this.cachedTree
  }

  get tokens(): Token[] {
    this.cachedTokens ??= tokenize(this.block.text)
    return this.cachedTokens
  }

  get masks(): Range[] {
    this.cachedMasks ??= findMasks(this.block.text)
    return this.cachedMasks
  }

  get sentences(): SentenceInfo[] {
    if (!this.cachedSentences) {
      const sentences: SentenceInfo[] = []
      const nodes: Sentence[] = []
      const sentenceWords: string[][] = []
      const tokens = this.tokens
      let tokenIndex = 0
      visit(this.tree, 'SentenceNode', (sentence: Sentence) => {
        let words = 0
        let syllableCount = 0
        const normalWords: string[] = []
        for (const child of sentence.children) {
          if (child.type !== 'WordNode') continue
          const value = toString(child)
          normalWords.push(value.toLowerCase().replace(/’/g, "'").replace(/[-']/g, ''))
          if (!/[\p{L}\p{N}]/u.test(value)) continue
          words++
          syllableCount += /\p{L}/u.test(value) ? syllables(value) : 1
        }
        const start = sentence.position!.start.offset!
        const end = sentence.position!.end.offset!
        while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < start) tokenIndex++
        const firstToken = tokenIndex
        while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= end) tokenIndex++
        if (words > 0) {
          sentences.push({start, end, words, syllables: syllableCount, firstToken, lastToken: tokenIndex - 1})
          nodes.push(sentence)
          sentenceWords.push(normalWords)
        }
        return 'skip'
      })
      this.cachedSentences = sentences
      this.cachedSentenceNodes = nodes
      this.cachedSentenceWords = sentenceWords
    }
    return this.cachedSentences
  }

  /** The nlcst sentence nodes, in the order of `sentences`. */
  get sentenceNodes(): Sentence[] {
    void this.sentences
    return this.cachedSentenceNodes!
  }

  /** Each sentence's words, normalised as nlcst-search does (lower case, no hyphens or apostrophes). */
  get sentenceWords(): string[][] {
    void this.sentences
    return this.cachedSentenceWords!
  }

  /** The sentence containing an offset. */
  sentenceAt(offset: number): SentenceInfo | undefined {
    const sentence = this.sentences[firstIndex(this.sentences, (candidate) => candidate.end <= offset)]
    return sentence && sentence.start <= offset ? sentence : undefined
  }

  get termMatches(): TermMatch[] {
    this.cachedTerms ??= this.matcher
      .match(this.tokens)
      .filter((match) => !isMasked(this.masks, match.start, match.end))
    return this.cachedTerms
  }

  /**
   * Passive voice: retext-passive's irregular participles ("was given") and
   * regular "-ed" participles after a form of "be" ("was submitted",
   * "has been agreed"), which retext-passive does not know.
   */
  get passives(): PassiveSpan[] {
    if (!this.cachedPassives) {
      const tokens = this.tokens
      const spans = new Map<number, PassiveSpan>()
      // retext-passive only looks at a word right after a form of "be", so it
      // is given just those pairs (original nodes): same findings, less work.
      const file = new VFile()
      findIrregularPassives(treeOf(this.beVerbPairs()), file)
      const participleStarts = new Set(file.messages.map((message) => message.place && 'start' in message.place ? message.place.start.offset! : -1))
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!
        if (!beVerbs.has(token.normal)) continue
        let next = index + 1
        if (tokens[next] && tokens[next]!.gapBefore === 'space' && inBetween.test(tokens[next]!.normal) && tokens[next + 1]) next++
        const participle = tokens[next]
        if (!participle || participle.gapBefore !== 'space') continue
        const regular = /^\p{L}{2,}ed$/u.test(participle.normal) && !adjectivesInEd.has(participle.normal)
        if (regular || participleStarts.has(participle.start)) {
          spans.set(participle.start, {start: token.start, end: participle.end, participle: participle.value})
        }
      }
      this.cachedPassives = [...spans.values()]
    }
    return this.cachedPassives
  }

  private beVerbPairs(): Sentence[] {
    const pairs: Sentence[] = []
    for (const sentence of this.sentenceNodes) {
      const children = sentence.children
      for (let index = 0; index < children.length; index++) {
        const child = children[index]!
        if (child.type !== 'WordNode' || !beVerbs.has(toString(child).toLowerCase())) continue
        let next = index + 1
        while (next < children.length && children[next]!.type === 'WhiteSpaceNode') next++
        if (children[next]?.type === 'WordNode') pairs.push({type: 'SentenceNode', children: children.slice(index, next + 1) as SentenceContent[]})
      }
    }
    return pairs
  }

  /** Acronyms used in the block; none in a Glossary or Definitions section, whose entries only define. */
  get acronymUses(): AcronymUse[] {
    this.cachedUses ??= this.block.glossary ? [] : this.acronymsWritten
    return this.cachedUses
  }

  /** Definitions in prose, also inside a Glossary or Definitions section ("2.2 The transfer of care (TOC) hub is …"). */
  get definitions(): AcronymDefinition[] {
    this.cachedDefinitions ??= findInlineDefinitions(this.block.text, this.tokens, this.block.glossary ? this.acronymsWritten : this.acronymUses, this.lexicon.meaningsOf)
    return this.cachedDefinitions
  }

  private get acronymsWritten(): AcronymUse[] {
    return findAcronymUses(this.block.text, this.masks, this.block.kind === 'heading', this.lexicon)
  }
}
