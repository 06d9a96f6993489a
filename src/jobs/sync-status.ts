/**
 * Mirrors the downstream results back: for every dist-git pull request srcgit opened from this
 * source-git repository (recognised by the marker in its description), the CI results of its
 * head (Pagure flags, Forgejo commit statuses) become commit statuses on the source-git commit it was made from, plus `srcgit/<branch>`
 * for the PR's own state; the source-git commits the PR carried before (its marker remembers
 * them) get their pending `srcgit/<branch>` settled as superseded. Stateless and idempotent:
 * everything comes from the dist-git forge and the statuses already there, and only what differs is written.
 */
import { jobViews, loadConfig, PROPOSE_DOWNSTREAM, type PackageConfig } from '../config/index.js'
import { normalizeGitUrl, parsePrMarker } from '../dist-git/messages.js'
import type {
  CiResult,
  DistGitForge,
  DistGitForgeChoice,
  DistGitPullRequest,
  PullRequestState,
} from '../forges/dist-git/forge.js'
import { openDistGitForge } from '../forges/dist-git/select.js'
import { HttpClient } from '../http/client.js'
import {
  desiredStatuses,
  proposedStatus,
  supersededStatuses,
  type ProposeOutcome,
} from '../status/desired.js'
import { mirrorStatuses, type StatusSink } from '../status/sink.js'
import { gateSetup, syncMergeGates, type GateSetup } from './merge-gate-sync.js'
import type { BranchOutcome } from './publish.js'
import { runOutputs, type RunOutputs } from './report.js'
import { mergeOutcomes, mergeReadyPullRequests, mergeSummary, type MergeReport } from './merge-dist-git-pr.js'

export interface SyncStatusOptions {
  sourceGit: string
  configFile?: string
  packageName?: string
  /** The dist-git instance (default: dist_git_base_url). */
  instanceUrl?: string
  /** Pagure or Forgejo (default: the configuration's dist_git_forge, else a probe of the host). */
  forgeKind?: DistGitForgeChoice
  /** A dist-git token: optional, everything read here is public. */
  token?: string
  /** Only PRs by this dist-git user (the bot); default: any author whose PR carries our marker. */
  author?: string
  /** This source-git repository's web URL: only PRs whose marker names it are mirrored. */
  repositoryUrl?: string
  sink: StatusSink
  /** Merged and closed PRs updated within this many days are still mirrored (default 14). */
  closedWithinDays?: number
  now?: Date
  http?: HttpClient
  /** merge-dist-git-pr: merge srcgit's release proposals whose checks passed (see merge-dist-git-pr.ts). */
  mergeDistGitPr?: boolean
  /** Say what would be merged, merge nothing. */
  dryRun?: boolean
}

export interface MirroredPullRequest {
  branch: string
  url: string
  /** Open, Merged or Closed. */
  status: StateWord
  commit: string
  /** Contexts written in this run. */
  written: string[]
  /** Statuses GitLab would refuse to move (a running status), with why. */
  held: string[]
  /** Source-git commits this PR carried before whose srcgit/<branch> was settled in this run. */
  superseded: string[]
  /** Earlier source-git commits that could not be settled, with why (the run goes on). */
  unsettled: string[]
  /** A newer PR from the same commit to the same branch, which has the last word there: nothing mirrored. */
  shadowedBy?: string
  error?: string
}

export interface SyncStatusResult {
  pullRequests: MirroredPullRequest[]
  notes: string[]
  /** merge-dist-git-pr's decisions (empty when off). */
  merges?: MergeReport[]
}

const DAY_SECONDS = 24 * 60 * 60

type StateWord = 'Open' | 'Merged' | 'Closed'

/** The PR state as logs and summaries show it. */
const STATE_WORDS: Record<PullRequestState, StateWord> = { open: 'Open', merged: 'Merged', closed: 'Closed' }

