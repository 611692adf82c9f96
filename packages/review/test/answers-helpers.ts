import type {AnswersFile, QuestionKind, Understood} from '../src/index.js'

/** An answers file as a sheet saves it: `[kind, subject, understood, words, explanation?]` per answer. */
export function answersFile(
  response: string,
  answers: Array<[QuestionKind, string, Understood | null, string, string?]>,
  extra: {saved?: string; initials?: string; panel?: string} = {}
): AnswersFile {
  return {
    format: 'plainspeak-review-answers',
    version: 1,
    sheet: {id: '5eed5eed', title: 'Help at home after your hospital stay', created: '2026-12-01', ...(extra.panel === undefined ? {panel: "Bow residents' panel"} : extra.panel ? {panel: extra.panel} : {})},
    response,
    ...(extra.initials ? {initials: extra.initials} : {}),
    saved: extra.saved ?? '2026-12-04T18:30:00.000Z',
    answers: answers.map(([kind, subject, understood, words, explanation]) => ({
      id: `${kind}:${kind === 'acronym' ? subject : subject.toLowerCase()}`,
      kind,
      subject,
      understood,
      words,
      ...(explanation ? {explanation} : {})
    }))
  }
}
