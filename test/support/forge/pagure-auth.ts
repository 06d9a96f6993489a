/** Pagure's API errors and token checks (check_api_acls, _check_token), quirks included. */
import type { RequestContext } from './http.js'
import { type ForgeState, type ProjectRecord, fullname } from './state.js'
import type { ForgeToken } from './types.js'

const MESSAGES = {
  ENOPROJECT: 'Project not found',
  ENOREQ: 'Pull-Request not found',
  EPULLREQUESTSDISABLED: 'Pull-Request have been deactivated for this project',
  ENOCOMMIT: 'No such commit found in this repository',
  EINVALIDREQ: 'Invalid or incomplete input submitted',
  ENOCODE: 'Variable message describing the issue',
  EINVALIDTOK: '',
  ENOTHIGHENOUGH: 'You do not have sufficient permissions to perform this action',
  ENOPRCLOSE: 'You are not allowed to merge/close pull-request for this project',
  EPRNOTALLOWED: 'You are not allowed to view this pull-request',
  EINVALIDPERPAGEVALUE: 'The per_page value must be between 1 and 100',
  EPRCONFLICTS: 'This pull-request conflicts and thus cannot be merged',
  ENOGROUP: 'Group not found',
} as const

export type ErrorCode = keyof typeof MESSAGES

/** GET /api/0/-/error_codes: code -> text. */
export function errorCodes(base: string): Record<string, string> {
  return { ...MESSAGES, EINVALIDTOK: invalidTokenText(base) }
}

/** The text of EINVALIDTOK, which names the instance's settings page. */
export function invalidTokenText(base: string): string {
  return `Invalid or expired token. Please visit ${base}/settings#nav-api-tab to get or renew your API token.`
}

/** An error the API answers as {"error", "error_code"[, "errors"]}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly options: { error?: string; errors?: unknown } = {},
  ) {
    super(options.error ?? MESSAGES[code])
  }

  body(base: string): Record<string, unknown> {
    const error = this.code === 'EINVALIDTOK' ? invalidTokenText(base) : this.message
    const out: Record<string, unknown> = { error, error_code: this.code }
    if (this.options.errors !== undefined) out.errors = this.options.errors
    return out
  }
}

/** The caller of an authenticated endpoint. */
export interface Caller {
  user: string
  token: ForgeToken
}

/** Pagure reads the token as whatever follows the first "token" in the header ("Bearer" is not recognised). */
function tokenString(ctx: RequestContext): string | undefined {
  const header = ctx.req.headers.authorization
  if (!header || !header.includes('token')) return undefined
  return header.slice(header.indexOf('token') + 'token'.length).trim() || undefined
}

function authenticated(ctx: RequestContext, token: ForgeToken): Caller {
  ctx.user = token.user
  return { user: token.user, token }
}

/** api_login_required: a known token holding at least one of `acls`, else 401 EINVALIDTOK with "errors". */
export function requireToken(ctx: RequestContext, state: ForgeState, acls: string[]): Caller {
  const found = lookup(ctx, state)
  if (!found) throw new ApiError(401, 'EINVALIDTOK', { errors: 'Invalid token' })
  if (!acls.some((acl) => found.acls.includes(acl))) {
    const missing = acls.filter((acl) => !found.acls.includes(acl)).sort()
    throw new ApiError(401, 'EINVALIDTOK', { errors: `Missing ACLs: ${missing.join(', ')}` })
  }
  return authenticated(ctx, found)
}

/** api_login_optional: anonymous without a token string, 401 for an unknown one. */
export function optionalToken(ctx: RequestContext, state: ForgeState): Caller | undefined {
  if (tokenString(ctx) === undefined) return undefined
  const found = lookup(ctx, state)
  if (!found) throw new ApiError(401, 'EINVALIDTOK', { errors: 'Invalid token' })
  return authenticated(ctx, found)
}

function lookup(ctx: RequestContext, state: ForgeState): ForgeToken | undefined {
  const value = tokenString(ctx)
  return value === undefined ? undefined : state.tokens.get(value)
}

/** _check_token(project_token=False): a project-bound token only works on its own project. */
export function checkTokenProject(caller: Caller, project: ProjectRecord): void {
  if (caller.token.project !== undefined && caller.token.project !== fullname(project))
    throw new ApiError(401, 'EINVALIDTOK')
}
