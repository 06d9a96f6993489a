/** Shared setup for the forge's tests: a package repo, API calls with fetch, git over HTTP. */
import { execFile } from 'node:child_process'
import { TestRepo, gitEnv } from '../../support/git-repo.js'
import type { Forge } from '../../support/forge/index.js'

/** A Pagure-style token: 64 characters from A-Z0-9. */
export function makeToken(seed: string): string {
  return (seed.toUpperCase().replace(/[^A-Z0-9]/g, '') + '0'.repeat(64)).slice(0, 64)
}

/** A dist-git-like repo: rawhide and f43 branches with a spec file. */
export function packageSource(): TestRepo {
  const repo = TestRepo.init('srcgit-forge-src-')
  repo.write('hello.spec', 'Name: hello\nVersion: 1.0\n').write('sources', '')
  repo.commit('Initial import')
  repo.git('branch', '-M', 'rawhide')
  repo.git('branch', 'f43')
  return repo
}

export interface ApiResult {
  status: number
  headers: Headers
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

/** One API call with the global fetch; form bodies are urlencoded like OGR's. */
export async function api(
  forge: Forge,
  method: string,
  path: string,
  opts: { token?: string; authorization?: string; form?: Record<string, string>; json?: unknown } = {},
): Promise<ApiResult> {
  const headers: Record<string, string> = {}
  if (opts.token) headers.Authorization = `token ${opts.token}`
  if (opts.authorization) headers.Authorization = opts.authorization
  let body: string | undefined
  if (opts.form) body = new URLSearchParams(opts.form).toString()
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.json)
  }
  if (opts.form) headers['Content-Type'] = 'application/x-www-form-urlencoded'
  const response = await fetch(`${forge.url}/api/0${path}`, { method, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, body: parsed }
}

/** GET a JSON document from any URL (Bodhi, pagination links). */
export async function getJson(url: string): Promise<Omit<ApiResult, 'headers'>> {
  const response = await fetch(url)
  return { status: response.status, body: await response.json() }
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** A process run without blocking the event loop (the forge answers from this same process). */
export function runAsync(
  command: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: opts.cwd, env: opts.env ?? process.env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0
        if (error && typeof error.code !== 'number') reject(error)
        else resolve({ code, stdout, stderr })
      },
    )
  })
}

/**
 * The git environment for a command, optionally sending HTTP Basic "<user>:<token>" through
 * config in the environment (not argv, where secrets do not belong).
 */
export function gitClientEnv(auth?: { user: string; token: string }): NodeJS.ProcessEnv {
  const env = gitEnv({ GIT_TERMINAL_PROMPT: '0' })
  if (!auth) return env
  const basic = Buffer.from(`${auth.user}:${auth.token}`).toString('base64')
  return {
    ...env,
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraHeader',
    GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
  }
}

export function git(
  args: string[],
  opts: { cwd?: string; auth?: { user: string; token: string } } = {},
): Promise<Run> {
  return runAsync('git', args, { cwd: opts.cwd, env: gitClientEnv(opts.auth) })
}
