/** A reason `srcgit init` refuses or stops, worded for the user (no stack trace). */
export class InitError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InitError'
  }
}
