/**
 * Forgejo API JSON (shared/reference/forgejo-dist-git.md §5): User, Repository, PullRequest,
 * Comment, CommitStatus, CombinedStatus, with the fields srcgit reads and the usual others.
 */
import type { GitRepos } from '../forge/git-repos.js'
import {
  type CommentRecord,
  type ForgejoState,
  type PullRecord,
  type RepoRecord,
  type StatusRecord,
  fullName,
} from './state.js'

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON documents */
export type Json = Record<string, any>

export interface JsonDeps {
  base: string
  state: ForgejoState
  repos: GitRepos
}

export function userJson(deps: JsonDeps, login: string): Json {
  const id = deps.state.users.get(login)?.id ?? (deps.state.orgs.has(login) ? 0 : -1)
  return {
    id,
    login,
    login_name: '',
    source_id: 0,
    full_name: '',
    email: `${login}@noreply.localhost`,
    avatar_url: `${deps.base}/avatars/${login}`,
    html_url: `${deps.base}/${login}`,
    language: '',
    is_admin: false,
    last_login: '0001-01-01T00:00:00Z',
    created: '2024-01-01T00:00:00Z',
    restricted: false,
    active: true,
    prohibit_login: false,
    location: '',
    pronouns: '',
    website: '',
    description: '',
    visibility: 'public',
    followers_count: 0,
    following_count: 0,
    starred_repos_count: 0,
    username: login,
  }
}

export async function repoJson(deps: JsonDeps, repo: RepoRecord, viewer?: string, depth = 0): Promise<Json> {
  const name = fullName(repo)
  const host = new URL(deps.base).host
  const branches = await deps.repos.branches(name)
  const admin = viewer !== undefined && repo.owner === viewer
  const push = deps.state.canWrite(repo, viewer)
  return {
    id: repo.id,
    owner: userJson(deps, repo.owner),
    name: repo.name,
    full_name: name,
    description: '',
    empty: branches.size === 0,
    private: false,
    fork: repo.parent !== undefined,
    template: false,
    parent: repo.parent && depth === 0 ? await repoJson(deps, repo.parent, viewer, depth + 1) : null,
    mirror: false,
    size: 0,
    language: '',
    languages_url: `${deps.base}/api/v1/repos/${name}/languages`,
    html_url: `${deps.base}/${name}`,
    url: `${deps.base}/api/v1/repos/${name}`,
    link: '',
    ssh_url: `ssh://git@${host}/${name}.git`,
    clone_url: `${deps.base}/${name}.git`,
    original_url: '',
    website: '',
    stars_count: 0,
    forks_count: deps.state.forksOf(repo).length,
    watchers_count: 0,
    open_issues_count: 0,
    open_pr_counter: deps.state.pullsOf(repo).filter((pr) => pr.state === 'open').length,
    release_counter: 0,
    default_branch: (await deps.repos.defaultBranch(name)) ?? 'main',
    archived: false,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    archived_at: '1970-01-01T00:00:00Z',
    permissions: { admin, push, pull: true },
    has_issues: true,
    has_wiki: false,
    has_pull_requests: true,
    has_projects: false,
    has_releases: true,
    has_packages: false,
    has_actions: false,
    ignore_whitespace_conflicts: false,
    allow_merge_commits: true,
    allow_rebase: true,
    allow_rebase_explicit: true,
    allow_squash_merge: true,
    allow_fast_forward_only_merge: true,
    allow_rebase_update: true,
    default_delete_branch_after_merge: false,
    default_merge_style: 'merge',
    default_allow_maintainer_edit: false,
    avatar_url: '',
    internal: false,
    mirror_interval: '',
    object_format_name: 'sha1',
    mirror_updated: '0001-01-01T00:00:00Z',
    repo_transfer: null,
    topics: [],
  }
}

/** The live head of a PR: its head branch in the head repo, else refs/pull/<n>/head of the base. */
export async function pullHead(deps: JsonDeps, pr: PullRecord): Promise<{ ref: string; sha: string }> {
  const sha = (await deps.repos.branches(fullName(pr.head))).get(pr.headBranch)
  if (sha) return { ref: pr.headBranch, sha }
  const ref = `refs/pull/${pr.number}/head`
  return { ref, sha: (await deps.repos.refSha(fullName(pr.base), ref)) ?? '' }
}

