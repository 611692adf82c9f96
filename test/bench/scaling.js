// One size of the scaling benchmark, in a process of its own: Plainspeak (Markdown, every rule)
// against a bare retext-english parse by paragraph, on about <words> words.
//   node scaling.js <words> <runs>
import {corpus} from './corpus.js'
import {compare} from './measure.js'
import {peers, plainspeakChecker} from './tools.js'

const [size, runs] = process.argv.slice(2).map(Number)
const {text, words} = corpus(size)
const tools = [plainspeakChecker('markdown'), peers.find((peer) => peer.name === 'retext-english parse (by paragraph)')]
const measured = compare(tools, text, words, runs)
process.stdout.write(JSON.stringify({words, plainspeak: measured['plainspeak (markdown)'], parse: measured['retext-english parse (by paragraph)']}))
