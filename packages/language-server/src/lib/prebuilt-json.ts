/**
 * JSON built once, on the check worker, and written to the editor as it is. A check's diagnostics
 * and statistics are large (hundreds of kilobytes for a 20,000-word document, megabytes for a
 * 5 MB one): serialised on the worker, they cross to the main thread as bytes (transferred, not
 * copied), and the stdio writer (`prebuiltJsonEncoder`) puts those bytes straight into the
 * message. The main thread never parses and serialises them again, so a large document's results
 * cannot hold up hovers and edits. Any other path (the Node IPC transport, message tracing) calls
 * `toJSON`, which parses the bytes: the same message, at the usual cost.
 */
import type {ContentTypeEncoder, ContentTypeEncoderOptions, Message} from 'vscode-languageserver/node'

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * UTF-8 bytes of `JSON.stringify(value)`, in a buffer of their own (never Node's shared pool), so
 * they can be transferred to another thread.
 */
export function encodeJson(value: unknown): Uint8Array {
  const json = JSON.stringify(value)
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(json))
  bytes.write(json)
  return bytes
}

/** Parses UTF-8 JSON bytes. */
export const decodeJson = <Type>(bytes: Uint8Array): Type => JSON.parse(decoder.decode(bytes)) as Type

/** A JSON object whose members are either plain values or bytes of JSON already serialised. */
export class PrebuiltJson {
  private constructor(private readonly parts: readonly Uint8Array[]) {}

  /** `{...fields, ...prebuilt}`, each `prebuilt` member given as the UTF-8 bytes of its JSON. */
  static object(fields: Record<string, unknown>, prebuilt: Record<string, Uint8Array>): PrebuiltJson {
    const parts: Uint8Array[] = []
    let separator = '{'
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue
      parts.push(encoder.encode(`${separator}${JSON.stringify(key)}:${JSON.stringify(value)}`))
      separator = ','
    }
    for (const [key, bytes] of Object.entries(prebuilt)) {
      parts.push(encoder.encode(`${separator}${JSON.stringify(key)}:`), bytes)
      separator = ','
    }
    parts.push(encoder.encode(separator === '{' ? '{}' : '}'))
    return new PrebuiltJson(parts)
  }

  /** The object's UTF-8 JSON, in parts. */
  get bytes(): readonly Uint8Array[] {
    return this.parts
  }

  /** The object itself, for anything that serialises it the usual way. */
  toJSON(): unknown {
    return JSON.parse(decoder.decode(Buffer.concat(this.parts)))
  }
}

/**
 * Typed as the params of a notification, sent as prebuilt JSON: the connection passes an object
 * through to the writer unchanged.
 */
export const asParams = <Params>(json: PrebuiltJson): Params => json as unknown as Params

/**
 * The stdio writer's `application/json` encoder: a message whose params are `PrebuiltJson` is
 * written around the prebuilt bytes; any other message exactly as vscode-jsonrpc would.
 */
export const prebuiltJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode(message: Message, options: ContentTypeEncoderOptions): Promise<Uint8Array> {
    const params = (message as {params?: unknown}).params
    if (params instanceof PrebuiltJson && /^utf-?8$/i.test(options.charset)) {
      const {params: _, ...head} = message as Message & {params: unknown}
      const opening = JSON.stringify(head).slice(0, -1)
      return Promise.resolve(Buffer.concat([Buffer.from(`${opening}${opening.length > 1 ? ',' : ''}"params":`), ...params.bytes, Buffer.from('}')]))
    }
    return Promise.resolve(Buffer.from(JSON.stringify(message), options.charset as BufferEncoding))
  }
}
