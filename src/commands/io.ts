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

/** A --date option (YYYY-MM-DD, a UTC day); undefined when it is not one. */
export function parseDateOption(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined
  const date = new Date(`${text}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? undefined : date
}
