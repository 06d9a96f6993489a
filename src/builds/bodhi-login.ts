/**
 * The Bodhi login from CI as bodhi-client's ensure_auth does it (oidcclient.py login with
 * use_kerberos=True), without a native GSSAPI binding: a ticket from the keytab secret
 * (withKerberosTicket), the provider's endpoints from `<oidcUrl>/.well-known/openid-configuration`,
 * the authorization URL (client bodhi-client, response_type=code, the out-of-band redirect URI)
 * fetched with `curl --negotiate -u :`, the code scraped from the page's <title> as oidcclient.py
 * does, the code exchanged at the token endpoint (a public client: no secret), and the access
 * token handed to BodhiClient.loginWithToken. The code and tokens travel only in HTTP bodies
 * (never argv) and are registered secrets; the ticket is gone once the code is in hand.
 */
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { normalizePrincipal, withKerberosTicket } from '../lookaside/kerberos.js'
import { curlNegotiate } from '../lookaside/curl-negotiate.js'
import { registerSecret } from '../runtime/secrets.js'
import { HttpError } from '../http/client.js'
import { BodhiError, type BodhiClient } from './bodhi.js'

export const DEFAULT_OIDC_URL = 'https://id.fedoraproject.org/openidc'
/** bodhi-client's constants.py. */
export const BODHI_CLIENT_ID = 'bodhi-client'
export const BODHI_SCOPES = [
  'openid',
  'email',
  'profile',
  'https://id.fedoraproject.org/scope/groups',
  'https://id.fedoraproject.org/scope/agreements',
].join(' ')
/** What oidcclient.py uses when the provider lists "oob" in response_modes_supported. */
export const OOB_REDIRECT_URI = 'urn:ietf:wg:oauth:2.0:oob'

export interface BodhiKeytabLogin {
  /** The keytab file, base64-encoded (the CI secret). */
  keytabBase64: string
  /** `user` (realm FEDORAPROJECT.ORG) or `user@REALM`. */
  principal: string
  /** How the user knows the secret, for messages; default "the keytab secret". */
  keytabSecretName?: string
  /** A krb5.conf instead of the built-in FEDORAPROJECT.ORG one (KRB5_CONFIG also wins). */
  krb5Conf?: string
  /** Where withKerberosTicket makes its private dir. */
  tmpDir?: string
  /** The OpenID Connect provider (issuer); default https://id.fedoraproject.org/openidc. */
  oidcUrl?: string
  /** Variables curl gets on top of the scrubbed environment and the ticket variables; never secrets. */
  curlEnv?: Record<string, string>
}

interface ProviderMetadata {
  authorization_endpoint: string
  token_endpoint: string
}

/** oidcclient.py login_with_kerberos: `re.findall(r"<title>\s*(code=[\w\-_=;&]+)\s*</title>", ...)`. */
const TITLE_CODE = /<title>\s*(code=[\w\-_=;&]+)\s*<\/title>/

/** Logs `client` in to Bodhi with a Kerberos ticket from the keytab, through the OIDC provider. */
export async function loginToBodhiWithKeytab(client: BodhiClient, opts: BodhiKeytabLogin): Promise<void> {
  const oidcUrl = (opts.oidcUrl ?? DEFAULT_OIDC_URL).replace(/\/+$/, '')
  const secret = opts.keytabSecretName ?? 'the keytab secret'
  let principal: string
  try {
    principal = normalizePrincipal(opts.principal)
  } catch (error) {
    throw new BodhiError(`Could not log in to Bodhi at ${client.url}: ${message(error)}`)
  }
  const action = `log in to Bodhi at ${client.url} as ${principal} through ${oidcUrl}`
  const metadata = await discover(client, oidcUrl, action)
  const state = randomBytes(24).toString('base64url')
  const authorizationUrl = authorizationRequest(metadata.authorization_endpoint, state)

  let stage: 'kinit' | 'curl' = 'kinit'
  let code: string
  try {
    code = await withKerberosTicket(
      { keytabBase64: opts.keytabBase64, principal, krb5Conf: opts.krb5Conf, tmpDir: opts.tmpDir },
      async (env) => {
        stage = 'curl'
        return authorize(
          authorizationUrl,
          state,
          { principal, secret, action, oidcUrl },
          { ...opts.curlEnv, ...env },
        )
      },
    )
  } catch (error) {
    if (error instanceof BodhiError) throw error
    if (stage === 'kinit' && !/is not installed or not on PATH/.test(message(error)))
      // The keytab secret is malformed, expired (password changed) or for an unknown principal.
      throw new BodhiError(
        `Could not ${action}: ${message(error)}; check ${secret} (a keytab for ${principal})`,
      )
    throw new BodhiError(`Could not ${action}: ${message(error)}`)
  }
  const accessToken = await exchangeCode(client, metadata.token_endpoint, code, action)
  try {
    await client.loginWithToken(accessToken)
  } catch (error) {
    throw new BodhiError(`Could not ${action}: ${message(error)}`, {
      status: error instanceof BodhiError ? error.status : undefined,
      errors: error instanceof BodhiError ? error.errors : undefined,
    })
  }
}

