/**
 * Round 3, items 4 and 8 (part): residents' answers files and the dictionary text they become.
 * The builders are shared with test/hostile/answers-dictionaries.test.ts, which runs them at
 * smaller sizes.
 */
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'

const sheet = (panel = "Bow residents' panel") => ({id: 'sheet-housing-1', title: 'Housing plan', created: '2026-12-01', panel})

/** One reviewer's answers file: every word "not understood", with `words` as what they would write. */
export function answersFile({response, terms, words = 'thing', saved = '2026-12-04T10:30:00.000Z', panel}) {
  return JSON.stringify({
    format: 'plainspeak-review-answers',
    version: 1,
    sheet: sheet(panel),
    response,
    saved,
    answers: terms.map((term) => ({id: `term:${term.toLowerCase()}`, kind: 'term', subject: term, understood: 'no', words: typeof words === 'function' ? words(term) : words}))
  })
}

/** Words JavaScript objects inherit: as dictionary words they must be ordinary words. */
export const inheritedNames = ['constructor', 'prototype', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']

/** "wordaaab", "wordaaac", …: distinct terms the dictionary accepts. */
export function distinctTerms(count, offset = 0) {
  const terms = []
  for (let index = offset; index < offset + count; index++) {
    let name = ''
    for (let rest = index, place = 0; place < 5; place++, rest = Math.floor(rest / 26)) name = String.fromCharCode(97 + (rest % 26)) + name
    terms.push(`word${name}`)
  }
  return terms
}

/** Answers files just under `bytes` each, `perFile` terms apiece (distinct across files), long words. */
export function nearLimitAnswers(files, perFile, bytes) {
  const out = {}
  for (let file = 0; file < files; file++) {
    const terms = distinctTerms(perFile, file * perFile)
    // Long words, sized to bring the file near `bytes`.
    const room = Math.max(1, Math.floor((bytes * 0.97) / perFile) - 160)
    const words = (term) => `${term} ${'plain words '.repeat(Math.ceil(room / 12))}`.slice(0, Math.min(room, 290))
    out[`answers-${file + 1}.json`] = answersFile({response: `reviewer-${String(file + 1).padStart(4, '0')}`, terms, words})
  }
  return out
}

/**
 * `files` answers files about `perFile` words each; every ten files share their words, each with
 * its own long answer (kept in the entry's review), one of the ten short (the alternative). Each
 * file is small and valid; merged, the dictionary holds about 4 KB per word.
 */
export function bulkyAnswers(files, perFile) {
  const out = {}
  for (let file = 0; file < files; file++) {
    const terms = distinctTerms(perFile, Math.floor(file / 10) * perFile)
    const words = (term) => (file % 10 === 0 ? 'plain help' : `${term} ${file} ${'y'.repeat(280)}`)
    out[`answers-${file + 1}.json`] = answersFile({response: `reviewer-${String(file + 1).padStart(4, '0')}`, terms, words})
  }
  return out
}

/** A paper of about `bytes` that uses `word` in every sentence. */
export function paperUsing(word, bytes) {
  const sentence = `The ${word} was agreed by the board. `
  return `# Housing plan\n\n${sentence.repeat(Math.ceil(bytes / sentence.length))}\n`
}

/** An organisation dictionary entry with a long note. */
export const longNoteEntry = (note) => `- term: reablement\n  kind: jargon\n  source: govuk-writing\n  alternatives: [help to get back on your feet]\n  note: "${note}"\n`

/** An entry whose review records reviewer-0001's answers as text, not a list (dict lint's error). */
export const responsesAsText =
  '- term: reablement\n  kind: jargon\n  alternatives: [help at home]\n  review:\n    date: 2026-11-01\n    reviewers: 1\n    notUnderstood: 1\n    responses: reviewer-0001\n'

/** Two entries for one word (dict lint's error), the first recording reviewer-0001's answers. */
export const duplicateEntries =
  '- term: reablement\n  kind: jargon\n  alternatives: [help at home]\n  review:\n    date: 2026-11-01\n    reviewers: 1\n    notUnderstood: 1\n    responses: [reviewer-0001]\n' +
  '- term: Reablement\n  kind: jargon\n  alternatives: [getting back on your feet]\n  review:\n    date: 2026-11-01\n    reviewers: 1\n    notUnderstood: 1\n    responses: [reviewer-0002]\n'

export default function register(attack, {runCli, folder, leaked, round}) {
  const sizeKb = (file) => round(statSync(file).size / 1024)

  attack('r3-4a', 'answers name "constructor", "prototype", "__proto__": review import --write, then check -f json', async () => {
    const dir = folder({
      'a1.json': answersFile({response: 'reviewer-0001', terms: inheritedNames}),
      'a2.json': answersFile({response: 'reviewer-0002', terms: inheritedNames}),
      'paper.md': 'The constructor of the prototype agreed. We constructored it, then toString and valueOf.\n'
    })
    const imported = await runCli(['review', 'import', 'a1.json', 'a2.json', '--dictionary', 'org.yml', '--write'], {cwd: dir})
    const result = await runCli(['check', 'paper.md', '-d', 'org.yml', '-f', 'json'], {cwd: dir})
    const everything = imported.stdout + imported.stderr + result.stdout + result.stderr
    return {
      ...result,
      seconds: round(imported.seconds + result.seconds),
      importExit: imported.exit,
      nativeCode: /native code|function Object/.test(everything),
      leaked: leaked(everything)
    }
  })

  attack('r3-4b', 'one answers file saved "Tue, 1 Dec 2026 10:00" among two good ones: review import --write', async () => {
    const dir = folder({
      'a1.json': answersFile({response: 'reviewer-0001', terms: ['reablement']}),
      'bad.json': answersFile({response: 'reviewer-0002', terms: ['reablement'], saved: 'Tue, 1 Dec 2026 10:00'}),
      'a3.json': answersFile({response: 'reviewer-0003', terms: ['reablement']})
    })
    const result = await runCli(['review', 'import', 'a1.json', 'bad.json', 'a3.json', '--dictionary', 'org.yml', '--write'], {cwd: dir})
    let written = ''
    try {
      written = readFileSync(path.join(dir, 'org.yml'), 'utf8')
    } catch {}
    return {...result, othersReported: /reviewers: 2\b/.test(written), leaked: leaked(result.stdout, result.stderr)}
  })

  attack('r3-4c', 'three answers files just under 1 MB (8,000 answers each): review import preview', async () => {
    const dir = folder(nearLimitAnswers(3, 8000, 1_000_000))
    return runCli(['review', 'import', 'answers-1.json', 'answers-2.json', 'answers-3.json', '--dictionary', 'org.yml'], {cwd: dir})
  })

  attack('r3-4e', 'thirty answers files of 500 different words (15,000 words): review import preview', async () => {
    const files = {}
    for (let file = 0; file < 30; file++) {
      files[`answers-${file + 1}.json`] = answersFile({response: `reviewer-${String(file + 1).padStart(4, '0')}`, terms: distinctTerms(500, file * 500), words: 'plain help'})
    }
    const dir = folder(files)
    return runCli(['review', 'import', ...Object.keys(files), '--dictionary', 'org.yml'], {cwd: dir})
  })

  attack('r3-4d', 'twenty answers files of 500 long answers: review import --write (the dictionary would be 4 MB)', async () => {
    const files = bulkyAnswers(20, 500)
    const dir = folder(files)
    const result = await runCli(['review', 'import', ...Object.keys(files), '--dictionary', 'org.yml', '--write'], {cwd: dir})
    let dictionaryKb = 0
    try {
      dictionaryKb = sizeKb(path.join(dir, 'org.yml'))
    } catch {}
    const check = await runCli(['check', 'answers-1.json', '-d', 'org.yml'], {cwd: dir})
    return {...result, sizeKb: dictionaryKb, checkExit: check.exit}
  })

  attack('r3-8b', 'an answers file with a 300 KB panel name: review import --write, then check -f json on a 10 KB paper', async () => {
    const dir = folder({
      'a1.json': answersFile({response: 'reviewer-0001', terms: ['zorblatt'], words: 'help at home', panel: 'P'.repeat(300_000)}),
      'paper.md': paperUsing('zorblatt', 10_000)
    })
    const imported = await runCli(['review', 'import', 'a1.json', '--dictionary', 'org.yml', '--write'], {cwd: dir})
    const result = await runCli(['check', 'paper.md', '-d', 'org.yml', '-f', 'json'], {cwd: dir})
    return {...result, importExit: imported.exit, stdoutKb: round(result.stdout.length / 1024)}
  })

  attack('r3-8c', 'an organisation entry with a 300 KB note: check -f sarif on a 20 KB paper', async () => {
    const dir = folder({'org.yml': longNoteEntry('N'.repeat(300_000)), 'paper.md': paperUsing('reablement', 20_000)})
    const result = await runCli(['check', 'paper.md', '-d', 'org.yml', '-f', 'sarif'], {cwd: dir})
    return {...result, stdoutKb: round(result.stdout.length / 1024)}
  })

  attack('r3-8d', 'review import --write of reviewer-0001 again, into an entry recording reviewer-0001 as text, not a list', async () => {
    const dir = folder({'org.yml': responsesAsText, 'a1.json': answersFile({response: 'reviewer-0001', terms: ['reablement'], words: 'help at home'})})
    const result = await runCli(['review', 'import', 'a1.json', '--dictionary', 'org.yml', '--write'], {cwd: dir})
    const written = readFileSync(path.join(dir, 'org.yml'), 'utf8')
    return {...result, inputUnchanged: written === responsesAsText, countedTwice: /reviewers: 2/.test(written)}
  })
}
