/**
 * The opt-in `merge-dist-git-pr` decision: may srcgit merge its own dist-git PR of a release
 * proposal? Pure: the PR's state, its CI results and what srcgit pushed in, a decision out. srcgit
 * never merges a source-git PR preview (a maintainer reviews those), never merges over a
 * maintainer's push, and never merges on missing, pending or failed checks.
 */

import { FROM_SOURCE_GIT_TOKEN, parsePreviewBranch, type PrMarker } from '../dist-git/messages.js'
import type { CiResult, DistGitForge, DistGitPullRequest } from '../forges/dist-git/forge.js'
import { Git } from '../git/git.js'
import { makeTempDir, removeTempDir } from '../runtime/resources.js'
import { redact } from '../runtime/secrets.js'
import type { BranchOutcome } from './publish.js'

export interface MergeInput {
  pr: Pick<DistGitPullRequest, 'number' | 'state' | 'headSha'>
  /** The PR is a release proposal (propose_downstream), not a source-git PR preview. */
  releaseProposal: boolean
  /** The commit srcgit pushed to the PR branch. */
  pushedSha: string
  /** What the forge says: true mergeable, false conflicts, undefined not known. */
  mergeable: boolean | undefined
  results: readonly CiResult[]
}

export type MergeDecision =
  | { merge: true }
  | {
      merge: false
      reason: 'preview' | 'not-open' | 'head-moved' | 'no-checks' | 'pending' | 'failed' | 'conflicts'
      detail: string
    }

/** The latest result per CI name (a Pagure flag is replaced per name, Forgejo statuses repeat). */
export function latestPerName(results: readonly CiResult[]): CiResult[] {
  const latest = new Map<string, CiResult>()
  for (const result of results) {
    const seen = latest.get(result.name)
    const at = Number.isNaN(result.updatedAt) ? -Infinity : result.updatedAt
    const seenAt = seen === undefined || Number.isNaN(seen.updatedAt) ? -Infinity : seen.updatedAt
    if (seen === undefined || at >= seenAt) latest.set(result.name, result)
  }
  return [...latest.values()]
}

export function decideMerge(input: MergeInput): MergeDecision {
  const { pr } = input
  if (!input.releaseProposal) {
    return {
      merge: false,
      reason: 'preview',
      detail: 'a source-git PR preview: a maintainer reviews and merges it',
    }
  }
  if (pr.state !== 'open') return { merge: false, reason: 'not-open', detail: `the PR is ${pr.state}` }
  if (pr.headSha !== undefined && pr.headSha !== input.pushedSha) {
    return {
      merge: false,
      reason: 'head-moved',
      detail: `someone pushed on top of srcgit's commit ${input.pushedSha.slice(0, 12)} (head ${pr.headSha.slice(0, 12)}); left to the maintainers`,
    }
  }
  const checks = latestPerName(
    input.results.filter((r) => r.commit === undefined || r.commit === input.pushedSha),
  )
  if (checks.length === 0)
    return { merge: false, reason: 'no-checks', detail: 'no CI result on the PR head yet' }
  const failed = checks.filter((c) => c.state !== 'success' && c.state !== 'pending')
  if (failed.length > 0) {
    return {
      merge: false,
      reason: 'failed',
      detail: `checks not green: ${failed.map((c) => `${c.name} ${c.state}`).join(', ')}`,
    }
  }
  const pending = checks.filter((c) => c.state === 'pending')
  if (pending.length > 0) {
    return {
      merge: false,
      reason: 'pending',
      detail: `checks pending: ${pending.map((c) => c.name).join(', ')}`,
    }
  }
  if (input.mergeable === false) {
    return { merge: false, reason: 'conflicts', detail: 'the forge reports conflicts with the target branch' }
  }
  return { merge: true }
}

/** What the merge step did with one PR. */
export interface MergeReport {
  branch: string
  url: string
  /** merged; would-merge (dry run); held (left open, with the reason); refused (no permission); failed. */
  outcome: 'merged' | 'would-merge' | 'held' | 'refused' | 'failed'
  reason?: string
}

export interface MergeStepOptions {
  distGit: DistGitForge
  ns: string
  repo: string
  /** srcgit's open PRs with their markers (the sync-status candidates). */
  pullRequests: readonly { pr: DistGitPullRequest; marker: PrMarker; branch: string }[]
  dryRun?: boolean
}

/**
 * The opt-in merge: srcgit's own open release proposals whose head is srcgit's commit and whose
 * checks passed are merged; everything else is held with the reason. Previews never. A permission
 * refusal is `refused` (the run fails); nothing else is changed.
 */