/** authlib's get_well_known_url(issuer, external=True): the issuer URL + /.well-known/openid-configuration. */
async function discover(client: BodhiClient, oidcUrl: string, action: string): Promise<ProviderMetadata> {
  const url = `${oidcUrl}/.well-known/openid-configuration`
  let text: string
  try {
    const response = await client.http.request({
      method: 'GET',
      url,
      headers: { accept: 'application/json' },
    })
    if (response.status !== 200)
      throw new BodhiError(
        `Could not ${action}: ${url} answered HTTP ${response.status}; ` +
          (response.status >= 500
            ? 'the identity provider may be down, the next run retries'
            : 'check the OIDC provider URL (e.g. https://id.fedoraproject.org/openidc)'),
        { status: response.status },
      )
    text = response.text
  } catch (error) {
    if (error instanceof BodhiError) throw error
    if (error instanceof HttpError)
      throw new BodhiError(
        `Could not ${action}: ${error.message}; the identity provider may be down, the next run retries`,
      )
    throw error
  }
  let doc: Record<string, unknown>
  try {
    doc = JSON.parse(text) as Record<string, unknown>
  } catch {
    throw new BodhiError(`Could not ${action}: ${url} is not JSON; check the OIDC provider URL`)
  }
  const authorization = doc?.authorization_endpoint
  const token = doc?.token_endpoint
  if (typeof authorization !== 'string' || typeof token !== 'string')
    throw new BodhiError(
      `Could not ${action}: ${url} names no authorization_endpoint/token_endpoint; check the OIDC provider URL`,
    )
  const modes = Array.isArray(doc.response_modes_supported) ? doc.response_modes_supported : []
  if (!modes.includes('oob'))
    throw new BodhiError(
      `Could not ${action}: the provider does not offer the out-of-band response mode ("oob" is not in ` +
        `response_modes_supported of ${url}), which the Kerberos login of bodhi-client needs; check the OIDC provider URL`,
    )
  return { authorization_endpoint: authorization, token_endpoint: token }
}

/** authlib's create_authorization_url for bodhi-client (prepare_grant_uri's parameter order). */
function authorizationRequest(endpoint: string, state: string): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: BODHI_CLIENT_ID,
    redirect_uri: OOB_REDIRECT_URI,
    scope: BODHI_SCOPES,
    state,
  })
  return `${endpoint}${endpoint.includes('?') ? '&' : '?'}${query.toString()}`
}

interface LoginContext {
  principal: string
  secret: string
  action: string
  oidcUrl: string
}

