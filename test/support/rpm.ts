/** Runs Debian's rpmspec as a judge in corpus tests. rpm is a test-time requirement only (.ci/run installs it). */
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface RpmRun {
  code: number
  stdout: string
  stderr: string
}

const topdir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-rpm-top-'))

export function rpmspec(args: string[]): Promise<RpmRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'rpmspec',
      [...args, '--define', `_topdir ${topdir}`],
      { timeout: 120_000, maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new Error(
              'rpmspec is not installed: the corpus suite needs it (apt-get install rpm); .ci/run installs it',
            ),
          )
          return
        }
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr })
      },
    )
  })
}

/** The first `error:` line rpm printed, or '' — what check-specs.sh reports. */
export function firstError(run: RpmRun): string {
  return run.stderr.split('\n').find((l) => l.startsWith('error')) ?? ''
}

/**
 * Whether rpm's reading is not Fedora's: Debian's /bin/sh is dash, so a bash-only `%(...)`
 * (`${c:0:7}`, 859 Fedora specs cut a short commit so) gives rpm an empty value here where
 * Fedora's bash gives the commit. Such a value is no judge of srcgit's (shell-subset.ts,
 * which bash itself judges in test/unit/spec/shell-oneliners.test.ts).
 */
export function readThroughDash(run: RpmRun): boolean {
  return /Bad substitution/.test(run.stderr)
}
