// Every attack of issue 11, at the sizes of the original report, run through the built CLI and
// language server: wall time, peak memory (GNU time's maximum RSS of the whole process, worker
// threads included), exit code, the first line printed, and whether a secret leaked or an
// input changed.
//
//   node test/bench/hostile.js                 all attacks, writes test/bench/results/hostile.json and hostile.md
//   node test/bench/hostile.js --only 3a,4b    some of them, printed only
//   node test/bench/hostile.js --label before --out /tmp/before.json
//   node test/bench/hostile.js --only r3- --update     the attacks whose ids start so, written into
//                                                     results/hostile.json and hostile.md in place
//   PLAINSPEAK_BENCH_ROOT=/path/to/older/checkout node test/bench/hostile.js --only r3-1a --label before --out …
//                                              the same attacks against another built checkout
//
// Round 3's attacks (issue 23) live one module per area in hostile-attacks/; each exports a
// function that registers its attacks with the same `attack(id, title, run)` and tools as below.
// Their "before" figures are in results/hostile-before-*.json, one file per area.
//
// Needs GNU time (Debian `time`) at /usr/bin/time. A run that passes its time limit (180 s) is
// killed and recorded as "killed after …".
import {spawn} from 'node:child_process'
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {cpus, tmpdir, totalmem} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {docxBomb, docxLargeText, markdownShapes, secretMarker, yamlAliasBomb} from '../hostile/attacks.js'
import {fileUri, LspClient} from '../hostile/lsp.js'
import {readdirSync} from 'node:fs'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = process.env.PLAINSPEAK_BENCH_ROOT ? path.resolve(process.env.PLAINSPEAK_BENCH_ROOT) : path.join(here, '..', '..')
const cli = path.join(root, 'packages/cli/dist/bin.js')
const argv = process.argv.slice(2)
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined)
const only = option('--only')?.split(',')
const label = option('--label') ?? 'after'
const limitMs = Number(option('--limit') ?? 180_000)
const secret = secretMarker()
const passwdLine = /root:x?:0:0/

const paper = '# Housing plan\n\nThe council will signpost residents to advice. The JSNA was agreed in May.\n'

/** Runs the CLI under GNU time with a time limit; the whole process group is killed on time-out. */
function runCli(args, {cwd, input, env = {}} = {}) {
  const timeFile = path.join(tmpdir(), `plainspeak-time-${process.pid}-${Math.random().toString(36).slice(2)}`)
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn('/usr/bin/time', ['-f', '%e %M', '-o', timeFile, process.execPath, cli, ...args], {
      cwd,
      env: {...process.env, PLAINSPEAK_BENCH_SECRET: secret, ...env},
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      detached: true
    })
    let stdout = ''
    let stderr = ''
    let killed = false
    child.stdout.on('data', (chunk) => (stdout.length < 5_000_000 ? (stdout += chunk) : undefined))
    child.stderr.on('data', (chunk) => (stderr.length < 5_000_000 ? (stderr += chunk) : undefined))
    if (input !== undefined) {
      child.stdin.on('error', () => {})
      child.stdin.end(input)
    }
    const timer = setTimeout(() => {
      killed = true
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {}
    }, limitMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      const seconds = (performance.now() - started) / 1000
      let peakMb
      let exit = code
      try {
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n')
        const signal = /Command terminated by signal (\d+)/.exec(lines.join('\n'))
        const exitLine = /Command exited with non-zero status (\d+)/.exec(lines.join('\n'))
        if (exitLine) exit = Number(exitLine[1])
        if (signal) exit = `signal ${signal[1]}`
        const [, kb] = lines.at(-1).split(' ')
        peakMb = Math.round(Number(kb) / 1024)
        rmSync(timeFile, {force: true})
      } catch {}
      resolve({exit: killed ? 'killed' : exit, seconds: round(seconds), peakMb, stdout, stderr, killed})
    })
  })
}

const round = (value) => Math.round(value * 100) / 100

function folder(files = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'plainspeak-hostile-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), {recursive: true})
    writeFileSync(path.join(dir, name), content)
  }
  return dir
}