export async function syncStatus(options: SyncStatusOptions): Promise<SyncStatusResult> {
  const config = await loadConfig(options.sourceGit, { configFile: options.configFile })
  // The packages srcgit proposes to (each propose_downstream job view's dist-git repository).
  const { views } = jobViews(config, PROPOSE_DOWNSTREAM, options.packageName)
  const packages = new Map<string, PackageConfig>()
  for (const { pkg } of views.length > 0 ? views : Object.values(config.packages).map((pkg) => ({ pkg })))
    if (!packages.has(pkg.downstream_package_name)) packages.set(pkg.downstream_package_name, pkg)
  const several = packages.size > 1
  const result: SyncStatusResult = { pullRequests: [], notes: [], merges: [] }
  for (const pkg of packages.values()) {
    const gate = gateSetup(config, pkg.downstream_package_name, { http: options.http })
    const one = await syncPackage(options, pkg, several, gate)
    result.pullRequests.push(...one.pullRequests)
    result.notes.push(...one.notes)
    result.merges!.push(...(one.merges ?? []))
  }
  return result
}

/** The statuses of one package's srcgit PRs; with several packages, contexts name the package. */
async function syncPackage(
  options: SyncStatusOptions,
  pkg: PackageConfig,
  several: boolean,
  gate: GateSetup,
): Promise<SyncStatusResult> {
  const instanceUrl = (options.instanceUrl ?? pkg.dist_git_base_url).replace(/\/+$/, '')
  const distGit = await openDistGitForge({
    instanceUrl,
    token: options.token,
    http: options.http ?? new HttpClient(),
    choice: options.forgeKind ?? pkg.dist_git_forge,
  })
  const ns = pkg.dist_git_namespace
  const repo = pkg.downstream_package_name
  const ours = options.repositoryUrl ? normalizeGitUrl(options.repositoryUrl)?.toLowerCase() : undefined
  const cutoff = (options.now ?? new Date()).getTime() / 1000 - (options.closedWithinDays ?? 14) * DAY_SECONDS
  const candidates = (await distGit.pullRequests(ns, repo, { state: 'all', author: options.author }))
    .map((pr) => ({ pr, marker: parsePrMarker(pr.description) }))
    .filter(({ pr, marker }) => {
      if (!marker?.commit) return false
      if (ours && marker.sourceGit && normalizeGitUrl(marker.sourceGit)?.toLowerCase() !== ours) return false
      return pr.state === 'open' || pr.updatedAt >= cutoff
    })
  const notes: string[] = []
  if (candidates.length === 0)
    notes.push(`no srcgit pull request on ${ns}/${repo} for this repository needs its statuses mirrored`)
  const pullRequests: MirroredPullRequest[] = []
  // Per source-git commit and branch the newest PR has the last word (e.g. a PR closed, then
  // proposed again from the same commit): mirroring the older one too would undo it every run.
  const newest = new Map<string, DistGitPullRequest>()
  const later = (a: DistGitPullRequest, b: DistGitPullRequest) =>
    a.createdAt - b.createdAt || a.number - b.number
  for (const { pr, marker } of candidates) {
    const key = `${marker!.commit!.toLowerCase()}\0${pr.targetBranch}`
    const seen = newest.get(key)
    if (!seen || later(pr, seen) > 0) newest.set(key, pr)
  }
  const urlOf = (pr: DistGitPullRequest) => pr.url
  for (const { pr, marker } of candidates.reverse()) {
    const commit = marker!.commit!
    const url = urlOf(pr)
    const branch = statusBranch(pr.targetBranch, several ? repo : undefined)
    const entry: MirroredPullRequest = {
      branch,
      url,
      status: STATE_WORDS[pr.state],
      commit,
      written: [],
      held: [],
      superseded: [],
      unsettled: [],
    }
    pullRequests.push(entry)
    const last = newest.get(`${commit.toLowerCase()}\0${pr.targetBranch}`)!
    if (last !== pr) entry.shadowedBy = urlOf(last)
    else if (!(await mirrorPullRequest(options.sink, distGit, { ns, repo, pr, url, commit, branch }, entry)))
      continue
    for (const older of marker!.superseded ?? [])
      if (older.toLowerCase() !== commit.toLowerCase())
        await settleSuperseded(options.sink, { branch, url, id: pr.number }, older, commit, entry)
  }
  const merges = options.mergeDistGitPr
    ? await mergeReadyPullRequests({
        distGit,
        ns,
        repo,
        dryRun: options.dryRun,
        pullRequests: candidates
          .filter(
            ({ pr, marker }) => newest.get(`${marker!.commit!.toLowerCase()}\0${pr.targetBranch}`) === pr,
          )
          .map(({ pr, marker }) => ({
            pr,
            marker: marker!,
            branch: statusBranch(pr.targetBranch, several ? repo : undefined),
          })),
      })
    : []
  // The merge gate of each previewed source-git PR head (merge-gate.ts).
  notes.push(
    ...(await syncMergeGates(
      options.sink,
      candidates.map((c) => c.pr),
      gate,
    )),
  )
  return { pullRequests, notes, merges }
}

