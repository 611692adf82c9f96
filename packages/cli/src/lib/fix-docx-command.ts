/**
 * `plainspeak fix paper.docx -o paper-plainspeak.docx`: a copy of a Word document with each safe
 * fix as a tracked change (author "Plainspeak", dated) and each default-view finding that has no
 * replacement as one comment on its words (one per group of repeats: an acronym whose meaning is
 * unknown, a long sentence, a passive). The author reviews them in Word's Review tab. The input
 * is never written; the copy goes through a temporary file and a rename, only to the path given.
 * Without `-o`, the changes are shown as a diff of the document's text, a paragraph a line.
 */
import {readFile, rename, unlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {plural, safeFixes, type MessageJson} from '@plainspeak/core'
import {readRegularFile} from '@plainspeak/base/node'
import type {painter} from './colors.js'
import {refuseNonDocx} from './docx.js'
import {WordDocument, type WordChange} from './docx-fix/word-document.js'
import {FileProblem, InputError} from './errors.js'
import {docxPackageAllowance} from './file-checker.js'
import {writeProblem} from './output.js'
import {docxLimits, docxXmlAllowance} from './read-input.js'
import {checkOneFile, type SingleFileOptions} from './single-file.js'
import {sayOnStderr, showControls} from './terminal-text.js'
import {changeSummary, groupedDiff, groupFixes} from './fix-groups.js'
import {placeToWrite} from './write-guard.js'

export const revisionAuthor = {author: 'Plainspeak', initials: 'PS'}

/** Fixes one .docx into a copy (or shows the diff); returns whether an error-severity finding is left. */
/** What `fix` passes on for a Word document: how to check it, and where the copy goes (`-o`). */
export type WordFixOptions = Omit<SingleFileOptions, 'file' | 'paragraphs' | 'wantFindings'> & {write?: boolean | undefined}

export async function fixWordFile(name: string, shown: string, options: WordFixOptions, cwd: string, print: (text: string) => void, paint: ReturnType<typeof painter>): Promise<boolean> {
  if (options.write && options.output === undefined) throw new FileProblem('is a Word document: fix never changes one in place. Name a copy to write with -o, for example: plainspeak fix paper.docx -o paper-plainspeak.docx')
  const absolute = path.resolve(cwd, name)
  const bytes = Buffer.from(
    await readRegularFile(absolute, {maxBytes: options.maxFileSize * docxPackageAllowance}).catch((error: unknown) => {
      throw new FileProblem(`cannot be read: ${error instanceof Error ? error.message : String(error)} Nothing was written.`)
    })
  )
  let word: WordDocument
  try {
    if (bytes.length === 0) throw new InputError('It is empty: there is nothing to fix.')
    refuseNonDocx(bytes)
    word = WordDocument.read(bytes, {...docxLimits, maxXmlBytes: options.maxFileSize * docxXmlAllowance})
  } catch (error) {
    if (error instanceof InputError) throw new FileProblem(error.message)
    throw error
  }

  const result = await checkOneFile({...options, file: name, wantFindings: true, paragraphs: word.paragraphInputs(), output: options.output}, cwd)
  const text = word.text()
  if (result.text !== text) throw new FileProblem('could not be checked as it reads (its text came back different). Nothing was written.')
  const findings = result.findings ?? []
  const {fixes} = safeFixes(
    text,
    findings.map((json) => ({start: json.offset, end: json.endOffset, actual: json.actual, expected: json.expected, subject: json.subject, json})),
    'text'
  )
  // Safe fixes whose words Word holds as plain text of their own (not a field, an earlier tracked change, a locked control).
  const trackable = fixes.filter((fix) => word.canReplace(fix.edit))
  const changes = new Map(trackable.map((fix) => [{start: fix.edit.start, end: fix.edit.end, text: fix.edit.text} as WordChange, fix]))
  const fixedFindings = new Set(trackable.map((fix) => fix.finding.json))
  const {tracked, held, comments} = word.change([...changes.keys()], commentsFor(findings, fixedFindings), {...revisionAuthor, date: new Date().toISOString().replace(/\.\d+Z$/, 'Z')})
  if (held.length > 0) throw new FileProblem(`cannot be fixed safely: the change to “${held[0]!.text}” in paragraph ${word.paragraphNumber(held[0]!.start)} of word/document.xml could not be placed in its runs. Nothing was written.`)
  const applied = tracked.map((change) => changes.get(change)!)
  const errorsLeft = findings.some((finding) => finding.severity === 'error' && !fixedFindings.has(finding))
  const summary = [
    tracked.length > 0 ? `${plural(tracked.length, 'tracked change', 'tracked changes')} (${changeSummary(applied.map((fix) => [fix.finding.actual, fix.edit.text]))})` : 'no tracked changes',
    comments === 0 ? 'no comments' : plural(comments, 'comment', 'comments')
  ].join(' and ')
  const left = fixes.length - trackable.length
  const heldNote = left > 0 ? ` ${plural(left, 'safe fix is', 'safe fixes are')} a comment instead: ${left === 1 ? 'its words are' : 'their words are'} in a field, an earlier tracked change or a locked content control.` : ''

  if (options.output === undefined) {
    const groups = groupFixes(applied.map((fix) => ({ruleId: fix.finding.json.ruleId, ...(fix.finding.json.data.entry ? {entryKind: fix.finding.json.data.entry.kind} : {}), actual: fix.finding.actual, edit: fix.edit})))
    if (applied.length > 0) print(groupedDiff(shown, text, groups, paint))
    sayOnStderr(`plainspeak: ${showControls(shown)}: ${summary} to make.${heldNote} Name a copy to write with -o, for example: plainspeak fix ${showControls(name)} -o ${showControls(name.replace(/\.docx$/i, ''))}-plainspeak.docx`)
    return errorsLeft
  }
  await writeCopy(options.output, cwd, absolute, bytes, word.bytes())
  sayOnStderr(`plainspeak: ${showControls(shown)}: wrote ${showControls(options.output)} with ${summary}.${heldNote} Review them in Word (Review tab: accept or reject each change).`)
  return errorsLeft
}

/**
 * The default-view findings no tracked change fixes (a sentence to split, an acronym whose meaning
 * is unknown, a word with a choice of replacements), one per group of repeats, on its first
 * place: each is a comment's words and where it goes. Suggestions are never comments.
 */
export function commentsFor(findings: readonly MessageJson[], fixed: ReadonlySet<MessageJson>): WordChange[] {
  const groups = new Map<string, {first: MessageJson; count: number}>()
  const notes: Array<{first: MessageJson; count: number}> = []
  for (const finding of findings) {
    if (finding.suggestion || fixed.has(finding)) continue
    const id = (finding.data['group'] as {id?: unknown} | undefined)?.id
    const existing = typeof id === 'string' ? groups.get(id) : undefined
    if (existing) {
      existing.count++
      continue
    }
    const note = {first: finding, count: 1}
    if (typeof id === 'string') groups.set(id, note)
    notes.push(note)
  }
  return notes.map(({first, count}) => ({
    start: first.offset,
    end: first.endOffset,
    text: count > 1 ? `${first.reason} Also in ${plural(count - 1, 'more place', 'more places')} after this one.` : first.reason
  }))
}

/** Writes the copy: a temporary file beside it, then a rename; only there, never through a link, never over the input. */
async function writeCopy(output: string, cwd: string, input: string, read: Buffer, content: Buffer): Promise<void> {
  const place = await placeToWrite({option: '-o', file: output}, cwd, 'Nothing was written.')
  if (place.kind === 'device') {
    await writeFile(place.path, content).catch((error: unknown) => {
      throw new FileProblem(`could not be written to ${output}: ${writeProblem(error)}.`)
    })
    return
  }
  const temporary = path.join(path.dirname(place.path), `.${path.basename(place.path)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`)
  try {
    await writeFile(temporary, content, {flag: 'wx', mode: 0o644})
    const now = await readFile(input)
    if (!now.equals(read)) throw new FileProblem('changed while it was being fixed (saved by another program?). Nothing was written: run fix again.')
    await rename(temporary, place.path)
  } catch (error) {
    await unlink(temporary).catch(() => undefined)
    if (error instanceof FileProblem) throw error
    throw new FileProblem(`could not be written to ${output}: ${writeProblem(error)}. Nothing was written.`)
  }
}
