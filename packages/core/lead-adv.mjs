import {check} from '@plainspeak/core'
const cases = {
  '5MB prose line': () => 'The council will signpost residents to services going forward and the JSNA was agreed. '.repeat(60000),
  '100k acronyms': () => Array.from({length: 100000}, (_, i) => 'the ' + 'ABCDEFGHIJKLMNOP'[i % 16] + 'QZ' + 'ABCDEFGHIJKLMNOP'[(i >> 4) % 16] + 'ABCDEFGHIJKLMNOP'[(i >> 8) % 16]).join(' '),
  '10k nested brackets': () => '('.repeat(10000) + 'JSNA' + ')'.repeat(10000),
  '1000-word sentence': () => Array.from({length: 1000}, (_, i) => i % 7 ? 'word' : 'signpost').join(' ') + '.',
  '50k ACR( unclosed': () => 'Text with ABC (the thing. '.repeat(50000),
  '20k abbr lines md': () => Array.from({length: 20000}, (_, i) => `*[QZ${i}]: Quiet Zone ${i}`).join('\n'),
  '20k comments md': () => '<!-- plainspeak-disable jargon -->\n\nWe signpost.\n\n'.repeat(20000),
  '10k unclosed comments': () => '<!--'.repeat(100000),
  'glossary spaces': () => '## Glossary\n\nABC x' + ' '.repeat(200000) + 'y',
}
for (const [name, make] of Object.entries(cases)) {
  const text = make()
  for (const format of ['text', 'markdown']) {
    const t = performance.now()
    const r = check(text, {format})
    console.log(name.padEnd(22), format.padEnd(9), (text.length/1e6).toFixed(2)+'MB', Math.round(performance.now() - t) + 'ms', r.messages.length)
  }
}
