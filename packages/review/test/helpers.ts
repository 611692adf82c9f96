import {readFileSync} from 'node:fs'
import {check, messageToJson} from '@plainspeak/core'
import {chooseQuestions, type ChooseOptions, type FormatName} from '../src/index.js'

export const fixture = (name: string) => readFileSync(new URL(`../../../test/review/fixtures/${name}`, import.meta.url), 'utf8')

/**
 * The questions a sheet asks about a text, through the real engine and built-in dictionary, from
 * every finding (suggestions too): which findings are in the default view is the judged table's to say.
 */
export function questionsFor(text: string, format: FormatName, options: ChooseOptions = {}) {
  const result = check(text, {format: format === 'docx' ? 'text' : format, audience: 'public', suggestions: true})
  return chooseQuestions({text, format, messages: result.messages.map(messageToJson), stats: result.stats}, options)
}
