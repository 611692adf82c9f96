/**
 * The one substitution code path (lib/fix/): a finding and a chosen replacement become an edit;
 * bulk fixes take only the safe ones. Texts mark the finding with ⟦ ⟧.
 */
import {describe, expect, it} from 'vitest'
import {applyEdits, check, fixEdit, fixableFinding, isSafeFix, keepCase, safeFixes, stillApplies, type FixableFinding, type Format} from '../src/index.js'

/** The text without its marks, and the marked finding offering `expected`. */
function marked(source: string, expected: string[] = ['x'], subject?: FixableFinding['subject']): {text: string; finding: FixableFinding} {
  const start = source.indexOf('⟦')
  const end = source.indexOf('⟧') - 1
  const text = source.replace('⟦', '').replace('⟧', '')
  return {text, finding: {start, end, actual: text.slice(start, end), expected, ...(subject ? {subject} : {})}}
}

/** The text after the marked words are replaced with `replacement`. */
function fixed(source: string, replacement: string, subject?: FixableFinding['subject']): string {
  const {text, finding} = marked(source, [replacement], subject)
  const edit = fixEdit(text, finding, replacement)
  if (!edit) throw new Error('no edit')
  return applyEdits(text, [edit]).text
}

const safe = (source: string, format: Format = 'text', expected = ['use']) => {
  const {text, finding} = marked(source, expected)
  return isSafeFix(text, finding, format)
}

describe('fixEdit: case', () => {
  it('keeps the capital of a sentence-opening word', () => {
    expect(fixed('⟦Utilise⟧ the form.', 'use')).toBe('Use the form.')
    expect(fixed('We ⟦utilise⟧ it.', 'use')).toBe('We use it.')
    expect(fixed('⟦In order to⟧ apply, ring us.', 'to')).toBe('To apply, ring us.')
  })

  it('keeps a line of capitals in capitals, but not for an acronym spelled out', () => {
    expect(fixed('PLEASE ⟦UTILISE⟧ THE FORM', 'use')).toBe('PLEASE USE THE FORM')
    expect(fixed('Ask the ⟦JSNA⟧ team.', 'Joint Strategic Needs Assessment (JSNA)', {kind: 'acronym'})).toBe('Ask the Joint Strategic Needs Assessment (JSNA) team.')
  })

  it('gives a spelled-out acronym a capital only at the start of a sentence', () => {
    expect(fixed('We wrote to the ⟦ICB⟧ today.', 'integrated care board (ICB)', {kind: 'acronym'})).toBe('We wrote to the integrated care board (ICB) today.')
    expect(fixed('⟦ICB⟧ members met.', 'integrated care board (ICB)', {kind: 'acronym'})).toBe('Integrated care board (ICB) members met.')
  })

  it('never lowers a capital the replacement has', () => {
    expect(keepCase('NHS England', 'the trust')).toBe('NHS England')
    expect(keepCase('use', '“Utilise')).toBe('Use')
  })
})

describe('fixEdit: removal', () => {
  it('takes one space with words between words', () => {
    expect(fixed('We will ⟦basically⟧ do it.', '')).toBe('We will do it.')
  })

  it('takes the commas of words set off by commas', () => {
    expect(fixed('It is, ⟦in fact⟧, true.', '')).toBe('It is true.')
    expect(fixed('We do it, ⟦basically⟧.', '')).toBe('We do it.')
    expect(fixed('We do it ⟦basically⟧.', '')).toBe('We do it.')
  })

  it('starts the sentence with a capital when its opening words go', () => {
    expect(fixed('⟦In fact⟧, it is true.', '')).toBe('It is true.')
    expect(fixed('Done. ⟦Basically⟧ we agree.', '')).toBe('Done. We agree.')
    expect(fixed('- ⟦Basically⟧ we agree.', '')).toBe('- We agree.')
    expect(fixed('2.7 ⟦In fact⟧, we agree.', '')).toBe('2.7 We agree.')
  })

  it('leaves no double space and no stray comma', () => {
    for (const source of ['It is, ⟦in fact⟧, true.', 'We ⟦really⟧ agree, ⟦totally⟧.', 'Well ⟦really⟧, yes.']) {
      const once = fixed(source.replace(/⟦(?=[^⟦]*⟦)|⟧(?=[^⟧]*⟧)/g, ''), '')
      expect(once).not.toMatch(/ {2}|,\s*[,.]|\s[,.]/)
    }
  })
})

describe('fixEdit: abbreviations', () => {
  it('takes the abbreviation’s own full stop with it', () => {
    expect(fixed('Apply ⟦e.g⟧. online or by post.', 'for example')).toBe('Apply for example online or by post.')
    expect(fixed('Some groups, ⟦e.g⟧. Health visiting, meet.', 'for example')).toBe('Some groups, for example Health visiting, meet.')
  })

  it('leaves a sentence its full stop', () => {
    expect(fixed('Bring pens, paper ⟦etc.⟧ Then sit down.', 'and so on')).toBe('Bring pens, paper and so on. Then sit down.')
    expect(fixed('Bring pens, paper ⟦etc.⟧', 'and so on')).toBe('Bring pens, paper and so on.')
    expect(fixed('Bring pens ⟦etc.⟧ to class.', 'and so on')).toBe('Bring pens and so on to class.')
    // "e.g." and "eg." introduce something and never end a sentence, even before a capital.
    expect(fixed('Costs ⟦e.g.⟧ Room Hire are paid.', 'like')).toBe('Costs like Room Hire are paid.')
    expect(fixed('Some tickets (⟦eg⟧. “Users cannot log in”) were closed.', 'such as')).toBe('Some tickets (such as “Users cannot log in”) were closed.')
    expect(fixed('Some tickets (⟦eg.⟧ “Users cannot log in”) were closed.', 'such as')).toBe('Some tickets (such as “Users cannot log in”) were closed.')
  })
})

