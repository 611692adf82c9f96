// How the benchmarks time tools: warm runs, alternating between tools, medians with min and max.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export const round = (value) => Math.round(value * 10) / 10

export function summarise(times, words) {
  const ms = median(times)
  return {medianMs: round(ms), minMs: round(Math.min(...times)), maxMs: round(Math.max(...times)), runs: times.length, wordsPerSecond: Math.round((words / ms) * 1000)}
}

/** Runs each tool once to warm up, then `runs` rounds, rotating the order each round. */
export function compare(tools, text, words, runs) {
  for (const tool of tools) tool.run(text)
  const times = new Map(tools.map((tool) => [tool.name, []]))
  for (let round = 0; round < runs; round++) {
    for (let index = 0; index < tools.length; index++) {
      const tool = tools[(index + round) % tools.length]
      const start = performance.now()
      tool.run(text)
      times.get(tool.name).push(performance.now() - start)
    }
  }
  return Object.fromEntries(tools.map((tool) => [tool.name, summarise(times.get(tool.name), words)]))
}
