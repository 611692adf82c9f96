/**
 * Every invariant the loader enforces has a failing fixture under fixtures/invalid/ and the
 * exact text a person editing the file would see.
 */
import {describe, expect, it} from 'vitest'
import {compileFixtures, goodFixtures, lintFixtures} from './helpers.js'

interface Case {
  invariant: string
  files: string[]
  expected: string[]
}

const cases: Case[] = [
  {
    invariant: 'invalid YAML reports the parser’s own error at its position',
    files: ['invalid/invalid-yaml.yml'],
    expected: [
      'invalid/invalid-yaml.yml:3:3: error: Invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. A list in [brackets] is missing its closing "]", on this line or the line above.'
    ]
  },
  {
    invariant: 'a file of entries must be a list',
    files: ['invalid/top-level-mapping.yml'],
    expected: [
      'invalid/top-level-mapping.yml:1:1: error: A dictionary file must be a list of entries, each starting with "- term:" or "- acronym:" at the start of a line. (Well-known acronyms go in well-known.yml and sources in sources.yml.) Found a mapping instead.'
    ]
  },
  {
    invariant: 'an entry must be a mapping',
    files: ['invalid/entry-not-a-mapping.yml'],
    expected: [
      'invalid/entry-not-a-mapping.yml:1:3: error: Entry 1 is the text "signpost", not an entry. Write each entry as "- term: …" (or "- acronym: …") with its other fields on the lines below, lined up under "term".',
      'invalid/entry-not-a-mapping.yml:6:8: error: Entry "going forward" has an empty "note". Fill it in or remove the field.',
      'invalid/entry-not-a-mapping.yml:7:13: error: Entry "going forward" has unknown severity "loud". Use one of: off, info, warning, error.',
      'invalid/entry-not-a-mapping.yml:9:5: error: Entry "going forward": "examples" has no "good". Add "good:" with the same sentence rewritten in plain English.'
    ]
  },
  {
    invariant: 'unknown field, listing the valid ones (and no second message about the misspelt required field)',
    files: ['invalid/unknown-field.yml'],
    expected: [
      'invalid/unknown-field.yml:2:3: error: Entry "signpost" has an unknown field "alternative". Valid fields: term, forms, alternatives, ideas, frames, kind, source, note, unless, only, partOfSpeech, examples, severity, action, audiences, explanation, review. Did you mean "alternatives"?'
    ]
  },
  {
    invariant: 'wrong type',
    files: ['invalid/wrong-type.yml'],
    expected: [
      'invalid/wrong-type.yml:2:17: error: Entry "signpost": "alternatives" should be a list, but it is the text "refer". Write it as a list: [first, second], or one "- item" per line.'
    ]
  },
  {
    invariant: 'missing required field',
    files: ['invalid/missing-kind.yml'],
    expected: [
      'invalid/missing-kind.yml:1:3: error: Entry "signpost" has no "kind". Add "kind:" with one of: jargon, wordy-phrase, idiom, inclusive.'
    ]
  },
  {
    invariant: 'an entry with neither term nor acronym',
    files: ['invalid/neither-term-nor-acronym.yml'],
    expected: [
      'invalid/neither-term-nor-acronym.yml:1:3: error: Entry 1 has neither "term" nor "acronym". Start it with "term:" (a word or phrase to flag) or "acronym:" (an acronym to spell out).'
    ]
  },
  {
    invariant: 'missing source',
    files: ['invalid/missing-source.yml'],
    expected: [
      'invalid/missing-source.yml:1:3: error: Entry "signpost" has no "source". Add "source:" with the id of the guidance it comes from (the ids are listed in sources.yml).'
    ]
  },
  {
    invariant: 'a review is a source of its own; its date is YYYY-MM-DD and its counts add up',
    files: ['invalid/review.yml'],
    expected: [
      'invalid/review.yml:11:18: error: Entry "floating support" has a review date that is not written as YYYY-MM-DD. Write it like 2026-12-04.',
      'invalid/review.yml:16:41: error: Acronym "PALS" "review.reviewers" must be >= 1.',
      'invalid/review.yml:21:11: error: Entry "care package" has a review where 4 of 3 reviewers did not understand or were not sure. These counts cannot be more than "reviewers": correct them.'
    ]
  },
  {
    invariant: 'empty lists and list items',
    files: ['invalid/empty-lists.yml'],
    expected: [
      'invalid/empty-lists.yml:2:25: error: Entry "signpost": item 2 of "alternatives" is empty. Remove it.',
      'invalid/empty-lists.yml:4:11: error: Entry "signpost" has an empty "source" list. Put in it the id of the guidance this entry comes from (the ids are listed in sources.yml).',
      'invalid/empty-lists.yml:7:15: error: Acronym "JSNA" has an empty "expansions" list. Put at least one meaning in it.'
    ]
  },
  {
    invariant: 'empty term',
    files: ['invalid/empty-term.yml'],
    expected: [
      'invalid/empty-term.yml:1:9: error: Entry 1 has an empty term. Write the word or phrase after "term:", or delete the entry.'
    ]
  },
  {
    invariant: 'empty acronym',
    files: ['invalid/empty-acronym.yml'],
    expected: [
      'invalid/empty-acronym.yml:1:11: error: Acronym entry 1 has an empty acronym. Write the acronym after "acronym:", or delete the entry.'
    ]
  },
  {
    invariant: 'unknown kind, listing the valid kinds',
    files: ['invalid/unknown-kind.yml'],
    expected: [
      'invalid/unknown-kind.yml:3:9: error: Entry "signpost" has unknown kind "jargn". Use one of: jargon, wordy-phrase, idiom, inclusive. Did you mean "jargon"?'
    ]
  },
  {
    invariant: 'unknown domain',
    files: ['invalid/unknown-domain.yml'],
    expected: [
      'invalid/unknown-domain.yml:3:11: error: Acronym "JSNA" has unknown domain "local-government". Use one of: nhs, council, education, justice, public-sector, general.'
    ]
  },
  {
    invariant: 'every meaning has a domain, its own or the entry’s, and a meaning written as a mapping has exactly meaning and domain',
    files: ['invalid/meaning-domains.yml'],
    expected: [
      'invalid/meaning-domains.yml:4:7: error: Acronym "PCN": the meaning "penalty charge notice" has no domain. Write it as {meaning: penalty charge notice, domain: …} with one of: nhs, council, education, justice, public-sector, general; or add "domain:" to the entry for every meaning without one.',
      'invalid/meaning-domains.yml:7:3: error: Acronym "JSNA" has no "domain". Add "domain:" with one of: nhs, council, education, justice, public-sector, general; or, when its meanings belong to different domains, write each meaning as {meaning: …, domain: …}.',
      'invalid/meaning-domains.yml:13:40: error: Acronym "CA" has unknown domain "social-care". Use one of: nhs, council, education, justice, public-sector, general.',
      'invalid/meaning-domains.yml:14:37: error: Acronym "CA" has an unknown field "domian" in item 2 of "expansions". Valid fields: meaning, domain. Did you mean "domain"?',
      'invalid/meaning-domains.yml:15:7: error: Acronym "CA": item 3 of "expansions" has no "meaning". Add "meaning:" with what the acronym stands for in this meaning.'
    ]
  },
  {
    invariant: 'codes: no duplicates, not also an acronym entry, written like an acronym, known fields only',
    files: ['invalid/codes.yml'],
    expected: [
      'invalid/codes.yml:4:9: error: Duplicate code "FP10" (first listed at invalid/codes.yml:1:9). Remove one of the two entries.',
      'invalid/codes.yml:6:9: error: Code "DNA" is also an acronym entry (invalid/codes.yml:14:12). Keep the acronym entry if writers should spell it out, or the code if nobody does, and remove the other.',
      'invalid/codes.yml:9:9: warning: Code "form" is not written like an acronym (it needs two capital letters, or a capital and a digit), so Plainspeak never reports it anyway. Remove the entry, or write the code exactly as it appears in documents.',
      'invalid/codes.yml:12:3: error: Code "MS Teams" has an unknown field "sorce". Valid fields: code, note, source. Did you mean "source"?'
    ]
  },
  {
    invariant: 'expansion and expansions together',
    files: ['invalid/expansion-and-expansions.yml'],
    expected: [
      'invalid/expansion-and-expansions.yml:1:3: error: Acronym "DNA" has both "expansion" and "expansions". Keep one: put every meaning in "expansions".'
    ]
  },
  {
    invariant: 'unknown source id, when a sources table is known',
    files: ['invalid/unknown-source.yml', 'good/sources.yml'],
    expected: [
      'invalid/unknown-source.yml:4:22: error: Entry "signpost" has unknown source "lga-2099". Add it to sources.yml (with its title and licence) or use an id that is already there. Did you mean "lga-2009"?'
    ]
  },
  {
    invariant: 'an alternative equal to the term (case-insensitive)',
    files: ['invalid/alternative-equals-term.yml'],
    expected: [
      'invalid/alternative-equals-term.yml:2:25: error: Entry "signpost" offers its own term "Signpost" as an alternative. Remove it from alternatives.'
    ]
  },
  {
    invariant: 'duplicate alternative',
    files: ['invalid/duplicate-alternative.yml'],
    expected: [
      'invalid/duplicate-alternative.yml:2:33: error: Entry "signpost" lists the alternative "Refer" twice. Remove the second one.'
    ]
  },
  {
    invariant: 'placeholder-looking alternative',
    files: ['invalid/placeholder-alternative.yml'],
    expected: [
      'invalid/placeholder-alternative.yml:2:32: error: Entry "the elderly" has a placeholder alternative "(give the age)". Alternatives are inserted into the text as they are: write a ready-to-use replacement, or use "alternatives: []" and say in "note" what to do.'
    ]
  },
  {
    invariant: 'forms repeating the term or each other, alternatives repeating a form',
    files: ['invalid/forms-repeating.yml'],
    expected: [
      'invalid/forms-repeating.yml:2:24: error: Entry "signpost" lists its own term "Signpost" in forms. Remove it from forms.',
      'invalid/forms-repeating.yml:2:34: error: Entry "signpost" lists the form "signposting" twice. Remove the second one.',
      'invalid/forms-repeating.yml:3:25: error: Entry "signpost" offers its own form "signposting" as an alternative. Remove it from alternatives.'
    ]
  },
  {
    invariant: 'duplicate term within a file, reported at the second occurrence',
    files: ['invalid/duplicate-term.yml'],
    expected: [
      'invalid/duplicate-term.yml:6:9: error: Duplicate term "Signpost" (first defined at invalid/duplicate-term.yml:1:9). Remove one of the two entries or merge them.'
    ]
  },
  {
    invariant: 'a term duplicating another entry’s form',
    files: ['invalid/duplicate-form.yml'],
    expected: [
      'invalid/duplicate-form.yml:7:9: error: Duplicate term "signposting" (first defined at invalid/duplicate-form.yml:2:11 as a form of "signpost"). Remove it from one of the two entries or merge them.'
    ]
  },
  {
    invariant: 'duplicate term across files',
    files: ['invalid/across/council.yml', 'invalid/across/nhs.yml'],
    expected: [
      'invalid/across/nhs.yml:6:9: error: Duplicate term "signpost" (first defined at invalid/across/council.yml:1:9). Remove one of the two entries or merge them.'
    ]
  },
  {
    invariant: 'duplicate acronym',
    files: ['invalid/duplicate-acronym.yml'],
    expected: [
      'invalid/duplicate-acronym.yml:6:12: error: Duplicate acronym "DNA" (first defined at invalid/duplicate-acronym.yml:1:12). Put every meaning in one entry\'s "expansions" list and remove the other entry.'
    ]
  },
  {
    invariant: 'well-known acronym with no acronym entry (warning)',
    files: ['invalid/well-known-without-entry/acronyms.yml', 'invalid/well-known-without-entry/well-known.yml'],
    expected: [
      'invalid/well-known-without-entry/well-known.yml:1:15: warning: Well-known acronym "GP" (public list) has no entry in the acronym files. Add it to acronyms.yml with its expansion, so glossaries can spell it out.',
      'invalid/well-known-without-entry/well-known.yml:2:9: warning: Well-known acronym "ICB" (board list) has no entry in the acronym files. Add it to acronyms.yml with its expansion, so glossaries can spell it out.'
    ]
  },
  {
    invariant: 'well-known file with an unknown list and a list that is not a list',
    files: ['invalid/well-known-unknown-list/well-known.yml'],
    expected: [
      'invalid/well-known-unknown-list/well-known.yml:2:1: error: Unknown list "pubic" in well-known.yml. Valid lists: public, board, staff, patient. Did you mean "public"?',
      'invalid/well-known-unknown-list/well-known.yml:3:8: error: The board list should be a list, but it is the text "NHS". Write it as a list: [first, second], or one "- item" per line.'
    ]
  },
  {
    invariant: 'sources need a licence; misspelt fields are named',
    files: ['invalid/sources-missing-licence/sources.yml'],
    expected: [
      'invalid/sources-missing-licence/sources.yml:2:3: error: Source "govuk-wta" has no "licence". Add "licence:" with its licence, e.g. "OGL v3", or "not stated; facts only".',
      'invalid/sources-missing-licence/sources.yml:6:3: error: Source "nhs-az" has an unknown field "license". Valid fields: title, url, licence. Did you mean "licence"?'
    ]
  },
  {
    invariant: 'examples.bad must use the term or a form',
    files: ['invalid/bad-example-without-term.yml'],
    expected: [
      'invalid/bad-example-without-term.yml:6:10: error: Entry "signpost": examples.bad does not use "signpost" or one of its forms, so it cannot show the term being flagged. Rewrite the bad example with the term in it.'
    ]
  },
  {
    invariant: 'every problem in an entry in one run, even when the schema rejects it',
    files: ['invalid/several-problems.yml'],
    expected: [
      'invalid/several-problems.yml:12:36: error: Entry "co-production" has a placeholder alternative "(rephrase)". Alternatives are inserted into the text as they are: write a ready-to-use replacement, or use "alternatives: []" and say in "note" what to do.',
      'invalid/several-problems.yml:14:3: error: Entry "co-production" has an unknown field "sourse". Valid fields: term, forms, alternatives, ideas, frames, kind, source, note, unless, only, partOfSpeech, examples, severity, action, audiences, explanation, review. Did you mean "source"?'
    ]
  },
  {
    invariant: 'an alternative that is itself a flagged term (warning)',
    files: ['invalid/alternative-flagged.yml'],
    expected: [
      'invalid/alternative-flagged.yml:2:24: warning: Entry "not unlike" offers "similar to", which is itself flagged by the entry "similar to" (invalid/alternative-flagged.yml:6:3). Choose an alternative that is not on the lists, or change that entry.'
    ]
  },
  {
    invariant: 'no alternatives needs a note saying what to do (warning)',
    files: ['invalid/no-alternatives-no-note.yml'],
    expected: [
      'invalid/no-alternatives-no-note.yml:2:17: warning: Entry "stakeholders" has no alternatives and no note. Add a "note" saying how to rephrase, so writers know what to do instead.'
    ]
  },
  {
    invariant: 'an explain entry never offers a replacement',
    files: ['invalid/explain-with-alternatives.yml'],
    expected: [
      'invalid/explain-with-alternatives.yml:3:18: error: Entry "coproduction" is an explain entry, so it never offers a replacement, but it lists "working together". Remove its alternatives (a plain explanation goes in "explanation"), or remove "action: explain" if the words really can be swapped.'
    ]
  },
  {
    invariant: 'only an explain entry has an explanation',
    files: ['invalid/explanation-on-replace.yml'],
    expected: [
      'invalid/explanation-on-replace.yml:3:16: error: Entry "signpost" has an "explanation" but is not an explain entry. Add "action: explain" (the term is to be explained, not replaced), or remove the explanation.'
    ]
  },
  {
    invariant: 'an explain entry needs an explanation or a note (warning), and no alternatives field',
    files: ['invalid/explain-without-help.yml'],
    expected: [
      'invalid/explain-without-help.yml:2:11: warning: Entry "safeguarding" is an explain entry with no "explanation" and no "note". Add an "explanation" writers can adapt, or a "note" saying what readers need to know.'
    ]
  },
  {
    invariant: 'audiences are public, board, staff or patient, each once, and the list is not empty',
    files: ['invalid/audiences.yml'],
    expected: [
      'invalid/audiences.yml:3:23: error: Entry "commissioning" has unknown audiences item "residents". Use one of: public, board, staff, patient.',
      'invalid/audiences.yml:8:23: error: Entry "outcomes" lists the audience "public" twice. Remove the second one.',
      'invalid/audiences.yml:13:14: error: Entry "assurance" has an empty "audiences" list. Put in it the audiences whose readers need the term flagged (public, board, staff, patient), or remove the field to flag it for every audience.'
    ]
  }
]

