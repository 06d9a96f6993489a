/**
 * Who is calling and what they may do, as GitHub answers it: an unknown token is 401 "Bad
 * credentials" everywhere, a private repository is 404 without a token, a write without a token
 * is 401 "Requires authentication", and a token without the permission gets 403 "Resource not
 * accessible by integration" (a workflow's GITHUB_TOKEN) or "... by personal access token".
 */
import type { IncomingMessage } from 'node:http'
import { ApiError, DOCS, notFound } from './http.js'
import type { RepoState } from './state.js'
import type { FakeGitHubToken, Permission, TokenPermissions } from './types.js'

export interface Caller {
  /** Undefined without a token. */
  token?: FakeGitHubToken
  /** For the request log: the token's name, 'none' or 'unknown'. */
  name: string
  /** Set when the Authorization header carried a token the server does not know. */
  unknown?: boolean
}

export const DEFAULT_LOGIN = 'github-actions[bot]'

export function loginOf(token: FakeGitHubToken): string {
  return token.login ?? DEFAULT_LOGIN
}

/** `Authorization: token X` or `Authorization: Bearer X`. */
export function identify(req: IncomingMessage, tokens: FakeGitHubToken[]): Caller {
  const header = req.headers.authorization
  if (!header) return { name: 'none' }
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header)
  const token = m ? tokens.find((t) => t.token === m[1]) : undefined
  if (!token) return { name: 'unknown', unknown: true }
  return { token, name: token.name ?? loginOf(token) }
}

/** The 401 for a token GitHub does not know; checked before anything else, even public reads. */
export function rejectUnknown(caller: Caller): void {
  if (caller.unknown) throw new ApiError(401, 'Bad credentials', DOCS.rest)
}

const RANK: Record<Permission, number> = { none: 0, read: 1, write: 2 }

function level(token: FakeGitHubToken, area: keyof TokenPermissions): Permission {
  if (!token.permissions) return 'write'
  return token.permissions[area] ?? 'none'
}

/**
 * Throws GitHub's answer when the caller may not `access` this `area` of the repository. With
 * several areas, any one of them is enough (issue comments on a pull request: issues or pull_requests).
 */
export function authorize(
  caller: Caller,
  repo: RepoState,
  area: keyof TokenPermissions | (keyof TokenPermissions)[],
  access: 'read' | 'write',
  documentation: string,
): void {
  if (!caller.token) {
    if (repo.private) throw notFound()
    if (access === 'read') return
    throw new ApiError(401, 'Requires authentication', documentation)
  }
  // Anyone may read a public repository.
  if (access === 'read' && !repo.private) return
  const areas = Array.isArray(area) ? area : [area]
  if (areas.some((a) => RANK[level(caller.token!, a)] >= RANK[access])) return
  const by = caller.token.kind === 'pat' ? 'personal access token' : 'integration'
  throw new ApiError(403, `Resource not accessible by ${by}`, documentation)
}
