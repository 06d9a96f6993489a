/**
 * The merge gate of a source-git pull request. The SIG merges in this order: the dist-git pull
 * request (srcgit's preview of the source-git PR) first, then, once Koji has built it when a
 * koji_build job is configured, the source-git PR. One commit status on the source-git PR's
 * head says how far that is, `srcgit/dist-git-merged` (`srcgit/<package>/dist-git-merged` with
 * several packages), so branch protection can require it:
 * - pending "waiting for <dist-git PR> to be merged" while a preview is open;
 * - failure when a preview was closed without merging (nothing will be merged);
 * - once every preview is merged: success, or with koji_build pending until the `koji/<branch>`
 *   status of each merged branch is success (failure, linking to the task, when one failed).
 *
 * Pure: the previews and the Koji statuses in, the status out. The same inputs give the same
 * status whichever job computes it (preview, sync-status, koji-build), so they never undo each
 * other's writes.
 */
import { parsePrMarker } from '../dist-git/messages.js'
import type { DistGitPullRequest, PullRequestState } from '../forges/dist-git/forge.js'
import type { CommitStatus, DesiredStatus } from '../status/types.js'
import type { BranchOutcome } from './publish.js'

/** The gate's context: `srcgit/dist-git-merged`, or `srcgit/<package>/dist-git-merged` with several packages. */
export function mergeGateContext(pkg?: string): string {
  return pkg ? `srcgit/${pkg}/dist-git-merged` : 'srcgit/dist-git-merged'
}

/** One dist-git PR previewing the source-git PR on one branch. */
export interface GatePreview {
  branch: string
  url: string
  /** Per-project PR number, when known (else read from the URL). */
  id?: number
  state: PullRequestState
}

export interface MergeGateInput {
  context: string
  /** The newest preview per dist-git branch of the source-git commit. */
  previews: readonly GatePreview[]
  /**
   * Merged branches whose Koji build the gate waits for (a koji_build job builds them), each with
   * the `koji/<branch>` status the commit shows, undefined when none yet. Empty or absent: none.
   */
  builds?: ReadonlyMap<string, CommitStatus | undefined>
}

/** The gate status for the previews of one source-git commit; undefined when there is none. */
export function mergeGateStatus(input: MergeGateInput): DesiredStatus | undefined {
  const { context, previews } = input
  if (previews.length === 0) return undefined
  const closed = previews.filter((p) => p.state === 'closed')
  if (closed.length > 0)
    return {
      context,
      state: 'failure',
      description: `${names(closed)} ${closed.length > 1 ? 'were' : 'was'} closed without merging; push to the source-git PR to preview it again`,
      targetUrl: closed[0].url,
    }
  const open = previews.filter((p) => p.state === 'open')
  if (open.length > 0)
    return {
      context,
      state: 'pending',
      description: `waiting for ${open.length === 1 ? open[0].url : names(open)} to be merged`,
      targetUrl: open[0].url,
    }
  const merged = `${names(previews)} merged`
  const targetUrl = previews[0].url
  const builds = [...(input.builds ?? new Map<string, CommitStatus | undefined>())]
  if (builds.length === 0) return { context, state: 'success', description: merged, targetUrl }
  const verdicts = builds.map(([branch, status]) => ({ branch, status, verdict: buildVerdict(status) }))
  const failed = verdicts.find((v) => v.verdict === 'failure')
  if (failed) {
    const url = failed.status?.targetUrl?.trim() || undefined
    return {
      context,
      state: 'failure',
      description: `the Koji build for ${failed.branch} failed${url ? `: ${url}` : ''}`,
      targetUrl: url ?? targetUrl,
    }
  }
  if (verdicts.some((v) => v.verdict === 'pending'))
    return {
      context,
      state: 'pending',
      description: `${merged}; waiting for the Koji build${builds.length > 1 ? 's' : ''}`,
      targetUrl,
    }
  return { context, state: 'success', description: `${merged} and built in Koji`, targetUrl }
}

/** A `koji/<branch>` status read back, in either platform's words: passed, failed, or not yet. */
export function buildVerdict(status: CommitStatus | undefined): 'success' | 'failure' | 'pending' {
  const state = status?.state.toLowerCase()
  if (state === 'success') return 'success'
  if (state === 'failure' || state === 'failed' || state === 'error' || state === 'canceled') return 'failure'
  return 'pending'
}

/** `dist-git PR #12 (rawhide)`, `dist-git PRs #12 (rawhide), #13 (f43)`. */
function names(previews: readonly GatePreview[]): string {
  const one = (p: GatePreview) => `${prNumber(p)} (${p.branch})`
  return `dist-git PR${previews.length > 1 ? 's' : ''} ${previews.map(one).join(', ')}`
}

function prNumber(p: GatePreview): string {
  if (p.id !== undefined) return `#${p.id}`
  const match = /\/(?:pull-request|pulls)\/(\d+)(?:[/?#]|$)/.exec(p.url)
  return match ? `#${match[1]}` : p.url
}

/**
 * The previews among a package's dist-git PRs, by the source-git commit they were made from
 * (their marker's commit; only PRs whose marker names a source-git PR): the newest per target
 * branch (a preview closed, then opened again from the same commit, has the last word).
 */
export function previewsByCommit(prs: readonly DistGitPullRequest[]): Map<string, GatePreview[]> {
  const newest = new Map<string, { commit: string; pr: DistGitPullRequest }>()
  for (const pr of prs) {
    const marker = parsePrMarker(pr.description)
    if (!marker?.commit || marker.pullRequest === undefined) continue
    const key = `${marker.commit.toLowerCase()}\0${pr.targetBranch}`
    const seen = newest.get(key)?.pr
    if (
      !seen ||
      pr.createdAt - seen.createdAt > 0 ||
      (pr.createdAt === seen.createdAt && pr.number > seen.number)
    )
      newest.set(key, { commit: marker.commit, pr })
  }
  const byCommit = new Map<string, GatePreview[]>()
  for (const { commit, pr } of [...newest.values()].sort((a, b) => a.pr.number - b.pr.number)) {
    const key = commit.toLowerCase()
    const list = byCommit.get(key) ?? []
    list.push({ branch: pr.targetBranch, url: pr.url, id: pr.number, state: pr.state })
    byCommit.set(key, list)
  }
  return byCommit
}

/**
 * The previews a preview run leaves, per package ('' with one package): open for a PR created,
 * updated or unchanged, closed for one it closed. Branches without a PR (already in dist-git,
 * failed, dry run) are not among them.
 */
export function previewsFromOutcomes(outcomes: readonly BranchOutcome[]): Map<string, GatePreview[]> {
  const byPackage = new Map<string, GatePreview[]>()
  for (const o of outcomes) {
    if (!o.url || o.dryRun) continue
    const state = ['created', 'updated', 'unchanged'].includes(o.operation)
      ? 'open'
      : o.operation === 'closed'
        ? 'closed'
        : undefined
    if (!state) continue
    const list = byPackage.get(o.package ?? '') ?? []
    list.push({ branch: o.branch, url: o.url, state })
    byPackage.set(o.package ?? '', list)
  }
  // In PR number order, as previewsByCommit lists them: the same description either way.
  const number = (p: GatePreview) => Number(/(\d+)(?:[/?#]|$)/.exec(p.url)?.[1] ?? 0)
  for (const list of byPackage.values()) list.sort((a, b) => number(a) - number(b))
  return byPackage
}

/** Every branch already had the source-git PR's content: nothing to merge in dist-git. */
export function alreadyInDistGit(context: string): DesiredStatus {
  return { context, state: 'success', description: 'dist-git already has the content of this pull request' }
}
