/**
 * `srcgit koji-build`: builds the configured dist-git branches in Koji when their head has an
 * NVR Koji does not have yet (Packit's koji_build job, reconciled from a schedule or right after
 * proposing). Logs in with the keytab only when something is to be submitted.
 */
import path from 'node:path'
import { KojiClient } from '../builds/koji.js'
import { loginWithKeytab } from '../builds/koji-login.js'
import { HttpClient } from '../http/client.js'
import { kojiBuild } from '../jobs/koji-build.js'
import { buildsOutput, buildsResult, buildsSummary, formatBuild } from '../jobs/koji-build-report.js'
import { writeCiReports } from '../runtime/gitlab.js'
import { redact } from '../runtime/secrets.js'
import { ciReporters } from './ci-reporters.js'
import { distGitForgeOption, distGitToken } from './dist-git-forge.js'
import { keytabLogin, DEFAULT_KOJI_URL, DOWNSTREAM_JOB_OPTIONS } from './keytab-login.js'
import { EXIT, type CommandIO } from './io.js'
import { environmentHelp } from './options.js'
import { parseCommand } from './parse.js'
import { isUserError } from '../runtime/user-errors.js'
import { parseWaitMinutes } from '../status/wait.js'

const OPTIONS = {
  ...DOWNSTREAM_JOB_OPTIONS,
  'wait-for-build': { type: 'string' },
} as const

export const KOJI_BUILD_USAGE = `Usage: srcgit koji-build [options] [SOURCE_GIT]

Builds each dist-git branch of the koji_build job (its dist_git_branches, aliases expanded;
trigger: commit) in Koji when the branch head's NVR is not built yet, as Packit's koji_build
does: a head whose NVR Koji has building or complete is "already built" (a commit without a
spec change, or a maintainer's own build), a head that came from a merged pull request whose
author is not in allowed_pr_authors, or a direct push whose committer is not in
allowed_committers, is skipped with the reason ("packit" there means the bot: --fas-user).
When the spec's NVR cannot be computed exactly (a Release with Lua, a macro srcgit does not
know), Koji is asked instead: a build whose source is the head commit counts, else the head is
submitted and Koji's "Build already exists" counts as built.
Stateless: run it on a schedule and after proposing; a second run submits nothing new. A keytab
the KDC refuses or a Koji hub that does not answer ends the run with one message and nothing
submitted; the next run starts over.

In CI, the source-git commit each dist-git head came from gets a koji/<branch> commit status,
and the source-git pull request of a failed build one comment.

  --config FILE          configuration file (default: .distro/source-git.yaml, .packit.yaml, ...)
  --package NAME         the package, when the configuration has several
  --branch B             only this dist-git branch (repeatable; a matrix job's)
  --dist-git-url URL     the dist-git instance (default: dist_git_base_url)
  --dist-git-forge F     auto (default), pagure or forgejo
  --koji-url URL         the Koji hub (default: ${DEFAULT_KOJI_URL})
  --bodhi-url URL        Bodhi, for branch aliases (default: https://bodhi.fedoraproject.org)
  --fas-user USER        the bot's Kerberos principal (user or user@REALM)
  --krb5-conf FILE       krb5.conf (default: KRB5_CONFIG, else Fedora's KDC proxy)
  --wait-for-build MIN   wait up to MIN minutes for submitted builds (default 0: report the task)
  --dry-run              read everything, submit nothing, set no status

SRCGIT_KEYTAB: the bot's keytab, base64 (needed only when a build is submitted).
SRCGIT_DOTENV names a dotenv report (GitLab CI: builds, result).

${environmentHelp(OPTIONS)}`

export async function kojiBuildCommand(argv: string[], io: CommandIO): Promise<number> {
  const parsed = parseCommand('koji-build', KOJI_BUILD_USAGE, OPTIONS, argv, io)
  if (typeof parsed === 'number') return parsed
  const { values, sourceGit, usage } = parsed
  const forgeKind = distGitForgeOption(values['dist-git-forge'])
  if (typeof forgeKind === 'object') return usage(forgeKind.error)
  const env = process.env
  const token = distGitToken(env)
  if (typeof token === 'object') return usage(token.error)
  const wait = values['wait-for-build']
  const waitMinutes = wait === undefined ? 0 : parseWaitMinutes(wait)
  if (waitMinutes === undefined)
    return usage(`--wait-for-build must be a number of minutes from 0 to 360, not "${wait}"`)
  const login = keytabLogin(values, env, io.cwd)
  if (typeof login === 'string') return usage(login)
  const dryRun = values['dry-run'] ?? false
  const http = new HttpClient()
  const koji = new KojiClient({ hubUrl: values['koji-url'] ?? DEFAULT_KOJI_URL, http })
  const reporters = dryRun ? undefined : ciReporters(env)
  try {
    const result = await kojiBuild({
      sourceGit,
      configFile: values.config ? path.resolve(io.cwd, values.config) : undefined,
      packageName: values.package,
      branches: values.branch,
      instanceUrl: values['dist-git-url'],
      forgeKind,
      token,
      koji,
      login: login.settings ? () => loginWithKeytab(koji, login.settings!) : undefined,
      bot: login.bot,
      waitMinutes,
      dryRun,
      reporters,
      http,
      bodhiUrl: values['bodhi-url'],
      log: (line) => io.stderr(`${line}\n`),
    })
    for (const note of result.notes) io.stderr(`note: ${note}\n`)
    const several = new Set(result.outcomes.map((o) => o.package)).size > 1
    for (const outcome of result.outcomes) io.stdout(`${formatBuild(outcome, several)}\n`)
    writeCiReports(
      env,
      (message) => io.stderr(`warning: ${message}\n`),
      {
        builds: buildsOutput(result.outcomes),
        result: buildsResult(result.outcomes),
      },
      buildsSummary(result.outcomes, result.notes, dryRun),
    )
    return result.outcomes.some((o) => o.result === 'failed') ? EXIT.failure : EXIT.ok
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`srcgit koji-build: ${redact((error as Error).message)}\n`)
      return EXIT.failure
    }
    throw error
  } finally {
    await reporters?.close()
    await http.close()
  }
}
