/** The HTML report's only styles and script, inlined: the page loads nothing else. */

export const styles = `
:root { --text: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --error: #b3261e; --error-bg: #fde2e0; --warning: #7a5200; --warning-bg: #fff1c2;
  --info: #1d4f91; --info-bg: #e3edf9; --good: #00703c; --focus: #ffdd00; color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--text); background: #fff; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; } h2 { font-size: 1.5rem; margin: 2rem 0 .5rem; } h3 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
p.lead { color: var(--muted); margin-top: 0; }
a { color: #1d4f91; } a:focus, summary:focus, button:focus, input:focus { outline: 3px solid var(--focus); outline-offset: 0; box-shadow: 0 -2px var(--focus), 0 4px var(--text); }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; }
.skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: var(--focus); padding: .5rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.toolbar { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .75rem 0; }
.toolbar fieldset { border: 0; margin: 0; padding: 0; display: flex; gap: .75rem; } .toolbar legend { float: left; margin-right: .5rem; font-weight: 600; }
button { font: inherit; padding: .3rem .8rem; border: 1px solid var(--text); background: #f3f2f1; border-radius: 3px; cursor: pointer; }
.file { border-top: 3px solid var(--text); margin-top: 2.5rem; }
.figures { display: flex; flex-wrap: wrap; gap: .5rem 2rem; margin: 0; } .figures div { min-width: 9rem; } .figures dt { color: var(--muted); font-size: .9rem; } .figures dd { margin: 0; font-size: 1.3rem; font-weight: 600; }
.above { color: var(--error); } .within { color: var(--good); }
figure { margin: 1rem 0; } figcaption { font-weight: 600; margin-bottom: .25rem; }
.chart { max-width: 720px; height: auto; display: block; }
.chart-label, .chart-value, .chart-marker-label { font: 13px system-ui, Arial, sans-serif; fill: var(--text); }
.chart-marker { stroke: var(--text); stroke-width: 2; stroke-dasharray: 5 4; }
.tone-above { fill: var(--error); } .tone-within { fill: var(--good); } .tone-error { fill: var(--error); } .tone-warning { fill: #b07800; } .tone-info { fill: var(--info); }
.columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.5rem; align-items: start; }
@media (max-width: 60rem) { .columns { grid-template-columns: 1fr; } }
.doc { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1rem; line-height: 1.7; border: 1px solid var(--line); padding: 1rem; background: #fafafa; }
.doc.empty { color: var(--muted); font-style: italic; }
mark { background: none; color: inherit; cursor: pointer; }
mark.word.sev-error { background: var(--error-bg); border-bottom: 2px solid var(--error); }
mark.word.sev-warning { background: var(--warning-bg); border-bottom: 2px solid var(--warning); }
mark.word.sev-info { background: var(--info-bg); border-bottom: 2px dotted var(--info); }
mark.sentence { text-decoration: underline wavy; text-decoration-thickness: 1px; text-underline-offset: 4px; }
mark.sentence.sev-error { text-decoration-color: var(--error); } mark.sentence.sev-warning { text-decoration-color: var(--warning); } mark.sentence.sev-info { text-decoration-color: var(--info); }
a.ref { font-size: .7rem; vertical-align: super; line-height: 0; text-decoration: none; padding: 0 .15rem; border-radius: 2px; background: var(--text); color: #fff; margin-right: .1rem; }
ol.findings { list-style: none; padding: 0; margin: 0; }
ol.findings > li { border-left: 5px solid var(--line); margin: 0 0 .5rem; padding: .1rem .6rem; background: #fff; }
ol.findings > li.sev-error { border-color: var(--error); } ol.findings > li.sev-warning { border-color: #b07800; } ol.findings > li.sev-info { border-color: var(--info); }
ol.findings > li:target { background: #fffbe6; }
summary { cursor: pointer; padding: .2rem 0; }
.badge { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; padding: 0 .35rem; border-radius: 2px; color: #fff; }
.badge.sev-error { background: var(--error); } .badge.sev-warning { background: var(--warning); } .badge.sev-info { background: var(--info); }
.where { color: var(--muted); font-size: .9rem; }
.count { font-weight: 700; font-size: .9rem; }
ul.places { display: flex; flex-wrap: wrap; gap: .2rem .8rem; list-style: none; padding: 0; }
.finding-body { padding: .25rem 0 .5rem 1rem; } .finding-body p { margin: .3rem 0; } .finding-body ul { margin: .2rem 0; }
body.hide-error li.sev-error, body.hide-warning li.sev-warning, body.hide-info li.sev-info { display: none; }
body.hide-error mark.sev-error, body.hide-warning mark.sev-warning, body.hide-info mark.sev-info { background: none; border: 0; text-decoration: none; }
footer { color: var(--muted); font-size: .9rem; padding: 2rem 1.25rem; }
.jump { margin: .5rem 0; } nav.jump p { margin: 0; } nav.jump ul { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
.jump a { font-weight: 600; } nav.jump li { overflow-wrap: anywhere; }
.figure-note { color: var(--muted); font-size: .9rem; max-width: 48rem; }
.chart-narrow { display: none; }
h1, h2, th, td { overflow-wrap: anywhere; }
/* A phone (down to 320 pixels): nothing wider than the screen, charts drawn for it. */
@media (max-width: 40rem) {
  header, main, footer { padding: 0 .75rem; }
  h1 { font-size: 1.5rem; } h2 { font-size: 1.3rem; }
  .chart-wide { display: none; } .chart-narrow { display: block; }
  .chart-label, .chart-value, .chart-marker-label { font-size: 15px; }
  table { font-size: .85rem; } th, td { padding: .3rem .25rem; }
  .figures { gap: .5rem 1rem; } .figures div { min-width: 7rem; }
  .toolbar fieldset { flex-wrap: wrap; }
  .doc { padding: .6rem; }
  .finding-body { padding-left: .25rem; }
}
@media print {
  .toolbar, .skip, a.back, .jump { display: none; }
  .chart-wide { display: block; } .chart-narrow { display: none; }
  body { font-size: 10.5pt; } header, main, footer { max-width: none; padding: 0; }
  .columns { display: block; } .doc { background: none; }
  .file { break-before: page; } li, figure, tr { break-inside: avoid; }
  mark, .badge, .chart rect, a.ref { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .8em; overflow-wrap: anywhere; }
}
`

