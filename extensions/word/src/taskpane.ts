/**
 * The task pane: wires the page to the Word adapter and the engine. Word
 * calls are in `word-adapter.ts`, rendering in `view/`; this file only decides
 * what happens when the author clicks.
 */
import {acronymsWithoutMeaning, audiencePresets, countSeverities, glossaryEntries, plural} from '@plainspeak/core/text'
import {audiences, type Audience} from '@plainspeak/base'
import type {Dismissal, DismissalReason} from '@plainspeak/config/feedback-format'
import {DocumentChecker, type CheckSettings, type DocumentCheck} from './checking.js'
import {dismissalsOf, dismissedAt, feedbackFile, today} from './dismissals.js'
import {allowInDocument, clearDismissals, disallowInDocument, dismissInDocument, readDocumentSettings, saveDocumentSettings} from './document-settings.js'
import {commentRequests} from './comments.js'
import {groupByRule, type Finding} from './findings.js'
import {describeSkipped, replaceAllPlan, replacementEdit, safeReviewEdits} from './fixes.js'
import {loadDictionary, readStoredDictionaries, storeDictionaries, type LoadedDictionary} from './organisation-dictionaries.js'
import {FindingsView} from './view/findings-view.js'
import {LocalWordsView} from './view/local-words-view.js'
import {renderSections, renderSummary} from './view/summary.js'
import {appendGlossary, commentTargets, loadParagraphs, replaceTargets, reviewSupported, selectTarget, watchParagraphs, type Edit, type EditReport, type Refusal} from './word-adapter.js'

const audienceLabels: Record<Audience, string> = {public: 'the public', board: 'a board or committee', staff: 'staff', patient: 'a patient'}

/**
 * Where "About this check" goes: the organisation's copy of the rule docs when the add-in was
 * built with `PLAINSPEAK_DOCS_URL`, otherwise the rules in the add-in's own help page, served
 * beside the pane (so the link works wherever the add-in is hosted, and offline from it).
 */
declare const PLAINSPEAK_DOCS_URL: string
const docsUrl = PLAINSPEAK_DOCS_URL || new URL('help.html', document.baseURI).href

/** Re-check this long after the author stops typing. */
const recheckDelay = 800

const refusalMessages: Record<Refusal, string> = {
  changed: 'The document has changed since the last check, so nothing was changed. Plainspeak has checked it again: try once more.',
  'not-found': 'Plainspeak could not find that text exactly as it was checked, so nothing was changed. It has checked the document again.'
}

type Tone = 'info' | 'success' | 'warning' | 'error'

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`The task pane page has no #${id}`)
  return element as T
}

class TaskPane {
  private readonly checker = new DocumentChecker()
  private last: DocumentCheck | undefined
  private checks = 0
  private busy = false
  private queue: Promise<void> = Promise.resolve()
  private recheckTimer: ReturnType<typeof setTimeout> | undefined
  private audience: Audience = 'public'
  private allow: string[] = []
  /** Findings marked "Not useful here" in this document, at every audience. */
  private dismissed: Dismissal[] = []
  /** What in the document's stored dismissals could not be read: named in the panel, kept as it is. */
  private unreadableDismissals: string[] = []
  private dictionaries: LoadedDictionary[] = []
  private dictionaryErrors: string[] = []

  private readonly audienceSelect = byId<HTMLSelectElement>('audience')
  private readonly suggestionsBox = byId<HTMLInputElement>('suggestions')
  private suggestions = false
  private readonly checkButton = byId<HTMLButtonElement>('check')
  private readonly reviewButton = byId<HTMLButtonElement>('review-changes')
  private readonly commentsButton = byId<HTMLButtonElement>('add-comments')
  private readonly commentsConfirm = byId<HTMLElement>('comments-confirm')
  private readonly commentsQuestion = byId<HTMLElement>('comments-question')
  private readonly commentsConfirmAdd = byId<HTMLButtonElement>('comments-confirm-add')
  private readonly glossaryButton = byId<HTMLButtonElement>('insert-glossary')
  private readonly status = byId<HTMLElement>('status')
  private readonly results = byId<HTMLElement>('results')
  private readonly summary = byId<HTMLElement>('summary')
  private readonly sections = byId<HTMLElement>('sections-body')
  private readonly audienceTarget = byId<HTMLElement>('audience-target')
  private readonly editMode = byId<HTMLElement>('edit-mode')
  private readonly audienceQuestion = byId<HTMLElement>('audience-question')
  private readonly glossaryRule = byId<HTMLElement>('glossary-rule')
  private readonly feedbackSummary = byId<HTMLElement>('feedback-summary')
  private readonly exportButton = byId<HTMLButtonElement>('export-feedback')
  private readonly clearFeedbackButton = byId<HTMLButtonElement>('clear-feedback')
  /** Comments and tracked changes both need WordApi 1.4. */
  private readonly canReview = reviewSupported()

