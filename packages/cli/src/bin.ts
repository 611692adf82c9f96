#!/usr/bin/env node
/**
 * `plainspeak`: argument parsing only. The work is in lib/: check-command.ts (`check`), fix-command.ts (`fix`),
 * single-file.ts (the one document `glossary` and `stats` read; core writes the glossary),
 * stats-report.ts (`stats`) and dict-lint.ts (`dict lint`).
 */
import {PlainspeakOptionError, acronymsWithoutMeaning, glossaryEntries, glossaryFormats, renderGlossary, type GlossaryFormat} from '@plainspeak/core'
import {Command, CommanderError, InvalidArgumentError, Option} from 'commander'
import {checkOneFile} from './lib/single-file.js'
import {runDictLint} from './lib/dict-lint.js'
import {exitCodes, UsageError} from './lib/errors.js'
import {writeWholeOutput} from './lib/output.js'
import {sayOnStderr, showControls} from './lib/terminal-text.js'
import {defaultMaxMemoryMb, defaultTimeoutMs} from './lib/pool.js'
import {reportFormats, reporters, type ReportFormat} from './lib/reporters/registry.js'
import {importAnswers, writeReviewSheet} from './lib/review.js'
import {runCheck} from './lib/check-command.js'
import {runFix} from './lib/fix-command.js'
import {runDismiss, runFeedbackApply, runFeedbackImport, runFeedbackSummary} from './lib/feedback-command.js'
import {dismissalReasons, type DismissalReason} from '@plainspeak/config'
import {statsFormats, statsRenderers, type StatsFormat} from './lib/stats-report.js'
import {version} from './lib/version.js'

const defaultMaxFileSizeMb = 5

function integer(minimum: number) {
  return (value: string) => {
    const number = Number(value)
    if (!/^\d+$/.test(value.trim()) || number < minimum) throw new InvalidArgumentError(`Expected a whole number of ${minimum} or more.`)
    return number
  }
}

function megabytes(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('Expected a size in megabytes, such as 5 or 0.5.')
  return number
}

function seconds(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0 || number > 86_400) throw new InvalidArgumentError('Expected a time in seconds, such as 120 or 0.5.')
  return number
}

function memory(value: string): number {
  const number = Number(value)
  if (!/^\d+$/.test(value.trim()) || number < 64 || number > 65_536) throw new InvalidArgumentError('Expected a whole number of megabytes from 64 to 65536, such as 2048.')
  return number
}

function ruleSetting(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const match = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(value)
  if (!match) throw new InvalidArgumentError('Expected RULE=SEVERITY, such as jargon=error or passive=off.')
  return {...previous, [match[1]!]: match[2]!}
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

interface SharedOptions {
  config?: string
  audience?: string
  rule?: Record<string, string>
  dictionary?: string[]
  stdin?: boolean
  stdinFilename?: string
  maxFileSize: number
  organisationFolder?: string[]
  timeout: number
  maxMemory: number
  suggestions?: boolean
}

/** Options every command that checks text takes. */
function withCheckOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('-a, --audience <name>', 'who the text is for: public, board, staff or patient')
    .option('-r, --rule <rule=severity>', 'set a rule to off, info, warning or error (repeatable)', ruleSetting)
    .option('-d, --dictionary <path>', 'add a dictionary file or folder (repeatable)', collect)
    .option('--stdin', 'read the text from standard input')
    .option('--stdin-filename <name>', 'the name of the text read from standard input (its extension sets the format; config is found from its folder)')
    .option('--max-file-size <MB>', 'skip files larger than this, with an error', megabytes, defaultMaxFileSizeMb)
    .option('--organisation-folder <folder>', 'let config files name dictionaries in this folder as well as in their own folder tree (repeatable)', collect)
    .option('--timeout <seconds>', 'stop checking a file that takes longer than this, with an error', seconds, defaultTimeoutMs / 1000)
    .option('--max-memory <MB>', 'stop checking a file that needs more memory than this, with an error', memory, defaultMaxMemoryMb)
    .option('--suggestions', 'also show suggestions: findings that are correct but minor, off by default')
}

