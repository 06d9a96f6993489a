/**
 * A dist-git forge as every srcgit job sees it: Pagure (src.fedoraproject.org today) or Forgejo
 * (the same hostname after Fedora's migration), behind one interface with neutral types. Jobs
 * import this file, never a concrete client; `select.ts` picks the backend per host.
 */

export type DistGitForgeKind = 'pagure' | 'forgejo'

/** The `dist_git_forge` setting: probe the host (default) or force a backend. */
export type DistGitForgeChoice = 'auto' | DistGitForgeKind

/** Every `dist_git_forge` value, for validation and messages (config, action input, CLI option). */
export const DIST_GIT_FORGES = ['auto', 'pagure', 'forgejo'] as const satisfies readonly DistGitForgeChoice[]

export function isDistGitForgeChoice(value: unknown): value is DistGitForgeChoice {
  return (DIST_GIT_FORGES as readonly unknown[]).includes(value)
}

export type PullRequestState = 'open' | 'merged' | 'closed'

/** A dist-git pull request, the same on both backends. */
export interface DistGitPullRequest {
  /** Per-repository number (Pagure `id`, Forgejo `number`). */
  number: number
  title: string
  /** Pagure `initial_comment`, Forgejo `body`; '' when none. */
  description: string
  /** Target branch, e.g. `rawhide`. */
  targetBranch: string
  /** Branch in the source repository, e.g. `rawhide-update-propose_downstream`. */
  sourceBranch: string
  /** Owner of the source repository (the fork's user); undefined for a PR without one. */
  sourceOwner?: string
  /** Who opened it. */
  author: string
  state: PullRequestState
  /** Head commit, when the forge has computed it. */
  headSha?: string
  /**
   * Maintainers of the target may push to the PR branch (Forgejo's allow_maintainer_edit);
   * undefined where the forge has no such switch (Pagure: fork ACLs).
   */
  maintainerCanPush?: boolean
  /** Web page of the PR. */
  url: string
  /** Epoch seconds. */
  createdAt: number
  /** Epoch seconds of the last change (Pagure `last_updated`, Forgejo `updated_at`). */
  updatedAt: number
}

/**
 * One CI result on a PR head: a Pagure flag or a Forgejo commit status. States are the union of
 * both vocabularies: Pagure has `canceled`, Forgejo has `warning`.
 */
export type CiState = 'success' | 'failure' | 'error' | 'pending' | 'canceled' | 'warning'

export interface CiResult {
  /** The CI system: Pagure flag `username`, Forgejo status `context`. */
  name: string
  state: CiState
  /** Pagure `comment`, Forgejo `description`. */
  description: string
  url?: string
  /** The commit the result is for, when the forge says. */
  commit?: string
  /** Epoch seconds (fractions allowed); NaN when unreadable. */
  updatedAt: number
  createdAt: number
}

export interface FindPullRequest {
  ns: string
  repo: string
  /** PR author: the token's user. Matching on it keeps two bots from taking each other's PRs. */
  author: string
  /** The fork's user. */
  forkUser: string
  sourceBranch: string
  targetBranch: string
}

export interface NewPullRequest extends FindPullRequest {
  title: string
  description: string
}

export interface PushUrlOptions {
  protocol: 'ssh' | 'https'
  /** The SSH host (`host` or `host:port`); default: the forge's. */
  sshHost?: string
  /** The fork owner (the bot account). */
  user: string
  ns: string
  repo: string
}

/** What a merge request came to: merged, or refused with the forge's reason (never thrown). */
export type MergeOutcome =
  { merged: true } | { merged: false; refused: 'permission' | 'not-mergeable'; message: string }

/**
 * Packit's `all_admins` / `all_committers` (packit-service DistgitAccountsChecker through ogr's
 * get_users_with_given_access): `admin` is Pagure's owner and admin access (Forgejo: owner),
 * `commit` adds commit access (Forgejo: owner, admin, write).
 */
export type ProjectAccessLevel = 'admin' | 'commit'

export interface DistGitForge {
  readonly kind: DistGitForgeKind
  /** e.g. https://src.fedoraproject.org, no trailing slash. */
  readonly instanceUrl: string
  /** The token's user (asked once). */
  whoami(): Promise<string>
  projectExists(ns: string, repo: string): Promise<boolean>
  /** The user's fork of ns/repo exists. */
  forkExists(user: string, ns: string, repo: string): Promise<boolean>
  /** Forks ns/repo for the token's user unless that fork exists. */
  ensureFork(ns: string, repo: string): Promise<'created' | 'existed'>
  /** Where the bot pushes its fork (no credentials in it). */
  forkPushUrl(opts: PushUrlOptions): string
  /** Anonymous clone URL of a dist-git repository. */
  cloneUrl(ns: string, repo: string): string
  /** Web page of a dist-git repository. */
  webUrl(ns: string, repo: string): string
  /** Web page of a commit. */
  commitUrl(ns: string, repo: string, sha: string): string
  /** Every PR of the repo in `state` (`all`: open, merged and closed), newest first. */
  pullRequests(
    ns: string,
    repo: string,
    opts: { state: 'open' | 'all'; author?: string },
  ): Promise<DistGitPullRequest[]>
  /** Our open PR for this branch pair (same fork, branches and author); the oldest when several. */
  findOpenPullRequest(find: FindPullRequest): Promise<DistGitPullRequest | undefined>
  /**
   * Opens a PR from the fork branch, lets maintainers push to it where the forge has that, and
   * never opens a second one for the same branches (an existing open one comes back).
   */
  createPullRequest(pr: NewPullRequest): Promise<DistGitPullRequest>
  updatePullRequest(
    ns: string,
    repo: string,
    number: number,
    change: { title: string; description: string },
  ): Promise<DistGitPullRequest>
  comment(ns: string, repo: string, number: number, text: string): Promise<void>
  closePullRequest(ns: string, repo: string, number: number): Promise<void>
  /** Merge the PR (opt-in `merge-dist-git-pr`); a 401/403 or a forge refusal is an outcome. */
  mergePullRequest(ns: string, repo: string, number: number): Promise<MergeOutcome>
  /** Users with `level` access to ns/repo, through groups (Pagure) or teams (Forgejo) too. */
  usersWithAccess(ns: string, repo: string, level: ProjectAccessLevel): Promise<string[]>
  /**
   * Members of a group, as `@group` in allowed_* lists means it: a Pagure group; on Forgejo the
   * team of that name in ns/repo's organization. Undefined when there is no such group.
   */
  groupMembers(group: string, at: { ns: string; repo: string }): Promise<string[] | undefined>
  /** The CI results on the PR's head, in any order (public reads). */
  ciResults(
    ns: string,
    repo: string,
    pr: Pick<DistGitPullRequest, 'number' | 'headSha' | 'sourceOwner'>,
  ): Promise<CiResult[]>
  /** Namespace, repo and number from a PR web URL of this forge; undefined when it is not one. */
  parsePullRequestUrl(url: string): { ns: string; repo: string; number: number } | undefined
  /** How to create the token this forge needs, for messages: where and with which rights. */
  readonly tokenHelp: string
}
