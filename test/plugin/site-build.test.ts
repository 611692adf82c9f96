/**
 * A site build that passes Markdown through remark: remark-parse → remark-plainspeak →
 * remark-rehype → rehype-stringify. The page becomes HTML, and the findings on the vfile point
 * into the Markdown source, exactly as check() gives them.
 */
import {check} from '@plainspeak/core'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkPlainspeak from 'remark-plainspeak'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {expect, it} from 'vitest'
import {messageAsJson} from './helpers.js'

const page = [
  '# Council tax support',
  '',
  'You may get help with your council tax if you are on a low income. Going forward, applications will be actioned within ten working days.',
  '',
  '## How to apply',
  '',
  '1. Fill in the [online form](https://example.org/ctr).',
  '2. Send us proof of your income. We will signpost you to the CAB if you need help with money.',
  '',
  'Citizens Advice Bureau (CAB) advisers can also help you apply.',
  ''
].join('\n')

it('builds the page and positions the findings in the Markdown source', async () => {
  // Every finding, suggestions too: this is about positions in the built page, not about the default view.
  const processor = unified().use(remarkParse).use(remarkPlainspeak, {audience: 'public', suggestions: true}).use(remarkRehype).use(rehypeStringify)
  const file = await processor.process(new VFile({path: 'pages/council-tax-support.md', value: page}))

  expect(String(file)).toContain('<h2>How to apply</h2>')
  expect(String(file)).toContain('<a href="https://example.org/ctr">online form</a>')

  const expected = check(page, {format: 'markdown', audience: 'public', suggestions: true}).messages
  expect(expected.length).toBeGreaterThan(2)
  expect(file.messages.map(messageAsJson)).toEqual(expected.map((message) => messageAsJson(message)))
  // Positions are into the Markdown, not the HTML: each finding's text is at its offsets in the page.
  for (const message of file.messages) {
    const {start, end} = message.place as {start: {offset: number; line: number}; end: {offset: number}}
    expect(page.slice(start.offset, end.offset)).toBe(message.actual)
    expect(page.split('\n')[start.line - 1]).toContain(message.actual!.split('\n')[0])
  }

  const report = reporter(file, {color: false})
  expect(report.split('\n')[0]).toBe('pages/council-tax-support.md')
  for (const message of expected) expect(report).toContain(message.reason)
})