const shared = (options: SharedOptions) => ({
  config: options.config,
  audience: options.audience,
  rules: options.rule,
  dictionaries: options.dictionary,
  stdin: options.stdin,
  stdinFilename: options.stdinFilename,
  maxFileSize: Math.round(options.maxFileSize * 1_000_000),
  organisationFolders: options.organisationFolder,
  timeoutMs: Math.round(options.timeout * 1000),
  maxMemoryMb: options.maxMemory,
  suggestions: options.suggestions
})

function createProgram(): Command {
  const program = new Command('plainspeak')
    .description('Check council and NHS writing for jargon, undefined acronyms, non-inclusive wording and hard-to-read sentences.')
    .version(version, '-v, --version')
    .showHelpAfterError('(run with --help for usage)')
    // An argument can hold anything a file name can: usage errors show its control characters too.
    .configureOutput({writeErr: (text) => void process.stderr.write(showControls(text))})
    .exitOverride()
    // `review import --dictionary` is the import's own option, not review's check option.
    .enablePositionalOptions()
    .addHelpText('after', `
Exit codes:
  0  no findings that fail (warnings and info do not fail unless --max-warnings is exceeded)
  1  an error-severity finding, or more warnings than --max-warnings
  2  bad usage, a bad config file, or a file that could not be checked (the other files are still checked)`)

  withCheckOptions(
    program
      .command('check')
      .description('check files, folders or globs (default: supported files under the current folder)')
      .argument('[paths...]', 'files, folders or globs; .gitignore and .plainspeakignore are honoured')
  )
    .addOption(new Option('-f, --format <name>', `report format: ${reportFormats.map((name) => `${name} (${reporters[name].summary})`).join(', ')}`).choices(reportFormats).default('stylish'))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', integer(0))
    .option('--baseline <file>', 'do not report findings recorded in this baseline file')
    .option('--write-baseline <file>', 'record every current finding in a baseline file (and report none)')
    .option('-q, --quiet', 'report errors only')
    .option('--color', 'colour the report even when not at a terminal')
    .option('--no-color', 'never colour the report')
    .option('-j, --jobs <n>', 'worker threads (default and most: one per core; at most one per file)', integer(1))
    .action(async (paths: string[], options: SharedOptions & {format: ReportFormat; output?: string; maxWarnings?: number; baseline?: string; writeBaseline?: string; quiet?: boolean; color?: boolean; jobs?: number}) => {
      if (options.stdin && paths.length > 0) throw new UsageError('Give files or --stdin, not both.')
      process.exitCode = await runCheck({
        ...shared(options),
        paths,
        format: options.format,
        output: options.output,
        maxWarnings: options.maxWarnings,
        baseline: options.baseline,
        writeBaseline: options.writeBaseline,
        quiet: options.quiet,
        color: options.color,
        jobs: options.jobs
      })
    })

  withCheckOptions(
    program
      .command('fix')
      .description('apply the safe fixes to files: one plain replacement, in prose (never in code, web addresses, front matter, names or quotations); shows a diff grouped by kind of change unless --write or --interactive, or for a Word document -o')
      .argument('<files...>', 'Markdown, text or HTML files (only these are changed), or one .docx with -o')
  )
    .option('-w, --write', 'write the fixes to the files (each through a temporary file and a rename, and only if it has not changed since it was read)')
    .option('-i, --interactive', 'ask about each group of changes, as git add -p does (y, n, a, d, q, ?), then write the ones chosen as --write does; answers are read from the terminal or piped in')
    .option('-o, --output <file>', 'for a .docx: write a copy with each safe fix as a tracked change and each finding to rewrite by hand as a comment (the .docx itself is never changed)')
    .option('--color', 'colour the diff even when not at a terminal')
    .option('--no-color', 'never colour the diff')
    .action(async (files: string[], options: SharedOptions & {write?: boolean; interactive?: boolean; output?: string; color?: boolean}) => {
      process.exitCode = await runFix({...shared(options), paths: files, write: options.write, interactive: options.interactive, output: options.output, color: options.color, config: options.config})
    })

  withCheckOptions(program.command('glossary').description('list the acronyms a document uses, with their meanings, for an appendix').argument('[file]', 'the document'))
    .addOption(new Option('-f, --format <name>', 'markdown (a table), csv, html or text').choices(glossaryFormats).default('markdown'))
    .option('-o, --output <file>', 'write the glossary to a file instead of stdout')
    .action(async (file: string | undefined, options: SharedOptions & {format: GlossaryFormat; output?: string}) => {
      const result = await checkOneFile({...shared(options), file, output: options.output})
      const rows = glossaryEntries(result.stats.acronyms)
      // No placeholder rows: the writer is told on stderr, so the document never says "not known".
      const unknown = acronymsWithoutMeaning(result.stats.acronyms)
      const empty = unknown.length > 0 ? 'No acronym with a known meaning.\n' : 'No acronyms found.\n'
      await writeWholeOutput(showControls(rows.length === 0 && options.format !== 'csv' ? empty : renderGlossary(rows, options.format)), options.output, 'the glossary')
      if (unknown.length > 0) sayOnStderr(`plainspeak: no meaning found for ${unknown.join(', ')}: left out of the glossary. Spell ${unknown.length === 1 ? 'it' : 'them'} out where first used, or add ${unknown.length === 1 ? 'it' : 'them'} to the glossary by hand.`)
      process.exitCode = exitCodes.clean
    })

  withCheckOptions(program.command('stats').description('reading age, Flesch figures, passive share and a per-section table').argument('[file]', 'the document'))
    .addOption(new Option('-f, --format <name>', 'text or JSON').choices(statsFormats).default('text'))
    .option('-o, --output <file>', 'write the figures to a file instead of stdout')
    .action(async (file: string | undefined, options: SharedOptions & {format: StatsFormat; output?: string}) => {
      const result = await checkOneFile({...shared(options), file, output: options.output})
      const figures = statsRenderers[options.format](result.path, result.format, result.stats)
      await writeWholeOutput(options.format === 'text' ? showControls(figures) : figures, options.output, 'the figures')
      process.exitCode = exitCodes.clean
    })

  const review = withCheckOptions(
    program
      .command('review')
      .description("make a review sheet for a residents' panel: the words and passages of a draft its readers may not understand")
      .argument('[draft]', 'the draft (.md, .txt, .html or .docx)')
      .enablePositionalOptions()
  )
    .option('-o, --output <file>', 'write the sheet (an HTML file) here instead of stdout')
    .option('--title <text>', "the draft's title on the sheet (default: its first heading, or the file name)")
    .option('--panel <name>', "who reviews, e.g. \"Bow residents' panel\" (recorded with their answers)")
    .option('--max-words <n>', 'ask about at most this many words and acronyms (default 12)', integer(1))
    .option('--max-passages <n>', 'ask about at most this many passages (default 3)', integer(0))
    .option('--ask <words>', 'also ask about these words, e.g. a term no list has yet (repeatable)', collect)
    .action(async (draft: string | undefined, options: SharedOptions & {output?: string; title?: string; panel?: string; maxWords?: number; maxPassages?: number; ask?: string[]}) => {
      process.exitCode = await writeReviewSheet({
        ...shared(options),
        file: draft,
        output: options.output,
        title: options.title,
        panel: options.panel,
        maxWords: options.maxWords,
        maxPassages: options.maxPassages,
        ask: options.ask
      })
    })
  review
    .command('import')
    .description("merge a panel's answers into your dictionary: a preview unless --write")
    .argument('<answers...>', 'the answers files the review sheets saved (.json)')
    .requiredOption('-d, --dictionary <file>', "your organisation's word list (made if it does not exist)")
    .option('--write', 'write the changes (after checking the file with dict lint)')
    .option('--dry-run', 'show the changes without writing them (the default)')
    .option('--panel <name>', 'who reviewed, when the sheets do not say')
    .action(async (answers: string[], options: {dictionary: string; write?: boolean; dryRun?: boolean; panel?: string}) => {
      if (options.write && options.dryRun) throw new UsageError('Give --write or --dry-run, not both.')
      process.exitCode = await importAnswers(answers, {dictionary: options.dictionary, write: options.write === true, ...(options.panel ? {panel: options.panel} : {})})
    })

  const feedback = program
    .command('feedback')
    .description('what writers marked "Not useful here": per entry, rule and audience, times shown and dismissed, the rate and the main reasons')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .enablePositionalOptions()
    .action(async (options: {format: 'text' | 'json'}) => {
      process.exitCode = await runFeedbackSummary(options)
    })
  withCheckOptions(
    feedback
      .command('dismiss')
      .description('mark a finding "Not useful here": it is recorded in .plainspeak/feedback.yml and not shown again at that place')
      .argument('<fingerprint>', 'the finding\'s fingerprint, from check --format json or SARIF')
      .argument('[file]', 'the document it is in (default: the findings of the last check here)')
  )
    .addOption(new Option('--reason <reason>', 'why it is not useful here').choices([...dismissalReasons]))
    .action(async (fingerprint: string, file: string | undefined, options: SharedOptions & {reason?: DismissalReason}) => {
      process.exitCode = await runDismiss(fingerprint, {...shared(options), file, ...(options.reason ? {reason: options.reason} : {})})
    })

  feedback
    .command('import')
    .description("add the dismissals in another feedback.yml (the Word pane's export) to .plainspeak/feedback.yml, each once")
    .argument('<file>', 'the feedback.yml to import')
    .action(async (file: string) => {
      process.exitCode = await runFeedbackImport(file)
    })

  feedback
    .command('apply')
    .description('propose dictionary changes from the dismissals (switch an entry off for an audience, add an unless context, explain instead of replace): a preview unless --write')
    .argument('[documents...]', 'documents to find the words that mark a wrong meaning in (for an unless context); without them a person decides those')
    .requiredOption('-d, --dictionary <file>', "your organisation's word list (made if it does not exist)")
    .option('--write', 'write the changes (after checking the file with dict lint)')
    .option('--min-count <n>', 'fewest dismissals that propose a change (default 3)', integer(1))
    .action(async (documents: string[], options: {dictionary: string; write?: boolean; minCount?: number}) => {
      process.exitCode = await runFeedbackApply({...options, documents, maxFileSize: defaultMaxFileSizeMb * 1_000_000})
    })

  const dict = program.command('dict').description('work with dictionary files')
  dict
    .command('lint')
    .description('check dictionary files or folders (default: the built-in dictionaries); exit 1 on errors')
    .argument('[files...]', 'dictionary files or folders')
    .action(async (files: string[]) => {
      process.exitCode = await runDictLint(files)
    })
  return program
}

async function main(): Promise<void> {
  try {
    await createProgram().parseAsync(process.argv)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; commander has already printed any usage error.
      const fine = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code) || error.exitCode === 0
      process.exitCode = fine ? exitCodes.clean : exitCodes.usage
    } else if (error instanceof UsageError || error instanceof PlainspeakOptionError) {
      sayOnStderr(`plainspeak: ${error.message}`)
      process.exitCode = exitCodes.usage
    } else {
      const detail = process.env['PLAINSPEAK_DEBUG'] ? `\n${(error as Error).stack}` : ' (set PLAINSPEAK_DEBUG=1 for the details)'
      sayOnStderr(`plainspeak: the run stopped for a reason Plainspeak does not know how to explain: ${String((error as Error)?.message ?? error).slice(0, 300)}${detail}. Please report it.`)
      process.exitCode = exitCodes.usage
    }
  }
}

await main()
