/**
 * Which sentences are prose.
 *
 * Readability, sentence length and passive voice judge complete sentences in
 * running prose: paragraphs, list items that are sentences, long table cells.
 * A document also holds text that is not prose, and judging it as sentences
 * gives findings no editor would act on (a heading is "hard to read", a job
 * title is "passive", a download link is "too long"). This module decides,
 * for every sentence the parser found, whether it is prose, and if not, what
 * it is. Every sentence rule and the reading-age statistics use it, whatever
 * the input format. Word-level rules (acronyms, jargon) do not: they apply
 * everywhere.
 *
 * Not prose: headings, glossary sections, captions, short table cells,
 * metadata and form lines ("Report of: …", "Classification: Unrestricted",
 * dotted form fields), link text, page furniture (page numbers, running
 * headers, protective markings) and fragments (no verb, or no closing
 * punctuation and fewer than 12 words: signatures, job titles, labels; lists
 * of names run together with commas).
 *
 * A prose sentence is reported without its paragraph number ("1.1"), a
 * leading label ("Recommendation:") or markup at its edges, and stops short of
 * any markup inside it, so a finding's `actual` is always the writer's words.
 */
import type {Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {syllable} from 'syllable'
import type {Block} from '../document/block.js'
import {plural} from '../dictionary/inflect.js'
import {auxiliaries, ingNotVerbs, pastTense, subjects, verbs} from '../../generated/grammar.js'
import {firstIndex} from '../text/search.js'
import {nodeText} from '../text/node-text.js'
import {findQuotations} from '../text/protected-spans.js'

/** What a piece of text is when it is not prose. */
export type NotProse =
  | 'heading'
  | 'glossary'
  | 'caption'
  | 'table-label'
  | 'metadata'
  | 'form-field'
  | 'link-text'
  | 'page-furniture'
  | 'run-together'
  | 'fragment'
  | 'quotation'

/** What each kind of non-prose is, for the rule docs (scripts/rules-doc.js). */
export const notProseKinds: Readonly<Record<NotProse, string>> = {
  heading: 'headings (Markdown, HTML, Word heading styles, a short line standing alone in plain text, a line all in bold standing alone, and a question of up to 12 words on a line of its own with its answer after it; never a list item)',
  glossary: 'everything in a Glossary, Abbreviations or Definitions section',
  caption: 'captions and legends (`<caption>`, `<figcaption>`, “Figure 3: …”, “Table 2. …”)',
  'table-label': 'table cells of fewer than 12 words (longer cells are judged sentence by sentence)',
  metadata: 'a label and a short value without a verb: “Report of: Director of Public Health”, “Classification: Unrestricted”, “Wards affected: All”, “Contact: …” (a label before a sentence is left out of it: “Recommendation: The Board is asked to …”), and the list of who came to a meeting (“Present: Cllr Khan (Chair) Cllr Bell …”, “Also, in attendance: …”), cut from the heading a conversion ran it into',
  'form-field': 'form fields to fill in: “Signed ………… Date ……”, “Name: ______”',
  'link-text': 'link text (most of the sentence inside a link) and download titles with a file type or size: “Annual report 2025 (PDF, 1.2MB)”',
  'page-furniture': 'page numbers (“Page 4 of 12”, “- 4 -”), protective markings on their own line (“OFFICIAL”) and running footers ending in a page number; a sentence broken by a page break is one sentence',
  'run-together': 'tables and lists that a conversion from PDF or Word ran together into one line: a row of figures (“Current account 1,301.73 Business account 31,525.87 32,827.60 …”: at least six words with a digit, a third of the words or more, three amounts side by side), and a paragraph that starts in lower case and ends without a full stop (“adults with moderate frailty people of all ages with …”), which is a list that lost its bullets',
  quotation: 'quotations from another author, which are not the writer’s to rewrite: a block quote, and a sentence inside quotation marks (all of it, or all but a few words saying whose words they are: “She wrote: ‘…’”)',
  fragment: 'fragments: fewer than 12 words without closing punctuation or without a verb (names, job titles, addresses, signatures, “Dear Mrs Begum,”, a bold run-in title such as “Planning from day one.”), a list item in lower case that finishes the sentence leading into the list, a list of names, job titles or professions run together with commas and no verb (“Physiotherapists, dietitians, podiatrists, …”), and a longer line with no verb at all. A heading, item title or bold label on its own line inside a paragraph (“Safe staffing”, “Item 5 – Finance” above the first sentence) is a fragment and the sentence starts on the next line; so does a line starting with a list marker (“-”, “•”, “1.”, “(a)”). A sentence with no full stop ends at a line break when the next line starts a new one (“The chair thanked …”). Prose wrapped at a fixed width stays one sentence. An item title run into its sentence in converted minutes (“Lime Kiln Road – Ditches The Parish Clerk noted …”, “Dog Bin Request Cllr Mann agreed …”) is left out of it, as a label is, and so is a numbered agenda item’s title (“98/19 To approve the minutes of the meeting held on … It was noted …”); an item number inside a line (“… Tree Warden 94/19 Welcome The Chair …”) starts a new item'
}

/** One sentence (or a line cut from one) and whether sentence rules judge it. */
export interface ProseSegment {
  /** Block offsets of what a sentence rule reports: no numbering, label or markup at the edges, none inside. */
  start: number
  end: number
  /** Block offset where the sentence really ends (after markup the reported span stops short of). */
  sentenceEnd: number
  /** `prose`, or what it is instead. */
  kind: 'prose' | NotProse
  /** Words and syllables of the sentence (numbering and label left out), as the reading-age figures count them. */
  words: number
  syllables: number
}

/** A prose segment while its block is being analysed: its own nlcst content, for retext plugins. */
export interface ProseSentence extends ProseSegment {
  kind: 'prose'
  node: Sentence
}

/** Sentences with fewer words than this need a verb and closing punctuation to count as prose. */
export const shortSentence = 12
/** A table cell with fewer words than this is a label, not prose. */
const shortCell = 12

/** Syllables per word, remembered: the same words come back again and again. */
const syllableMemo = new Map<string, number>()
export function syllables(word: string): number {
  let count = syllableMemo.get(word)
  if (count === undefined) {
    count = syllable(word)
    if (syllableMemo.size > 50_000) syllableMemo.clear()
    syllableMemo.set(word, count)
  }
  return count
}

const blockKinds: Partial<Record<Block['kind'], NotProse>> = {heading: 'heading', caption: 'caption', quote: 'quotation'}

const verbForms = new Set([...verbs].map(plural))
/** Words after which a verb form is a noun: "the reports", "our plan". ("This means" and "that shows" are verbs.) */
const determiners = new Set(['the', 'a', 'an', 'these', 'those', 'our', 'your', 'their', 'its', 'his', 'her', 'my', 'each', 'every', 'any', 'no', 'both'])
/** Words after which a base form is a noun: "for care", "of support". */
const prepositions = new Set(['of', 'for', 'in', 'on', 'at', 'with', 'by', 'from', 'about', 'into', 'after', 'before', 'under', 'over', 'without', 'between', 'through', 'this', 'that', 'some', 'all', 'more', 'less', 'most', 'good', 'better', 'best', 'home', 'health', 'social', 'day', 'self', 'extra', 'short', 'long', 'free', 'personal', 'primary', 'secondary', 'community', 'mental', 'respite', 'end', 'term'])

/** Words a sentence starts with but a label does not: "The interviews showed:" is a sentence. */
const labelDeterminers = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'our', 'your', 'their', 'its', 'we', 'you', 'they', 'it', 'there', 'here', 'in', 'at', 'on', 'for', 'if', 'when', 'as'])

