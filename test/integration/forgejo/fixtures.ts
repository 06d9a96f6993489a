/** Shared setup for the Forgejo stand-in's tests: API calls with fetch, git over HTTP with a token. */
import { gitEnv } from '../../support/git-repo.js'
import type { Forgejo } from '../../support/forgejo/index.js'
import { type Run, runAsync } from '../forge/fixtures.js'

export { packageSource, runAsync } from '../forge/fixtures.js'

/** A Forgejo-style token: 40 hex characters. */
export function fjToken(seed: string): string {
  return (Buffer.from(seed).toString('hex') + '0'.repeat(40)).slice(0, 40)
}

export const SCOPES = ['write:repository', 'write:issue', 'read:user']

export interface ApiResult {
  status: number
  headers: Headers
  text: string
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

export async function api(
  forgejo: Forgejo,
  method: string,
  path: string,
  opts: { token?: string; authorization?: string; json?: unknown } = {},
): Promise<ApiResult> {
  const headers: Record<string, string> = {}
  if (opts.token) headers.Authorization = `token ${opts.token}`
  if (opts.authorization) headers.Authorization = opts.authorization
  let body: string | undefined
  if (opts.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(opts.json)
  }
  const url = path.startsWith('/api/') ? `${forgejo.url}${path}` : `${forgejo.url}/api/v1${path}`
  const response = await fetch(url, { method, headers, body })
  const text = await response.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, text, body: parsed }
}

/** Git with HTTP Basic "<user>:<password>" sent through config in the environment. */
export function git(
  args: string[],
  opts: { cwd?: string; basic?: { user: string; password: string } } = {},
): Promise<Run> {
  const env = gitEnv({ GIT_TERMINAL_PROMPT: '0' })
  if (opts.basic) {
    const basic = Buffer.from(`${opts.basic.user}:${opts.basic.password}`).toString('base64')
    Object.assign(env, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.extraHeader',
      GIT_CONFIG_VALUE_0: `Authorization: Basic ${basic}`,
    })
  }
  return runAsync('git', args, { cwd: opts.cwd, env })
}
