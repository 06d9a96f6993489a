/**
 * Shapes shared by the commit-status mirror: what we want a source-git commit to show
 * (platform-neutral, in the dist-git forges' CI vocabulary) and what a platform holds or is sent
 * (in that platform's vocabulary, already cut to its limits).
 */
import type { CiState } from '../forges/dist-git/forge.js'

/** Where the source-git repository lives. */
export type Platform = 'github' | 'gitlab'

/** Platform-neutral state: Pagure's five flag statuses (reference §1.5) and Forgejo's warning. */
export type StatusState = CiState

/** GitHub commit-status states (reference §7.1). */
export type GitHubState = 'error' | 'failure' | 'pending' | 'success'

/** GitLab commit-status states we may send (reference §7.2). */
export type GitLabState = 'pending' | 'running' | 'success' | 'failed' | 'canceled'

export type PlatformState = GitHubState | GitLabState

/** A status we want on the source-git commit, before mapping and truncation. */
export interface DesiredStatus {
  /** GitHub `context`, GitLab `name`. */
  context: string
  state: StatusState
  /** Free text; made one line and cut to the platform's limit when sent. */
  description: string
  /**
   * Ends the description, kept whole when the description is cut (e.g. `(dist-git 1a2b3c4d)`,
   * the dist-git head a mirrored flag is for): what must survive the platform's limit.
   */
  suffix?: string
  targetUrl?: string
}

/** A status as a platform holds it (read back), in that platform's own terms. */
export interface CommitStatus {
  context: string
  /** The platform's state word, as read (GitLab may also report e.g. `running` or `skipped`). */
  state: string
  description?: string | null
  targetUrl?: string | null
}

/** A listed status with the id that orders it among the statuses of the same context. */
export interface ListedStatus extends CommitStatus {
  /** The platform's status id; a newer status has a larger id on GitHub and GitLab. */
  id: number
}

/** A status ready to be sent: platform state, one-line description within limits, usable URL. */
export interface StatusWrite {
  context: string
  state: PlatformState
  description: string
  /** Absent when the desired URL is not http(s) or exceeds the platform's limit. */
  targetUrl?: string
}

/**
 * What propose-downstream did for one branch (the same words as the job's `Operation`;
 * `closed`: a source-git PR's preview closed with it).
 */
export type ProposeOperation = 'created' | 'updated' | 'unchanged' | 'skipped' | 'failed' | 'closed'
