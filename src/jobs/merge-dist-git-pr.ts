/**
 * The opt-in `merge-dist-git-pr` decision: may srcgit merge its own dist-git PR of a release
 * proposal? Pure: the PR's state, its CI results and what srcgit pushed in, a decision out. srcgit
 * never merges a source-git PR preview (a maintainer reviews those), never merges over a
 * maintainer's push, and never merges on missing, pending or failed checks.
 */

import type { CiResult, DistGitPullRequest } from '../forges/dist-git/forge.js'

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
