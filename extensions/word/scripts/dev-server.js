/**
 * Serves dist/ over HTTPS on https://localhost:3000 for sideloading (Office
 * add-ins must be served over HTTPS). The certificate is made here, on first
 * run, by a local certificate authority that only this folder knows about:
 * trust .dev-certs/plainspeak-dev-ca.crt once (see the README). Nothing is
 * downloaded. Files are read from disk on each request, so a rebuild
 * (`pnpm build:word`) shows after a reload of the pane.
 *
 *   PORT=3000 node scripts/dev-server.js
 */
import {X509Certificate} from 'node:crypto'
import {mkdir, readFile, writeFile} from 'node:fs/promises'
import {createServer} from 'node:https'
import {dirname, extname, join, normalize, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import selfsigned from 'selfsigned'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const dist = join(root, 'dist')
const certs = join(root, '.dev-certs')
const port = Number(process.env.PORT ?? 3000)
const day = 24 * 60 * 60 * 1000

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.zip': 'application/zip'
}

async function readIfValid(name) {
  try {
    const cert = await readFile(join(certs, `${name}.crt`), 'utf8')
    const key = await readFile(join(certs, `${name}.key`), 'utf8')
    if (new Date(new X509Certificate(cert).validTo).getTime() - Date.now() < 7 * day) return undefined
    return {cert, key}
  } catch {
    return undefined
  }
}

/** A local certificate authority and a localhost certificate it signs, made once and kept in .dev-certs/. */
async function certificate() {
  const existing = await readIfValid('localhost')
  if (existing) return existing
  await mkdir(certs, {recursive: true})
  const notAfterDate = new Date(Date.now() + 365 * day)
  const ca = await selfsigned.generate([{name: 'commonName', value: 'Plainspeak development CA (this computer only)'}], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    extensions: [
      {name: 'basicConstraints', cA: true, critical: true},
      {name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true}
    ]
  })
  const leaf = await selfsigned.generate([{name: 'commonName', value: 'localhost'}], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate,
    ca: {key: ca.private, cert: ca.cert},
    extensions: [
      {name: 'basicConstraints', cA: false},
      {name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
      {name: 'extKeyUsage', serverAuth: true},
      {name: 'subjectAltName', altNames: [{type: 2, value: 'localhost'}, {type: 7, ip: '127.0.0.1'}, {type: 7, ip: '::1'}]}
    ]
  })
  await writeFile(join(certs, 'plainspeak-dev-ca.crt'), ca.cert)
  await writeFile(join(certs, 'plainspeak-dev-ca.key'), ca.private, {mode: 0o600})
  await writeFile(join(certs, 'localhost.crt'), leaf.cert)
  await writeFile(join(certs, 'localhost.key'), leaf.private, {mode: 0o600})
  console.log(`Made a development certificate. Trust ${join(certs, 'plainspeak-dev-ca.crt')} once (README: "Trust the development certificate").`)
  return {cert: leaf.cert, key: leaf.private}
}

const server = createServer(await certificate(), async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'https://localhost').pathname))
  const file = join(dist, path === sep || path === '/' ? 'taskpane.html' : path)
  if (!file.startsWith(dist + sep)) {
    response.writeHead(403).end()
    return
  }
  try {
    const body = await readFile(file)
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff'
    })
    response.end(body)
  } catch {
    response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end(`Not found: ${path}. Run "pnpm build:word" first?`)
  }
})

server.listen(port, 'localhost', () => {
  console.log(`Plainspeak for Word: https://localhost:${port}/taskpane.html`)
  console.log(`Manifests to sideload: ${join(dist, 'manifest.xml')} (or https://localhost:${port}/manifest.xml)`)
})