/** The first line worth reading from a run's output, shortened. */
function said(result) {
  if (!result.stderr.trim() && result.stdout.trim().startsWith('[')) {
    try {
      const report = JSON.parse(result.stdout)
      return `(JSON report of ${report.length} file${report.length === 1 ? '' : 's'}, ${report.reduce((total, file) => total + file.messages.length, 0)} findings)`
    } catch {}
  }
  const text = (result.stderr.trim() || result.stdout.trim()).split('\n').find((line) => line.trim() && !/^\s*at /.test(line)) ?? ''
  return text.length > 160 ? text.slice(0, 157) + '…' : text
}

function leaked(...texts) {
  return texts.some((text) => text.includes(secret) || passwdLine.test(text))
}

const attacks = []
const attack = (id, title, run) => attacks.push({id, title, run})

// 1. Configuration leaks a file -------------------------------------------------------------
function leakProject() {
  const outside = folder({'secret.yml': `${secret}: the password is ${secret}\n`})
  const project = folder({'paper.md': paper})
  writeFileSync(path.join(project, '.plainspeakrc.json'), JSON.stringify({dictionaries: ['/etc/passwd', '/proc/self/environ', path.join(outside, 'secret.yml')]}))
  return {project, outside}
}

attack('1a', 'config names /etc/passwd, /proc/self/environ and a secret file: CLI check', async () => {
  const {project, outside} = leakProject()
  const result = await runCli(['check', 'paper.md'], {cwd: project})
  rmSync(outside, {recursive: true, force: true})
  rmSync(project, {recursive: true, force: true})
  return {...result, leaked: leaked(result.stdout, result.stderr)}
})

