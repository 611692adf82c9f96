/**
 * Settings stored in the document itself (Office document settings), so they
 * travel with the file: the words allowed in this document and its audience.
 */
import {audiences, type Audience} from '@plainspeak/base'

export const allowKey = 'plainspeak.allow'
export const audienceKey = 'plainspeak.audience'
export const suggestionsKey = 'plainspeak.suggestions'

export interface DocumentSettings {
  allow: string[]
  audience: Audience | undefined
  /** Whether the pane shows suggestions (correct but minor findings) too. */
  suggestions: boolean
}

type Settings = Pick<Office.Settings, 'get' | 'set' | 'saveAsync'>

const officeSettings = (): Settings => Office.context.document.settings

/** Reads this document's settings, ignoring values of the wrong shape. */
export function readDocumentSettings(settings: Settings = officeSettings()): DocumentSettings {
  const allow: unknown = settings.get(allowKey)
  const audience: unknown = settings.get(audienceKey)
  const suggestions: unknown = settings.get(suggestionsKey)
  return {
    suggestions: suggestions === true,
    allow: Array.isArray(allow) ? allow.filter((item): item is string => typeof item === 'string') : [],
    audience: audiences.includes(audience as Audience) ? (audience as Audience) : undefined
  }
}

/** Changes settings and saves them into the document. */
export async function saveDocumentSettings(update: Partial<DocumentSettings>, settings: Settings = officeSettings()): Promise<void> {
  if (update.allow !== undefined) settings.set(allowKey, [...new Set(update.allow)])
  if (update.audience !== undefined) settings.set(audienceKey, update.audience)
  if (update.suggestions !== undefined) settings.set(suggestionsKey, update.suggestions)
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
