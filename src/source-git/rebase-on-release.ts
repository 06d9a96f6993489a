/**
 * CONTRACT (issue 18, pull-from-upstream): the downstream commits of a source-git branch replayed
 * onto a new upstream release, on a local work branch; then one commit that moves `upstream_ref`
 * and bumps the `.distro` spec. Never pushes, never touches the user's branch. Implemented by the
 * pull-from-upstream engine; the job only calls it.
 */
import type { Git } from '../git/git.js'
import type { UpstreamRelease } from './upstream-release.js'

export interface RebaseOnReleaseOptions {
  /** The source-git clone (clean work tree). */
  git: Git
  /** The source-git branch whose downstream commits are replayed (e.g. "rawhide", "main"). */
  branch: string
  release: UpstreamRelease
  /** The local branch made (reset when it exists) for the result, e.g. "srcgit/rebase-1.2.0". */
  workBranch: string
  /** Committer of the replayed commits and author of the bump commit; authors are kept. */
  identity: { name: string; email: string }
}

export interface ReplayedCommit {
  original: string
  replayed: string
  subject: string
}

export interface DroppedCommit {
  original: string
  subject: string
  /** upstreamed: the release already has the change (same patch-id, or it applies as empty). */
  reason: 'upstreamed'
  /** The upstream commit with the same patch-id, when one was found. */
  upstreamCommit?: string
}

export interface ReplayConflict {
  original: string
  subject: string
  /** Paths git reported as conflicting. */
  files: string[]
  /** A short excerpt of git's message or the conflict, for the PR description. */
  detail: string
}

export interface RebaseOnReleaseResult {
  /** The work branch's head. */
  head: string
  /** The upstream_ref it was based on before (resolved) and its version (the spec's Version). */
  previous: { upstreamRef: string; version: string }
  replayed: ReplayedCommit[]
  dropped: DroppedCommit[]
  /** The first downstream commit that did not apply; it and every later one are not replayed. */
  conflict?: ReplayConflict
  notReplayed: { original: string; subject: string }[]
  /** The last commit: upstream_ref moved, spec Version/Release/changelog bumped. */
  bumpCommit: string
}

export declare function rebaseOnRelease(options: RebaseOnReleaseOptions): Promise<RebaseOnReleaseResult>
