/**
 * The review sheet is for everyone on a residents' panel: WCAG 2.2 AA (axe-core in Chromium),
 * landmarks and names a screen reader lists, a keyboard focus you can see, readable at 320
 * pixels with large type, and a print layout for A4 paper.
 */
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runCli} from '../cli/helpers.js'
import {axeSource, saveAnswers, SheetBrowser} from './browser.js'

const fixtures = path.join(import.meta.dirname, 'fixtures')
const browser = new SheetBrowser()
let folder: string
const sheets: Record<string, string> = {}

/** axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules: `rule: how many elements` per violation. */
async function axeViolations(page: Page): Promise<string[]> {
  // Run through the browser's debugging protocol: the sheet's own policy lets no other script in.
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; nodes: unknown[]}>; passes: Array<{id: string}>}>}}).axe
    return axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
  })
  expect(result.passes.map((rule) => rule.id)).toEqual(expect.arrayContaining(['color-contrast', 'label', 'bypass', 'html-has-lang', 'target-size']))
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`)
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'plainspeak-sheet-'))
  for (const draft of ['home-care-letter.md', 'gp-appointments.md', 'repairs-notice.html']) {
    const output = path.join(folder, `${draft}.sheet.html`)
    const result = await runCli(['review', path.join(fixtures, draft), '--output', output, '--suggestions'], {cwd: folder})
    expect(result.code, result.stderr).toBe(0)
    sheets[draft] = output
  }
  await browser.start()
})

afterAll(async () => {
  await browser.stop()
  if (folder) await rm(folder, {recursive: true, force: true})
})

describe('the review sheet', () => {
  it.each(['home-care-letter.md', 'gp-appointments.md', 'repairs-notice.html'])('meets WCAG 2.2 AA (axe-core): the sheet for %s, empty and filled in', async (draft) => {
    const {context, page} = await browser.open(sheets[draft]!)
    expect(await axeViolations(page)).toEqual([])
    await page.locator('label[for="understood-1-no"]').click()
    await page.locator('#words-1').fill('help at home')
    await page.getByRole('button', {name: 'Save my answers'}).click()
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Thank you/)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('has the landmarks, headings and names a screen reader lists', async () => {
    const {context, page} = await browser.open(sheets['home-care-letter.md']!)
    expect(await page.getByRole('banner').count()).toBe(1)
    expect(await page.getByRole('main').count()).toBe(1)
    expect(await page.getByRole('contentinfo').count()).toBe(1)
    expect(await page.getByRole('form', {name: 'Your answers'}).count()).toBe(1)
    expect(await page.getByRole('heading', {level: 1}).allTextContents()).toEqual(['Help us make our writing clear'])
    expect(await page.getByRole('heading', {level: 2}).allTextContents()).toEqual(['What to do', 'Words', 'Longer parts', 'When you have finished'])
    expect(await page.getByRole('heading', {level: 3}).allTextContents()).toEqual([
      'Question 1: “reablement”',
      'Question 2: “outcomes”',
      'Question 3: “OT”',
      'Question 4: “signpost”',
      'Question 5: “PALS”',
      'Question 6'
    ])
    // Each question is a region named by its heading; each choice a radio group named by its question.
    expect(await page.getByRole('region', {name: 'Question 3: “OT”'}).count()).toBe(1)
    expect(await page.getByRole('group', {name: 'Did you understand “OT”?'}).getByRole('radio').count()).toBe(3)
    expect(await page.getByRole('radio', {name: 'Not sure'}).count()).toBe(6)
    expect(await page.getByRole('textbox', {name: 'What words would you use?'}).count()).toBe(6)
    expect(await page.getByRole('textbox', {name: 'Your initials (you do not have to give them)'}).count()).toBe(1)
    await context.close()
  })

  it('shows where the keyboard is: the skip link appears, and focus has a visible outline', async () => {
    const {context, page} = await browser.open(sheets['home-care-letter.md']!)
    const skip = page.getByRole('link', {name: 'Skip to the questions'})
    expect((await skip.boundingBox())!.x).toBeLessThan(0)
    await page.keyboard.press('Tab')
    expect((await skip.boundingBox())!.x).toBe(0)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return {id: document.activeElement!.id, outline: style.outlineStyle, width: style.outlineWidth}
    })
    expect(outline).toEqual({id: 'understood-1-yes', outline: 'solid', width: '3px'})
    await context.close()
  })

  it('is readable at 320 pixels wide: nothing wider than the screen, and large type', async () => {
    const {context, page} = await browser.open(sheets['gp-appointments.md']!, 320, 640)
    const layout = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      widest: Math.max(...[...document.querySelectorAll('body *')].map((element) => element.getBoundingClientRect().right)),
      text: Number.parseFloat(getComputedStyle(document.querySelector('.quote')!).fontSize),
      radio: document.querySelector('input[type=radio]')!.getBoundingClientRect().width
    }))
    expect(layout.page).toBeLessThanOrEqual(320)
    expect(layout.widest).toBeLessThanOrEqual(320)
    expect(layout.text).toBeGreaterThanOrEqual(18)
    // WCAG 2.2 target size: at least 24 by 24 pixels.
    expect(layout.radio).toBeGreaterThanOrEqual(24)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('brings the thank-you into view after saving, with the focus on it', async () => {
    const {context, page} = await browser.open(sheets['home-care-letter.md']!, 320, 480)
    await page.locator('label[for="understood-1-no"]').click()
    // The Save button at the foot of the screen, as after scrolling down to it: the thank-you appears below it.
    await page.evaluate(() => document.getElementById('save')!.scrollIntoView({block: 'end'}))
    await page.focus('#save')
    await saveAnswers(page, path.join(folder, 'thanks.json'), () => page.keyboard.press('Enter'))
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Thank you\. Your answers are saved in a file called review-answers-/)
    const thanks = await page.evaluate(() => {
      const box = document.getElementById('status')!.getBoundingClientRect()
      return {focused: document.activeElement?.id, top: box.top, bottom: box.bottom, screen: window.innerHeight, outline: getComputedStyle(document.activeElement!).outlineStyle}
    })
    expect(thanks).toEqual({focused: 'status', top: expect.any(Number), bottom: expect.any(Number), screen: 480, outline: 'solid'})
    expect(thanks.top).toBeGreaterThanOrEqual(0)
    expect(thanks.bottom).toBeLessThanOrEqual(thanks.screen)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })

  it('opens without assuming who wrote the draft', async () => {
    const {context, page} = await browser.open(sheets['gp-appointments.md']!)
    const opening = await page.locator('#intro-heading + p').textContent()
    expect(opening).toBe('We have written something, and we want it to be easy for everyone to read. You can help us.')
    expect(await page.locator('body').textContent()).not.toMatch(/council|who live here/i)
    await context.close()
  })

  it('prints on A4 in large type, with boxes to write in and no buttons', async () => {
    const {context, page} = await browser.open(sheets['home-care-letter.md']!)
    await page.emulateMedia({media: 'print'})
    const print = await page.evaluate(() => ({
      body: getComputedStyle(document.body).fontSize,
      save: getComputedStyle(document.getElementById('save')!).display,
      paper: getComputedStyle(document.querySelector('.print-only')!).display,
      box: Number.parseFloat(getComputedStyle(document.getElementById('words-1')!).minHeight)
    }))
    expect(print).toEqual({body: '18.6667px' /* 14 pt */, save: 'none', paper: 'block', box: expect.any(Number)})
    expect(print.box).toBeGreaterThanOrEqual(100)
    const pdf = await page.pdf({preferCSSPageSize: true})
    // A4 is 595 by 842 points (210 by 297 mm).
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\]/)
    await context.close()
  })
})
