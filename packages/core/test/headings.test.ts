import {describe, expect, it} from 'vitest'
import {check, checkParagraphs} from '../src/index.js'

/** Each section as `heading (depth): prose words`. */
function sections(text: string, format: 'markdown' | 'html' | 'text' = 'markdown'): string[] {
  return check(text, {format}).stats.sections.map((section) => `${section.heading ?? '(none)'} (${section.depth}): ${section.words}`)
}

describe('headings, however they are written', () => {
  it('takes Markdown and HTML heading markup', () => {
    expect(sections('# Bins\n\nWe empty your bins every week.\n\n## Garden waste\n\nWe take garden waste in summer.')).toEqual(['Bins (1): 6', 'Garden waste (2): 6'])
    expect(sections('<h1>Bins</h1><p>We empty your bins every week.</p><h2>Garden waste</h2><p>We take garden waste in summer.</p>', 'html')).toEqual(['Bins (1): 6', 'Garden waste (2): 6'])
  })

  it('takes a line in bold on its own as a heading, one level below the last heading written as one', () => {
    const text = '# Help at home\n\nThis page says who can get help at home.\n\n**Who can apply**\n\nYou can apply if you live in the borough.\n\n**How to apply**\n\nFill in the form on our website or call us.'
    expect(sections(text)).toEqual(['Help at home (1): 9', 'Who can apply (2): 9', 'How to apply (2): 10'])
    expect(sections('<p><strong>Who can apply</strong></p><p>You can apply if you live in the borough.</p>', 'html')).toEqual(['Who can apply (2): 9'])
  })

  it('does not take a bold sentence, or a line only partly bold, as a heading', () => {
    expect(sections('**Do not stop taking your tablets.**\n\nTalk to your doctor first.')).toEqual(['(none) (0): 11'])
    expect(sections('**Note** that the office is closed\n\nCall us on Monday.')).toEqual(['(none) (0): 10'])
  })

  it('takes a question on a line of its own, with its answer below, as a heading', () => {
    const text = '# Parking permits\n\nWhat happens next?\n\nWe will post your permit within five working days.\n\nCan I park at the station?\n\n- Only with a station permit.'
    expect(sections(text)).toEqual(['Parking permits (1): 0', 'What happens next? (2): 9', 'Can I park at the station? (2): 5'])
    expect(sections('Bins\n\nWhen is my bin emptied?\n\nWe empty your bin every Tuesday morning.', 'text')).toEqual(['Bins (2): 0', 'When is my bin emptied? (3): 7'])
  })

  it('does not take a long question, or a question ending the text, as a heading', () => {
    const long = 'Have you thought about what you would do if your boiler stopped working in the middle of winter?'
    expect(sections(`${long}\n\nWe can help you plan.`)).toEqual(['(none) (0): 23'])
    expect(sections('We empty your bins every week.\n\nAny questions?')).toEqual(['(none) (0): 8'])
  })

  it('never takes a list item as a heading, however it is written', () => {
    expect(sections('# Services\n\n- **Home care**\n- What does it cost?\n\nWe charge by the hour.')).toEqual(['Services (1): 11'])
    expect(sections('Services\n\n- Home care\n\n1. Meals at home\n\nWe charge by the hour.', 'text')).toEqual(['Services (2): 11'])
    // A Word paragraph in a list (bulleted or numbered) is a list item, even in a heading style.
    const paragraphs = [{text: 'Services', heading: 1}, {text: 'Home care', bold: true, listItem: true}, {text: 'Meals at home', heading: 2, listItem: true}, {text: 'We charge by the hour.'}]
    expect(checkParagraphs(paragraphs).stats.sections.map((section) => section.heading)).toEqual(['Services'])
  })

  it('takes a bold Word paragraph on its own as a heading', () => {
    const paragraphs = [{text: 'Who can apply', bold: true}, {text: 'You can apply if you live in the borough.'}]
    expect(checkParagraphs(paragraphs).stats.sections.map((section) => [section.heading, section.depth])).toEqual([['Who can apply', 2]])
  })
})
