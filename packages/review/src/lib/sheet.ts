/**
 * One self-contained HTML review sheet: no network, no account, styles and script inline. Each
 * question is a landmark-free section with a heading (screen readers list them), a radio group
 * in a fieldset with a legend, and a labelled text box; the page has header, main and footer
 * landmarks and a skip link.
 */
import {escapeHtml} from '@plainspeak/core'
import type {SheetInfo} from './answers.js'
import {hash, type Question} from './questions.js'
import {sheetScript, sheetStyles} from './sheet-assets.js'
import {sheetText} from './sheet-text.js'

export interface SheetOptions {
  /** The draft's title or file name, shown at the top. */
  title: string
  /** Who the sheet is for, e.g. "Bow residents' panel": recorded in the answers and the dictionary. */
  panel?: string
  /** The date the sheet is made, `YYYY-MM-DD` (default: today). */
  created?: string
}


/** JSON inside a <script> element: nothing in it can close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')

export function sheetInfo(questions: readonly Question[], options: SheetOptions): SheetInfo {
  return {
    id: hash(`${options.title}\u0000${questions.map((question) => question.id).join('\u0000')}`),
    title: options.title,
    created: options.created ?? new Date().toISOString().slice(0, 10),
    ...(options.panel ? {panel: options.panel} : {})
  }
}

function questionHtml(question: Question, number: number): string {
  const {before, shown, after} = question.sentence
  const subject = question.kind === 'passage' ? sheetText.thisPart : `“${shown.trim()}”`
  const quote =
    question.kind === 'passage'
      ? `<p class="quote">${escapeHtml(shown)}</p>`
      : `<p class="quote">${escapeHtml(before)}<mark>${escapeHtml(shown)}</mark>${escapeHtml(after)}</p>`
  const explains =
    question.kind === 'passage'
      ? ''
      : `<p class="explains">${escapeHtml(question.explanation ? sheetText.draftExplains(question.explanation) : sheetText.draftDoesNotExplain)}</p>`
  const heading = question.kind === 'passage' ? sheetText.question(number) : `${sheetText.question(number)}: ${subject}`
  const choices = Object.entries(sheetText.choices)
    .map(
      ([value, label]) =>
        `<span class="choice"><input type="radio" id="understood-${number}-${value}" name="understood-${number}" value="${value}"><label for="understood-${number}-${value}">${label}</label></span>`
    )
    .join('')
  return `<section class="question" aria-labelledby="q${number}">
<h3 id="q${number}">${escapeHtml(heading)}</h3>
${question.kind === 'passage' ? '' : `<p class="hint">${sheetText.inTheText}</p>`}
${quote}
${explains}
<fieldset class="choices"><legend>${escapeHtml(sheetText.understood(subject))}</legend>${choices}</fieldset>
<label for="words-${number}">${sheetText.words}</label>
<p class="hint" id="words-${number}-hint">${sheetText.wordsHint}</p>
<textarea id="words-${number}" name="words-${number}" rows="3" aria-describedby="words-${number}-hint"></textarea>
</section>`
}

/** The review sheet for `questions`, as one HTML document. */
export function renderSheet(questions: readonly Question[], options: SheetOptions): string {
  const sheet = sheetInfo(questions, options)
  const words = questions.filter((question) => question.kind !== 'passage')
  const passages = questions.filter((question) => question.kind === 'passage')
  let number = 0
  const wordsHtml = words.map((question) => questionHtml(question, ++number)).join('\n')
  const passagesHtml = passages.map((question) => questionHtml(question, ++number)).join('\n')
  const data = {
    sheet,
    questions: questions.map(({id, kind, subject, explanation}) => ({id, kind, subject, explanation})),
    text: {saved: sheetText.saved('{file}')}
  }
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; connect-src 'none'; form-action 'none'">
<meta name="generator" content="Plainspeak review">
<title>${escapeHtml(sheetText.heading)}: ${escapeHtml(sheet.title)}</title>
<style>${sheetStyles}</style>
</head>
<body>
<a class="skip" href="#questions">Skip to the questions</a>
<header>
<h1>${escapeHtml(sheetText.heading)}</h1>
<p>${escapeHtml(sheetText.about(sheet.title))}</p>
</header>
<main>
<section aria-labelledby="intro-heading">
<h2 id="intro-heading">${sheetText.introHeading}</h2>
${sheetText.intro.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}
<p>${escapeHtml(sheetText.privacy)}</p>
</section>
<form id="answers" onsubmit="return false" aria-label="Your answers">
<div id="questions" tabindex="-1">
${words.length > 0 ? `<h2>${sheetText.wordsHeading}</h2>\n${wordsHtml}` : ''}
${passages.length > 0 ? `<h2>${sheetText.passagesHeading}</h2>\n<p>${sheetText.passagesIntro}</p>\n${passagesHtml}` : ''}
</div>
<section aria-labelledby="finish-heading">
<h2 id="finish-heading">${sheetText.finishHeading}</h2>
<label for="initials">${escapeHtml(sheetText.initials)}</label>
<input type="text" id="initials" name="initials" maxlength="10" autocomplete="off" spellcheck="false">
<p class="print-only">${escapeHtml(sheetText.onPaper)}</p>
<button type="button" id="save">${sheetText.save}</button>
<p id="status" role="status" aria-live="polite"></p>
<p id="again-text" hidden>${escapeHtml(sheetText.savedAgain)} <span id="again"></span></p>
</section>
</form>
</main>
<footer>
<p>${escapeHtml(sheetText.footer)}</p>
</footer>
<script type="application/json" id="plainspeak-sheet">${scriptJson(data)}</script>
<script>${sheetScript}</script>
</body>
</html>
`
}
