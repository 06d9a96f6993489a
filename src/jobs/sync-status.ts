/**
 * Mirrors the downstream results back: for every dist-git pull request srcgit opened from this
 * source-git repository (recognised by the marker in its description), the Pagure flags of its
 * head become commit statuses on the source-git commit it was made from, plus `srcgit/<branch>`
 * for the PR's own state. Stateless and idempotent: everything comes from Pagure and the
 * statuses already there, and only what differs is written.
 */
import { loadConfig } from '../config/index.js'
import { normalizeGitUrl, parsePrMarker } from '../dist-git/messages.js'
import { PagureClient, type PullRequest } from '../forges/pagure.js'
import { HttpClient } from '../http/client.js'
import { desiredStatuses, proposedStatus, type ProposeOutcome } from '../status/desired.js'
import { mirrorStatuses, type StatusSink } from '../status/sink.js'
import type { BranchOutcome } from './publish.js'
import { runOutputs, type RunOutputs } from './report.js'
import { pickPackage } from './update-dist-git.js'

export interface SyncStatusOptions {
  sourceGit: string
  configFile?: string
  packageName?: string
  /** The Pagure instance (default: dist_git_base_url). */
  instanceUrl?: string
  /** A Pagure token: optional, everything read here is public. */
  token?: string
  /** Only PRs by this Pagure user (the bot); default: any author whose PR carries our marker. */
  author?: string
  /** This source-git repository's web URL: only PRs whose marker names it are mirrored. */
  repositoryUrl?: string
  sink: StatusSink
  /** Merged and closed PRs updated within this many days are still mirrored (default 14). */
  closedWithinDays?: number
  now?: Date
  http?: HttpClient
}

export interface MirroredPullRequest {
  branch: string
  url: string
  status: PullRequest['status']
  commit: string
  /** Contexts written in this run. */
  written: string[]
  /** Statuses GitLab would refuse to move (a running status), with why. */
  held: string[]
  error?: string
}

export interface SyncStatusResult {
  pullRequests: MirroredPullRequest[]
  notes: string[]
}

const DAY_SECONDS = 24 * 60 * 60

export async function syncStatus(options: SyncStatusOptions): Promise<SyncStatusResult> {
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  const { pkg } = pickPackage(config, options.packageName)
  const instanceUrl = (options.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, '')
  const pagure = new PagureClient({
    instanceUrl,
    token: options.token,
    http: options.http ?? new HttpClient(),
  })
  const ns = pkg.dist_git_namespace
  const repo = pkg.downstream_package_name
  const ours = options.repositoryUrl ? normalizeGitUrl(options.repositoryUrl)?.toLowerCase() : undefined
  const cutoff = (options.now ?? new Date()).getTime() / 1000 - (options.closedWithinDays ?? 14) * DAY_SECONDS
  const candidates = (await pagure.pullRequests(ns, repo, { status: 'all', author: options.author }))
    .map((pr) => ({ pr, marker: parsePrMarker(pr.initial_comment ?? '') }))
    .filter(({ pr, marker }) => {
      if (!marker?.commit) return false
      if (ours && marker.sourceGit && normalizeGitUrl(marker.sourceGit)?.toLowerCase() !== ours) return false
      return pr.status === 'Open' || Number(pr.last_updated ?? pr.closed_at ?? pr.date_created) >= cutoff
    })
  const notes: string[] = []
  if (candidates.length === 0)
    notes.push(`no srcgit pull request on ${ns}/${repo} for this repository needs its statuses mirrored`)
  const pullRequests: MirroredPullRequest[] = []
  // Oldest first: when two PRs came from the same commit and branch, the newest has the last word.
  for (const { pr, marker } of candidates.reverse()) {
    const commit = marker!.commit!
    const url = pr.full_url ?? `${instanceUrl}/${ns}/${repo}/pull-request/${pr.id}`
    const entry: MirroredPullRequest = {
      branch: pr.branch,
      url,
      status: pr.status,
      commit,
      written: [],
      held: [],
    }
    try {
      const flags = await pagure.pullRequestFlags(ns, repo, pr.id)
      const plan = await mirrorStatuses(
        options.sink,
        commit,
        desiredStatuses({ branch: pr.branch, url, id: pr.id, status: pr.status, flags }),
      )
      entry.written = plan.writes.map((w) => w.context)
      entry.held = plan.held.map((h) => `${h.status.context}: ${h.reason}`)
    } catch (error) {
      entry.error = (error as Error).message
    }
    pullRequests.push(entry)
  }
  return { pullRequests, notes }
}

/** After proposing: `srcgit/<branch>` on the source-git commit, pending with a link to each PR. */
export async function statusesAfterProposing(
  sink: StatusSink,
  commit: string,
  outcomes: readonly BranchOutcome[],
  options: { runUrl?: string; force?: boolean } = {},
): Promise<string[]> {
  const desired = outcomes
    .map((o) =>
      proposedStatus(o as ProposeOutcome, {
        runUrl: options.runUrl,
        blocked: o.operation === 'skipped' && !options.force && /^branch modified by/.test(o.reason ?? ''),
      }),
    )
    .filter((s) => s !== undefined)
  const plan = await mirrorStatuses(sink, commit, desired)
  return plan.writes.map((w) => w.context)
}

export interface WaitForChecksOptions {
  instanceUrl: string
  ns: string
  repo: string
  sink: StatusSink
  commit: string
  outcomes: readonly BranchOutcome[]
  /** How long to wait for the flags to be final. */
  timeoutMs: number
  pollMs: number
  http?: HttpClient
  log?: (message: string) => void
}