/** The authorization page fetched with the ticket (SPNEGO), and the code from its <title>. */
async function authorize(
  url: string,
  state: string,
  ctx: LoginContext,
  env: Record<string, string>,
): Promise<string> {
  const { principal, secret, action, oidcUrl } = ctx
  // A cookie file that never exists: curl keeps the provider's cookies across its redirects
  // (as the requests session of oidcclient.py does) and writes nothing.
  const ccache = env.KRB5CCNAME?.replace(/^FILE:/, '')
  const cookies = ccache ? path.join(path.dirname(ccache), 'no-cookies') : '/nonexistent/srcgit-no-cookies'
  const endpoint = url.replace(/\?.*$/, '')
  const { status, body: page } = await curlNegotiate(
    url,
    ['-L', '--max-redirs', '10', '-b', cookies, '-H', 'Accept: text/html'],
    env,
    { action, shownUrl: endpoint, fail: (m) => new BodhiError(m) },
  )
  if (status === 401)
    throw new BodhiError(
      `Could not ${action}: the identity provider refused the Kerberos ticket of ${principal} (HTTP 401 from ${endpoint}): ` +
        `check ${secret} (a current keytab for ${principal}) and the principal`,
      { status },
    )
  if (status !== 200)
    throw new BodhiError(
      `Could not ${action}: ${endpoint} answered HTTP ${status}; ` +
        (status >= 500
          ? 'the identity provider may be down, the next run retries'
          : status === 403
            ? `the identity provider refused ${principal}: check that the account may use Bodhi`
            : `check the OIDC provider URL (e.g. ${DEFAULT_OIDC_URL})`),
      { status },
    )
  const found = codeFromAuthorizationPage(page)
  if ('error' in found)
    throw new BodhiError(
      `Could not ${action}: ${found.error}; check ${secret} and the OIDC provider URL ${oidcUrl}`,
      {
        status,
      },
    )
  if (found.state !== undefined && found.state !== state)
    throw new BodhiError(
      `Could not ${action}: the authorization page answered another request (its state does not match)`,
    )
  return found.code
}

/**
 * The authorization code from the provider's out-of-band page, as oidcclient.py reads it: the
 * first `<title>code=...</title>` (Ipsilon's title is `code=<code>&amp;state=<state>`), parsed as
 * the query string authlib parses (so the code ends at the first `&`).
 */
export function codeFromAuthorizationPage(
  html: string,
): { code: string; state?: string } | { error: string } {
  const match = TITLE_CODE.exec(html)
  if (!match) {
    const title = /<title>([\s\S]*?)<\/title>/i.exec(html)?.[1]?.replace(/\s+/g, ' ').trim()
    const params = title ? new URLSearchParams(title.replace(/&amp;/g, '&')) : undefined
    const error = params?.get('error')
    if (error) {
      const description = params?.get('error_description')
      return { error: `the identity provider answered ${error}${description ? ` (${description})` : ''}` }
    }
    // Never quote a title that might hold a code in another shape.
    const shown = title && !/code/i.test(title) ? ` (page title "${title.slice(0, 80)}")` : ''
    return { error: `the authorization page carries no code in its <title>${shown}` }
  }
  const raw = match[1]
  const code = new URLSearchParams(raw).get('code') ?? ''
  if (code === '') return { error: 'the authorization page carries an empty code in its <title>' }
  registerSecret(code)
  const state = new URLSearchParams(raw.replace(/&amp;/g, '&')).get('state') ?? undefined
  return state === undefined ? { code } : { code, state }
}

/** authlib's fetch_token for a public client (token_endpoint_auth_method none: client_id in the body). */
async function exchangeCode(
  client: BodhiClient,
  tokenEndpoint: string,
  code: string,
  action: string,
): Promise<string> {
  let response
  try {
    response = await client.http.request({
      method: 'POST',
      url: tokenEndpoint,
      headers: { accept: 'application/json' },
      form: {
        grant_type: 'authorization_code',
        code,
        redirect_uri: OOB_REDIRECT_URI,
        client_id: BODHI_CLIENT_ID,
      },
    })
  } catch (error) {
    if (error instanceof HttpError)
      throw new BodhiError(
        `Could not ${action}: ${error.message}; the identity provider may be down, the next run retries`,
      )
    throw error
  }
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(response.text) as Record<string, unknown>
  } catch {
    // below
  }
  if (response.status !== 200 || typeof body?.access_token !== 'string' || body.access_token === '') {
    const error = typeof body?.error === 'string' ? body.error : undefined
    const description = typeof body?.error_description === 'string' ? body.error_description : undefined
    const said = error ? `: ${error}${description ? ` (${description})` : ''}` : ''
    throw new BodhiError(
      `Could not ${action}: the token endpoint ${tokenEndpoint} answered HTTP ${response.status}${said}` +
        (response.status >= 500
          ? '; the identity provider may be down, the next run retries'
          : response.status === 200
            ? ' without an access_token; check the OIDC provider URL'
            : '; the code was refused: run again (a fresh login makes a new code)'),
      { status: response.status },
    )
  }
  for (const key of ['access_token', 'refresh_token', 'id_token'])
    if (typeof body[key] === 'string') registerSecret(body[key])
  return body.access_token
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