/** The PR's CI results and state on its source-git commit; false (the error in `entry`) when that failed. */
async function mirrorPullRequest(
  sink: StatusSink,
  distGit: DistGitForge,
  at: { ns: string; repo: string; pr: DistGitPullRequest; url: string; commit: string; branch: string },
  entry: MirroredPullRequest,
): Promise<boolean> {
  const { pr } = at
  try {
    const results = await distGit.ciResults(at.ns, at.repo, pr)
    const mirrored = {
      branch: at.branch,
      url: at.url,
      id: pr.number,
      state: pr.state,
      results,
      head: pr.headSha,
    }
    const plan = await mirrorStatuses(sink, at.commit, (shown) => desiredStatuses(mirrored, shown))
    entry.written = plan.writes.map((w) => w.context)
    entry.held = plan.held.map((h) => `${h.status.context}: ${h.reason}`)
    return true
  } catch (error) {
    entry.error = (error as Error).message
    return false
  }
}

/**
 * The branch as statuses name it: `rawhide` (`srcgit/rawhide`, `rawhide/Zuul`), or with several
 * packages `<package>/rawhide`, so two packages' PRs to one branch do not share a context.
 */
export function statusBranch(branch: string, pkg: string | undefined): string {
  return pkg ? `${pkg}/${branch}` : branch
}

