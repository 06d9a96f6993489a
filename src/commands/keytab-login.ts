/** The Kerberos login the downstream commands share: SRCGIT_KEYTAB, --fas-user, --krb5-conf. */
import path from 'node:path'
import type { KojiKeytabLogin } from '../builds/koji-login.js'
import { keytabSettings } from '../builds/keytab-settings.js'

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
  const result = keytabSettings(
    {
      keytabBase64: env.SRCGIT_KEYTAB,
      fasUser: values['fas-user'],
      krb5Conf: values['krb5-conf'] ? path.resolve(cwd, values['krb5-conf']) : undefined,
    },
    {
      fasUser: '--fas-user',
      keytabSecret: 'the keytab secret (SRCGIT_KEYTAB)',
      missingPrincipal:
        'SRCGIT_KEYTAB is set but not whose it is: give --fas-user (SRCGIT_FAS_USER), the principal of the keytab',
    },
  )
  if (!result.ok) return result.error
  return { bot: result.bot, ...(result.login ? { settings: result.login } : {}) }
}
