import type {Block} from '../document/block.js'
import {defineRule, type DocumentRuleContext} from './rule.js'

/**
 * Writing about the patient in a letter written to them. The Academy of Medical Royal Colleges'
 * "Please, write to me" (2018) asks clinicians to write clinic letters to the patient: "you were
 * seen", "your blood pressure", not "Mrs Ahmed was seen", "her blood pressure". In a letter whose
 * salutation names a person ("Dear Mrs Ahmed,"), that person's name, and the pronouns of the
 * salutation's title where nobody else could be meant, are findings, with a fix only where the
 * second person reads correctly.
 */

type Pronouns = 'she' | 'he'

interface Addressee {
  /** The ways the letter may name them: "Mrs Ahmed", "Mrs Aisha Ahmed", "Aisha Ahmed". */
  names: RegExp
  /** The pronouns a gendered title implies (Mrs, Ms, Miss: she; Mr: he); none for Mx, Dr or no title. */
  pronouns?: Pronouns
  /** Where the salutation ends: only the letter after it is written to them. */
  after: number
}

const titles: Readonly<Record<string, Pronouns | undefined>> = {mr: 'he', mrs: 'she', ms: 'she', miss: 'she', mx: undefined, dr: undefined}
const name = String.raw`\p{Lu}[\p{L}'’-]+`
const salutation = new RegExp(String.raw`^\s*Dear\s+(?:(Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?((?:${name}\s+)?${name})\s*[,:]?\s*$`, 'u')

// The verbs that may follow the patient as a subject, with the form that follows "you". Verbs in
// the past tense ("attended", "told") keep their form; other verbs are left for the writer.
const withYou: Readonly<Record<string, string>> = {
  is: 'are', was: 'were', has: 'have', had: 'had', does: 'do', did: 'did', will: 'will', would: 'would', can: 'can', could: 'could',
  should: 'should', may: 'may', might: 'might', must: 'must', says: 'say', said: 'said', feels: 'feel', felt: 'felt', reports: 'report',
  describes: 'describe', tells: 'tell', told: 'told', takes: 'take', took: 'took', needs: 'need', wants: 'want', lives: 'live', uses: 'use', goes: 'go', went: 'went', came: 'came', saw: 'saw'
}

// Words after "her" that make it the object ("I told her that…", "I gave her the leaflet") rather
// than the possessive ("her blood pressure").
const afterObject = new Set([
  'a', 'an', 'the', 'that', 'this', 'these', 'those', 'to', 'and', 'or', 'but', 'if', 'in', 'on', 'at', 'for', 'from', 'with', 'about', 'into', 'of', 'by', 'as',
  'again', 'today', 'yesterday', 'tomorrow', 'soon', 'later', 'now', 'then', 'there', 'here', 'back', 'up', 'down', 'out', 'off', 'some', 'any', 'more', 'when', 'whether', 'how', 'what', 'why', 'once', 'twice'
])

// People the pronouns could mean instead of the patient. A pronoun is left alone in a paragraph
// that names one of them, even the patient's own ("her daughter said she was worried").
const others: Readonly<Record<Pronouns, RegExp>> = {
  she: /\b(?:(?:daughter|mother|wife|sister|granddaughter|grandmother|aunt|niece|girlfriend|partner|carer|colleague|consultant|doctor|nurse|surgeon|GP|registrar|midwife|physiotherapist|friend)s?|(?:Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}\p{L}+)\b/u,
  he: /\b(?:(?:son|father|husband|brother|grandson|grandfather|uncle|nephew|boyfriend|partner|carer|colleague|consultant|doctor|nurse|surgeon|GP|registrar|physiotherapist|friend)s?|(?:Mr|Mx|Dr)\.?\s+\p{Lu}\p{L}+)\b/u
}

// Where the letter ends: a sign-off or a copy list is not written to the patient.
const closing = /^\s*(?:Yours\s+(?:sincerely|faithfully)|Kind\s+regards|Best\s+wishes|With\s+best\s+wishes|cc\b|Copy\s+to\b)/i

