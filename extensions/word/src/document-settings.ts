/**
 * Settings stored in the document itself (Office document settings), so they
 * travel with the file: the words allowed in this document, its audience, and
 * the findings marked "Not useful here" (as the feedback record holds them:
 * rule, term, audience, reason, date and fingerprint, never the words around).
 */
import {audiences, type Audience} from '@plainspeak/base'
import {dismissalReasons, type Dismissal} from '@plainspeak/config/feedback-format'

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
}

type Settings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>

const officeSettings = (): Settings => Office.context.document.settings

/** Reads this document's settings, ignoring values of the wrong shape. */
export function readDocumentSettings(settings: Settings = officeSettings()): DocumentSettings {
  const allow: unknown = settings.get(allowKey)
  const audience: unknown = settings.get(audienceKey)
  const suggestions: unknown = settings.get(suggestionsKey)
  const dismissed: unknown = settings.get(dismissedKey)
  return {
    suggestions: suggestions === true,
    dismissed: Array.isArray(dismissed) ? dismissed.filter(isDismissal) : [],
    allow: Array.isArray(allow) ? allow.filter((item): item is string => typeof item === 'string') : [],
    audience: audiences.includes(audience as Audience) ? (audience as Audience) : undefined
  }
}

/** Changes settings and saves them into the document. */
export async function saveDocumentSettings(update: Partial<DocumentSettings>, settings: Settings = officeSettings()): Promise<void> {
  if (update.allow !== undefined) settings.set(allowKey, [...new Set(update.allow)])
  if (update.audience !== undefined) settings.set(audienceKey, update.audience)
  if (update.suggestions !== undefined) settings.set(suggestionsKey, update.suggestions)
  if (update.dismissed !== undefined) settings.set(dismissedKey, update.dismissed)
  await new Promise<void>((resolve, reject) => {
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

/** Adds dismissals to the document's record and saves it; one already there (same place, audience) is not added twice. */
export async function dismissInDocument(added: readonly Dismissal[], settings: Settings = officeSettings()): Promise<Dismissal[]> {
  const dismissed = readDocumentSettings(settings).dismissed
  const known = new Set(dismissed.map((dismissal) => `${dismissal.audience}|${dismissal.fingerprint}`))
  const fresh = added.filter((dismissal) => !known.has(`${dismissal.audience}|${dismissal.fingerprint}`))
  const all = [...dismissed, ...fresh]
  await saveDocumentSettings({dismissed: all}, settings)
  return all
}

/** Takes every dismissal off the document's record (the findings show again) and saves it. */
export async function clearDismissals(settings: Settings = officeSettings()): Promise<void> {
  await saveDocumentSettings({dismissed: []}, settings)
}

const fingerprintPattern = /^[0-9a-f]{16}$/
const datePattern = /^\d{4}-\d{2}-\d{2}$/

/** A stored dismissal of the right shape (a document may have been edited by anything). */
function isDismissal(value: unknown): value is Dismissal {
  if (typeof value !== 'object' || value === null) return false
  const item = value as Record<string, unknown>
  return (
    typeof item['rule'] === 'string' &&
    (item['term'] === undefined || typeof item['term'] === 'string') &&
    audiences.includes(item['audience'] as Audience) &&
    (item['reason'] === undefined || (dismissalReasons as readonly unknown[]).includes(item['reason'])) &&
    typeof item['date'] === 'string' &&
    datePattern.test(item['date']) &&
    typeof item['fingerprint'] === 'string' &&
    fingerprintPattern.test(item['fingerprint'])
  )
}
