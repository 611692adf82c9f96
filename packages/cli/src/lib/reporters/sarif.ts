/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning tools. The rules carry help text and a link to
 * their docs (the rules page shipped with Plainspeak, or the organisation's `docsUrl`); results
 * carry line, column and UTF-16 offsets into the checked text, and each ready replacement as a
 * fix. In a Word document the region's line is the paragraph, and `properties` hold the exact
 * offsets into the extracted text and where the paragraph is. Files that could not be read are
 * tool notifications. The log names no `$schema`: it would be a web address nobody configured.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describeParagraphPlace, ruleDocsLink, rules} from '@plainspeak/core'
import type {ReportMessage} from '../report-message.js'
import type {Fix, Invocation, Log, ReportingDescriptor, Result, Run} from 'sarif'
import {version} from '../version.js'
import type {FileReport, Reporter, ReporterContext, RunSummary} from './types.js'

const levels = {error: 'error', warning: 'warning', info: 'note'} as const
const sourceRoot = 'SRCROOT'

/** `acronym-undefined` → `AcronymUndefined`: SARIF's `name` is an identifier. */
const pascalCase = (id: string) => id.replace(/(^|-)([a-z])/g, (_match, _dash, letter: string) => letter.toUpperCase())

/**
 * Every registered rule, in registry order (the built-in ones, then any added from outside):
 * a result names its rule by index into this list, so the list is read once.
 */
const registered = () => Object.values(rules).filter((rule) => rule !== undefined)

export function ruleDescriptors(docsBase: string): ReportingDescriptor[] {
  return registered().map((rule) => {
    const id = rule.id
    const docs = ruleDocsLink(id, docsBase)
    const example = rule.examples[0]
    const exampleText = example ? `\n\nInstead of: ${example.bad}\nWrite: ${example.good}` : ''
    const exampleMarkdown = example ? `\n\n| instead of | write |\n|---|---|\n| ${example.bad} | ${example.good} |` : ''
    return {
      id,
      name: pascalCase(id),
      shortDescription: {text: rule.summary},
      fullDescription: {text: rule.summary},
      help: {text: `${rule.summary}${exampleText}\n\nMore: ${docs}`, markdown: `${rule.summary}${exampleMarkdown}\n\n[Read more](${docs})`},
      helpUri: docs,
      defaultConfiguration: {level: levels[rule.defaultSeverity]},
      properties: {tags: ['plain-language', id.startsWith('acronym') ? 'acronyms' : id]}
    }
  })
}

export function createSarifReporter(context: ReporterContext): Reporter {
  const placeholder = '"@@results@@"'
  const descriptors = ruleDescriptors(context.docsBase)
  const ruleIndex = new Map(descriptors.map((descriptor, index) => [descriptor.id, index]))
  const run: Run = {
    tool: {driver: {name: 'Plainspeak', semanticVersion: version, informationUri: context.docsBase.replace(/#.*$/, ''), rules: descriptors}},
    originalUriBaseIds: {[sourceRoot]: {uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}},
    columnKind: 'utf16CodeUnits'
  }
  const skeleton = JSON.stringify({version: '2.1.0', runs: [{...run, results: '@@results@@'}]} satisfies Log | object, undefined, 2)
  const cut = skeleton.indexOf(placeholder)
  const head = skeleton.slice(0, cut)
  const tail = skeleton.slice(cut + placeholder.length)
  let first = true

  return {
    start: () => `${head}[`,
    file(report) {
      const parts = resultParts(report, first, ruleIndex)
      if (report.messages.length > 0) first = false
      return parts
    },
    end(summary) {
      return `${first ? '' : '\n'}],\n"invocations": ${JSON.stringify([toInvocation(summary, context)])}${tail}\n`
    }
  }
}

/** Results per part of a file's output. */
const resultsPerPart = 500

/** A file's results, a few hundred at a time as the output takes them: a 5 MB file has tens of thousands. */
function* resultParts(report: FileReport, first: boolean, ruleIndex: ReadonlyMap<string, number>): Generator<string> {
  for (let from = 0; from < report.messages.length; from += resultsPerPart) {
    const results = report.messages.slice(from, from + resultsPerPart).map((message, index) => (first && from + index === 0 ? '\n' : ',\n') + JSON.stringify(toResult(report, message, ruleIndex.get(message.ruleId))))
    yield results.join('')
  }
}

function artifactLocation(shown: string, absolutePath: string): {uri: string; uriBaseId?: string} {
  if (path.isAbsolute(shown) || shown.startsWith('../')) return {uri: pathToFileURL(absolutePath).href}
  return {uri: shown.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRoot}
}

/** `ruleIndex`: where its rule is in the log's list of rules (`ruleDescriptors`). */
function toResult(report: FileReport, message: ReportMessage, ruleIndex: number | undefined): Result {
  const location = artifactLocation(report.path, report.absolutePath)
  // In a .docx, line N is paragraph N of the extracted text: character offsets into the zip file would mean nothing.
  const isText = report.format !== 'docx'
  const region = {
    startLine: message.line,
    startColumn: message.column,
    endLine: message.endLine,
    endColumn: message.endColumn,
    ...(isText ? {charOffset: message.offset, charLength: message.endOffset - message.offset} : {}),
    snippet: {text: message.actual}
  }
  const fixes: Fix[] = isText
    ? message.expected.map((replacement) => ({
        description: {text: `Replace “${message.actual}” with “${replacement}”.`},
        artifactChanges: [
          {
            artifactLocation: location,
            replacements: [{deletedRegion: {charOffset: message.offset, charLength: message.endOffset - message.offset}, insertedContent: {text: replacement}}]
          }
        ]
      }))
    : []
  return {
    ruleId: message.ruleId,
    ...(ruleIndex === undefined ? {} : {ruleIndex}),
    // A suggestion (shown with --suggestions) is minor: a note, whatever its rule's severity.
    level: message.suggestion ? 'note' : levels[message.severity],
    ...(message.suggestion ? {rank: 10} : {}),
    message: {text: message.note ? `${message.reason} ${message.note}` : message.reason},
    locations: [{physicalLocation: {artifactLocation: location, region}}],
    // Stable through edits elsewhere in the file: `plainspeak feedback dismiss` takes it.
    ...(message.fingerprint ? {partialFingerprints: {'plainspeak/v1': message.fingerprint}} : {}),
    ...(fixes.length > 0 ? {fixes} : {}),
    properties: {
      expected: message.expected,
      ...(message.suggestion ? {suggestion: true} : {}),
      // Offsets into the extracted text (paragraphs joined by line breaks), and where the paragraph is.
      ...(report.format === 'docx'
        ? {
            paragraph: message.line,
            offset: message.offset,
            endOffset: message.endOffset,
            ...(message.paragraph ? {heading: message.paragraph.heading, paragraphStart: message.paragraph.opening, where: describeParagraphPlace(message.paragraph, message.column)} : {})
          }
        : {}),
      // Every place of one repeated term shares the group, so a viewer can show "ensure ×20" once.
      ...(message.group ? {group: message.group.id, groupCount: message.group.count, groupOrdinal: message.group.ordinal} : {})
    }
  }
}

function toInvocation(summary: RunSummary, context: ReporterContext): Invocation {
  return {
    executionSuccessful: summary.failures.length === 0,
    exitCode: summary.exitCode,
    toolExecutionNotifications: summary.failures.map((failure) => ({
      level: 'error' as const,
      message: {text: failure.message},
      ...(failure.path ? {locations: [{physicalLocation: {artifactLocation: artifactLocation(failure.path, path.resolve(context.cwd, failure.path))}}]} : {})
    }))
  }
}
