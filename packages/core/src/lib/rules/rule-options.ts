/**
 * The options each rule takes, as data: `['warning', {max: 30}]` in a config file, front matter,
 * an editor's settings or remark's options all meet this one table through `resolveOptions`.
 * A value outside its range (a word, NaN, Infinity, a negative) would reach readers as
 * "sentences of NaN words or fewer", so it is refused with the range that works.
 */
import type {RuleId} from './registry.js'

type OptionKind = {kind: 'whole'; min: number; max: number} | {kind: 'number'; min: number; max: number} | {kind: 'boolean'}

const whole = (min: number, max: number): OptionKind => ({kind: 'whole', min, max})
const number = (min: number, max: number): OptionKind => ({kind: 'number', min, max})

/** Rules not listed take no options. Ranges: sentence limits a writer could mean; reading ages 5–21 as `readingAge`. */
export const ruleOptionKinds: Partial<Record<RuleId, Record<string, OptionKind>>> = {
  'sentence-length': {max: whole(5, 200), farMax: whole(5, 200)},
  readability: {age: number(5, 21), margin: number(0, 30), farMargin: number(0, 30), minWords: whole(1, 200)},
  passive: {all: {kind: 'boolean'}}
}

const expected = (kind: OptionKind) =>
  kind.kind === 'boolean' ? '`true` or `false`' : `${kind.kind === 'whole' ? 'a whole number' : 'a number'} from ${kind.min} to ${kind.max}`

const fits = (kind: OptionKind, value: unknown) =>
  kind.kind === 'boolean'
    ? typeof value === 'boolean'
    : typeof value === 'number' && Number.isFinite(value) && value >= kind.min && value <= kind.max && (kind.kind === 'number' || Number.isInteger(value))

const show = (value: unknown) => (typeof value === 'string' ? `\`${value}\`` : typeof value === 'number' ? `\`${String(value)}\`` : (JSON.stringify(value) ?? String(value)))

/** What is wrong with a rule's options, naming the option (`undefined` when nothing is). */
export function ruleOptionProblem(rule: RuleId, options: Record<string, unknown>): {option: string; message: string; unknown: boolean} | undefined {
  const kinds = ruleOptionKinds[rule] ?? {}
  const names = Object.keys(kinds)
  for (const [option, value] of Object.entries(options)) {
    const kind = kinds[option]
    if (!kind) {
      const valid = names.length > 0 ? `expected one of ${names.map((name) => `\`${name}\``).join(', ')}` : 'it takes no options'
      return {option, unknown: true, message: `Unknown option \`${option}\` for rule \`${rule}\`, ${valid}`}
    }
    if (!fits(kind, value)) return {option, unknown: false, message: `Unexpected value ${show(value)} for \`${rule}\` option \`${option}\`, expected ${expected(kind)}`}
  }
  return undefined
}
