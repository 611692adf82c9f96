/**
 * Text from input (file names, quoted words, a paragraph's opening, a config's values) reaches a
 * terminal, where control characters are commands: OSC 52 sets the clipboard, `ESC [2J` clears
 * the screen, OSC 0 sets the window title, a lone CR overwrites the line. Everything the text
 * surfaces print goes through `showControls` at the point it is written, so no printer can miss
 * one: each control character is shown as `\u001b` and does nothing. Tab, line feed and CR LF are kept.
 * With colour on, only the exact colour codes `painter` writes are let through (they set colour
 * and nothing else).
 */
import type {Output} from './output.js'
import {colorCode} from './colors.js'

/**
 * C0 except tab and line feed, DEL, and C1 (which some terminals read as ESC sequences too). A CR
 * is kept before a line feed (CSV's line ends), shown on its own (it would overwrite the line).
 */
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g
const controlsOrColor = new RegExp(`${colorCode.source}|${controls.source}`, 'g')

const visible = (character: string) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`

/** The text with each control character shown as `\u001b`; with `color`, the report's own colour codes kept. */
export function showControls(text: string, {color = false}: {color?: boolean} = {}): string {
  return color ? text.replace(controlsOrColor, (match) => (match.length > 1 ? match : visible(match))) : text.replace(controls, visible)
}

/** A line for the person on stderr: a warning, a note, an error. */
export function sayOnStderr(line: string, stderr: NodeJS.WritableStream = process.stderr): void {
  stderr.write(`${showControls(line)}\n`)
}

/** An output for people (the stylish report, annotations, figures): every write shows control characters. */
export function outputForPeople<T extends Output>(output: T, color: boolean): T {
  return {...output, isTTY: output.isTTY, write: (text: string) => output.write(showControls(text, {color}))}
}