export async function mergeReadyPullRequests(options: MergeStepOptions): Promise<MergeReport[]> {
  const { distGit } = options
  const open = options.pullRequests.filter(({ pr }) => pr.state === 'open')
  if (open.length === 0) return []
  const bot = await distGit.whoami()
  const ours = open.filter(({ pr }) => pr.author.toLowerCase() === bot.toLowerCase())
  if (ours.length === 0) return []
  const dir = makeTempDir('srcgit-merge-')
  try {
    const git = new Git(dir)
    await git.run(['init', '-q', '--bare'])
    const reports: MergeReport[] = []
    for (const { pr, marker, branch } of ours) {
      try {
        reports.push(await mergeOne(options, git, { pr, marker, branch }))
      } catch (error) {
        reports.push({ branch, url: pr.url, outcome: 'failed', reason: redact((error as Error).message) })
      }
    }
    return reports
  } finally {
    removeTempDir(dir)
  }
}

async function mergeOne(
  options: MergeStepOptions,
  git: Git,
  { pr, marker, branch }: MergeStepOptions['pullRequests'][number],
): Promise<MergeReport> {
  const { distGit, ns, repo } = options
  const at = { branch, url: pr.url }
  const releaseProposal = marker.pullRequest === undefined && !parsePreviewBranch(pr.sourceBranch)
  const pushedSha = releaseProposal
    ? await srcgitCommitOf(git, distGit.cloneUrl(ns, repo), pr)
    : (pr.headSha ?? '')
  const decision = decideMerge({
    pr,
    releaseProposal,
    pushedSha,
    mergeable: undefined,
    results: releaseProposal ? await distGit.ciResults(ns, repo, pr) : [],
  })
  if (!decision.merge) return { ...at, outcome: 'held', reason: `${decision.reason}: ${decision.detail}` }
  if (options.dryRun) return { ...at, outcome: 'would-merge', reason: "checks passed on srcgit's commit" }
  const outcome = await distGit.mergePullRequest(ns, repo, pr.number)
  if (outcome.merged) return { ...at, outcome: 'merged' }
  return outcome.refused === 'permission'
    ? { ...at, outcome: 'refused', reason: redact(outcome.message) }
    : { ...at, outcome: 'held', reason: `not-mergeable: ${redact(outcome.message)}` }
}

/**
 * The newest commit on the PR that srcgit made (it carries the From-source-git-commit trailer),
 * read with git from refs/pull/<n>/head, which Pagure and Forgejo both serve; '' when none is.
 */
async function srcgitCommitOf(git: Git, cloneUrl: string, pr: DistGitPullRequest): Promise<string> {
  const head = `refs/srcgit/pull/${pr.number}`
  const base = `refs/srcgit/base/${pr.number}`
  await git.run([
    'fetch',
    '-q',
    '--no-tags',
    '--end-of-options',
    cloneUrl,
    `+refs/pull/${pr.number}/head:${head}`,
    `+refs/heads/${pr.targetBranch}:${base}`,
  ])
  const log = await git.output([
    'log',
    '--first-parent',
    `--format=%H%x1f%(trailers:key=${FROM_SOURCE_GIT_TOKEN},valueonly,separator=%x1d)%x1e`,
    head,
    '--not',
    base,
  ])
  for (const entry of log.split('\x1e')) {
    const [sha, trailer] = entry.trim().split('\x1f')
    if (sha && trailer?.trim()) return sha
  }
  return ''
}

/** One line per merge decision for logs. */
export function formatMergeReport(report: MergeReport): string {
  return `${report.branch}: ${report.url}: ${report.outcome.replace('-', ' ')}${report.reason ? ` (${report.reason})` : ''}`
}

/** The merge decisions as output rows: merged is updated, held unchanged, refused and failed failed. */
export function mergeOutcomes(reports: readonly MergeReport[]): BranchOutcome[] {
  const operation = {
    merged: 'updated',
    'would-merge': 'updated',
    held: 'unchanged',
    refused: 'failed',
    failed: 'failed',
  } as const
  return reports.map((r) => ({
    branch: r.branch,
    url: r.url,
    operation: operation[r.outcome],
    ...(r.outcome === 'would-merge' ? { dryRun: true } : {}),
    reason: `merge-dist-git-pr: ${r.outcome.replace('-', ' ')}${r.reason ? `: ${r.reason}` : ''}`,
  }))
}

/** The job summary's merge section; '' when merge-dist-git-pr is off or nothing was open. */
export function mergeSummary(reports: readonly MergeReport[]): string {
  if (reports.length === 0) return ''
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  return [
    '### merge-dist-git-pr',
    '',
    '| branch | pull request | merge | why |',
    '| --- | --- | --- | --- |',
    ...reports.map(
      (r) => `| ${r.branch} | ${r.url} | ${r.outcome.replace('-', ' ')} | ${cell(r.reason ?? '')} |`,
    ),
    '',
  ].join('\n')
}

/** The refused and failed merges: the run fails on them. */
export function mergeFailures(reports: readonly MergeReport[] | undefined): MergeReport[] {
  return (reports ?? []).filter((r) => r.outcome === 'refused' || r.outcome === 'failed')
}
