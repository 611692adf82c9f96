import type {Rule} from './rule.js'
import {acronymLateDefinition} from './acronym-late-definition.js'
import {acronymRedefined} from './acronym-redefined.js'
import {acronymUndefined} from './acronym-undefined.js'
import {clinicalShorthand} from './clinical-shorthand.js'
import {inclusive} from './inclusive.js'
import {jargon} from './jargon.js'
import {passive} from './passive.js'
import {readability} from './readability.js'
import {sentenceLength} from './sentence-length.js'
import {simplerWord} from './simpler-word.js'
import {thirdPerson} from './third-person.js'

/**
 * The built-in rules, by id, in the order surfaces list them. Adding a kind of check is one
 * module plus one line here: `RuleId` and `ruleIds` come from this object.
 */
const builtin = {
  'acronym-undefined': acronymUndefined,
  'acronym-late-definition': acronymLateDefinition,
  'acronym-redefined': acronymRedefined,
  jargon,
  'simpler-word': simplerWord,
  inclusive,
  readability,
  'sentence-length': sentenceLength,
  passive,
  'clinical-shorthand': clinicalShorthand,
  'third-person': thirdPerson
} as const satisfies Record<string, Rule>

/** The id of a built-in rule: what `rules` in settings takes. */
export type RuleId = keyof typeof builtin

/**
 * The id of any registered rule: a built-in one (`RuleId`, which editors still offer by name) or
 * one added from outside (`registerRule`). What a finding's `ruleId` holds.
 */
export type RegisteredRuleId = RuleId | (string & {})

/** The built-in rules' ids, in registry order. */
export const ruleIds = Object.keys(builtin) as readonly RuleId[]

/**
 * Where a process puts rules of its own before Plainspeak loads: an array of rules under this
 * global symbol. A Node process preloads a module that pushes its rules there
 * (`node --import ./my-rules.js`, or `NODE_OPTIONS=--import=…` for a command that starts worker
 * threads, which run the preload too), and every checker in that process, on any thread, runs
 * them. The tests add a fixture rule this way to the CLI and the language server; an embedder
 * in one thread can call `registerRule` instead.
 */
export const outsideRulesKey = Symbol.for('plainspeak.rules')

/**
 * Every rule, by id: the built-in ones, then any added from outside. A rule from outside
 * carries all of itself (defineRule), so every surface sees it, its label, defaults and docs
 * link with no edit of its own.
 */
export const rules: Readonly<Record<RuleId, Rule> & Partial<Record<string, Rule>>> = {...builtin}

/** The rule of a finding or a setting the engine holds: its id is registered (built in or added). */
export function ruleOf(id: string): Rule {
  const rule = rules[id]
  if (!rule) throw new TypeError(`No rule with the id \`${id}\` is registered`)
  return rule
}

/** Adds a rule from outside the built-in set (see `outsideRulesKey`). Its id must be new. */
export function registerRule(rule: Rule): void {
  if (typeof rule !== 'object' || rule === null || typeof rule.id !== 'string' || typeof rule.check !== 'function') {
    throw new TypeError('Expected a rule made with defineRule, with an id and a check function')
  }
  if (Object.hasOwn(rules, rule.id)) throw new TypeError(`A rule with the id \`${rule.id}\` is already registered`)
  ;(rules as Record<string, Rule>)[rule.id] = rule
}

const outside = (globalThis as Record<symbol, unknown>)[outsideRulesKey]
if (Array.isArray(outside)) for (const rule of outside as Rule[]) registerRule(rule)
