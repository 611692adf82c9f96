// Peak memory of one tool checking a text, measured in a process of its own:
//   node memory.js <tool name> <words>
import {corpus} from './corpus.js'
import {peers, plainspeakChecker} from './tools.js'

const [name, words] = process.argv.slice(2)
const tool = [plainspeakChecker('markdown'), plainspeakChecker('text'), ...peers].find((candidate) => candidate.name === name)
if (!tool) throw new Error(`Unknown tool ${name}`)
const {text} = corpus(Number(words))
for (let index = 0; index < 3; index++) tool.run(text)
process.stdout.write(JSON.stringify({peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024)}))
