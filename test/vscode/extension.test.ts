/** The extension's manifest and its statistics rendering, without VS Code. */
import {readFileSync} from 'node:fs'
import {passiveSentencesNote} from '@plainspeak/core/presentation'
import {describe, expect, it} from 'vitest'
import {statisticsHtml, statusText, statusTooltip, workspaceSummary} from '../../extensions/vscode/src/statistics.js'

const manifest = JSON.parse(readFileSync(new URL('../../extensions/vscode/package.json', import.meta.url), 'utf8')) as {
  contributes: {commands: Array<{command: string; title: string}>; configuration: {properties: Record<string, {default?: unknown; description?: string; markdownDescription?: string}>}}
  capabilities: {untrustedWorkspaces: {supported: unknown; restrictedConfigurations?: string[]}}
  main: string
}

const stats = {
  uri: 'file:///paper.md',
  version: 3,
  findings: {total: 7, error: 0, warning: 5, info: 2, suggestions: 0, byRule: {jargon: 5, 'sentence-length': 2}},
  elapsedMs: 12,
  moreSections: 0,
  stats: {
    words: 120, sentences: 8, syllables: 190, fleschReadingEase: 61.2, fleschKincaidGrade: 6.4, readingAge: 11.4, targetReadingAge: 9,
    passiveSentences: 2, passiveShare: 0.25, longSentences: 1, sentenceLimit: 25,
    sections: [{heading: 'Budget <2025>', depth: 2, line: 3, words: 120, sentences: 8, syllables: 190, fleschReadingEase: 61.2, fleschKincaidGrade: 6.4, readingAge: 11.4}],
    acronyms: [{acronym: 'JSNA', expansion: 'Joint Strategic Needs Assessment', meanings: [], definedAt: null, firstUse: {line: 3, column: 5, offset: 20}, count: 2, exempt: false}]
  }
}

describe('manifest', () => {
  it('contributes the ten settings with defaults and descriptions', () => {
    const {properties} = manifest.contributes.configuration
    expect(Object.keys(properties)).toEqual(['plainspeak.enable', 'plainspeak.audience', 'plainspeak.rules', 'plainspeak.dictionaries', 'plainspeak.docsUrl', 'plainspeak.organisationFolders', 'plainspeak.maxFileSize', 'plainspeak.timeout', 'plainspeak.maxMemory', 'plainspeak.suggestions'])
    for (const setting of Object.values(properties)) {
      expect(setting).toHaveProperty('default')
      expect(setting.description ?? setting.markdownDescription).toMatch(/^\S.{30,}$/)
    }
    expect(properties['plainspeak.enable']!.default).toBe(true)
    expect(properties['plainspeak.audience']!.default).toBeNull()
    // Suggestions are one switch away, and off by default.
    expect(properties['plainspeak.suggestions']!.default).toBe(false)
    // The limits default to the server's, which are the command's.
    expect([properties['plainspeak.maxFileSize']!.default, properties['plainspeak.timeout']!.default, properties['plainspeak.maxMemory']!.default]).toEqual([5, 120, 1024])
  })

  it('contributes the three commands and declares untrusted workspace support', () => {
    expect(manifest.contributes.commands.map((command) => command.command)).toEqual(['plainspeak.checkWorkspace', 'plainspeak.showStatistics', 'plainspeak.insertGlossary'])
    expect(manifest.capabilities.untrustedWorkspaces).toMatchObject({supported: 'limited', restrictedConfigurations: ['plainspeak.dictionaries', 'plainspeak.organisationFolders', 'plainspeak.maxFileSize', 'plainspeak.timeout', 'plainspeak.maxMemory']})
    expect(manifest.main).toBe('./dist/extension.js')
  })
})