/** `srcgit/<branch>` of a source-git commit the PR carried before `commit`, settled as superseded. */
async function settleSuperseded(
  sink: StatusSink,
  pr: { branch: string; url: string; id: number },
  older: string,
  commit: string,
  entry: MirroredPullRequest,
): Promise<void> {
  try {
    const plan = await mirrorStatuses(sink, older, (shown) => supersededStatuses(pr, commit, shown))
    if (plan.writes.length > 0) entry.superseded.push(older)
  } catch (error) {
    // Best effort: an older commit may be gone from the repository (history rewritten).
    entry.unsettled.push(`${older.slice(0, 12)}: ${(error as Error).message}`)
  }
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
      proposedStatus({ ...o, branch: statusBranch(o.branch, o.package) } as ProposeOutcome, {
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
  /** Pagure or Forgejo (default: a probe of the host). */
  forgeKind?: DistGitForgeChoice
  ns: string
  repo: string
  sink: StatusSink
  commit: string
  outcomes: readonly BranchOutcome[]
  /** How long to wait for the CI results to be final. */
  timeoutMs: number
  pollMs: number
  http?: HttpClient
  log?: (message: string) => void
}

/**
 * Polls the CI results of the PRs just proposed until each has at least one and none is
 * pending, or the time is up; then mirrors them. Returns whether they all became final.
 */
export async function waitForChecks(options: WaitForChecksOptions): Promise<boolean> {
  const distGit = await openDistGitForge({
    instanceUrl: options.instanceUrl,
    http: options.http ?? new HttpClient(),
    choice: options.forgeKind,
  })
  const prs = options.outcomes
    .filter((o) => o.url && ['created', 'updated', 'unchanged'].includes(o.operation))
    .flatMap((o) => {
      // Each PR in its own repository: a monorepo run proposes to several.
      const at = distGit.parsePullRequestUrl(o.url!)
      return at ? [{ branch: statusBranch(o.branch, o.package), url: o.url!, ...at }] : []
    })
  if (prs.length === 0) return true
  const deadline = Date.now() + options.timeoutMs
  let final = false
  let results = new Map<string, CiResult[]>()
  for (;;) {
    results = new Map()
    for (const pr of prs) results.set(pr.url, await distGit.ciResults(pr.ns, pr.repo, { number: pr.number }))
    final = [...results.values()].every((list) => list.length > 0 && list.every((r) => r.state !== 'pending'))
    const left = deadline - Date.now()
    if (final || left <= 0) break
    const count = [...results.values()].flat().length
    options.log?.(`waiting for the dist-git checks (${count} CI result${count === 1 ? '' : 's'} so far)`)
    // The last poll lands on the deadline, not a poll interval before it.
    await new Promise((resolve) => setTimeout(resolve, Math.min(options.pollMs, left)))
  }
  await mirrorStatuses(options.sink, options.commit, (shown) =>
    prs.flatMap((pr) =>
      desiredStatuses(
        { branch: pr.branch, url: pr.url, id: pr.number, state: 'open', results: results.get(pr.url) ?? [] },
        shown,
      ),
    ),
  )
  return final
}

export interface AfterProposingOptions {
  sink: StatusSink
  commit: string
  outcomes: readonly BranchOutcome[]
  runUrl?: string
  force?: boolean
  /** Pagure or Forgejo, for wait-for-checks (default: a probe of the host). */
  forgeKind?: DistGitForgeChoice
  /** wait-for-checks: minutes to wait for the CI results (0: none). */
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
      forgeKind: options.forgeKind,
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

/**
 * Instance, namespace and repository from a dist-git PR URL: Pagure's
 * `<instance>/<ns>/<repo>/pull-request/<id>` or Forgejo's `<instance>/<ns>/<repo>/pulls/<n>`.
 */
export function parsePullRequestUrl(
  url: string,
): { instanceUrl: string; ns: string; repo: string } | undefined {
  const match = /^(.*)\/([^/]+)\/([^/]+)\/(?:pull-request|pulls)\/\d+$/.exec(url)
  return match ? { instanceUrl: match[1], ns: match[2], repo: match[3] } : undefined
}

/**
 * What was done for a PR, in a few words: `set main/Zuul, srcgit/main`, `unchanged`,
 * `failed: <why>`, `left to <url> ...`, and the older commits settled (`superseded 1a2b3c4d5e6f
 * settled`) or not.
 */
function mirroredText(pr: MirroredPullRequest): string {
  if (pr.error) return `failed: ${pr.error}`
  if (pr.shadowedBy) return `left to ${pr.shadowedBy}, newer and from the same commit`
  const parts = [pr.written.length > 0 ? `set ${pr.written.join(', ')}` : 'unchanged']
  if (pr.superseded.length > 0)
    parts.push(`superseded ${pr.superseded.map((sha) => sha.slice(0, 12)).join(', ')} settled`)
  if (pr.unsettled.length > 0) parts.push(`could not settle ${pr.unsettled.join('; ')}`)
  return parts.join('; ')
}

/** One line per PR for logs: `main: <url> (Open) -> <commit>: set main/Zuul, srcgit/main`. */
export function formatMirrored(pr: MirroredPullRequest): string {
  return `${pr.branch}: ${pr.url} (${pr.status}) -> ${pr.commit.slice(0, 12)}: ${mirroredText(pr)}${pr.held.length > 0 ? `; held: ${pr.held.join('; ')}` : ''}`
}

/** The same outputs as the other jobs: per PR updated (statuses written), unchanged or failed. */
export function syncStatusOutputs(result: SyncStatusResult): RunOutputs {
  const outcomes: BranchOutcome[] = result.pullRequests.map((pr) => {
    const changed = pr.written.length > 0 || pr.superseded.length > 0
    return {
      branch: pr.branch,
      url: pr.url,
      operation: pr.error ? 'failed' : changed ? 'updated' : 'unchanged',
      reason:
        pr.error ?? (changed || pr.shadowedBy || pr.unsettled.length > 0 ? mirroredText(pr) : undefined),
    }
  })
  return runOutputs({ outcomes: [...outcomes, ...mergeOutcomes(result.merges ?? [])], version: '' })
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
        `| ${pr.branch} | ${pr.url} | ${pr.status} | ${pr.commit.slice(0, 12)} | ${pr.error ? `❌ ${cell(pr.error)}` : cell(summaryText(pr))} |`,
    ),
    '',
    ...(result.merges?.length ? [mergeSummary(result.merges)] : []),
  ].join('\n')
}

function summaryText(pr: MirroredPullRequest): string {
  if (pr.shadowedBy || pr.superseded.length > 0 || pr.unsettled.length > 0) return mirroredText(pr)
  return pr.written.join(', ') || 'none (up to date)'
}
