/**
 * An OpenID Connect provider stand-in on 127.0.0.1, after Fedora's Ipsilon (id.fedoraproject.org
 * /openidc) as bodhi-client and the Bodhi server use it: discovery, the authorization endpoint
 * answering the out-of-band page whose <title> is `code=<code>&amp;state=<state>` (what
 * oidcclient.py scrapes), the token endpoint (authorization_code grant; bodhi-client is a public
 * client), TokenInfo (RFC 7662 introspection at `<token_endpoint>Info`, what Bodhi's FedoraApp
 * calls with its own client secret) and UserInfo (nickname, email, groups).
 *
 * The user of an authorization request comes from `authenticate(req)`: in the Kerberos test
 * Apache's mod_auth_gssapi guards /openidc/Authorization and passes REMOTE_USER in a header the
 * stand-in trusts only with the proxy's secret (lookaside-server.ts `oidc` option). Token
 * lifetime, expiry and revocation are the test's to control; the request log never holds a
 * code or token.
 */
import { randomBytes } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { Faults, handleWithFaults } from '../forge/server.js'
import { type Reply, type RequestContext, json, parseForm, readBody, sendReply, text } from '../forge/http.js'
import type { RequestRecord } from '../forge/types.js'

export const OIDC_PATH = '/openidc'
export const OOB_REDIRECT_URI = 'urn:ietf:wg:oauth:2.0:oob'
/** Ipsilon's scopes for Fedora (the groups and agreements extensions included). */
export const SUPPORTED_SCOPES = [
  'openid',
  'email',
  'profile',
  'https://id.fedoraproject.org/scope/groups',
  'https://id.fedoraproject.org/scope/agreements',
]

export interface OidcUser {
  name: string
  /** The Kerberos principal the GSSAPI login yields (user@REALM). */
  principal: string
  email: string
  groups: string[]
}

export interface OidcClient {
  id: string
  /** Undefined for a public client (bodhi-client: token_endpoint_auth_method none). */
  secret?: string
  redirectUris: string[]
}

interface Grant {
  user: string
  clientId: string
  redirectUri: string
  scope: string[]
  used: boolean
  expiresAt: number
}

export interface OidcToken {
  user: string
  clientId: string
  scope: string[]
  /** Epoch seconds. */
  expiresAt: number
  revoked: boolean
}

/** Where the GSSAPI user comes from: Apache's header in the Kerberos test, or anything a test likes. */
export type OidcAuthenticator = (req: IncomingMessage) => string | undefined

export class OidcProviderState {
  readonly users = new Map<string, OidcUser>()
  readonly clients = new Map<string, OidcClient>()
  readonly grants = new Map<string, Grant>()
  readonly tokens = new Map<string, OidcToken>()
  /** Seconds an access token lives. */
  tokenLifetime = 3600
  /**
   * Whether the authorization endpoint first redirects to /Continue with a transaction cookie,
   * as Ipsilon's login stack does (the client must follow redirects and keep cookies).
   */
  continueStep = true
  readonly transactions = new Map<string, { grant: Grant; state: string | undefined }>()
  /** Whether discovery lists "oob" (bodhi-client then uses the OOB redirect URI). */
  supportsOob = true
  /**
   * Replaces the out-of-band page (after a code was issued), e.g. a page with no code in its
   * title; gets the code and state.
   */
  authorizationPage?: (code: string, state: string | undefined) => string
  /**
   * The issuer URL clients see (the Apache URL in the Kerberos test, from a header the proxy
   * sets); default, or when the function answers undefined, the stand-in's own.
   */
  publicUrl?: string | ((req: IncomingMessage) => string | undefined)
  /** The principal of the request, or undefined: 401 Negotiate. Default: nobody. */
  authenticate: OidcAuthenticator = () => undefined
  /** Successful authorizations and token grants, for tests (user names only). */
  readonly events: { kind: 'authorize' | 'token' | 'introspect' | 'userinfo'; user?: string; ok: boolean }[] =
    []

  constructor() {
    this.clients.set('bodhi-client', { id: 'bodhi-client', redirectUris: [OOB_REDIRECT_URI] })
  }

