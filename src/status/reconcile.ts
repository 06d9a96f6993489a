/**
 * Which statuses to write so a commit shows what we want, and no more: the comparison is made
 * on what the platform would store (mapped state, one-line cut description, usable URL), so a
 * second run with the same inputs writes nothing (and GitHub's 1000-statuses-per-context cap
 * is never approached).
 *
 * Statuses whose context is not desired are left alone (other tools' statuses); what becomes
 * of a flag that vanished with a new dist-git head is desired.ts's decision (pending again).
 *
 * GitLab (reference §7.2): posting a status updates a still pending or running one of the same
 * name (ref and user) in place, and its state machine refuses pending -> pending and
 * running -> running or -> pending ("Cannot transition status"). A terminal status is never
 * updated; posting creates a new one. So on GitLab pending and running both count as "in
 * progress", a changed pending status is sent as `running` (a move GitLab allows), and a
 * changed in-progress status over a `running` one is held back rather than sent to fail.
 */
import { contextKey, oneLine, toStatusWrite } from './platform.js'
import type { CommitStatus, DesiredStatus, ListedStatus, Platform, StatusWrite } from './types.js'

/** A desired status that differs from the platform's but cannot be written now. */
export interface HeldStatus {
  status: StatusWrite
  reason: string
}

export interface ReconcilePlan {
  /** Statuses to send, in the order of the desired list. */
  writes: StatusWrite[]
  /** Contexts already showing what we want. */
  unchanged: string[]
  held: HeldStatus[]
}

/**
 * The newest status of each context from a full listing (GitHub lists every status ever set,
 * newest first; GitLab may list one per pipeline): the one with the largest id, contexts
 * grouped as the platform groups them.
 */
export function latestPerContext(platform: Platform, statuses: readonly ListedStatus[]): ListedStatus[] {
  const latest = new Map<string, ListedStatus>()
  for (const status of statuses) {
    const key = contextKey(platform, status.context)
    const seen = latest.get(key)
    if (!seen || status.id > seen.id) latest.set(key, status)
  }
  return [...latest.values()]
}

/**
 * The writes that bring `existing` (the latest status per context, as read from the
 * platform; see {@link latestPerContext}) to `desired`. Contexts are matched as the platform
 * matches them (case-insensitively on GitHub); when two desired statuses share a context the
 * later one wins, so a caller may append sync results after a just-proposed status.
 */
export function reconcile(
  platform: Platform,
  desired: readonly DesiredStatus[],
  existing: readonly CommitStatus[],
): ReconcilePlan {
  const current = new Map<string, CommitStatus>()
  for (const status of existing) {
    const key = contextKey(platform, status.context)
    if (!current.has(key)) current.set(key, status)
  }
  const wanted = new Map<string, StatusWrite>()
  for (const status of desired) {
    const write = toStatusWrite(platform, status)
    const key = contextKey(platform, write.context)
    wanted.delete(key) // re-insert: order follows the last mention, like the value
    wanted.set(key, write)
  }

  const plan: ReconcilePlan = { writes: [], unchanged: [], held: [] }
  for (const [key, write] of wanted) {
    const have = current.get(key)
    if (!have) {
      plan.writes.push(write)
      continue
    }
    const sameText = sameDescription(have, write) && sameUrl(have, write)
    const haveState = have.state.toLowerCase()
    if (platform === 'gitlab' && write.state === 'pending' && isInProgress(haveState)) {
      if (sameText) plan.unchanged.push(write.context)
      else if (haveState === 'pending') plan.writes.push({ ...write, state: 'running' })
      else
        plan.held.push({
          status: write,
          reason: `GitLab cannot update the running status "${have.context}" until it finishes`,
        })
      continue
    }
    if (sameText && haveState === write.state) plan.unchanged.push(write.context)
    else plan.writes.push(write)
  }
  return plan
}

function isInProgress(state: string): boolean {
  return state === 'pending' || state === 'running'
}

function sameDescription(have: CommitStatus, write: StatusWrite): boolean {
  return oneLine(have.description ?? '') === write.description
}

function sameUrl(have: CommitStatus, write: StatusWrite): boolean {
  return (have.targetUrl?.trim() || undefined) === write.targetUrl
}
