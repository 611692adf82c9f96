/** A change that was refused: where, and why, in plain words. */
export class AllowListError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AllowListError'
  }
}