  private readonly findingsView = new FindingsView({
    select: (finding) => void this.select(finding),
    replace: (finding, replacement) => void this.replace(finding, replacement),
    replaceAll: (finding, replacement) => void this.replaceAll(finding, replacement),
    allow: (finding) => void this.allowTerm(finding),
    dismiss: (findings, reason) => void this.dismiss(findings, reason)
  })

  private readonly localWordsView = new LocalWordsView({
    disallow: (term) => void this.disallowTerm(term),
    loadFile: (file) => void this.loadDictionaryFile(file),
    removeDictionary: (file) => void this.removeDictionary(file)
  })

  async start(): Promise<void> {
    byId('findings').append(this.findingsView.element)
    byId('local-words-body').append(this.localWordsView.element)

    const settings = readDocumentSettings()
    this.allow = settings.allow
    this.dismissed = settings.dismissed
    this.unreadableDismissals = settings.unreadableDismissals
    // The document's own audience; where it has none, the public until the author answers (once: it is saved).
    this.audience = settings.audience ?? 'public'
    this.audienceSelect.value = this.audience
    this.suggestions = settings.suggestions
    this.suggestionsBox.checked = this.suggestions
    this.showTarget()
    for (const file of readStoredDictionaries()) {
      const parsed = loadDictionary(file, this.dictionaries.map((dictionary) => dictionary.layer))
      if (parsed.ok) this.dictionaries.push(parsed.dictionary)
      else this.dictionaryErrors.push(...parsed.errors)
    }
    this.renderLocalWords()
    this.renderFeedback()

    this.checkButton.addEventListener('click', () => void this.exclusive(() => this.runCheck()))
    this.reviewButton.addEventListener('click', () => void this.exclusive(() => this.reviewSafeChanges()))
    this.commentsButton.addEventListener('click', () => this.askForComments())
    this.commentsConfirmAdd.addEventListener('click', () => void this.exclusive(() => this.addComments()))
    byId('comments-confirm-cancel').addEventListener('click', () => this.cancelComments())
    this.glossaryButton.addEventListener('click', () => void this.exclusive(() => this.insertGlossary()))
    this.audienceSelect.addEventListener('change', () => void this.changeAudience(this.audienceSelect.value as Audience))
    this.suggestionsBox.addEventListener('change', () => void this.changeSuggestions(this.suggestionsBox.checked))
    for (const answer of this.audienceQuestion.querySelectorAll<HTMLButtonElement>('button[data-audience]')) {
      const audience = answer.dataset['audience'] as Audience
      if (audiences.includes(audience)) answer.addEventListener('click', () => void this.changeAudience(audience))
    }
    this.exportButton.addEventListener('click', () => this.exportFeedback())
    this.clearFeedbackButton.addEventListener('click', () => void this.clearFeedback())

    // Get the engine ready while the author reads the pane.
    setTimeout(() => {
      if (!this.busy && !this.last) this.checker.prepare(this.settings())
    }, 0)

    if (!this.canReview) {
      const hint = byId('review-hint')
      hint.textContent = 'This version of Word cannot add comments or track changes from an add-in (it needs WordApi 1.4).'
      hint.hidden = false
    }
    const watching = await watchParagraphs(() => this.scheduleRecheck()).catch(() => false)
    this.editMode.textContent = watching ? 'Checked when opened, and again as you edit.' : 'Checked when opened. Check again after you edit.'
    // Check on opening, and say so; ask who the readers are if the document does not say.
    this.audienceQuestion.hidden = settings.audience !== undefined
    void this.exclusive(() => this.runCheck({lead: `Checked on opening, for ${audienceLabels[this.audience]}`, tone: 'success'}), 'queue')
    document.body.dataset['ready'] = 'true'
  }

