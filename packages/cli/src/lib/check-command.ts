/**
 * `plainspeak check`: find the files, find each file's config, check them in parallel, stream
 * the report, and work out the exit code. A file that cannot be read is named on stderr and the
 * run goes on; the exit code is then 2.
 */
import path from 'node:path'
import {displayPath, findFiles} from '@plainspeak/config'
import {localRulesPage, plural, resolveOptions, rulesPageName, textFileExtensions, type CheckOptions} from '@plainspeak/core'
import {Baseline, BaselineWriter} from './baseline.js'
import {readDismissals, ShownCounter} from './feedback-command.js'
import {docxPackageAllowance, type CheckTask, type Outcome} from './file-checker.js'
import type {ReportMessage} from './report-message.js'
import {useColor} from './colors.js'
import {ConfigResolver, type Overrides} from './config.js'
import {exitCodes, type ExitCode} from './errors.js'
import {heldOutput, openOutput, type Output} from './output.js'
import {outputForPeople, sayOnStderr} from './terminal-text.js'
import {checkAll, chooseJobs, defaultMaxMemoryMb} from './pool.js'
import {createProgress} from './progress.js'
import {readStdin} from './stdin.js'
import {refuseWritingOverInputs, type ReadInput, type WriteTarget} from './write-guard.js'
import {reporters, type ReportFormat} from './reporters/registry.js'
import type {FileReport, InputFailure, RunSummary} from './reporters/types.js'

/** What a folder walk finds: core's text formats, and Word documents (converted here). */
const checkedExtensions = [...textFileExtensions, 'docx']

export interface CheckCommandOptions extends Overrides {
  paths: string[]
  stdin?: boolean
  stdinFilename?: string
  config?: string
  format: ReportFormat
  output?: string
  maxWarnings?: number
  baseline?: string
  writeBaseline?: string
  quiet?: boolean
  color?: boolean
  jobs?: number
  /** Largest file to check, in bytes. */
  maxFileSize: number
  /** Longest one file may take, in milliseconds. */
  timeoutMs?: number
  /** Most memory one file may use, in megabytes. */
  maxMemoryMb?: number
}

