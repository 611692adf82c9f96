#!/usr/bin/env node
/**
 * Serves a folder made by registry.ts as an npm registry on 127.0.0.1 and runs one shell command
 * against it, then stops. Usage: node offline-registry.mjs REGISTRY_DIR COMMAND
 *
 * The pack test runs this in a new network namespace (`unshare -rn`) where only loopback exists,
 * so anything the command fetches comes from this folder or nowhere. Requests for a package the
 * folder lacks are answered 404 and written to stderr as `offline-registry: missing …`.
 */
import {spawn, spawnSync} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import path from 'node:path'

const [registryDir, command] = process.argv.slice(2)
if (!registryDir || !command) {
  process.stderr.write('usage: node offline-registry.mjs REGISTRY_DIR COMMAND\n')
  process.exit(2)
}

// In a fresh network namespace the loopback interface starts down.
spawnSync('ip', ['link', 'set', 'lo', 'up'], {stdio: 'ignore'})

const server = createServer(async (request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
  const address = `http://127.0.0.1:${server.address().port}`
  try {
    if (pathname.startsWith('/-/')) {
      const body = await readFile(path.join(registryDir, '-', path.basename(pathname)))
      response.writeHead(200, {'content-type': 'application/octet-stream', 'content-length': body.length})
      response.end(body)
    } else {
      const name = pathname.slice(1)
      if (name.includes('..')) throw new Error('bad name')
      const packument = (await readFile(path.join(registryDir, name, 'packument.json'), 'utf8')).replaceAll('@@REGISTRY@@', address)
      response.writeHead(200, {'content-type': 'application/json'})
      response.end(packument)
    }
  } catch {
    process.stderr.write(`offline-registry: missing ${request.method} ${pathname}\n`)
    response.writeHead(404, {'content-type': 'application/json'})
    response.end('{"error":"not found"}')
  }
})

server.listen(0, '127.0.0.1', () => {
  const registry = `http://127.0.0.1:${server.address().port}/`
  const child = spawn('sh', ['-c', command], {
    stdio: 'inherit',
    env: {...process.env, npm_config_registry: registry}
  })
  child.on('close', (code, signal) => {
    server.close()
    process.exitCode = code ?? (signal ? 1 : 0)
  })
})