  /**
   * One Word operation at a time. A click on an action while another runs is
   * dropped (a double click must not act twice); settings changes and
   * re-checks wait their turn.
   */
  private exclusive(task: () => Promise<void>, when: 'drop-if-busy' | 'queue' = 'drop-if-busy'): Promise<void> {
    if (when === 'drop-if-busy' && this.busy) return Promise.resolve()
    const run = this.queue.then(() => this.runAlone(task))
    this.queue = run.catch(() => undefined)
    return run
  }

  private async runAlone(task: () => Promise<void>): Promise<void> {
    this.busy = true
    document.body.setAttribute('aria-busy', 'true')
    for (const button of [this.checkButton, this.reviewButton, this.commentsButton, this.commentsConfirmAdd, this.glossaryButton]) button.disabled = true
    try {
      await task()
    } catch (error) {
      this.say(`Something went wrong: ${error instanceof Error ? error.message : String(error)}. Check the document again before you go on.`, 'error')
    } finally {
      this.busy = false
      document.body.removeAttribute('aria-busy')
      this.checkButton.disabled = false
      this.updateReviewButtons()
    }
  }

  /** The status line. Green only when no finding is left in view: never over findings. */
  private say(message: string, tone: Tone = 'info'): void {
    this.status.textContent = message
    this.status.dataset['tone'] = tone === 'success' && (this.last?.findings.length ?? 0) > 0 ? 'info' : tone
  }

  /**
   * Checks the document and says what it found, after `before.message` when given (what was just
   * done).
   */
  private async runCheck(before?: {message?: string; lead?: string; tone: Tone}): Promise<void> {
    const started = performance.now()
    if (!before) this.say('Checking…')
    const paragraphs = await loadParagraphs()
    const loaded = performance.now()
    const check = this.checker.check(paragraphs, this.settings())
    this.last = check
    this.render(check)
    const total = performance.now() - started
    this.checks++
    Object.assign(document.body.dataset, {
      checkCount: String(this.checks),
      lastCheckWords: String(check.stats.words),
      lastCheckMs: total.toFixed(1),
      lastWordMs: (loaded - started).toFixed(1),
      lastEngineMs: check.engineMs.toFixed(1)
    })
    const took = total < 100 ? 'under 0.1 s' : `${(total / 1000).toFixed(1)} s`
    const suggestions = check.findings.filter((finding) => finding.suggestion).length
    const found = plural(check.findings.length - suggestions, 'finding') + (suggestions > 0 ? ` and ${plural(suggestions, 'suggestion')}` : '')
    // The word count is the summary's (once, and it follows every check).
    const summary = `${before?.lead ?? 'Checked'}: ${found} (${took}).`
    this.say(before?.message ? `${before.message} ${summary}` : summary, before?.tone ?? 'success')
  }

  private settings(): CheckSettings {
    return {audience: this.audience, allow: this.allow, dictionaries: this.dictionaries, docsUrl, suggestions: this.suggestions, dismissed: dismissedAt(this.dismissed, this.audience)}
  }

  private showTarget(): void {
    this.audienceTarget.textContent = `Target reading age ${audiencePresets[this.audience].readingAge}`
    // Which acronym rule the glossary meets at this audience (a glossary does not replace spelling out for the public).
    this.glossaryRule.textContent = audiencePresets[this.audience].acronymRule
  }

  private render(check: DocumentCheck): void {
    this.results.hidden = false
    // Suggestions are counted apart: the summary's levels are the default view's.
    this.summary.replaceChildren(renderSummary(check.stats, countSeverities(check.findings.filter((finding) => !finding.suggestion)), audienceLabels[this.audience]))
    this.sections.replaceChildren(...renderSections(check.stats))
    this.findingsView.render(groupByRule(check.findings), check.findings)
    this.updateReviewButtons()
  }

  private updateReviewButtons(): void {
    // Review stays on where Word cannot track changes, to say so when clicked.
    this.reviewButton.disabled = this.busy || !this.last
    this.commentsButton.disabled = this.busy || !this.canReview || commentRequests(this.last?.findings ?? []).length === 0
    this.commentsConfirmAdd.disabled = this.busy
    this.glossaryButton.disabled = this.busy || !this.last?.stats.acronyms.length
    // A question still open counts the findings of the latest check.
    if (!this.commentsConfirm.hidden) this.askForComments()
  }

