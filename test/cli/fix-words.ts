/**
 * Made-up terms for the fix tests, each with a plain replacement, so the built-in lists can
 * change without moving their results. A test joins the entries it needs into one word list.
 */
export const fixWords = {
  widgetise: `- term: widgetise
  alternatives: [sort]
  kind: jargon
  source: lga-2009
`,
  frobnicate: `- term: frobnicate
  alternatives: [check]
  kind: jargon
  source: lga-2009
`,
  fullness: `- term: in the fullness of time
  alternatives: [later]
  kind: wordy-phrase
  source: lga-2009
`,
  thingamajig: `- term: thingamajig
  alternatives: [tool, device]
  kind: jargon
  source: lga-2009
`
}

/** A word list of the named entries, in order. */
export const wordList = (...names: Array<keyof typeof fixWords>): string => names.map((name) => fixWords[name]).join('')
