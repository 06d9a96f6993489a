/** Pagure's to_json shapes (user, project, pull request, comment, flag) for the API and for assertions. */
import {
  type CommentRecord,
  type FlagRecord,
  type GroupRecord,
  type ProjectRecord,
  type PullRequestRecord,
  accessLists,
  fullname,
  urlPath,
} from './state.js'
import type { CommentJson, FlagJson, ProjectJson, PullRequestJson, UserJson } from './types.js'

/** Public form; `withEmails` adds what the non-public form carries (flag POST responses). */
export function userJson(base: string, name: string, withEmails = false): UserJson {
  const user: UserJson = { name, fullname: name, url_path: `user/${name}`, full_url: `${base}/user/${name}` }
  if (withEmails) {
    user.default_email = `${name}@example.com`
    user.emails = [`${name}@example.com`]
  }
  return user
}

export function projectJson(base: string, project: ProjectRecord): ProjectJson {
  return {
    id: project.id,
    name: project.name,
    fullname: fullname(project),
    url_path: urlPath(project),
    full_url: `${base}/${urlPath(project)}`,
    description: `The ${project.name} package`,
    namespace: project.namespace,
    parent: project.parent ? projectJson(base, project.parent) : null,
    date_created: project.dateCreated,
    date_modified: project.dateModified,
    user: userJson(base, project.owner),
    access_users: { owner: [project.owner], ...accessLists(project.access.users) },
    access_groups: accessLists(project.access.groups),
    tags: [],
    priorities: {},
    custom_keys: [],
    close_status: [],
    milestones: {},
  }
}

/** Group.to_json: the creator in full for an authenticated caller, public form otherwise. */
export function groupJson(base: string, group: GroupRecord, authenticated: boolean): Record<string, unknown> {
  return {
    name: group.name,
    display_name: group.displayName,
    description: group.description,
    group_type: 'user',
    creator: userJson(base, group.creator, authenticated),
    date_created: group.dateCreated,
    members: [...group.members],
  }
}

function commentJson(base: string, comment: CommentRecord): CommentJson {
  return {
    id: comment.id,
    commit: comment.commit,
    tree: comment.tree,
    filename: comment.filename,
    line: comment.line,
    comment: comment.comment,
    parent: null,
    date_created: comment.dateCreated,
    user: userJson(base, comment.user),
    edited_on: null,
    editor: null,
    notification: false,
    reactions: {},
  }
}

export function pullRequestJson(base: string, pr: PullRequestRecord, withComments = true): PullRequestJson {
  const out: PullRequestJson = {
    id: pr.id,
    uid: pr.uid,
    title: pr.title,
    branch: pr.branch,
    branch_from: pr.branchFrom,
    project: projectJson(base, pr.project),
    repo_from: projectJson(base, pr.repoFrom),
    remote_git: null,
    date_created: pr.dateCreated,
    updated_on: pr.updatedOn,
    last_updated: pr.lastUpdated,
    closed_at: pr.closedAt,
    user: userJson(base, pr.user),
    assignee: null,
    status: pr.status,
    commit_start: pr.commitStart,
    commit_stop: pr.commitStop,
    closed_by: pr.closedBy === null ? null : userJson(base, pr.closedBy),
    initial_comment: pr.initialComment,
    cached_merge_status: 'unknown',
    threshold_reached: null,
    tags: [],
    full_url: `${base}/${urlPath(pr.project)}/pull-request/${pr.id}`,
  }
  if (withComments) out.comments = pr.comments.map((comment) => commentJson(base, comment))
  return out
}

export function flagJson(base: string, flag: FlagRecord, withEmails = false): FlagJson {
  return {
    commit_hash: flag.commit,
    username: flag.username,
    percent: flag.percent,
    comment: flag.comment,
    status: flag.status,
    url: flag.url,
    date_created: flag.dateCreated,
    date_updated: flag.dateUpdated,
    user: userJson(base, flag.user, withEmails),
  }
}
