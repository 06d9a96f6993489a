/**
 * CONTRACT (issue 18, pull-from-upstream): the newest upstream release of a source-git package.
 * Implemented by the pull-from-upstream engine; the job (src/jobs/pull-from-upstream.ts) only
 * calls these. Plain git (ls-remote of upstream_project_url, no API) unless Anitya is asked.
 */
import type { Git } from '../git/git.js'

export interface UpstreamRelease {
  /** The version as the spec's Version will read it (tag → version by upstream_tag_template). */
  version: string
  /** The upstream tag of that version. */
  tag: string
  /** The commit the tag points at (peeled), present in `git` after findNewestRelease. */
  commit: string
  /** Where the version came from. */
  via: 'git-tags' | 'anitya'
}

export interface FindReleaseOptions {
  /** The source-git clone; the release's tag (only that one) is fetched into it as refs/tags/<tag>. */
  git: Git
  /** upstream_project_url. */
  upstreamUrl: string
  /** upstream_tag_template (default "{version}"). */
  tagTemplate: string
  upstreamPackageName: string
  /** upstream_tag_include / upstream_tag_exclude (Python re.match semantics). */
  include?: string | null
  exclude?: string | null
  /** Ask release-monitoring.org (Anitya API v2) for the version instead of listing tags. */
  anitya?: { url: string; distribution: string; package: string }
  /** Deadline of each network call, ms. */
  deadlineMs?: number
}

/** The newest release by rpm version order (rpmvercmp); undefined when no tag matches. */
export declare function findNewestRelease(options: FindReleaseOptions): Promise<UpstreamRelease | undefined>
