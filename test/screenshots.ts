/**
 * Where tests put their screenshots. Every run writes them to test/screenshots/ (git-ignored),
 * so a normal `pnpm test` never leaves a tracked file changed. `pnpm screenshots` runs the same
 * tests with PLAINSPEAK_SCREENSHOTS=update, which also writes the copies the READMEs show
 * (extensions/vscode/images/, extensions/word/images/): refresh them on purpose, after a change
 * to what the pane or the editor shows, and commit them with that change.
 */
import {copyFileSync, mkdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const screenshotFolder = fileURLToPath(new URL('screenshots/', import.meta.url))
export const updatingScreenshots = process.env['PLAINSPEAK_SCREENSHOTS'] === 'update'

/** The path to write `name` to (in test/screenshots/). */
export function screenshotPath(name: string): string {
  mkdirSync(screenshotFolder, {recursive: true})
  return path.join(screenshotFolder, name)
}

/** After a screenshot is written: copies it over the tracked image when updating on purpose. */
export function publishScreenshot(name: string, tracked: string): void {
  if (!updatingScreenshots) return
  mkdirSync(path.dirname(tracked), {recursive: true})
  copyFileSync(screenshotPath(name), tracked)
}
