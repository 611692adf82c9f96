/**
 * Files that are not what a config says they are: never quoted, never read when they are not
 * regular files, never expanded into billions of values, and terms that would match everything
 * are refused. Each problem is located and says what to do.
 */
import {mkdtemp, mkdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {readRegularFile, realFolder} from '@plainspeak/base/node'
import {formatProblem, parseDictionary} from '../src/index.js'
import {loadDictionaryFiles} from '../src/node.js'

const lint = (text: string, file = 'words.yml') => parseDictionary(text, file).problems.map(formatProblem)

let dir: string
beforeAll(async () => {
  dir = await realFolder(await mkdtemp(path.join(tmpdir(), 'plainspeak-dict-hostile-')))
})
afterAll(() => rm(dir, {recursive: true, force: true}))

describe('reading only regular files, within limits', () => {
  it('follows a link only to a file inside the folders allowed', async () => {
    const project = path.join(dir, 'project')
    const outside = path.join(dir, 'outside')
    await mkdir(project)
    await mkdir(outside)
    await writeFile(path.join(outside, 'secret.yml'), '- term: secret\n')
    await writeFile(path.join(project, 'own.yml'), '- term: own\n')
    await symlink(path.join(outside, 'secret.yml'), path.join(project, 'link.yml'))
    await symlink('own.yml', path.join(project, 'alias.yml'))
    const within = [project]
    await expect(readRegularFile(path.join(project, 'link.yml'), {maxBytes: 1000, within})).rejects.toMatchObject({problem: 'outside'})
    expect((await readRegularFile(path.join(project, 'alias.yml'), {maxBytes: 1000, within})).toString()).toBe('- term: own\n')
    // Through the loader: the folder's files are read, the link out is named and not read.
    const loaded = await loadDictionaryFiles([project], {within})
    expect(loaded.files.map((file) => path.basename(file.file))).toEqual(['alias.yml', 'own.yml'])
    expect(loaded.problems.map((problem) => `${path.basename(problem.file)}:${problem.line}:${problem.column}: ${problem.message}`)).toEqual([
      'link.yml:1:1: This file is a symbolic link to a file outside the folders dictionaries may come from (the project and any organisation folder), so Plainspeak did not read it.'
    ])
  })

  it('names the limit for a dictionary file that is too large', async () => {
    await writeFile(path.join(dir, 'huge.yml'), '- term: x\n'.repeat(300_000))
    const loaded = await loadDictionaryFiles([path.join(dir, 'huge.yml')])
    expect(loaded.problems.map((problem) => problem.message)).toEqual(['This file is 3 MB, over the 2 MB limit for a dictionary file. Split it into smaller files.'])
  })
})

describe('never quoting a file that is not a dictionary', () => {
  const secret = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n'

  it('says a text file is not a dictionary without quoting it', () => {
    const problems = lint(secret, 'passwd')
    expect(problems).toEqual([
      'passwd:1:1: error: A dictionary file must be a list of entries, each starting with "- term:" or "- acronym:" at the start of a line. (Well-known acronyms go in well-known.yml and sources in sources.yml.) Found plain text instead.'
    ])
  })

  it('says a list of other things is not a dictionary, once, without quoting it', () => {
    expect(lint('- hunter2-password\n- another-secret\n')).toEqual([
      'words.yml:1:3: error: This file is a list, but none of its items is a dictionary entry ("- term:", "- acronym:" or "- code:" with its fields), so it is not a dictionary file. Check that the right file is named.'
    ])
    expect(lint('- hosts: all\n  vars: {password: hunter2}\n').join('\n')).not.toContain('hunter2')
  })

  it('quotes at most a short, escaped excerpt of a value in a dictionary', () => {
    const problems = lint(`- term: signpost\n  kind: jargon\n  source: govuk-writing\n  alternatives: "${'a'.repeat(500)}\\u0007\\nforged line"\n`)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toContain(`the text "${'a'.repeat(40)}…"`)
    expect(problems[0]).not.toContain('forged')
  })
})

describe('YAML that would exhaust the parser', () => {
  it('locates an alias bomb at the alias, not at 1:1', () => {
    const levels = ['- term: signpost', '  kind: jargon', '  source: govuk-writing', '  alternatives: [refer]', '  note: &a0 see']
    for (let level = 1; level <= 8; level++) levels.push(`- &a${level} [${Array.from({length: 9}, () => `*a${level - 1}`).join(', ')}]`)
    const started = performance.now()
    const problems = lint(levels.join('\n') + '\n')
    expect(performance.now() - started).toBeLessThan(2000)
    expect(problems).toEqual([
      'words.yml:13:8: error: The alias *a7 here stands for 5,380,840 values: aliases that repeat other aliases multiply (the file would expand to 54,481,022 values, over the limit of 100,000). Write the values out instead of repeating aliases.'
    ])
  })

  it('refuses nesting deep enough to exhaust the parser’s stack, at its line', () => {
    const deepList = Array.from({length: 2000}, (_, depth) => ' '.repeat(depth) + '- x').join('\n')
    expect(lint(deepList)[0]).toMatch(/^words\.yml:192:194: error: This line is indented or nested more than 64 levels deep\. Check the indentation/)
    expect(lint('- term: ' + '['.repeat(100_000))[0]).toMatch(/^words\.yml:1:73: error: Brackets are nested more than 64 levels deep here\. Check for a missing "\]"/)
    expect(lint('- ' .repeat(5000) + 'x')[0]).toMatch(/^words\.yml:1:\d+: error: This line is indented or nested more than 64 levels deep/)
  })
})

describe('terms must be words', () => {
  const entry = (term: string, extra = '') => `- term: "${term}"\n  kind: jargon\n  source: govuk-writing\n  alternatives: [one]\n${extra}`

  it('refuses a pattern such as (a+)+$, which would match every "a"', () => {
    expect(lint(entry('(a+)+$'))).toEqual([
      'words.yml:1:9: error: Entry "(a+)+$": its term has characters that are not part of words ("(", "+", ")", "$"), which matching ignores. Terms are matched word by word: write the words only, such as "signpost" or "going forward".'
    ])
  })

  it('refuses a term or form with no letters', () => {
    expect(lint(entry('?!'))[0]).toContain('Entry "?!": its term has no letters.')
    expect(lint(entry('signpost', '  forms: ["123"]\n'))).toEqual([
      'words.yml:5:11: error: Entry "signpost": its form "123" has no letters. Terms are matched word by word: write the words only, such as "signpost" or "going forward".'
    ])
  })

  it('accepts words with hyphens, apostrophes, slashes, dots and ampersands', () => {
    for (const term of ['hard-to-reach', 'council’s', "people's", 'and/or', 'e.g.', 'A&E staff', 'S151 officer', 'café']) expect(lint(entry(term)), term).toEqual([])
  })

  it('refuses an acronym with no letters', () => {
    expect(lint('- acronym: "123"\n  expansion: One two three\n  domain: general\n  source: govuk-writing\n')[0]).toContain('Acronym "123" has no letters.')
  })
})
