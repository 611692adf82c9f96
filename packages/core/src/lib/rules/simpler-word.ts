import type {Sentence} from 'nlcst'
import retextSimplify from 'retext-simplify'
import {VFile} from 'vfile'
import {simplifyPhrases} from '../../generated/simplify-phrases.js'
import {treeOf, type BlockAnalysis} from '../block-analysis.js'
import {defineRule} from '../rule.js'
import {orList, quote} from '../text/wording.js'

const findSimplerWords = retextSimplify()

/**
 * Pieces of sentences where some retext-simplify pattern can match: each word
 * that starts a pattern whose other words are all in the sentence, with the
 * word before it and enough words after it for the longest such pattern. The
 * piece runs to the sentence's start or end when it reaches them, so
 * retext-simplify's checks for quoted or sentence-initial words see the same
 * neighbours as in the whole sentence. Only these pieces are searched, and
 * from each piece only the match that starts at its own word is kept (at a
 * piece's edges a word may lack the neighbours it has in the sentence).
 */
function candidatePieces(analysis: BlockAnalysis): Map<Sentence, number> {
  const pieces = new Map<Sentence, number>()
  const nodes = analysis.sentenceNodes
  analysis.sentenceWords.forEach((words, index) => {
    const present = new Set(words)
    const children = nodes[index]!.children
    const wordAt: number[] = []
    children.forEach((child, position) => child.type === 'WordNode' && wordAt.push(position))
    words.forEach((word, wordIndex) => {
      const rests = simplifyPhrases.get(word)?.filter((rest) => rest.every((other) => present.has(other)))
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

/**
 * retext-simplify's general list of simpler words (from the US
 * plainlanguage.gov list). The council and NHS dictionary wins where both
 * flag the same words.
 */
export const simplerWord = defineRule({
  id: 'simpler-word',
  scope: 'block',
  level: 'word',
  priority: 4,
  defaultSeverity: 'info',
  summary: 'Words with a simpler everyday alternative (retext-simplify), where the dictionary has no entry.',
  examples: [{bad: 'You can request a copy of the letter.', good: 'You can ask for a copy of the letter.'}],
  check(context) {
    const file = new VFile()
    const pieces = candidatePieces(context.analysis)
    findSimplerWords(treeOf([...pieces.keys()]), file)
    for (const message of file.messages) {
      const place = message.place
      if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
      if (pieces.get(message.ancestors?.[0] as Sentence) !== place.start.offset) continue
      const actual = message.actual ?? ''
      const expected = message.expected ?? []
      const omit = message.reason.includes('remove it')
      context.report({
        start: place.start.offset,
        end: place.end.offset,
        reason:
          expected.length === 0
            ? `Remove ${quote(actual)}: it adds nothing.`
            : `Use ${orList(expected)} instead of ${quote(actual)}${omit ? ', or remove it' : ''}.`,
        expected,
        note: 'Everyday words are easier for everyone to read, including people with lower literacy or English as a second language (GOV.UK: use plain English).',
        data: {pattern: message.ruleId}
      })
    }
  }
})
