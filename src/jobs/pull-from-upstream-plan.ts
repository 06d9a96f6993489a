/**
 * The request plan of pull-from-upstream, as pure functions: the branch a release is proposed
 * from, which open rebase request a new release goes to, the marker that says what srcgit
 * pushed, and whether the remote and the request already hold what the run made.
 */
import { rpmvercmp } from '../spec/rpmvercmp.js'

export const REBASE_BRANCH_PREFIX = 'srcgit/rebase-'

/** `srcgit/rebase-<version>`; characters git refuses in a ref (`~`, `^`, `:`, ...) become `_`. */
export function rebaseBranchName(version: string): string {
  return REBASE_BRANCH_PREFIX + version.replace(/[^A-Za-z0-9._+-]/g, '_').replace(/\.{2,}/g, '.')
}

/** What srcgit pushed, kept in the request text: later runs tell its own head from someone else's. */
export interface RebaseMarker {
  head: string
  version: string
  tag: string
}

const MARKER = /<!-- srcgit:pull-from-upstream head=([0-9a-f]{40,64}) version=(\S+) tag=(\S+) -->/

export function rebaseMarker(marker: RebaseMarker): string {
  return `<!-- srcgit:pull-from-upstream head=${marker.head} version=${marker.version} tag=${marker.tag} -->`
}

export function parseRebaseMarker(body: string): RebaseMarker | undefined {
  const m = MARKER.exec(body)
  return m ? { head: m[1], version: m[2], tag: m[3] } : undefined
}

/** An open request from one of srcgit's rebase branches into the base. */
export interface OpenRebase<R> {
  branch: string
  request: R
}

/**
 * The request a release goes to: the one from its own branch, else the open rebase request of
 * the newest version (a newer release updates it rather than opening a second one).
 */
export function chooseOpenRebase<R>(
  open: OpenRebase<R>[],
  workBranch: string,
): { chosen?: OpenRebase<R>; others: OpenRebase<R>[] } {
  if (open.length === 0) return { others: [] }
  const version = (b: string) => b.slice(REBASE_BRANCH_PREFIX.length)
  const sorted = [...open].sort((a, b) => rpmvercmp(version(b.branch), version(a.branch)))
  const chosen = open.find((o) => o.branch === workBranch) ?? sorted[0]
  return { chosen, others: open.filter((o) => o !== chosen) }
}

export interface PublishFacts {
  /** The head branch's sha on the remote, when it exists. */
  remoteSha?: string
  /** The remote head has the same tree as the new head and contains the release. */
  sameContent: boolean
  /** The open request's marker, when there is an open request. */
  marker?: RebaseMarker
  requestOpen: boolean
  /** The open request's title and text equal the new ones. */
  sameText: boolean
  force: boolean
}

export type PublishStep =
  | { kind: 'unchanged' }
  | { kind: 'foreign' }
  | { kind: 'publish'; push: boolean; write: 'create' | 'update' | 'none' }

/**
 * What to do with the remote: nothing when it has this content and the request this text; leave a
 * branch alone that someone pushed to after srcgit (unless forced); else push what differs and
 * open or update the request.
 */
export function publishStep(facts: PublishFacts): PublishStep {
  const pushedBySomeoneElse =
    facts.requestOpen &&
    facts.remoteSha !== undefined &&
    facts.marker !== undefined &&
    facts.marker.head !== facts.remoteSha
  if (pushedBySomeoneElse && !facts.force) return { kind: 'foreign' }
  const push = !(facts.remoteSha !== undefined && facts.sameContent)
  if (!push && facts.requestOpen && facts.sameText) return { kind: 'unchanged' }
  return { kind: 'publish', push, write: !facts.requestOpen ? 'create' : facts.sameText ? 'none' : 'update' }
}
