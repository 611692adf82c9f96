/**
 * "Add as comments": one short comment per group of repeats, for the default view only.
 */
import {describe, expect, it} from 'vitest'
import {DocumentChecker} from '../src/checking.js'
import {commentRequests, commentText} from '../src/comments.js'
import type {Finding} from '../src/findings.js'
import {loadDictionary} from '../src/organisation-dictionaries.js'

const panel = loadDictionary({
  file: 'panel.yml',
  text: `- term: signpost
  alternatives: [refer, direct]
  kind: jargon
  note: Residents may not know what being signposted means.
  source: lga-2009
- acronym: JSNA
  expansion: Joint Strategic Needs Assessment
  domain: council
  source: lga-2009
`
})
if (!panel.ok) throw new Error(panel.errors.join('\n'))
const settings = {audience: 'public' as const, allow: [], dictionaries: [panel.dictionary]}
const check = (paragraphs: string[]) => new DocumentChecker().check(paragraphs.map((text) => ({text})), settings)

/** How many times `part` occurs in `text`. */
const occurrences = (text: string, part: string) => text.split(part).length - 1

describe('commentText', () => {
  it('says the reason once, with each alternative once', () => {
    const {findings} = check(['We signpost people to the JSNA.'])
    const signpost = findings.find((finding) => finding.actual === 'signpost')!
    expect(signpost.reason).toContain('“refer” or “direct”')
    expect(commentText(signpost)).toBe(`Plainspeak: ${signpost.reason}`)
    const acronym = findings.find((finding) => finding.actual === 'JSNA')!
    expect(commentText(acronym)).toBe(`Plainspeak: ${acronym.reason}`)
    expect(occurrences(commentText(acronym), 'Joint Strategic Needs Assessment')).toBe(1)
  })

  it('names an alternative the reason leaves out, and how many uses the comment covers', () => {
    const {findings} = check(['We signpost people.'])
    const signpost: Finding = {...findings[0]!, expected: ['refer', 'direct', 'point']}
    expect(commentText(signpost, 3)).toBe(`Plainspeak: ${signpost.reason} Or: “point”. Used 3 times in this document; this comment is on the first.`)
    const unnamed: Finding = {...findings[0]!, reason: 'Use plain words.', expected: ['refer']}
    expect(commentText(unnamed)).toBe('Plainspeak: Use plain words. Try: “refer”.')
  })
})

describe('commentRequests', () => {
  it('adds one comment per group of repeats, at its first use, in document order', () => {
    const {findings} = check(['We signpost people to the JSNA.', 'Signpost carers too, and signpost families.'])
    const requests = commentRequests(findings)
    expect(requests.map((request) => `${request.target.paragraph}:${request.target.start}:${request.target.actual}`)).toEqual(['0:3:signpost', '0:26:JSNA'])
    expect(requests[0]!.comment).toContain('Used 3 times in this document')
  })

  it('leaves suggestions out', () => {
    const {findings} = check(['We signpost people to the JSNA.'])
    const marked = findings.map((finding) => (finding.actual === 'signpost' ? {...finding, suggestion: true} : finding))
    expect(commentRequests(marked).map((request) => request.target.actual)).toEqual(['JSNA'])
  })
})