export async function pullJson(deps: JsonDeps, pr: PullRecord, viewer?: string): Promise<Json> {
  const base = fullName(pr.base)
  const head = await pullHead(deps, pr)
  const baseSha = (await deps.repos.branches(base)).get(pr.baseBranch) ?? ''
  const html = `${deps.base}/${base}/pulls/${pr.number}`
  return {
    id: pr.id,
    url: html,
    number: pr.number,
    user: userJson(deps, pr.user),
    title: pr.title,
    body: pr.body,
    labels: [],
    milestone: null,
    assignee: null,
    assignees: null,
    requested_reviewers: null,
    requested_reviewers_teams: null,
    state: pr.state,
    draft: false,
    is_locked: false,
    comments: pr.comments.length,
    review_comments: 0,
    additions: 0,
    deletions: 0,
    changed_files: 0,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    mergeable: pr.state === 'open',
    merged: pr.merged,
    merged_at: pr.mergedAt,
    merge_commit_sha: pr.mergeCommitSha,
    merged_by: pr.mergedBy ? userJson(deps, pr.mergedBy) : null,
    allow_maintainer_edit: pr.allowMaintainerEdit,
    base: {
      label: pr.baseBranch,
      ref: pr.baseBranch,
      sha: baseSha,
      repo_id: pr.base.id,
      repo: await repoJson(deps, pr.base, viewer),
    },
    head: {
      label: head.ref,
      ref: head.ref,
      sha: head.sha,
      repo_id: pr.head.id,
      repo: await repoJson(deps, pr.head, viewer),
    },
    merge_base: baseSha,
    due_date: null,
    created_at: pr.createdAt,
    updated_at: pr.updatedAt,
    closed_at: pr.closedAt,
    pin_order: 0,
    flow: 0,
  }
}

export function commentJson(deps: JsonDeps, pr: PullRecord, comment: CommentRecord): Json {
  const base = fullName(pr.base)
  return {
    id: comment.id,
    html_url: `${deps.base}/${base}/pulls/${pr.number}#issuecomment-${comment.id}`,
    pull_request_url: `${deps.base}/${base}/pulls/${pr.number}`,
    issue_url: '',
    user: userJson(deps, comment.user),
    original_author: '',
    original_author_id: 0,
    body: comment.body,
    assets: [],
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
  }
}

export function statusJson(deps: JsonDeps, status: StatusRecord): Json {
  return {
    id: status.id,
    status: status.state,
    target_url: status.targetUrl,
    description: status.description,
    url: `${deps.base}/api/v1/repos/${fullName(status.repo)}/statuses/${status.sha}`,
    context: status.context,
    creator: userJson(deps, status.creator),
    created_at: status.createdAt,
    updated_at: status.updatedAt,
  }
}

const PRIORITY = ['error', 'failure', 'warning', 'pending', 'success']

/** Latest per context, worst state first; error is reported as failure; no statuses: zero values. */
export async function combinedJson(
  deps: JsonDeps,
  repo: RepoRecord,
  sha: string,
  statuses: StatusRecord[],
): Promise<Json> {
  const latest = new Map<string, StatusRecord>()
  for (const status of statuses) if (!latest.has(status.context)) latest.set(status.context, status)
  const rows = [...latest.values()]
  if (!rows.length)
    return { state: '', sha: '', total_count: 0, statuses: null, repository: null, commit_url: '', url: '' }
  let worst = 'success'
  for (const row of rows) if (PRIORITY.indexOf(row.state) < PRIORITY.indexOf(worst)) worst = row.state
  const name = fullName(repo)
  return {
    state: worst === 'error' ? 'failure' : worst,
    sha,
    total_count: rows.length,
    statuses: rows.map((row) => statusJson(deps, row)),
    repository: await repoJson(deps, repo),
    commit_url: `${deps.base}/api/v1/repos/${name}/commits/${sha}`,
    url: `${deps.base}/api/v1/repos/${name}/commits/${sha}/status`,
  }
}