describe('the edit guard', () => {
  it('makes no edit when the words are no longer where the finding says', () => {
    const {text, finding} = marked('We ⟦utilise⟧ it.')
    expect(fixEdit(text.replace('utilise', 'utilize'), finding, 'use')).toBeUndefined()
    expect(fixEdit(text, {...finding, start: finding.start + 1}, 'use')).toBeUndefined()
  })

  it('refuses an edit whose text changed, and overlapping edits, applying the rest in one pass', () => {
    const text = 'We utilise and utilise it.'
    const first = fixEdit(text, {start: 3, end: 10, actual: 'utilise', expected: ['use']}, 'use')!
    const second = fixEdit(text, {start: 15, end: 22, actual: 'utilise', expected: ['use']}, 'use')!
    const overlapping = {start: 5, end: 12, original: text.slice(5, 12), text: 'x'}
    expect(stillApplies(text, first)).toBe(true)
    expect(stillApplies('We utilize and utilise it.', first)).toBe(false)
    const result = applyEdits(text, [second, overlapping, first])
    expect(result.text).toBe('We use and use it.')
    expect(result.refused).toEqual([overlapping])
    expect(applyEdits('We utilize and utilise it.', [first, second]).text).toBe('We utilize and use it.')
  })
})

describe('safety for bulk fixes', () => {
  it('is safe in prose with exactly one replacement', () => {
    expect(safe('We ⟦utilise⟧ the form.')).toBe(true)
    expect(safe('⟦Utilise⟧ the form.')).toBe(true)
    expect(safe('We ⟦utilise⟧ the form.', 'text', ['use', 'employ'])).toBe(false)
    expect(safe('We ⟦utilise⟧ the form.', 'text', [])).toBe(false)
  })

  it('is not safe in code, web addresses or front matter', () => {
    expect(safe('Run `⟦utilise⟧ --all` first.', 'markdown')).toBe(false)
    expect(safe('```\n⟦utilise⟧ it\n```\n', 'markdown')).toBe(false)
    expect(safe('---\ntitle: We ⟦utilise⟧ it\n---\n\nText.\n', 'markdown')).toBe(false)
    expect(safe('See [the page](https://example.org/⟦utilise⟧).', 'markdown')).toBe(false)
    expect(safe('See https://example.org/⟦utilise⟧-it now.', 'text')).toBe(false)
    expect(safe('<p>Run <code>⟦utilise⟧</code>.</p>', 'html')).toBe(false)
    expect(safe('<p title="we ⟦utilise⟧ it">Text.</p>', 'html')).toBe(false)
  })

  it('is not safe in a quotation', () => {
    expect(safe('She said “we ⟦utilise⟧ it” on Monday.')).toBe(false)
    expect(safe('She said "we ⟦utilise⟧ it" on Monday.')).toBe(false)
    expect(safe('> We ⟦utilise⟧ it, she said.', 'markdown')).toBe(false)
    expect(safe('<blockquote>We ⟦utilise⟧ it.</blockquote>', 'html')).toBe(false)
    // Apostrophes are not quotation marks.
    expect(safe('The council’s staff ⟦utilise⟧ residents’ views.')).toBe(true)
  })

  it('is not safe inside a name', () => {
    expect(safe('Funded by the ⟦Going Forward⟧ Fund.', 'text', ['From now on'])).toBe(false)
    expect(safe('⟦Signpost⟧ Services Ltd replied.', 'text', ['Refer'])).toBe(false)
    expect(safe('⟦Signpost⟧ NHS patients to us.', 'text', ['Refer'])).toBe(true)
    expect(safe('2.7 ⟦In the event that⟧ you move, tell us.', 'text', ['If'])).toBe(true)
    expect(safe('Under the Local Government ⟦etc⟧. (Scotland) Act 1994.', 'text', ['and so on'])).toBe(false)
    expect(safe('We told Camden ⟦utilise⟧ it.', 'text')).toBe(true)
    expect(safe('Camden ⟦utilise⟧ Islington funds.', 'text')).toBe(true)
    expect(safe('We and Camden ⟦utilise⟧ Islington funds.', 'text')).toBe(false)
  })
})

describe('safeFixes on a checked document', () => {
  it('fixes only single-replacement findings in prose, and a second run finds nothing to fix', () => {
    const text = '# Plan\n\nWe utilise the budget. Run `utilise` to see. We will initiate talks.\n\n> We utilise it, they said.\n'
    const first = check(text, {format: 'markdown', suggestions: true})
    const plan = safeFixes(text, first.messages.map(fixableFinding), 'markdown')
    expect(plan.fixes.map((fix) => `${fix.finding.actual} → ${fix.edit.text}`)).toEqual(['utilise → use'])
    const once = applyEdits(text, plan.fixes.map((fix) => fix.edit)).text
    expect(once).toBe('# Plan\n\nWe use the budget. Run `utilise` to see. We will initiate talks.\n\n> We utilise it, they said.\n')
    const again = safeFixes(once, check(once, {format: 'markdown', suggestions: true}).messages.map(fixableFinding), 'markdown')
    expect(again.fixes).toEqual([])
  })

  it('takes nothing from empty or degenerate input', () => {
    expect(safeFixes('', [], 'text').fixes).toEqual([])
    expect(fixEdit('', {start: 0, end: 0, actual: '', expected: ['x']}, 'x')).toBeUndefined()
    expect(applyEdits('abc', []).text).toBe('abc')
  })
})
