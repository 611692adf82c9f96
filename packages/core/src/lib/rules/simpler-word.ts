import retextSimplify from 'retext-simplify'
import {VFile} from 'vfile'
import {simplifyPhrases} from '../../generated/simplify-phrases.js'
import {treeOf, type BlockAnalysis} from '../block-analysis.js'
import {defineRule} from '../rule.js'
import {orList, quote} from '../text/wording.js'

const findSimplerWords = retextSimplify()

/**
 * The sentences in which some retext-simplify pattern has all its words.
 * Only these can match, so only these are handed to retext-simplify.
 */
function candidateSentences(analysis: BlockAnalysis) {
  const nodes = analysis.sentenceNodes
  return analysis.sentenceWords.flatMap((words, index) => {
    const present = new Set(words)
    const possible = words.some((word) => simplifyPhrases.get(word)?.some((rest) => rest.every((other) => present.has(other))))
    return possible ? [nodes[index]!] : []
  })
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
    findSimplerWords(treeOf(candidateSentences(context.analysis)), file)
    for (const message of file.messages) {
      const place = message.place
      if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
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
