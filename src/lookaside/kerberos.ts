/**
 * A Kerberos ticket for the length of one callback: the keytab secret is written to a private
 * temp dir, `kinit -k` fills a private file ccache there, and the dir (keytab, ccache,
 * krb5.conf) is destroyed afterwards, also on failure. Nothing secret reaches argv or stays on disk.
 */
import { existsSync } from 'node:fs'
import { chmod, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { makeTempDir, networkTimeoutSeconds, removeTempDir, stallAdvice } from '../runtime/resources.js'
import { redact, registerSecret } from '../runtime/secrets.js'
import { runTool } from './tool.js'

export const FEDORA_REALM = 'FEDORAPROJECT.ORG'

/** The Kerberos settings curl (or any GSSAPI client) needs to find the ticket. */
export interface KerberosEnv {
  KRB5_CONFIG: string
  KRB5CCNAME: string
}

export interface KerberosTicketOptions {
  /** The keytab file, base64-encoded (`base64 -w0 file`): how CI secrets can hold it. */
  keytabBase64: string
  /** `user` (realm FEDORAPROJECT.ORG) or `user@REALM`. */
  principal: string
  /** A krb5.conf to use instead of the built-in one for FEDORAPROJECT.ORG (KRB5_CONFIG also wins). */
  krb5Conf?: string
  /** Where the private temp dir is made; default RUNNER_TEMP, else the OS temp dir. */
  tmpDir?: string
}

const INSTALL_KRB5 = 'install krb5-user (Debian/Ubuntu) or krb5-workstation (Fedora)'
const KEYTAB_HELP =
  'create it with `ktutil` (`addent -password -p <user>@FEDORAPROJECT.ORG -k 1 -e aes256-cts-hmac-sha1-96`, ' +
  'then `wkt fedora.keytab`) and store `base64 -w0 fedora.keytab` as the secret'

/** Fedora's realm, reached over HTTPS through the KDC proxy (what fedora-packager ships). */
export const FEDORA_KRB5_CONF = `[libdefaults]
 default_realm = FEDORAPROJECT.ORG
 dns_lookup_realm = false
 rdns = false
 dns_canonicalize_hostname = false

[realms]
 FEDORAPROJECT.ORG = {
  kdc = https://id.fedoraproject.org/KdcProxy
 }

[domain_realm]
 .fedoraproject.org = FEDORAPROJECT.ORG
 fedoraproject.org = FEDORAPROJECT.ORG
`

/**
 * The keytab bytes from the secret, or an error saying how to make a correct secret. Keytabs
 * start with 0x05 then format version 0x02 (or the old 0x01). Line breaks (`base64` without -w0)
 * are tolerated.
 */
export function decodeKeytab(keytabBase64: string): Buffer {
  const text = keytabBase64.replace(/\s+/g, '')
  const fail = (why: string): Error =>
    new Error(`the keytab secret is not a base64-encoded keytab (${why}): ${KEYTAB_HELP}`)
  if (text === '') throw fail('it is empty')
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) throw fail('it is not valid base64')
  const bytes = Buffer.from(text, 'base64')
  if (bytes.length <= 2 || bytes[0] !== 0x05 || (bytes[1] !== 0x02 && bytes[1] !== 0x01)) {
    throw fail('the decoded bytes do not start with the keytab header 0x05 0x02')
  }
  return bytes
}

/** `user` -> `user@FEDORAPROJECT.ORG`; refuses names kinit would take as options or split. */
export function normalizePrincipal(principal: string): string {
  const value = principal.trim()
  if (!/^[^\s@-][^\s@]*(@[^\s@]+)?$/.test(value)) {
    throw new Error(`"${principal}" is not a Kerberos principal: expected "user" or "user@REALM"`)
  }
  return value.includes('@') ? value : `${value}@${FEDORA_REALM}`
}

export async function withKerberosTicket<T>(
  options: KerberosTicketOptions,
  fn: (env: KerberosEnv) => Promise<T>,
): Promise<T> {
  registerSecret(options.keytabBase64)
  const keytab = decodeKeytab(options.keytabBase64)
  const principal = normalizePrincipal(options.principal)
  const krb5Conf = options.krb5Conf ?? process.env.KRB5_CONFIG
  if (krb5Conf !== undefined && !existsSync(krb5Conf)) {
    throw new Error(`the Kerberos configuration ${krb5Conf} does not exist (from krb5Conf or KRB5_CONFIG)`)
  }

  const dir = makeTempDir('srcgit-krb5-', options.tmpDir)
  try {
    await chmod(dir, 0o700)
    const keytabPath = path.join(dir, 'keytab')
    await writeFile(keytabPath, keytab, { mode: 0o600, flag: 'wx' })
    let config = krb5Conf
    if (config === undefined) {
      config = path.join(dir, 'krb5.conf')
      await writeFile(config, FEDORA_KRB5_CONF, { mode: 0o600 })
    }
    const env: KerberosEnv = { KRB5_CONFIG: config, KRB5CCNAME: `FILE:${path.join(dir, 'ccache')}` }
    // kinit has no deadline of its own for a KDC (or KDC proxy) that accepts and then stalls.
    const seconds = networkTimeoutSeconds()
    try {
      const kinit = await runTool('kinit', ['-k', '-t', `FILE:${keytabPath}`, principal], {
        env: { ...env },
        install: INSTALL_KRB5,
        timeoutMs: seconds * 1000,
      })
      if (kinit.timedOut) {
        throw new Error(
          `kinit for ${principal} got no ticket within ${seconds} s: the KDC (${krb5Conf ? `from ${krb5Conf}` : 'https://id.fedoraproject.org/KdcProxy'}) ` +
            `does not answer. ${stallAdvice()}`,
        )
      }
      if (kinit.code !== 0) {
        const output = redact(`${kinit.stderr}${kinit.stdout}`.trim()) || `exit ${kinit.code}`
        throw new Error(
          `kinit for ${principal} failed: ${output}. Check that the keytab holds a current key for ${principal} ` +
            '(`klist -k -t <file>`; a password change makes old keytabs invalid) and that the KDC is reachable',
        )
      }
      return await fn(env)
    } finally {
      // Overwrites and removes the ticket; a missing ccache (kinit failed) is not an error here.
      await runTool('kdestroy', [], { env: { ...env }, install: INSTALL_KRB5, timeoutMs: 30_000 }).catch(
        () => undefined,
      )
    }
  } finally {
    removeTempDir(dir)
  }
}
