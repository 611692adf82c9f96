/**
 * The findings list: one collapsible group per rule with its count; each
 * finding is a button that selects it in the document and opens its actions.
 */
import {sameTerm, viewFor, type Finding, type FindingGroup} from '../findings.js'
import {formatNumber, h, plural} from './dom.js'

export interface FindingActions {
  select(finding: Finding): void
  replace(finding: Finding, replacement: string): void
  replaceAll(finding: Finding, alternative: number): void
  allow(finding: Finding): void
}

/** How many findings a group lists before a "Show more" button. */
const pageSize = 50

export class FindingsView {
  readonly element = h('div', {class: 'findings'})
  private open: string | undefined
  private readonly shown = new Map<string, number>()
  private groups: FindingGroup[] = []
  private findings: readonly Finding[] = []
  private collapsed = new Set<string>()
  private ids = 0

  constructor(private readonly actions: FindingActions) {}

  render(groups: FindingGroup[], findings: readonly Finding[]): void {
    const focus = this.focusedPlace()
    this.groups = groups
    this.findings = findings
    if (this.open && !findings.some((finding) => finding.key === this.open)) this.open = undefined
    this.element.replaceChildren(...(groups.length === 0 ? [h('p', {class: 'empty'}, 'No findings: this reads clearly.')] : groups.map((group) => this.renderGroup(group))))
    this.restoreFocus(focus)
  }

  private renderGroup(group: FindingGroup): HTMLElement {
    const limit = this.shown.get(group.ruleId) ?? pageSize
    const list = h('ul', {class: 'finding-list'}, ...group.findings.slice(0, limit).map((finding) => this.renderFinding(finding)))
    const details = h(
      'details',
      {class: 'group', 'data-rule': group.ruleId, open: !this.collapsed.has(group.ruleId)},
      h(
        'summary',
        {},
        h('span', {class: 'group-label'}, group.label),
        h('span', {class: 'count', 'data-testid': `count-${group.ruleId}`, 'aria-label': plural(group.findings.length, 'finding')}, formatNumber(group.findings.length))
      ),
      list
    )
    details.addEventListener('toggle', () => {
      if (details.open) this.collapsed.delete(group.ruleId)
      else this.collapsed.add(group.ruleId)
    })
    const hidden = group.findings.length - limit
    if (hidden > 0) {
      details.append(
        h(
          'button',
          {
            type: 'button',
            class: 'button subtle show-more',
            onclick: () => {
              this.shown.set(group.ruleId, limit + 100)
              this.render(this.groups, this.findings)
            }
          },
          `Show ${formatNumber(Math.min(hidden, 100))} more`
        )
      )
    }
    return details
  }

  private renderFinding(finding: Finding): HTMLElement {
    const isOpen = finding.key === this.open
    const detailId = `finding-detail-${++this.ids}`
    const button = h(
      'button',
      {type: 'button', class: 'finding-button', 'aria-expanded': String(isOpen), 'aria-controls': detailId},
      h('span', {class: 'finding-actual'}, finding.actual),
      h('span', {class: 'finding-reason'}, finding.reason)
    )
    button.addEventListener('click', () => this.toggle(finding))
    const item = h('li', {class: `finding severity-${finding.severity}`, 'data-key': finding.key}, button)
    const detail = h('div', {class: 'finding-detail', id: detailId, hidden: !isOpen})
    if (isOpen) detail.append(...this.renderActions(finding))
    item.append(detail)
    return item
  }

  private toggle(finding: Finding): void {
    const opening = this.open !== finding.key
    this.open = opening ? finding.key : undefined
    for (const item of this.element.querySelectorAll<HTMLElement>('.finding')) {
      const isOpen = item.dataset['key'] === this.open
      item.querySelector('.finding-button')?.setAttribute('aria-expanded', String(isOpen))
      const detail = item.querySelector<HTMLElement>('.finding-detail')!
      detail.hidden = !isOpen
      if (isOpen) {
        const current = this.findings.find((candidate) => candidate.key === this.open)
        if (current) detail.replaceChildren(...this.renderActions(current))
      } else {
        detail.replaceChildren()
      }
    }
    if (opening) this.actions.select(finding)
  }

  private renderActions(finding: Finding): HTMLElement[] {
    const view = viewFor(finding.ruleId)
    const parts: HTMLElement[] = []
    if (finding.note) parts.push(h('p', {class: 'finding-note'}, finding.note))
    if (!finding.target) {
      parts.push(h('p', {class: 'hint'}, 'Plainspeak cannot point to this text in Word (it contains a line break or special character). Find it by hand.'))
      return parts
    }
    const actions = h('div', {class: 'finding-actions', role: 'group', 'aria-label': `Fix “${finding.actual}”`})
    const same = sameTerm(finding, this.findings)
    finding.expected.forEach((replacement, index) => {
      const row = h(
        'div',
        {class: 'action-row'},
        // One primary action per finding, as Fluent asks: the first alternative.
        h('button', {type: 'button', class: index === 0 ? 'button primary' : 'button', onclick: () => this.actions.replace(finding, replacement)}, view.replaceLabel(replacement))
      )
      const count = same.filter((other) => other.expected[index] !== undefined).length
      if (count > 1) {
        row.append(
          h(
            'button',
            {
              type: 'button',
              class: 'button',
              'aria-label': `Replace all ${count} “${finding.term}” with “${replacement}”`,
              onclick: () => this.actions.replaceAll(finding, index)
            },
            `All ${formatNumber(count)}`
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
    parts.push(h('a', {class: 'learn-more', href: finding.url, target: '_blank', rel: 'noopener noreferrer'}, 'About this check'))
    return parts
  }

  /** Which finding (or group) has focus, to put focus back after a re-render. */
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
