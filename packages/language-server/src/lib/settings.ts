/**
 * Editor settings (`plainspeak.*`): pulled per document with `workspace/configuration` when the
 * client can, else taken from `didChangeConfiguration` or `initializationOptions`. Cached per
 * document until the configuration changes, as vscode-eslint does.
 */
import type {Connection} from 'vscode-languageserver'
import {defaultSettings, settingsSection, type PlainspeakSettings} from '../protocol.js'

/**
 * Settings of the wrong shape fall back to defaults field by field; values of the right shape
 * but unknown (an audience `kids`) pass through so that the engine reports them precisely. The
 * limits pass through whatever they are: budget.ts reports a bad one and uses the default.
 */
export function normalizeSettings(raw: unknown): PlainspeakSettings {
  const given = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {}
  const rules = given['rules']
  const limit = (key: 'maxFileSize' | 'timeout' | 'maxMemory') => (given[key] ?? defaultSettings[key]) as number
  const paths = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : [])
  return {
    enable: typeof given['enable'] === 'boolean' ? given['enable'] : defaultSettings.enable,
    audience: typeof given['audience'] === 'string' && given['audience'] !== '' ? (given['audience'] as PlainspeakSettings['audience']) : null,
    rules: typeof rules === 'object' && rules !== null && !Array.isArray(rules) ? (rules as PlainspeakSettings['rules']) : {},
    dictionaries: paths(given['dictionaries']),
    organisationFolders: paths(given['organisationFolders']),
    docsUrl: typeof given['docsUrl'] === 'string' && given['docsUrl'] !== '' ? given['docsUrl'] : null,
    maxFileSize: limit('maxFileSize'),
    timeout: limit('timeout'),
    maxMemory: limit('maxMemory'),
    suggestions: typeof given['suggestions'] === 'boolean' ? given['suggestions'] : defaultSettings.suggestions
  }
}

export class SettingsStore {
  private readonly perDocument = new Map<string, Promise<PlainspeakSettings>>()
  /** Settings pushed by the client (`didChangeConfiguration`) or given at start. */
  private pushed: PlainspeakSettings

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
    initial: unknown
  ) {
    this.pushed = normalizeSettings(initial)
  }

  get(uri: string): Promise<PlainspeakSettings> {
    if (!this.canPull()) return Promise.resolve(this.pushed)
    let settings = this.perDocument.get(uri)
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({scopeUri: uri, section: settingsSection})
        .then(
          (value: unknown) => normalizeSettings(value ?? this.pushed),
          () => this.pushed
        )
      this.perDocument.set(uri, settings)
    }
    return settings
  }

  /** `didChangeConfiguration`: forget cached settings; keep pushed ones when the client sent them. */
  changed(settings: unknown): void {
    this.perDocument.clear()
    const section = typeof settings === 'object' && settings !== null ? (settings as Record<string, unknown>)[settingsSection] : undefined
    if (section !== undefined) this.pushed = normalizeSettings(section)
  }

  forget(uri: string): void {
    this.perDocument.delete(uri)
  }
}
