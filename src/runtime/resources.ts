/**
 * What a run could leave behind: temp dirs (clones, worktrees, archives, key files, ticket
 * caches) and child processes (git, ssh, curl, kinit, compressors, Packit actions). Every one
 * is made here, so none outlives the run, whether it succeeds, fails or is cancelled:
 *
 * - temp dirs live under RUNNER_TEMP when set (wiped by the runner after the job), else the
 *   system temp dir; the code that makes one removes it, a scope (withTempScope) removes what
 *   is left when a job ends, and the process removes the rest when it exits;
 * - children run in a process group of their own with a scrubbed environment (no secret
 *   variables, see secrets.ts), so a signal reaches git and the ssh or git-remote-https it
 *   started, and no child sees a credential it was not given explicitly;
 * - on SIGTERM/SIGINT/SIGHUP (a cancelled CI job, Ctrl-C) the process groups are ended, the
 *   temp dirs removed and srcgit exits 128 + the signal number (143, 130, 129).
 *
 * Network deadlines are read here too: one number, SRCGIT_NETWORK_TIMEOUT_SECONDS, for how long
 * a remote may stay silent before git, ssh, curl and kinit give up.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process'
import { existsSync, mkdtempSync, rmdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { scrubEnv } from './secrets.js'

/** How long a remote may send nothing before the transfer counts as stalled (git, ssh, curl, kinit). */
export const DEFAULT_NETWORK_TIMEOUT_SECONDS = 120

/** SRCGIT_NETWORK_TIMEOUT_SECONDS when it is a positive whole number, else the default. */
export function networkTimeoutSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SRCGIT_NETWORK_TIMEOUT_SECONDS?.trim()
  const value = raw && /^\d+$/.test(raw) ? Number(raw) : 0
  return value > 0 ? value : DEFAULT_NETWORK_TIMEOUT_SECONDS
}

/** What to tell a user whose transfer stalled: how to retry and what to change for a slow link. */
export function stallAdvice(env: NodeJS.ProcessEnv = process.env): string {
  return (
    `Run again (nothing was left half-done); if the link is just slow, raise SRCGIT_NETWORK_TIMEOUT_SECONDS ` +
    `(now ${networkTimeoutSeconds(env)} s).`
  )
}

const tempDirs = new Set<string>()
const children = new Set<ChildProcess>()
const scopes = new AsyncLocalStorage<Set<string>>()
let stopping: NodeJS.Signals | undefined

/** RUNNER_TEMP when it names a directory (GitHub wipes it after the job), else the system temp dir. */
export function tempRoot(env: NodeJS.ProcessEnv = process.env): string {
  const runnerTemp = env.RUNNER_TEMP
  if (
    runnerTemp &&
    path.isAbsolute(runnerTemp) &&
    existsSync(runnerTemp) &&
    statSync(runnerTemp).isDirectory()
  )
    return runnerTemp
  return os.tmpdir()
}

/** The signal srcgit is stopping for, once one came. */
export function stoppingSignal(): NodeJS.Signals | undefined {
  return stopping
}

function refuseWhenStopping(what: string): void {
  if (stopping) throw new Error(`srcgit is stopping (${stopping}): not starting ${what}`)
}

/** A new private directory `<temp root>/<prefix>XXXXXX` (or under `root`), removed at the latest when the process exits. */
export function makeTempDir(prefix: string, root: string = tempRoot()): string {
  refuseWhenStopping(`a temp dir ${prefix}`)
  const dir = mkdtempSync(path.join(root, prefix))
  tempDirs.add(dir)
  scopes.getStore()?.add(dir)
  return dir
}

/** A fresh temp path that does not exist yet, for commands that create their directory (`git worktree add`). */
export function makeTempPath(prefix: string): string {
  const dir = makeTempDir(prefix)
  rmdirSync(dir)
  return dir
}

/** Removes a temp dir made by makeTempDir/makeTempPath; safe to call twice. */
export function removeTempDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  tempDirs.delete(dir)
}

/** Runs fn; the temp dirs made during it (and not removed by then) are removed when it settles. */
export async function withTempScope<T>(fn: () => Promise<T>): Promise<T> {
  const mine = new Set<string>()
  try {
    return await scopes.run(mine, fn)
  } finally {
    for (const dir of mine) removeTempDir(dir)
  }
}

