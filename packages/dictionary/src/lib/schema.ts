/**
 * The JSON schema for dictionary files (draft-07, the draft editors' YAML plugins support best).
 *
 * It is the single description of the file formats: the loader validates with it (and turns
 * the validator's errors into located, plain messages), and the compile step writes it to
 * `dist/plainspeak-dictionary.schema.json` so editors can complete and check fields. Checks a
 * schema cannot express (duplicates, placeholders, sources that exist) live in the loader.
 */
import {audiences, severities} from '@plainspeak/base'
import {acronymDomains, frames, partsOfSpeech, termActions, termKinds} from './types.js'

/** File name of the schema written next to the compiled dictionary. */
export const dictionarySchemaFileName = 'plainspeak-dictionary.schema.json'

/**
 * The longest each kind of text may be, in characters. Generous for what people write (the
 * built-in notes are under 250 characters), small enough that one entry cannot make every
 * finding, report and editor message huge.
 */
export const textLimits = {
  /** A term, form, pattern, acronym, code or well-known acronym. */
  words: 100,
  /** One alternative or `unless` phrase. */
  phrase: 100,
  note: 1000,
  explanation: 500,
  example: 500,
  /** What an acronym stands for. */
  meaning: 200,
  sourceId: 60,
  title: 200,
  url: 2000,
  panel: 100,
  /** One of the reviewers' own words in a review record. */
  reviewWords: 300,
  response: 64
} as const

/** The most items a list may hold. */
export const listLimits = {alternatives: 20, forms: 50, unless: 100, source: 10, expansions: 20, reviewWords: 20} as const

/** Text that is not empty or only spaces, at most `maxLength` characters. */
const limited = <N extends number>(maxLength: N) => ({type: 'string', pattern: '\\S', maxLength}) as const

const termEntryFields = {
  term: {...limited(textLimits.words), description: 'The word or phrase to flag, e.g. `signpost` or `going forward`.'},
  forms: {
    type: 'array',
    items: limited(textLimits.words),
    maxItems: listLimits.forms,
    description: 'Extra spellings or inflections to match. Regular inflections (-s, -ed, -ing) are added automatically.'
  },
  alternatives: {
    type: 'array',
    items: limited(textLimits.phrase),
    maxItems: listLimits.alternatives,
    description:
      'Plain words to use instead, ready to insert into the text. Use [] when there is no ready replacement, and say in `note` how to rephrase.'
  },
  ideas: {
    type: 'array',
    items: limited(textLimits.phrase),
    minItems: 1,
    maxItems: listLimits.alternatives,
    description:
      'Plainer words to consider that do not fit every sentence as they stand (`need` for `requirement`: "legal requirements" are not "legal needs"). Named in the message, never inserted: the writer rewords the sentence around them.'
  },
  frames: {
    type: 'object',
    propertyNames: limited(textLimits.phrase),
    additionalProperties: {type: 'array', items: {enum: [...frames]}, minItems: 1, uniqueItems: true},
    description:
      'By alternative, what may follow the term for that alternative to fit: that, clause, noun-phrase, to-verb, preposition, nothing or other. "ensure that …" → "make sure that …" fits, "ensure a smooth discharge" → "make sure a smooth discharge" does not, so `frames: {make sure: [that, clause]}`. An alternative not listed fits everywhere.'
  },
  kind: {enum: [...termKinds], description: 'jargon, wordy-phrase or idiom (reported as jargon), or inclusive.'},
  source: {
    ...limited(textLimits.sourceId),
    type: ['string', 'array'],
    items: limited(textLimits.sourceId),
    minItems: 1,
    maxItems: listLimits.source,
    description: 'The id (or ids, main one first) of the guidance this entry comes from, as listed in sources.yml.'
  },
  note: {...limited(textLimits.note), description: 'Why to avoid it, in a sentence or two.'},
  unless: {
    type: 'array',
    items: limited(textLimits.phrase),
    maxItems: listLimits.unless,
    description: 'Phrases that, in the same sentence, mean the term is fine (e.g. `road sign` for signpost).'
  },
  only: {
    type: 'array',
    items: limited(textLimits.phrase),
    minItems: 1,
    maxItems: listLimits.unless,
    description: 'Phrases one of which must be in the same sentence for the term to be flagged: the sense its alternatives fit (e.g. `sample` for stool).'
  },
  partOfSpeech: {
    enum: [...partsOfSpeech],
    description:
      'The part of speech the term is flagged in, where its other use is fine: `verb` for "permit" (the noun, "a parking permit", is fine), `preposition` for "in between" (followed by what it is between; "England was in between" is fine). A tagger reads it from the sentence.'
  },
  examples: {
    type: 'object',
    properties: {
      bad: {...limited(textLimits.example), description: 'A sentence that uses the term and should be flagged.'},
      good: {...limited(textLimits.example), description: 'The same sentence rewritten in plain English; it should not be flagged.'}
    },
    required: ['bad', 'good'],
    additionalProperties: false
  },
  severity: {
    enum: [...severities],
    description: 'Overrides the rule severity for this entry. `off` switches off an entry from a lower layer.'
  },
  action: {
    enum: [...termActions],
    description:
      '`replace` (the default): the alternatives fit in the sentence, so every use is flagged. `explain`: a term of art with no plain swap, flagged once at its first use and asking for an explanation; it has no alternatives.'
  },
  audiences: {
    type: 'array',
    items: {enum: [...audiences]},
    minItems: 1,
    description: 'The audiences whose readers need the term flagged (public, board, staff, patient; an entry for the public is flagged for patients too). Leave it out to flag it for every audience.'
  },
  explanation: {
    ...limited(textLimits.explanation),
    description: 'For an explain entry: a plain explanation writers can adapt, e.g. "working with residents as equals to plan and run services". Shown to the writer, never inserted.'
  },
  review: {$ref: '#/definitions/review'}
} as const

