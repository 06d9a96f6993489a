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
import {
  forgeOptionsFrom,
  proposeDownstream,
  type ForgeOptions,
  type ProposeResult,
} from './jobs/propose-downstream.js'
import { closePreviews, previewPullRequest } from './jobs/preview.js'
import { mergeGateAfterPreview } from './jobs/merge-gate-sync.js'
import type { BranchOutcome } from './jobs/publish.js'
import {
  afterProposing,
  formatMirrored,
  syncStatus,
  syncStatusOutputs,
  syncStatusSummary,
} from './jobs/sync-status.js'
import { githubPlatform } from './forges/source-git/change-requests.js'
import { syncFromDownstream } from './jobs/sync-from-downstream.js'
import { syncSummary } from './jobs/sync-texts.js'
import { checksPollSeconds } from './status/wait.js'
import { ciBaseBranch } from './commands/sync-from-downstream.js'
import { ciRepositoryUrl, ciStatusSink } from './status/sink.js'
import {
  branchLabel,
  failedOutputs,
  formatOutcome,
  markdownSummary,
  runFailed,
  runOutputs,
  summaryOf,
  type RunOutputs,
} from './jobs/report.js'
import { previewRequest, releaseRequest, UnsupportedEventError } from './runtime/github-event.js'
import { githubReleaseNotes } from './runtime/github-release.js'
import {
  bodhiUpdateJob,
  downstreamFailedOutputs,
  EMPTY_MATRIX,
  kojiBuildJob,
  matrixJob,
} from './runtime/downstream-jobs.js'
import { log, readSettings, requestedJob, SettingsError, type ActionSettings } from './runtime/github.js'
import { redact } from './runtime/secrets.js'
import { SpecError } from './spec/index.js'
import { upstreamTagCheckout } from './jobs/release-checks.js'

