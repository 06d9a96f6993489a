/**
 * One HTTP request with a Kerberos ticket (SPNEGO), as the Koji and Bodhi logins make it:
 * `curl --negotiate -u :` with the ticket's environment, network deadlines, and the HTTP status
 * read back. curl is the GSSAPI client, so srcgit needs no native binding.
 */
import { networkTimeoutSeconds, stallAdvice } from '../runtime/resources.js'
import { redact } from '../runtime/secrets.js'
import { runTool } from './tool.js'

export const INSTALL_CURL = 'install curl (apt-get install curl / dnf install curl)'

export interface NegotiateAnswer {
  status: number
  body: string
}

/**
 * Requests `url` with `args` (headers, body, redirects) added; a curl failure becomes
 * `fail("Could not <action>: ...")`. `shownUrl` names the URL in messages (without a query).
 */
export async function curlNegotiate(
  url: string,
  args: readonly string[],
  env: Record<string, string>,
  what: { action: string; shownUrl?: string; fail: (message: string) => Error },
): Promise<NegotiateAnswer> {
  const seconds = networkTimeoutSeconds()
  const shown = what.shownUrl ?? url
  const curl = await runTool(
    'curl',
    [
      '-q', // ignore ~/.curlrc: the request must be exactly this one
      '-sS',
      '--negotiate',
      '-u',
      ':',
      ...args,
      '--connect-timeout',
      String(seconds),
      '--max-time',
      String(seconds * 2),
      '-w',
      '\n%{http_code}',
      url,
    ],
    { env, install: INSTALL_CURL, timeoutMs: (seconds * 2 + 10) * 1000 },
  )
  if (curl.code !== 0) {
    const why = redact(curl.stderr.trim()) || `curl exit ${curl.code}`
    const stalled =
      curl.code === 28 || curl.timedOut ? `; ${shown} did not answer in time. ${stallAdvice()}` : ''
    throw what.fail(`Could not ${what.action}: curl --negotiate ${shown} failed: ${why}${stalled}`)
  }
  const cut = curl.stdout.lastIndexOf('\n')
  return { status: Number(curl.stdout.slice(cut + 1)), body: curl.stdout.slice(0, Math.max(cut, 0)) }
}
