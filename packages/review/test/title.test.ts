import {check} from '@plainspeak/core'
import {describe, expect, it} from 'vitest'
import {documentTitle} from '../src/index.js'

const titleOf = (text: string, format: 'markdown' | 'text' | 'html', file = 'draft') => documentTitle(check(text, {format, audience: 'public'}).stats.sections, file)

describe('the title of a draft, from core’s sections', () => {
  it('is the first top-level heading, wherever it is', () => {
    expect(titleOf('## Item 4\n\nSome words here.\n\n# Bins and recycling\n\n## When we collect\n\nEvery week.\n', 'markdown')).toBe('Bins and recycling')
    expect(titleOf('<p>Draft 2</p><h2>Notes</h2><p>Read this first.</p><h1>Parking permits</h1><p>Apply online.</p>', 'html')).toBe('Parking permits')
  })

  it('is the first line of a draft with no top-level heading, when that line is a heading', () => {
    expect(titleOf('Parking permits\n\nYou can apply online.\n\nHow to pay\n\nPay by card.\n', 'text')).toBe('Parking permits')
    expect(titleOf('## Parking permits\n\nYou can apply online.\n\n### How to pay\n\nPay by card.\n', 'markdown')).toBe('Parking permits')
    // A page saved from a website: a date line, no sentence, before its title.
    expect(titleOf('Date published: 3 March 2026\n\n## Parking permits\n\n## How to pay\n\nPay by card when you apply.\n', 'markdown')).toBe('Parking permits')
  })

  it('is the file’s name when the first heading names a section: after the opening, or under a higher one', () => {
    expect(titleOf('Dear resident,\n\nWe are writing about your bins.\n\n## What happens next\n\nWe will collect them on Monday.\n', 'markdown', 'bins.md')).toBe('bins.md')
    expect(titleOf('- **Bring your bin card** to the visit.\n- We will ask to see it.\n\n## What happens next\n\nWe will call you.\n', 'markdown', 'visit.md')).toBe('visit.md')
    expect(titleOf('### Step one\n\nFill in the form.\n\n## Step two\n\nSend it to us.\n', 'markdown', 'steps.md')).toBe('steps.md')
    expect(titleOf('', 'text', 'empty.txt')).toBe('empty.txt')
  })
})
