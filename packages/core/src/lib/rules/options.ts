import {audiences, severities, type Audience, type FindingSeverity, type Severity} from '@plainspeak/base'
import {audiencePresets} from './audiences.js'
import type {DictionaryLayer} from '../dictionary/merge.js'
import {isDocsUrl, localRulesPage, rulesPageName} from '../presentation/docs-link.js'
import type {RuleId} from './registry.js'
import {rules as registry} from './registry.js'
import {ruleOptionProblem} from './rule-options.js'

export type Format = 'text' | 'markdown' | 'html'
export const formats: readonly Format[] = ['text', 'markdown', 'html']

/** A rule's setting: a severity, or a severity with rule options (`['warning', {max: 30}]`). */
export type RuleSetting = Severity | [Severity] | [Severity, Record<string, unknown>]

/** Everything `check` accepts. Every field is optional. */
export interface CheckOptions {
  /** How to read the text (default `text`). */
  format?: Format
  /** Who the text is for (default `public`): sets the target reading age, sentence limit and well-known acronyms. */
  audience?: Audience
  /** Rule severities, `off` to switch a rule off. */
  rules?: Partial<Record<RuleId, RuleSetting>>
  /** Terms and acronyms accepted in this text. */
  allow?: string[]
  /** Whether an acronym must be spelled out once per document (default) or once per section (heading levels 1–2). */
  acronymScope?: 'document' | 'section'
  /** Target UK reading age, 5–21 (default: the audience's). */
  readingAge?: number
  /** Dictionary layers over the built-in one: organisation, project, document. */
  dictionaries?: DictionaryLayer[]
  /** Use the built-in council and NHS dictionary (default `true`). */
  builtinDictionary?: boolean
  /**
   * Where people read the rule docs: your organisation's copy, as an `https:` (or `http:`, `file:`)
   * address of a page with an anchor per rule id, or with `{rule}` where the rule id goes.
   * Default: the rules page shipped in this package (`docs/rules.html`).
   */
  docsUrl?: string
  /**
   * Also return the suggestions tier (default `false`): findings that are correct but minor,
   * each marked `suggestion: true`. Without it, `check` returns the default view: the kinds of
   * finding blind-judged readers acted on at this audience (data/default-view.yml).
   */
  suggestions?: boolean
}

const optionKeys = ['format', 'audience', 'rules', 'allow', 'acronymScope', 'readingAge', 'dictionaries', 'builtinDictionary', 'docsUrl', 'suggestions'] as const

/** A bad option: names the option, the value and what is valid. */
export class PlainspeakOptionError extends Error {
  constructor(
    readonly option: string,
    message: string
  ) {
    super(message)
    this.name = 'PlainspeakOptionError'
  }
}

export interface ResolvedRule {
  severity: FindingSeverity
  options: Record<string, unknown>
  /** Whether the user set the severity (it then beats a dictionary entry's own severity). */
  explicit: boolean
}

export interface ResolvedOptions {
  format: Format
  audience: Audience
  readingAge: number
  sentenceLength: number
  acronymScope: 'document' | 'section'
  allow: Set<string>
  /** Rules that run, with their severity; rules switched off are absent. */
  rules: Map<RuleId, ResolvedRule>
  dictionaries: DictionaryLayer[]
  builtinDictionary: boolean
  /** The rule docs page findings link to (`docsUrl`, else the page shipped with this package). */
  docsBase: string
  /** Whether the suggestions tier is returned too. */
  suggestions: boolean
}

const list = (values: readonly string[]) => values.map((value) => `\`${value}\``).join(', ')
const show = (value: unknown) => (typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value) ?? String(value))

function oneOf<T extends string>(option: string, value: unknown, valid: readonly T[]): T {
  if (typeof value === 'string' && (valid as readonly string[]).includes(value)) return value as T
  throw new PlainspeakOptionError(option, `Unexpected value ${show(value)} for \`${option}\`, expected one of ${list(valid)}`)
}

