/**
 * Forgejo's API authentication and token scopes (reference §3): `Authorization: token X`
 * (`token` case-sensitive), `Bearer X` (any case), or HTTP Basic with the token as password
 * (any user name) or as user name (empty password or `x-oauth-basic`). A credential that
 * names no token is a 401 on every API path, even the version probes.
 */
import type { IncomingMessage } from 'node:http'
import { type Reply, json } from '../forge/http.js'
import type { ForgejoState, ForgejoToken } from './state.js'

export type Scope = 'repository' | 'issue' | 'user' | 'organization' | 'misc'

export interface Auth {
  /** The token's user; undefined for an anonymous request. */
  user?: string
  token?: ForgejoToken
}

/** A Forgejo API error: `{"message", "url"}`, or an empty body (`message` undefined). */
export class ForgejoApiError extends Error {
  constructor(
    readonly status: number,
    message?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message ?? '')
    this.empty = message === undefined
  }

  readonly empty: boolean

  reply(base: string): Reply {
    if (this.empty) return { status: this.status, body: '' }
    return json(this.status, { ...this.extra, message: this.message, url: `${base}/api/swagger` })
  }
}

/** The token a request carries, whatever the scheme; undefined when it carries none. */
export function presentedToken(req: IncomingMessage): { value: string } | undefined {
  const header = req.headers.authorization
  if (!header) return undefined
  const fields = header.trim().split(/\s+/)
  if (fields.length !== 2) return undefined
  const [scheme, value] = fields
  if (scheme === 'token' || scheme.toLowerCase() === 'bearer') return { value }
  if (scheme.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    const user = colon < 0 ? decoded : decoded.slice(0, colon)
    const password = colon < 0 ? '' : decoded.slice(colon + 1)
    if (password === '' || password === 'x-oauth-basic') return { value: user }
    return { value: password }
  }
  return undefined
}

/** Who the request is from; a credential naming no token is Forgejo's 401. */
export function authenticate(req: IncomingMessage, state: ForgejoState): Auth {
  const presented = presentedToken(req)
  if (!presented) return {}
  const token = state.tokens.get(presented.value)
  // Basic with a real password would be a login; this server has no passwords.
  if (!token) throw new ForgejoApiError(401, 'user does not exist [uid: 0, name: ]')
  return { user: token.user, token }
}

export function hasScope(token: ForgejoToken, category: Scope, level: 'read' | 'write'): boolean {
  return token.scopes.some(
    (scope) =>
      scope === 'all' || scope === `write:${category}` || (level === 'read' && scope === `read:${category}`),
  )
}

/** Forgejo's tokenRequiresScopes: checked whenever a token is used, by method and route group. */
export function requireScope(auth: Auth, category: Scope, method: string): void {
  if (!auth.token) return
  const level = method === 'GET' || method === 'HEAD' ? 'read' : 'write'
  if (!hasScope(auth.token, category, level))
    throw new ForgejoApiError(
      403,
      `token does not have at least one of required scope(s): [${level}:${category}]`,
    )
}

/** reqToken: the user, or 401 `token is required`. */
export function requireUser(auth: Auth): string {
  if (!auth.user) throw new ForgejoApiError(401, 'token is required')
  return auth.user
}