export const script = `
(function () {
  function openFinding(id, focus) {
    var item = document.getElementById(id);
    if (!item) return;
    var details = item.querySelector('details');
    if (details) details.open = true;
    item.scrollIntoView({block: 'center'});
    if (focus) { var summary = item.querySelector('summary'); if (summary) summary.focus(); }
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var mark = target.closest('mark[data-findings]');
    if (mark) { openFinding(mark.getAttribute('data-findings').split(' ')[0], true); return; }
    var link = target.closest('a.ref');
    if (link) { event.preventDefault(); openFinding(link.getAttribute('href').slice(1), true); history.replaceState(null, '', link.getAttribute('href')); }
  });
  document.querySelectorAll('[data-toggle-all]').forEach(function (button) {
    button.addEventListener('click', function () {
      var open = button.getAttribute('data-toggle-all') === 'open';
      document.querySelectorAll('ol.findings details').forEach(function (details) { details.open = open; });
    });
  });
  document.querySelectorAll('input[data-severity]').forEach(function (box) {
    box.addEventListener('change', function () { document.body.classList.toggle('hide-' + box.getAttribute('data-severity'), !box.checked); });
  });
  var opened = [];
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details:not([open])').forEach(function (details) { details.open = true; opened.push(details); });
  });
  window.addEventListener('afterprint', function () { opened.forEach(function (details) { details.open = false; }); opened = []; });
  if (location.hash) openFinding(location.hash.slice(1), false);
})();
`
