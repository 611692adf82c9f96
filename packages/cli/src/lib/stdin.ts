/** Reads standard input as bytes (decoded later, like a file), up to a limit. */
export interface StdinText {
  bytes: Uint8Array
  /** More arrived than the limit: reading stopped there, and the input is refused. */
  truncated: boolean
}

export async function readStdin(maxBytes: number, stream: NodeJS.ReadableStream = process.stdin): Promise<StdinText> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    chunks.push(buffer)
    total += buffer.length
    // Stop at the limit rather than hold an endless stream in memory.
    if (total > maxBytes) {
      ;(stream as NodeJS.ReadableStream & {destroy?: () => void}).destroy?.()
      return {bytes: new Uint8Array(0), truncated: true}
    }
  }
  return {bytes: Buffer.concat(chunks), truncated: false}
}
