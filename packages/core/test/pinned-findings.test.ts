import {createHash} from 'node:crypto'
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {corpus} from '../../../test/bench/corpus.js'
import {check, checkParagraphs, formatFromPath, messageToJson, type CheckResult} from '../src/index.js'

// Every field of every finding (the suggestions tier included), and the statistics, on the sample paper and
// each document of the evaluation corpus at each audience, held in
// __snapshots__/findings/. Work on speed must not move a single one. When a
// change to the rules or word lists is meant to change findings, re-write the
// files with `pnpm vitest run packages/core/test/pinned-findings.test.ts -u`
// and read the diff. Whether a finding is a suggestion is left out: that is the judged
// default-view table's to say (default-view.test.ts), and it is re-derived from each judged round.

const audiences = ['public', 'board', 'staff'] as const
const corpusFolder = new URL('../../../test/eval/corpus/', import.meta.url)
const documents = [
  {name: 'board-paper.md', text: readFileSync(new URL('../../../examples/board-paper.md', import.meta.url), 'utf8')},
  ...readdirSync(corpusFolder)
    .filter((name) => !name.endsWith('.yml'))
    .sort()
    .map((name) => ({name, text: readFileSync(new URL(name, corpusFolder), 'utf8')}))
]

/** The rules page shipped in this package, which each finding links to: where the repository is checked out does not matter. */
const rulesPage = new URL('../docs/rules.html', import.meta.url).href

/** A check's findings (every field, places as line, column and offset) and statistics. */
function pinned(result: CheckResult) {
  return {
    messages: result.messages.map((message) => {
      const {suggestion: _view, ...json} = messageToJson(message)
      return {...json, url: json.url?.replace(rulesPage, '<rules page>'), fatal: message.fatal ?? null}
    }),
    stats: result.stats
  }
}

/** Checks at each audience as JSON, one finding a line, so a diff shows which findings moved. */
function render(results: Record<string, CheckResult>): string {
  const lines = ['{']
  Object.entries(results).forEach(([audience, result], index, all) => {
    const {messages, stats} = pinned(result)
    lines.push(`${JSON.stringify(audience)}: {"messages": [`, messages.map((message) => JSON.stringify(message)).join(',\n'), `], "stats": ${JSON.stringify(stats)}}${index < all.length - 1 ? ',' : ''}`)
  })
  lines.push('}', '')
  return lines.join('\n')
}

describe('findings pinned on the sample paper and the evaluation corpus', () => {
  it('has the whole corpus', () => {
    expect(documents.length).toBeGreaterThanOrEqual(18)
  })

  for (const {name, text} of documents) {
    it(name, async () => {
      const byAudience = Object.fromEntries(audiences.map((audience) => [audience, check(text, {format: formatFromPath(name), audience, suggestions: true})]))
      await expect(render(byAudience)).toMatchFileSnapshot(`__snapshots__/findings/${name}.json`)
    })
  }

  it('board-paper.md as paragraphs (the Word pane and .docx path)', async () => {
    const paragraphs = documents[0]!.text.split('\n').map((line) => {
      const heading = /^(#{1,6}) /.exec(line)
      return heading ? {text: line.slice(heading[0].length), heading: heading[1]!.length} : {text: line}
    })
    const byAudience = Object.fromEntries(audiences.map((audience) => [audience, checkParagraphs(paragraphs, {audience, suggestions: true})]))
    await expect(render(byAudience)).toMatchFileSnapshot('__snapshots__/findings/board-paper.paragraphs.json')
  })

  // The benchmark's public-domain prose is not copied into the repository:
  // its findings are held as a count per rule and a digest of every field.
  it('the benchmark prose (20,000 words), as Markdown and as plain text', () => {
    const {text} = corpus(20000)
    const summary = Object.fromEntries(
      (['markdown', 'text'] as const).map((format) => {
        const result = check(text, {format, suggestions: true})
        const json = JSON.stringify(pinned(result))
        const counts: Record<string, number> = {}
        for (const message of result.messages) counts[message.ruleId] = (counts[message.ruleId] ?? 0) + 1
        return [format, {counts, sha256: createHash('sha256').update(json).digest('hex')}]
      })
    )
    expect(summary).toMatchSnapshot()
  })
})
