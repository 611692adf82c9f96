/**
 * The sheet's stylesheet and script, inlined so that the sheet is one file that works offline
 * (sent by email, opened from a USB stick, printed). Large type, GOV.UK-like focus, A4 print.
 */

export const sheetStyles = `
:root { color-scheme: light; --text: #0b0c0c; --muted: #484949; --line: #505a5f; --focus: #ffdd00; --link: #1d4f91; --mark: #fff2a8; }
* { box-sizing: border-box; }
html { font-size: 125%; }
body { margin: 0; font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; line-height: 1.5; color: var(--text); background: #fff; }
.skip { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; background: var(--focus); color: var(--text); }
.skip:focus { left: 0; }
header, main, footer { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1rem; border-bottom: 4px solid var(--text); }
h1 { font-size: 1.6rem; line-height: 1.2; margin: 0.5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 0 0 0.5rem; }
p { margin: 0 0 1rem; }
.question { border: 2px solid var(--line); border-radius: 4px; padding: 1rem; margin: 0 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
.quote { margin: 0 0 1rem; padding-left: 1rem; border-left: 6px solid #b1b4b6; }
mark { background: var(--mark); color: var(--text); font-weight: bold; padding: 0 0.1em; }
.explains { color: var(--muted); }
fieldset.choices { border: 0; margin: 0 0 1rem; padding: 0; min-width: 0; }
legend { font-weight: bold; padding: 0; margin-bottom: 0.5rem; }
.choice { display: inline-flex; align-items: center; margin: 0 1.5rem 0.5rem 0; }
.choice input { width: 1.6rem; height: 1.6rem; margin: 0 0.5rem 0 0; accent-color: var(--text); }
label { font-weight: bold; display: block; margin-bottom: 0.25rem; }
.choice label { font-weight: normal; display: inline; margin: 0; }
.hint { color: var(--muted); margin: 0 0 0.25rem; }
textarea, input[type=text] { font: inherit; width: 100%; border: 2px solid var(--text); padding: 0.4rem; }
textarea { min-height: 4.5rem; resize: vertical; }
input[type=text] { max-width: 8rem; }
button { font: inherit; font-weight: bold; color: #fff; background: #00703c; border: 0; border-bottom: 3px solid #002d18; padding: 0.6rem 1rem; margin: 1rem 0; cursor: pointer; }
button:hover { background: #005a30; }
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 0 0 6px var(--text); }
input:focus-visible, textarea:focus-visible { outline: 3px solid var(--focus); box-shadow: inset 0 0 0 2px var(--text); }
#status:empty { display: none; }
#status:focus { outline: 3px solid var(--focus); box-shadow: 0 0 0 6px var(--text); }
#status { border-left: 6px solid #00703c; padding: 0.5rem 1rem; background: #f3f2f1; }
.print-only { display: none; }
footer { margin-top: 2rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid #b1b4b6; color: var(--muted); font-size: 0.9rem; }
@media (max-width: 30rem) { html { font-size: 112.5%; } .question { padding: 0.75rem; } .choice { margin-right: 1rem; } }
@media print {
  @page { size: A4; margin: 16mm 15mm; }
  html { font-size: 14pt; }
  header, main, footer { max-width: none; padding: 0; }
  .skip, button, #status, .screen-only { display: none !important; }
  .print-only { display: block; }
  .question { border: 1.5pt solid #000; }
  .choice input { appearance: none; -webkit-appearance: none; width: 1.2rem; height: 1.2rem; border: 1.5pt solid #000; border-radius: 50%; }
  textarea { min-height: 6rem; border: 1.5pt solid #000; resize: none; }
  a { color: #000; }
}
`

/**
 * Collects the answers into the answers-file shape (see answers.ts) and saves them as a file
 * through a link to a Blob: nothing leaves the machine. The response id is made once per
 * opening, so saving twice after a change replaces the earlier answers instead of adding a reviewer.
 */
export const sheetScript = `
(function () {
  var data = JSON.parse(document.getElementById('plainspeak-sheet').textContent);
  var bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  var response = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
  var link = null;
  // The answers never go anywhere but a file: pressing Enter in a box submits nothing.
  document.getElementById('answers').addEventListener('submit', function (event) { event.preventDefault(); });
  function collect() {
    var initials = document.getElementById('initials').value.trim().slice(0, 10);
    var file = {
      format: 'plainspeak-review-answers',
      version: 1,
      sheet: data.sheet,
      response: response,
      saved: new Date().toISOString(),
      answers: data.questions.map(function (question, index) {
        var checked = document.querySelector('input[name="understood-' + (index + 1) + '"]:checked');
        return {id: question.id, kind: question.kind, subject: question.subject, explanation: question.explanation, understood: checked ? checked.value : null, words: document.getElementById('words-' + (index + 1)).value.trim()};
      })
    };
    if (initials) file.initials = initials;
    return file;
  }
  document.getElementById('save').addEventListener('click', function () {
    var answers = collect();
    var name = 'review-answers-' + data.sheet.id + '-' + response.slice(0, 6) + '.json';
    var url = URL.createObjectURL(new Blob([JSON.stringify(answers, null, 2) + '\\n'], {type: 'application/json'}));
    if (!link) {
      link = document.createElement('a');
      document.getElementById('again').appendChild(link);
    } else {
      URL.revokeObjectURL(link.href);
    }
    link.href = url;
    link.download = name;
    link.textContent = name;
    document.getElementById('again-text').hidden = false;
    link.click();
    var status = document.getElementById('status');
    status.textContent = data.text.saved.replace('{file}', name);
    // The thank-you is at the foot of a long page: bring it into view and put the focus on it,
    // so that a screen reader and a magnifier user find it where they are.
    status.focus();
    status.scrollIntoView({block: 'center'});
  });
})();
`
