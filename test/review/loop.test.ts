/**
 * The whole loop, as an organisation runs it: a draft → a review sheet (the CLI) → three
 * residents fill it in a real browser and save their answers → `review import --write` → the
 * next `plainspeak check` of the draft uses the new entries and says what the panel found.
 */
import {copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/helpers.js'
import {publishScreenshot, screenshotPath} from '../screenshots.js'
import {fillByKeyboard, fillByPointer, SheetBrowser, type ReviewerAnswers} from './browser.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const browser = new SheetBrowser()
let folder: string

const ourWords = `# Our own words, agreed with residents.
- term: locality hub
  alternatives: [local office]
  kind: jargon
  source: lga-2009
`

/** The questions, in the sheet's order: reablement, outcomes, OT, signpost, PALS, the long passage. */
const reviewers: ReviewerAnswers[] = [
  {
    answers: [
      {understood: 'no', words: 'Help at home for a few weeks'},
      {understood: 'yes'},
      {understood: 'no'},
      {understood: 'no', words: 'tell you about'},
      {understood: 'yes'},
      {understood: 'no', words: 'We will check what you can afford to pay.'}
    ]
  },
  {
    answers: [
      {understood: 'no', words: 'help at home for a few weeks'},
      {understood: 'no', words: 'what you want to be able to do'},
      {understood: 'not-sure'},
      {understood: 'no', words: 'tell you about'},
      {understood: 'yes'},
      {understood: 'not-sure'}
    ],
    initials: 'CD'
  },
  {
    answers: [
      {understood: 'not-sure', words: "I don't know"},
      {understood: 'yes'},
      {understood: 'no', words: 'the equipment person'},
      {understood: 'yes', words: 'send'},
      {understood: 'no', words: 'hospital help desk'},
      {understood: null}
    ],
    initials: 'EF'
  }
]

const cli = (...args: string[]) => runCli(args, {cwd: folder})
/** The review's date as notes give it: the day of the latest answers saved. */
let ukDate = ''

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'plainspeak-review-'))
  await copyFile(path.join(fixtures, 'home-care-letter.md'), path.join(folder, 'home-care-letter.md'))
  await writeFile(path.join(folder, 'our-words.yml'), ourWords)
  await writeFile(path.join(folder, '.plainspeakrc.json'), JSON.stringify({dictionaries: ['./our-words.yml']}))
  await mkdir(path.join(folder, 'answers'))
  await browser.start()
})

afterAll(async () => {
  await browser.stop()
  if (folder) await rm(folder, {recursive: true, force: true})
})

