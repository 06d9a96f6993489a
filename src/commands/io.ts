import { parseIdentity } from '../dist-git/identity.js'

/** Where a command writes and which directory it runs in; tests pass their own. */
export interface CommandIO {
  stdout: (s: string) => void
  stderr: (s: string) => void
  cwd: string
}

/** Exit codes of the srcgit command (documented in README). */
export const EXIT = {
  ok: 0,
  /** The input is wrong (config errors, spec cannot be edited). */
  failure: 1,
  /** The command line is wrong (unknown option, missing argument). */
  usage: 2,
} as const

/** A --date option (YYYY-MM-DD, a UTC day); undefined when it is not one (2026-02-30 is not). */
export function parseDateOption(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined
  const date = new Date(`${text}T00:00:00Z`)
  // Date rolls 2026-02-30 over to March 2nd: only a day that round-trips is one.
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? date : undefined
}

/** An --author value: `Full Name <email>`, as git and %changelog lines write it. */
export function isIdentity(text: string): boolean {
  try {
    parseIdentity(text, '--author')
    return true
  } catch {
    return false
  }
}
