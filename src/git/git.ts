/**
 * The one place that runs git. A small interface over `git` processes with a private
 * environment overlay (no prompts, C locale, no pager, a deadline for stalled transfers) on top
 * of the scrubbed child environment (no secrets), `try*` methods that return undefined instead
 * of throwing, and errors that say which command failed and why, without credentials.
 */
import { existsSync } from 'node:fs'
import { networkTimeoutSeconds, spawnChild, stallAdvice } from '../runtime/resources.js'
import { redact, registerSecret, withoutUrlCredentials } from '../runtime/secrets.js'
import { registerUserError } from '../runtime/user-errors.js'

export class GitError extends Error {
  readonly args: readonly string[]
  readonly stderr: string

  constructor(
    args: readonly string[],
    readonly code: number | null,
    stderr: string,
  ) {
    const output = redact(stderr.trim())
    const stalled = isStall(output) ? ` (the remote sent nothing for too long. ${stallAdvice()})` : ''
    super(
      redact(
        `git ${args.join(' ')} failed${code === null ? '' : ` (exit ${code})`}: ${output || 'no error output'}${stalled}`,
      ),
    )
    this.name = 'GitError'
    this.args = args.map(redact)
    this.stderr = output
  }
}
registerUserError(GitError)

/** git's, ssh's and curl's words for a transfer that stalled or a host that did not answer in time. */
export function isStall(output: string): boolean {
  return /Operation too slow|Operation timed out|timed out during banner exchange|Timeout, server .* not responding/i.test(
    output,
  )
}

export interface RunOptions {
  /** Bytes written to git's standard input. */
  input?: string | Buffer
  /** Extra environment for this one command (e.g. GIT_AUTHOR_DATE). */
  env?: Record<string, string>
  /** Return instead of throwing on a non-zero exit. */
  allowFailure?: boolean
}

export interface RunResult {
  code: number
  stdout: string
  /** The same output as bytes, for binary content. */
  stdoutBytes: Buffer
  stderr: string
}

/** Environment every git command gets: never prompt, stable messages, no pager or editor. */
const BASE_ENV: Record<string, string> = {
  GIT_TERMINAL_PROMPT: '0',
  GIT_PAGER: 'cat',
  GIT_EDITOR: 'true',
  LC_ALL: 'C',
}

/**
 * An HTTP(S) transfer (clone, fetch, ls-remote, push) that moves under 1 byte/s for the network
 * timeout is aborted (curl's low-speed limit, which git reads from these variables). Settings the
 * user exported win.
 */
function deadlineEnv(): Record<string, string> {
  const env: Record<string, string> = {}
  if (!process.env.GIT_HTTP_LOW_SPEED_LIMIT) env.GIT_HTTP_LOW_SPEED_LIMIT = '1'
  if (!process.env.GIT_HTTP_LOW_SPEED_TIME) env.GIT_HTTP_LOW_SPEED_TIME = String(networkTimeoutSeconds())
  return env
}

export class Git {
  constructor(
    readonly dir: string,
    private readonly env: Record<string, string> = {},
  ) {}

  /** A Git for another directory sharing this one's environment overlay. */
  at(dir: string): Git {
    return new Git(dir, this.env)
  }

  run(args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawnChild('git', args, {
        cwd: this.dir,
        env: { ...BASE_ENV, ...deadlineEnv(), ...this.env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout!.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr!.on('data', (chunk: Buffer) => err.push(chunk))
      child.on('error', (error) =>
        reject(
          (error as NodeJS.ErrnoException).code !== 'ENOENT'
            ? error
            : existsSync(this.dir)
              ? new Error('git is not installed or not on PATH; install git and try again')
              : new GitError(args, null, `the directory ${this.dir} does not exist`),
        ),
      )
      child.on('close', (code) => {
        const bytes = Buffer.concat(out)
        const result: RunResult = {
          code: code ?? 1,
          stdout: bytes.toString('utf8'),
          stdoutBytes: bytes,
          stderr: Buffer.concat(err).toString('utf8'),
        }
        if (result.code !== 0 && !options.allowFailure) reject(new GitError(args, code, result.stderr))
        else resolve(result)
      })
      child.stdin!.on('error', () => undefined)
      child.stdin!.end(options.input ?? '')
    })
  }

  /** Runs git and returns stdout with the final newline removed. */
  async output(args: readonly string[], options: RunOptions = {}): Promise<string> {
    return (await this.run(args, options)).stdout.replace(/\n$/, '')
  }

  /** The full SHA of a revision, or undefined when it does not resolve. */
  async tryRevParse(rev: string): Promise<string | undefined> {
    const result = await this.run(
      ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`],
      {
        allowFailure: true,
      },
    )
    return result.code === 0 ? result.stdout.trim() : undefined
  }

  async isRepository(): Promise<boolean> {
    return (await this.run(['rev-parse', '--git-dir'], { allowFailure: true })).code === 0
  }

  /** Paths with uncommitted changes (tracked and untracked, not ignored). */
  async dirtyPaths(options: { untracked?: boolean } = {}): Promise<string[]> {
    const untracked = options.untracked === false ? 'no' : 'all'
    const status = await this.output(['status', '--porcelain=v1', '-z', `--untracked-files=${untracked}`])
    return status
      .split('\0')
      .filter(Boolean)
      .map((entry) => entry.slice(3))
  }
}

/**
 * A remote URL without credentials, and the credentials it carried (for command-scoped config:
 * never argv, remotes on disk or messages). `https://user:token@host/p` -> `https://host/p`.
 */
export function splitUrlCredentials(url: string): { url: string; user?: string; password?: string } {
  const clean = withoutUrlCredentials(url)
  if (clean === url) return { url }
  try {
    const parsed = new URL(url)
    return {
      url: clean,
      user: decodeURIComponent(parsed.username) || undefined,
      password: decodeURIComponent(parsed.password) || undefined,
    }
  } catch {
    return { url: clean }
  }
}

/**
 * Command-scoped git config (GIT_CONFIG_COUNT/KEY/VALUE act like `-c` for one command without
 * showing in argv) that sends HTTP Basic credentials to `url` only; appended after any entries
 * the environment already has. The credentials are registered as secrets.
 */
export function basicAuthEnv(url: string, user: string, password: string): Record<string, string> {
  const credential = Buffer.from(`${user}:${password}`).toString('base64')
  registerSecret(password)
  registerSecret(credential)
  const index = Number.parseInt(process.env.GIT_CONFIG_COUNT ?? '0', 10) || 0
  return {
    GIT_CONFIG_COUNT: String(index + 1),
    [`GIT_CONFIG_KEY_${index}`]: `http.${url}.extraHeader`,
    [`GIT_CONFIG_VALUE_${index}`]: `Authorization: Basic ${credential}`,
  }
}

/** True for a clone URL (`https://...`, `ssh://...`, `user@host:path`) rather than a local path. */
export function isRemoteUrl(location: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//.test(location) || /^[^/]+@[^:/]+:/.test(location)
}

/** A branch name srcgit accepts: plain, so neither git nor a shell reads it as anything else. */
export function isPlainBranchName(name: string): boolean {
  return (
    /^[A-Za-z0-9_+][A-Za-z0-9._+/-]*$/.test(name) &&
    !name.endsWith('/') &&
    !name.endsWith('.lock') &&
    !/\.\.|\/\/|\/\./.test(name)
  )
}
