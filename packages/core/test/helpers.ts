import type {AcronymDomain, AcronymEntry, CompiledDictionary, SimplerWordEntry, TermEntry} from '@plainspeak/dictionary'
import {check, messageToString, type CheckOptions, type CheckResult} from '../src/index.js'

/** A small dictionary for tests, so rule behaviour does not depend on the built-in word lists. */
export function term(term: string, alternatives: string[], extra: Partial<TermEntry> = {}): TermEntry {
  return {term, forms: [], alternatives, kind: 'jargon', source: ['test'], unless: [], ...extra}
}

export function acronym(acronym: string, ...expansions: string[]): AcronymEntry {
  return {acronym, expansions, domain: 'council', source: ['test']}
}

/** An acronym whose meanings belong to domains: `acronymIn('PCN', ['primary care network', 'nhs'], ['penalty charge notice', 'council'])`. */
export function acronymIn(acronym: string, ...meanings: Array<[string, AcronymDomain]>): AcronymEntry {
  return {acronym, expansions: meanings.map(([meaning]) => meaning), domain: meanings[0]![1], domains: meanings.map(([, domain]) => domain), source: ['test']}
}

/** A reviewed retext-simplify pattern for tests. */
export function simplerWord(pattern: string, alternatives: string[], extra: Partial<SimplerWordEntry> = {}): SimplerWordEntry {
  return {pattern, alternatives, remove: false, unless: [], ...extra}
}

export const testDictionary: CompiledDictionary = {
  terms: [
    term('signpost', ['refer', 'direct', 'point to']),
    term('utilise', ['use']),
    term('going forward', ['from now on', 'in future']),
    term('in order to', ['to'], {kind: 'wordy-phrase'}),
    term('touch base', ['talk', 'meet'], {kind: 'idiom'}),
    term('stakeholder', [], {note: 'Say who you mean: residents, partners, staff.'}),
    term('agenda', ['plan'], {unless: ['meeting', 'committee']}),
    term('hard to reach', ['under-served', 'seldom heard'], {kind: 'inclusive'}),
    term('wheelchair-bound', ['wheelchair user'], {kind: 'inclusive'}),
    term('the elderly', ['older people'], {kind: 'inclusive'}),
    term('commence', ['start', 'begin'], {severity: 'info'}),
    term('well-being', ['wellbeing'], {forms: ['well being']})
  ],
  acronyms: [
    acronym('JSNA', 'Joint Strategic Needs Assessment'),
    acronym('ICB', 'integrated care board'),
    acronym('S151', 'Section 151 officer'),
    acronym('A&E', 'accident and emergency'),
    acronym('EqIA', 'equality impact assessment'),
    acronym('ASC', 'adult social care', 'autism spectrum condition'),
    acronym('NHS', 'National Health Service'),
    acronym('IV', 'intravenous'),
    acronym('Cllr', 'councillor'),
    acronymIn('PCN', ['primary care network', 'nhs'], ['penalty charge notice', 'council']),
    acronymIn('GP', ['general practitioner', 'nhs']),
    acronymIn('CCG', ['clinical commissioning group', 'nhs']),
    acronymIn('CPZ', ['controlled parking zone', 'council']),
    acronymIn('ANPR', ['automatic number plate recognition', 'council']),
    acronymIn('MHA', ['Mental Health Act 1983', 'nhs']),
    acronymIn('MS', ['multiple sclerosis', 'nhs'], ['Member of the Senedd', 'public-sector'])
  ],
  codes: [
    {code: 'MS Teams', source: []},
    {code: 'RQX', note: 'An NHS organisation code.', source: []}
  ],
  wellKnown: {public: ['NHS', 'UK'], board: ['NHS', 'UK', 'ICB'], staff: ['NHS', 'UK', 'ICB', 'JSNA']},
  sources: {test: {id: 'test', title: 'Test list', licence: 'none'}},
  simplerWords: [
    // retext-simplify's own suggestions, as a reviewer might have left them.
    simplerWord('purchase', ['buy', 'sale']),
    simplerWord('commence', ['begin', 'start']),
    simplerWord('not many', ['few']),
    simplerWord('address', [], {off: 'Usually a postal or email address.'}),
    simplerWord('indication', ['sign'], {unless: ['clinical']}),
    simplerWord('numerous', ['many'], {audiences: ['public']}),
    simplerWord('in addition', ['also'], {remove: true}),
    // As retext-simplify has it; the built-in review switches it off (cutting "it is" breaks the sentence).
    simplerWord('it is', [], {remove: true})
  ]
}

/** Checks with the test dictionary only. */
export function run(text: string, options: CheckOptions = {}): CheckResult {
  return check(text, {builtinDictionary: false, dictionaries: [testDictionary], suggestions: true, ...options})
}

/** Findings of one rule as compact strings: `1:5-1:9: reason`. */
export function findings(text: string, ruleId: string, options: CheckOptions = {}): string[] {
  return run(text, options)
    .messages.filter((message) => message.ruleId === ruleId)
    .map(messageToString)
}

/** Actual texts of one rule's findings. */
export function actuals(text: string, ruleId: string, options: CheckOptions = {}): string[] {
  return run(text, options)
    .messages.filter((message) => message.ruleId === ruleId)
    .map((message) => message.actual)
}
