import retextReadability from 'retext-readability'
import {VFile} from 'vfile'
import {treeOf} from '../block-analysis.js'
import {defineRule, isFragment} from '../rule.js'
import {speedUpFamiliarWordLists} from './word-list-lookup.js'

speedUpFamiliarWordLists()

/**
 * Sentences above the audience's target reading age, judged by
 * retext-readability's seven formulas (Dale–Chall, Automated Readability,
 * Coleman–Liau, Flesch, Gunning fog, SMOG, Spache).
 */
export const readability = defineRule({
  id: 'readability',
  scope: 'block',
  level: 'sentence',
  priority: 2,
  defaultSeverity: 'warning',
  summary: 'Sentences above the audience’s target reading age (9 for the public).',
  examples: [
    {
      bad: 'The organisation’s comprehensive transformation programme necessitates considerable interdepartmental collaboration.',
      good: 'We want our teams to work together so that we can do better.'
    }
  ],
  check(context) {
    if (isFragment(context.block)) return
    const age = Number(context.options['age'] ?? context.settings.readingAge)
    // One long word skews the formulas on a short sentence ("Teams will work
    // together on this."), so sentences under eight words are not judged.
    const minWords = Number(context.options['minWords'] ?? 8)
    const threshold = Number(context.options['threshold'] ?? 4 / 7)
    // retext-readability skips sentences under minWords words only after counting
    // their syllables: hand it just the sentences it will judge (same WordNode count).
    const {sentenceNodes, sentenceWords} = context.analysis
    const judged = sentenceNodes.filter((_, index) => sentenceWords[index]!.length >= minWords)
    const file = new VFile()
    retextReadability({age, minWords, threshold})(treeOf(judged), file)
    for (const message of file.messages) {
      const place = message.place
      if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) continue
      const agreeing = /according to (?:(\d+) out of )?(?:all )?(\d+) algorithms/.exec(message.reason)
      const count = agreeing ? `${agreeing[1] ?? agreeing[2]} of ${agreeing[2]}` : 'most'
      context.report({
        start: place.start.offset,
        end: place.end.offset,
        reason: `This sentence is hard to read: ${count} readability measures put it above reading age ${age}. Use shorter words or split it.`,
        expected: [],
        note: `GOV.UK and the NHS aim for a reading age of about 9 in public information, so that most people can understand it first time. The target here is ${age}.`,
        data: {targetReadingAge: age}
      })
    }
  }
})
