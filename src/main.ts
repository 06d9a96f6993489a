/**
 * The action's sequence of stages: read the settings, check the configuration, then run
 * the job. One failure path: every error ends in log.fail with what to fix, and the
 * outputs are set either way. Each job's code (and the API clients it uses) loads only when
 * that job runs: the bundle keeps them in chunks of their own, so the first log line comes fast.
 */
import { configCheck } from './commands/config-check.js'
import { ConfigError } from './config/diagnostics.js'
import { failedOutputs } from './jobs/report.js'
import { upstreamTagCheckout } from './jobs/release-checks.js'
import { configPath, downstreamFailedOutputs, EMPTY_MATRIX, setOutputs } from './runtime/action-settings.js'
import { UnsupportedEventError } from './runtime/github-event.js'
import { log, readSettings, requestedJob, SettingsError, type ActionSettings } from './runtime/github.js'
import { redact } from './runtime/secrets.js'
import { isUserError } from './runtime/user-errors.js'
import { SpecError } from './spec/errors.js'
import path from 'node:path'

export async function run(): Promise<void> {
  let settings: ActionSettings | undefined
  try {
    settings = readSettings()
    if (!(await checkConfig(settings))) return
    await (
      await jobOf(settings.job)
    )(settings)
  } catch (error) {
    annotate(error)
    // Outputs are always set, the job's own also when its other settings are wrong.
    setOutputs(failureOutputs(settings?.job ?? requestedJob()))
    const message = error instanceof Error ? error.message : String(error)
    const expected =
      isUserError(error) || error instanceof UnsupportedEventError || error instanceof SettingsError
    // A bug keeps its stack trace, for the report; everything else is one actionable line.
    log.fail(redact(expected || !(error instanceof Error) ? message : (error.stack ?? message)))
  }
}

type Job = (settings: ActionSettings) => Promise<void>

/** The job's code, imported only now. */
async function jobOf(job: ActionSettings['job']): Promise<Job> {
  switch (job) {
    case 'config-check':
      return (await import('./runtime/downstream-jobs.js')).matrixJob
    case 'propose-downstream':
      return (await import('./runtime/action-jobs.js')).propose
    case 'sync-status':
      return (await import('./runtime/action-jobs.js')).statusJob
    case 'sync-from-downstream':
      return (await import('./runtime/action-jobs.js')).syncBackJob
    case 'pull-from-upstream':
      return (await import('./runtime/action-jobs.js')).pullJob
    case 'koji-build':
      return (await import('./runtime/downstream-jobs.js')).kojiBuildJob
    case 'bodhi-update':
      return (await import('./runtime/downstream-jobs.js')).bodhiUpdateJob
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
    setOutputs(failureOutputs(settings.job))
    // A release event checks out the tag: in source-git an upstream commit, with no configuration.
    const ref = process.env.GITHUB_REF ?? ''
    const tag = settings.tag ?? (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined)
    const onTag = await upstreamTagCheckout(settings.workingDirectory, tag, configPath(settings))
    if (onTag) {
      log.fail(onTag)
      return false
    }
    log.fail(
      'The configuration has errors (listed above); fix them and re-run. `npx --yes github:srcgit/propose-downstream#v1 config check` shows the same locally (README: Install the srcgit command).',
    )
    return false
  }
  if (settings.job === 'config-check') log.info(output.trimEnd())
  log.setOutput('config', output)
  return true
}

/** The outputs of a run that failed before its job reported: the job's own, so that they are always set. */
function failureOutputs(job: ActionSettings['job'] | undefined): Record<string, string> {
  if (job === 'config-check') return { matrix: EMPTY_MATRIX }
  if (job === 'koji-build' || job === 'bodhi-update') return downstreamFailedOutputs(job)
  // pull-from-upstream's own outputs (commands/pull-from-upstream.ts pullFromUpstreamOutputs()).
  if (job === 'pull-from-upstream')
    return { ...failedOutputs(), 'pull-request': '', version: '', result: 'failed' }
  return { ...failedOutputs() }
}

/** Errors about a file line become annotations on that line. */
function annotate(error: unknown): void {
  if (error instanceof ConfigError)
    for (const d of error.diagnostics.filter((d) => d.severity === 'error'))
      log.error(d.message, { file: d.file, line: d.line, column: d.column })
  if (error instanceof SpecError && error.file)
    log.error(error.message, { file: error.file, line: error.line })
}
