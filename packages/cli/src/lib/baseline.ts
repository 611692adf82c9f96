/**
 * Baselines: accept today's findings so that only new ones fail. A finding is matched by its
 * file, rule, text and a few words either side, never by line number, so editing other parts of
 * the document does not break the match. Matching counts: two identical findings need two
 * entries.
 */
import path from 'node:path'
import {FileReadError, readRegularFile} from '@plainspeak/base/node'
import {findingKey, type FindingContext} from '@plainspeak/core'
import type {ReportMessage} from './report-message.js'
import {UsageError} from './errors.js'
import {writeWholeOutput} from './output.js'

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Largest baseline read: about 200,000 findings. */
const maxBaselineBytes = 50_000_000


export interface BaselineEntry extends FindingContext {
  /** Relative to the folder the baseline file is in, with forward slashes. */
  path: string
  ruleId: string
  actual: string
  count: number
}

export interface BaselineFile {
  version: 1
  findings: BaselineEntry[]
}


/** The file's path, then core's `findingKey`: the words a fingerprint is hashed from. */
function keyOf(entry: {path: string; ruleId: string; actual: string; before: string; after: string}): string {
  return JSON.stringify([entry.path, ...findingKey(entry.ruleId, entry.actual, entry)])
}

/** Paths in the baseline are relative to its folder, so the baseline works from any working folder. */
export class Baseline {
  private readonly remaining = new Map<string, number>()

  constructor(
    private readonly directory: string,
    entries: readonly BaselineEntry[] = []
  ) {
    for (const entry of entries) this.remaining.set(keyOf(entry), (this.remaining.get(keyOf(entry)) ?? 0) + entry.count)
  }

  static async read(file: string): Promise<Baseline> {
    let text: string
    try {
      text = (await readRegularFile(file, {maxBytes: maxBaselineBytes})).toString('utf8')
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error
      throw new UsageError(`Cannot read the baseline file ${file}: ${error.problem === 'missing' ? 'File not found. Create it with --write-baseline.' : error.message}`)
    }
    let data: BaselineFile
    try {
      data = JSON.parse(text) as BaselineFile
    } catch {
      throw new UsageError(`The baseline file ${file} is not valid JSON. Write it again with --write-baseline.`)
    }
    if (data?.version !== 1 || !Array.isArray(data.findings) || !data.findings.every(isEntry)) {
      throw new UsageError(`The baseline file ${file} is not a Plainspeak baseline (version 1). Write it again with --write-baseline.`)
    }
    return new Baseline(path.dirname(path.resolve(file)), data.findings)
  }

  /** `true` when the finding is in the baseline (and uses up one of its entries). */
  accepts(absolutePath: string, message: ReportMessage, context: FindingContext): boolean {
    const key = keyOf({path: this.relative(absolutePath), ruleId: message.ruleId, actual: message.actual, ...context})
    const left = this.remaining.get(key) ?? 0
    if (left === 0) return false
    this.remaining.set(key, left - 1)
    return true
  }

  relative(absolutePath: string): string {
    return path.relative(this.directory, absolutePath).split(path.sep).join('/')
  }
}

function isEntry(value: unknown): value is BaselineEntry {
  const entry = value as BaselineEntry
  return (
    typeof entry === 'object' && entry !== null &&
    ['path', 'ruleId', 'actual', 'before', 'after'].every((key) => typeof (entry as unknown as Record<string, unknown>)[key] === 'string') &&
    Number.isInteger(entry.count) && entry.count > 0
  )
}

/** Collects findings while a run streams past, then writes them sorted so the file diffs well. */
export class BaselineWriter {
  private readonly counts = new Map<string, BaselineEntry>()
  private readonly directory: string

  constructor(private readonly file: string) {
    this.directory = path.dirname(path.resolve(file))
  }

  add(absolutePath: string, message: ReportMessage, context: FindingContext): void {
    const entry = {
      path: path.relative(this.directory, absolutePath).split(path.sep).join('/'),
      ruleId: message.ruleId,
      actual: normalise(message.actual),
      before: normalise(context.before),
      after: normalise(context.after),
      count: 1
    }
    const key = keyOf(entry)
    const existing = this.counts.get(key)
    if (existing) existing.count++
    else this.counts.set(key, entry)
  }

  get size(): number {
    let total = 0
    for (const entry of this.counts.values()) total += entry.count
    return total
  }

  /** The baseline that accepts exactly what was written. */
  toBaseline(): Baseline {
    return new Baseline(this.directory, [...this.counts.values()])
  }

  async write(): Promise<void> {
    const findings = [...this.counts.values()].sort((a, b) => compare(keyOf(a), keyOf(b)))
    const data: BaselineFile = {version: 1, findings}
    await writeWholeOutput(JSON.stringify(data, undefined, 2) + '\n', this.file, 'the baseline', '--write-baseline')
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
