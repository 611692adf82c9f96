/**
 * "Not useful here" in the CLI: findings carry fingerprints (JSON, SARIF) that survive edits
 * elsewhere; `feedback dismiss` records one in .plainspeak/feedback.yml (no document text), and
 * `check` no longer shows it at that audience; `feedback import` adds another record's dismissals
 * (the Word pane's export); `feedback` summarises. Run as a child process.
 */
import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {makeFolder, parseJsonReport, runCli} from './helpers.js'

vi.setConfig({testTimeout: 120_000})

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup()
})

const only = ['--rule', 'readability=off', '--rule', 'sentence-length=off']
const paper = '# Plan\n\nOur team will signpost families to help. Confidential detail about Flat 4.\n\nWe also signpost carers each week.\n'

async function project(files: Record<string, string>) {
  const made = await makeFolder(files)
  cleanups.push(made.cleanup)
  return made.dir
}

async function jsonFindings(dir: string, args: string[] = []) {
  const result = await runCli(['check', 'paper.md', '-f', 'json', ...only, ...args], {cwd: dir})
  expect(result.stderr).toBe('')
  return parseJsonReport(result.stdout)[0]!.messages as Array<{ruleId: string; actual: string; line: number; fingerprint: string}>
}

describe('plainspeak feedback', () => {
  it('gives JSON and SARIF findings the same fingerprint, unchanged by edits in other paragraphs', async () => {
    const dir = await project({'paper.md': paper})
    const before = await jsonFindings(dir)
    const signposts = before.filter((message) => message.actual === 'signpost')
    expect(signposts).toHaveLength(2)
    expect(signposts[0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    expect(signposts[0]!.fingerprint).not.toBe(signposts[1]!.fingerprint)

    const sarif = await runCli(['check', 'paper.md', '-f', 'sarif', ...only], {cwd: dir})
    const results = JSON.parse(sarif.stdout).runs[0].results as Array<{partialFingerprints: Record<string, string>}>
    expect(results.map((result) => result.partialFingerprints['plainspeak/v1'])).toEqual(before.map((message) => message.fingerprint))

    await writeFile(path.join(dir, 'paper.md'), paper.replace('# Plan\n', '# Plan\n\nA new first paragraph.\n').replace('each week', 'every month'))
    const after = (await jsonFindings(dir)).filter((message) => message.actual === 'signpost')
    expect(after[0]!.line).toBe(signposts[0]!.line + 2)
    expect(after[0]!.fingerprint).toBe(signposts[0]!.fingerprint)
    // The words around the second one changed: it is a new finding.
    expect(after[1]!.fingerprint).not.toBe(signposts[1]!.fingerprint)
  })

  it('dismisses a finding: recorded without document text, not shown again at that place or audience, shown at another', async () => {
    const dir = await project({'paper.md': paper})
    const [first, second] = (await jsonFindings(dir)).filter((message) => message.actual === 'signpost')

    const dismissed = await runCli(['feedback', 'dismiss', first!.fingerprint, 'paper.md', '--reason', 'readers-know'], {cwd: dir})
    expect(dismissed).toMatchObject({code: 0, stdout: ''})
    expect(dismissed.stderr).toBe(`Dismissed jargon “signpost” at public in .plainspeak/feedback.yml: it will not be shown again at that place.\n`)
    const record = await readFile(path.join(dir, '.plainspeak/feedback.yml'), 'utf8')
    expect(record).toMatch(new RegExp(`- rule: jargon\\n  term: signpost\\n  audience: public\\n  reason: readers-know\\n  date: "\\d{4}-\\d\\d-\\d\\d"\\n  fingerprint: "${first!.fingerprint}"\\n$`))
    for (const words of ['families', 'Confidential', 'Flat 4', 'team', 'help']) expect(record).not.toContain(words)

    const remaining = (await jsonFindings(dir)).filter((message) => message.actual === 'signpost')
    expect(remaining.map((message) => message.fingerprint)).toEqual([second!.fingerprint])
    // Dismissed at public, so a board check still shows it.
    const board = (await jsonFindings(dir, ['--audience', 'board', '--suggestions'])).filter((message) => message.actual === 'signpost')
    expect(board.map((message) => message.fingerprint)).toContain(first!.fingerprint)
  })

  it('dismisses from the last check without naming the file, and summarises times shown and dismissed with the reasons', async () => {
    const dir = await project({'paper.md': paper, '.plainspeak/.keep': ''})
    const [first, second] = (await jsonFindings(dir)).filter((message) => message.actual === 'signpost')
    expect(JSON.parse(await readFile(path.join(dir, '.plainspeak/shown.json'), 'utf8')).counts).toMatchObject({[JSON.stringify(['jargon', 'signpost', 'public'])]: 2})

    expect((await runCli(['feedback', 'dismiss', first!.fingerprint, '--reason', 'wrong-meaning'], {cwd: dir})).code).toBe(0)
    expect((await runCli(['feedback', 'dismiss', second!.fingerprint], {cwd: dir})).code).toBe(0)
    const summary = await runCli(['feedback'], {cwd: dir})
    expect(summary).toMatchObject({code: 0, stderr: ''})
    expect(summary.stdout).toMatch(/^jargon “signpost” at public: 2 of 2 shown dismissed \(100%\); wrong meaning here 1  over 10%\n\nTimes shown are from the last check here \(\d{4}-\d\d-\d\d\)\.\n$/)

    const json = JSON.parse((await runCli(['feedback', '-f', 'json'], {cwd: dir})).stdout)
    expect(json).toEqual([{rule: 'jargon', term: 'signpost', audience: 'public', dismissed: 2, shown: 2, rate: 1, reasons: [{reason: 'wrong-meaning', count: 1}]}])

    const unknown = await runCli(['feedback', 'dismiss', '0000000000000000'], {cwd: dir})
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('The last check here showed no finding with the fingerprint 0000000000000000.')
  })

  it('keeps both dismissals when two writers dismiss at the same moment', async () => {
    const dir = await project({'paper.md': paper})
    const [first, second] = (await jsonFindings(dir)).filter((message) => message.actual === 'signpost')
    const results = await Promise.all([first, second].map((finding) => runCli(['feedback', 'dismiss', finding!.fingerprint, 'paper.md'], {cwd: dir})))
    expect(results.map((result) => result.code)).toEqual([0, 0])
    const record = await readFile(path.join(dir, '.plainspeak/feedback.yml'), 'utf8')
    expect(record).toContain(first!.fingerprint)
    expect(record).toContain(second!.fingerprint)
    expect((await jsonFindings(dir)).filter((message) => message.actual === 'signpost')).toEqual([])
  })

  it('applies the dismissals to the organisation dictionary: a preview, then --write, then the entry is off at that audience only', async () => {
    const three = '# Plan\n\nWe signpost families.\n\nThey signpost carers.\n\nYou signpost neighbours.\n'
    const dir = await project({'paper.md': three, 'other.md': 'Staff will signpost residents to help.\n', 'our-words.yml': '# Our own words\n'})
    for (const finding of (await jsonFindings(dir)).filter((message) => message.actual === 'signpost')) {
      expect((await runCli(['feedback', 'dismiss', finding.fingerprint, 'paper.md', '--reason', 'readers-know'], {cwd: dir})).code).toBe(0)
    }
    const preview = await runCli(['feedback', 'apply', '--dictionary', 'our-words.yml'], {cwd: dir})
    expect(preview).toMatchObject({code: 0, stderr: ''})
    expect(preview.stdout).toBe('Would change our-words.yml:\n  “signpost” no longer flagged at public (still at board, staff, patient): dismissed 3 times, readers-know 3.\nRun again with --write to make these changes.\n')
    expect(await readFile(path.join(dir, 'our-words.yml'), 'utf8')).toBe('# Our own words\n')

    const written = await runCli(['feedback', 'apply', '--dictionary', 'our-words.yml', '--write'], {cwd: dir})
    expect(written.code).toBe(0)
    const dictionary = await readFile(path.join(dir, 'our-words.yml'), 'utf8')
    expect(dictionary).toMatch(/^# Our own words\n/)
    expect(dictionary).toContain('audiences: [ board, staff, patient ]')
    expect((await runCli(['dict', 'lint', 'our-words.yml'], {cwd: dir})).code).toBe(0)

    const check = async (audience: string) => {
      const result = await runCli(['check', 'other.md', '-f', 'json', '--dictionary', 'our-words.yml', '--audience', audience, '--suggestions', ...only], {cwd: dir})
      return (parseJsonReport(result.stdout)[0]!.messages as Array<{actual: string}>).filter((message) => message.actual === 'signpost').length
    }
    expect(await check('public')).toBe(0)
    expect(await check('board')).toBe(1)
  })

  it('learns an unless context from the documents named when writers say the meaning is wrong, or asks for an explanation when no word marks it', async () => {
    const huddle = '# Our own words\n- term: huddle\n  alternatives: [meeting]\n  kind: jargon\n  note: A huddle is a short standing meeting.\n  source: lga-2009\n'
    const zoo = '# Zoo\n\nThe penguins huddle on the ice.\n\nYoung penguins huddle for warmth.\n\nAt dusk the penguins huddle together.\n\nStaff huddle at nine each day.\n'
    const ward = '# Ward\n\nThe ward huddle starts the shift.\n\nOur safety huddle reviews falls.\n\nA discharge huddle agreed the plan.\n'
    const dir = await project({'zoo.md': zoo, 'ward.md': ward, 'our-words.yml': huddle, '.plainspeakrc.json': '{"dictionaries": ["our-words.yml"]}\n'})
    const huddles = async (file: string) => {
      const result = await runCli(['check', file, '-f', 'json', ...only], {cwd: dir})
      return (parseJsonReport(result.stdout)[0]!.messages as Array<{actual: string; fingerprint: string}>).filter((message) => message.actual === 'huddle')
    }
    const [penguins1, penguins2, penguins3, staff] = await huddles('zoo.md')
    expect(staff).toBeDefined()
    for (const finding of [penguins1, penguins2, penguins3]) {
      expect((await runCli(['feedback', 'dismiss', finding!.fingerprint, 'zoo.md', '--reason', 'wrong-meaning'], {cwd: dir})).code).toBe(0)
    }
    // Without the documents, nothing says which words mark the other meaning: a person decides.
    const blind = await runCli(['feedback', 'apply', '--dictionary', 'our-words.yml'], {cwd: dir})
    expect(blind.stdout).toBe(
      'No changes to our-words.yml.\nFor a person to decide:\n  “huddle” at public: dismissed 3 times, wrong-meaning 3, but no document was read to find the words that mark the other meaning. Name the documents (plainspeak feedback apply --dictionary FILE DOCUMENTS…), or add an `unless` phrase by hand. A person decides.\n'
    )
    const written = await runCli(['feedback', 'apply', '--dictionary', 'our-words.yml', 'zoo.md', '--write'], {cwd: dir})
    expect(written).toMatchObject({code: 0, stderr: ''})
    expect(written.stdout).toBe('Changed our-words.yml:\n  “huddle” not flagged in a sentence with “penguins” (unless): dismissed 3 times, wrong-meaning 3.\n')
    const dictionary = await readFile(path.join(dir, 'our-words.yml'), 'utf8')
    expect(dictionary).toBe(huddle.replace('- term: huddle', '# Wrong meaning next to “penguins”: dismissed 3 times, wrong-meaning 3 (plainspeak feedback, ' + dictionary.match(/\d{4}-\d\d-\d\d/)![0] + ').\n- term: huddle').replace('[meeting]', '[ meeting ]') + '  unless: [ penguins ]\n')
    // The record holds no document text, so a new sentence about penguins is now fine; the staff huddle is still shown.
    await writeFile(path.join(dir, 'zoo2.md'), 'Two penguins huddle by the pool.\n\nThe team huddle is at ten.\n')
    expect((await huddles('zoo2.md')).length).toBe(1)

    // In the ward the replacement fits nowhere it was dismissed, and no word marks another sense: explain it instead.
    for (const finding of await huddles('ward.md')) {
      expect((await runCli(['feedback', 'dismiss', finding.fingerprint, 'ward.md', '--reason', 'wrong-meaning'], {cwd: dir})).code).toBe(0)
    }
    const explain = await runCli(['feedback', 'apply', '--dictionary', 'our-words.yml', 'ward.md', '--write'], {cwd: dir})
    // Times shown are the last check's (ward.md), so the rate is read against those.
    expect(explain.stdout).toBe('Changed our-words.yml:\n  “huddle” explained at first use instead of replaced (action: explain): dismissed 6 of 3 times shown, wrong-meaning 6.\n')
    const after = await readFile(path.join(dir, 'our-words.yml'), 'utf8')
    expect(after).toContain('  alternatives: []\n')
    expect(after).toContain('  action: explain\n')
    expect(after).toMatch(/^# Our own words\n# Wrong meaning next to “penguins”.*\n# Wrong meaning wherever it is used, so explained rather than replaced: dismissed 6 of 3 times shown, wrong-meaning 6 /)
    expect((await runCli(['dict', 'lint', 'our-words.yml'], {cwd: dir})).code).toBe(0)
  })

  it('names a malformed record at its line and column, in check and in feedback', async () => {
    const dir = await project({'paper.md': paper, '.plainspeak/feedback.yml': '- rule: jargon\n  audience: everyone\n  date: "2026-12-07"\n  fingerprint: "0123456789abcdef"\n'})
    const expected = '.plainspeak/feedback.yml:2:13: Unexpected audience `everyone`, expected one of public, board, staff, patient.'
    const check = await runCli(['check', 'paper.md'], {cwd: dir})
    expect(check.code).toBe(2)
    expect(check.stderr).toContain(expected)
    const summary = await runCli(['feedback'], {cwd: dir})
    expect(summary.code).toBe(2)
    expect(summary.stderr).toContain(expected)
  })

  it('imports an exported record: new places added at the end, each once, nothing already there lost or repeated', async () => {
    const dir = await project({'paper.md': paper})
    const [first, second] = (await jsonFindings(dir)).filter((message) => message.actual === 'signpost')
    expect((await runCli(['feedback', 'dismiss', first!.fingerprint, 'paper.md', '--reason', 'readers-know'], {cwd: dir})).code).toBe(0)
    const before = await readFile(path.join(dir, '.plainspeak/feedback.yml'), 'utf8')
    // The pane's export: the same first place (another writer, another day), the second, and the first again at board.
    const item = (fingerprint: string, audience: string, reason: string) => `- rule: jargon\n  term: signpost\n  audience: ${audience}\n  reason: ${reason}\n  date: "2026-12-01"\n  fingerprint: "${fingerprint}"\n`
    const exported = '# Plainspeak: exported from Word\n' + item(first!.fingerprint, 'public', 'other') + item(second!.fingerprint, 'public', 'wrong-meaning') + item(first!.fingerprint, 'board', 'readers-know') + item(second!.fingerprint, 'public', 'other')
    await writeFile(path.join(dir, 'from-word.yml'), exported)

    const imported = await runCli(['feedback', 'import', 'from-word.yml'], {cwd: dir})
    expect(imported).toEqual({code: 0, stdout: '', stderr: 'Imported 2 dismissals from from-word.yml into .plainspeak/feedback.yml; 1 was there already.\n'})
    const after = await readFile(path.join(dir, '.plainspeak/feedback.yml'), 'utf8')
    expect(after).toBe(before + item(second!.fingerprint, 'public', 'wrong-meaning') + item(first!.fingerprint, 'board', 'readers-know'))
    expect((await jsonFindings(dir)).filter((message) => message.actual === 'signpost')).toEqual([])

    // Again: nothing new, nothing written.
    expect(await runCli(['feedback', 'import', 'from-word.yml'], {cwd: dir})).toMatchObject({code: 0, stderr: 'Nothing to import: every dismissal in from-word.yml is in .plainspeak/feedback.yml already.\n'})
    expect(await readFile(path.join(dir, '.plainspeak/feedback.yml'), 'utf8')).toBe(after)
    const summary = JSON.parse((await runCli(['feedback', '-f', 'json'], {cwd: dir})).stdout) as Array<{audience: string; dismissed: number}>
    expect(summary.map((row) => `${row.audience} ${row.dismissed}`)).toEqual(['public 2', 'board 1'])
  })

  it('names a mistake in the file imported or in the project record at its line and column, and then imports nothing', async () => {
    const good = '- rule: jargon\n  term: signpost\n  audience: public\n  date: "2026-12-07"\n  fingerprint: "0123456789abcdef"\n'
    const dir = await project({'paper.md': paper, '.plainspeak/feedback.yml': good, 'bad.yml': good.replace('0123456789abcdef', 'fedcba9876543210') + '- rule: jargon\n  term: signpost\n  audience: public\n  date: "2026-12-07"\n  sentence: Confidential detail\n'})
    const bad = await runCli(['feedback', 'import', 'bad.yml'], {cwd: dir})
    expect(bad).toMatchObject({code: 2, stdout: ''})
    expect(bad.stderr).toContain('bad.yml:10:3: Unknown key `sentence`. A dismissal has rule, term, audience, reason, date and fingerprint only. Nothing was imported.')
    expect(await readFile(path.join(dir, '.plainspeak/feedback.yml'), 'utf8')).toBe(good)

    await writeFile(path.join(dir, 'conflict.yml'), good + '<<<<<<< ours\n')
    const conflict = await runCli(['feedback', 'import', 'conflict.yml'], {cwd: dir})
    expect(conflict.code).toBe(2)
    expect(conflict.stderr).toMatch(/conflict\.yml:6:1: This is not valid YAML .*keep every item from both sides\. Nothing was imported\./)

    const missing = await runCli(['feedback', 'import', 'nowhere.yml'], {cwd: dir})
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nowhere.yml:1:1: File not found.')

    // A broken project record is named too, and left as it is.
    const broken = good.replace('audience: public', 'audience: everyone')
    await writeFile(path.join(dir, '.plainspeak/feedback.yml'), broken)
    await writeFile(path.join(dir, 'fine.yml'), good.replace('0123456789abcdef', 'fedcba9876543210'))
    const onBroken = await runCli(['feedback', 'import', 'fine.yml'], {cwd: dir})
    expect(onBroken.code).toBe(2)
    expect(onBroken.stderr).toContain('.plainspeak/feedback.yml:3:13: Unexpected audience `everyone`, expected one of public, board, staff, patient. Nothing was imported.')
    expect(await readFile(path.join(dir, '.plainspeak/feedback.yml'), 'utf8')).toBe(broken)
  })

  it('refuses a reason it does not know, and a fingerprint that is not one', async () => {
    const dir = await project({'paper.md': paper})
    const reason = await runCli(['feedback', 'dismiss', '0123456789abcdef', 'paper.md', '--reason', 'boring'], {cwd: dir})
    expect(reason.code).toBe(2)
    expect(reason.stderr).toContain('readers-know, wrong-meaning, not-a-sentence, other')
    const bad = await runCli(['feedback', 'dismiss', 'The ICB will commission'], {cwd: dir})
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('Expected a fingerprint of 16 hex digits')
  })
})
