/**
 * `srcgit bodhi-update`: creates a Bodhi update for each configured dist-git branch whose head's
 * NVR is COMPLETE in Koji and in no update yet (Packit's bodhi_update job, reconciled from a
 * schedule after koji-build). Logs in (keytab, Kerberos-backed OIDC as bodhi-client does) only
 * when an update is to be created.
 */
import path from 'node:path'
import { BodhiClient, DEFAULT_BODHI_URL } from '../builds/bodhi.js'
import { DEFAULT_OIDC_URL, loginToBodhiWithKeytab } from '../builds/bodhi-login.js'
import { KojiClient } from '../builds/koji.js'
import { HttpClient } from '../http/client.js'
import { bodhiUpdate } from '../jobs/bodhi-update.js'
import { formatUpdate, updatesOutput, updatesResult, updatesSummary } from '../jobs/bodhi-update-report.js'
import { writeCiReports } from '../runtime/gitlab.js'
import { redact } from '../runtime/secrets.js'
import { ciReporters } from './ci-reporters.js'
import { distGitForgeOption, distGitToken } from './dist-git-forge.js'
import { keytabLogin, DEFAULT_KOJI_URL, DOWNSTREAM_JOB_OPTIONS } from './keytab-login.js'
import { EXIT, type CommandIO } from './io.js'
import { environmentHelp } from './options.js'
import { parseCommand } from './parse.js'
import { isUserError } from '../runtime/user-errors.js'

const OPTIONS = {
  ...DOWNSTREAM_JOB_OPTIONS,
  'oidc-url': { type: 'string' },
} as const

export const BODHI_UPDATE_USAGE = `Usage: srcgit bodhi-update [options] [SOURCE_GIT]

Creates a Bodhi update for each dist-git branch of the bodhi_update job (its dist_git_branches,
default fedora-branched; rawhide never: Bodhi makes those updates itself) whose head's NVR is
complete in Koji, built by someone in allowed_builders, and in no update yet, as Packit's
bodhi_update does: the type, severity and the rest from bodhi_extra_params (type enhancement
by default), the notes from the changelog entries since the latest stable build, the bugs
those entries close. "Update already exists" is success; a build not yet tagged into the
release's candidate tag is "waiting", tried again by the next run. Stateless: run it on a
schedule after koji-build; a second run creates nothing new.

In CI, the source-git commit each dist-git head came from gets a bodhi/<branch> commit status.

  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --branch B             only this dist-git branch (repeatable; a matrix job's)
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --dist-git-forge F     auto (default), pagure or forgejo
  --koji-url URL         the Koji hub (default: ${DEFAULT_KOJI_URL})
  --bodhi-url URL        Bodhi (default: ${DEFAULT_BODHI_URL})
  --oidc-url URL         Bodhi's OpenID Connect provider (default: ${DEFAULT_OIDC_URL})
  --fas-user USER        the bot's Kerberos principal (user or user@REALM)
  --krb5-conf FILE       krb5.conf (default: KRB5_CONFIG, else Fedora's KDC proxy)
  --dry-run              read everything, create nothing, set no status

SRCGIT_KEYTAB: the bot's keytab, base64 (needed only when an update is created).
SRCGIT_DOTENV names a dotenv report (GitLab CI: updates, result).

${environmentHelp(OPTIONS)}`

export async function bodhiUpdateCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand('bodhi-update', BODHI_UPDATE_USAGE, OPTIONS, argv, io)
  if (typeof parsed === 'number') return parsed
  const { values, sourceGit, usage } = parsed
  const forgeKind = distGitForgeOption(values['dist-git-forge'])
  if (typeof forgeKind === 'object') return usage(forgeKind.error)
  const env = process.env
  const token = distGitToken(env)
  if (typeof token === 'object') return usage(token.error)
  const login = keytabLogin(values, env, io.cwd)
  if (typeof login === 'string') return usage(login)
  const dryRun = values['dry-run'] ?? false
  const http = new HttpClient()
  const koji = new KojiClient({ hubUrl: values['koji-url'] ?? DEFAULT_KOJI_URL, http })
  const bodhi = new BodhiClient({ url: values['bodhi-url'] ?? DEFAULT_BODHI_URL, http })
  const settings = login.settings
  const reporters = dryRun ? undefined : ciReporters(env)
  try {
    const result = await bodhiUpdate({
      sourceGit,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
      branches: values.branch,
      instanceUrl: values['dist-git-url'],
      forgeKind,
      token,
      koji,
      bodhi,
      login: settings
        ? () => loginToBodhiWithKeytab(bodhi, { ...settings, oidcUrl: values['oidc-url'] })
        : undefined,
      bot: login.bot,
      dryRun,
      reporters,
      http,
    })
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    const several = new Set(result.outcomes.map((o) => o.package)).size > 1
    for (const outcome of result.outcomes) io.stdout(`${formatUpdate(outcome, several)}\n`)
    writeCiReports(
      env,
      (message) => io.stderr(`warning: ${message}\n`),
      { updates: updatesOutput(result.outcomes), result: updatesResult(result.outcomes) },
      updatesSummary(result.outcomes, result.notes, dryRun),
    )
    return result.outcomes.some((o) => o.result === 'failed') ? EXIT.failure : EXIT.ok
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`srcgit bodhi-update: ${redact((error as Error).message)}\n`)
      return EXIT.failure
    }
    throw error
  } finally {
    await reporters?.close()
    await http.close()
  }
}
