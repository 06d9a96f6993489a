import { registerUserError } from '../runtime/user-errors.js'

/** The spec code's one error type: what is wrong with a spec or a value meant for it. */
export class SpecError extends Error {
  constructor(
    message: string,
    /** 1-based line the problem is about, when there is one. */
    readonly line?: number,
    /** The spec file, when known. */
    public file?: string,
  ) {
    super(message)
    this.name = 'SpecError'
  }
}
registerUserError(SpecError)

/** Text quoted in a message, cut to `max` characters: a spec line can be megabytes long. */
export function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}
