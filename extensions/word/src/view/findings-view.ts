/**
 * The findings list: one collapsible group per rule with its count; within a rule one item per
 * term, with how many times it is used ("signpost ×2"). An item is a button that selects the
 * term's first use in the document and opens its actions: the places it is used (each selects
 * that use), replacements for the selected use or for all of them, "allow", and "Not useful here"
 * with an optional reason. Each item says its level in words, not by colour alone.
 */
import {dismissalReasonLabels, dismissalReasons, type DismissalReason} from '@plainspeak/config/feedback-format'
import {formatCount, plural, severityNames} from '@plainspeak/core/text'
import {itemSeverity, viewFor, type Finding, type FindingGroup, type TermItem} from '../findings.js'
import {replaceAllPlan} from '../fixes.js'
import {h} from './dom.js'

export interface FindingActions {
  select(finding: Finding): void
  replace(finding: Finding, replacement: string): void
  replaceAll(finding: Finding, replacement: string): void
  allow(finding: Finding): void
  /** "Not useful here": every use the item lists, with the reason given, if any. */
  dismiss(findings: readonly Finding[], reason: DismissalReason | undefined): void
}

/** The reason buttons, as a writer reads them. */
const reasonButtons: Array<{reason: DismissalReason | undefined; label: string}> = [
  ...dismissalReasons.map((reason) => ({reason, label: reason === 'other' ? 'Another reason' : capital(dismissalReasonLabels[reason])})),
  {reason: undefined, label: 'No reason given'}
]

/** The level as a word and a mark (the mark differs in shape, not only colour). */
const severityMarks: Record<Finding['severity'], string> = {error: '✖', warning: '▲', info: 'ℹ'}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** How many items a group lists before a "Show more" button. */
const pageSize = 50

export class FindingsView {
  readonly element = h('div', {class: 'findings'})
  /** The open item's key. */
  private open: string | undefined
  /** Which use of each item is selected (an index into its findings). */
  private readonly places = new Map<string, number>()
  private readonly shown = new Map<string, number>()
  private groups: FindingGroup[] = []
  private findings: readonly Finding[] = []
  private collapsed = new Set<string>()
  /** Suggestion groups the author opened (they start closed). */
  private opened = new Set<string>()
  /** The item whose "Not useful here" reasons are showing. */
  private askingWhy: string | undefined
  private ids = 0

  constructor(private readonly actions: FindingActions) {}

  render(groups: FindingGroup[], findings: readonly Finding[]): void {
    const focus = this.focusedPlace()
    this.groups = groups
    this.findings = findings
    if (this.open && !groups.some((group) => group.items.some((item) => item.key === this.open))) this.open = undefined
    this.element.replaceChildren(...(groups.length === 0 ? [h('p', {class: 'empty'}, 'No findings: this reads clearly.')] : groups.map((group) => this.renderGroup(group))))
    this.restoreFocus(focus)
  }

  private renderGroup(group: FindingGroup): HTMLElement {
    // A rule's suggestions are a group of their own, closed until the author opens it: a glance.
    const key = group.suggestion ? `${group.ruleId}:suggestions` : group.ruleId
    const limit = this.shown.get(key) ?? pageSize
    const list = h('ul', {class: 'finding-list'}, ...group.items.slice(0, limit).map((item) => this.renderItem(item)))
    const details = h(
      'details',
      {class: group.suggestion ? 'group suggestions' : 'group', 'data-rule': key, open: group.suggestion ? this.opened.has(key) : !this.collapsed.has(key)},
      h(
        'summary',
        {},
        h('span', {class: 'group-label'}, group.label),
        h('span', {class: 'count', 'data-testid': `count-${key}`, 'aria-label': plural(group.findings.length, group.suggestion ? 'suggestion' : 'finding')}, formatCount(group.findings.length))
      ),
      list
    )
    details.addEventListener('toggle', () => {
      if (details.open) {
        this.collapsed.delete(key)
        this.opened.add(key)
      } else {
        this.collapsed.add(key)
        this.opened.delete(key)
      }
    })
    const hidden = group.items.length - limit
    if (hidden > 0) {
      details.append(
        h(
          'button',
          {
            type: 'button',
            class: 'button subtle show-more',
            onclick: () => {
              this.shown.set(key, limit + 100)
              this.render(this.groups, this.findings)
            }
          },
          `Show ${formatCount(Math.min(hidden, 100))} more`
        )
      )
    }
    return details
  }