/** Paragraph numbers and list markers written into the text: "1.1", "2.", "(a)", "iv)", "•". */
const numbering = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[a-z]\.|[ivx]{1,5}\.|\d{1,3}\)|[a-z]\)|[ivx]{1,5}\))$/i
const bullet = /^(?:[•·▪‣◦○●■□➢►\-–—*]|\*\*)$/
const closing = /[.!?]$/
const closingAfterVerb = /[:;]$/
/** "Signed ........ Date ......": a form to fill in. */
export const formField = /(?:\.{4,}|…{2,}|_{3,}|(?:\. ){3,})/
/** A download link's title: "(PDF, 1.2MB)", "(Word document, 300 KB)". */
const fileSize = /\((?:[^()]{0,40}\b(?:pdf|docx?|xlsx?|odt|ods|csv|pptx?|word|excel)\b[^()]{0,40}|[^()]{0,40}\d\s?(?:kb|mb|gb)\b[^()]{0,20})\)/i
/** "Figure 3:", "Table 2.", "Chart 1 –": the start of a caption. */
const captionStart = /^(?:figure|fig\.|table|chart|graph|map|image|photo|diagram|box|exhibit)\s+[\dA-Z]{1,3}[a-z]?(?:\.\d{1,2})?\b/i
/** Page numbers, protective markings and running footers, each alone on its line. */
const pageFurniture = [
  /^(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^(?:official(?:[\s-]+sensitive)?|not protectively marked|unrestricted|restricted|confidential|private and confidential|commercial in confidence|draft(?: for (?:discussion|consultation))?|not for publication|exempt)$/i,
  /\bpage\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i
]

interface Line {
  children: SentenceContent[]
  /** The white space holding the line break before this line. */
  breakBefore: SentenceContent | undefined
  /** Word nodes that hold a letter or a digit. */
  words: number
  text: string
}

const lineBreak = /[\n\r]/
const isWord = (node: SentenceContent) => node.type === 'WordNode'
const isSpace = (node: SentenceContent) => node.type === 'WhiteSpaceNode'
const startOf = (node: SentenceContent) => node.position!.start.offset!
const endOf = (node: SentenceContent) => node.position!.end.offset!
const hasLetterOrDigit = (value: string) => /[\p{L}\p{N}]/u.test(value)
const normal = (value: string) => value.toLowerCase().replace(/’/g, "'")

/**
 * Classifies each sentence of a block. `nodes` are the block's nlcst
 * sentences; a sentence that spans several short lines (an address, a
 * signature, a metadata block) is cut at its line breaks first.
 */
export function classifySentences(block: Block, nodes: readonly Sentence[]): Array<ProseSegment | ProseSentence> {
  const segments: Array<ProseSegment | ProseSentence> = []
  const whole = blockKinds[block.kind] ?? (block.glossary ? 'glossary' : undefined)
  const cellWords = block.kind === 'table-cell' ? countWords(nodes.flatMap((node) => node.children)) : Infinity
  const quotations = whole === undefined && /["“‘']/.test(block.text) ? findQuotations(block.text) : []
  for (const node of joinAtReferences(block, nodes)) {
    for (const piece of cutLines(block, node.children).flatMap(cutAtHiddenFullStops).flatMap(cutAtBullets).flatMap(cutAtDashedItems).flatMap(cutAtAttendance).flatMap(cutAtAgendaNumbers)) {
      if (!piece.some(isWord)) continue
      const segment = classifyPiece(block, piece)
      if (!segment) continue
      if (whole) segment.kind = whole
      else if (cellWords < shortCell) segment.kind = 'table-label'
      else if (segment.kind === 'prose' && mostlyQuoted(segment, quotations)) segment.kind = 'quotation'
      if (segment.kind !== 'prose') delete (segment as Partial<ProseSentence>).node
      segments.push(segment)
    }
  }
  return segments
}

/** The share of a sentence's characters that quotation marks must hold for it to be a quotation. */
const quotedShare = 0.8

/**
 * Whether a sentence is someone else's words: inside quotation marks, or nearly all of it, with
 * a few words to say whose ("She wrote: “…”"). "Residents told us the service was “slow”" is
 * the writer's sentence.
 */
function mostlyQuoted(segment: ProseSegment, quotations: readonly (readonly [number, number])[]): boolean {
  const length = segment.sentenceEnd - segment.start
  let quoted = 0
  for (const [from, to] of quotations) quoted += Math.max(0, Math.min(to, segment.sentenceEnd) - Math.max(from, segment.start))
  return length > 0 && quoted >= quotedShare * length
}

/** Abbreviations written before a number ("ref. 23/01234/FUL", "no. 4"): the full stop does not end a sentence. */
const beforeNumber = /^(?:ref|refs|no|nos|para|paras)$/i

/**
 * The English parser ends a sentence at "ref." in "application ref. 23/01234/FUL was approved":
 * joins the two sentences again when an abbreviation that comes before a number is followed by one.
 */
function joinAtReferences(block: Block, nodes: readonly Sentence[]): readonly Sentence[] {
  if (nodes.length < 2) return nodes
  const joined: Sentence[] = []
  for (const node of nodes) {
    const previous = joined[joined.length - 1]
    const tail = previous?.children.filter((child) => !isSpace(child)).slice(-2)
    const head = node.children.find((child) => !isSpace(child))
    if (previous && tail && tail.length === 2 && beforeNumber.test(nodeText(tail[0]!)) && nodeText(tail[1]!) === '.' && head && /^\d/.test(nodeText(head))) {
      const from = previous.position!.end
      const to = node.position!.start
      const gap: SentenceContent = {type: 'WhiteSpaceNode', value: block.text.slice(from.offset!, to.offset!), position: {start: from, end: to}}
      joined[joined.length - 1] = {...previous, children: [...previous.children, ...(to.offset! > from.offset! ? [gap] : []), ...node.children], position: {start: previous.position!.start, end: node.position!.end}}
      continue
    }
    joined.push(node)
  }
  return joined
}

/** Splits a sentence's content at line breaks where the lines are not one wrapped sentence. */
function cutLines(block: Block, children: SentenceContent[]): SentenceContent[][] {
  // Most sentences are one line: nothing to cut.
  if (!children.some((child) => isSpace(child) && lineBreak.test(nodeText(child)))) return children.length > 0 ? [children] : []
  const lines: Line[] = []
  let current: SentenceContent[] = []
  let breakBefore: SentenceContent | undefined
  const push = (next: SentenceContent | undefined) => {
    // Emphasis markers left as text (`**Title  \n**` does not close) are not part of the line's words.
    if (current.length > 0) lines.push({children: current, words: countWords(current), text: toString(current).trim().replace(/^[*_]+\s*|\s*[*_]+$/g, ''), breakBefore})
    current = []
    breakBefore = next
  }
  for (const child of children) {
    if (isSpace(child) && lineBreak.test(nodeText(child))) push(child)
    else current.push(child)
  }
  push(undefined)
  if (lines.length < 2) return lines.map((line) => line.children)

  // A block of lines that do not run on (an address, a signature, a list of
  // names or labels) is one piece per line: short lines, or lines that each
  // start with a capital where wrapped prose would not.
  const standalone = lines.every((line) => !runsOn.test(line.text))
  const capitals = lines.every((line) => /^[\p{Lu}\p{N}]/u.test(line.text))
  const shortLines = standalone && (lines.every((line) => line.words <= 8) || (capitals && (lines.length >= 3 || lines.every((line) => line.words <= 12))))
  const pieces: SentenceContent[][] = []
  let piece: SentenceContent[] = []
  let previous: Line | undefined
  lines.forEach((line, index) => {
    if (isFurniture(line.text)) {
      // A page number or running header inside a sentence (a converted PDF)
      // is a piece of its own; the sentence goes on after it.
      const next = lines.slice(index + 1).find((later) => !isFurniture(later.text))
      const inside = previous !== undefined && next !== undefined && !/[.!?:]$/.test(previous.text) && /^\p{Ll}/u.test(next.text)
      if (!inside && piece.length > 0) {
        pieces.push(piece)
        piece = []
      }
      pieces.push(line.children)
      if (!inside) previous = undefined
      return
    }
    const cut =
      previous !== undefined &&
      (shortLines ||
        startsWithMarker(line) ||
        labelLength(line.children) !== undefined ||
        (labelLength(previous.children) !== undefined && /^[\p{Lu}\p{N}]/u.test(line.text)) ||
        (piece.length > 0 && headingLineBefore(block, previous, line, startOf(piece[0]!) === startOf(previous.children[0]!))) ||
        sentenceEndsAtBreak(previous, line))
    if (cut) {
      pieces.push(piece)
      piece = []
    } else if (line.breakBefore && piece.length > 0) {
      piece.push(line.breakBefore)
    }
    for (const child of line.children) piece.push(child)
    previous = line
  })
  if (piece.length > 0) pieces.push(piece)
  return pieces.sort((a, b) => startOf(a[0]!) - startOf(b[0]!))
}

/**
 * Words the English parser takes for abbreviations ("in." for inches, "sat.",
 * "sun.") although in running text they end a sentence: "… where the person
 * usually lived in. If more than one …" is two sentences.
 */
const wordsNotAbbreviations = /^(?:in|sat|sun|min)\.$/

/**
 * The English parser keeps a full stop after a number in the number's word
 * ("2025/26. Prevalence is …" is one sentence to it), and after a word it
 * takes for an abbreviation ("lived in. If …"): cut there when a capital follows.
 */
function cutAtHiddenFullStops(piece: SentenceContent[]): SentenceContent[][] {
  const pieces: SentenceContent[][] = []
  let from = 0
  let seenWord = false
  for (let index = 0; index < piece.length - 2; index++) {
    const child = piece[index]!
    if (!isWord(child)) continue
    const value = nodeText(child)
    const first = value.charCodeAt(0)
    if (seenWord && ((first >= 48 && first <= 57 && /^\d[\d,./]*\.$/.test(value)) || wordsNotAbbreviations.test(value)) && isSpace(piece[index + 1]!) && isWord(piece[index + 2]!) && /^\p{Lu}/u.test(nodeText(piece[index + 2]!))) {
      pieces.push(piece.slice(from, index + 1))
      from = index + 2
      seenWord = false
      continue
    }
    seenWord = true
  }
  pieces.push(from === 0 ? piece : piece.slice(from))
  return pieces
}

/** Bullet characters written inside a line, as converted minutes and PDFs have them. */
const inlineBullet = /^[•▪◦●‣]$/

/**
 * A bullet inside a line starts a new item ("… forward items • The Clerk agreed …"): the
 * item before it and the one after it are separate units, never one sentence.
 */
function cutAtBullets(piece: SentenceContent[]): SentenceContent[][] {
  const pieces: SentenceContent[][] = []
  let from = 0
  for (let index = 1; index < piece.length; index++) {
    const child = piece[index]!
    if (child.type === 'WordNode' || !inlineBullet.test(nodeText(child)) || !isSpace(piece[index - 1]!)) continue
    if (piece.slice(from, index).some(isWord)) pieces.push(piece.slice(from, index))
    from = index + 1
  }
  pieces.push(from === 0 ? piece : piece.slice(from))
  return pieces
}

/**
 * Items run together with dashes in converted minutes and plans: "… (£25) - May: Purchase and
 * plant six shrubs … - May/June: Purchase herbs …". A spaced dash followed by a short label (one
 * to three words and a colon) starts a new item.
 */
function cutAtDashedItems(piece: SentenceContent[]): SentenceContent[][] {
  const pieces: SentenceContent[][] = []
  let from = 0
  for (let index = 1; index < piece.length - 2; index++) {
    if (!titleDash.test(nodeText(piece[index]!)) || piece[index]!.type === 'WordNode' || !isSpace(piece[index - 1]!) || !isSpace(piece[index + 1]!)) continue
    let words = 0
    let colon = false
    for (let next = index + 2; next < piece.length && next < index + 12; next++) {
      const child = piece[next]!
      const value = nodeText(child)
      if (isWord(child)) {
        if (words === 0 && !/^[\p{Lu}\p{N}]/u.test(value)) break
        if (++words > 3) break
      } else if (value === ':') {
        colon = words > 0
        break
      } else if (!isSpace(child) && value !== '/') break
    }
    if (!colon) continue
    if (piece.slice(from, index).some(isWord)) pieces.push(piece.slice(from, index))
    from = index + 1
  }
  pieces.push(from === 0 ? piece : piece.slice(from))
  return pieces
}

/** The labels that open a list of who came to a meeting: "Present:", "In attendance:", "Apologies:". */
const attendanceLabel = /^(?:present|attendance|attending|attendees|apologies|absent)$/i

/**
 * Minutes converted from PDF run the heading into the list of who came: "… Parish Council Minutes
 * of the meeting held on 3 May Present: Cllr Khan (Chair) Cllr Bell …". A label of attendance
 * inside a line starts a list of names, never part of the sentence before it.
 */
function cutAtAttendance(piece: SentenceContent[]): SentenceContent[][] {
  for (let index = 2; index < piece.length - 1; index++) {
    const child = piece[index]!
    if (!isWord(child) || !attendanceLabel.test(nodeText(child)) || nodeText(piece[index + 1]!) !== ':') continue
    let start = index
    // "In attendance:", "Also, in attendance:".
    for (;;) {
      let before = start - 1
      if (before < 1 || !isSpace(piece[before]!)) break
      before--
      if (nodeText(piece[before]!) === ',') before--
      if (before < 0 || !/^(?:in|also)$/i.test(nodeText(piece[before]!))) break
      start = before
    }
    if (start < 2 || !isSpace(piece[start - 1]!) || !piece.slice(0, start).some(isWord)) continue
    return [piece.slice(0, start), ...cutAtAttendance(piece.slice(start))]
  }
  return [piece]
}

/** An agenda item's number inside a line: "98/19", "112/19" (not a year such as "2018/19"). */
const inlineAgendaNumber = /^\.?\d{1,3}\/\d{2}$/

/**
 * Minutes converted from PDF run one item into the next: "… Footpath Warden 94/19 Emergency
 * Evacuation Procedures The Chair …". An agenda item's number followed by a capital starts a new
 * item, never part of the sentence before it.
 */
function cutAtAgendaNumbers(piece: SentenceContent[]): SentenceContent[][] {
  const pieces: SentenceContent[][] = []
  let from = 0
  for (let index = 1; index < piece.length - 2; index++) {
    const child = piece[index]!
    if (!isWord(child) || !inlineAgendaNumber.test(nodeText(child)) || !isSpace(piece[index - 1]!) || !isSpace(piece[index + 1]!)) continue
    if (!isWord(piece[index + 2]!) || !/^\p{Lu}/u.test(nodeText(piece[index + 2]!))) continue
    if (!piece.slice(from, index).some(isWord)) continue
    pieces.push(piece.slice(from, index))
    from = index
  }
  pieces.push(from === 0 ? piece : piece.slice(from))
  return pieces
}

/** A page number or protective marking at the start of a sentence, run into it by a conversion: "Page 4 of 12 The council …". */
const leadingFurniture = /^(?:[Pp]age\s+\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?|OFFICIAL(?:[\s-]+SENSITIVE)?)\s+(?=\p{Lu})/u

/**
 * Where a bold label that opens a sentence ends ("**Decision** The council agreed …"), when the
 * piece starts in bold text of one to eight words without a verb and goes on after it with a
 * capital: the label is not part of the sentence.
 */
function boldLabelEnd(block: Block, piece: readonly SentenceContent[], from: number): number | undefined {
  const spans = block.boldSpans
  if (!spans) return undefined
  const start = startOf(piece[from]!)
  const span = spans.find(([spanStart, spanEnd]) => spanStart <= start && start < spanEnd)
  if (!span) return undefined
  const words: string[] = []
  let after: SentenceContent | undefined
  for (const child of piece.slice(from)) {
    if (startOf(child) >= span[1]) {
      if (!isSpace(child)) {
        after = child
        break
      }
      continue
    }
    if (isWord(child) && hasLetterOrDigit(nodeText(child))) words.push(nodeText(child))
  }
  if (!after || !isWord(after) || !/^\p{Lu}/u.test(nodeText(after)) || words.length === 0 || words.length > 8 || hasVerb(words)) return undefined
  if (/[.!?]$/.test(block.text.slice(start, span[1]).trimEnd())) return undefined
  return span[1]
}

/** A line that ends like this runs on to the next. */
const runsOn = /(?:[,&]|\b(?:and|or|of|the|to|for|with|a|an|in|on|by|at|from|our|your|their))$/i

/** A line that ends like this (punctuation or a dash) is not a heading standing on its own line. */
const notHeadingEnd = /[.,;:!?…\-–—(\[/&+=]$/

/**
 * Whether `previous` is a heading, an item title or a bold label on its own
 * line ("Safe staffing", "Item 5 – Finance", "**Decision**") with the
 * paragraph's first sentence on the next: text converted from a PDF or typed
 * minutes keep them in one paragraph. It is a few words starting a line, with
 * no closing punctuation, clearly shorter than the capitalised line after it
 * or written like a title. Lines of prose wrapped at a fixed width are about
 * as long as each other, or end in a word that runs on ("the", "of", a comma),
 * or go on in lower case, so they are never cut here.
 */
function headingLineBefore(block: Block, previous: Line, line: Line, firstLine: boolean): boolean {
  if (previous.words === 0 || previous.words > 8 || !/^\p{Lu}/u.test(line.text)) return false
  if (notHeadingEnd.test(previous.text) || runsOn.test(previous.text)) return false
  // The first line of a sentence may start mid-line ("… last year. We asked\nNHS England …"): it must start a line.
  if (firstLine && !startsLine(block, startOf(previous.children.find((child) => !isSpace(child))!))) return false
  const words = previous.children.filter(isWord).map((child) => nodeText(child)).filter(hasLetterOrDigit)
  // "The review team visited\nThe Royal Marsden …": the start of a sentence, not a heading.
  if (sentenceStarters.has(normal(words[0]!)) && hasVerb(words)) return false
  return previous.text.length <= 0.6 * line.text.length || (words.length > 1 && titleLike(words))
}

/** Whether only white space (or blanked markup) stands between a block offset and the start of its line. */
function startsLine(block: Block, offset: number): boolean {
  for (let index = offset - 1; index >= 0; index--) {
    const char = block.text[index]!
    if (char === '\n' || char === '\r') return true
    if (!/\s/.test(char)) return false
  }
  return true
}

/**
 * Words that begin a new sentence when a line starts with them followed by a
 * word in lower case ("The chair thanked …", "We will …"): a wrapped sentence
 * never goes on with a capital "The" unless a name follows ("The King’s Fund").
 */
const sentenceStarters = new Set(['the', 'this', 'these', 'those', 'we', 'it', 'there', 'they', 'our', 'he', 'she', 'you', 'your', 'members', 'councillors', 'officers'])

/**
 * Two sentences across a line break where the first has no full stop (typed
 * minutes, converted PDFs): a line that holds a verb and ends in a word that
 * does not run on, then a line that starts a sentence.
 */
function sentenceEndsAtBreak(previous: Line, line: Line): boolean {
  if (!/[\p{L}\p{N}]$/u.test(previous.text) || runsOn.test(previous.text)) return false
  const next = line.children.filter((child) => isWord(child) && hasLetterOrDigit(nodeText(child))).slice(0, 2).map((child) => nodeText(child))
  if (next.length < 2 || !/^\p{Lu}\p{Ll}*$/u.test(next[0]!) || !sentenceStarters.has(normal(next[0]!)) || !/^[\p{Ll}\p{N}]/u.test(next[1]!)) return false
  const words = previous.children.filter(isWord).map((child) => nodeText(child)).filter(hasLetterOrDigit)
  return hasVerb(words)
}

function isFurniture(text: string): boolean {
  return pageFurniture.some((pattern) => pattern.test(text))
}

function startsWithMarker(line: Line): boolean {
  const first = line.children.find((child) => !isSpace(child))
  if (!first) return false
  const value = nodeText(first)
  if (first.type === 'WordNode') return numbering.test(value) && /[.)]$|\d\.\d/.test(value)
  if (value === '(') {
    // "(a)", "(iv)", "(1)".
    const index = line.children.indexOf(first)
    const [inner, close] = [line.children[index + 1], line.children[index + 2]]
    return inner !== undefined && close !== undefined && nodeText(close) === ')' && /^(?:[a-z]|[ivx]{1,5}|\d{1,2})$/i.test(nodeText(inner))
  }
  return bullet.test(value)
}

/** A phone number's groups after the first: "0114 273 4567", "020 7946 0000", "+44 114 273 4567". */
const phoneStart = /^(?:\+44|0\d{2,4})$/
const phoneGroup = /^\d{3,4}$/
/** "am" or "pm" written apart from its time: "9.30 am". */
const timeSuffix = /^(?:am|pm|a\.m|p\.m)\.?$/i

/** A web or email address, as one run of text between spaces (closing punctuation taken off). */
const address = /^(?:https?:\/\/|www\.)|^[^\s@]+@[\p{L}\d-]+\.\p{L}|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:uk|com|org|net|gov|nhs|info|io|eu)(?:[/?#]\S*)?$/iu
const closingPunctuation = /[.,;:!?)\]”’"']+$/

/** The runs of content between white space: what a reader takes for one word each. */
function tokensOf(content: readonly SentenceContent[]): SentenceContent[][] {
  const tokens: SentenceContent[][] = []
  let current: SentenceContent[] | undefined
  for (const child of content) {
    if (isSpace(child)) {
      current = undefined
      continue
    }
    if (!current) tokens.push((current = []))
    current.push(child)
  }
  return tokens
}

/**
 * A sentence without its web and email addresses, for the reading-age
 * measures: "coronavirus.data.gov.uk" is not a hard word, but letter and
 * syllable counts take it for one ("This statement applies to
 * www.example.gov.uk." would score a reading age of 30).
 */
export function withoutAddresses(sentence: Sentence): Sentence {
  const tokens = tokensOf(sentence.children)
  const dropped = new Set<SentenceContent>()
  for (const token of tokens) {
    const text = token.map((child) => nodeText(child)).join('')
    if (!address.test(text.replace(closingPunctuation, ''))) continue
    // Keep the full stop (or comma) after the address: the sentence still ends there.
    let keep = token.length
    while (keep > 0 && token[keep - 1]!.type === 'PunctuationNode' && closingPunctuation.test(nodeText(token[keep - 1]!))) keep--
    for (const child of token.slice(0, keep)) dropped.add(child)
  }
  if (dropped.size === 0) return sentence
  return {...sentence, children: sentence.children.filter((child) => !dropped.has(child))}
}

/**
 * Words and syllables as a reader counts them: one word for each run of text
 * between spaces, so that a sum of money ("£1,250.00"), a date ("21/01/2027"),
 * a reference ("21/01234/FUL") or "and/or" is one word although the parser
 * splits it at its punctuation; a phone number in groups ("0114 273 4567")
 * and a time with "am" apart ("9.30 am") are one word too. A word with a digit,
 * and a web or email address, is one syllable.
 */
export function countProseWords(content: readonly SentenceContent[]): {words: number; syllables: number} {
  const tokens = tokensOf(content).map((token) => token.map((child) => nodeText(child)))
  let words = 0
  let syllableCount = 0
  let previous = ''
  /** The previous token as written, with its punctuation. */
  let previousRaw = ''
  let phoneGroups = 0
  for (const parts of tokens) {
    const token = parts.join('').replace(closingPunctuation, '')
    if (!hasLetterOrDigit(token)) continue
    const digitsOnly = /^\d+$/.test(token)
    if (digitsOnly && phoneGroup.test(token) && (phoneStart.test(previous) || (phoneGroups > 0 && phoneGroups < 4))) {
      phoneGroups++
      previous = token
      continue
    }
    if (timeSuffix.test(token) && /\d$/.test(previous)) {
      previous = token
      continue
    }
    // "ref. 23/01234/FUL", "no. 4": the abbreviation and its number are one word.
    const raw = parts.join('')
    if (/^\d/.test(token) && /[.:]$/.test(previousRaw) && beforeNumber.test(previous)) {
      previous = token
      previousRaw = raw
      continue
    }
    previousRaw = raw
    phoneGroups = phoneStart.test(token) ? 1 : 0
    previous = token
    words++
    if (/\d/.test(token) || address.test(token)) syllableCount++
    else for (const part of parts) if (/\p{L}/u.test(part)) syllableCount += syllables(part)
  }
  return {words, syllables: syllableCount}
}

function countWords(children: readonly SentenceContent[]): number {
  let count = 0
  for (const child of children) if (isWord(child) && hasLetterOrDigit(nodeText(child))) count++
  return count
}

/**
 * If the content opens with a label ("Report of:", "Recommendation:"), the
 * number of children (from `from`) up to and including its colon. A label is one to six
 * words starting with a capital, with no verb, and a colon followed by a space.
 */
function labelLength(children: readonly SentenceContent[], from = 0): number | undefined {
  let words = 0
  let first: string | undefined
  const labelWords: string[] = []
  // A label of more than six words reads as a title ("Planned Changes to the Provision of Services:"):
  // every word capitalised but the small ones.
  const titleCase = () => labelWords.every((word) => /^[\p{Lu}\p{N}]/u.test(word) || titleSmallWords.has(word))
  for (let index = from; index < children.length; index++) {
    const child = children[index]!
    const value = nodeText(child)
    if (isWord(child)) {
      first ??= value
      words++
      labelWords.push(value)
      if (words > 12 || (words > 6 && !titleCase())) return undefined
      continue
    }
    if (child.type === 'PunctuationNode' && value === ':') {
      const next = children[index + 1]
      if (words === 0 || (next && !isSpace(next)) || !/^[\p{Lu}\p{N}]/u.test(first ?? '')) return undefined
      // "Report of:" and "Contact:" are labels; "The interviews showed three problems:" and "Carers told us:" are not.
      const sentenceLike = labelWords.some((word) => auxiliaries.has(normal(word)) || subjects.has(normal(word)) || pastTense.has(normal(word)))
      return sentenceLike || labelDeterminers.has(normal(labelWords[0]!)) ? undefined : index - from + 1
    }
    if (child.type === 'PunctuationNode' && /^[.!?;,]$/.test(value)) return undefined
  }
  return undefined
}

/**
 * Whether words hold a verb. There is no part-of-speech tagger here, so this
 * looks for cues that almost never occur without one: a form of be, have or
 * do or a modal, a subject pronoun, an irregular past form, an -s form of a
 * common verb, a base form where an instruction starts or after "to", and an
 * "-ed" or "-ing" word that is not a noun.
 */
export function hasVerb(words: readonly string[]): boolean {
  for (let index = 0; index < words.length; index++) {
    const value = words[index]!
    const word = normal(value)
    const previous = index > 0 ? normal(words[index - 1]!) : undefined
    if (auxiliaries.has(word) && !(value === 'May' && index > 0)) return true
    if (subjects.has(word) && (word !== 'i' || value === 'I')) return true
    if (pastTense.has(word)) return true
    if (previous === 'please' && /^\p{L}+$/u.test(word)) return true
    if (previous !== undefined && determiners.has(previous)) continue
    // Inside a sentence, a capital marks a name: "Adult Social Care", "Integrated Commissioning".
    if (index > 0 && /^\p{Lu}/u.test(value)) continue
    if (verbForms.has(word) && index > 0) return true
    if (verbs.has(word) && (previous === undefined || !prepositions.has(previous))) return true
    if (/^\p{L}{3,}ed$/u.test(word) && !/[^r]eed$/.test(word)) return true
    if (/^\p{L}{2,}ing$/u.test(word) && !ingNotVerbs.has(word)) return true
  }
  return false
}

/** Classifies one sentence (or line) and works out the span a sentence rule reports. */
function classifyPiece(block: Block, piece: SentenceContent[]): ProseSegment | ProseSentence | undefined {
  let from = 0
  // Paragraph numbers and bullets written into the text.
  for (;;) {
    while (from < piece.length && isSpace(piece[from]!)) from++
    const child = piece[from]
    if (!child) return undefined
    const value = nodeText(child)
    if (isWord(child) && numbering.test(value) && piece[from + 1] && isSpace(piece[from + 1]!) && countWords(piece.slice(from + 1)) > 0) {
      from++
      continue
    }
    if (child.type !== 'WordNode' && bullet.test(value)) {
      from++
      continue
    }
    // "(a)", "(iv)", "(1)".
    if (value === '(' && piece[from + 2] && nodeText(piece[from + 2]!) === ')' && /^(?:[a-z]|[ivx]{1,5}|\d{1,2})$/i.test(nodeText(piece[from + 1]!))) {
      from += 3
      continue
    }
    // Page furniture run into the sentence by a conversion ("Page 4 of 12 The council will …"), and a bold label ("**Decision** The council …").
    const furniture = leadingFurniture.exec(block.text.slice(startOf(child), startOf(child) + 40))
    // (A label with its colon, "**Classification:** Unrestricted", is a label: see below.)
    const skipTo = furniture ? startOf(child) + furniture[0].length : labelLength(piece, from) === undefined ? boldLabelEnd(block, piece, from) : undefined
    if (skipTo !== undefined) {
      const next = piece.findIndex((later, index) => index > from && startOf(later) >= skipTo && !isSpace(later))
      if (next !== -1) {
        from = next
        continue
      }
    }
    break
  }
  const label = labelLength(piece, from)
  // The content: after any label or run-in title, without white space at either end.
  let first = label === undefined ? from : from + label
  let last = piece.length
  while (first < last && isSpace(piece[first]!)) first++
  const title = runInTitleLength(piece, first)
  if (title !== undefined) first += title
  while (last > first && isSpace(piece[last - 1]!)) last--
  const content = piece.slice(first, last)
  // The whole line's first and last nodes that are not white space (there is a word, so both exist).
  let wholeFirst = 0
  while (isSpace(piece[wholeFirst]!)) wholeFirst++
  let wholeLast = piece.length - 1
  while (isSpace(piece[wholeLast]!)) wholeLast--
  const spanStart = content.length > 0 ? startOf(content[0]!) : startOf(piece[wholeFirst]!)
  const spanEnd = content.length > 0 ? endOf(content[content.length - 1]!) : endOf(piece[wholeLast]!)

  const wordValues: string[] = []
  for (const child of content) {
    if (!isWord(child)) continue
    const value = nodeText(child)
    if (hasLetterOrDigit(value)) wordValues.push(value)
  }
  const counted = countProseWords(content)
  const text = block.text.slice(spanStart, spanEnd)
  const lineText = block.text.slice(startOf(piece[wholeFirst]!), endOf(piece[wholeLast]!))
  const kind = classifyText(block, text, lineText, wordValues, label !== undefined, content, spanStart, spanEnd)
  const segment: ProseSegment = {
    start: spanStart,
    end: reportableEnd(block, spanStart, spanEnd),
    sentenceEnd: spanEnd,
    kind,
    words: counted.words,
    syllables: counted.syllables
  }
  if (kind !== 'prose') return segment
  return {...segment, kind, node: {type: 'SentenceNode', children: content}}
}

function classifyText(
  block: Block,
  text: string,
  lineText: string,
  words: readonly string[],
  labelled: boolean,
  content: readonly SentenceContent[],
  start: number,
  end: number
): 'prose' | NotProse {
  if (words.length === 0) return labelled ? 'metadata' : 'fragment'
  // "Present: Cllr Khan (Chair) Cllr Bell …", "Also, in attendance: …": who came, a list of names.
  if (attendanceList.test(lineText)) return 'metadata'
  if (formField.test(lineText)) return 'form-field'
  if (isFurniture(lineText.trim())) return 'page-furniture'
  if (captionStart.test(lineText.trim())) return 'caption'
  if (fileSize.test(text) || linkShare(block, start, end) >= 0.6) return 'link-text'
  const last = content[content.length - 1]
  const lastValue = last ? nodeText(last) : ''
  const verb = hasVerb(words)
  // A list item that starts in lower case finishes the sentence that leads into the list ("The Board is asked to:").
  if (block.kind === 'list-item' && /^\p{Ll}/u.test(text)) return 'fragment'
  // A paragraph that starts in lower case and ends without a full stop is a list that lost its bullets in conversion.
  if (block.kind === 'paragraph' && /^\p{Ll}/u.test(text) && lowerCaseStart.test(block.text.trimStart()) && !/[.!?]["”’)\]]*\s*$/.test(block.text)) return 'run-together'
  if (isFigureRun(content)) return 'run-together'
  const ends = closing.test(lastValue) || (verb && closingAfterVerb.test(lastValue)) || closesWithQuote(content)
  // With a full stop, only a short or title-like line without a verb is a
  // fragment ("Planning from day one.", "Director of Adult Social Care.");
  // without one, a line needs a verb and twelve words to be a sentence.
  const sentence = ends ? verb || (!labelled && words.length > 6 && !titleLike(words) && !isList(content)) : verb && words.length >= shortSentence
  if (sentence) return 'prose'
  return labelled ? 'metadata' : 'fragment'
}

/** A line that opens with a label of attendance. */
const attendanceList = /^(?:also,?\s+)?(?:in\s+)?(?:present|attendance|attending|attendees|apologies|absent)\s*:/i

/** A paragraph's first word all in lower case ("adults with …"; not a name such as "eHealth"). */
const lowerCaseStart = /^\p{Ll}[\p{Ll}'’-]*(?:\s|$)/u

/** Fewest words with a digit, and their least share of the words, in a row of figures run together. */
const figureRunWords = 6
const figureRunShare = 1 / 3
/** Cells in a row: at least this many amounts or decimals one after another, with no word between. */
const figureRunCells = 3
/** A figure as a table cell holds it: an amount, a decimal or a share ("1,301.73", "£40", "12.5%"), not a phone number's group. */
const cellFigure = /\d[.,]\d|[£$€%]/

/**
 * Whether content is a table run into one line by a conversion: "Current account 1,301.73
 * Business Account 31,525.87 32,827.60 …". A sentence with figures has them among words ("1300
 * hours for cars (11.2%, 10), 1600 hours for …"); a row of cells has one in every two or three
 * words, and several side by side.
 */
function isFigureRun(content: readonly SentenceContent[]): boolean {
  let words = 0
  let figures = 0
  let cells = 0
  let longestCells = 0
  for (const token of tokensOf(content)) {
    const text = token.map((child) => nodeText(child)).join('')
    if (!hasLetterOrDigit(text)) continue
    words++
    if (/\d/.test(text)) figures++
    cells = cellFigure.test(text) && /\d/.test(text) ? cells + 1 : 0
    longestCells = Math.max(longestCells, cells)
  }
  // Four amounts side by side are a row of a table even inside a sentence's words ("… made available to Month ending 31 March Current account 1,301.73 31,525.87 32,827.60 …").
  return longestCells > figureRunCells || (figures >= figureRunWords && figures >= figureRunShare * words && longestCells >= figureRunCells)
}

/** Capitalised words that start the sentence after a run-in item title: "… Ditches The Parish Clerk noted", "… Request Cllr Mann agreed". */
const titleStarters = new Set(['the', 'it', 'we', 'he', 'she', 'they', 'this', 'cllr', 'councillor', 'councillors', 'members', 'officers', 'mr', 'mrs', 'ms', 'dr'])
/** An agenda item's number in parish and committee minutes: "98/19", "112/19". */
const agendaItemNumber = /^\.?\d{1,4}\/\d{2}(?!\S)/
/** Most words in a numbered agenda item's title. */
const numberedTitleWords = 30
/** Punctuation a title may hold: "Highways Department (NCCHD) - Footpath Noticeboard", "Cash Flow & Cash Book". */
const titlePunctuation = /^[()&/'’]$/
const titleDash = /^[-–—]$/

/**
 * Minutes converted from PDF or Word run each item's title into its first sentence: "Lime Kiln
 * Road - Ditches The Parish Clerk noted that …", "Dog Bin Request River Path Cllr Trudy Mann
 * agreed …". If the content opens with such a title, the number of children (from `from`) before
 * the sentence. A title is words in title case (at least two capitalised, up to 16 words), and
 * the sentence starts at a capitalised "The", "Cllr", "It" … after it (not after "and", "of":
 * "NHS England and The King’s Fund") or after a spaced dash followed by a capital. The sentence
 * must have a verb and at least four words. A sentence that starts with such a word ("The Chair
 * Cllr Khan said …") has no title.
 */
function runInTitleLength(children: readonly SentenceContent[], from: number): number | undefined {
  // An agenda item's number ("98/19", ".99/19") starts a title in any case: "98/19 To receive declarations of interest Cllr Khan declared …".
  const numbered = agendaItemNumber.test(toString(children.slice(from, from + 4)).trimStart())
  let titleWords = 0
  let capitalised = 0
  const enough = numbered ? 1 : 2
  let cut: number | undefined
  let previousWord: string | undefined
  for (let index = from; index < children.length; index++) {
    const child = children[index]!
    if (isSpace(child)) continue
    const value = nodeText(child)
    if (isWord(child)) {
      if (!hasLetterOrDigit(value)) continue
      const starter = titleStarters.has(normal(value)) && /^\p{Lu}/u.test(value)
      if (starter && titleWords === 0) return undefined
      if (starter && capitalised >= enough && !titleSmallWords.has(normal(previousWord!))) {
        cut = index
        // A numbered item's title takes words in lower case, so its sentence starts at the first such word.
        if (numbered) break
      }
      if (/^\p{Lu}/u.test(value)) {
        if (!starter) capitalised++
      } else if (!numbered && !/^\p{N}/u.test(value) && !titleSmallWords.has(value)) break
      previousWord = value
      // A numbered agenda item's title may be a whole line of the agenda: "To approve the minutes of the meetings held on …".
      if (++titleWords > (numbered ? numberedTitleWords : 16)) break
      continue
    }
    if (titleDash.test(value) && index > from && isSpace(children[index - 1]!) && capitalised >= enough) {
      let next = index + 1
      while (next < children.length && isSpace(children[next]!)) next++
      const word = children[next]
      if (word && isWord(word) && /^\p{Lu}/u.test(nodeText(word))) cut = next
      continue
    }
    if (titlePunctuation.test(value)) continue
    break
  }
  if (cut === undefined) return undefined
  const rest: string[] = []
  for (const child of children.slice(cut)) if (isWord(child) && hasLetterOrDigit(nodeText(child))) rest.push(nodeText(child))
  return rest.length >= 4 && hasVerb(rest) ? cut - from : undefined
}

/** Most words a list item may have: "speech and language therapists", "3 members of the public". */
const listItemWords = 5

/**
 * Whether content without a verb is a list run together with commas: names,
 * job titles, professions ("Physiotherapists, dietitians, podiatrists, …").
 * At least four items, each of a few words. It is not a sentence, however
 * many words it has, and reading-age formulas score its long nouns, not how
 * hard it is to follow.
 */
function isList(content: readonly SentenceContent[]): boolean {
  let items = 1
  let itemWords = 0
  for (const child of content) {
    if (child.type === 'PunctuationNode' && /^[,;]$/.test(nodeText(child))) {
      if (itemWords === 0) return false
      items++
      itemWords = 0
    } else if (isWord(child) && hasLetterOrDigit(nodeText(child))) {
      // The last item may be joined by "and" or "or": "…, art therapists and music therapists."
      if (++itemWords > listItemWords * (items >= 4 ? 2 : 1)) return false
    }
  }
  return items >= 4 && itemWords > 0
}

/** Small words a title leaves in lower case. */
const titleSmallWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with'])

/** Most words start with a capital or a digit, as in a name or a title. */
function titleLike(words: readonly string[]): boolean {
  const counted = words.filter((word) => !titleSmallWords.has(word))
  return counted.filter((word) => /^[\p{Lu}\p{N}]/u.test(word)).length >= 0.6 * counted.length
}

/** A sentence may close with a quotation mark or bracket after its full stop: `… said “yes.”`. */
function closesWithQuote(content: readonly SentenceContent[]): boolean {
  const tail = content.slice(-3).map((child) => nodeText(child)).join('')
  return /[.!?]["”’)\]]+$/.test(tail)
}

/** How much of a span's letters lie in link text. */
function linkShare(block: Block, start: number, end: number): number {
  if (!block.links) return 0
  let letters = 0
  let linked = 0
  const links = block.links
  let index = firstIndex(links, (link) => link[1] <= start)
  for (let offset = start; offset < end; offset++) {
    if (!/[\p{L}\p{N}]/u.test(block.text[offset]!)) continue
    letters++
    while (index < links.length && links[index]![1] <= offset) index++
    const link = links[index]
    if (link && link[0] <= offset) linked++
  }
  return letters === 0 ? 0 : linked / letters
}

/**
 * Where the reported span ends: at the sentence's end, across any inline markup in it (bold text,
 * a link), so that every surface marks the whole sentence it counted. Markup that closes the
 * sentence (`**` after its full stop) stays outside.
 */
function reportableEnd(_block: Block, _start: number, end: number): number {
  return end
}
