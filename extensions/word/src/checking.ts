/**
 * Runs the engine over the document's paragraphs. The add-in adds nothing to
 * the engine's judgement: it only prepares Word's text and maps the findings
 * back to paragraphs.
 */
import {CheckerCache, createTextChecker, fingerprintAt, ruleDocsLink, type CheckOptions, type DocumentStats, type TextChecker} from '@plainspeak/core/text'
import type {Audience} from '@plainspeak/base'
import type {CompiledDictionary} from '@plainspeak/dictionary'
import {toFinding, type Finding} from './findings.js'
import type {DocumentParagraph} from './word-adapter.js'

export interface CheckSettings {
  audience: Audience
  /** Terms and acronyms accepted in this document. */
  allow: readonly string[]
  /** Organisation dictionaries, layered over the built-in one. */
  dictionaries: ReadonlyArray<{id: string; layer: CompiledDictionary}>
  /** Where "About this check" links go: the add-in's own help page, or the organisation's docs. */
  docsUrl?: string
  /** Show suggestions (correct but minor findings) too. */
  suggestions?: boolean
  /** Fingerprints of findings marked "Not useful here" at this audience: left out of the list and the counts. */
  dismissed?: ReadonlySet<string>
}

export interface DocumentCheck {
  /** Word's paragraph texts, exactly as loaded: edits are guarded against these. */
  paragraphTexts: string[]
  findings: Finding[]
  stats: DocumentStats
  /** Milliseconds spent in the engine. */
  engineMs: number
}

/**
 * Line breaks inside a paragraph (soft returns) become spaces one for one, so
 * that offsets in the checked text are offsets in Word's text.
 */
const lineBreaks = /[\r\n\v\f]/g

/**
 * Keeps an engine checker per settings (the last two: switching the audience
 * back and forth re-uses both): it remembers each paragraph's analysis, so a
 * re-check after an edit redoes only what changed.
 */
export class DocumentChecker {
  private readonly checkers = new CheckerCache<string>(2)

  check(paragraphs: readonly DocumentParagraph[], settings: CheckSettings): DocumentCheck {
    const started = performance.now()
    const result = this.checkerFor(settings).checkParagraphs(
      paragraphs.map((paragraph) => ({...paragraph, text: paragraph.text.replace(lineBreaks, ' ')}))
    )
    const paragraphTexts = paragraphs.map((paragraph) => paragraph.text)
    // The pane's own help page (or the docs it was built to link to) is the add-in's address, not
    // a setting: it is linked here rather than through the engine's `docsUrl`, which takes https only.
    const findings = result.messages.flatMap((message) => {
      // As the CLI works it out for the same .docx: the paragraphs as core joined them, one paragraph a line.
      const fingerprint = fingerprintAt(result.text, {ruleId: message.ruleId, actual: message.actual, offset: message.place.start.offset, endOffset: message.place.end.offset}, true)
      if (settings.dismissed?.has(fingerprint)) return []
      const finding = toFinding(message, paragraphTexts, fingerprint)
      return [settings.docsUrl ? {...finding, url: ruleDocsLink(message.ruleId, settings.docsUrl)} : finding]
    })
    return {paragraphTexts, findings, stats: result.stats, engineMs: performance.now() - started}
  }

  /**
   * Builds the engine for these settings and runs it once on a short text, so
   * that the author's first check does not also pay for compiling the
   * dictionary and warming up the JavaScript engine.
   */
  prepare(settings: CheckSettings): void {
    this.checkerFor(settings).checkParagraphs([{text: 'Summary', heading: 1}, {text: 'The board agreed the JSNA and will signpost residents to it going forward.'}])
  }

  private checkerFor(settings: CheckSettings): TextChecker {
    const key = JSON.stringify([settings.audience, [...settings.allow].sort(), settings.dictionaries.map((dictionary) => dictionary.id), settings.suggestions === true])
    return this.checkers.get(key, () => {
      const options: CheckOptions = {
        audience: settings.audience,
        allow: [...settings.allow],
        dictionaries: settings.dictionaries.map((dictionary) => dictionary.layer),
        suggestions: settings.suggestions === true
      }
      return createTextChecker(options)
    })
  }
}