  private scheduleRecheck(): void {
    if (!this.last) return
    clearTimeout(this.recheckTimer)
    this.recheckTimer = setTimeout(() => void this.exclusive(() => this.runCheck({message: 'Checked again after your edit.', tone: 'info'}), 'queue'), recheckDelay)
  }

  /** After a refused edit: check again so the list matches the document, and say why. */
  private async recheckAfter(refusal: Refusal): Promise<void> {
    await this.runCheck({message: refusalMessages[refusal], tone: 'warning'})
  }

  private async select(finding: Finding): Promise<void> {
    await this.exclusive(async () => {
      if (!finding.target) return
      const refusal = await selectTarget(finding.target)
      if (refusal) await this.recheckAfter(refusal)
    })
  }

  private async applyEdits(edits: Edit[], done: (report: EditReport<Edit>) => string): Promise<void> {
    const report = await replaceTargets(edits)
    const [refused] = report.refused
    if (refused) {
      const partly = report.done.length > 0 ? `${done(report)} ` : ''
      await this.runCheck({message: `${partly}${refusalMessages[refused.reason]}`, tone: 'warning'})
      return
    }
    await this.runCheck({message: done(report), tone: 'success'})
  }

  private async replace(finding: Finding, replacement: string): Promise<void> {
    await this.exclusive(async () => {
      const edit = replacementEdit(finding, replacement)
      if (!edit) return
      await this.applyEdits([edit], () => (replacement === '' ? `Removed “${finding.actual}”.` : `Replaced “${finding.actual}” with “${replacement}”.`))
    })
  }

  /** Every use of the term, each checked on its own: uses where the change is not safe are left and counted. */
  private async replaceAll(finding: Finding, replacement: string): Promise<void> {
    await this.exclusive(async () => {
      if (!this.last) return
      const plan = replaceAllPlan(finding, replacement, this.last.findings)
      const left = describeSkipped(plan.skipped)
      await this.applyEdits(plan.edits, (report) => `Replaced ${plural(report.done.length, 'use')} of “${finding.term}”.${left ? ` ${left}` : ''}`)
    })
  }

  /**
   * "Review all safe changes": Track Changes on, then the default view's safe fixes, each only
   * where its words are still as checked, for the author to accept or reject in Word.
   */
  private async reviewSafeChanges(): Promise<void> {
    if (!this.canReview) {
      this.say('This version of Word cannot track changes from an add-in (it needs WordApi 1.4), so Plainspeak changed nothing. Use Replace on each finding instead.', 'warning')
      return
    }
    const edits = this.last ? safeReviewEdits(this.last.findings) : []
    if (edits.length === 0) {
      this.say('There are no changes safe to make without reading them. Work through the findings one by one.', 'info')
      return
    }
    const report = await replaceTargets(edits, {trackChanges: true})
    const [refused] = report.refused
    if (report.done.length === 0) {
      await this.recheckAfter(refused?.reason ?? 'changed')
      return
    }
    const made = `Made ${plural(report.done.length, 'change')} with Track Changes on.`
    const left = refused ? ` ${plural(report.refused.length, 'change')} left out: the text had changed since the check.` : ''
    const review = ` Accept or reject ${report.done.length === 1 ? 'it' : 'them'} in Word’s Review tab.`
    await this.runCheck({message: `${made}${left}${review}`, tone: refused ? 'warning' : 'success'})
  }

  /** "Add as comments" asks first, with the number of comments it will add. */
  private askForComments(): void {
    const count = commentRequests(this.last?.findings ?? []).length
    if (count === 0 || !this.canReview) {
      this.commentsConfirm.hidden = true
      return
    }
    const wasHidden = this.commentsConfirm.hidden
    this.commentsQuestion.textContent = `Add ${plural(count, 'comment')} to the document?`
    this.commentsConfirm.hidden = false
    if (wasHidden) this.commentsConfirmAdd.focus()
  }

  private cancelComments(): void {
    this.commentsConfirm.hidden = true
    this.say('No comments added.', 'info')
    this.commentsButton.focus()
  }

  private async addComments(): Promise<void> {
    this.commentsConfirm.hidden = true
    const requests = commentRequests(this.last?.findings ?? [])
    if (requests.length === 0) return
    const report = await commentTargets(requests)
    const added = `Added ${plural(report.done.length, 'comment')}.`
    const [refused] = report.refused
    if (refused) await this.runCheck({message: `${added} ${plural(report.refused.length, 'finding')} had changed and got no comment. ${refusalMessages[refused.reason]}`, tone: 'warning'})
    else this.say(`${added} Review them in Word’s Comments pane.`, 'success')
  }