describe('loader invariants', () => {
  it.each(cases)('$invariant', ({files, expected}) => {
    expect(lintFixtures(files)).toEqual(expected)
  })

  it('gives one full problem object with the entry it belongs to', () => {
    expect(compileFixtures(['invalid/duplicate-term.yml']).problems).toEqual([
      {
        file: 'invalid/duplicate-term.yml',
        line: 6,
        column: 9,
        severity: 'error',
        entry: 'Signpost',
        message: 'Duplicate term "Signpost" (first defined at invalid/duplicate-term.yml:1:9). Remove one of the two entries or merge them.'
      }
    ])
  })

  it('leaves entries with errors out of the data, keeping the valid ones', () => {
    const {dictionary} = compileFixtures(['invalid/entry-not-a-mapping.yml', 'invalid/duplicate-alternative.yml'])
    expect(dictionary.terms).toEqual([])
    const {dictionary: partial} = compileFixtures(['invalid/across/council.yml', 'invalid/across/nhs.yml'])
    expect(partial.terms.map((entry) => `${entry.term} (${entry.origin?.file})`)).toEqual([
      'signpost (invalid/across/council.yml)',
      'care package (invalid/across/nhs.yml)'
    ])
    const {dictionary: withSources} = compileFixtures(['invalid/unknown-source.yml', 'good/sources.yml'])
    expect(withSources.terms).toEqual([])
  })

  it('checks the reviewed retext-simplify patterns, and that the built-in list reviews every one', () => {
    const files = ['invalid/simpler/simpler-words.yml', 'invalid/simpler/plain-english.yml']
    const simplifyPatterns = ['accurate', 'address', 'not many', 'numerous', 'type', 'very', 'whereas']
    expect(lintFixtures(files, {simplifyPatterns, reviewEveryPattern: true})).toEqual([
      'invalid/simpler/simpler-words.yml:3:3: error: Pattern "not many" is reviewed twice (first reviewed at invalid/simpler/simpler-words.yml:1:3). Keep one entry.',
      'invalid/simpler/simpler-words.yml:5:3: error: Pattern "adress" is not one of retext-simplify\'s patterns, so it would never match. Write the pattern exactly as retext-simplify has it (did you mean "address"?), or add the words as a term in plain-english.yml.',
      'invalid/simpler/simpler-words.yml:5:3: error: retext-simplify\'s pattern "address" is not reviewed. Add an entry for it here, with the alternatives that keep the meaning, or "off:" and the reason it is switched off (or add it as a term to a word list).',
      'invalid/simpler/simpler-words.yml:7:3: error: retext-simplify\'s pattern "whereas" is not reviewed. Add an entry for it here, with the alternatives that keep the meaning, or "off:" and the reason it is switched off (or add it as a term to a word list).',
      'invalid/simpler/simpler-words.yml:8:8: error: Pattern "very" is switched off but still offers "remove: true". Remove "off" to use the pattern, or remove its suggestions.',
      'invalid/simpler/simpler-words.yml:10:12: error: Pattern "type" offers nothing: give "alternatives" that keep the meaning, "remove: true" when the words can simply go, or "off:" with the reason it is switched off.',
      'invalid/simpler/simpler-words.yml:11:3: warning: Pattern "numerous" is also the term "numerous" (invalid/simpler/plain-english.yml:1:9), which wins wherever both match, so this entry is never used. Remove it, or remove the term.',
      'invalid/simpler/simpler-words.yml:14:3: error: Pattern "accurate" has an unknown field "alternativs". Valid fields: pattern, alternatives, remove, off, note, unless, audiences. Did you mean "alternatives"?'
    ])
  })

  it('reads explain entries, audiences and reviewed patterns', () => {
    const {dictionary, problems} = compileFixtures(['kinds/nhs.yml', 'kinds/simpler-words.yml', 'good/sources.yml'], {simplifyPatterns: ['not many', 'address', 'very'], reviewEveryPattern: true})
    expect(problems).toEqual([])
    expect(dictionary.terms[0]).toEqual({
      term: 'reablement',
      forms: [],
      alternatives: [],
      kind: 'jargon',
      source: ['nhs-az'],
      unless: [],
      action: 'explain',
      audiences: ['public'],
      explanation: 'short-term help at home to get back the skills and confidence to live independently',
      examples: {
        bad: 'After a stay in hospital, you may be offered reablement.',
        good: 'After a stay in hospital, you may be offered reablement (short-term help at home to get back your confidence).'
      },
      origin: {file: 'kinds/nhs.yml', line: 1, column: 3}
    })
    expect(dictionary.simplerWords).toEqual([
      {pattern: 'not many', alternatives: ['few'], remove: false, unless: [], origin: {file: 'kinds/simpler-words.yml', line: 1, column: 3}},
      {pattern: 'address', alternatives: [], remove: false, off: 'Usually a postal or email address in council writing.', unless: [], origin: {file: 'kinds/simpler-words.yml', line: 4, column: 3}},
      {pattern: 'very', alternatives: [], remove: true, unless: ['very high risk'], audiences: ['public'], origin: {file: 'kinds/simpler-words.yml', line: 7, column: 3}}
    ])
  })

  it('finds no problems in the good fixtures (YAML and JSON)', () => {
    expect(lintFixtures(goodFixtures)).toEqual([])
  })

  it('checks source ids only when a sources table is known', () => {
    expect(lintFixtures(['invalid/unknown-source.yml'])).toEqual([])
  })

  it('accepts inflected use of the term in examples.bad (utilise → utilising)', () => {
    expect(lintFixtures(['good/council.yml'])).toEqual([])
  })
})
