/**
 * `remark().use(remarkPlainspeak, options)`: Plainspeak's findings as vfile messages.
 *
 * A thin layer over `@plainspeak/core`. The engine reads the Markdown source itself (headings
 * for sections, acronym definitions inside links and emphasis, front matter, inline
 * `plainspeak-disable` comments), so the plugin hands it the file's text, not remark's tree, and
 * the findings are exactly what `check(text, {format: 'markdown', ...options})` returns. The
 * tree is used for one thing only: in MDX, the JavaScript it found is blanked out first.
 */
import {createChecker, PlainspeakOptionError, type Checker, type CheckOptions} from '@plainspeak/core'
import type {Root} from 'mdast'
import type {VFile} from 'vfile'
import {blankOutMdxCode} from './mdx-code.js'

/** The options of `check()`, less `format`: a remark plugin always reads Markdown. */
export type Options = Omit<CheckOptions, 'format'>

/**
 * Checks each file for jargon, undefined acronyms, wording to avoid and hard-to-read sentences.
 * Bad options throw `PlainspeakOptionError` when the plugin is attached, naming the option and
 * the valid values.
 */
export default function remarkPlainspeak(options?: Options | null): (tree: Root, file: VFile) => undefined {
  const checker = checkerFor(options ?? noOptions)

  return function (tree, file) {
    const text = String(file)
    let result
    try {
      result = checker.check(blankOutMdxCode(text, tree))
    } catch (error) {
      // Bad settings in this file's front matter: a fatal message on the file, not a stack trace.
      if (error instanceof PlainspeakOptionError) file.fail(error.message, {ruleId: 'options', source: 'plainspeak'})
      throw error
    }
    for (const finding of result.messages) {
      // Core's finding is a vfile message already (its `fatal` is what reporters and `--frail`
      // count): it joins the file as it is, named for the file as `file.message()` names one.
      if (file.path) {
        finding.name = `${file.path}:${finding.name}`
        finding.file = file.path
      }
      // From the file itself: a sentence may run across a blanked-out MDX `{expression}`.
      finding.actual = text.slice(finding.place.start.offset, finding.place.end.offset)
      file.messages.push(finding)
    }
    return undefined
  }
}

/**
 * A checker compiles the dictionaries (about 15 ms) and remembers paragraph analyses. unified-engine
 * (remark-cli) attaches plugins again for every file, with the same options object for every file
 * under one config file, so checkers are kept per options object, as `check()` keeps them.
 */
const checkers = new WeakMap<object, Checker>()
const noOptions: Options = {}

function checkerFor(options: unknown): Checker {
  if (options === null || typeof options !== 'object') return createPluginChecker(options)
  let checker = checkers.get(options)
  if (!checker) {
    checker = createPluginChecker(options)
    checkers.set(options, checker)
  }
  return checker
}

/**
 * A bad option is the user's data, not a bug: the error says so and names the option, without
 * a stack trace of Plainspeak's internals (which remark-cli would print under the message).
 */
function createPluginChecker(options: unknown): Checker {
  try {
    return createChecker(markdownOptions(options))
  } catch (error) {
    if (!(error instanceof PlainspeakOptionError)) throw error
    const located = new PlainspeakOptionError(error.option, `Bad remark-plainspeak option: ${error.message}`)
    located.stack = `${located.name}: ${located.message}`
    throw located
  }
}

/** The plugin's options with `format: 'markdown'`; anything that is not an object goes to core as it is, to be refused there. */
function markdownOptions(options: unknown): CheckOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) return options as CheckOptions
  if ('format' in options) {
    throw new PlainspeakOptionError('format', 'remark-plainspeak always checks Markdown: leave out `format` (use `check()` from @plainspeak/core for plain text or HTML)')
  }
  return {...options, format: 'markdown'}
}