  addUser(user: OidcUser): void {
    this.users.set(user.name, user)
  }

  /** A confidential client (the Bodhi server's, for introspection). */
  addClient(client: OidcClient): void {
    this.clients.set(client.id, client)
  }

  /** Makes every token issued so far expire now. */
  expireTokens(): void {
    const now = Math.floor(Date.now() / 1000)
    for (const token of this.tokens.values()) token.expiresAt = now - 1
  }

  revokeTokens(): void {
    for (const token of this.tokens.values()) token.revoked = true
  }

  /** A valid access token for `user` without the Kerberos round trip (for Bodhi-only tests). */
  issueToken(user: string, scope: string[] = SUPPORTED_SCOPES, clientId = 'bodhi-client'): string {
    const token = `at-${randomBytes(24).toString('hex')}`
    this.tokens.set(token, {
      user,
      clientId,
      scope,
      expiresAt: Math.floor(Date.now() / 1000) + this.tokenLifetime,
      revoked: false,
    })
    return token
  }

  /** RFC 7662 for one token. */
  introspect(token: string): Record<string, unknown> {
    const info = this.tokens.get(token)
    const now = Math.floor(Date.now() / 1000)
    if (!info || info.revoked || info.expiresAt <= now) return { active: false }
    return {
      active: true,
      scope: info.scope.join(' '),
      client_id: info.clientId,
      username: info.user,
      token_type: 'Bearer',
      exp: info.expiresAt,
      iat: info.expiresAt - this.tokenLifetime,
      sub: info.user,
    }
  }
}

export interface OidcProviderServer {
  base: string
  /** The issuer at the stand-in itself, e.g. http://127.0.0.1:PORT/openidc. */
  url: string
  state: OidcProviderState
  faults: Faults
  log: RequestRecord[]
  stop(): Promise<void>
}

function html(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers }, body }
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** Ipsilon's out-of-band page: the response parameters, HTML-escaped, as the <title>. */
function oobPage(params: Record<string, string>): string {
  const title = escapeHtml(new URLSearchParams(params).toString())
  return (
    '<!DOCTYPE html>\n<html>\n<head>\n<meta charset="UTF-8">\n' +
    `<title>${title}</title>\n</head>\n<body>\n<p>Copy this into the application you are logging in to:</p>\n` +
    `<pre>${title}</pre>\n</body>\n</html>\n`
  )
}

function tokenError(status: number, error: string, description: string): Reply {
  return json(status, { error, error_description: description })
}

function publicBase(state: OidcProviderState, req: IncomingMessage, own: string): string {
  const url = typeof state.publicUrl === 'function' ? state.publicUrl(req) : state.publicUrl
  return (url ?? own).replace(/\/+$/, '')
}