describe('statistics', () => {
  it('says the reading age, to one decimal place, and the findings per level in the status bar', () => {
    expect(statusText(stats)).toBe('Reading age 11.4 · 5 warnings, 2 info')
    expect(statusText({...stats, findings: {...stats.findings, total: 1, warning: 1, info: 0}})).toBe('Reading age 11.4 · 1 warning')
    expect(statusText({...stats, findings: {total: 0, error: 0, warning: 0, info: 0, suggestions: 0, byRule: {}}})).toBe('Reading age 11.4 · no findings')
    expect(statusText({...stats, stats: {...stats.stats, readingAge: null}})).toBe('No sentences · 5 warnings, 2 info')
  })

  it('counts in the status bar what the Problems panel lists, and the suggestions (hints) beside it in the tooltip', () => {
    const withSuggestions = {...stats, findings: {...stats.findings, total: 10, suggestions: 3, byRule: {...stats.findings.byRule, passive: 3}}}
    expect(statusText(withSuggestions)).toBe('Reading age 11.4 · 5 warnings, 2 info')
    expect(statusTooltip(stats)).toBe('Problems lists 7 findings (5 warnings, 2 info). Target reading age 9. Click for statistics.')
    expect(statusTooltip(withSuggestions)).toBe(
      'Problems lists 7 findings (5 warnings, 2 info). Also 3 suggestions, shown as dots under the words (hints), not in Problems. Target reading age 9. Click for statistics.'
    )
    expect(statisticsHtml(withSuggestions, 'paper.md')).toContain('<th scope="row">Findings</th><td>7 findings (5 warnings, 2 info) and 3 suggestions</td>')
  })

  it('says after "Check workspace" what the Problems panel now lists, and the suggestions it does not', () => {
    const result = {files: 3, findings: 29, error: 0, warning: 20, info: 9, suggestions: 0, skipped: 0}
    expect(workspaceSummary(result)).toBe('Plainspeak checked 3 files: 29 findings (20 warnings, 9 info), listed in Problems.')
    expect(workspaceSummary({...result, suggestions: 71, skipped: 1})).toBe(
      'Plainspeak checked 3 files: 29 findings (20 warnings, 9 info), listed in Problems. Also 71 suggestions, shown as dots under the words (hints), not in Problems. 1 file was too large to read.'
    )
    expect(workspaceSummary({files: 1, findings: 0, error: 0, warning: 0, info: 0, suggestions: 0, skipped: 0})).toBe('Plainspeak checked 1 file: no findings.')
  })

  it('says why the passive share counts more sentences than the passive findings, in core’s words', () => {
    const html = statisticsHtml(stats, 'paper.md')
    expect(html).toContain('<th scope="row">Passive sentences</th><td>2 (25%) *</td>')
    expect(html).toContain(`<p class="note">* ${passiveSentencesNote('the plainspeak.suggestions setting')}</p>`)
  })

  it('renders figures, sections and acronyms, escaping document text', () => {
    const html = statisticsHtml(stats, 'paper.md')
    expect(html).toContain('<span class="over">11.4</span> (target 9)')
    expect(html).toContain('<td>Budget &lt;2025&gt;</td><td>3</td><td class="over">11.4</td>')
    expect(html).toContain('<th scope="row">Findings</th><td>7 findings (5 warnings, 2 info)</td>')
    expect(html).toContain('<td>JSNA</td><td>Joint Strategic Needs Assessment</td><td><strong>not spelled out</strong></td><td>2</td>')
    expect(html).toContain("default-src 'none'")
    expect(statisticsHtml({...stats, stats: null}, 'x.md')).toContain('could not check this document')
  })

  it('says how many sections a very long document has beyond those listed', () => {
    expect(statisticsHtml(stats, 'paper.md')).not.toContain('more section')
    expect(statisticsHtml({...stats, moreSections: 1}, 'paper.md')).toContain('<p>And 1 more section, not listed.</p>')
    expect(statisticsHtml({...stats, moreSections: 26500}, 'paper.md')).toContain('<p>And 26,500 more sections, not listed.</p>')
  })
})
