import {describe, expect, it} from 'vitest'
import {check, type CheckOptions} from '../src/index.js'
import {term, testDictionary} from './helpers.js'

/** The test dictionary plus words that often sit inside larger units. */
const dictionary = {
  ...testDictionary,
  terms: [
    ...testDictionary.terms,
    term('inform', ['tell']),
    term('sufficient', ['enough']),
    term('occur', ['happen']),
    term('subsequent', ['later']),
    term('transformation', ['change']),
    term('methodology', ['method']),
    term('as to', ['about'], {kind: 'wordy-phrase', unless: ['as well as to']})
  ]
}

const words = (text: string, options: CheckOptions = {}) =>
  check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true, ...options})
    .messages.filter((message) => message.ruleId === 'jargon' || message.ruleId === 'inclusive')
    .map((message) => message.actual)

describe('a term inside a larger unit is not that term', () => {
  it('leaves a word inside a hyphenated compound alone', () => {
    expect(words('We offer a trauma-informed service to families.')).toEqual([])
    expect(words('Tenants want to be self-sufficient and not rely on others.')).toEqual([])
    expect(words('Call us if the leak re-occurs after the repair.')).toEqual([])
  })

  it('still flags the word on its own, and a compound that is the whole term', () => {
    expect(words('We will inform families and utilise the hall.')).toEqual(['inform', 'utilise'])
    expect(words('Sufficient staff will be on duty if a fault occurs.')).toEqual(['Sufficient', 'occurs'])
    expect(words('We reached wheelchair-bound residents and hard-to-reach groups.')).toEqual(['wheelchair-bound', 'hard-to-reach'])
    // A dash with spaces is punctuation, not a compound.
    expect(words('Staffing was good - sufficient for the week.')).toEqual(['sufficient'])
  })

  it('leaves the words of a quotation alone', () => {
    const minutes =
      'The clerk read out the letter: “Our subsequent visits found the problem had gone.” The council will utilise the report.'
    expect(words(minutes)).toEqual(['utilise'])
    expect(words('Residents said the services felt ‘never signposted, never joined up’ to them.')).toEqual([])
    expect(words('A tenant wrote "the repairs occur too slowly" in the survey.')).toEqual([])
  })

  it('leaves a quotation of several paragraphs alone, each opened with a quote mark', () => {
    const text = '‘We visited the site twice. Our subsequent visits were in May.\n\n‘No problem was found on either visit.’\n\nWe will utilise the findings.'
    expect(words(text)).toEqual(['utilise'])
  })

  it('does not take an apostrophe for a quotation', () => {
    expect(words('The council’s subsequent report and the residents’ subsequent letters.')).toEqual(['subsequent', 'subsequent'])
    expect(words("The council's subsequent report is out.")).toEqual(['subsequent'])
  })

  it('leaves a sign-off and the job title under it alone', () => {
    expect(words('Yours sincerely,\nAmina Rahman\nlead for service transformation and signposting')).toEqual([])
    expect(words('We will utilise the hall.\n\nKind regards,\nJo Lee, Director of Transformation')).toEqual(['utilise'])
  })

  it('leaves a term inside a longer fixed phrase alone', () => {
    expect(words('The grant covers rent as well as to pay for repairs.')).toEqual([])
    expect(words('We wrote to you as to the repairs.')).toEqual(['as to'])
  })

  it('leaves a word capitalised mid-sentence as the title of a document alone', () => {
    expect(words('Read more in the Methodology note on our website.')).toEqual([])
    expect(words('See the Housing Land Assessment (HLA) Methodology for details.')).toEqual([])
    expect(words('Our methodology is on the website.')).toEqual(['methodology'])
    // A capital after a colon or at the start of a sentence says nothing.
    expect(words('Next step: Utilise the hall.')).toEqual(['Utilise'])
    expect(words('Subsequent visits found nothing.')).toEqual(['Subsequent'])
  })

  it('applies to the simpler-word list too', () => {
    const simpler = (text: string) =>
      check(text, {builtinDictionary: false, dictionaries: [dictionary], suggestions: true})
        .messages.filter((message) => message.ruleId === 'simpler-word')
        .map((message) => message.actual)
    expect(simpler('The letter said: “Please purchase a ticket.”')).toEqual([])
    expect(simpler('Please purchase a ticket.')).toEqual(['purchase'])
  })
})
