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