/** The environment a child gets: the process's own without secret variables, plus `extra`. */
export function childEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env = scrubEnv(process.env)
  for (const [name, value] of Object.entries(extra))
    if (value === undefined) delete env[name]
    else env[name] = value
  return env
}

export interface ChildOptions {
  cwd?: string
  /** Variables added to (undefined: removed from) the scrubbed environment. */
  env?: Record<string, string | undefined>
  stdio?: StdioOptions
}

/**
 * Starts a child in its own process group with the scrubbed environment plus `options.env`,
 * tracked until its output closes (which also waits for the helpers it started). Throws when
 * srcgit is stopping.
 */
export function spawnChild(
  command: string,
  args: readonly string[],
  options: ChildOptions = {},
): ChildProcess {
  refuseWhenStopping(command)
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: childEnv(options.env),
    stdio: options.stdio ?? 'pipe',
    // A process group of its own (setsid): a signal to -pid reaches git's ssh and remote helpers.
    detached: true,
  })
  if (child.pid === undefined) return child // failed to start: 'error' follows, nothing to track
  children.add(child)
  const forget = () => children.delete(child)
  child.once('close', forget)
  child.once('error', forget)
  return child
}

/** Sends a signal to every tracked child's process group (a group already gone is fine). */
function signalChildren(signal: NodeJS.Signals): void {
  for (const child of children) {
    try {
      process.kill(-child.pid!, signal)
    } catch {
      // ESRCH: the group has ended.
    }
  }
}

/** Resolves when every tracked child has closed, or after `ms`. */
function childrenClosed(ms: number): Promise<void> {
  const all = Promise.all(
    [...children].map((child) => new Promise<void>((resolve) => child.once('close', () => resolve()))),
  )
  return Promise.race([all.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, ms))])
}

/** Removes every temp dir still there; returns how many there were. */
function removeAllTempDirs(): number {
  let count = 0
  for (const dir of [...tempDirs]) {
    try {
      if (existsSync(dir)) count++
      removeTempDir(dir)
    } catch {
      // Best effort at exit; the runner wipes RUNNER_TEMP anyway.
    }
  }
  return count
}

/** How long the children get between SIGTERM and SIGKILL. */
const GRACE_MS = 2000
const SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGINT', 'SIGHUP']
let installed = false

/**
 * For the entry points (the CLI, the action): on SIGTERM, SIGINT or SIGHUP end the children's
 * process groups (SIGTERM, then SIGKILL after a grace time), remove the temp dirs, say so and
 * exit 128 + the signal number. A second signal skips the grace time. At any exit, temp dirs
 * still there are removed and children still running are killed.
 */
export function handleSignals(
  write: (text: string) => void = (text) => void process.stderr.write(text),
): void {
  if (installed) return
  installed = true
  const exitCode = (signal: NodeJS.Signals) => 128 + (os.constants.signals[signal] ?? 15)
  for (const signal of SIGNALS)
    process.on(signal, () => {
      if (stopping) {
        signalChildren('SIGKILL')
        removeAllTempDirs()
        process.exit(exitCode(stopping))
      }
      stopping = signal
      const running = [...children].map((child) => child.spawnargs.slice(0, 2).join(' '))
      signalChildren('SIGTERM')
      void childrenClosed(GRACE_MS)
        .then(() => {
          signalChildren('SIGKILL')
          return childrenClosed(GRACE_MS)
        })
        .then(() => {
          const removed = removeAllTempDirs()
          const ended = running.length > 0 ? `ended ${[...new Set(running)].join(', ')}; ` : ''
          write(
            `srcgit: stopped by ${signal}: ${ended}removed ${removed} temp dir${removed === 1 ? '' : 's'}. ` +
              'Running srcgit again is safe: it reads what the forge has and goes on from there.\n',
          )
          process.exit(exitCode(signal))
        })
    })
  process.on('exit', () => {
    signalChildren('SIGKILL')
    removeAllTempDirs()
    // A job that ended on its own while the children were stopping must not decide the code.
    if (stopping) process.exitCode = exitCode(stopping)
  })
}