  private async insertGlossary(): Promise<void> {
    const acronyms = this.last?.stats.acronyms ?? []
    if (acronyms.length === 0) {
      this.say('There are no acronyms to list.', 'info')
      return
    }
    // Only rows that say what an acronym means: the writer is told about the others instead.
    const rows = glossaryEntries(acronyms)
    const unknown = acronymsWithoutMeaning(acronyms)
    const them = unknown.length === 1 ? 'it' : 'them'
    const missing = `nothing says what ${unknown.length === 1 ? 'this means' : 'these mean'}: ${unknown.join(', ')}. Spell ${them} out where first used, or add ${them} to the glossary yourself.`
    if (rows.length === 0) {
      this.say(`No glossary added: ${missing}`, 'warning')
      return
    }
    await appendGlossary({heading: 'Glossary', header: ['Abbreviation', 'What it means'], rows: rows.map((entry) => [entry.acronym, entry.meaning])})
    const added = `Added a glossary of ${plural(rows.length, 'abbreviation')} at the end of the document.`
    await this.runCheck(unknown.length === 0 ? {message: added, tone: 'success'} : {message: `${added} Not listed, because ${missing}`, tone: 'warning'})
  }

  private async allowTerm(finding: Finding): Promise<void> {
    const term = finding.term
    if (!term) return
    await this.exclusive(async () => {
      this.allow = await allowInDocument(term)
      this.renderLocalWords()
      await this.runCheck({message: `“${term}” is allowed in this document.`, tone: 'success'})
    }, 'queue')
  }

  private async disallowTerm(term: string): Promise<void> {
    await this.exclusive(async () => {
      this.allow = await disallowInDocument(term)
      this.renderLocalWords()
      if (this.last) await this.runCheck({message: `“${term}” is no longer allowed.`, tone: 'info'})
    }, 'queue')
  }

  /** The suggestions switch: saved with the document, and the list checked again at once. */
  private async changeSuggestions(on: boolean): Promise<void> {
    this.suggestions = on
    await this.exclusive(async () => {
      await saveDocumentSettings({suggestions: on})
      if (this.last) await this.runCheck({message: on ? 'Suggestions shown after the findings.' : 'Suggestions hidden.', tone: 'info'})
    }, 'queue')
  }

  /** The drop-down, or an answer to the pane's question: saved in the document, so it is asked once. */
  private async changeAudience(audience: Audience): Promise<void> {
    const answered = !this.audienceQuestion.hidden
    this.audience = audience
    this.audienceSelect.value = audience
    this.audienceQuestion.hidden = true
    if (answered) this.audienceSelect.focus()
    this.showTarget()
    await this.exclusive(async () => {
      await saveDocumentSettings({audience})
      await this.runCheck({message: `Saved in the document: it is for ${audienceLabels[audience]}.`, lead: `Checked for ${audienceLabels[audience]}`, tone: 'info'})
    }, 'queue')
  }

  /** "Not useful here": recorded in the document at this audience, and the finding is not shown here again. */
  private async dismiss(findings: readonly Finding[], reason: DismissalReason | undefined): Promise<void> {
    const [first] = findings
    if (!first) return
    await this.exclusive(async () => {
      this.dismissed = await dismissInDocument(dismissalsOf(findings, this.audience, reason, today()))
      this.renderFeedback()
      const what = first.term !== undefined ? `“${first.term}”${findings.length > 1 ? ` (${plural(findings.length, 'use')})` : ''}` : 'That finding'
      await this.runCheck({message: `Noted: ${what} will not be shown here again for ${audienceLabels[this.audience]}.`, tone: 'success'})
    }, 'queue')
  }

  private renderFeedback(): void {
    const count = this.dismissed.length
    const unreadable = this.unreadableDismissals
    this.feedbackSummary.textContent =
      (count === 0
        ? 'None yet. Use “Not useful here” on a finding that does not help your readers; Plainspeak keeps your answer in the document.'
        : `${plural(count, 'finding')} marked in this document. Each is hidden only where it was, and only for the readers it was marked for.`) +
      // Another program may have changed the document's settings: say what cannot be read, and lose none of it.
      (unreadable.length === 0
        ? ''
        : ` Plainspeak could not read ${plural(unreadable.length, 'part')} of the record kept in this document (${unreadable.slice(0, 3).join('; ')}${unreadable.length > 3 ? '; …' : ''}). ${unreadable.length === 1 ? 'It is' : 'They are'} kept as ${unreadable.length === 1 ? 'it is' : 'they are'} and left out of the export.`)
    if (unreadable.length > 0) this.feedbackSummary.closest('details')?.setAttribute('open', '')
    this.exportButton.disabled = count === 0
    this.clearFeedbackButton.disabled = count === 0 && unreadable.length === 0
  }