const note =
  'Write to the patient, not about them: “you were seen”, “your blood pressure”. The Academy of Medical Royal Colleges’ “Please, write to me” asks clinicians to write clinic letters to the patient.'

function findAddressee(blocks: readonly Block[]): Addressee | undefined {
  // The salutation is near the top, after the addresses and the date.
  for (const block of blocks.slice(0, 12)) {
    const match = salutation.exec(block.text)
    if (!match) continue
    const title = match[1]
    const parts = match[2]!.split(/\s+/)
    // A single name without a title ("Dear Aisha") is too often someone else's first name to look for.
    if (title === undefined && parts.length < 2) continue
    const surname = escape(parts.at(-1)!)
    const first = parts.length > 1 ? escape(parts[0]!) : undefined
    const alternatives = title === undefined ? [`${first ?? ''}\\s+${surname}`] : [`${title}\\.?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)?${surname}`]
    if (first !== undefined && title !== undefined) alternatives.push(`${first}\\s+${surname}`)
    return {
      names: new RegExp(String.raw`(?<![\p{L}])(?:${alternatives.join('|')})(?![\p{L}])('s|’s)?`, 'gu'),
      pronouns: title === undefined ? undefined : titles[title.toLowerCase()],
      after: block.start + block.text.length
    }
  }
  return undefined
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Whether `offset` in `text` starts a sentence: the fix then starts with a capital. */
function startsSentence(text: string, offset: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*)$/.test(text.slice(0, offset))
}

