/**
 * The Koji login from CI as koji's gssapi_login does it, without a native GSSAPI binding:
 * a ticket from the keytab secret (withKerberosTicket: kinit -k into a private ccache), then
 * the `sslLogin` XML-RPC call POSTed to `<hub>/ssllogin` with `curl --negotiate -u :` (SPNEGO,
 * as the lookaside upload does it), and the answer's session-id/session-key handed to
 * KojiClient.loginWith. The ticket and its dir are gone once the session is made: the session
 * headers carry every later call, and a re-login after AuthExpired runs all of this again.
 */
import { redact, registerSecret } from '../runtime/secrets.js'
import { normalizePrincipal, withKerberosTicket } from '../lookaside/kerberos.js'
import { curlNegotiate } from '../lookaside/curl-negotiate.js'
import {
  KOJI_FAULTS,
  KojiError,
  type KojiClient,
  type KojiSessionCredentials,
  type KojiUser,
} from './koji.js'
import { XmlRpcError, decodeMethodResponse, encodeMethodCall, isStruct } from './xmlrpc.js'

export interface KojiKeytabLogin {
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
  /**
   * Variables curl gets on top of the scrubbed environment and the ticket variables (e.g.
   * NO_PROXY); never secrets.
   */
  curlEnv?: Record<string, string>
}

/** Logs `client` in with the keytab; re-logins after AuthExpired repeat the Kerberos login. */
export function loginWithKeytab(client: KojiClient, options: KojiKeytabLogin): Promise<KojiUser> {
  return client.loginWith(() => kerberosSslLogin(client.hubUrl, options))
}

/** One sslLogin at `<hub>/ssllogin` with a fresh ticket from the keytab: the new session. */
export async function kerberosSslLogin(
  hubUrl: string,
  options: KojiKeytabLogin,
): Promise<KojiSessionCredentials> {
  const hub = hubUrl.replace(/\/+$/, '')
  const secret = options.keytabSecretName ?? 'the keytab secret'
  let principal: string
  try {
    principal = normalizePrincipal(options.principal)
  } catch (error) {
    throw new KojiError(`Could not log in to the Koji hub ${hub}: ${message(error)}`)
  }
  const action = `log in to the Koji hub ${hub} as ${principal}`
  let stage: 'kinit' | 'curl' = 'kinit'
  try {
    return await withKerberosTicket(
      {
        keytabBase64: options.keytabBase64,
        principal,
        krb5Conf: options.krb5Conf,
        tmpDir: options.tmpDir,
      },
      async (env) => {
        stage = 'curl'
        return sslLogin(hub, principal, secret, action, { ...options.curlEnv, ...env })
      },
    )
  } catch (error) {
    if (error instanceof KojiError) throw error
    if (stage === 'kinit' && !/is not installed or not on PATH/.test(message(error)))
      // The keytab secret is malformed, expired (password changed) or for an unknown principal.
      throw new KojiError(
        `Could not ${action}: ${oneLine(message(error))}; check ${secret} (a keytab for ${principal})` +
          renewAdvice(message(error), principal, secret),
      )
    throw new KojiError(`Could not ${action}: ${message(error)}`)
  }
}

async function sslLogin(
  hub: string,
  principal: string,
  secret: string,
  action: string,
  env: Record<string, string>,
): Promise<KojiSessionCredentials> {
  const url = `${hub}/ssllogin`
  const { status, body } = await curlNegotiate(
    url,
    // No secret in the body: sslLogin takes no arguments; the ticket goes in the Negotiate header.
    ['-H', 'Content-Type: text/xml', '--data-binary', encodeMethodCall('sslLogin', [])],
    env,
    { action, fail: (m) => new KojiError(m) },
  )
  if (status === 401 || status === 403)
    throw new KojiError(
      `Could not ${action}: the Kerberos ticket of ${principal} was refused by ${hub} (HTTP ${status}): ` +
        `check ${secret} and the principal`,
      undefined,
      undefined,
      status,
    )
  if (status !== 200) {
    const excerpt = redact(
      body
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    ).slice(0, 200)
    throw new KojiError(
      `Could not ${action}: ${url} answered HTTP ${status}${excerpt ? ` (${excerpt})` : ''}; ` +
        (status >= 500
          ? 'the Koji hub may be having trouble, try again later'
          : `check that ${hub} is a Koji hub URL (e.g. https://koji.fedoraproject.org/kojihub)`),
      undefined,
      undefined,
      status,
    )
  }
  let decoded
  try {
    decoded = decodeMethodResponse(body)
  } catch (error) {
    if (!(error instanceof XmlRpcError)) throw error
    throw new KojiError(
      `Could not ${action}: ${hub} did not answer as a Koji hub (${error.message}); check the hub URL`,
    )
  }
  if (!decoded.ok) {
    const { faultCode, faultString } = decoded
    const name = (Object.keys(KOJI_FAULTS) as (keyof typeof KOJI_FAULTS)[]).find(
      (k) => KOJI_FAULTS[k] === faultCode,
    )
    const hint =
      faultCode === KOJI_FAULTS.AuthError || faultCode === KOJI_FAULTS.GSSAPIAuthError
        ? `; Koji refused the login: check that ${principal} belongs to a Koji user and that ${secret} is its keytab`
        : ''
    throw new KojiError(
      `Could not ${action}: ${faultString}${hint} [Koji fault ${faultCode}${name ? ` ${name}` : ''}]`,
      faultCode,
      faultString,
    )
  }
  const value = decoded.value
  if (!isStruct(value) || value['session-id'] == null || typeof value['session-key'] !== 'string')
    throw new KojiError(
      `Could not ${action}: ${hub} did not answer as a Koji hub (sslLogin answered no session)`,
    )
  registerSecret(value['session-key'])
  return { id: String(value['session-id']), key: value['session-key'] }
}

/**
 * How to fix a keytab the KDC refuses, after what kinit said: an expired principal or a key
 * that changed since the keytab was made (a password change, `cpw -randkey`) needs a new keytab.
 */
function renewAdvice(kinit: string, principal: string, secret: string): string {
  const renew = `renew the keytab: make a new one for ${principal} (ktutil, or ask the realm's admins) and store it base64-encoded (base64 -w0) in ${secret}`
  if (/expired/i.test(kinit)) return `: the principal or its password has expired at the KDC; ${renew}`
  if (
    /Preauthentication failed|Password incorrect|key version|kvno|Decrypt integrity check failed/i.test(kinit)
  )
    return `: the keytab's key is out of date (the principal's password or keys changed after it was made); ${renew}`
  if (/not found in Kerberos database/i.test(kinit))
    return `: the KDC does not know ${principal}; check the principal (--fas-user) or ${renew}`
  return ''
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
