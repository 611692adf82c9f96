/**
 * Whether a term of art is explained where it is used. An explain entry (coproduction,
 * reablement, continuing healthcare) is satisfied by an explanation next to its first use, in
 * any of the ways writers give one:
 *
 *   coproduction (working with residents as equals to plan services)
 *   coproduction – working with residents as equals – is how we…
 *   coproduction, which means working with residents as equals
 *   Coproduction means working with residents as equals.
 *   working with residents as equals, which we call coproduction
 *   ## What is coproduction?   ## What coproduction means
 *
 * or by a row of a Glossary section that names it. Plain English guidance (GOV.UK, NHS) asks
 * for a term readers need to be explained the first time it is used; after that it can be used
 * freely.
 */
import type {BlockAnalysis} from '../analysis/block-analysis.js'
import type {TermMatch} from './matcher.js'

export type Explanation = 'inline' | 'glossary'

/** Closing quotes, emphasis markers (blanked to spaces) and spaces between the term and what follows. */
const close = String.raw`[\s"”’'*_]*`

/** Text right after the term that explains it. */
const explainedAfter: RegExp[] = [
  // coproduction (working with residents as equals …): checked further in `explainsInBrackets`.
  // coproduction, which means … / , meaning … / , that is … / , or in other words … / , i.e. …
  new RegExp(String.raw`^${close},?\s*(?:which|that)\s+(?:means|is when|is where|is about|is a way|is how|is what|refers to|describes|involves)\b`, 'iu'),
  new RegExp(String.raw`^${close},\s*(?:meaning|that is|in other words|or in other words|i\.?e\.?|or)\s+\p{Ll}`, 'u'),
  // Coproduction means … / is when … / refers to … (the term as the subject of a definition).
  new RegExp(String.raw`^${close}(?:means|refers to|describes|is when|is where|is about|is a way|is the way|is how|is what|is working|is an approach|is a process|involves)\b`, 'iu'),
  // coproduction – working with … / coproduction: working with …
  new RegExp(String.raw`^${close}(?:[–—]|\s-|:)\s*\p{Ll}`, 'u'),
  // By coproduction we mean …
  new RegExp(String.raw`^${close},?\s*we mean\b`, 'iu')
]

/** Text right before the term that introduces it as a name for something explained there. */
const explainedBefore = new RegExp(String.raw`(?:we call(?: (?:this|it|that))?|(?:this|it|that) is called|known as|what we mean by|what is meant by)\s*[“"‘'*_\s]*$`, 'iu')

/** A heading that announces an explanation: "What is coproduction?", "What we mean by reablement". */
const explainingHeading = /^\W*(?:what (?:is|are|does|do)\b|what we mean by\b|what is meant by\b|defining\b|understanding\b|what\b.*\bmeans\W*$)/iu

/**
 * "(working with residents as equals)" explains; "(CHC)", "(see page 4)", "(2024)" and
 * "(appendix B)" do not. The brackets may follow a word or two that the term belongs to:
 * "a safeguarding concern (a worry that someone is being harmed)".
 */
function explainsInBrackets(after: string): boolean {
  const match = new RegExp(String.raw`^${close}(?:\s+\p{L}+){0,2}\s*\(([^()]{3,300})\)`, 'u').exec(after)
  if (!match) return false
  const inside = match[1]!.trim()
  if (/^(?:see|page|p\.|para|paragraph|section|appendix|annex|figure|table|chart|ref|source|e\.g\.|for example)\b/iu.test(inside)) return false
  const words = inside.match(/\p{L}+/gu) ?? []
  return words.length >= 2 && words.some((word) => /^\p{Ll}{3,}$/u.test(word))
}

/** What a writer says of a name right after it: "DIALOG, a short questionnaire about …". */
const appositiveAfter = new RegExp(String.raw`^${close},\s*(?:a|an)\s+\p{Ll}{2,}`, 'u')

/**
 * Whether the text right after a word explains it: brackets with words in them, "which means …",
 * "– …", ": …", or (`appositive`) a description after a comma ("DIALOG, a short questionnaire").
 */
export function explainsAfter(after: string, options: {appositive?: boolean} = {}): boolean {
  return explainsInBrackets(after) || explainedAfter.some((pattern) => pattern.test(after)) || (options.appositive === true && appositiveAfter.test(after))
}

/** Whether the use at `match` is explained on the spot, or defined by a glossary row. */
export function explanationAt(analysis: BlockAnalysis, match: TermMatch): Explanation | undefined {
  const {block, text} = analysis
  if (block.glossary) {
    // A glossary row starts with the term it defines ("Coproduction | Working with…", "Reablement: short-term…").
    return text.slice(0, match.start).trim() === '' ? 'glossary' : undefined
  }
  if (block.kind === 'heading' && explainingHeading.test(text)) return 'inline'
  const after = text.slice(match.end, match.end + 320)
  if (explainsAfter(after)) return 'inline'
  const before = text.slice(Math.max(0, match.start - 60), match.start)
  return explainedBefore.test(before) ? 'inline' : undefined
}
