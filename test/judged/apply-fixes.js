#!/usr/bin/env node
/**
 * Applies every fix the engine offers, one at a time, on real text: the judged corpus
 * (texts/ and .texts/, as corpus.json lists them) and `pnpm eval`'s corpus (test/eval/corpus),
 * at each audience, with suggestions on. Each applied replacement is checked the way the engine
 * checks a swap (the part-of-speech tagger and the entry's frames), and for punctuation left
 * behind.
 *
 *   node test/judged/apply-fixes.js --out /tmp/applied.jsonl [--engine packages/core/dist]
 *
 * Writes one JSON line per applied replacement to --out (keep it outside git: it quotes the
 * documents): doc, audience, rule, term, replacement, the sentence before and after, and the
 * check's result. Prints counts per rule. `--engine` runs another build of core (for a before
 * and after comparison); the check always comes from this tree's build.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseDocument} from 'yaml'
import {loadCorpus, root} from './lib.js'

const argument = (name) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const out = argument('--out')
if (!out) {
  console.error('Usage: node test/judged/apply-fixes.js --out FILE.jsonl [--engine DIST]')
  process.exit(2)
}
const engineDir = resolve(argument('--engine') ?? join(root, 'packages/core/dist'))
const core = await import(pathToFileURL(join(engineDir, 'index.js')).href)
const {checkSwap} = await import(pathToFileURL(join(root, 'packages/core/dist/lib/dictionary/fit.js')).href)
const {default: builtinDictionary} = await import(pathToFileURL(join(root, 'packages/dictionary/dist/builtin.js')).href)
const entries = new Map(builtinDictionary.terms.map((entry) => [entry.term, entry]))

const audiences = ['public', 'staff', 'board']
const documents = []
for (const doc of loadCorpus().documents) if (doc.available) documents.push({id: doc.id, text: doc.text, format: 'markdown'})
const evalDir = join(root, 'test/eval/corpus')
for (const entry of parseDocument(readFileSync(join(evalDir, 'index.yml'), 'utf8')).toJS()) {
  documents.push({id: `eval/${entry.file}`, text: readFileSync(join(evalDir, entry.file), 'utf8'), format: core.formatFromPath(entry.file)})
}

/** The sentence around offsets: from the last sentence end or blank line before to the next after. */
function sentenceAround(text, start, end) {
  let from = start
  while (from > 0 && !/[.!?]\s$/.test(text.slice(from - 2, from)) && !/\n\s*\n$/.test(text.slice(Math.max(0, from - 3), from)) && text[from - 1] !== '\n') from--
  const after = /[.!?](?=\s|$)|\n/g
  after.lastIndex = end
  const found = after.exec(text)
  const to = found ? found.index + (found[0] === '\n' ? 0 : 1) : text.length
  return {from, to}
}

/** Punctuation the swap leaves behind: "for example. health", "to to", ".." */
function strandedPunctuation(after, at) {
  const around = after.slice(Math.max(0, at - 1), at + 3)
  if (/\w\.\s+\p{Ll}/u.test(around) || /\.\./.test(around)) return 'a full stop is left inside the sentence'
  return undefined
}

const lines = []
const counts = new Map()
for (const doc of documents) {
  for (const audience of audiences) {
    const {messages} = core.check(doc.text, {format: doc.format, audience, suggestions: true})
    for (const message of messages) {
      const json = core.messageToJson(message)
      if (!json.expected || json.expected.length === 0 || json.offset === undefined) continue
      const {from, to} = sentenceAround(doc.text, json.offset, json.endOffset)
      const before = doc.text.slice(from, to)
      const start = json.offset - from
      const end = json.endOffset - from
      const term = json.data?.entry?.term ?? json.data?.pattern ?? json.actual
      const entry = entries.get(json.data?.entry?.term)
      for (const replacement of json.expected) {
        // Through core's one substitution path, as every surface applies a fix (case, an
        // abbreviation's full stop, spacing), falling back to the plain swap for an older engine.
        const edit = core.fixEdit ? core.fixEdit(doc.text, core.fixableFinding(json), replacement) : undefined
        const editEnd = edit ? Math.max(edit.end, to) : to
        const sentence = doc.text.slice(from, editEnd)
        const after = edit ? sentence.slice(0, edit.start - from) + edit.text + sentence.slice(edit.end - from) : before.slice(0, start) + replacement + before.slice(end)
        const marked = edit ? sentence.slice(0, edit.start - from) + `[[${edit.text}]]` + sentence.slice(edit.end - from) : before.slice(0, start) + `[[${replacement}]]` + before.slice(end)
        const frames = entry?.frames && Object.hasOwn(entry.frames, replacement.toLowerCase()) ? entry.frames[replacement.toLowerCase()] : undefined
        const swap = checkSwap(before, start, end, replacement, frames)
        const why = swap.why ?? strandedPunctuation(after, start + replacement.length)
        lines.push({doc: doc.id, audience, rule: json.ruleId, term, actual: json.actual, replacement, before: sentence, after, marked, frame: swap.frame, check: why ? 'fail' : 'pass', ...(why ? {why} : {})})
        const count = counts.get(json.ruleId) ?? {applied: 0, fail: 0}
        count.applied++
        if (why) count.fail++
        counts.set(json.ruleId, count)
      }
    }
  }
}
writeFileSync(out, lines.map((line) => JSON.stringify(line)).join('\n') + '\n')
console.log(`${documents.length} documents × ${audiences.length} audiences; ${lines.length} replacements applied (engine: ${engineDir})`)
for (const [rule, count] of [...counts].sort()) console.log(`  ${rule}: ${count.applied} applied, ${count.fail} fail the check`)
