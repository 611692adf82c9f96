/**
 * When to check a document, as vale-ls and vscode-eslint do: wait until edits pause (debounce),
 * run one check at a time per document, and run once more afterwards if edits arrived meanwhile.
 * Whether a finished check is still current is the runner's business (the version guard).
 */
export type CheckRunner = (uri: string) => Promise<void>

interface DocumentState {
  timer?: NodeJS.Timeout
  running?: Promise<void>
  again: boolean
}

export class CheckScheduler {
  private readonly states = new Map<string, DocumentState>()

  constructor(
    private readonly run: CheckRunner,
    /** The debounce: how long edits must pause before a check. */
    public delayMs: number,
    private readonly onError: (error: unknown, uri: string) => void
  ) {}

  /** Checks `uri` after `delayMs` without further calls for it. */
  schedule(uri: string, delayMs: number = this.delayMs): void {
    const state = this.states.get(uri) ?? {again: false}
    this.states.set(uri, state)
    if (state.timer) clearTimeout(state.timer)
    state.timer = setTimeout(() => this.fire(uri, state), delayMs)
  }

  /** Forgets a closed document: no pending check runs. */
  cancel(uri: string): void {
    const state = this.states.get(uri)
    if (state?.timer) clearTimeout(state.timer)
    this.states.delete(uri)
  }

  private fire(uri: string, state: DocumentState): void {
    state.timer = undefined
    if (this.states.get(uri) !== state) return
    if (state.running) {
      state.again = true
      return
    }
    state.running = this.run(uri)
      .catch((error: unknown) => this.onError(error, uri))
      .finally(() => {
        state.running = undefined
        if (state.again && this.states.get(uri) === state) {
          state.again = false
          this.schedule(uri, 0)
        }
      })
  }
}
