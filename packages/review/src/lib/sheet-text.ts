/**
 * The words of the review sheet, for residents. Kept at reading age 9 or lower: a test checks
 * the introduction with Plainspeak itself. Short sentences, everyday words, "you" and "we".
 */

export const sheetText = {
  heading: 'Help us make our writing clear',
  about: (title: string) => `This sheet is about: ${title}`,
  introHeading: 'What to do',
  intro: [
    'We have written something, and we want it to be easy for everyone to read. You can help us.',
    'Below are some words and parts of what we wrote. For each one, tell us if you understood it. If you did not, tell us the words you would use.',
    'There are no wrong answers. We are testing our writing, not you. It takes about 10 minutes.',
    'You can fill in this sheet on a screen, or print it and write on it.'
  ],
  privacy:
    'When you finish on a screen, press the Save button. It puts a small file on your own computer. Send that file to the person who gave you this sheet. Nothing is sent by itself. We do not ask your name. You can add your initials if you want to.',
  wordsHeading: 'Words',
  passagesHeading: 'Longer parts',
  passagesIntro: 'These parts may be hard to read. Tell us if they make sense.',
  question: (number: number) => `Question ${number}`,
  inTheText: 'Where it is used:',
  draftExplains: (explanation: string) => `What we say it means: ${explanation}`,
  draftDoesNotExplain: 'We do not say what it means.',
  understood: (what: string) => `Did you understand ${what}?`,
  thisPart: 'this part',
  choices: {yes: 'Yes', 'not-sure': 'Not sure', no: 'No'},
  words: 'What words would you use?',
  wordsHint: 'You can leave this empty.',
  finishHeading: 'When you have finished',
  initials: 'Your initials (you do not have to give them)',
  save: 'Save my answers',
  saved: (file: string) => `Thank you. Your answers are saved in a file called ${file}. Send it to the person who gave you this sheet.`,
  savedAgain: 'If you cannot find the file, use this link to save it again:',
  onPaper: 'On paper: give this sheet back to the person who gave it to you.',
  footer: 'Made with Plainspeak. Nothing you type here leaves this computer unless you send the file yourself.'
} as const

/** The introduction as one text, for the reading-age test. */
export const introductionText = [...sheetText.intro, sheetText.privacy].join('\n\n')
