import type {Paragraph, Root as NlcstRoot, Sentence, SentenceContent} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {VFile} from 'vfile'
import {findInlineDefinitions, type AcronymDefinition} from '../acronyms/definitions.js'
import type {AcronymLexicon} from '../acronyms/lexicon.js'
import {findAcronymUses, type AcronymUse} from '../acronyms/shape.js'
import type {TermMatch, TermMatcher} from '../dictionary/matcher.js'
import type {Block} from '../document/block.js'
import {findPassives, type PassiveSpan} from './passive-voice.js'
import {classifySentences, type ProseSegment, type ProseSentence} from './prose.js'
import {findMasks, isMasked, type Range} from '../text/masks.js'
import {findProtectedSpans, isProtected} from '../text/protected-spans.js'
import {firstIndex} from '../text/search.js'
import {tokenize, type Token} from '../text/tokens.js'
import {nodeText} from '../text/node-text.js'

const english = unified().use(retextEnglish)
const hyphenOrApostrophe = /[-'’]/
const letterOrDigit = /[\p{L}\p{N}]/u

/** A tree holding only some sentences (the original nodes, positions intact), for plugins that only need those. */
export function treeOf(sentences: Sentence[]): NlcstRoot {
  const paragraph: Paragraph = {type: 'ParagraphNode', children: sentences}
  return {type: 'RootNode', children: [paragraph]}
}

export interface SentenceInfo {
  start: number
  end: number
  words: number
  /** Index range of this sentence's tokens. */
  firstToken: number
  lastToken: number
}

export type {PassiveSpan} from './passive-voice.js'

/**
 * Everything rules learn about one block, each part worked out on first use.
 * Offsets are relative to the block. The whole analysis is cached by the
 * block's text, so an edit re-analyses only the paragraphs it touched.
 */
export class BlockAnalysis {
  private cachedTree?: NlcstRoot
  private cachedTokens?: Token[]
  private cachedMasks?: Range[]
  private cachedProtected?: Range[]
  private cachedSentences?: SentenceInfo[]
  private cachedSentenceNodes?: Sentence[]
  private cachedSentenceWords?: string[][]
  private cachedTerms?: TermMatch[]
  private cachedPassives?: PassiveSpan[]
  private cachedProse?: Array<ProseSegment | ProseSentence>
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
    // Prose segments stay (statistics use them) without their syntax nodes.
    this.cachedProse = this.prose.map((segment) => {
      if (segment.kind !== 'prose') return segment
      const {node: _node, ...rest} = segment as ProseSentence
      return rest
    })
    this.cachedTree = undefined
    this.cachedSentenceNodes = undefined
    this.cachedSentenceWords = undefined
    this.cachedTokens = undefined
    this.cachedMasks = undefined
    this.cachedProtected = undefined
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

  /** Quotations, hyphenated compounds and sign-offs: a word rule takes no term inside them (see protected-spans.ts). */
  get protectedSpans(): Range[] {
    this.cachedProtected ??= findProtectedSpans(this.block.text)
    return this.cachedProtected
  }

  /** Whether a word rule should leave `start`–`end` alone: it is masked, or part of a larger unit. */
  isProtected(start: number, end: number): boolean {
    return isMasked(this.masks, start, end) || isProtected(this.protectedSpans, start, end)
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
        const normalWords: string[] = []
        for (const child of sentence.children) {
          if (child.type !== 'WordNode') continue
          const value = nodeText(child)
          const lower = value.toLowerCase()
          normalWords.push(hyphenOrApostrophe.test(lower) ? lower.replace(/[-'’]/g, '') : lower)
          if (letterOrDigit.test(value)) words++
        }
        const start = sentence.position!.start.offset!
        const end = sentence.position!.end.offset!
        while (tokenIndex < tokens.length && tokens[tokenIndex]!.start < start) tokenIndex++
        const firstToken = tokenIndex
        while (tokenIndex < tokens.length && tokens[tokenIndex]!.end <= end) tokenIndex++
        if (words > 0) {
          sentences.push({start, end, words, firstToken, lastToken: tokenIndex - 1})
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
      .filter((match) => !this.isProtected(match.start, match.end))
    return this.cachedTerms
  }

  /**
   * Every sentence of the block, and whether it is prose that sentence rules
   * judge (see prose.ts). Until `release`, prose sentences carry their nlcst node.
   */
  get prose(): Array<ProseSegment | ProseSentence> {
    this.cachedProse ??= classifySentences(this.block, this.sentenceNodes)
    return this.cachedProse
  }

  /** Prose sentences with their nlcst nodes, for the sentence rules (before `release`). */
  get proseSentences(): ProseSentence[] {
    return this.prose.filter((segment): segment is ProseSentence => segment.kind === 'prose' && 'node' in segment)
  }

  /** Passive voice anywhere in the block (see passive-voice.ts); rules keep those in prose sentences. */
  get passives(): PassiveSpan[] {
    this.cachedPassives ??= findPassives(this.tokens)
    return this.cachedPassives
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