function cased(word: string, capital: boolean): string {
  return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/** The word after `end` and where it ends. */
function nextWord(text: string, end: number): {word: string; end: number} | undefined {
  const match = /^\s+([\p{L}’']+)/u.exec(text.slice(end))
  return match ? {word: match[1]!, end: end + match[0].length} : undefined
}

/** The subject and its verb in the second person ("Mrs Ahmed was" → "you were"), if the verb is one we know. */
function asSubject(text: string, start: number, end: number): {end: number; fix: string} | undefined {
  const next = nextWord(text, end)
  if (!next) return undefined
  const lower = next.word.toLowerCase()
  const verb = withYou[lower] ?? (/^\p{Ll}+ed$/u.test(next.word) ? next.word : undefined)
  if (verb === undefined) return undefined
  return {end: next.end, fix: `${cased('you', startsSentence(text, start))} ${verb}`}
}

function checkBlock(context: DocumentRuleContext, block: Block, addressee: Addressee): void {
  const {text} = block
  const report = (start: number, end: number, reason: string, expected: string[]) =>
    context.report({start: block.start + start, end: block.start + end, reason, expected, note})

  const named = new Set<number>()
  for (const match of text.matchAll(addressee.names)) {
    const start = match.index
    const end = start + match[0].length
    named.add(start)
    const actual = match[0]
    if (match[1] !== undefined) {
      report(start, end, `Write to the patient: “your” instead of “${actual}”.`, [cased('your', startsSentence(text, start))])
      continue
    }
    const subject = asSubject(text, start, end)
    if (subject) {
      report(start, subject.end, `Write to the patient: “${subject.fix}” instead of “${text.slice(start, subject.end)}”.`, [subject.fix])
      continue
    }
    // After a verb or a preposition ("I saw Mrs Ahmed", "with Mrs Ahmed"), the name is the object: "you".
    const object = !startsSentence(text, start) && /\p{Ll}\s+$/u.test(text.slice(0, start))
    report(start, end, `Write to the patient: “you” instead of “${actual}”${object ? '' : ', rewording the sentence'}.`, object ? ['you'] : [])
  }

  const pronouns = addressee.pronouns
  if (pronouns === undefined) return
  // Another person the pronoun could mean, in this paragraph: leave the pronouns alone.
  const withoutPatient = text.replace(addressee.names, '')
  if (others[pronouns].test(withoutPatient)) return
  const pattern = pronouns === 'she' ? /\b(she|her|herself|hers)\b/giu : /\b(he|his|him|himself)\b/giu
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    const word = match[0]
    const lower = word.toLowerCase()
    const end = start + word.length
    const capital = startsSentence(text, start)
    if (lower === 'she' || lower === 'he') {
      const subject = asSubject(text, start, end)
      if (subject) report(start, subject.end, `Write to the patient: “${subject.fix}” instead of “${text.slice(start, subject.end)}”.`, [subject.fix])
      else report(start, end, `Write to the patient: “you” instead of “${word}”, rewording the sentence.`, [])
    } else if (lower === 'herself' || lower === 'himself') {
      report(start, end, `Write to the patient: “yourself” instead of “${word}”.`, [cased('yourself', capital)])
    } else if (lower === 'hers') {
      report(start, end, `Write to the patient: “yours” instead of “${word}”.`, [cased('yours', capital)])
    } else if (lower === 'him') {
      report(start, end, `Write to the patient: “you” instead of “${word}”.`, [cased('you', capital)])
    } else {
      // "his": possessive ("his blood pressure"), or on its own ("the choice is his"). "her": possessive before a noun, else the object.
      const next = nextWord(text, end)
      const alone = !next || !/^\s/.test(text.slice(end))
      const object = lower === 'her' && (alone || afterObject.has(next!.word.toLowerCase()))
      const fix = lower === 'his' && alone ? 'yours' : object ? 'you' : 'your'
      report(start, end, `Write to the patient: “${fix}” instead of “${word}”.`, [cased(fix, capital)])
    }
  }
}

export const thirdPerson = defineRule({
  id: 'third-person',
  scope: 'document',
  level: 'word',
  subject: 'term',
  // "her" becomes "your" before a noun and "you" after a verb: each use has its own fix.
  replaceAll: false,
  priority: 2,
  defaultSeverity: 'warning',
  audienceSeverity: {public: 'off', board: 'off', staff: 'off'},
  label: 'Writing to the patient',
  order: 11,
  summary: 'In a letter to a named patient (“Dear Mrs Ahmed”), the patient written about in the third person (“Mrs Ahmed was seen”, “her blood pressure”): write to them. Only at the patient audience.',
  details: [
    'The letter is the text after a salutation that names a person (“Dear Mrs Ahmed,”, “Dear Aisha Ahmed,”), up to a sign-off (“Yours sincerely”) or a copy list (“cc”). In it, the patient’s name is reported: with “’s” it becomes “your” (“Mrs Ahmed’s blood pressure”: your blood pressure); followed by a verb it becomes “you” with the verb to match (“Mrs Ahmed was seen”: you were seen; “Mrs Ahmed attended”: you attended); after a verb or a preposition it becomes “you” (“I saw Mrs Ahmed”: I saw you). Elsewhere it is reported without a fix.',
    'The pronouns of the salutation’s title (Mrs, Ms and Miss: she and her; Mr: he, his and him) are reported the same way (“her blood pressure”: your blood pressure; “I told her that”: I told you that; “she was seen”: you were seen), but only where nobody else could be meant: a paragraph that mentions another person of whom the pronoun could be said (“her daughter said she was worried”, “the nurse”, “Dr Patel”) keeps its pronouns. Mx, Dr and a name with no title give no pronouns to look for.',
    'Only at the patient audience: a referral letter between clinicians, or a report for staff, is rightly written about the patient.'
  ],
  examples: [
    {bad: 'Dear Mrs Ahmed,\n\nMrs Ahmed was seen in clinic today. Her blood pressure was high.', good: 'Dear Mrs Ahmed,\n\nYou were seen in clinic today. Your blood pressure was high.', options: {audience: 'patient'}},
    {bad: 'Dear Mr Jones,\n\nI saw Mr Jones with his wife and examined him.', good: 'Dear Mr Jones,\n\nI saw you with your wife and examined you.', options: {audience: 'patient'}}
  ],
  check(context) {
    const addressee = findAddressee(context.blocks)
    if (!addressee) return
    for (const block of context.blocks) {
      if (block.start < addressee.after) continue
      if (closing.test(block.text)) break
      checkBlock(context, block, addressee)
    }
  }
})
