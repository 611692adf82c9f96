// `plainspeak fix` in bulk, against its targets:
// - 5 MB of Markdown (five 1 MB papers), diff printed and written in place: under 10 s;
// - a 100-page Word document into a tracked-changes copy: under 5 s and under 400 MB. About
//   45,000 words in headings, paragraphs whose runs change formatting mid-word, tables,
//   footnotes, fields and earlier tracked changes, with jargon to fix and long sentences to
//   comment on; the copy is checked with pandoc.
// Runs the built CLI under GNU time: wall time, CPU time and peak memory (maximum RSS of the
// whole process, worker thread included), the median of 3 runs.
//
//   node test/bench/fix.js            writes test/bench/results/fix.json
//   node test/bench/fix.js --print    prints only
//
// Needs GNU time at /usr/bin/time, and pandoc for the check of the copy.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {cpus, loadavg, tmpdir, totalmem} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {buildZip} from '../hostile/attacks.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const cli = path.join(here, '..', '..', 'packages/cli/dist/bin.js')
const pages = 100
const target = {seconds: 5, peakMb: 400}
const markdownTarget = {seconds: 10, megabytes: 5}

const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
const r = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
// As Word writes them: revision ids on every run and paragraph, fonts and sizes on every run.
const font = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="24"/><w:szCs w:val="24"/>'
const run = (text, properties = '') => `<w:r w:rsidR="00A1B2C3" w:rsidRPr="00D4E5F6"><w:rPr>${font}${properties}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`
const words = ['the', 'council', 'will', 'review', 'housing', 'repairs', 'for', 'tenants', 'in', 'each', 'ward', 'and', 'report', 'to', 'cabinet', 'next', 'year', 'with', 'a', 'plan', 'for', 'care', 'homes', 'and', 'parks']

/** Sentences of the given length from the word list, the same for the same seed every run. */
function sentenceMaker(start) {
  let seed = start
  const next = (n) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n
  return (length) => {
    const chosen = Array.from({length}, () => words[next(words.length)])
    chosen[0] = chosen[0][0].toUpperCase() + chosen[0].slice(1)
    return chosen.join(' ') + '.'
  }
}