describe('draft → sheet → three residents → import → check', () => {
  it('writes the sheet, and never over a file it reads', async () => {
    const draft = await readFile(path.join(folder, 'home-care-letter.md'), 'utf8')
    for (const target of ['home-care-letter.md', 'our-words.yml']) {
      const refused = await cli('review', 'home-care-letter.md', '--output', target)
      expect(refused.code).toBe(2)
      expect(refused.stderr).toMatch(new RegExp(`--output ${target.replace('.', '\\.')} is (the file being checked|a dictionary)`))
    }
    expect(await readFile(path.join(folder, 'home-care-letter.md'), 'utf8')).toBe(draft)
    expect(await readFile(path.join(folder, 'our-words.yml'), 'utf8')).toBe(ourWords)

    // Suggestions too, so that the loop does not hang on which words the judged table puts in the default view.
    const made = await cli('review', 'home-care-letter.md', '--output', 'sheet.html', '--panel', "Bow residents' panel", '--suggestions')
    expect(made.stderr).toBe('plainspeak: wrote a review sheet to sheet.html: 5 words and 1 passage to ask about.\n')
    expect(made.code).toBe(0)
  })

  it('three residents fill it in a browser, one by keyboard only, and save their answers on their own machines', async () => {
    const sheet = path.join(folder, 'sheet.html')
    const first = await browser.open(sheet)
    const {filename, visited} = await fillByKeyboard(first.page, reviewers[0]!, path.join(folder, 'answers', 'first.json'))
    expect(visited).toEqual([
      'Skip to the questions',
      'questions',
      ...[1, 2, 3, 4, 5, 6].flatMap((number) => [`understood-${number}-yes`, `words-${number}`]),
      'initials',
      'save'
    ])
    expect(filename).toMatch(/^review-answers-[\da-f]{8}-[\da-f]{6}\.json$/)
    await expect.poll(() => first.page.getByRole('status').textContent()).toContain(`Your answers are saved in a file called ${filename}.`)
    await first.context.close()

    for (const [index, reviewer] of reviewers.slice(1).entries()) {
      const {context, page} = await browser.open(sheet, 800, 1250)
      if (index === 0) {
        // The README's picture: a resident part-way through the sheet.
        await page.locator('label[for="understood-1-no"]').click()
        await page.locator('#words-1').fill('help at home for a few weeks')
        await page.evaluate(() => {
          ;(document.activeElement as HTMLElement | null)?.blur()
          window.scrollTo(0, 0)
        })
        await page.screenshot({path: screenshotPath('review-sheet.png')})
        publishScreenshot('review-sheet.png', path.join(import.meta.dirname, '../../packages/review/images/review-sheet.png'))
      }
      await fillByPointer(page, reviewer, path.join(folder, 'answers', `reviewer-${index + 2}.json`))
      await context.close()
    }
    expect(browser.outside).toEqual([])
    const saved = JSON.parse(await readFile(path.join(folder, 'answers', 'reviewer-3.json'), 'utf8')) as {initials: string; answers: Array<{subject: string; understood: string | null; words: string}>}
    expect(saved.initials).toBe('EF')
    expect(saved.answers.map((answer) => [answer.subject, answer.understood, answer.words])).toEqual([
      ['reablement', 'not-sure', "I don't know"],
      ['outcome', 'yes', ''],
      ['OT', 'no', 'the equipment person'],
      ['signpost', 'yes', 'send'],
      ['PALS', 'no', 'hospital help desk'],
      [expect.stringMatching(/^After that, if you still need care/), null, '']
    ])
  })

  it('imports the answers: a preview first, bad files named and left out, the same answers counted once', async () => {
    const answers = path.join(folder, 'answers')
    await copyFile(path.join(answers, 'first.json'), path.join(answers, 'first-copy.json'))
    await writeFile(path.join(answers, 'broken.json'), '{"format": "plainspeak-review-answers",\n  "version": 1,\n  "answers": [\n')
    await writeFile(path.join(answers, 'package.json'), '{"name": "not-answers", "version": "1.0.0"}\n')
    const files = (await readdir(answers)).sort().map((name) => path.join('answers', name))

    const preview = await cli('review', 'import', ...files, '--dictionary', 'our-words.yml')
    expect(preview.code).toBe(2)
    expect(preview.stderr).toBe(
      [
        'plainspeak: left out answers/broken.json: it is not a Plainspeak answers file: it is not valid JSON (line 4, column 1).',
        'plainspeak: left out answers/package.json: it is not a Plainspeak answers file (it has no "format": "plainspeak-review-answers"). Answers files are the .json files a review sheet saves.',
        ''
      ].join('\n')
    )
    expect(preview.stdout).toContain('answers/first.json holds the same answers as answers/first-copy.json: counted once.')
    expect(preview.stdout).toContain('This is a preview: nothing was written.')
    expect(await readFile(path.join(folder, 'our-words.yml'), 'utf8')).toBe(ourWords)

    const written = await cli('review', 'import', ...files, '--dictionary', 'our-words.yml', '--write')
    expect(written.code).toBe(2)
    expect(written.stdout).toMatch(/^Answers from 3 reviewers \(2 files left out\)\.\n\nChanges to our-words\.yml:\n/)
    expect(written.stdout).toContain('  reablement: added (from the built-in entry): 2 of 3 did not understand and 1 not sure; explanation “help at home for a few weeks”.\n')
    expect(written.stdout).toContain('  signpost: added (from the built-in entry): 2 of 3 did not understand; alternatives “tell you about”, “send”.\n')
    expect(written.stdout).toContain('  OT: added: 2 of 3 did not understand and 1 not sure. Writers will be told so when they do not spell it out.\n')
    expect(written.stdout).toContain('Understood by most: no change:\n  outcome: 2 of 3 understood it: no change.\n  PALS: 2 of 3 understood it: no change.\n')
    expect(written.stdout).toContain('Their words: “We will check what you can afford to pay”.')
    expect(written.stdout).toMatch(/Wrote our-words\.yml \(it passes plainspeak dict lint\)\.\n$/)

    const dictionary = await readFile(path.join(folder, 'our-words.yml'), 'utf8')
    expect(dictionary.startsWith(ourWords)).toBe(true)
    expect(dictionary).toContain("    panel: Bow residents' panel\n")
    const lint = await cli('dict', 'lint', 'our-words.yml')
    expect(lint.stdout).toMatch(/^No problems/m)
    expect(lint.code).toBe(0)

    const again = await cli('review', 'import', 'answers/first.json', 'answers/reviewer-2.json', 'answers/reviewer-3.json', '--dictionary', 'our-words.yml', '--write')
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('3 answers about “reablement” were counted before (our-words.yml records them): not counted again.')
    expect(again.stdout).toMatch(/Nothing to change in our-words\.yml\.\n$/)
    expect(await readFile(path.join(folder, 'our-words.yml'), 'utf8')).toBe(dictionary)
  })

  it('the next check of the draft uses the new entries and says what the panel found', async () => {
    const saved = await Promise.all(['first', 'reviewer-2', 'reviewer-3'].map(async (name) => (JSON.parse(await readFile(path.join(folder, 'answers', `${name}.json`), 'utf8')) as {saved: string}).saved))
    const latest = new Date(saved.sort().at(-1)!)
    ukDate = `${latest.getUTCDate()} ${latest.toLocaleString('en-GB', {month: 'long', timeZone: 'UTC'})} ${latest.getUTCFullYear()}`
    const checked = await cli('check', 'home-care-letter.md', '--format', 'json', '--suggestions')
    const findings = (JSON.parse(checked.stdout) as Array<{messages: Array<{ruleId: string; actual: string; expected: string[]; reason: string; note: string}>}>)[0]!.messages
    const about = (actual: string) => findings.find((finding) => finding.actual === actual)!
    expect(about('signpost')).toMatchObject({
      expected: ['tell you about', 'send', 'direct'],
      note: `2 of 3 residents on the review panel did not know this word (Bow residents' panel, ${ukDate}). Residents may not know what being "signposted" means. Say who will tell them where to go.`
    })
    expect(about('reablement')).toMatchObject({
      reason: 'Explain “reablement” the first time you use it, for example: “reablement (help at home for a few weeks)”.',
      note: expect.stringMatching(new RegExp(`^2 of 3 residents on the review panel did not know this word and 1 was not sure \\(Bow residents' panel, ${ukDate}\\)\\. `))
    })
    expect(about('OT').note).toMatch(/^2 of 3 residents on the review panel did not know this acronym and 1 was not sure/)
    expect(about('PALS').note).not.toMatch(/review panel/)
  })
})
