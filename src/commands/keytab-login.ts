/** The Kerberos login the downstream commands share: SRCGIT_KEYTAB, --fas-user, --krb5-conf. */
import path from 'node:path'
import type { KojiKeytabLogin } from '../builds/koji-login.js'
import { normalizePrincipal } from '../lookaside/kerberos.js'

/** The options koji-build and bodhi-update share: the package, its branches, dist-git, Koji, the login. */
export const DOWNSTREAM_JOB_OPTIONS = {
  config: { type: 'string' },
  package: { type: 'string' },
  branch: { type: 'string', multiple: true },
  'dist-git-url': { type: 'string' },
  'dist-git-forge': { type: 'string' },
  'koji-url': { type: 'string' },
  'bodhi-url': { type: 'string' },
  'fas-user': { type: 'string' },
  'krb5-conf': { type: 'string' },
  'dry-run': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

export const DEFAULT_KOJI_URL = 'https://koji.fedoraproject.org/kojihub'

export interface KeytabLoginSettings {
  /** Undefined without a keytab: then nothing can be submitted (the job says so when it needs to). */
  settings?: KojiKeytabLogin
  /** The bot account: the principal's user. */
  bot?: string
}

/** The login settings, or a usage error. */
export function keytabLogin(
  values: { 'fas-user'?: string; 'krb5-conf'?: string },
  env: NodeJS.ProcessEnv,
  cwd: string,
): KeytabLoginSettings | string {
  const keytab = env.SRCGIT_KEYTAB?.trim() || undefined
  const user = values['fas-user']?.trim() || undefined
  let principal: string | undefined
  if (user) {
    try {
      principal = normalizePrincipal(user)
    } catch (error) {
      return `--fas-user: ${(error as Error).message}`
    }
  }
  const bot = principal?.split('@')[0]
  if (!keytab) return { bot }
  if (!principal)
    return 'SRCGIT_KEYTAB is set but not whose it is: give --fas-user (SRCGIT_FAS_USER), the principal of the keytab'
  const krb5Conf = values['krb5-conf'] ? path.resolve(cwd, values['krb5-conf']) : undefined
  return {
    bot,
    settings: {
      keytabBase64: keytab,
      principal,
      keytabSecretName: 'the keytab secret (SRCGIT_KEYTAB)',
      ...(krb5Conf ? { krb5Conf } : {}),
    },
  }
}
