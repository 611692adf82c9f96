import {check} from '@plainspeak/core'
const which = process.argv[2]
const text = which === 'abbr' ? Array.from({length: 20000}, (_, i) => `*[QZ${i}]: Quiet Zone ${i}`).join('\n') : '<!-- plainspeak-disable jargon -->\n\nWe signpost.\n\n'.repeat(20000)
const t = performance.now(); const r = check(text, {format: 'markdown'}); console.log(Math.round(performance.now()-t), r.messages.length, r.stats.acronyms.length)
