import { registerUserError } from '../runtime/user-errors.js'

/** An error a user can fix, raised by a job: printed as one line, no stack trace. */
export class JobError extends Error {}
registerUserError(JobError)
