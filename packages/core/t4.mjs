import {check} from '@plainspeak/core'
const words = 'The council will signpost residents to the right service and we will utilise the budget. '.repeat(2000)
let t=performance.now(); check(words); console.log('30k para', Math.round(performance.now()-t))
const caps = Array.from({length: 200000}, (_, i) => 'AB' + (i % 1000).toString(36).toUpperCase()).join(' ')
t=performance.now(); check(caps); console.log('caps', Math.round(performance.now()-t))
