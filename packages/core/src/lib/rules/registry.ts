import type {Rule, RuleId} from '../rule.js'
import {acronymLateDefinition} from './acronym-late-definition.js'
import {acronymRedefined} from './acronym-redefined.js'
import {acronymUndefined} from './acronym-undefined.js'
import {inclusive} from './inclusive.js'
import {jargon} from './jargon.js'
import {passive} from './passive.js'
import {readability} from './readability.js'
import {sentenceLength} from './sentence-length.js'
import {simplerWord} from './simpler-word.js'

/** Every rule, by id. Adding a kind of check is one module plus one line here. */
export const rules: Readonly<Record<RuleId, Rule>> = {
  'acronym-undefined': acronymUndefined,
  'acronym-late-definition': acronymLateDefinition,
  'acronym-redefined': acronymRedefined,
  jargon,
  'simpler-word': simplerWord,
  inclusive,
  readability,
  'sentence-length': sentenceLength,
  passive
}
