/** GitHub's REST JSON shapes (the fields clients read), built from the fake's records. */
import type { GitHubState, RepoState } from './state.js'
import type { FakeRelease, IssueCommentRecord, PullRecord, StatusRecord, StatusState } from './types.js'

/** A stable id per login, so the same user is the same number in every answer. */
function userId(login: string): number {
  let hash = 7
  for (const c of login) hash = (hash * 31 + c.charCodeAt(0)) % 1_000_000
  return 10_000 + hash
}

const nodeId = (kind: string, id: number) => Buffer.from(`${kind}${id}`).toString('base64')

export function simpleUser(base: string, login: string) {
  const id = userId(login)
  return {
    login,
    id,
    node_id: nodeId('04:User', id),
    avatar_url: `${base}/avatars/u/${id}`,
    gravatar_id: '',
    url: `${base}/users/${encodeURIComponent(login)}`,
    html_url: `${base}/${encodeURIComponent(login)}`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  }
}

export function repoJson(base: string, repo: RepoState) {
  const fullName = `${repo.owner}/${repo.name}`
  return {
    id: repo.id,
    node_id: nodeId('010:Repository', repo.id),
    name: repo.name,
    full_name: fullName,
    private: repo.private,
    owner: simpleUser(base, repo.owner),
    html_url: `${base}/${fullName}`,
    description: null,
    fork: false,
    url: `${base}/repos/${fullName}`,
    statuses_url: `${base}/repos/${fullName}/statuses/{sha}`,
    pulls_url: `${base}/repos/${fullName}/pulls{/number}`,
    default_branch: repo.defaultBranch,
    visibility: repo.private ? 'private' : 'public',
  }
}

/** A status as the create and list endpoints return it. */
export function statusJson(base: string, repo: RepoState, status: StatusRecord) {
  return {
    url: `${base}/repos/${repo.owner}/${repo.name}/statuses/${status.sha}`,
    avatar_url: simpleUser(base, status.creator).avatar_url,
    id: status.id,
    node_id: nodeId('013:StatusContext', status.id),
    state: status.state,
    description: status.description,
    target_url: status.target_url,
    context: status.context,
    created_at: status.created_at,
    updated_at: status.updated_at,
    creator: simpleUser(base, status.creator),
  }
}

/** GitHub's combined state: failure if any error or failure, pending if none or any pending, else success. */
export function combinedState(latest: StatusRecord[]): StatusState | 'pending' {
  if (latest.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure'
  if (latest.length === 0 || latest.some((s) => s.state === 'pending')) return 'pending'
  return 'success'
}

export function combinedStatusJson(base: string, repo: RepoState, sha: string, latest: StatusRecord[]) {
  const api = `${base}/repos/${repo.owner}/${repo.name}`
  return {
    state: combinedState(latest),
    // The combined view omits each status's creator.
    statuses: latest.map((status) => {
      const { creator: _creator, ...rest } = statusJson(base, repo, status)
      return rest
    }),
    sha,
    total_count: latest.length,
    repository: repoJson(base, repo),
    commit_url: `${api}/commits/${sha}`,
    url: `${api}/commits/${sha}/status`,
  }
}

function branchJson(
  base: string,
  state: GitHubState,
  owner: string,
  repoName: string,
  ref: string,
  sha: string,
) {
  const repo = state.findRepo(owner, repoName)
  return {
    label: `${owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(base, owner),
    repo: repo ? repoJson(base, repo) : null,
  }
}

/** The list form (pull-request-simple); `full` adds what GET/POST/PATCH of one pull request return. */
export function pullJson(base: string, state: GitHubState, repo: RepoState, pr: PullRecord, full: boolean) {
  const api = `${base}/repos/${repo.owner}/${repo.name}`
  const html = `${base}/${repo.owner}/${repo.name}/pull/${pr.number}`
  const simple = {
    url: `${api}/pulls/${pr.number}`,
    id: pr.id,
    node_id: nodeId('011:PullRequest', pr.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${api}/issues/${pr.number}`,
    commits_url: `${api}/pulls/${pr.number}/commits`,
    review_comments_url: `${api}/pulls/${pr.number}/comments`,
    comments_url: `${api}/issues/${pr.number}/comments`,
    statuses_url: `${api}/statuses/${pr.head.sha}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: simpleUser(base, pr.user),
    body: pr.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    closed_at: pr.closed_at,
    merged_at: pr.merged_at,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: branchJson(base, state, pr.head.owner, pr.head.repo, pr.head.ref, pr.head.sha),
    base: branchJson(base, state, repo.owner, repo.name, pr.base.ref, pr.base.sha),
    _links: {
      self: { href: `${api}/pulls/${pr.number}` },
      html: { href: html },
      statuses: { href: `${api}/statuses/${pr.head.sha}` },
    },
    author_association: pr.user === repo.owner ? 'OWNER' : 'CONTRIBUTOR',
    auto_merge: null,
    draft: pr.draft,
  }
  if (!full) return simple
  return {
    ...simple,
    merged: pr.merged,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: pr.maintainer_can_modify,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  }
}

/** An issue comment (on a pull request's conversation) as the list and create endpoints return it. */
export function issueCommentJson(base: string, repo: RepoState, comment: IssueCommentRecord) {
  const api = `${base}/repos/${repo.owner}/${repo.name}`
  return {
    url: `${api}/issues/comments/${comment.id}`,
    html_url: `${base}/${repo.owner}/${repo.name}/pull/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${api}/issues/${comment.issue}`,
    id: comment.id,
    node_id: nodeId('012:IssueComment', comment.id),
    user: simpleUser(base, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association:
      comment.user === repo.owner ? 'OWNER' : comment.user.endsWith('[bot]') ? 'NONE' : 'CONTRIBUTOR',
    body: comment.body,
    reactions: {
      url: `${api}/issues/comments/${comment.id}/reactions`,
      total_count: 0,
      '+1': 0,
      '-1': 0,
      laugh: 0,
      hooray: 0,
      confused: 0,
      heart: 0,
      rocket: 0,
      eyes: 0,
    },
    performed_via_github_app: null,
  }
}

export function releaseJson(base: string, repo: RepoState, release: FakeRelease, id: number) {
  const fullName = `${repo.owner}/${repo.name}`
  const tag = encodeURIComponent(release.tag_name)
  return {
    url: `${base}/repos/${fullName}/releases/${id}`,
    html_url: `${base}/${fullName}/releases/tag/${tag}`,
    assets_url: `${base}/repos/${fullName}/releases/${id}/assets`,
    upload_url: `${base}/repos/${fullName}/releases/${id}/assets{?name,label}`,
    tarball_url: `${base}/repos/${fullName}/tarball/${tag}`,
    zipball_url: `${base}/repos/${fullName}/zipball/${tag}`,
    id,
    node_id: nodeId('07:Release', id),
    tag_name: release.tag_name,
    target_commitish: repo.defaultBranch,
    name: release.name ?? release.tag_name,
    body: release.body,
    draft: release.draft ?? false,
    prerelease: release.prerelease ?? false,
    created_at: '2026-11-20T09:00:00Z',
    published_at: '2026-11-20T09:00:00Z',
    author: simpleUser(base, repo.owner),
    assets: [],
  }
}