attack('1b', 'the same config in the language server', async () => {
  const {project, outside} = leakProject()
  const timeFile = path.join(tmpdir(), `plainspeak-time-ls-${process.pid}`)
  const started = performance.now()
  const client = await LspClient.start({workspaceFolders: [project], wrapper: ['/usr/bin/time', '-f', '%e %M', '-o', timeFile], env: {PLAINSPEAK_BENCH_SECRET: secret}})
  const file = path.join(project, 'paper.md')
  await client.open(file, paper)
  await client.waitFor('plainspeak/stats', (params) => params.uri === fileUri(file))
  const everything = client.everything()
  const exit = await client.stop()
  const peakMb = Math.round(Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ')[1]) / 1024)
  const shown = client.received.filter((item) => item.method === 'textDocument/publishDiagnostics').flatMap((item) => item.params.diagnostics.map((d) => d.message))
  rmSync(outside, {recursive: true, force: true})
  rmSync(project, {recursive: true, force: true})
  return {exit: exit.code, seconds: round((performance.now() - started) / 1000), peakMb, stdout: '', stderr: shown[0] ?? '', leaked: leaked(everything)}
})

// 2. Writers over inputs --------------------------------------------------------------------
for (const [id, title, args] of [
  ['2a', 'check p.md --output p.md', ['check', 'p.md', '--output', 'p.md']],
  ['2b', 'check p.md --write-baseline p.md', ['check', 'p.md', '--write-baseline', 'p.md']],
  ['2c', 'glossary p.md -o p.md', ['glossary', 'p.md', '-o', 'p.md']],
  ['2d', 'stats p.md -o p.md', ['stats', 'p.md', '-o', 'p.md']]
]) {
  attack(id, title, async () => {
    const dir = folder({'p.md': paper})
    const result = await runCli(args, {cwd: dir})
    const unchanged = readFileSync(path.join(dir, 'p.md'), 'utf8') === paper
    rmSync(dir, {recursive: true, force: true})
    return {...result, inputUnchanged: unchanged}
  })
}

// 3. .docx bombs ----------------------------------------------------------------------------
let bomb
const getBomb = async () => (bomb ??= await docxBomb({megabytes: 1000}))
for (const [id, title, args, stdin] of [
  ['3a', 'zip bomb (1 GB document.xml in a 1 MB .docx): check', ['check', 'bomb.docx'], false],
  ['3b', 'zip bomb: check --stdin --stdin-filename bomb.docx', ['check', '--stdin', '--stdin-filename', 'bomb.docx'], true],
  ['3c', 'zip bomb: glossary', ['glossary', 'bomb.docx'], false],
  ['3d', 'zip bomb: stats', ['stats', 'bomb.docx'], false],
  ['3e', 'zip bomb among two good files: check folder', ['check', '.', '-f', 'json'], false]
]) {
  attack(id, title, async () => {
    const data = await getBomb()
    const dir = folder({'bomb.docx': data, ...(id === '3e' ? {'a.md': paper, 'b.md': paper} : {})})
    const result = await runCli(args, {cwd: dir, input: stdin ? data : undefined})
    rmSync(dir, {recursive: true, force: true})
    const othersReported = id === '3e' ? (result.stdout.match(/"path": ?"[ab]\.md"/g) ?? []).length : undefined
    return {...result, compressedMb: round(data.length / 1e6), ...(othersReported === undefined ? {} : {othersReported})}
  })
}
attack('3g', 'zip bomb of 300 MB of short paragraphs in a 1 MB .docx: check', async () => {
  const data = await docxBomb({megabytes: 300, paragraphs: true})
  const dir = folder({'bomb.docx': data})
  const result = await runCli(['check', 'bomb.docx'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return {...result, compressedMb: round(data.length / 1e6)}
})
attack('3h', 'zip bomb: the refusal itself, in process (reading the table of contents; the rest of 3a is starting Node and a worker)', async () => {
  const data = await getBomb()
  const {safeDocxArchive} = await import('../../packages/cli/dist/lib/zip.js')
  const times = []
  let said = ''
  for (let run = 0; run < 5; run++) {
    const started = performance.now()
    try {
      safeDocxArchive(data, {maxEntries: 10_000, maxXmlBytes: 20_000_000, maxRatio: 200})
    } catch (error) {
      said = error.message
    }
    times.push(performance.now() - started)
  }
  const lying = await docxBomb({megabytes: 1000, lie: true})
  const started = performance.now()
  try {
    safeDocxArchive(lying, {maxEntries: 10_000, maxXmlBytes: 20_000_000, maxRatio: 200})
  } catch {}
  const lyingMs = performance.now() - started
  times.sort((a, b) => a - b)
  return {exit: '–', seconds: round(times[2] / 1000), peakMb: undefined, stdout: '', stderr: said, refusalMs: round(times[2]), lyingRefusalMs: round(lyingMs)}
})
attack('3f', 'a .docx with a 50 MB document.xml of varied text', async () => {
  const data = docxLargeText(50)
  const dir = folder({'big.docx': data})
  const result = await runCli(['check', 'big.docx'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return {...result, compressedMb: round(data.length / 1e6)}
})

// 4. Markdown shapes ------------------------------------------------------------------------
for (const [id, title, make] of [
  ['4a', '`[`×50,000 JSNA `](x)`×50,000 (200 KB)', () => markdownShapes.brackets(50_000)],
  ['4b', '1,000 nested list levels', () => markdownShapes.nestedLists(1000)],
  ['4c', '2,000 nested list levels', () => markdownShapes.nestedLists(2000)],
  ['4d', '3,000 nested blockquotes', () => markdownShapes.nestedQuotesLines(3000)],
  ['4e', '`x]`×40,000 (closers with no opener)', () => 'x]'.repeat(40_000) + '\n'],
  ['4f', '`*a `×10,000 then `b_ `×10,000 (emphasis closers with no opener)', () => '*a '.repeat(10_000) + 'b_ '.repeat(10_000) + '\n'],
  ['4g', '2,000 backtick runs of different lengths', () => Array.from({length: 2000}, (_, index) => '`'.repeat(index + 1)).join(' x ') + '\n']
]) {
  attack(id, title, async () => {
    const text = make()
    const dir = folder({'shape.md': text, 'good.md': paper})
    const result = await runCli(['check', 'shape.md', 'good.md', '-f', 'json'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return {...result, sizeKb: Math.round(text.length / 1000), goodFileReported: /"path": ?"good\.md"/.test(result.stdout)}
  })
}

// 5. A FIFO or a device as a dictionary ----------------------------------------------------
attack('5a', 'a FIFO named as a dictionary', async () => {
  const dir = folder({'paper.md': paper, '.plainspeakrc.json': JSON.stringify({dictionaries: ['words.yml']})})
  execFileSync('mkfifo', [path.join(dir, 'words.yml')])
  const result = await runCli(['check', 'paper.md'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return result
})
attack('5b', '/dev/zero named as a dictionary', async () => {
  const dir = folder({'paper.md': paper, '.plainspeakrc.json': JSON.stringify({dictionaries: ['/dev/zero']})})
  const result = await runCli(['check', 'paper.md'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return result
})

// 6. Folder walks and symbolic links --------------------------------------------------------
attack('6a', 'a symlink loop in the folder checked (docs/sub/loop -> docs)', async () => {
  const dir = folder({'docs/a.md': paper, 'docs/sub/b.md': paper})
  symlinkSync('..', path.join(dir, 'docs/sub/loop'))
  const result = await runCli(['check', 'docs', '-f', 'json'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  let reported
  try {
    reported = JSON.parse(result.stdout).length
  } catch {}
  return {...result, filesReported: reported, distinctFiles: 2}
})
attack('6b', 'a symlink to /etc/passwd named passwd.md, HTML report', async () => {
  const dir = folder({'docs/a.md': paper})
  symlinkSync('/etc/passwd', path.join(dir, 'docs/passwd.md'))
  const result = await runCli(['check', 'docs', '-f', 'html'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return {...result, leaked: leaked(result.stdout, result.stderr)}
})

// 7. Dictionary terms that match everything, and hidden characters ----------------------------
attack('7a', 'dict lint on a term "(a+)+$", then check with it', async () => {
  const dir = folder({'words.yml': '- term: "(a+)+$"\n  kind: jargon\n  source: govuk-writing\n  alternatives: [one]\n', 'paper.md': 'I saw a cat and a dog.\n'})
  const lint = await runCli(['dict', 'lint', 'words.yml'], {cwd: dir})
  const checked = await runCli(['check', 'paper.md', '-d', 'words.yml', '-f', 'json'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  let findings
  try {
    findings = JSON.parse(checked.stdout)[0].messages.filter((message) => message.actual === 'a').length
  } catch {}
  return {...lint, stderr: lint.stdout, findingsOnA: findings}
})
attack('7b', 'zero-width space inside "stake\\u200Bholders"', async () => {
  const dir = folder({'paper.md': 'Our stake\u200Bholders and our stakeholders agreed.\n'})
  const result = await runCli(['check', 'paper.md', '-f', 'json'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  let found
  try {
    found = JSON.parse(result.stdout)[0].messages.filter((message) => message.ruleId === 'jargon').map((message) => JSON.stringify(message.actual).replace(/[\u200b\u00ad]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`))
  } catch {}
  return {...result, jargonFound: found}
})

// 8. Language server writes outside the workspace ------------------------------------------
attack('8', 'language server: add to allow list with a URI outside the workspace', async () => {
  const workspace = folder({'paper.md': paper})
  const outside = folder({})
  const timeFile = path.join(tmpdir(), `plainspeak-time-ls8-${process.pid}`)
  const started = performance.now()
  const client = await LspClient.start({workspaceFolders: [workspace], wrapper: ['/usr/bin/time', '-f', '%e %M', '-o', timeFile]})
  const target = path.join(outside, 'elsewhere.md')
  let answer
  try {
    answer = await client.command('plainspeak.server.addToAllowList', {uri: fileUri(target), term: 'signpost'})
  } catch (error) {
    answer = {error: error.message}
  }
  const written = existsSync(path.join(outside, '.plainspeakrc.json'))
  const shown = client.received.filter((item) => item.method.startsWith('window/showMessage')).map((item) => item.params.message)
  const exit = await client.stop()
  const peakMb = Math.round(Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ')[1]) / 1024)
  rmSync(workspace, {recursive: true, force: true})
  rmSync(outside, {recursive: true, force: true})
  return {exit: exit.code, seconds: round((performance.now() - started) / 1000), peakMb, stdout: '', stderr: shown[0] ?? JSON.stringify(answer), wroteOutside: written}
})

// 9. Messages -------------------------------------------------------------------------------
attack('9a', 'a YAML alias bomb as a dictionary (dict lint)', async () => {
  const dir = folder({'words.yml': yamlAliasBomb()})
  const result = await runCli(['dict', 'lint', 'words.yml'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return {...result, stderr: result.stdout + result.stderr}
})
attack('9b', 'a full disk: --output /dev/full', async () => {
  const dir = folder({'paper.md': paper})
  const result = await runCli(['check', 'paper.md', '--output', '/dev/full'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return result
})
attack('9c', 'a FIFO as the file to check', async () => {
  const dir = folder({})
  execFileSync('mkfifo', [path.join(dir, 'pipe.md')])
  const result = await runCli(['check', 'pipe.md'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return result
})
attack('9d', 'a symlink loop as the file to check (loop.md -> loop.md)', async () => {
  const dir = folder({})
  symlinkSync('loop.md', path.join(dir, 'loop.md'))
  const result = await runCli(['check', 'loop.md'], {cwd: dir})
  rmSync(dir, {recursive: true, force: true})
  return result
})

// Round 3 (issue 23): one module per area ---------------------------------------------------
const attackFolder = path.join(here, 'hostile-attacks')
const tools = {runCli, folder, leaked, said, round, secret, paper, cli, root, LspClient, fileUri}
for (const file of existsSync(attackFolder) ? readdirSync(attackFolder).filter((name) => name.endsWith('.js')).sort() : []) {
  const register = (await import(pathToFileURL(path.join(attackFolder, file)).href)).default
  // Ids are named by area ("r3-2a" in writers.js is r3-writers-2a): two areas may number alike.
  const area = file.replace(/\.js$/, '')
  register((id, title, run) => attack(areaId(id, area), title, run), tools)
}

// --- run ------------------------------------------------------------------------------------
const results = {date: new Date().toISOString(), label, machine: {cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version}, commit: commit(), attacks: []}
for (const {id, title, run} of attacks) {
  if (only && !only.some((wanted) => id === wanted || (wanted.endsWith('-') && id.startsWith(wanted)))) continue
  process.stderr.write(`${id} ${title} … `)
  const result = await run()
  const {stdout, stderr, killed, ...figures} = result
  const entry = {id, title, ...figures, said: said({stdout: stdout ?? '', stderr: stderr ?? ''})}
  results.attacks.push(entry)
  process.stderr.write(`${entry.exit} in ${entry.seconds} s, ${entry.peakMb ?? '?'} MB\n`)
}

const out = option('--out')
if (argv.includes('--update')) {
  // Replace these attacks' figures in the last full run's results, and write the table again.
  const folderOut = path.join(here, 'results')
  const previous = JSON.parse(readFileSync(path.join(folderOut, 'hostile.json'), 'utf8'))
  const fresh = new Map(results.attacks.map((entry) => [entry.id, entry]))
  const kept = previous.attacks.filter((entry) => !fresh.has(entry.id))
  results.attacks = [...kept, ...results.attacks]
  writeFileSync(path.join(folderOut, 'hostile.json'), JSON.stringify(results, null, 2) + '\n')
  writeFileSync(path.join(folderOut, 'hostile.md'), summary(results, befores(folderOut)))
  process.stderr.write(`updated ${fresh.size} attacks in test/bench/results/hostile.json and hostile.md\n`)
} else if (out || only) {
  const json = JSON.stringify(results, null, 2) + '\n'
  if (out) writeFileSync(out, json)
  else process.stdout.write(json)
} else {
  const folderOut = path.join(here, 'results')
  writeFileSync(path.join(folderOut, 'hostile.json'), JSON.stringify(results, null, 2) + '\n')
  writeFileSync(path.join(folderOut, 'hostile.md'), summary(results, befores(folderOut)))
  process.stderr.write(`written: test/bench/results/hostile.json and hostile.md\n`)
}

/** An attack's id within its area's module, named by the area: `r3-2a` in writers.js is `r3-writers-2a`. */
function areaId(id, area) {
  return id.startsWith(`r3-${area}-`) ? id : id.replace(/^r3-/, `r3-${area}-`)
}

/** hostile-before.json holds round 2's "before"; hostile-before-<area>.json hold each later area's. */
function befores(folderOut) {
  const beforeFiles = readdirSync(folderOut).filter((name) => /^hostile-before(-[\w-]+)?\.json$/.test(name)).sort()
  const all = beforeFiles.map((name) => {
    const area = /^hostile-before-([\w-]+)\.json$/.exec(name)?.[1]
    const data = JSON.parse(readFileSync(path.join(folderOut, name), 'utf8'))
    return {...data, attacks: data.attacks.map((entry) => (area ? {...entry, id: areaId(entry.id, area)} : entry))}
  })
  return all.length ? {...all[0], attacks: all.flatMap((item) => item.attacks.map((entry) => ({...entry, commit: item.commit})))} : undefined
}

function commit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {cwd: root, encoding: 'utf8'}).trim()
  } catch {
    return 'unknown'
  }
}

function describe(entry) {
  const extra = []
  if (entry.leaked !== undefined) extra.push(entry.leaked ? '**secret leaked**' : 'no leak')
  if (entry.inputUnchanged !== undefined) extra.push(entry.inputUnchanged ? 'input unchanged' : '**input destroyed**')
  if (entry.othersReported !== undefined) extra.push(`other files reported: ${entry.othersReported}/2`)
  if (entry.goodFileReported !== undefined) extra.push(entry.goodFileReported ? 'other file reported' : '**other file lost**')
  if (entry.filesReported !== undefined) extra.push(`${entry.filesReported ?? '?'} reports for ${entry.distinctFiles} files`)
  if (entry.findingsOnA !== undefined) extra.push(`${entry.findingsOnA ?? '?'} findings on "a"`)
  if (entry.jargonFound !== undefined) extra.push(`jargon found: ${(entry.jargonFound ?? []).join(', ') || 'none'}`)
  if (entry.wroteOutside !== undefined) extra.push(entry.wroteOutside ? '**wrote outside the workspace**' : 'nothing written outside')
  // Round 3's modules report their own figures: any other field is printed as it is.
  const known = new Set(['id', 'title', 'exit', 'seconds', 'peakMb', 'said', 'commit', 'leaked', 'inputUnchanged', 'othersReported', 'goodFileReported', 'filesReported', 'distinctFiles', 'findingsOnA', 'jargonFound', 'wroteOutside', 'refusalMs', 'lyingRefusalMs', 'sizeKb', 'compressedMb'])
  for (const [key, value] of Object.entries(entry)) if (!known.has(key) && value !== undefined) extra.push(`${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
  if (entry.refusalMs !== undefined) extra.push(`refused in ${entry.refusalMs} ms (honest sizes), ${entry.lyingRefusalMs} ms (lying headers: inflated up to the 20 MB cap)`)
  return extra.join('; ')
}

function cell(entry) {
  if (!entry) return 'not run'
  const said = entry.said.replace(/\|/g, '\\|').replace(/`/g, "'")
  return `exit ${entry.exit}, ${entry.seconds} s, ${entry.peakMb ?? '?'} MB; ${describe(entry)}${said ? `; “${said}”` : ''}`
}

function summary(after, before) {
  const lines = [
    '# Hostile inputs: before and after',
    '',
    `\`node test/bench/hostile.js\` on ${after.machine.cpu} (${after.machine.cores} cores, ${after.machine.memoryGb} GB), Node ${after.machine.node}.`,
    `Each attack runs the built CLI (or language server) once under GNU time: wall time, peak RSS of the whole process (worker threads included), exit code and the first line printed. Runs are killed after ${limitMs / 1000} s.`,
    '',
    before ? `Before: commit ${before.commit} (${before.date.slice(0, 10)}). After: commit ${after.commit} (${after.date.slice(0, 10)}).` : `Commit ${after.commit} (${after.date.slice(0, 10)}).`,
    '',
    before ? '| attack | before | after |' : '| attack | result |',
    before ? '|---|---|---|' : '|---|---|'
  ]
  for (const entry of after.attacks) {
    const earlier = before?.attacks.find((item) => item.id === entry.id)
    lines.push(before ? `| ${entry.id} ${entry.title} | ${cell(earlier)} | ${cell(entry)} |` : `| ${entry.id} ${entry.title} | ${cell(entry)} |`)
  }
  return lines.join('\n') + '\n'
}
