/** Sizes and times as messages give them, on every surface. */

/** `1.5 MB`, `12 KB`, `300 bytes`, `2 GB`. */
export function formatSize(bytes: number): string {
  const [unit, scale] = bytes >= 1_000_000_000 ? ['GB', 1_000_000_000] : bytes >= 1_000_000 ? ['MB', 1_000_000] : bytes >= 1000 ? ['KB', 1000] : ['bytes', 1]
  return `${(bytes / scale).toFixed(1).replace(/\.0$/, '')} ${unit}`
}

/** A time limit as messages give it: `120 s`, `1.5 s`, `0.10 s`. */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(seconds < 1 ? 2 : 1)} s`
}
