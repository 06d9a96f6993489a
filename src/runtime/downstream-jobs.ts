/**
 * The action's glue for the downstream jobs: `job: koji-build` and `job: bodhi-update` run
 * kojiBuild / bodhiUpdate as `srcgit koji-build` / `srcgit bodhi-update` do, with the inputs
 * for options, log lines and a summary per branch, and the outputs (`builds` / `updates`,
 * `result`); and the `matrix` output of `job: config-check`. Only the keytab is secret here
 * (github-token sets the statuses).
 */
import { BodhiClient, DEFAULT_BODHI_URL } from '../builds/bodhi.js'
import { loginToBodhiWithKeytab } from '../builds/bodhi-login.js'
import { KojiClient } from '../builds/koji.js'
import { loginWithKeytab, type KojiKeytabLogin } from '../builds/koji-login.js'
import { ciReporters } from '../commands/ci-reporters.js'
import { DEFAULT_KOJI_URL } from '../commands/keytab-login.js'
import { loadConfig } from '../config/index.js'
import { HttpClient } from '../http/client.js'
import { bodhiUpdate } from '../jobs/bodhi-update.js'
import { formatUpdate, updatesOutput, updatesResult, updatesSummary } from '../jobs/bodhi-update-report.js'
import { loadDownstreamMatrix } from '../jobs/downstream-matrix.js'
import { kojiBuild } from '../jobs/koji-build.js'
import { buildsOutput, buildsResult, buildsSummary, formatBuild } from '../jobs/koji-build-report.js'
import { keytabSettings } from '../builds/keytab-settings.js'
import { log, SettingsError, type ActionSettings } from './github.js'
import { configPath, downstreamFailedOutputs, EMPTY_MATRIX, setOutputs } from './action-settings.js'

export { downstreamFailedOutputs, EMPTY_MATRIX }

/** The Kerberos login from the keytab and fas-user inputs; none without a keytab. */
export function keytabLoginOf(settings: ActionSettings): { login?: KojiKeytabLogin; bot?: string } {
  const result = keytabSettings(
    { keytabBase64: settings.keytab, fasUser: settings.fasUser, krb5Conf: settings.krb5Conf },
    {
      fasUser: 'input "fas-user"',
      keytabSecret: 'the keytab input (secrets.SRCGIT_KEYTAB)',
      missingPrincipal:
        'input "keytab" is set but not whose it is: give input "fas-user", the principal of the keytab (user or user@REALM)',
    },
  )
  if (!result.ok) throw new SettingsError(result.error)
  return { bot: result.bot, login: result.login }
}

/** What kojiBuild and bodhiUpdate share from the settings. */
function common(settings: ActionSettings) {
  return {
    sourceGit: settings.workingDirectory,
    configFile: configPath(settings),
    packageName: settings.packageName,
    branches: settings.branches.length > 0 ? settings.branches : undefined,
    instanceUrl: settings.distGitUrl,
    forgeKind: settings.distGitForge,
    token: settings.distGitToken,
    dryRun: settings.dryRun,
  }
}

/** `job: koji-build`: build the dist-git heads Koji has not built yet (Packit's koji_build). */
export async function kojiBuildJob(settings: ActionSettings): Promise<void> {
  const { login, bot } = keytabLoginOf(settings)
  const http = new HttpClient()
  const koji = new KojiClient({ hubUrl: settings.kojiUrl ?? DEFAULT_KOJI_URL, http })
  const reporters = settings.dryRun ? undefined : ciReporters(process.env, settings.githubToken)
  try {
    const result = await log.group(`Build in Koji${settings.dryRun ? ' (dry run)' : ''}`, () =>
      kojiBuild({
        ...common(settings),
        koji,
        login: login ? () => loginWithKeytab(koji, login) : undefined,
        bot,
        waitMinutes: settings.waitForBuild,
        reporters,
        http,
        bodhiUrl: settings.bodhiUrl,
        log: log.info,
      }),
    )
    for (const note of result.notes) log.info(`note: ${note}`)
    const several = new Set(result.outcomes.map((o) => o.package)).size > 1
    for (const o of result.outcomes) log.info(formatBuild(o, several))
    setOutputs({ builds: buildsOutput(result.outcomes), result: buildsResult(result.outcomes) })
    await log.summary(buildsSummary(result.outcomes, result.notes, settings.dryRun))
    const failed = result.outcomes.filter((o) => o.result === 'failed')
    if (failed.length > 0)
      log.fail(
        `koji-build failed for ${failed.map((o) => `${several ? `${o.package} ` : ''}${o.branch}${o.taskUrl ? ` (${o.taskUrl})` : ''}`).join(', ')}: see the log and the summary`,
      )
  } finally {
    await reporters?.close()
    await http.close()
  }
}

/** `job: bodhi-update`: a Bodhi update for each completed build without one (Packit's bodhi_update). */
export async function bodhiUpdateJob(settings: ActionSettings): Promise<void> {
  const { login, bot } = keytabLoginOf(settings)
  const http = new HttpClient()
  const koji = new KojiClient({ hubUrl: settings.kojiUrl ?? DEFAULT_KOJI_URL, http })
  const bodhi = new BodhiClient({ url: settings.bodhiUrl ?? DEFAULT_BODHI_URL, http })
  const reporters = settings.dryRun ? undefined : ciReporters(process.env, settings.githubToken)
  try {
    const result = await log.group(`Update Bodhi${settings.dryRun ? ' (dry run)' : ''}`, () =>
      bodhiUpdate({
        ...common(settings),
        koji,
        bodhi,
        login: login
          ? () => loginToBodhiWithKeytab(bodhi, { ...login, oidcUrl: settings.oidcUrl })
          : undefined,
        bot,
        reporters,
        http,
      }),
    )
    for (const note of result.notes) log.info(`note: ${note}`)
    const several = new Set(result.outcomes.map((o) => o.package)).size > 1
    for (const o of result.outcomes) log.info(formatUpdate(o, several))
    setOutputs({ updates: updatesOutput(result.outcomes), result: updatesResult(result.outcomes) })
    await log.summary(updatesSummary(result.outcomes, result.notes, settings.dryRun))
    const failed = result.outcomes.filter((o) => o.result === 'failed')
    if (failed.length > 0)
      log.fail(
        `bodhi-update failed for ${failed.map((o) => `${several ? `${o.package} ` : ''}${o.branch}`).join(', ')}: see the log and the summary`,
      )
  } finally {
    await reporters?.close()
    await http.close()
  }
}

/** `job: config-check`'s `matrix` output: one cell per package and branch of the downstream jobs. */
export async function matrixJob(settings: ActionSettings): Promise<void> {
  const config = await loadConfig(settings.workingDirectory, { configFile: configPath(settings) })
  let http: HttpClient | undefined
  try {
    const matrix = await loadDownstreamMatrix(config, {
      http: () => (http ??= new HttpClient()),
      bodhiUrl: settings.bodhiUrl,
    })
    const text = JSON.stringify(matrix)
    log.info(
      matrix.include.length > 0
        ? `matrix: ${matrix.include.length} package/branch cell${matrix.include.length > 1 ? 's' : ''} for koji-build and bodhi-update: ${text}`
        : 'matrix: {"include":[]} (no koji_build or bodhi_update job with trigger: commit)',
    )
    log.setOutput('matrix', text)
  } finally {
    await http?.close()
  }
}
