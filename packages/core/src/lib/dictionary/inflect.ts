/**
 * Regular English inflections, so a dictionary needs only the base form:
 * "utilise" also finds utilises, utilised, utilising, utilisation and the -ize
 * spellings; "signpost" finds signposts, signposted, signposting.
 *
 * Each form remembers how it was made (`suffix`), so that a replacement can
 * be given the same ending: "signposting" → "referring".
 */

export type Suffix = '' | 's' | 'ed' | 'ing' | 'ation' | 'plural'

export interface Form {
  value: string
  suffix: Suffix
}

const vowel = /[aeiou]/
/** Verbs whose last consonant doubles before -ed/-ing although the word is long. */
const doubling = new Set([
  'refer', 'prefer', 'commit', 'admit', 'permit', 'submit', 'omit', 'control', 'occur', 'transfer',
  'equip', 'compel', 'propel', 'expel', 'incur', 'recur', 'deter', 'confer', 'defer', 'infer',
  'regret', 'forget', 'begin', 'upset', 'kidnap', 'outstrip'
])

function doublesFinalConsonant(word: string): boolean {
  if (doubling.has(word)) return true
  // Short consonant–vowel–consonant words: stop → stopping, plan → planned.
  return (
    word.length <= 4 &&
    /[^aeiouwxy]$/.test(word) &&
    vowel.test(word.at(-2) ?? '') &&
    !vowel.test(word.at(-3) ?? 'a')
  )
}

/** The -s form: boards, processes, policies. */
export function plural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word + 'es'
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies'
  return word + 's'
}

/** The simple past ("we began"), which differs from the participle ("has begun") for some verbs. */
export function simplePast(word: string): string {
  return irregularSimplePast.get(word) ?? pastTense(word)
}

/** The past participle ("was used", "has begun"). */
export function pastTense(word: string): string {
  const irregular = irregularPast.get(word)
  if (irregular) return irregular
  if (word.endsWith('e')) return word + 'd'
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ied'
  if (doublesFinalConsonant(word)) return word + word.at(-1) + 'ed'
  return word + 'ed'
}

export function presentParticiple(word: string): string {
  if (word.endsWith('ie')) return word.slice(0, -2) + 'ying'
  if (/[^aeiouy]e$/.test(word) && word !== 'be') return word.slice(0, -1) + 'ing'
  if (doublesFinalConsonant(word)) return word + word.at(-1) + 'ing'
  return word + 'ing'
}

/**
 * Common irregular past forms for replacement words ("made", not "maked"). Maps, not objects: a
 * dictionary word such as "constructor" must never find what every object inherits.
 */
const irregularPast = new Map<string, string>(Object.entries({
  be: 'been', bring: 'brought', build: 'built', buy: 'bought', choose: 'chosen', do: 'done',
  find: 'found', get: 'got', give: 'given', go: 'gone', hold: 'held', keep: 'kept', lead: 'led',
  make: 'made', meet: 'met', pay: 'paid', put: 'put', run: 'run', say: 'said', see: 'seen',
  send: 'sent', set: 'set', show: 'shown', take: 'taken', tell: 'told', think: 'thought',
  write: 'written', know: 'known', leave: 'left', spend: 'spent', understand: 'understood',
  sell: 'sold', cut: 'cut', let: 'let', begin: 'begun', speak: 'spoken', break: 'broken',
  have: 'had', lose: 'lost', deal: 'dealt', feel: 'felt', hear: 'heard', grow: 'grown', fall: 'fallen',
  win: 'won', read: 'read', stand: 'stood', teach: 'taught', catch: 'caught', seek: 'sought', mean: 'meant',
  come: 'come', become: 'become', draw: 'drawn', drive: 'driven', eat: 'eaten', forget: 'forgotten',
  hide: 'hidden', rise: 'risen', shut: 'shut', sit: 'sat', sleep: 'slept', spread: 'spread', wear: 'worn',
  lend: 'lent', light: 'lit', hurt: 'hurt', bear: 'borne', bind: 'bound', fight: 'fought', fly: 'flown', strike: 'struck'
}))

