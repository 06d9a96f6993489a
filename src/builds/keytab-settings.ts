/**
 * The Kerberos login the downstream jobs share, from what the user gave (the keytab secret, whose
 * principal it is, a krb5.conf), for the CLI and the action alike; only the names in messages differ.
 */
import type { KojiKeytabLogin } from './koji-login.js'
import { normalizePrincipal } from '../lookaside/kerberos.js'

export interface KeytabInput {
  keytabBase64?: string
  fasUser?: string
  krb5Conf?: string
}

/** How the user gives each value, for messages and for the login's own errors. */
export interface KeytabInputNames {
  fasUser: string
  keytabSecret: string
  /** The message when the keytab is set without its principal. */
  missingPrincipal: string
}

export type KeytabSettings =
  { ok: true; bot?: string; login?: KojiKeytabLogin } | { ok: false; error: string }

/** No keytab: no login (the job says so when it needs one); the bot is the principal's user. */
export function keytabSettings(input: KeytabInput, names: KeytabInputNames): KeytabSettings {
  const keytab = input.keytabBase64?.trim() || undefined
  const user = input.fasUser?.trim() || undefined
  let principal: string | undefined
  if (user) {
    try {
      principal = normalizePrincipal(user)
    } catch (error) {
      return { ok: false, error: `${names.fasUser}: ${(error as Error).message}` }
    }
  }
  const bot = principal?.split('@')[0]
  if (!keytab) return { ok: true, bot }
  if (!principal) return { ok: false, error: names.missingPrincipal }
  return {
    ok: true,
    bot,
    login: {
      keytabBase64: keytab,
      principal,
      keytabSecretName: names.keytabSecret,
      ...(input.krb5Conf ? { krb5Conf: input.krb5Conf } : {}),
    },
  }
}
