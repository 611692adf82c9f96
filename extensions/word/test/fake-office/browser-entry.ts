/**
 * Stands in for Office.js in the browser test: the test routes the Office.js
 * URL to this bundle. It reads the starting document from
 * `window.fakeWordSetup` (set with `page.addInitScript`) and leaves the
 * document model on `window.fakeWord` for the test to read and change.
 */
import {FakeWordDocument, installFakeOffice, type FakeParagraphInit} from './fake-word.js'

interface Setup {
  paragraphs: FakeParagraphInit[]
  wordApi?: string
  settings?: Record<string, unknown>
}

const setup = (globalThis as {fakeWordSetup?: Setup}).fakeWordSetup ?? {paragraphs: [{text: ''}]}
const document = new FakeWordDocument(setup.paragraphs, {wordApi: setup.wordApi, settings: setup.settings})
installFakeOffice(document)
Object.assign(globalThis, {fakeWord: document})