/** A board paper of `pages` pages (about 450 words a page), the same every run. */
export function boardPaper(pageCount = pages) {
  const sentence = sentenceMaker(2718)
  const body = []
  let footnote = 0
  for (let page = 1; page <= pageCount; page++) {
    const mark = body.length
    body.push(`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run(`Section ${page}: repairs and care`)}</w:p>`)
    // Jargon split by formatting, in a hyperlink and plain; a footnote; a field; an earlier reviewer's insertion.
    body.push(`<w:p>${run(`${sentence(9)} We will util`)}${run('ise', '<w:b/>')}${run(` the new system. ${sentence(12)}`)}</w:p>`)
    body.push(`<w:p>${run('In order to help, ')}<w:hyperlink r:id="rLink">${run('tenants can utilise the portal', '<w:rStyle w:val="Hyperlink"/>')}</w:hyperlink>${run(`. ${sentence(10)}`)}</w:p>`)
    body.push(`<w:p>${run(`${sentence(8)} The team will utilise`)}<w:r><w:footnoteReference w:id="${++footnote}"/></w:r>${run(` the fund. ${sentence(14)}`)}</w:p>`)
    body.push(`<w:p>${run('Agreed on ')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('1 May')}<w:r><w:fldChar w:fldCharType="end"/></w:r>${run(`. ${sentence(11)}`)}</w:p>`)
    body.push(`<w:p>${run(`${sentence(7)} `)}<w:ins w:id="${100000 + page}" w:author="Clerk" w:date="2026-11-02T09:00:00Z">${run('We will utilise spare rooms. ')}</w:ins>${run(sentence(9))}</w:p>`)
    // A long sentence, for a comment.
    body.push(`<w:p>${run(sentence(42))}</w:p>`)
    for (let paragraph = 0; paragraph < 6; paragraph++) body.push(`<w:p>${run(`${sentence(12)} ${sentence(15)} ${sentence(11)}`)}${run(` ${sentence(10)}`, '<w:i/>')}</w:p>`)
    const cell = (text) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr><w:p>${run(text)}</w:p></w:tc>`
    const rows = Array.from({length: 4}, () => `<w:tr>${cell(sentence(3))}${cell(sentence(6))}${cell('In order to save money, we will share vans.')}</w:tr>`)
    for (let index = mark; index < body.length; index++) body[index] = body[index].replace(/^<w:p>/, '<w:p w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6">')
    body.push(`<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/><w:gridCol w:w="3000"/></w:tblGrid>${rows.join('')}</w:tbl>`)
  }
  const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  const footnotes = Array.from({length: footnote}, (_, index) => `<w:footnote w:id="${index + 1}"><w:p>${run(`Source ${index + 1}: the budget report.`)}</w:p></w:footnote>`).join('')
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`
    },
    {name: '_rels/.rels', data: `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${r}/officeDocument" Target="word/document.xml"/></Relationships>`},
    {
      name: 'word/_rels/document.xml.rels',
      data: `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rStyles" Type="${r}/styles" Target="styles.xml"/><Relationship Id="rFootnotes" Type="${r}/footnotes" Target="footnotes.xml"/><Relationship Id="rLink" Type="${r}/hyperlink" Target="https://example.org/" TargetMode="External"/></Relationships>`
    },
    {name: 'word/styles.xml', data: `${declaration}<w:styles xmlns:w="${w}"><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style></w:styles>`},
    {name: 'word/footnotes.xml', data: `${declaration}<w:footnotes xmlns:w="${w}">${footnotes}</w:footnotes>`},
    {name: 'word/document.xml', data: `${declaration}<w:document xmlns:w="${w}" xmlns:r="${r}"><w:body>${body.join('')}<w:sectPr/></w:body></w:document>`}
  ])
}

/** About `megabytes` MB of Markdown board papers: headings, lists, links, code, and jargon in every paragraph. */
export function markdownPapers(megabytes = markdownTarget.megabytes) {
  const sentence = sentenceMaker(1414)
  const parts = []
  let size = 0
  for (let section = 1; size < megabytes * 1e6; section++) {
    const part = [
      `## Section ${section}: repairs and care`,
      '',
      `${sentence(9)} We will utilise the new system in order to help tenants. ${sentence(12)}`,
      '',
      `- ${sentence(6)} Residents can utilise [the portal](https://example.org/utilise) now.`,
      `- ${sentence(8)} Run \`utilise --all\` to rebuild the list.`,
      '',
      `${sentence(14)} ${sentence(11)} In order to save money, we will share vans. ${sentence(10)}`,
      ''
    ].join('\n')
    parts.push(part)
    size += part.length + 1
  }
  return parts.join('\n')
}