/**
 * Polls the flags of the PRs just proposed until each has at least one flag and none is
 * pending, or the time is up; then mirrors them. Returns whether they all became final.
 */
export async function waitForChecks(options: WaitForChecksOptions): Promise<boolean> {
  const pagure = new PagureClient({
    instanceUrl: options.instanceUrl,
    http: options.http ?? new HttpClient(),
  })
  const prs = options.outcomes
    .filter((o) => o.url && ['created', 'updated', 'unchanged'].includes(o.operation))
    .map((o) => ({ branch: o.branch, url: o.url!, id: Number(/\/pull-request\/(\d+)/.exec(o.url!)?.[1]) }))
    .filter((pr) => Number.isSafeInteger(pr.id))
  if (prs.length === 0) return true
  const deadline = Date.now() + options.timeoutMs
  let final = false
  let flags = new Map<number, Awaited<ReturnType<PagureClient['pullRequestFlags']>>>()
  for (;;) {
    flags = new Map()
    for (const pr of prs) flags.set(pr.id, await pagure.pullRequestFlags(options.ns, options.repo, pr.id))
    final = [...flags.values()].every((list) => list.length > 0 && list.every((f) => f.status !== 'pending'))
    const left = deadline - Date.now()
    if (final || left <= 0) break
    options.log?.(`waiting for the dist-git checks (${[...flags.values()].flat().length} flags so far)`)
    // The last poll lands on the deadline, not a poll interval before it.
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs, left)))
  }
  const desired = prs.flatMap((pr) =>
    desiredStatuses({
      branch: pr.branch,
      url: pr.url,
      id: pr.id,
      status: 'Open',
      flags: flags.get(pr.id) ?? [],
    }),
  )
  await mirrorStatuses(options.sink, options.commit, desired)
  return final
}

export interface AfterProposingOptions {
  sink: StatusSink
  commit: string
  outcomes: readonly BranchOutcome[]
  runUrl?: string
  force?: boolean
  /** wait-for-checks: minutes to wait for the flags (0: none). */
  waitMinutes: number
  pollSeconds: number
  log: (message: string) => void
  /** Runs a stage in a log group, where the platform has them. */
  group?: <T>(name: string, fn: () => Promise<T>) => Promise<T>
}

/**
 * Right after proposing: `srcgit/<branch>` on the source-git commit; with wait-for-checks, the
 * dist-git checks too, once final or when the time is up.
 */
export async function afterProposing(options: AfterProposingOptions): Promise<void> {
  const { sink, commit, outcomes } = options
  const written = await statusesAfterProposing(sink, commit, outcomes, options)
  if (written.length > 0) options.log(`commit statuses set on ${commit.slice(0, 12)}: ${written.join(', ')}`)
  if (options.waitMinutes <= 0) return
  const pr = outcomes.map((o) => (o.url ? parsePullRequestUrl(o.url) : undefined)).find(Boolean)
  if (!pr) return
  const wait = () =>
    waitForChecks({
      ...pr,
      sink,
      commit,
      outcomes,
      timeoutMs: options.waitMinutes * 60_000,
      pollMs: options.pollSeconds * 1000,
      log: options.log,
    })
  const title = `Wait up to ${options.waitMinutes} min for the dist-git checks`
  const final = options.group ? await options.group(title, wait) : await wait()
  options.log(
    final ? 'the dist-git checks are final and mirrored' : 'time is up; the checks so far are mirrored',
  )
}

/** Instance, namespace and repository from a Pagure PR URL (`<instance>/<ns>/<repo>/pull-request/<id>`). */
export function parsePullRequestUrl(
  url: string,
): { instanceUrl: string; ns: string; repo: string } | undefined {
  const match = /^(.*)\/([^/]+)\/([^/]+)\/pull-request\/\d+$/.exec(url)
  return match ? { instanceUrl: match[1], ns: match[2], repo: match[3] } : undefined
}

/** One line per PR for logs: `main: <url> (Open) -> <commit>: set main/Zuul, srcgit/main`. */
export function formatMirrored(pr: MirroredPullRequest): string {
  const what = pr.error
    ? `failed: ${pr.error}`
    : pr.written.length > 0
      ? `set ${pr.written.join(', ')}`
      : 'unchanged'
  return `${pr.branch}: ${pr.url} (${pr.status}) -> ${pr.commit.slice(0, 12)}: ${what}${pr.held.length > 0 ? `; held: ${pr.held.join('; ')}` : ''}`
}

/** The same outputs as the other jobs: per PR updated (statuses written), unchanged or failed. */
export function syncStatusOutputs(result: SyncStatusResult): RunOutputs {
  const outcomes: BranchOutcome[] = result.pullRequests.map((pr) => ({
    branch: pr.branch,
    url: pr.url,
    operation: pr.error ? 'failed' : pr.written.length > 0 ? 'updated' : 'unchanged',
    reason: pr.error ?? (pr.written.length > 0 ? `set ${pr.written.join(', ')}` : undefined),
  }))
  return runOutputs({ outcomes, version: '' })
}

export function syncStatusSummary(result: SyncStatusResult): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  return [
    '## srcgit sync-status',
    '',
    '| branch | pull request | state | source-git commit | statuses set |',
    '| --- | --- | --- | --- | --- |',
    ...result.pullRequests.map(
      (pr) =>
        `| ${pr.branch} | ${pr.url} | ${pr.status} | ${pr.commit.slice(0, 12)} | ${pr.error ? `❌ ${cell(pr.error)}` : pr.written.join(', ') || 'none (up to date)'} |`,
    ),
    '',
  ].join('\n')
}