function discovery(issuer: string, state: OidcProviderState): Reply {
  return json(200, {
    issuer,
    authorization_endpoint: `${issuer}/Authorization`,
    token_endpoint: `${issuer}/Token`,
    userinfo_endpoint: `${issuer}/UserInfo`,
    jwks_uri: `${issuer}/Jwks`,
    scopes_supported: SUPPORTED_SCOPES,
    response_types_supported: ['code', 'id_token', 'token', 'id_token token', 'code id_token', 'code token'],
    response_modes_supported: ['query', 'fragment', 'form_post', ...(state.supportsOob ? ['oob'] : [])],
    grant_types_supported: ['authorization_code', 'implicit', 'refresh_token'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
  })
}

function authorization(ctx: RequestContext, state: OidcProviderState, issuer: string): Reply {
  const principal = state.authenticate(ctx.req)
  if (!principal)
    return html(
      401,
      '<html><head><title>401 Unauthorized</title></head><body><h1>Unauthorized</h1></body></html>\n',
      {
        'WWW-Authenticate': 'Negotiate',
      },
    )
  const user = [...state.users.values()].find((u) => u.principal === principal)
  const params = ctx.url.searchParams
  const stateParam = params.get('state') ?? undefined
  const respondError = (error: string, description: string): Reply => {
    state.events.push({ kind: 'authorize', user: user?.name, ok: false })
    return html(
      200,
      oobPage({ error, error_description: description, ...(stateParam ? { state: stateParam } : {}) }),
    )
  }
  if (!user)
    return html(403, '<html><head><title>403 Forbidden</title></head><body>Unknown user</body></html>\n')
  for (const required of ['scope', 'response_type', 'client_id'])
    if (!params.get(required)) return respondError('invalid_request', `missing required argument ${required}`)
  const client = state.clients.get(params.get('client_id')!)
  if (!client) return respondError('unauthorized_client', 'Unknown client ID')
  const responseType = params.get('response_type')!.split(' ')
  if (responseType.join(' ') !== 'code')
    return respondError(
      'unsupported_response_type',
      `response type ${responseType.join(' ')} is not supported here`,
    )
  const scope = params.get('scope')!.split(' ')
  const unknown = scope.find((s) => !SUPPORTED_SCOPES.includes(s))
  if (unknown) return respondError('invalid_scope', `unknown scope ${unknown} requested`)
  const redirectUri = params.get('redirect_uri') ?? client.redirectUris[0]
  if (!client.redirectUris.includes(redirectUri))
    return html(
      400,
      '<html><head><title>400 Bad Request</title></head><body>Invalid redirect_uri</body></html>\n',
    )
  if (redirectUri !== OOB_REDIRECT_URI || !state.supportsOob)
    return html(
      400,
      '<html><head><title>400 Bad Request</title></head><body>only the OOB flow here</body></html>\n',
    )

  const grant: Grant = {
    user: user.name,
    clientId: client.id,
    redirectUri,
    scope,
    used: false,
    expiresAt: Date.now() + 60_000,
  }
  if (state.continueStep) {
    // Ipsilon: the login stack ends in a redirect to <issuer>/Continue, tied to the
    // transaction by a cookie.
    const id = randomBytes(12).toString('hex')
    state.transactions.set(id, { grant, state: stateParam })
    return {
      status: 303,
      headers: {
        Location: `${issuer}/Continue?ipsilon_transaction_id=${id}`,
        'Set-Cookie': `ipsilon_trans_${id}=${id}; Path=${new URL(issuer).pathname}; HttpOnly`,
        'Content-Type': 'text/html',
      },
      body: '',
    }
  }
  return issueCode(state, grant, stateParam)
}

/** Ipsilon's /openidc/Continue: the transaction's cookie must come back, then the code. */
function continueAuthorization(ctx: RequestContext, state: OidcProviderState): Reply {
  const id = ctx.url.searchParams.get('ipsilon_transaction_id') ?? ''
  const pending = state.transactions.get(id)
  const cookie = (ctx.req.headers.cookie ?? '').split(/;\s*/).includes(`ipsilon_trans_${id}=${id}`)
  if (!pending || !cookie)
    return html(
      400,
      '<html><head><title>400 Bad Request</title></head><body>Invalid transaction id</body></html>\n',
    )
  state.transactions.delete(id)
  return issueCode(state, pending.grant, pending.state)
}

function issueCode(state: OidcProviderState, grant: Grant, stateParam: string | undefined): Reply {
  const user = { name: grant.user }
  const code = randomBytes(16).toString('hex') + '-' + randomBytes(8).toString('base64url')
  state.grants.set(code, grant)
  state.events.push({ kind: 'authorize', user: user.name, ok: true })
  if (state.authorizationPage) return html(200, state.authorizationPage(code, stateParam))
  return html(200, oobPage({ code, ...(stateParam ? { state: stateParam } : {}) }))
}

async function token(ctx: RequestContext, state: OidcProviderState): Promise<Reply> {
  if (ctx.method !== 'POST') return text(405, 'Method Not Allowed\n')
  const form = await parseForm(ctx.req, await readBody(ctx.req))
  const field = (name: string): string | undefined => {
    const value = form.get(name)
    return typeof value === 'string' ? value : undefined
  }
  if (field('grant_type') !== 'authorization_code')
    return tokenError(
      400,
      'unsupported_grant_type',
      `grant type ${field('grant_type') ?? '(none)'} is not supported here`,
    )
  const clientId = field('client_id')
  const client = clientId ? state.clients.get(clientId) : undefined
  if (!client || (client.secret !== undefined && field('client_secret') !== client.secret))
    return tokenError(401, 'invalid_client', 'client authentication failed')
  const code = field('code') ?? ''
  const grant = state.grants.get(code)
  if (!grant || grant.used || grant.expiresAt < Date.now() || grant.clientId !== client.id) {
    state.events.push({ kind: 'token', ok: false })
    return tokenError(400, 'invalid_grant', 'Invalid code')
  }
  if (field('redirect_uri') !== grant.redirectUri)
    return tokenError(400, 'invalid_grant', 'redirect_uri does not match')
  grant.used = true
  const access = state.issueToken(grant.user, grant.scope, client.id)
  state.events.push({ kind: 'token', user: grant.user, ok: true })
  return json(200, {
    access_token: access,
    token_type: 'Bearer',
    expires_in: state.tokenLifetime,
    refresh_token: `rt-${randomBytes(24).toString('hex')}`,
    id_token: `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify({ sub: grant.user })).toString('base64url')}.sig`,
    scope: grant.scope.join(' '),
  })
}

async function tokenInfo(ctx: RequestContext, state: OidcProviderState): Promise<Reply> {
  if (ctx.method !== 'POST') return text(405, 'Method Not Allowed\n')
  const form = await parseForm(ctx.req, await readBody(ctx.req))
  const client = state.clients.get(String(form.get('client_id') ?? ''))
  if (!client || client.secret === undefined || form.get('client_secret') !== client.secret)
    return tokenError(401, 'invalid_client', 'client authentication failed')
  const result = state.introspect(String(form.get('token') ?? ''))
  state.events.push({
    kind: 'introspect',
    user: result.username as string | undefined,
    ok: result.active === true,
  })
  return json(200, result)
}

function userInfo(ctx: RequestContext, state: OidcProviderState): Reply {
  const bearer = /^Bearer\s+(\S+)$/i.exec(ctx.req.headers.authorization ?? '')?.[1]
  const info = bearer ? state.introspect(bearer) : { active: false }
  const user = info.active ? state.users.get(String(info.username)) : undefined
  state.events.push({ kind: 'userinfo', user: user?.name, ok: Boolean(user) })
  if (!user) return tokenError(401, 'invalid_token', 'Token is not valid')
  return json(200, { sub: user.name, nickname: user.name, email: user.email, groups: user.groups })
}

async function route(ctx: RequestContext, state: OidcProviderState, own: string): Promise<Reply> {
  const path = ctx.url.pathname
  if (!path.startsWith(`${OIDC_PATH}/`)) return text(404, 'Not Found\n')
  const issuer = publicBase(state, ctx.req, own)
  switch (path.slice(OIDC_PATH.length)) {
    case '/.well-known/openid-configuration':
      return discovery(issuer, state)
    case '/Authorization':
      return authorization(ctx, state, issuer)
    case '/Continue':
      return continueAuthorization(ctx, state)
    case '/Token':
      return token(ctx, state)
    case '/TokenInfo':
      return tokenInfo(ctx, state)
    case '/UserInfo':
      return userInfo(ctx, state)
    default:
      return text(404, 'Not Found\n')
  }
}

export async function startOidcProvider(state = new OidcProviderState()): Promise<OidcProviderServer> {
  const faults = new Faults()
  const log: RequestRecord[] = []
  const sockets = new Set<Socket>()
  let base = ''
  const server = http.createServer((req: IncomingMessage, res: ServerResponse) => {
    handleWithFaults(req, res, {
      base,
      log,
      faults,
      kindOf: () => 'api',
      run: async (ctx) => {
        try {
          sendReply(ctx.sink, await route(ctx, state, `${base}${OIDC_PATH}`))
        } catch (error) {
          sendReply(ctx.sink, text(500, `${error instanceof Error ? error.message : String(error)}\n`))
        }
      },
    }).catch(() => res.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    base,
    url: `${base}${OIDC_PATH}`,
    state,
    faults,
    log,
    stop: async () => {
      faults.releaseHeld()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