function timed(args, cwd) {
  const timeFile = path.join(cwd, 'time.txt')
  // The diff goes to /dev/null: what is measured is making it, not a pipe's buffer.
  const result = spawnSync('/usr/bin/time', ['-f', '%e %M %U %S', '-o', timeFile, process.execPath, cli, ...args], {cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1e8})
  const [seconds, kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number)
  return {code: result.status, stderr: result.stderr, seconds, cpuSeconds: Math.round((user + system) * 100) / 100, peakMb: Math.round(kb / 1024)}
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]
const summarise = (runs, seconds) => ({
  seconds: median(runs.map((each) => each.seconds)),
  cpuSeconds: median(runs.map((each) => each.cpuSeconds)),
  peakMb: median(runs.map((each) => each.peakMb)),
  withinTarget: median(runs.map((each) => each.seconds)) < seconds
})

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = mkdtempSync(path.join(tmpdir(), 'plainspeak-docx-bench-'))
  try {
    // A meeting pack: five papers of 1 MB each.
    const markdown = markdownPapers(1)
    const files = ['1', '2', '3', '4', '5'].map((name) => `paper-${name}.md`)
    const runMarkdown = (args) => {
      for (const file of files) writeFileSync(path.join(dir, file), markdown)
      return timed(['fix', ...args, ...files], dir)
    }
    const previews = [1, 2, 3].map(() => runMarkdown([]))
    const writes = [1, 2, 3].map(() => runMarkdown(['--write']))
    if ([...previews, ...writes].some((each) => each.code !== 0 && each.code !== 1)) throw new Error(`fix failed: ${[...previews, ...writes].map((each) => `exit ${each.code}: ${each.stderr.slice(-300)}`).join('\n')}`)
    const changed = files.map((file) => readFileSync(path.join(dir, file), 'utf8')).join('')
    const markdownResult = {
      files: files.length,
      bytes: Buffer.byteLength(markdown) * files.length,
      replaced: markdown.split('utilise').length * files.length - changed.split('utilise').length,
      preview: summarise(previews, markdownTarget.seconds),
      write: summarise(writes, markdownTarget.seconds)
    }
    const docx = boardPaper()
    const {readDocxParts} = await import(pathToFileURL(path.join(here, '..', '..', 'packages/cli/dist/lib/zip.js')).href)
    const documentXml = readDocxParts(docx, {maxEntries: 100, maxRatio: 1000, maxXmlBytes: 1e9}).find((part) => part.name === 'word/document.xml').data
    writeFileSync(path.join(dir, 'paper.docx'), docx)
    const pandoc = (changes, file) => execFileSync('pandoc', [`--track-changes=${changes}`, '-f', 'docx', '-t', 'plain', '--wrap=none', path.join(dir, file)], {encoding: 'utf8', maxBuffer: 100_000_000})
    const wordCount = pandoc('accept', 'paper.docx').split(/\s+/).filter(Boolean).length
    const runs = [1, 2, 3].map(() => timed(['fix', 'paper.docx', '-o', 'paper-plainspeak.docx'], dir))
    if (runs.some((each) => each.code !== 0)) throw new Error(`fix failed: ${runs.map((each) => each.stderr).join('\n')}`)
    const rejectedSame = pandoc('reject', 'paper-plainspeak.docx') === pandoc('reject', 'paper.docx')
    const result = {
      date: new Date().toISOString(),
      machine: {cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version},
      markdown: markdownResult,
      document: {pages, words: wordCount, bytes: docx.length, documentXmlBytes: Buffer.byteLength(documentXml)},
      summary: runs[0].stderr.trim().split('\n').at(-1).slice(0, 300),
      seconds: {median: median(runs.map((each) => each.seconds)), runs: runs.map((each) => each.seconds)},
      // CPU time of the process (both threads): what the wall time is on a machine with nothing else running.
      cpuSeconds: {median: median(runs.map((each) => each.cpuSeconds)), runs: runs.map((each) => each.cpuSeconds)},
      loadAverage: loadavg()[0],
      peakMb: {median: median(runs.map((each) => each.peakMb)), runs: runs.map((each) => each.peakMb)},
      target,
      withinTarget: {
        wall: median(runs.map((each) => each.seconds)) < target.seconds && median(runs.map((each) => each.peakMb)) < target.peakMb,
        cpu: median(runs.map((each) => each.cpuSeconds)) < target.seconds && median(runs.map((each) => each.peakMb)) < target.peakMb
      },
      pandocRejectEqualsOriginal: rejectedSame
    }
    console.log(JSON.stringify(result, null, 2))
    if (!process.argv.includes('--print')) writeFileSync(path.join(here, 'results', 'fix.json'), JSON.stringify(result, null, 2) + '\n')
  } finally {
    rmSync(dir, {recursive: true, force: true})
  }
}