/** Checks options and fills in defaults from the audience preset. Throws `PlainspeakOptionError`. */
export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new PlainspeakOptionError('options', `Unexpected options ${show(options)}, expected an object`)
  }
  for (const key of Object.keys(options)) {
    if (!(optionKeys as readonly string[]).includes(key)) {
      throw new PlainspeakOptionError(key, `Unknown option \`${key}\`, expected one of ${list(optionKeys)}`)
    }
  }
  const format = options.format === undefined ? 'text' : oneOf('format', options.format, formats)
  const audience = options.audience === undefined ? 'public' : oneOf('audience', options.audience, audiences)
  const preset = audiencePresets[audience]
  const acronymScope = options.acronymScope === undefined ? 'document' : oneOf('acronymScope', options.acronymScope, ['document', 'section'] as const)

  let readingAge = preset.readingAge
  if (options.readingAge !== undefined) {
    if (typeof options.readingAge !== 'number' || !Number.isFinite(options.readingAge) || options.readingAge < 5 || options.readingAge > 21) {
      throw new PlainspeakOptionError('readingAge', `Unexpected value ${show(options.readingAge)} for \`readingAge\`, expected a number from 5 to 21`)
    }
    readingAge = options.readingAge
  }

  const allow = new Set<string>()
  if (options.allow !== undefined) {
    if (!Array.isArray(options.allow) || options.allow.some((item) => typeof item !== 'string')) {
      throw new PlainspeakOptionError('allow', `Unexpected value ${show(options.allow)} for \`allow\`, expected a list of terms and acronyms`)
    }
    for (const item of options.allow) {
      allow.add(item)
      allow.add(item.toLowerCase())
    }
  }

  if (options.dictionaries !== undefined && (!Array.isArray(options.dictionaries) || options.dictionaries.some((layer) => !layer || typeof layer !== 'object'))) {
    throw new PlainspeakOptionError('dictionaries', `Unexpected value for \`dictionaries\`, expected a list of compiled dictionaries (load YAML with @plainspeak/dictionary)`)
  }
  if (options.builtinDictionary !== undefined && typeof options.builtinDictionary !== 'boolean') {
    throw new PlainspeakOptionError('builtinDictionary', `Unexpected value ${show(options.builtinDictionary)} for \`builtinDictionary\`, expected \`true\` or \`false\``)
  }

  if (options.suggestions !== undefined && typeof options.suggestions !== 'boolean') {
    throw new PlainspeakOptionError('suggestions', `Unexpected value ${show(options.suggestions)} for \`suggestions\`, expected \`true\` or \`false\``)
  }

  if (options.docsUrl !== undefined && !isDocsUrl(options.docsUrl)) {
    throw new PlainspeakOptionError(
      'docsUrl',
      `Unexpected value ${show(options.docsUrl)} for \`docsUrl\`, expected the full address of your organisation's copy of the rule docs, starting with https://`
    )
  }

  return {
    format,
    audience,
    readingAge,
    sentenceLength: preset.sentenceLength,
    acronymScope,
    allow,
    rules: resolveRules(options.rules, audience),
    dictionaries: options.dictionaries ?? [],
    builtinDictionary: options.builtinDictionary ?? true,
    docsBase: options.docsUrl ?? localRulesPage() ?? rulesPageName,
    suggestions: options.suggestions ?? false
  }
}

function resolveRules(
  settings: CheckOptions['rules'],
  audience: Audience
): Map<RuleId, ResolvedRule> {
  if (settings !== undefined && (settings === null || typeof settings !== 'object' || Array.isArray(settings))) {
    throw new PlainspeakOptionError('rules', `Unexpected value ${show(settings)} for \`rules\`, expected an object of rule ids to severities`)
  }
  const resolved = new Map<RuleId, ResolvedRule>()
  const ids = Object.keys(registry) as RuleId[]
  for (const id of ids) {
    const setting = (settings as Record<string, RuleSetting | undefined> | undefined)?.[id]
    // Each rule holds its own defaults, per audience (rule.ts).
    const rule = registry[id]
    let severity: Severity = rule.audienceSeverity?.[audience] ?? rule.defaultSeverity
    let options: Record<string, unknown> = {}
    const explicit = setting !== undefined
    if (setting !== undefined) {
      const [value, ruleOptions] = Array.isArray(setting) ? setting : [setting]
      severity = oneOf(`rules.${id}`, value, severities)
      if (ruleOptions !== undefined) {
        if (ruleOptions === null || typeof ruleOptions !== 'object' || Array.isArray(ruleOptions)) {
          throw new PlainspeakOptionError(`rules.${id}`, `Unexpected options ${show(ruleOptions)} for rule \`${id}\`, expected an object`)
        }
        const problem = ruleOptionProblem(id, ruleOptions as Record<string, unknown>)
        // The option's path (`rules.sentence-length.1.max`) lets a config file point at the value.
        if (problem) throw new PlainspeakOptionError(`rules.${id}.1.${problem.option}`, problem.message)
        options = ruleOptions as Record<string, unknown>
      }
    }
    if (severity !== 'off') resolved.set(id, {severity, options, explicit})
  }
  for (const key of Object.keys(settings ?? {})) {
    if (!Object.hasOwn(registry, key)) {
      throw new PlainspeakOptionError(`rules.${key}`, `Unknown rule \`${key}\` in \`rules\`, expected one of ${list(ids)}`)
    }
  }
  return resolved
}