export async function run(): Promise<void> {
  let settings: ActionSettings | undefined
  try {
    settings = readSettings()
    if (!(await checkConfig(settings))) return
    if (settings.job === 'config-check') await matrixJob(settings)
    else if (settings.job === 'propose-downstream') await propose(settings)
    else if (settings.job === 'sync-status') await statusJob(settings)
    else if (settings.job === 'sync-from-downstream') await syncBackJob(settings)
    else if (settings.job === 'koji-build') await kojiBuildJob(settings)
    else if (settings.job === 'bodhi-update') await bodhiUpdateJob(settings)
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

async function propose(settings: ActionSettings): Promise<void> {
  const env = process.env
  const payload = readEvent(env.GITHUB_EVENT_PATH)
  const eventName = env.GITHUB_EVENT_NAME ?? ''
  if (eventName === 'pull_request' && !settings.tag && !settings.version) return preview(settings, payload)
  const request = releaseRequest(eventName, payload, env.GITHUB_REF, {
    tag: settings.tag,
    version: settings.version,
  })
  const forge = forgeFor(settings, settings.dryRun)
  const mode = runMode(forge)
  log.info(`srcgit propose-downstream: ${request.trigger}${mode ? `, ${mode}` : ''}`)
  const result = await log.group(`Propose ${request.tag ?? request.version} to dist-git`, () =>
    proposeDownstream({
      sourceGit: settings.workingDirectory,
      configFile: configPath(settings),
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
      instanceUrl: settings.distGitUrl,
    }),
  )
  for (const note of result.notes) log.info(`note: ${note}`)
  await report(result, markdownSummary(result, mode), settings.force)
  await mirrorAfterProposing(settings, forge, result.sourceGitCommit, result.outcomes)
}

/** A source-git pull request: make, update or close its dist-git preview. */
async function preview(settings: ActionSettings, payload: object): Promise<void> {
  const request = previewRequest(payload)
  if (request.kind === 'ignore') {
    log.info(`pull_request "${request.action}" changes nothing a preview shows; nothing to do`)
    setOutputs(runOutputs({ outcomes: [], version: '' }))
    return
  }
  // GitHub gives no secrets to pull requests from forks: preview what can be, without writing.
  let dryRun = settings.dryRun
  if (!settings.distGitToken && !dryRun) {
    log.warning(
      'no dist-git-token: pull requests from forks get no secrets, so this preview is a dry run (nothing is pushed or proposed)',
    )
    dryRun = true
  }
  const forge = forgeFor(settings, dryRun)
  const mode = runMode(forge)
  const common = {
    sourceGit: settings.workingDirectory,
    configFile: configPath(settings),
    forge,
    instanceUrl: settings.distGitUrl,
  }
  const result =
    request.kind === 'close'
      ? await log.group(`Close the previews of source-git PR #${request.number}`, () =>
          closePreviews({ ...common, pullRequest: request }),
        )
      : await log.group(`Preview source-git PR #${request.number} in dist-git`, () =>
          previewPullRequest({
            ...common,
            pullRequest: request,
            branches: settings.branches.length > 0 ? settings.branches : undefined,
            author: settings.author,
            bodhiUrl: settings.bodhiUrl,
          }),
        )
  for (const note of result.notes) log.info(`note: ${note}`)
  await report(
    { ...result, version: '' },
    summaryOf(`srcgit preview of source-git PR #${request.number}`, result, mode),
    settings.force,
  )
  if (result.sourceGitCommit)
    await mirrorAfterProposing(settings, forge, result.sourceGitCommit, result.outcomes, { mergeGate: true })
}

/** Statuses on the source-git commit after proposing (see afterProposing), for a preview the merge gate too; a failure there is a warning. */
async function mirrorAfterProposing(
  settings: ActionSettings,
  forge: ForgeOptions | undefined,
  commit: string,
  outcomes: BranchOutcome[],
  options: { mergeGate?: boolean } = {},
): Promise<void> {
  if (!forge || forge.dryRun) return
  const env = process.env
  try {
    const sink = ciStatusSink(env, settings.githubToken)
    if (!sink) return
    if (options.mergeGate) {
      const gate = await mergeGateAfterPreview(sink, commit, outcomes)
      if (gate.length > 0) log.info(`commit statuses set on ${commit.slice(0, 12)}: ${gate.join(', ')}`)
    }
    await afterProposing({
      sink,
      commit,
      outcomes,
      runUrl: env.GITHUB_RUN_ID ? `${ciRepositoryUrl(env)}/actions/runs/${env.GITHUB_RUN_ID}` : undefined,
      force: settings.force,
      forgeKind: settings.distGitForge,
      waitMinutes: settings.waitForChecks,
      pollSeconds: checksPollSeconds(env),
      log: log.info,
      group: log.group,
    })
  } catch (error) {
    log.warning(`the commit statuses could not be set: ${redact((error as Error).message)}`)
  }
}

/** `job: sync-status`: mirror the flags of every srcgit PR of this repository as commit statuses. */
async function statusJob(settings: ActionSettings): Promise<void> {
  const env = process.env
  const sink = ciStatusSink(env, settings.githubToken)
  if (!sink)
    throw new SettingsError(
      'sync-status writes commit statuses: it needs the github-token input (the default ${{ github.token }} with `permissions: statuses: write`) and GITHUB_REPOSITORY',
    )
  const result = await log.group('Mirror the dist-git checks as commit statuses', () =>
    syncStatus({
      sourceGit: settings.workingDirectory,
      configFile: configPath(settings),
      instanceUrl: settings.distGitUrl,
      forgeKind: settings.distGitForge,
      token: settings.distGitToken,
      author: settings.fasUser,
      repositoryUrl: ciRepositoryUrl(env),
      sink,
    }),
  )
  for (const note of result.notes) log.info(`note: ${note}`)
  for (const pr of result.pullRequests) log.info(formatMirrored(pr))
  const failed = result.pullRequests.filter((pr) => pr.error)
  setOutputs(syncStatusOutputs(result))
  await log.summary(syncStatusSummary(result))
  if (failed.length > 0)
    log.fail(`sync-status could not mirror ${failed.map((pr) => `${pr.url}: ${pr.error}`).join('; ')}`)
}

function forgeFor(settings: ActionSettings, dryRun: boolean) {
  return forgeOptionsFrom(
    {
      token: settings.distGitToken,
      forgeKind: settings.distGitForge,
      pushProtocol: settings.pushProtocol,
      sshPrivateKey: settings.sshPrivateKey,
      knownHosts: settings.knownHosts,
      sshHost: settings.sshHost,
      instanceUrl: settings.distGitUrl,
      fasUser: settings.fasUser,
      keytab: settings.keytab,
      lookasideUrl: settings.lookasideUrl,
      force: settings.force,
      dryRun,
    },
    {
      token: 'input "dist-git-token"',
      tokenHow: 'store it as a repository secret passed as `dist-git-token: ${{ secrets.DIST_GIT_TOKEN }}`',
      sshKey: 'input "ssh-private-key"',
      sshKeyHow: 'pass a secret as `ssh-private-key: ${{ secrets.FEDORA_SSH_KEY }}`',
      dryRun: '`dry-run: true`',
    },
  )
}

function runMode(forge: ForgeOptions | undefined): string {
  return !forge ? 'dry run (no token): nothing left the runner' : forge.dryRun ? 'dry run' : ''
}

function configPath(settings: ActionSettings): string | undefined {
  return settings.configFile ? path.resolve(settings.workingDirectory, settings.configFile) : undefined
}

/** Log lines, outputs, summary, and the run's failure when a branch failed. */
async function report(
  result: Pick<ProposeResult, 'outcomes' | 'proposals' | 'version'>,
  summary: string,
  force: boolean,
): Promise<void> {
  for (const p of result.proposals) for (const note of p.notes) log.info(`note: ${branchLabel(p)}: ${note}`)
  for (const o of result.outcomes) log.info(formatOutcome(o))
  setOutputs(runOutputs(result))
  await log.summary(summary)
  if (runFailed(result.outcomes, force)) {
    const failed = result.outcomes.filter((o) => o.operation === 'failed' || o.operation === 'skipped')
    log.fail(
      `srcgit did not complete for ${failed.map((o) => `${o.branch} (${o.operation}: ${o.reason ?? ''})`).join(', ')}`,
    )
  }
}

/** The event payload the runner wrote ({} outside Actions, e.g. under local-action without one). */
function readEvent(file: string | undefined): object {
  if (!file) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as object
  } catch (error) {
    throw new Error(
      `cannot read the event payload GITHUB_EVENT_PATH=${file}: ${(error as Error).message}; ` +
        'outside GitHub Actions, unset it or point it at a JSON file shaped like the event',
    )
  }
}

/** The outputs of a run that failed before its job reported: the job's own, so that they are always set. */
function failureOutputs(job: ActionSettings['job'] | undefined): Record<string, string> {
  if (job === 'config-check') return { matrix: EMPTY_MATRIX }
  if (job === 'koji-build' || job === 'bodhi-update') return downstreamFailedOutputs(job)
  return { ...failedOutputs() }
}

function setOutputs(outputs: RunOutputs | Record<string, string>): void {
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

/** `job: sync-from-downstream`: commits made by hand in dist-git, back to source-git as a pull request. */
async function syncBackJob(settings: ActionSettings): Promise<void> {
  const env = process.env
  // A dry run needs no token: it reads dist-git and source-git and reports what it would propose.
  if ((!settings.githubToken && !settings.dryRun) || !env.GITHUB_REPOSITORY)
    throw new SettingsError(
      'sync-from-downstream opens a pull request: it needs the github-token input (with `permissions: contents: write, pull-requests: write`) and GITHUB_REPOSITORY',
    )
  const platform = githubPlatform({
    token: settings.githubToken,
    repository: env.GITHUB_REPOSITORY,
    tokenName: 'the github-token input',
    env,
  })
  try {
    const result = await log.group('Bring dist-git changes back to source-git', () =>
      syncFromDownstream({
        sourceGit: settings.workingDirectory,
        configFile: configPath(settings),
        instanceUrl: settings.distGitUrl,
        forgeKind: settings.distGitForge,
        branches: settings.branches.length > 0 ? settings.branches : undefined,
        bodhiUrl: settings.bodhiUrl,
        base: ciBaseBranch(env),
        dryRun: settings.dryRun,
        force: settings.force,
        platform,
      }),
    )
    for (const note of result.notes) log.info(`note: ${note}`)
    for (const o of result.outcomes) log.info(formatOutcome(o))
    setOutputs(runOutputs({ outcomes: result.outcomes, version: '' }))
    await log.summary(syncSummary(result, settings.dryRun ? 'dry run' : ''))
    if (runFailed(result.outcomes, settings.force) || result.syncs.some((s) => s.stopped))
      log.fail(
        'sync-from-downstream did not complete: see the pull request and the summary for what needs a person',
      )
  } finally {
    await platform.close?.()
  }
}
