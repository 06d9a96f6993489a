/** The fake GitHub's public types: what tests declare, what they read back, what the log records. */

export type Permission = 'write' | 'read' | 'none'

/** The repository permissions srcgit needs, as a workflow's `permissions:` block names them. */
export interface TokenPermissions {
  statuses?: Permission
  pull_requests?: Permission
  /** Comments on a pull request's conversation take this or pull_requests, as on GitHub. */
  issues?: Permission
  contents?: Permission
}

export interface FakeGitHubToken {
  token: string
  /** How the request log names the token; never its value. Default: the login. */
  name?: string
  /** The account acting (status creator, pull request author). Default: github-actions[bot]. */
  login?: string
  /**
   * 'actions': a workflow's GITHUB_TOKEN (an app installation token): 403 "Resource not accessible
   * by integration", and no pull requests when the repository does not allow it.
   * 'pat': a fine-grained personal access token: 403 "Resource not accessible by personal access token".
   * Default 'actions'.
   */
  kind?: 'actions' | 'pat'
  /** Omitted: write on everything. Given: what is not listed is 'none', as in a `permissions:` block. */
  permissions?: TokenPermissions
}

export interface FakeRelease {
  tag_name: string
  body: string | null
  name?: string
  /** Drafts are not found by tag, as on GitHub. */
  draft?: boolean
  prerelease?: boolean
}

export interface FakeGitHubRepo {
  owner: string
  name: string
  /** Private repositories are invisible (404) without a token. */
  private?: boolean
  /** Branch name -> head sha. Each head is a commit GitHub knows. */
  branches?: Record<string, string>
  /** More commits GitHub knows; statuses are refused (422) for any other sha. */
  commits?: string[]
  releases?: FakeRelease[]
  /**
   * Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests".
   * Default true here (GitHub's default for new repositories is false).
   */
  actionsCanCreatePullRequests?: boolean
  defaultBranch?: string
}

export type StatusState = 'error' | 'failure' | 'pending' | 'success'

/** One stored commit status, as tests read it back. */
export interface StatusRecord {
  id: number
  sha: string
  state: StatusState
  context: string
  description: string | null
  target_url: string | null
  created_at: string
  updated_at: string
  /** Login of the token that set it. */
  creator: string
}

export interface PullRecord {
  id: number
  number: number
  state: 'open' | 'closed'
  merged: boolean
  title: string
  body: string | null
  draft: boolean
  maintainer_can_modify: boolean
  /** Where the changes come from: a branch of this repository or of a fork. */
  head: { owner: string; repo: string; ref: string; sha: string }
  base: { ref: string; sha: string }
  user: string
  created_at: string
  updated_at: string
  closed_at: string | null
  merged_at: string | null
}

/** One comment of a pull request's conversation (an issue comment), as tests read it back. */
export interface IssueCommentRecord {
  id: number
  /** The pull request (issue) number. */
  issue: number
  body: string
  /** Login of the author. */
  user: string
  created_at: string
  updated_at: string
}

export interface GitHubRequestRecord {
  method: string
  /** The path as sent (still percent-encoded), without the query. */
  path: string
  /** The query string without '?', '' when none. */
  query: string
  /** The parsed JSON body of a write, if any. */
  body?: unknown
  /** The name of the token sent, 'none', or 'unknown' for a token the server does not know. */
  token: string
  /** The status answered. */
  status: number
}

/** A canned answer for the next matching requests (see FakeGitHub.fail). */
export interface FailOptions {
  /** The `message` of GitHub's error body; default: the status text. */
  message?: string
  headers?: Record<string, string>
  /** Only requests with this method... */
  method?: string
  /** ...and a path (with query) matching this. */
  path?: string | RegExp
}
