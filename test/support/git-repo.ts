/**
 * Deterministic git repositories for tests: fixed identities and dates, no system or
 * global git config, made with the real git in temp dirs.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const globalConfig = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-gitconfig-')), 'config')
writeFileSync(globalConfig, '[init]\n\tdefaultBranch = main\n[advice]\n\tdetachedHead = false\n')

let tick = 0
/** A fresh environment per command, each commit one minute after the previous one. */
export function gitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const date = new Date(Date.UTC(2026, 0, 1) + tick * 60_000).toISOString()
  return {
    PATH: process.env.PATH,
    HOME: path.dirname(globalConfig),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: globalConfig,
    GIT_AUTHOR_NAME: 'Ada Upstream',
    GIT_AUTHOR_EMAIL: 'ada@example.com',
    GIT_COMMITTER_NAME: 'Ada Upstream',
    GIT_COMMITTER_EMAIL: 'ada@example.com',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    LC_ALL: 'C',
    ...extra,
  }
}

export class TestRepo {
  constructor(readonly dir: string) {}

  static init(prefix = 'srcgit-repo-'): TestRepo {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
    const repo = new TestRepo(dir)
    repo.git('init', '-q')
    return repo
  }

  static clone(source: string, prefix = 'srcgit-clone-'): TestRepo {
    const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
    execFileSync('git', ['clone', '-q', source, dir], { env: gitEnv() })
    return new TestRepo(dir)
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: gitEnv(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim()
  }

  write(file: string, content: string): this {
    const full = path.join(this.dir, file)
    mkdirSync(path.dirname(full), { recursive: true })
    writeFileSync(full, content)
    return this
  }

  /** Stages everything and commits; `message` may hold a body and trailers. Returns the new SHA. */
  commit(message: string, author?: { name: string; email: string }): string {
    tick++
    this.git('add', '-A')
    const env: Record<string, string> = author
      ? { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email }
      : {}
    execFileSync('git', ['commit', '-q', '--allow-empty', '-F', '-'], {
      cwd: this.dir,
      env: gitEnv(env),
      input: message,
    })
    return this.git('rev-parse', 'HEAD')
  }

  tag(name: string, annotated = false): void {
    tick++
    if (annotated) this.git('tag', '-a', name, '-m', `Release ${name}`)
    else this.git('tag', name)
  }
}
