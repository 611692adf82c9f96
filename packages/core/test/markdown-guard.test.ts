import {describe, expect, it} from 'vitest'
import {estimateCheckMemory} from '../src/index.js'
import {findHostileMarkdown} from '../src/lib/document/markdown-guard.js'

const reasons = (text: string) => findHostileMarkdown(text).map((group) => group.reason)

describe('the Markdown guard on dense inline constructs', () => {
  it('leaves ordinary writing to the parser', () => {
    const links = Array.from({length: 30}, (_, index) => `see [page ${index}](https://example.org/${index}) and **note ${index}**`).join(', ') + '.\n'
    const tightList = Array.from({length: 500}, (_, index) => `- Item ${index} with [a link](x${index}) and *emphasis*<br>more`).join('\n') + '\n'
    const htmlTable = '<table>\n' + Array.from({length: 2000}, (_, index) => `<tr><td>Row ${index}</td><td><span>JSNA</span></td></tr>`).join('\n') + '\n</table>\n'
    const abbreviations = Array.from({length: 200}, () => 'The <abbr title="Joint Strategic Needs Assessment">JSNA</abbr> was agreed in May.').join(' ') + '\n'
    expect(reasons(links)).toEqual([])
    expect(reasons(tightList)).toEqual([])
    expect(reasons(htmlTable)).toEqual([])
    expect(reasons(abbreviations)).toEqual([])
  })

  it('reads paragraphs dense with emphasis, links, footnote calls or inline HTML as plain text', () => {
    expect(reasons('We **x** '.repeat(20_000))).toEqual(['inline constructs'])
    expect(reasons('We [x](y) '.repeat(20_000))).toEqual(['inline constructs'])
    expect(reasons('[^1]: A note.\n\n' + 'We[^1] '.repeat(20_000))).toEqual(['inline constructs'])
    expect(reasons('<span>We</span> '.repeat(20_000))).toEqual(['inline HTML'])
  })
})

describe('estimateCheckMemory', () => {
  it('names the shape that costs most, and counts prose by its length', () => {
    expect(estimateCheckMemory('# A\n# B\n- c\n[d]: e\n', 'markdown').largest).toEqual({count: 2, what: 'headings'})
    expect(estimateCheckMemory('[a]: x\n'.repeat(10), 'markdown').largest).toEqual({count: 10, what: 'link definitions'})
    expect(estimateCheckMemory('# Not a heading in plain text\n', 'text')).toEqual({bytes: 30 * 30, largest: undefined})
  })
})
