/**
 * The action's release, preview, status and sync-back jobs (src/main.ts imports this module only
 * when one of them runs).
 */
import { readFileSync } from 'node:fs'
import {
  forgeOptionsFrom,
  proposeDownstream,
  type ForgeOptions,
  type ProposeResult,
} from '../jobs/propose-downstream.js'
import { closePreviews, previewPullRequest } from '../jobs/preview.js'
import { mergeGateAfterPreview } from '../jobs/merge-gate-sync.js'
import type { BranchOutcome } from '../jobs/publish.js'
import {
  afterProposing,
  formatMirrored,
  syncStatus,
  syncStatusOutputs,
  syncStatusSummary,
} from '../jobs/sync-status.js'
import { formatMergeReport, mergeFailures } from '../jobs/merge-dist-git-pr.js'
import { githubPlatform } from '../forges/source-git/change-requests.js'
import { syncFromDownstream } from '../jobs/sync-from-downstream.js'
import { syncSummary } from '../jobs/sync-texts.js'
import { checksPollSeconds } from '../status/wait.js'
import { ciBaseBranch } from '../commands/sync-from-downstream.js'
import { pullFromUpstream } from '../jobs/pull-from-upstream.js'
import { pullFromUpstreamSummary } from '../jobs/pull-from-upstream-texts.js'
import { pullFromUpstreamFailed, pullFromUpstreamOutputs } from '../commands/pull-from-upstream.js'
import { ciRepositoryUrl, ciStatusSink } from '../status/sink.js'
import {
  branchLabel,
  formatOutcome,
  markdownSummary,
  runFailed,
  runOutputs,
  summaryOf,
} from '../jobs/report.js'
import { previewRequest, releaseRequest } from './github-event.js'
import { githubReleaseNotes } from './github-release.js'
import { configPath, setOutputs } from './action-settings.js'
import { log, SettingsError, type ActionSettings } from './github.js'
import { redact } from './secrets.js'

export async function propose(settings: ActionSettings): Promise<void> {
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
  for (const warning of result.warnings) log.warning(warning)
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
export async function statusJob(settings: ActionSettings): Promise<void> {
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
      mergeDistGitPr: settings.mergeDistGitPr,
      dryRun: settings.dryRun,
    }),
  )
  for (const note of result.notes) log.info(`note: ${note}`)
  for (const pr of result.pullRequests) log.info(formatMirrored(pr))
  for (const merge of result.merges ?? []) log.info(formatMergeReport(merge))
  const failed = result.pullRequests.filter((pr) => pr.error)
  const refused = mergeFailures(result.merges)
  setOutputs(syncStatusOutputs(result))
  await log.summary(syncStatusSummary(result))
  if (failed.length > 0)
    log.fail(`sync-status could not mirror ${failed.map((pr) => `${pr.url}: ${pr.error}`).join('; ')}`)
  else if (refused.length > 0)
    log.fail(`merge-dist-git-pr could not merge ${refused.map((r) => `${r.url}: ${r.reason}`).join('; ')}`)
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

/** `job: sync-from-downstream`: commits made by hand in dist-git, back to source-git as a pull request. */
export async function syncBackJob(settings: ActionSettings): Promise<void> {
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

/**
 * `job: pull-from-upstream`: the newest upstream release as a source-git pull request, and its
 * dist-git preview in the same run (a pull request opened with GITHUB_TOKEN starts no workflow).
 */
export async function pullJob(settings: ActionSettings): Promise<void> {
  const env = process.env
  if ((!settings.githubToken && !settings.dryRun) || !env.GITHUB_REPOSITORY)
    throw new SettingsError(
      'pull-from-upstream opens a pull request: it needs the github-token input (with `permissions: contents: write, pull-requests: write, statuses: write`) and GITHUB_REPOSITORY',
    )
  const platform = githubPlatform({
    token: settings.githubToken,
    repository: env.GITHUB_REPOSITORY,
    tokenName: 'the github-token input',
    env,
  })
  const forge = forgeFor(settings, settings.dryRun)
  const branches = settings.branches.length > 0 ? settings.branches : undefined
  try {
    const result = await log.group('Bring the newest upstream release to source-git', () =>
      pullFromUpstream({
        sourceGit: settings.workingDirectory,
        configFile: configPath(settings),
        base: ciBaseBranch(env),
        packageName: settings.packageName,
        platform,
        statuses: ciStatusSink(env, settings.githubToken),
        author: settings.author,
        dryRun: settings.dryRun,
        force: settings.force,
        preview: (pullRequest) =>
          log.group(`Preview source-git PR #${pullRequest.number} in dist-git`, () =>
            previewPullRequest({
              sourceGit: settings.workingDirectory,
              configFile: configPath(settings),
              pullRequest,
              forge,
              instanceUrl: settings.distGitUrl,
              branches,
              author: settings.author,
              bodhiUrl: settings.bodhiUrl,
            }),
          ),
      }),
    )
    for (const note of [...result.notes, ...(result.preview?.notes ?? [])]) log.info(`note: ${note}`)
    log.info(formatOutcome(result.outcome))
    for (const o of result.preview?.outcomes ?? []) log.info(`dist-git ${formatOutcome(o)}`)
    setOutputs({
      ...runOutputs({ outcomes: [], version: result.release?.version ?? '' }),
      ...(result.preview
        ? runOutputs({ outcomes: result.preview.outcomes, version: result.release?.version ?? '' })
        : {}),
      ...pullFromUpstreamOutputs(result),
    })
    await log.summary(pullFromUpstreamSummary(result, settings.dryRun ? 'dry run' : ''))
    if (result.preview?.sourceGitCommit)
      await mirrorAfterProposing(settings, forge, result.preview.sourceGitCommit, result.preview.outcomes, {
        mergeGate: true,
      })
    if (pullFromUpstreamFailed(result))
      log.fail(
        `pull-from-upstream did not complete (${result.result}): see the pull request and the summary for what needs a person`,
      )
  } finally {
    await platform.close?.()
  }
}