  /** Saves the document's dismissals as `feedback.yml`, the project record's own format. */
  private exportFeedback(): void {
    const url = URL.createObjectURL(new Blob([feedbackFile(this.dismissed)], {type: 'text/yaml'}))
    const link = Object.assign(document.createElement('a'), {href: url, download: 'feedback.yml'})
    document.body.append(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 0)
    this.say(`Exported ${plural(this.dismissed.length, 'finding')} as feedback.yml.`, 'success')
  }

  private async clearFeedback(): Promise<void> {
    await this.exclusive(async () => {
      await clearDismissals()
      this.dismissed = []
      this.unreadableDismissals = []
      this.renderFeedback()
      await this.runCheck({message: 'Every finding marked “Not useful here” is shown again.', tone: 'info'})
    }, 'queue')
  }

  private async loadDictionaryFile(file: File): Promise<void> {
    // A file loaded again replaces its earlier version, on top of the others.
    const below = this.dictionaries.filter((dictionary) => dictionary.file !== file.name).map((dictionary) => dictionary.layer)
    const parsed = loadDictionary({file: file.name, text: await file.text()}, below)
    if (!parsed.ok) {
      this.dictionaryErrors = parsed.errors
      this.renderLocalWords()
      this.say(`${file.name} was not loaded: it has ${plural(parsed.errors.length, 'problem')}.`, 'error')
      return
    }
    this.dictionaryErrors = []
    this.dictionaries = [...this.dictionaries.filter((dictionary) => dictionary.file !== file.name), parsed.dictionary]
    const stored = storeDictionaries(this.dictionaries)
    this.renderLocalWords()
    const note = stored ? '' : ' (only until the pane closes: this browser does not allow storage)'
    await this.afterWordsChanged(`Loaded ${file.name}${note}.`)
  }

  private async removeDictionary(name: string): Promise<void> {
    this.dictionaries = this.dictionaries.filter((dictionary) => dictionary.file !== name)
    storeDictionaries(this.dictionaries)
    this.renderLocalWords()
    await this.afterWordsChanged(`Removed ${name}.`)
  }

  private async afterWordsChanged(message: string): Promise<void> {
    if (this.last) await this.exclusive(() => this.runCheck({message, tone: 'success'}), 'queue')
    else this.say(message, 'success')
  }

  private renderLocalWords(): void {
    this.localWordsView.render({allow: this.allow, dictionaries: this.dictionaries, errors: this.dictionaryErrors})
  }
}

/** Follows Office's theme (dark or light) when Office tells us it. */
function applyOfficeTheme(): void {
  const background = Office.context.officeTheme?.bodyBackgroundColor
  if (!background || !/^#?[\da-f]{6}$/i.test(background)) return
  const value = Number.parseInt(background.replace('#', ''), 16)
  const luminance = (0.2126 * ((value >> 16) & 255) + 0.7152 * ((value >> 8) & 255) + 0.0722 * (value & 255)) / 255
  document.documentElement.dataset['theme'] = luminance < 0.5 ? 'dark' : 'light'
}

function showStartupProblem(message: string): void {
  const status = document.getElementById('status')
  if (status) {
    status.textContent = message
    status.dataset['tone'] = 'error'
  }
  const check = document.getElementById('check') as HTMLButtonElement | null
  if (check) check.disabled = true
}

if (typeof Office === 'undefined') {
  showStartupProblem('Office.js did not load. Open Plainspeak from Word’s ribbon (Home › Plainspeak).')
} else {
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      showStartupProblem('Plainspeak works inside Word. Open it from Word’s ribbon.')
      return
    }
    try {
      applyOfficeTheme()
    } catch {
      // The theme is a nicety; the pane works without it.
    }
    new TaskPane().start().catch((error: unknown) => showStartupProblem(`Plainspeak could not start: ${error instanceof Error ? error.message : String(error)}`))
  })
}
