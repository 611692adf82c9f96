/**
 * One self-contained HTML review sheet: no network, no account, styles and script inline. Each
 * question is a landmark-free section with a heading (screen readers list them), a radio group
 * in a fieldset with a legend, and a labelled text box; the page has header, main and footer
 * landmarks and a skip link. Everything from the draft and the command line (title, panel,
 * words asked about) goes in through core's `html` templates, which escape every value; the
 * page runs only its own script, named by hash in its Content-Security-Policy.
 */
import {html, raw, securityPolicyMeta, type Html} from '@plainspeak/core'
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

function questionHtml(question: Question, number: number): Html {
  const {before, shown, after} = question.sentence
  const subject = question.kind === 'passage' ? sheetText.thisPart : `“${shown.trim()}”`
  const quote = question.kind === 'passage' ? html`<p class="quote">${shown}</p>` : html`<p class="quote">${before}<mark>${shown}</mark>${after}</p>`
  const explains =
    question.kind === 'passage'
      ? ''
      : html`<p class="explains">${question.explanation ? sheetText.draftExplains(question.explanation) : sheetText.draftDoesNotExplain}</p>`
  const heading = question.kind === 'passage' ? sheetText.question(number) : `${sheetText.question(number)}: ${subject}`
  const choices = Object.entries(sheetText.choices).map(
    ([value, label]) =>
      html`<span class="choice"><input type="radio" id="understood-${number}-${value}" name="understood-${number}" value="${value}"><label for="understood-${number}-${value}">${label}</label></span>`
  )
  return html`<section class="question" aria-labelledby="q${number}">
<h3 id="q${number}">${heading}</h3>
${question.kind === 'passage' ? '' : html`<p class="hint">${sheetText.inTheText}</p>`}
${quote}
${explains}
<fieldset class="choices"><legend>${sheetText.understood(subject)}</legend>${choices}</fieldset>
<label for="words-${number}">${sheetText.words}</label>
<p class="hint" id="words-${number}-hint">${sheetText.wordsHint}</p>
<textarea id="words-${number}" name="words-${number}" rows="3" aria-describedby="words-${number}-hint"></textarea>
</section>
`
}

const policy = securityPolicyMeta({scripts: [sheetScript], styles: [sheetStyles]})

/** The review sheet for `questions`, as one HTML document. */
export function renderSheet(questions: readonly Question[], options: SheetOptions): string {
  const sheet = sheetInfo(questions, options)
  const words = questions.filter((question) => question.kind !== 'passage')
  const passages = questions.filter((question) => question.kind === 'passage')
  let number = 0
  const wordsHtml = words.map((question) => questionHtml(question, ++number))
  const passagesHtml = passages.map((question) => questionHtml(question, ++number))
  const data = {
    sheet,
    questions: questions.map(({id, kind, subject, explanation}) => ({id, kind, subject, explanation})),
    text: {saved: sheetText.saved('{file}')}
  }
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
${policy}
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Plainspeak review">
<title>${sheetText.heading}: ${sheet.title}</title>
<style>${raw(sheetStyles)}</style>
</head>
<body>
<a class="skip" href="#questions">Skip to the questions</a>
<header>
<h1>${sheetText.heading}</h1>
<p>${sheetText.about(sheet.title)}</p>
</header>
<main>
<section aria-labelledby="intro-heading">
<h2 id="intro-heading">${sheetText.introHeading}</h2>
${sheetText.intro.map((paragraph) => html`<p>${paragraph}</p>\n`)}<p>${sheetText.privacy}</p>
</section>
<form id="answers" aria-label="Your answers">
<div id="questions" tabindex="-1">
${words.length > 0 ? html`<h2>${sheetText.wordsHeading}</h2>\n${wordsHtml}` : ''}
${passages.length > 0 ? html`<h2>${sheetText.passagesHeading}</h2>\n<p>${sheetText.passagesIntro}</p>\n${passagesHtml}` : ''}
</div>
<section aria-labelledby="finish-heading">
<h2 id="finish-heading">${sheetText.finishHeading}</h2>
<label for="initials">${sheetText.initials}</label>
<input type="text" id="initials" name="initials" maxlength="10" autocomplete="off" spellcheck="false">
<p class="print-only">${sheetText.onPaper}</p>
<button type="button" id="save">${sheetText.save}</button>
<p id="status" role="status" aria-live="polite" tabindex="-1"></p>
<p id="again-text" hidden>${sheetText.savedAgain} <span id="again"></span></p>
</section>
</form>
</main>
<footer>
<p>${sheetText.footer}</p>
</footer>
<script type="application/json" id="plainspeak-sheet">${raw(scriptJson(data))}</script>
<script>${raw(sheetScript)}</script>
</body>
</html>
`.toString()
}
