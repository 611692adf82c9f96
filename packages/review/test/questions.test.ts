import {describe, expect, it} from 'vitest'
import {fixture, questionsFor} from './helpers.js'

/** `kind subject | before[shown]after | explanation`, passages cut short. */
const compact = (questions: ReturnType<typeof questionsFor>) =>
  questions.map((question) =>
    question.kind === 'passage'
      ? `passage ${question.subject.slice(0, 40)}…`
      : `${question.kind} ${question.subject} | ${question.sentence.before}[${question.sentence.shown}]${question.sentence.after} | ${question.explanation ?? '-'}`
  )

describe('what a sheet asks about', () => {
  it('a home care letter: the trade words and acronyms in their sentences, and the hardest passage', () => {
    expect(compact(questionsFor(fixture('home-care-letter.md'), 'markdown'))).toEqual([
      'term reablement | Your hospital team has referred you to our [reablement] service. | -',
      'term outcome | They will complete a strength-based assessment with you and agree your [outcomes]. | -',
      'acronym OT | If you need equipment, the [OT] will arrange it. | -',
      'term signpost | Where appropriate, we will also [signpost] you to voluntary sector partners and to our floating support service. | -',
      'acronym PALS | If you are not happy, you can contact [PALS] at the hospital or our complaints team. | -',
      'passage After that, if you still need care, we w…'
    ])
  })

  it('an acronym the draft spells out comes with the draft’s own explanation', () => {
    const questions = questionsFor(fixture('gp-appointments.md'), 'markdown')
    expect(compact(questions).slice(0, 5)).toEqual([
      'acronym PCN | From 1 March, practices in the Bow and Poplar Primary Care Network ([PCN]) will use a new total triage model. | Primary Care Network',
      'term triage | From 1 March, practices in the Bow and Poplar Primary Care Network (PCN) will use a new total [triage] model. | -',
      'term clinician | This means every request for an appointment will be reviewed by a [clinician] before it is booked. | -',
      'acronym ICB | The [ICB] has asked practices to improve access and reduce unwarranted variation across the system. | -',
      'term multidisciplinary | Total triage helps us make sure that patients are seen by the most appropriate member of the [multidisciplinary] team, which may include a clinical pharmacist, a first contact physiotherapist or a social prescriber, rather than always by a GP. | -'
    ])
    expect(questions.filter((question) => question.kind === 'passage')).toHaveLength(2)
  })

  it('an HTML draft: sentences without tags or entities', () => {
    expect(compact(questionsFor(fixture('repairs-notice.html'), 'html'))).toEqual([
      'acronym TMO | Please contact your [TMO] or the Home Ownership team on 020 7364 0000. | -',
      'passage Under the Section 20 consultation proces…',
      'passage Leaseholders who are in receipt of quali…'
    ])
  })

  it('leaves everyday formal words, wordy phrases, passives and inclusive wording to the writer', () => {
    const subjects = questionsFor(
      'Where appropriate, we will commence the works in order to help service users. The works will be carried out in approximately six weeks.',
      'text'
    ).map((question) => question.subject)
    expect(subjects).toEqual([])
  })

  it('asks once per word, at its first use, and keeps to the limits, words before passages', () => {
    const text = 'The ICB met. The ICB agreed. We will signpost you. We signpost people every day.'
    expect(questionsFor(text, 'text').map((question) => question.id)).toEqual(['acronym:ICB', 'term:signpost'])
    expect(questionsFor(fixture('home-care-letter.md'), 'markdown', {maxWords: 2, maxPassages: 0}).map((question) => question.id)).toEqual(['term:reablement', 'acronym:OT'])
  })

  it('a term of art the draft explains: asked with the draft’s explanation, since only readers can say if it works', () => {
    const text =
      'Our reablement service (short-term help at home after a stay in hospital) is free. We plan it through coproduction, which means working with residents as equals. Safeguarding matters.'
    expect(compact(questionsFor(text, 'markdown'))).toEqual([
      'term reablement | Our [reablement] service (short-term help at home after a stay in hospital) is free. | short-term help at home after a stay in hospital',
      'term coproduction | We plan it through [coproduction], which means working with residents as equals. | working with residents as equals',
      'term safeguarding | [Safeguarding] matters. | -'
    ])
  })

  it('leaves out paragraph numbers, Markdown marks and links', () => {
    const [question] = questionsFor('1.1 This paper updates the **Board** on the [BCF](https://example.org/bcf) plan for 2026/27.', 'markdown')
    expect(question!.sentence).toEqual({before: 'This paper updates the Board on the ', shown: 'BCF', after: ' plan for 2026/27.'})
  })

  it('asks nothing of an empty or plain text', () => {
    expect(questionsFor('', 'text')).toEqual([])
    expect(questionsFor('Call us if you need help. We are open every day.', 'markdown')).toEqual([])
  })
})
