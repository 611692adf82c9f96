export {default} from './lib/remark-plainspeak.js'
export type {Options} from './lib/remark-plainspeak.js'
