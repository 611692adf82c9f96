/**
 * The sentence rules through the `plainspeak` command, for every input format: only prose
 * sentences are judged (never headings, metadata lines, link text, tables or signatures), a
 * sentence finding's `actual` holds no markup, and one span gets one finding.
 */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {makeFolder, parseJsonReport, runCli, type JsonFile} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const sentenceRules = new Set(['readability', 'sentence-length', 'passive'])
/** Long enough for sentence-length, hard enough for readability, if it were a sentence. */
const label = 'Corporate Director of Integrated Commissioning, Transformation, Organisational Development, Safeguarding, Quality Assurance and Performance Management for the Eastbrook Integrated Care Partnership Executive Committee'
const long = 'Officers will work with partners across the council, the hospital trust, the community health service and the voluntary sector to make sure that everybody who leaves hospital has the help they need at home.'

const paper = [
  `# ${label}`,
  '',
  `**Report of:** ${label}`,
  '',
  '**Classification:** Unrestricted',
  '',
  `- [${label} (PDF, 1.2MB)](https://example.org/a.pdf)`,
  '',
  `| ${label} | Yes |`,
  '|---|---|',
  '',
  `1.1 **Summary:** ${long} A referral will be made to the community team.`,
  '',
  'Priya Raman',
  label
].join('\n')

async function check(files: Record<string, string>, args: string[]): Promise<JsonFile[]> {
  const made = await makeFolder(files)
  cleanups.push(made.cleanup)
  // What the rules find, suggestions included: which of them a user sees by default is the judged table's to say.
  const result = await runCli(['check', '-f', 'json', '--suggestions', ...args], {cwd: made.dir})
  return parseJsonReport(result.stdout)
}

const sentenceFindings = (files: JsonFile[]) =>
  files.flatMap((file) => file.messages.filter((message) => sentenceRules.has(message.ruleId)).map((message) => `${file.path} ${message.line}:${message.column} ${message.ruleId} ${message.actual}`))

describe('sentence rules on the command line', () => {
  it('judge only the prose sentences of a Markdown, HTML or text paper', async () => {
    const html = `<h1>${label}</h1><p><b>Report of:</b> ${label}</p><ul><li><a href="/a.pdf">${label} (PDF, 1.2MB)</a></li></ul><table><tr><td>${label}</td></tr></table>\n<p>${long} A referral will be made to the community team.</p><p>Priya Raman<br>${label}</p>`
    const text = `Report of: ${label}\n\nClassification: Unrestricted\n\n${long} A referral will be made to the community team.\n\nPriya Raman\n${label}\n`
    const files = await check({'paper.md': paper, 'page.html': html, 'letter.txt': text}, ['--audience', 'board', 'paper.md', 'page.html', 'letter.txt'])
    expect(sentenceFindings(files)).toEqual([
      `paper.md 12:18 sentence-length ${long}`,
      'paper.md 12:236 passive will be made',
      `page.html 2:4 sentence-length ${long}`,
      'page.html 2:222 passive will be made',
      `letter.txt 5:1 sentence-length ${long}`,
      'letter.txt 5:219 passive will be made'
    ])
    // Word-level rules still look everywhere: the heading's and the table's words are checked.
    expect(files.find((file) => file.path === 'paper.md')!.messages.some((message) => message.ruleId === 'jargon' && message.line === 1)).toBe(true)
  })

  it('say each thing once: a passive on a jargon word is folded into the jargon finding', async () => {
    const [file] = await check({'a.md': 'Residents will be signposted to other services.\n'}, ['a.md'])
    expect(file!.messages.map((message) => [message.ruleId, message.actual])).toEqual([['jargon', 'signposted']])
    expect(file!.messages[0]!.note).toMatch(/Also: say who does it instead of the passive “will be signposted”\.$/)
  })

  it('give the target and level of the audience', async () => {
    // Reading age 27 in 23 words: readability judges sentences of 20 words or more.
    const dense = 'Quantification of the residual financial exposure remains indicative pending actuarial validation and reconciliation of the accounts of every partner organisation in the system.'
    const run = async (audience: string) => sentenceFindings(await check({'a.txt': dense}, ['--audience', audience, 'a.txt']))
    expect(await run('public')).toEqual([`a.txt 1:1 readability ${dense}`])
    expect(await run('board')).toEqual([`a.txt 1:1 readability ${dense}`])
    expect(await run('staff')).toEqual([`a.txt 1:1 readability ${dense}`])
    const [publicFile] = await check({'a.txt': dense}, ['--audience', 'public', 'a.txt'])
    const [staffFile] = await check({'a.txt': dense}, ['--audience', 'staff', 'a.txt'])
    expect(publicFile!.messages[0]).toMatchObject({severity: 'warning', reason: 'About reading age 27; aim for 9 or below: split it or use shorter words.'})
    expect(staffFile!.messages[0]).toMatchObject({severity: 'info', reason: 'About reading age 27; aim for 14 or below: split it or use shorter words.'})
  })
})