/**
 * A resident review as the source of an entry (written by `plainspeak review import`): who
 * reviewed, when, how many, and how many did not understand. An entry with a review needs no
 * `source` ids: the review is its source.
 */
const reviewFields = {
  panel: {...limited(textLimits.panel), description: 'Who reviewed, e.g. "Bow residents\' panel".'},
  date: {type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The date of the latest answers counted, as YYYY-MM-DD.'},
  reviewers: {type: 'integer', minimum: 1, description: 'How many reviewers answered about this word.'},
  notUnderstood: {type: 'integer', minimum: 0, description: 'How many of them did not understand it.'},
  unsure: {type: 'integer', minimum: 0, description: 'How many were not sure.'},
  words: {type: 'array', items: limited(textLimits.reviewWords), maxItems: listLimits.reviewWords, description: "The reviewers' own words for it, most common first."},
  responses: {
    type: 'array',
    items: limited(textLimits.response),
    description: 'Ids of the answer files already counted, so that the same answers imported again are counted once.'
  }
} as const

const simplerWordEntryFields = {
  pattern: {...limited(textLimits.words), description: 'A retext-simplify pattern, exactly as retext-simplify writes it, e.g. `a number of`.'},
  alternatives: {
    type: 'array',
    items: limited(textLimits.phrase),
    maxItems: listLimits.alternatives,
    description: 'The suggestions that keep the meaning in council and NHS writing, ready to insert. [] with `remove: true` when the words can simply go.'
  },
  remove: {type: 'boolean', description: 'Whether "remove it" is good advice: the sentence still reads correctly without the words.'},
  off: {...limited(textLimits.note), description: 'Switches the pattern off; say why, e.g. "In council writing an address is usually a postal or email address."'},
  note: {...limited(textLimits.note), description: 'Why to change it, shown to the writer, when there is more to say than "everyday words are easier to read".'},
  unless: termEntryFields.unless,
  audiences: termEntryFields.audiences
} as const

const acronymEntryFields = {
  acronym: {...limited(textLimits.words), description: 'The acronym as written, e.g. `JSNA`, `A&E`, `EqIA`.'},
  expansion: {...limited(textLimits.meaning), description: 'What it stands for, written as it should appear when spelled out.'},
  expansions: {
    type: 'array',
    items: {
      anyOf: [
        limited(textLimits.meaning),
        {
          type: 'object',
          properties: {
            meaning: {...limited(textLimits.meaning), description: 'What it stands for in this meaning.'},
            domain: {enum: [...acronymDomains], description: 'Where this meaning is used.'}
          },
          required: ['meaning', 'domain'],
          additionalProperties: false
        }
      ]
    },
    minItems: 1,
    maxItems: listLimits.expansions,
    description:
      'Use instead of `expansion` when the acronym has several meanings. Write each meaning as text, or as `{meaning: …, domain: …}` when the meanings belong to different domains.'
  },
  domain: {
    enum: [...acronymDomains],
    description: 'Where the acronym is used: nhs, council, education, justice, public-sector or general. Not needed when every meaning has its own domain.'
  },
  source: termEntryFields.source,
  note: {...limited(textLimits.note), description: 'Anything a writer should know, e.g. which meaning is most common.'},
  review: termEntryFields.review
} as const

const codeEntryFields = {
  code: {...limited(textLimits.words), description: 'A form or reference code (`FP10`, `RQX`) or a product name (`MS Teams`) that is written like an acronym but never spelled out.'},
  note: {...limited(textLimits.note), description: 'What it is, for the people who review the list.'},
  source: {...termEntryFields.source, description: 'Optional: the id (or ids) of where the code comes from, as listed in sources.yml.'}
} as const

/** Field names per kind of record, in the order the docs and messages list them. */
export const fieldNames = {
  term: Object.keys(termEntryFields),
  acronym: Object.keys(acronymEntryFields),
  code: Object.keys(codeEntryFields),
  meaning: ['meaning', 'domain'],
  examples: ['bad', 'good'],
  'simpler-word': Object.keys(simplerWordEntryFields),
  'well-known': [...audiences],
  source: ['title', 'url', 'licence'],
  review: Object.keys(reviewFields)
} as const

export const dictionarySchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://plainspeak.dev/schema/plainspeak-dictionary.schema.json',
  title: 'Plainspeak dictionary file',
  description:
    'A list of term, acronym and code entries (council.yml, nhs.yml, acronyms.yml, codes.yml, local files), the reviewed retext-simplify patterns (simpler-words.yml), the well-known acronyms per audience (well-known.yml), or the sources table (sources.yml).',
  anyOf: [
    {$ref: '#/definitions/entriesFile'},
    {$ref: '#/definitions/simplerWordsFile'},
    {$ref: '#/definitions/wellKnownFile'},
    {$ref: '#/definitions/sourcesFile'}
  ],
  definitions: {
    entriesFile: {
      type: 'array',
      items: {$ref: '#/definitions/entry'}
    },
    entry: {
      type: 'object',
      // An entry is an acronym entry exactly when it has `acronym`; this keeps the
      // validator's errors to one kind of entry instead of a noisy "matches neither".
      if: {type: 'object', required: ['acronym']},
      then: {$ref: '#/definitions/acronymEntry'},
      else: {
        if: {type: 'object', required: ['code']},
        then: {$ref: '#/definitions/codeEntry'},
        else: {$ref: '#/definitions/termEntry'}
      }
    },
    termEntry: {
      type: 'object',
      properties: termEntryFields,
      additionalProperties: false,
      required: ['term'],
      // `term: x` + `severity: off` switches off an entry from a lower layer: nothing else is needed.
      if: {properties: {severity: {const: 'off'}}, required: ['severity']},
      then: {},
      else: {
        required: ['kind'],
        allOf: [
          // A resident review is a source of its own.
          {if: {required: ['review']}, then: {}, else: {required: ['source']}},
          // An explain entry never offers a replacement, so it needs no alternatives.
          {if: {properties: {action: {const: 'explain'}}, required: ['action']}, then: {}, else: {required: ['alternatives']}}
        ]
      }
    },
    review: {
      type: 'object',
      properties: reviewFields,
      required: ['date', 'reviewers', 'notUnderstood'],
      additionalProperties: false
    },
    simplerWordsFile: {
      type: 'array',
      description: "retext-simplify's patterns, each reviewed: the alternatives that keep the meaning, or `off` with the reason.",
      items: {$ref: '#/definitions/simplerWord'}
    },
    simplerWord: {
      type: 'object',
      properties: simplerWordEntryFields,
      additionalProperties: false,
      required: ['pattern']
    },
    acronymEntry: {
      type: 'object',
      properties: acronymEntryFields,
      additionalProperties: false,
      // `domain` may be given per meaning instead: the loader checks every meaning has one.
      required: ['acronym'],
      // A resident review is a source of its own.
      if: {required: ['review']},
      then: {},
      else: {required: ['source']},
      // Exactly one of `expansion` and `expansions`.
      oneOf: [{required: ['expansion']}, {required: ['expansions']}]
    },
    codeEntry: {
      type: 'object',
      properties: codeEntryFields,
      additionalProperties: false,
      required: ['code']
    },
    wellKnownFile: {
      type: 'object',
      description: 'Acronyms each audience knows without a definition. Lists are cumulative: board readers also know the public list, staff also know the board list. The patient list stands alone.',
      properties: Object.fromEntries(
        audiences.map((audience) => [audience, {type: 'array', items: limited(textLimits.words)}])
      ),
      additionalProperties: false
    },
    sourcesFile: {
      type: 'object',
      description: 'Source id → where the data comes from and its licence.',
      propertyNames: {pattern: '\\S', maxLength: textLimits.sourceId},
      additionalProperties: {$ref: '#/definitions/source'}
    },
    source: {
      type: 'object',
      properties: {
        title: {...limited(textLimits.title), description: 'Title of the guidance or list.'},
        url: {type: 'string', pattern: '^\\S+$', maxLength: textLimits.url, description: 'Where to read it: a full https:// address.'},
        licence: {...limited(textLimits.title), description: 'Its licence, e.g. `OGL v3`, or `not stated; facts only`.'}
      },
      required: ['title', 'licence'],
      additionalProperties: false
    }
  }
} as const

/** The kinds of dictionary file; each validates against one definition of the schema. */
export type DictionaryFileKind = 'entries' | 'simpler-words' | 'well-known' | 'sources'

export const fileKindDefinitions: Record<DictionaryFileKind, string> = {
  entries: 'entriesFile',
  'simpler-words': 'simplerWordsFile',
  'well-known': 'wellKnownFile',
  sources: 'sourcesFile'
}
