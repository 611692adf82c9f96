#!/usr/bin/env node
/**
 * `plainspeak-dict`: compile, lint and document the dictionaries.
 *
 *   compile [--dir DIR] [--out DIR]   dictionaries/ → dist/builtin.js (+ .d.ts, JSON schema, the entries' docs)
 *   lint [--standalone] [files…]       check files (default: the built-in dictionaries)
 *   table [--dir DIR]                  regenerate the table in dictionaries/README.md
 *   check-generated [--dir DIR]        fail if that table is stale (CI)
 */
import {copyFile, mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {renderBuiltinDeclarations, renderBuiltinModule} from './lib/builtin-module.js'
import {formatProblems, hasErrors, plural, summariseProblems} from './lib/problems.js'
import {regenerateTableCommand, renderDictionaryTables, replaceGeneratedSection} from './lib/readme-table.js'
import {dictionarySchema, dictionarySchemaFileName} from './lib/schema.js'
import {builtinDictionariesDirectory, compileBuiltinDictionaries, distDirectory, lintDictionaryFiles, type CompiledFiles} from './node.js'

interface Command {
  summary: string
  run: (args: ParsedArgs) => Promise<number>
}

interface ParsedArgs {
  positionals: string[]
  /** Lint files on their own instead of layered on the built-in dictionaries. */
  standalone: boolean
  dir: string
  out: string
}

const commands: Record<string, Command> = {
  compile: {
    summary: 'compile dictionaries/ into dist/builtin.js (fails on any error in the data)',
    async run({dir, out}) {
      await mkdir(out, {recursive: true})
      // The schema does not depend on the data: write it even when the data has errors.
      await writeFile(path.join(out, dictionarySchemaFileName), JSON.stringify(dictionarySchema, undefined, 2) + '\n')
      const compiled = await compileData(dir)
      if (compiled === undefined) return 1
      await writeFile(path.join(out, 'builtin.js'), renderBuiltinModule(compiled.dictionary))
      await writeFile(path.join(out, 'builtin.d.ts'), renderBuiltinDeclarations())
      // The entries' docs (every term and acronym, with alternatives and sources) travel with the data.
      await copyFile(path.join(dir, 'README.md'), path.join(out, 'dictionaries.md')).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error
      })
      const {terms, acronyms} = compiled.dictionary
      const from = compiled.fileCount === 0 ? 'no dictionary files yet' : plural(compiled.fileCount, 'file')
      console.log(`Compiled ${plural(terms.length, 'term')} and ${plural(acronyms.length, 'acronym')} from ${from} into ${path.relative(process.cwd(), path.join(out, 'builtin.js'))}.`)
      return 0
    }
  },

  lint: {
    summary: 'check dictionary files or folders (default: the built-in dictionaries); exit 1 on errors',
    async run({positionals, standalone}) {
      const result = await lintDictionaryFiles(positionals, standalone ? {base: null} : {})
      process.stdout.write(formatProblems(result.problems))
      console.log(result.summary)
      return result.exitCode
    }
  },

  table: {
    summary: 'regenerate the table of entries in dictionaries/README.md',
    async run({dir}) {
      const readmePath = path.join(dir, 'README.md')
      const update = await updatedReadme(dir, readmePath)
      if (update === undefined) return 1
      if (update.current === update.text) {
        console.log(`${displayPath(readmePath)} is already up to date.`)
      } else {
        await writeFile(readmePath, update.text)
        console.log(`Updated the table in ${displayPath(readmePath)}.`)
      }
      return 0
    }
  },

  'check-generated': {
    summary: 'fail if the table in dictionaries/README.md does not match the data (for CI)',
    async run({dir}) {
      const readmePath = path.join(dir, 'README.md')
      const update = await updatedReadme(dir, readmePath)
      if (update === undefined) return 1
      if (update.current !== update.text) {
        console.error(`${displayPath(readmePath)}: the table of entries is stale: it does not match the dictionary files. Run \`${regenerateTableCommand}\` and commit the result.`)
        return 1
      }
      console.log(`${displayPath(readmePath)} is up to date.`)
      return 0
    }
  }
}

/** Compile a dictionaries folder, printing problems; undefined when it has errors. */
async function compileData(dir: string): Promise<CompiledFiles | undefined> {
  const compiled = await compileBuiltinDictionaries(dir)
  process.stderr.write(formatProblems(compiled.problems))
  if (hasErrors(compiled.problems)) {
    console.error(`${summariseProblems(compiled.problems, compiled.fileCount)} Fix the errors above; nothing was written.`)
    return undefined
  }
  return compiled
}

async function updatedReadme(dir: string, readmePath: string): Promise<{current: string; text: string} | undefined> {
  const compiled = await compileData(dir)
  if (compiled === undefined) return undefined
  const current = await readFile(readmePath, 'utf8').catch(() => undefined)
  if (current === undefined) {
    console.error(`${displayPath(readmePath)}: file not found. It holds the instructions for editing the dictionaries and the generated table.`)
    return undefined
  }
  const replaced = replaceGeneratedSection(current, renderDictionaryTables(compiled.dictionary))
  if ('error' in replaced) {
    console.error(`${displayPath(readmePath)}: ${replaced.error}`)
    return undefined
  }
  return {current, text: replaced.text}
}

/** Built-in files as `dictionaries/<name>` wherever the command runs (as lint names them). */
function displayPath(file: string): string {
  const insideBuiltin = path.relative(builtinDictionariesDirectory, file)
  if (!insideBuiltin.startsWith('..') && !path.isAbsolute(insideBuiltin)) return path.join('dictionaries', insideBuiltin)
  return path.relative(process.cwd(), file) || file
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, command]) => `  ${name.padEnd(16)} ${command.summary}`)
  return [
    'Usage: plainspeak-dict <command> [options]',
    '',
    ...lines,
    '',
    'Options:',
    '  --dir DIR   the dictionaries folder (default: the repository’s dictionaries/)',
    '  --out DIR   where compile writes builtin.js (default: this package’s dist/)',
    '  --standalone  lint: check the files on their own, not layered on the built-in dictionaries'
  ].join('\n')
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    console.log(usage())
    return name === undefined ? 2 : 0
  }
  const command = commands[name]
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`)
    return 2
  }
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {dir: {type: 'string'}, out: {type: 'string'}, standalone: {type: 'boolean'}}
    })
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage()}`)
    return 2
  }
  const {values, positionals} = parsed
  return command.run({
    positionals,
    standalone: values.standalone ?? false,
    dir: path.resolve(values.dir ?? builtinDictionariesDirectory),
    out: path.resolve(values.out ?? distDirectory)
  })
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error))
    process.exitCode = 1
  }
)
