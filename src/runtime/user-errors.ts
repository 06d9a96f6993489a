/**
 * Which errors are the user's to fix (a message and exit 1) rather than srcgit's (a stack trace,
 * exit 70). Each module registers its error classes when it loads, so asking does not load every
 * client: an error of a module that was never loaded cannot have been thrown.
 */

type ErrorClass = abstract new (...args: never[]) => Error

const userErrorClasses = new Set<ErrorClass>()

/** Marks a class's errors as the user's to fix (their messages say what and how). */
export function registerUserError(errorClass: ErrorClass): void {
  userErrorClasses.add(errorClass)
}

export function isUserError(error: unknown): error is Error {
  if (error instanceof Error && Object.getPrototypeOf(error) === Error.prototype) return true
  // A file or directory that cannot be read or written (ENOENT, EISDIR, EACCES...): its message names the path.
  if (isSystemError(error)) return true
  for (const errorClass of userErrorClasses) if (error instanceof errorClass) return true
  return false
}

/** Node's errors from the operating system (checked by shape: under jest they come from another realm). */
function isSystemError(error: unknown): error is Error {
  const e = error as { code?: unknown; syscall?: unknown; message?: unknown } | null
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.message === 'string' &&
    typeof e.syscall === 'string' &&
    typeof e.code === 'string' &&
    /^E[A-Z0-9]+$/.test(e.code)
  )
}
