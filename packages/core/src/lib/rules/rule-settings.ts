/**
 * The settings every rule sees, resolved from the audience and options. Apart from the rule
 * contract (rule.ts), so that the analyses the rules read (acronyms) can take them too.
 */
import type {Audience} from '@plainspeak/base'
import type {CompiledDictionary} from '@plainspeak/dictionary'

/** Settings every rule sees, resolved from the audience and options. */
export interface RuleSettings {
  readingAge: number
  sentenceLength: number
  audience: Audience
  dictionary: CompiledDictionary
  allow: ReadonlySet<string>
  acronymScope: 'document' | 'section'
}