  private current(item: TermItem): Finding {
    return item.findings[Math.min(this.places.get(item.key) ?? 0, item.findings.length - 1)]!
  }

  private renderItem(item: TermItem): HTMLElement {
    const first = item.findings[0]!
    const uses = item.findings.length
    const severity = itemSeverity(item)
    const isOpen = item.key === this.open
    const detailId = `finding-detail-${++this.ids}`
    const button = h(
      'button',
      {type: 'button', class: 'finding-button', 'aria-expanded': String(isOpen), 'aria-controls': detailId},
      h(
        'span',
        {class: 'finding-head'},
        h('span', {class: 'finding-actual'}, first.label),
        uses > 1 && h('span', {class: 'times', 'aria-label': `used ${uses} times`}, `×${formatCount(uses)}`)
      ),
      h(
        'span',
        {class: 'finding-reason'},
        h('span', {class: 'severity-mark', 'aria-hidden': 'true'}, severityMarks[severity]),
        h('span', {class: 'severity-tag'}, `${capital(severityNames[severity].one)}:`),
        ' ',
        first.reason
      )
    )
    button.addEventListener('click', () => this.toggle(item))
    const element = h('li', {class: `finding severity-${severity}`, 'data-key': item.key, 'data-uses': uses, 'data-severity': severity}, button)
    const detail = h('div', {class: 'finding-detail', id: detailId, hidden: !isOpen})
    if (isOpen) detail.append(...this.renderActions(item))
    element.append(detail)
    return element
  }

  private itemFor(key: string | undefined): TermItem | undefined {
    for (const group of this.groups) for (const item of group.items) if (item.key === key) return item
    return undefined
  }

