/**
 * The statuses a source-git commit should show for the dist-git pull requests made from it:
 * one per CI system that flagged a PR (`<branch>/<CI name>`, e.g. `rawhide/Zuul`) and one for
 * the PR itself (`srcgit/<branch>`: open, merged, or closed unmerged).
 *
 * Flags live on the PR's head commit (reference §1.5), so after a new push to the PR branch (a
 * maintainer's commit, a forced rerun) the list starts empty although the source-git commit is
 * the same. So every mirrored flag says which dist-git head it is for, at the end of its
 * description (`Build succeeded. (dist-git 1a2b3c4d)`), and a status of ours whose CI system has
 * not flagged the current head goes back to pending ("no result yet for the current head").
 * The head is in the description, not derived from elsewhere: it tells readers which dist-git
 * commit the verdict is about, and it marks the status as one srcgit mirrored (a `rawhide/...`
 * status without it is someone else's and stays as it is).
 *
 * A PR that srcgit updated with a newer source-git commit remembers the older ones in its marker
 * (`superseded`); their `srcgit/<branch>`, pending for this PR, is settled as superseded.
 */
import { shortCommit } from '../dist-git/messages.js'
import type { CiResult, PullRequestState } from '../forges/dist-git/forge.js'
import { contextKey, oneLine } from './platform.js'
import type { CommitStatus, DesiredStatus, Platform, ProposeOperation } from './types.js'

/** One dist-git pull request and the CI results on its head, as read from the dist-git forge. */
export interface PullRequestResults {
  /** Target dist-git branch, e.g. `rawhide` or `f41`. */
  branch: string
  url: string
  /** Per-project PR number; read from the URL when absent. */
  id?: number
  state: PullRequestState
  /** The CI results of the PR's head commit (Pagure flags, Forgejo commit statuses), in any order. */
  results: readonly CiResult[]
  /** The PR's head commit, when known; the results' own commit comes first. */
  head?: string | null
}

/** What a commit already shows, for the statuses that depend on it. */
export interface ShownStatuses {
  platform: Platform
  /** The newest status of each context on the commit. */
  statuses: readonly CommitStatus[]
}

/** Context of the status mirroring one CI system's flag on a branch's PR. */
export function flagContext(branch: string, ciName: string): string {
  return `${branch}/${ciName}`
}

/** Context of the status showing the state of a branch's dist-git PR. */
export function prContext(branch: string): string {
  return `srcgit/${branch}`
}

