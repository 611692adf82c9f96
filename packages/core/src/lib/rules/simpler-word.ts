import retextSimplify from 'retext-simplify'
import {VFile} from 'vfile'
import {defineRule} from '../rule.js'
import {orList, quote} from '../text/wording.js'

const findSimplerWords = retextSimplify()

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
  examples: [{bad: 'The scheme will commence next spring.', good: 'The scheme will start next spring.'}],
  check(context) {
    const file = new VFile()
    findSimplerWords(context.analysis.tree, file)
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
