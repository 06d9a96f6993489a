/**
 * The action's sequence of stages: read the settings, check the configuration, then run
 * the job. One failure path: every error ends in log.fail with what to fix, and the
 * outputs are set either way.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { configCheck } from './commands/config-check.js'
import { isUserError } from './commands/update-dist-git.js'
import { ConfigError } from './config/index.js'
import { proposeDownstream, type ForgeOptions } from './jobs/propose-downstream.js'
import { failedOutputs, markdownSummary, runFailed, runOutputs, type RunOutputs } from './jobs/report.js'
import { releaseRequest, UnsupportedEventError } from './runtime/github-event.js'
import { githubReleaseNotes } from './runtime/github-release.js'
import { log, readSettings, SettingsError, type ActionSettings } from './runtime/github.js'
import { redact } from './runtime/secrets.js'
import { SpecError } from './spec/index.js'

export async function run(): Promise<void> {
  let settings: ActionSettings | undefined
  try {
    settings = readSettings()
    if (!(await checkConfig(settings))) return
    if (settings.job === 'propose-downstream') await propose(settings)
  } catch (error) {
    annotate(error)
    if (settings?.job === 'propose-downstream') setOutputs(failedOutputs())
    const message = error instanceof Error ? error.message : String(error)
    const expected =
      isUserError(error) || error instanceof UnsupportedEventError || error instanceof SettingsError
    // A bug keeps its stack trace, for the report; everything else is one actionable line.
    log.fail(redact(expected || !(error instanceof Error) ? message : (error.stack ?? message)))
  }
}

async function checkConfig(settings: ActionSettings): Promise<boolean> {
  const args = [settings.workingDirectory]
  if (settings.configFile) args.push('--config', path.resolve(settings.workingDirectory, settings.configFile))
  let output = ''
  const code = await log.group('Read the srcgit/Packit configuration', () =>
    configCheck(args, {
      stdout: (s) => (output += s),
      stderr: (s) => log.info(s.trimEnd()),
      cwd: settings.workingDirectory,
    }),
  )
  if (code !== 0) {
    if (settings.job === 'propose-downstream') setOutputs(failedOutputs())
    log.fail(
      'The configuration has errors (listed above); fix them and re-run. `npx srcgit config check` shows the same locally.',
    )
    return false
  }
  if (settings.job === 'config-check') log.info(output.trimEnd())
  log.setOutput('config', output)
  return true
}

function forgeOptions(settings: ActionSettings): ForgeOptions | undefined {
  if (!settings.pagureToken) {
    if (settings.dryRun) return undefined
    throw new Error(
      'input "pagure-token" is empty: create a Pagure API token for the bot account (fork_project, pull_request_create, pull_request_update), ' +
        'store it as a repository secret and pass `pagure-token: ${{ secrets.PAGURE_TOKEN }}`; or set `dry-run: true`',
    )
  }
  if (settings.pushProtocol === 'ssh' && !settings.sshPrivateKey && !settings.dryRun)
    throw new Error(
      'input "ssh-private-key" is empty: src.fedoraproject.org accepts pushes only over SSH; store the bot account\'s private key ' +
        '(its public key registered in FAS) as a secret and pass `ssh-private-key: ${{ secrets.FEDORA_SSH_KEY }}`',
    )
  return {
    instanceUrl: settings.distGitUrl,
    token: settings.pagureToken,
    fasUser: settings.fasUser,
    push:
      settings.pushProtocol === 'ssh'
        ? {
            protocol: 'ssh',
            privateKey: settings.sshPrivateKey ?? '',
            knownHosts: settings.knownHosts,
            sshHost: settings.sshHost,
          }
        : { protocol: 'https' },
    keytab: settings.keytab,
    lookasideUrl: settings.lookasideUrl,
    force: settings.force,
    dryRun: settings.dryRun,
  }
}

async function propose(settings: ActionSettings): Promise<void> {
  const env = process.env
  const payload = env.GITHUB_EVENT_PATH ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {}
  const request = releaseRequest(env.GITHUB_EVENT_NAME ?? '', payload, env.GITHUB_REF, {
    tag: settings.tag,
    version: settings.version,
  })
  const forge = forgeOptions(settings)
  const mode = !forge ? 'dry run (no token): nothing left the runner' : forge.dryRun ? 'dry run' : ''
  log.info(`srcgit propose-downstream: ${request.trigger}${mode ? `, ${mode}` : ''}`)
  const result = await log.group(`Propose ${request.tag ?? request.version} to dist-git`, () =>
    proposeDownstream({
      sourceGit: settings.workingDirectory,
      configFile: settings.configFile
        ? path.resolve(settings.workingDirectory, settings.configFile)
        : undefined,
      tag: request.tag,
      version: request.version,
      releaseNotes: request.releaseNotes,
      fetchReleaseNotes: request.tag
        ? () => githubReleaseNotes(request.tag!, env, settings.githubToken)
        : undefined,
      branches: settings.branches.length > 0 ? settings.branches : undefined,
      author: settings.author,
      bodhiUrl: settings.bodhiUrl,
      forge,
    }),
  )
  for (const note of result.notes) log.info(`note: ${note}`)
  for (const p of result.proposals) for (const note of p.notes) log.info(`note: ${p.branch}: ${note}`)
  for (const o of result.outcomes)
    log.info(`${o.branch}: ${o.operation}${o.url ? ` ${o.url}` : ''}${o.reason ? ` (${o.reason})` : ''}`)
  setOutputs(runOutputs(result))
  await log.summary(markdownSummary(result, mode))
  if (runFailed(result.outcomes, settings.force)) {
    const failed = result.outcomes.filter((o) => o.operation === 'failed' || o.operation === 'skipped')
    log.fail(
      `propose-downstream did not complete for ${failed.map((o) => `${o.branch} (${o.operation}: ${o.reason ?? ''})`).join(', ')}`,
    )
  }
}

function setOutputs(outputs: RunOutputs): void {
  for (const [name, value] of Object.entries(outputs)) log.setOutput(name, value)
}

/** Errors about a file line become annotations on that line. */
function annotate(error: unknown): void {
  if (error instanceof ConfigError)
    for (const d of error.diagnostics.filter((d) => d.severity === 'error'))
      log.error(d.message, { file: d.file, line: d.line, column: d.column })
  if (error instanceof SpecError && error.file)
    log.error(error.message, { file: error.file, line: error.line })
}
