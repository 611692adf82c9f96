/**
 * Settings stored in the document itself (Office document settings), so they
 * travel with the file: the words allowed in this document, its audience, and
 * the findings marked "Not useful here" (as the feedback record holds them:
 * rule, term, audience, reason, date and fingerprint, never the words around).
 * Anything in them may have been edited by another program: values of the wrong shape are
 * ignored, and dismissals that cannot be read are named and kept as they are.
 */
import {audiences, type Audience} from '@plainspeak/base'
import {dismissalReasons, newDismissals, type Dismissal} from '@plainspeak/config/feedback-format'

export const allowKey = 'plainspeak.allow'
export const audienceKey = 'plainspeak.audience'
export const suggestionsKey = 'plainspeak.suggestions'
export const dismissedKey = 'plainspeak.dismissed'

export interface DocumentSettings {
  allow: string[]
  audience: Audience | undefined
  /** Whether the pane shows suggestions (correct but minor findings) too. */
  suggestions: boolean
  /** Findings marked "Not useful here", oldest first. */
  dismissed: Dismissal[]
  /** What in the stored dismissals could not be read (`item 3: no fingerprint…`), for the author to see; kept as it is. */
  unreadableDismissals: string[]
}

type Settings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>

const officeSettings = (): Settings => Office.context.document.settings

/** Reads this document's settings, ignoring values of the wrong shape. */
export function readDocumentSettings(settings: Settings = officeSettings()): DocumentSettings {
  const allow: unknown = settings.get(allowKey)
  const audience: unknown = settings.get(audienceKey)
  const suggestions: unknown = settings.get(suggestionsKey)
  const {dismissed, unreadable} = readDismissed(settings.get(dismissedKey))
  return {
    suggestions: suggestions === true,
    dismissed,
    unreadableDismissals: unreadable,
    allow: Array.isArray(allow) ? allow.filter((item): item is string => typeof item === 'string') : [],
    audience: audiences.includes(audience as Audience) ? (audience as Audience) : undefined
  }
}

/** Changes settings and saves them into the document. */
export async function saveDocumentSettings(update: Partial<Pick<DocumentSettings, 'allow' | 'audience' | 'suggestions'>>, settings: Settings = officeSettings()): Promise<void> {
  if (update.allow !== undefined) settings.set(allowKey, [...new Set(update.allow)])
  if (update.audience !== undefined) settings.set(audienceKey, update.audience)
  if (update.suggestions !== undefined) settings.set(suggestionsKey, update.suggestions)
  await save(settings)
}

function save(settings: Settings): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(new Error(result.error?.message ?? 'Word could not save the settings'))
      else resolve()
    })
  })
}

/** Adds a term to the document's allow list and saves it. */
export async function allowInDocument(term: string, settings: Settings = officeSettings()): Promise<string[]> {
  const allow = [...new Set([...readDocumentSettings(settings).allow, term])]
  await saveDocumentSettings({allow}, settings)
  return allow
}

/** Takes a term off the document's allow list and saves it. */
export async function disallowInDocument(term: string, settings: Settings = officeSettings()): Promise<string[]> {
  const allow = readDocumentSettings(settings).allow.filter((item) => item !== term)
  await saveDocumentSettings({allow}, settings)
  return allow
}

/**
 * Adds dismissals to the end of the document's record and saves it; one already there (same place,
 * audience) is not added twice, and items that cannot be read stay as they are. Returns the
 * readable ones. A record that is not a list at all is left alone: the author clears it.
 */
export async function dismissInDocument(added: readonly Dismissal[], settings: Settings = officeSettings()): Promise<Dismissal[]> {
  const stored: unknown = settings.get(dismissedKey)
  if (stored !== undefined && stored !== null && !Array.isArray(stored)) throw new Error(`${notAListMessage} Nothing was added to it`)
  const {dismissed} = readDismissed(stored)
  const fresh = newDismissals(dismissed, added)
  settings.set(dismissedKey, [...((stored as unknown[] | null | undefined) ?? []), ...fresh])
  await save(settings)
  return [...dismissed, ...fresh]
}

/** Takes every dismissal off the document's record (the findings show again), unreadable ones too, and saves it. */
export async function clearDismissals(settings: Settings = officeSettings()): Promise<void> {
  settings.set(dismissedKey, [])
  await save(settings)
}

const notAListMessage = 'The “Not useful here” record kept in this document is not a list, so Plainspeak cannot read it (“Show them again” clears it).'

/** The readable dismissals in a stored value, and what is wrong with the rest. */
function readDismissed(stored: unknown): {dismissed: Dismissal[]; unreadable: string[]} {
  if (stored === undefined || stored === null) return {dismissed: [], unreadable: []}
  if (!Array.isArray(stored)) return {dismissed: [], unreadable: [notAListMessage]}
  const dismissed: Dismissal[] = []
  const unreadable: string[] = []
  stored.forEach((item: unknown, index) => {
    const problem = dismissalProblem(item)
    if (problem) unreadable.push(`item ${index + 1}: ${problem}`)
    else dismissed.push(item as Dismissal)
  })
  return {dismissed, unreadable}
}

const fingerprintPattern = /^[0-9a-f]{16}$/
const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** What is wrong with a stored dismissal, if anything, without repeating its values (they may be the document's words). */
function dismissalProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a dismissal'
  const item = value as Record<string, unknown>
  if (typeof item['rule'] !== 'string') return 'no rule'
  if (item['term'] !== undefined && typeof item['term'] !== 'string') return 'a term that is not text'
  if (!audiences.includes(item['audience'] as Audience)) return `no audience (${audiences.join(', ')})`
  if (item['reason'] !== undefined && !(dismissalReasons as readonly unknown[]).includes(item['reason'])) return `a reason that is not one of ${dismissalReasons.join(', ')}`
  if (typeof item['date'] !== 'string' || !datePattern.test(item['date'])) return 'no date such as 2026-12-07'
  if (typeof item['fingerprint'] !== 'string' || !fingerprintPattern.test(item['fingerprint'])) return 'no fingerprint of 16 hex digits'
  return undefined
}