/** Where the simple past differs from the participle. */
const irregularSimplePast = new Map<string, string>(Object.entries({
  be: 'was', begin: 'began', choose: 'chose', do: 'did', give: 'gave', go: 'went', see: 'saw', show: 'showed',
  take: 'took', write: 'wrote', know: 'knew', speak: 'spoke', break: 'broke', run: 'ran', grow: 'grew',
  fall: 'fell', come: 'came', become: 'became', draw: 'drew', drive: 'drove', eat: 'ate', forget: 'forgot',
  hide: 'hid', rise: 'rose', wear: 'wore', fly: 'flew', bear: 'bore'
}))

/** Forms already worked out: every checker compiles the same dictionary words. */
const formsMemo = new Map<string, readonly Form[]>()

/** Every regular form of a dictionary word, the word itself first. */
export function inflections(word: string): readonly Form[] {
  let forms = formsMemo.get(word)
  if (!forms) {
    forms = Object.freeze(regularForms(word).map((form) => Object.freeze(form)))
    if (formsMemo.size > 100_000) formsMemo.clear()
    formsMemo.set(word, forms)
  }
  return forms
}

function regularForms(word: string): Form[] {
  const forms: Form[] = [{value: word, suffix: ''}]
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return forms
  forms.push({value: plural(word), suffix: 's'})
  forms.push({value: pastTense(word), suffix: 'ed'})
  // "took industrial action" is "take industrial action" in the past.
  forms.push({value: simplePast(word), suffix: 'ed'})
  if (word.endsWith('e')) forms.push({value: word + 'd', suffix: 'ed'})
  else forms.push({value: word + 'ed', suffix: 'ed'})
  forms.push({value: presentParticiple(word), suffix: 'ing'})
  forms.push({value: word + 'ing', suffix: 'ing'})
  if (word.endsWith('ate')) forms.push({value: word.slice(0, -1) + 'ion', suffix: 'ation'})
  else if (word.endsWith('e')) forms.push({value: word.slice(0, -1) + 'ation', suffix: 'ation'})
  else if (!word.endsWith('y')) forms.push({value: word + 'ation', suffix: 'ation'})

  // British -ise words also match American -ize spellings.
  const withZ: Form[] = []
  for (const form of forms) {
    const american = form.value.replace(/is(e|ed|es|ing|ation)$/, 'iz$1')
    if (american !== form.value) withZ.push({value: american, suffix: form.suffix})
  }
  const seen = new Set<string>()
  return [...forms, ...withZ].filter((form) => !seen.has(form.value) && seen.add(form.value))
}

/** Gives a replacement the ending of the word it replaces: ("refer", "ing") → "referring". */
export function inflectReplacement(replacement: string, suffix: Suffix, afterAuxiliary = true): string {
  if (suffix === '' || suffix === 'ation') return replacement
  const words = replacement.split(' ')
  if (suffix === 'plural' || (suffix === 's' && words.length > 1 && !particles.has(words.at(-1)!))) {
    // A noun phrase: "step changes" → "big changes", "workstreams" → "areas of work". Leave phrases we cannot read alone.
    const of = words.indexOf('of')
    // With "-s" the word might be a verb ("delivers the plan"): only a phrase with "of" is surely a noun.
    if (suffix === 's' && of <= 0) return replacement
    const head = of > 0 ? of - 1 : words.length - 1
    if (!/^[a-z]+$/.test(words[head]!) || /s$/.test(words[head]!)) return replacement
    return words.map((word, index) => (index === head ? plural(word) : word)).join(' ')
  }
  const space = replacement.indexOf(' ')
  const first = space === -1 ? replacement : replacement.slice(0, space)
  const rest = space === -1 ? '' : replacement.slice(space)
  if (!/^[a-z]+$/.test(first)) return replacement
  const inflected =
    suffix === 's' ? thirdPerson(first) : suffix === 'ed' ? (afterAuxiliary ? pastTense(first) : simplePast(first)) : presentParticiple(first)
  return inflected + rest
}

/** Words that end phrasal verbs ("point to", "find out"): the verb comes first. */
const particles = new Set(['to', 'on', 'up', 'out', 'in', 'with', 'for', 'at', 'about', 'into', 'from', 'off', 'down', 'over', 'back', 'through', 'of', 'than'])

function thirdPerson(word: string): string {
  if (word === 'have') return 'has'
  if (word === 'be') return 'is'
  if (word === 'do' || word === 'go') return word + 'es'
  return plural(word)
}
