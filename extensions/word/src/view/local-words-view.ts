/** Words allowed in this document and the organisation dictionaries in use. */
import type {LoadedDictionary} from '../organisation-dictionaries.js'
import {dictionaryFileTypes} from '../organisation-dictionaries.js'
import {plural} from '@plainspeak/core/text'
import {h} from './dom.js'

export interface LocalWordsActions {
  disallow(term: string): void
  loadFile(file: File): void
  removeDictionary(file: string): void
}

export interface LocalWordsState {
  allow: readonly string[]
  dictionaries: readonly LoadedDictionary[]
  /** Errors from the last file that could not be loaded. */
  errors: readonly string[]
}

export class LocalWordsView {
  readonly element = h('div', {class: 'local-words'})
  private readonly input = h('input', {type: 'file', id: 'dictionary-file', class: 'visually-hidden', accept: dictionaryFileTypes.join(','), tabindex: -1, 'aria-hidden': 'true'})

  constructor(private readonly actions: LocalWordsActions) {
    this.input.addEventListener('change', () => {
      const file = this.input.files?.[0]
      this.input.value = ''
      if (file) this.actions.loadFile(file)
    })
  }

  render(state: LocalWordsState): void {
    const allowed =
      state.allow.length === 0
        ? h('p', {class: 'hint'}, 'None yet. Use “Allow” on a finding to accept a word here; the list is saved in the document.')
        : h(
            'ul',
            {class: 'chip-list', 'aria-label': 'Allowed in this document'},
            ...state.allow.map((term) =>
              h(
                'li',
                {class: 'chip'},
                h('span', {}, term),
                h('button', {type: 'button', class: 'button subtle small', 'aria-label': `Stop allowing “${term}”`, onclick: () => this.actions.disallow(term)}, 'Remove')
              )
            )
          )

    const dictionaries =
      state.dictionaries.length === 0
        ? h('p', {class: 'hint'}, 'None loaded. A dictionary file (YAML or JSON) adds your organisation’s own words; it stays on this computer.')
        : h(
            'ul',
            {class: 'dictionary-list', 'aria-label': 'Organisation dictionaries'},
            ...state.dictionaries.map((dictionary) =>
              h(
                'li',
                {class: 'dictionary'},
                h('span', {class: 'dictionary-name'}, dictionary.file),
                h(
                  'span',
                  {class: 'dictionary-size'},
                  `${plural(dictionary.layer.terms.length, 'term')}, ${plural(dictionary.layer.acronyms.length, 'acronym')}`
                ),
                dictionary.warnings.length > 0 && h('ul', {class: 'problems warnings'}, ...dictionary.warnings.map((warning) => h('li', {}, warning))),
                h(
                  'button',
                  {type: 'button', class: 'button subtle small', 'aria-label': `Remove ${dictionary.file}`, onclick: () => this.actions.removeDictionary(dictionary.file)},
                  'Remove'
                )
              )
            )
          )

    const errors =
      state.errors.length > 0 &&
      h('div', {class: 'problems errors', role: 'alert'}, h('p', {}, 'This file was not loaded:'), h('ul', {}, ...state.errors.map((error) => h('li', {}, error))))

    this.element.replaceChildren(
      h('h3', {}, 'Allowed in this document'),
      allowed,
      h('h3', {}, 'Organisation dictionaries'),
      dictionaries,
      h('button', {type: 'button', class: 'button', id: 'load-dictionary', onclick: () => this.input.click()}, 'Load a dictionary file…'),
      this.input,
      errors || h('span', {hidden: true})
    )
  }
}