  /** Re-renders the open item's detail (after a different use is chosen). */
  private refreshDetail(): void {
    const open = this.itemFor(this.open)
    const element = open ? this.element.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(open.key)}"] .finding-detail`) : null
    if (open && element) element.replaceChildren(...this.renderActions(open))
  }

  private toggle(item: TermItem): void {
    const opening = this.open !== item.key
    this.open = opening ? item.key : undefined
    for (const element of this.element.querySelectorAll<HTMLElement>('.finding')) {
      const isOpen = element.dataset['key'] === this.open
      element.querySelector('.finding-button')?.setAttribute('aria-expanded', String(isOpen))
      const detail = element.querySelector<HTMLElement>('.finding-detail')!
      detail.hidden = !isOpen
      if (isOpen) detail.replaceChildren(...this.renderActions(item))
      else detail.replaceChildren()
    }
    if (opening) this.actions.select(this.current(item))
  }

  private choose(item: TermItem, index: number): void {
    this.places.set(item.key, index)
    this.refreshDetail()
    this.element.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(item.key)}"] .places button[aria-pressed="true"]`)?.focus()
    this.actions.select(item.findings[index]!)
  }

  private renderActions(item: TermItem): HTMLElement[] {
    const finding = this.current(item)
    const view = viewFor(finding.ruleId)
    const parts: HTMLElement[] = []
    if (finding.note) parts.push(h('p', {class: 'finding-note'}, finding.note))
    if (item.findings.length > 1) {
      const chosen = item.findings.indexOf(finding)
      const labelId = `places-${++this.ids}`
      parts.push(
        h('p', {class: 'places-label', id: labelId}, `Used ${formatCount(item.findings.length)} times. Choose one to select it:`),
        h(
          'ul',
          {class: 'places', 'aria-labelledby': labelId},
          ...item.findings.map((use, index) =>
            h(
              'li',
              {},
              h('button', {type: 'button', class: 'button subtle place', 'aria-pressed': String(index === chosen), onclick: () => this.choose(item, index)}, h('span', {class: 'place-number'}, `${index + 1}`), use.context)
            )
          )
        )
      )
    }
    if (!finding.target) {
      parts.push(h('p', {class: 'hint'}, 'Plainspeak cannot point to this text in Word (it contains a line break or special character). Find it by hand.'))
      parts.push(this.renderNotUseful(item))
      return parts
    }
    const actions = h('div', {class: 'finding-actions', role: 'group', 'aria-label': `Fix “${finding.actual}”`})
    finding.expected.forEach((replacement, index) => {
      const row = h(
        'div',
        {class: 'action-row'},
        // One primary action per finding, as Fluent asks: the first alternative.
        h('button', {type: 'button', class: index === 0 ? 'button primary' : 'button', onclick: () => this.actions.replace(finding, replacement)}, view.replaceLabel(replacement))
      )
      // Only the uses where this change is safe: the button says how many it will change.
      const count = finding.term ? replaceAllPlan(finding, replacement, this.findings).edits.length : 0
      if (count > 1) {
        row.append(
          h(
            'button',
            {
              type: 'button',
              class: 'button',
              'aria-label': `Replace all ${count} “${finding.term}” with “${replacement}”`,
              onclick: () => this.actions.replaceAll(finding, replacement)
            },
            `Replace all ${formatCount(count)}`
          )
        )
      }
      actions.append(row)
    })
    if (finding.term) {
      actions.append(h('button', {type: 'button', class: 'button', onclick: () => this.actions.allow(finding)}, `Allow “${finding.term}” in this document`))
    }
    if (actions.childElementCount > 0) parts.push(actions)
    else parts.push(h('p', {class: 'hint'}, 'Rewrite this in the document, then check again.'))
    parts.push(this.renderNotUseful(item))
    parts.push(h('a', {class: 'learn-more', href: finding.url, target: '_blank', rel: 'noopener noreferrer'}, 'About this check'))
    return parts
  }

  /**
   * "Not useful here": opens a choice of reasons (any of them, or none, hides the item's every use
   * at this place and audience). The choice is recorded in the document, never the words around it.
   */
  private renderNotUseful(item: TermItem): HTMLElement {
    const asking = this.askingWhy === item.key
    const uses = item.findings.length
    const reasonsId = `not-useful-${++this.ids}`
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'button subtle not-useful',
        'aria-expanded': String(asking),
        'aria-controls': reasonsId,
        onclick: () => {
          this.askingWhy = asking ? undefined : item.key
          this.refreshDetail()
          this.element.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(item.key)}"] ${asking ? '.not-useful' : '.reasons button'}`)?.focus()
        }
      },
      uses > 1 ? `Not useful here (all ${formatCount(uses)} uses)` : 'Not useful here'
    )
    const questionId = `${reasonsId}-question`
    const reasons = h(
      'div',
      {class: 'reasons', id: reasonsId, role: 'group', 'aria-labelledby': questionId, hidden: !asking},
      h('p', {class: 'hint', id: questionId}, 'Why? Plainspeak will not show it here again for these readers. Your answer is kept in the document, without its words.'),
      h(
        'div',
        {class: 'button-row'},
        ...reasonButtons.map(({reason, label}) =>
          h(
            'button',
            {
              type: 'button',
              class: 'button',
              onclick: () => {
                this.askingWhy = undefined
                this.actions.dismiss(item.findings, reason)
              }
            },
            label
          )
        )
      )
    )
    return h('div', {class: 'not-useful-box'}, toggle, reasons)
  }

  /** Which item (or group) has focus, to put focus back after a re-render. */
  private focusedPlace(): {key?: string; rule?: string; index: number; detail: boolean} | undefined {
    const active = document.activeElement
    if (!active || !this.element.contains(active)) return undefined
    const item = active.closest<HTMLElement>('.finding')
    const group = active.closest<HTMLElement>('.group')
    const items = group ? [...group.querySelectorAll<HTMLElement>('.finding')] : []
    const place: {key?: string; rule?: string; index: number; detail: boolean} = {index: item ? items.indexOf(item) : -1, detail: Boolean(active.closest('.finding-detail'))}
    if (item?.dataset['key']) place.key = item.dataset['key']
    if (group?.dataset['rule']) place.rule = group.dataset['rule']
    return place
  }

  private restoreFocus(place: ReturnType<FindingsView['focusedPlace']>): void {
    if (!place) return
    const byKey = place.key ? this.element.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(place.key)}"]`) : null
    if (byKey) {
      ;(byKey.querySelector<HTMLElement>(place.detail ? '.finding-detail button' : '.finding-button') ?? byKey.querySelector<HTMLElement>('.finding-button'))?.focus()
      return
    }
    const group = place.rule ? this.element.querySelector<HTMLElement>(`.group[data-rule="${CSS.escape(place.rule)}"]`) : null
    const items = group ? [...group.querySelectorAll<HTMLElement>('.finding-button')] : []
    const next = items[Math.min(Math.max(place.index, 0), items.length - 1)]
    if (next) next.focus()
    else (group?.querySelector<HTMLElement>('summary') ?? this.element.querySelector<HTMLElement>('summary'))?.focus()
  }
}