/** `#12` from the PR number or a `.../pull-request/12` (Pagure), `.../pulls/12` (Forgejo) URL; empty when neither gives one. */
function prNumber(url: string | undefined, id?: number): string {
  if (id !== undefined) return `#${id}`
  const match = url ? /\/(?:pull-request|pulls)\/(\d+)(?:[/?#]|$)/.exec(url) : null
  return match ? `#${match[1]}` : ''
}

function prName(number: string): string {
  return number ? `dist-git PR ${number}` : 'dist-git PR'
}

/** Epoch seconds; unreadable dates (NaN) sort first. */
function epoch(seconds: number): number {
  return Number.isFinite(seconds) ? seconds : -Infinity
}

/**
 * The newest result of each CI system: results are grouped by name (Pagure flag username,
 * Forgejo status context; trimmed, case ignored: one CI system), the newest by update time,
 * then creation time, then the later in the list (Pagure lists oldest update first). Results
 * without a name are dropped. Ordered by CI name (case ignored) for stable output.
 */
export function latestResults(results: readonly CiResult[]): CiResult[] {
  const newest = new Map<string, CiResult>()
  for (const result of results) {
    const name = result.name?.trim()
    if (!name) continue
    const key = name.toLowerCase()
    const seen = newest.get(key)
    if (!seen || !isNewer(seen, result)) newest.set(key, result)
  }
  return [...newest.values()].sort((a, b) => compareText(a.name.trim(), b.name.trim()))
}

/** True when `a` is strictly newer than `b`; on a tie the later one in the list wins. */
function isNewer(a: CiResult, b: CiResult): boolean {
  const updated = epoch(a.updatedAt) - epoch(b.updatedAt)
  if (updated !== 0 && !Number.isNaN(updated)) return updated > 0
  const created = epoch(a.createdAt) - epoch(b.createdAt)
  if (created !== 0 && !Number.isNaN(created)) return created > 0
  return false
}

/** Case-insensitive order, the same on every machine (no locale); names are unique once lowercased. */
function compareText(a: string, b: string): number {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()]
  return x < y ? -1 : x > y ? 1 : 0
}

/** The `srcgit/<branch>` status for a PR in the given state. */
export function prStateStatus(
  branch: string,
  url: string,
  state: PullRequestState,
  id?: number,
): DesiredStatus {
  const name = prName(prNumber(url, id))
  const context = prContext(branch)
  switch (state) {
    case 'open':
      return { context, state: 'pending', description: openDescription(name), targetUrl: url }
    case 'merged':
      return { context, state: 'success', description: `${name} merged`, targetUrl: url }
    case 'closed':
      return { context, state: 'failure', description: `${name} was closed without merging`, targetUrl: url }
    default:
      throw new RangeError(
        `unknown pull request state ${JSON.stringify(state)} for ${url}: expected open, merged or closed`,
      )
  }
}

/** Same words whether written right after proposing or by a later sync, so the sync writes nothing. */
function openDescription(name: string): string {
  return `${name} open, waiting for review and merge`
}

/** `(dist-git 1a2b3c4d)`: the dist-git head a mirrored result is for, at the end of its description. */
export function headSuffix(head: string): string {
  return `(dist-git ${shortCommit(head)})`
}

/** The short dist-git head a description ends with (see {@link headSuffix}); undefined when none. */
export function mirroredHead(description: string | null | undefined): string | undefined {
  return /\(dist-git ([0-9a-f]{7,64})\)$/.exec(oneLine(description ?? ''))?.[1]
}

/** Description of a CI system's status while the current dist-git head has no flag of it. */
export const NO_RESULT_YET = 'no result yet for the current head'

/**
 * Everything the source-git commit should show for one dist-git PR: a status per CI system
 * (newest flag each; state from the flag, description = its comment then the head it is for,
 * link = its URL), then, given what the commit shows, pending "no result yet" for each
 * `<branch>/<CI>` status srcgit mirrored from an earlier head whose CI system has not flagged
 * the current one (linking to the PR), then the `srcgit/<branch>` status for the PR's own state.
 */
export function desiredStatuses(pr: PullRequestResults, shown?: ShownStatuses): DesiredStatus[] {
  const latest = latestResults(pr.results)
  const flags = latest.map((result): DesiredStatus => {
    const status: DesiredStatus = {
      context: flagContext(pr.branch, result.name.trim()),
      state: result.state,
      description: warningText(result),
      targetUrl: result.url,
    }
    const head = result.commit || pr.head
    if (head) status.suffix = headSuffix(head)
    return status
  })
  // Results are read after the PR: when a push came in between, their commit is the newer head.
  const head = latest.find((result) => result.commit)?.commit || pr.head
  const stale = shown && head ? staleFlagStatuses(pr, head, flags, shown) : []
  return [...flags, ...stale, prStateStatus(pr.branch, pr.url, pr.state, pr.id)]
}

/**
 * A result's description; a Forgejo warning, which GitHub and GitLab show as a failure, says
 * it was a warning.
 */
function warningText(result: CiResult): string {
  const text = result.description ?? ''
  if (result.state !== 'warning' || /^warning\b/i.test(text.trim())) return text
  return text.trim() ? `warning: ${text}` : 'warning'
}

/** Pending "no result yet" for the `<branch>/<CI>` statuses of ours that no current flag covers. */
function staleFlagStatuses(
  pr: PullRequestResults,
  head: string,
  flags: readonly DesiredStatus[],
  shown: ShownStatuses,
): DesiredStatus[] {
  const key = (context: string) => contextKey(shown.platform, context)
  const prefix = key(flagContext(pr.branch, ''))
  const covered = new Set([...flags.map((s) => key(s.context)), key(prContext(pr.branch))])
  const stale: DesiredStatus[] = []
  for (const status of shown.statuses) {
    const context = key(status.context)
    if (!context.startsWith(prefix) || covered.has(context)) continue
    if (mirroredHead(status.description) === undefined) continue // not a status srcgit mirrored
    covered.add(context)
    stale.push({
      context: status.context,
      state: 'pending',
      description: NO_RESULT_YET,
      suffix: headSuffix(head),
      targetUrl: pr.url,
    })
  }
  return stale
}

/**
 * The `srcgit/<branch>` status of a source-git commit proposed earlier in a PR that now carries
 * `by`: canceled (GitHub shows error, GitLab canceled, as for a CI run canceled by a newer one)
 * "superseded by <by> in dist-git PR #N", linking to the PR. Only a commit still showing this
 * PR's in-progress status gets it: nothing is added to commits that show something else (another
 * PR's status, a failure saying why it was not proposed, or none at all).
 */
export function supersededStatuses(
  pr: Pick<PullRequestResults, 'branch' | 'url' | 'id'>,
  by: string,
  shown: ShownStatuses,
): DesiredStatus[] {
  const context = prContext(pr.branch)
  const current = shown.statuses.find(
    (s) => contextKey(shown.platform, s.context) === contextKey(shown.platform, context),
  )
  if (!current || current.targetUrl?.trim() !== pr.url.trim()) return []
  const superseded: DesiredStatus = {
    context,
    state: 'canceled',
    description: `superseded by ${shortCommit(by)} in ${prName(prNumber(pr.url, pr.id))}`,
    targetUrl: pr.url,
  }
  const state = current.state.toLowerCase()
  const settled = oneLine(current.description ?? '') === superseded.description
  return state === 'pending' || state === 'running' || settled ? [superseded] : []
}

/** One branch's outcome from propose-downstream (a `BranchOutcome` fits). */
export interface ProposeOutcome {
  branch: string
  operation: ProposeOperation
  /** The dist-git PR, when there is one. */
  url?: string
  reason?: string
}

export interface ProposedStatusOptions {
  /** Link to the CI run (GitHub Actions run, GitLab job), for a failed branch. */
  runUrl?: string
  /**
   * A skipped branch the run counts as a failure (a maintainer's commits in the fork branch):
   * shown as failure with the reason. Other skips show nothing.
   */
  blocked?: boolean
}

/**
 * The `srcgit/<branch>` status to set right after proposing, or undefined for none:
 * - created / updated / unchanged with a PR: pending "dist-git PR #N open ..." linking to it
 *   (the very status a later sync of the open PR computes);
 * - failed: error "srcgit could not propose: <reason>" linking to the run (else the PR): the
 *   change was not judged, srcgit did not get that far;
 * - skipped and `blocked`: failure "not proposed: <reason>", linking to the PR if any;
 * - other skips (already up to date, newer version, dry run), `closed` (a preview closed with
 *   its source-git PR) and anything without a PR: none; nothing new was proposed for this
 *   commit, and whatever it shows stays.
 * Descriptions are cut to the platform's limit when written.
 */
export function proposedStatus(
  outcome: ProposeOutcome,
  options: ProposedStatusOptions = {},
): DesiredStatus | undefined {
  const { branch, operation, url, reason } = outcome
  const context = prContext(branch)
  const why = reason?.trim() || 'no reason given'
  switch (operation) {
    case 'created':
    case 'updated':
    case 'unchanged':
      return url ? prStateStatus(branch, url, 'open') : undefined
    case 'failed': {
      const status: DesiredStatus = {
        context,
        state: 'error',
        description: `srcgit could not propose: ${why}`,
      }
      const link = options.runUrl ?? url
      if (link) status.targetUrl = link
      return status
    }
    case 'skipped': {
      if (!options.blocked) return undefined
      const status: DesiredStatus = { context, state: 'failure', description: `not proposed: ${why}` }
      if (url) status.targetUrl = url
      return status
    }
    case 'closed':
      return undefined
    default:
      throw new RangeError(`unknown operation ${JSON.stringify(operation)} for branch ${branch}`)
  }
}