export async function runCheck(options: CheckCommandOptions, cwd = process.cwd()): Promise<ExitCode> {
  const resolver = new ConfigResolver(cwd, {audience: options.audience, rules: options.rules, dictionaries: options.dictionaries, organisationFolders: options.organisationFolders, suggestions: options.suggestions}, options.config)
  const failures: InputFailure[] = []
  const definition = reporters[options.format]

  // Which files, and what each is checked with. Config errors stop the run here, before any output.
  const tasks: CheckTask[] = []
  const absolutePaths: string[] = []
  const optionsByKey = new Map<string, CheckOptions>()
  // Baselines match findings by the words around them: only a run with a baseline needs those.
  const wantContexts = options.baseline !== undefined || options.writeBaseline !== undefined
  const addTask = async (task: Omit<CheckTask, 'index' | 'optionsKey' | 'wantText' | 'wantContexts' | 'maxBytes'>, absolute: string) => {
    const config = await resolver.forDirectory(path.dirname(absolute))
    optionsByKey.set(config.key, config.options)
    tasks.push({...task, index: tasks.length, optionsKey: config.key, wantText: definition.needsText, wantContexts, maxBytes: options.maxFileSize})
    absolutePaths.push(absolute)
  }
  const inputs: ReadInput[] = []
  const skipped: string[] = []
  if (options.stdin) {
    const name = options.stdinFilename ?? 'stdin'
    const limit = /\.docx$/i.test(name) ? options.maxFileSize * docxPackageAllowance : options.maxFileSize
    const {bytes, truncated} = await readStdin(limit)
    await addTask({bytes, truncated, name: options.stdinFilename ? displayPath(path.resolve(cwd, name), cwd) : name}, path.resolve(cwd, name))
    if (options.stdinFilename) inputs.push({file: path.resolve(cwd, name), role: 'the file named by --stdin-filename'})
  } else {
    const found = await findFiles(options.paths, cwd, {extensions: checkedExtensions})
    for (const message of found.problems) failures.push({message})
    skipped.push(...found.skipped)
    for (const file of found.files) {
      await addTask({file: file.path, name: displayPath(file.path, cwd), ...(file.within ? {within: file.within} : {})}, file.path)
      inputs.push({file: file.path, role: 'one of the files being checked'})
    }
  }
  const stderr = process.stderr
  for (const warning of resolver.warnings) sayOnStderr(warning)
  for (const note of skipped) sayOnStderr(`plainspeak: ${note}`)
  const jobs = chooseJobs(options.jobs, tasks.length)
  if (jobs.note) sayOnStderr(`plainspeak: ${jobs.note}`)

  // Nothing is written over a file the run reads: the documents, config files, dictionaries, the baseline.
  for (const [file, role] of resolver.inputs) inputs.push({file, role})
  if (options.baseline) inputs.push({file: path.resolve(cwd, options.baseline), role: 'the baseline being read'})
  const targets: WriteTarget[] = []
  if (options.output !== undefined) targets.push({option: '--output', file: options.output})
  if (options.writeBaseline !== undefined) targets.push({option: '--write-baseline', file: options.writeBaseline})
  await refuseWritingOverInputs(targets, inputs, cwd)

  const baseline = options.baseline ? await Baseline.read(path.resolve(cwd, options.baseline)) : undefined
  // "Not useful here": findings the project's record dismissed at a file's audience are left out.
  const dismissed = await readDismissals(cwd)
  const shown = new ShownCounter()
  const baselineWriter = options.writeBaseline ? new BaselineWriter(path.resolve(cwd, options.writeBaseline)) : undefined

  const target = await openOutput(options.output)
  // Rule descriptions (SARIF) link to the docs of the first file's configuration.
  const firstOptions = optionsByKey.values().next().value
  const docsBase = firstOptions ? resolveOptions(firstOptions).docsBase : (localRulesPage() ?? rulesPageName)
  const color = useColor({flag: options.color, isTTY: target.isTTY})
  const progress = createProgress(tasks.length)
  const reporter = definition.create({
    cwd,
    color,
    docsBase,
    maxMemoryMb: options.maxMemoryMb ?? defaultMaxMemoryMb,
    note: (message) => progress.note(`plainspeak: ${message}`)
  })
  const held = target.isTTY && Boolean(stderr.isTTY) && tasks.length > 1 ? heldOutput(target) : undefined
  const output: Output = definition.forPeople ? outputForPeople(held ?? target, color) : (held ?? target)
  for (const failure of failures) progress.note(`plainspeak: ${failure.message}`)

  const totals = {files: 0, errors: 0, warnings: 0, infos: 0, suggestions: 0, baselined: 0, quieted: {warning: 0, info: 0}}
  let finished = false
  let exitCode: ExitCode = exitCodes.clean
  try {
    await output.write(reporter.start())
    await checkAll(tasks, {jobs: jobs.jobs, options: optionsByKey, timeoutMs: options.timeoutMs, maxMemoryMb: options.maxMemoryMb}, async (outcome: Outcome, task: CheckTask) => {
      progress.tick()
      if (!outcome.ok) {
        failures.push({path: outcome.path, message: outcome.message})
        progress.note(`plainspeak: cannot check ${outcome.path}: ${outcome.message}`)
        return
      }
      const {result} = outcome
      const absolute = absolutePaths[task.index]!
      const messages: ReportMessage[] = []
      result.messages.forEach((message, index) => {
        const context = result.contexts?.[index] ?? {before: '', after: ''}
        baselineWriter?.add(absolute, message, context)
        if (options.quiet && message.severity !== 'error') {
          // Left out, but counted, so the summary never says "no findings" over findings it hid.
          if (!message.suggestion) totals.quieted[message.severity === 'warning' ? 'warning' : 'info']++
          return
        }
        // Writing a baseline accepts everything found now.
        if (baselineWriter || baseline?.accepts(absolute, message, context)) {
          totals.baselined++
          return
        }
        if (message.fingerprint && dismissed.get(result.audience)?.has(message.fingerprint)) return
        shown.add(message, result.audience)
        messages.push(message)
        // Suggestions are minor by definition: shown when asked for, never failing a run.
        if (message.suggestion) totals.suggestions++
        else if (message.severity === 'error') totals.errors++
        else if (message.severity === 'warning') totals.warnings++
        else totals.infos++
      })
      totals.files++
      const report: FileReport = {path: result.path, absolutePath: absolute, format: result.format, messages, stats: result.stats}
      if (result.text !== undefined) report.text = result.text
      const text = reporter.file(report)
      for (const part of typeof text === 'string' ? [text] : text) await output.write(part)
    })
    // Messages noted during the run come out before the report's summary.
    progress.stop()

    const failing = totals.errors > 0 || (options.maxWarnings !== undefined && totals.warnings > options.maxWarnings)
    exitCode = failures.length > 0 ? exitCodes.usage : failing ? exitCodes.findings : exitCodes.clean
    const summary: RunSummary = {...totals, failures, maxWarnings: options.maxWarnings, exitCode}
    const ending = reporter.end(summary)
    for (const part of typeof ending === 'string' ? [ending] : ending) await output.write(part)
    await held?.release()
    await output.close()
    finished = true
  } finally {
    if (!finished) progress.stop()
    // A run that failed half-way leaves no half-written report (and any earlier one as it was).
    if (!finished) await output.discard()
  }

  await shown.write(cwd)
  if (baselineWriter) {
    await baselineWriter.write()
    sayOnStderr(`Wrote ${plural(baselineWriter.size, 'finding')} to the baseline ${options.writeBaseline}.`)
  }
  return exitCode
}
