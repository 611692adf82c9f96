import {describe, expect, it} from 'vitest'
import {markdownChunks} from '../src/lib/document/markdown-chunks.js'
import {run} from './helpers.js'

const texts = (markdown: string) => markdownChunks(markdown).map((chunk) => chunk.text)

describe('markdown chunks', () => {
  it('cuts at blank lines and covers the whole text', () => {
    const markdown = '# Title\n\nOne.\nTwo.\n\n- a\n- b\n\nEnd.'
    expect(texts(markdown)).toEqual(['# Title\n\n', 'One.\nTwo.\n\n', '- a\n- b\n\n', 'End.'])
    for (const chunk of markdownChunks(markdown)) expect(markdown.slice(chunk.start, chunk.start + chunk.text.length)).toBe(chunk.text)
  })

  it('keeps together what a blank line does not end', () => {
    expect(texts('---\ntitle: a\n\nb: c\n---\n\nText.')).toEqual(['---\ntitle: a\n\nb: c\n---\n\n', 'Text.'])
    expect(texts('```\ncode\n\nmore\n```\n\nText.')).toEqual(['```\ncode\n\nmore\n```\n\n', 'Text.'])
    expect(texts('<!-- a\n\nb -->\n\nText.')).toEqual(['<!-- a\n\nb -->\n\n', 'Text.'])
    expect(texts('<pre>\na\n\nb\n</pre>\n\nText.')).toEqual(['<pre>\na\n\nb\n</pre>\n\n', 'Text.'])
    expect(texts('- item\n\n  more of the item\n\nText.')).toEqual(['- item\n\n  more of the item\n\n', 'Text.'])
  })

  it('keeps documents with reference definitions whole', () => {
    expect(texts('See [the plan][p].\n\n[p]: https://example.org')).toHaveLength(1)
  })

  it('gives the same findings however the document is cut', () => {
    const markdown = '# Plan\n\nThe JSNA is out.\n\n```\nJSNA signpost\n```\n\n- We signpost.\n\n  The Joint Strategic Needs Assessment (JSNA) will be published.'
    const whole = '# Plan\n\nThe JSNA is out.\n```\nJSNA signpost\n```\n- We signpost.\n  The Joint Strategic Needs Assessment (JSNA) will be published.'
    const rules = (text: string) => run(text, {format: 'markdown'}).messages.map((message) => `${message.ruleId} ${message.actual}`)
    expect(rules(markdown)).toEqual(rules(whole))
    expect(rules(markdown)).toEqual(['acronym-late-definition JSNA', 'jargon signpost', 'passive will be published'])
  })
})
