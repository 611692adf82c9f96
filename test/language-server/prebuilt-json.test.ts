/**
 * Prebuilt JSON: what the check worker serialises once and the stdio writer puts into a message
 * as it is. The message must be the one vscode-jsonrpc would have written from the parsed value.
 */
import {describe, expect, it} from 'vitest'
import {decodeJson, encodeJson, PrebuiltJson, prebuiltJsonEncoder} from '../../packages/language-server/dist/lib/prebuilt-json.js'

const diagnostics = [{range: {start: {line: 0, character: 3}, end: {line: 0, character: 11}}, message: 'Use plain words instead of “signpost”: “direct”.', data: {actual: 'signpost 😀', expected: ['direct'], nothing: null}}]
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)

describe('prebuilt JSON', () => {
  it('joins plain members and prebuilt ones into one object, leaving out undefined members', () => {
    const json = PrebuiltJson.object({uri: 'file:///a.md', version: 3, missing: undefined}, {diagnostics: encodeJson(diagnostics), stats: encodeJson(null)})
    const text = decode(Buffer.concat(json.bytes))
    expect(JSON.parse(text)).toEqual({uri: 'file:///a.md', version: 3, diagnostics, stats: null})
    expect(text).toBe(JSON.stringify({uri: 'file:///a.md', version: 3, diagnostics, stats: null}))
    expect(decode(Buffer.concat(PrebuiltJson.object({}, {}).bytes))).toBe('{}')
    expect(decode(Buffer.concat(PrebuiltJson.object({}, {list: encodeJson([])}).bytes))).toBe('{"list":[]}')
  })

  it('serialises as its value anywhere else (Node IPC, message tracing)', () => {
    const json = PrebuiltJson.object({uri: 'file:///a.md'}, {diagnostics: encodeJson(diagnostics)})
    expect(JSON.parse(JSON.stringify({params: json}))).toEqual({params: {uri: 'file:///a.md', diagnostics}})
  })

  it('encodes into a buffer of its own, which can be moved to another thread', () => {
    const small = encodeJson({a: 1})
    const other = encodeJson({b: 2})
    expect(small.buffer).not.toBe(other.buffer)
    expect(small.buffer.byteLength).toBe(small.byteLength)
    expect(decodeJson(small)).toEqual({a: 1})
    const {port1, port2} = new MessageChannel()
    port1.postMessage(small, [small.buffer as ArrayBuffer])
    expect(small.byteLength).toBe(0)
    port1.close()
    port2.close()
  })

  it('is written by the stdio encoder byte for byte as vscode-jsonrpc writes the parsed message', async () => {
    const params = {uri: 'file:///a.md', version: 2}
    const message = {jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: PrebuiltJson.object(params, {diagnostics: encodeJson(diagnostics)})}
    const written = await prebuiltJsonEncoder.encode(message, {charset: 'utf-8'})
    expect(Buffer.from(written).equals(Buffer.from(JSON.stringify({jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: {...params, diagnostics}})))).toBe(true)
    // Any other message exactly as usual.
    const plain = {jsonrpc: '2.0', id: 4, result: {contents: 'é'}}
    expect(decode(await prebuiltJsonEncoder.encode(plain, {charset: 'utf-8'}))).toBe(JSON.stringify(plain))
  })
})
