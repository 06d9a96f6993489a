/**
 * The one place that runs git. A small interface over `git` processes with a private
 * environment overlay (no prompts, C locale, no pager), `try*` methods that return
 * undefined instead of throwing, and errors that say which command failed and why.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'

export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(
      `git ${args.join(' ')} failed${code === null ? '' : ` (exit ${code})`}: ${stderr.trim() || 'no error output'}`,
    )
    this.name = 'GitError'
  }
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
      const child = spawn('git', args, {
        cwd: this.dir,
        env: { ...process.env, ...BASE_ENV, ...this.env, ...options.env },
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      const out: Buffer[] = []
      const err: Buffer[] = []
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk))
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
      child.stdin.on('error', () => undefined)
      child.stdin.end(options.input ?? '')
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
