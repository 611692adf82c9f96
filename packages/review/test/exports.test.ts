import {expect, it} from 'vitest'
import * as review from '../src/index.js'

it('exports exactly this API', () => {
  expect(Object.keys(review).sort()).toEqual([
    'DictionaryShapeError',
    'answersFormat',
    'answersVersion',
    'applyFeedback',
    'chooseQuestions',
    'cleanWords',
    'documentTitle',
    'hash',
    'introductionText',
    'learnFromAnswers',
    'maxAnswersBytes',
    'parseAnswers',
    'renderSheet',
    'sheetInfo',
    'sheetText',
    'summariseLearning',
    'understoodValues'
  ])
})
