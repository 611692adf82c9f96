/**
 * Keeps the stdio channel alive through garbage. vscode-jsonrpc survives a frame whose body is not
 * JSON, but a header it cannot parse stays in its buffer and leaves the server deaf. This stream
 * sits in front of it: it passes well-formed frames through untouched and drops anything else,
 * resynchronising on the next `Content-Length:` header.
 */
import {Transform, type TransformCallback} from 'node:stream'

const separator = Buffer.from('\r\n\r\n')
const contentLength = /content-length:/i
/** Garbage with no header in sight is dropped once this much has piled up (keeping a possible partial header). */
const maxPending = 64 * 1024
const maxBody = 1024 * 1024 * 1024

export class FrameGuard extends Transform {
  private pending = Buffer.alloc(0)
  /** Bytes of the current frame's body still to pass through. */
  private remaining = 0

  constructor(private readonly onDrop: (reason: string) => void) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    let data = this.pending.length > 0 ? Buffer.concat([this.pending, chunk]) : chunk
    this.pending = Buffer.alloc(0)
    while (data.length > 0) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, data.length)
        this.push(data.subarray(0, take))
        this.remaining -= take
        data = data.subarray(take)
        continue
      }
      // Headers are ASCII; latin1 keeps byte offsets equal to string offsets.
      const text = data.toString('latin1', 0, Math.min(data.length, maxPending))
      const start = text.search(contentLength)
      if (start === -1) {
        if (data.length > maxPending) {
          this.onDrop(`dropped ${data.length - 16} bytes that are not a message`)
          data = data.subarray(data.length - 16)
        }
        break
      }
      if (start > 0) {
        this.onDrop(`dropped ${start} bytes before a message header`)
        data = data.subarray(start)
        continue
      }
      const end = data.indexOf(separator)
      if (end === -1) break
      const length = parseHeader(data.toString('latin1', 0, end))
      if (length === undefined) {
        this.onDrop('dropped a message with a malformed header')
        // Skip this header's name and look for the next one.
        data = data.subarray('content-length:'.length)
        continue
      }
      this.push(data.subarray(0, end + separator.length))
      data = data.subarray(end + separator.length)
      this.remaining = length
    }
    this.pending = Buffer.from(data)
    done()
  }
}

/** The body length of a well-formed header block (`Name: value` lines), else `undefined`. */
function parseHeader(block: string): number | undefined {
  let length: number | undefined
  for (const line of block.split('\r\n')) {
    const match = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*?)[ \t]*$/.exec(line)
    if (!match) return undefined
    if (match[1]!.toLowerCase() === 'content-length') {
      if (!/^\d{1,10}$/.test(match[2]!)) return undefined
      length = Number(match[2])
    }
  }
  return length !== undefined && length <= maxBody ? length : undefined
}
