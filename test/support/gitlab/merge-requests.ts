/**
 * GitLab's merge requests for the fake GitLab (api.ts): list (state, source_branch,
 * target_branch, order, paged), create (409 when an open merge request already joins the same
 * branches) and update (title, description, target_branch, state_event close/reopen). Access is
 * checked by api.ts before these handlers run.
 */
import type { ProjectState, Reply, RouteContext } from './api.js'
import { userJson } from './statuses.js'

export type MergeRequestState = 'opened' | 'closed' | 'merged' | 'locked'

export interface MergeRequestRecord {
  id: number
  iid: number
  /** The target project (where the merge request lives). */
  project_id: number
  source_project_id: number
  title: string
  description: string | null
  state: MergeRequestState
  source_branch: string
  target_branch: string
  author: string
  /** The source branch head when it was last seen; null when the fake does not know the branch. */
  sha: string | null
  labels: string[]
  remove_source_branch: boolean | null
  squash: boolean
  created_at: string
  updated_at: string
  closed_at: string | null
  merged_at: string | null
}

function field(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name]
  return value === undefined || value === null ? undefined : String(value)
}

function bool(params: Record<string, unknown>, name: string): boolean | undefined {
  const value = field(params, name)
  return value === undefined ? undefined : value === 'true' || value === '1'
}

const conflict = (text: string): Reply => ({ status: 409, body: { message: [text] } })

/** The open merge request joining the same branches and projects, other than `self`. */
function conflicting(
  target: ProjectState,
  sourceProjectId: number,
  source: string,
  targetBranch: string,
  self?: MergeRequestRecord,
): MergeRequestRecord | undefined {
  return target.mergeRequests.find(
    (mr) =>
      mr !== self &&
      mr.state === 'opened' &&
      mr.source_project_id === sourceProjectId &&
      mr.source_branch === source &&
      mr.target_branch === targetBranch,
  )
}

const conflictMessage = (mr: MergeRequestRecord) =>
  `Another open merge request already exists for this source branch: !${mr.iid}`

export function listMergeRequests(ctx: RouteContext): Reply {
  const { params, project } = ctx
  const state = field(params, 'state') ?? 'all'
  if (!['opened', 'closed', 'locked', 'merged', 'all'].includes(state))
    return { status: 400, body: { error: 'state does not have a valid value' } }
  let mrs = project.mergeRequests.filter((mr) => state === 'all' || mr.state === state)
  for (const key of ['source_branch', 'target_branch'] as const) {
    const value = field(params, key)
    if (value) mrs = mrs.filter((mr) => mr[key] === value)
  }
  const key = field(params, 'order_by') === 'updated_at' ? 'updated_at' : 'created_at'
  const direction = field(params, 'sort') === 'asc' ? 1 : -1
  mrs = [...mrs].sort((a, b) => direction * (a[key].localeCompare(b[key]) || a.iid - b.iid))
  const { items, headers } = ctx.page(mrs)
  return { status: 200, headers, body: items.map((mr) => mergeRequestJson(ctx, mr)) }
}

export function createMergeRequest(ctx: RouteContext): Reply {
  const { params, project: source } = ctx
  const missing = ['source_branch', 'target_branch', 'title'].filter((name) => !field(params, name))
  if (missing.length)
    return { status: 400, body: { error: missing.map((n) => `${n} is missing`).join(', ') } }
  const targetRef = field(params, 'target_project_id')
  const target = targetRef === undefined ? source : ctx.findProject(targetRef)
  if (!target) return { status: 404, body: { message: '404 Project Not Found' } }
  const [sourceBranch, targetBranch] = [field(params, 'source_branch')!, field(params, 'target_branch')!]
  if (target === source && sourceBranch === targetBranch)
    return conflict("You can't use same project/branch for source and target")
  const other = conflicting(target, source.project.id, sourceBranch, targetBranch)
  if (other) return conflict(conflictMessage(other))
  const now = ctx.now()
  const labels = field(params, 'labels')
  const mr: MergeRequestRecord = {
    id: ctx.nextId(),
    iid: target.mergeRequests.length + 1,
    project_id: target.project.id,
    source_project_id: source.project.id,
    title: field(params, 'title')!,
    description: field(params, 'description') ?? null,
    state: 'opened',
    source_branch: sourceBranch,
    target_branch: targetBranch,
    author: ctx.actor.username,
    sha: source.branches.get(sourceBranch) ?? null,
    labels: labels ? labels.split(',').map((l) => l.trim()) : [],
    remove_source_branch: bool(params, 'remove_source_branch') ?? null,
    squash: bool(params, 'squash') ?? false,
    created_at: now,
    updated_at: now,
    closed_at: null,
    merged_at: null,
  }
  target.mergeRequests.push(mr)
  return { status: 201, body: mergeRequestJson(ctx, mr) }
}

const EDITABLE = [
  'title',
  'description',
  'target_branch',
  'state_event',
  'labels',
  'remove_source_branch',
  'squash',
]

export function updateMergeRequest(ctx: RouteContext, iid: string): Reply {
  const { params, project } = ctx
  const mr = project.mergeRequests.find((m) => String(m.iid) === iid)
  if (!mr) return { status: 404, body: { message: '404 Merge Request Not Found' } }
  if (!EDITABLE.some((name) => params[name] !== undefined))
    return {
      status: 400,
      body: { error: `${EDITABLE.join(', ')} are missing, at least one parameter must be provided` },
    }
  const event = field(params, 'state_event')
  if (event !== undefined && event !== 'close' && event !== 'reopen')
    return { status: 400, body: { error: 'state_event does not have a valid value' } }
  const targetBranch = field(params, 'target_branch') ?? mr.target_branch
  const reopening = event === 'reopen' && mr.state === 'closed'
  if (reopening || (mr.state === 'opened' && event !== 'close' && targetBranch !== mr.target_branch)) {
    const other = conflicting(project, mr.source_project_id, mr.source_branch, targetBranch, mr)
    if (other) return conflict(conflictMessage(other))
  }
  const now = ctx.now()
  const title = field(params, 'title')
  if (title !== undefined) mr.title = title
  const description = field(params, 'description')
  if (description !== undefined) mr.description = description
  mr.target_branch = targetBranch
  const labels = field(params, 'labels')
  if (labels !== undefined) mr.labels = labels ? labels.split(',').map((l) => l.trim()) : []
  mr.remove_source_branch = bool(params, 'remove_source_branch') ?? mr.remove_source_branch
  mr.squash = bool(params, 'squash') ?? mr.squash
  if (event === 'close' && mr.state === 'opened') [mr.state, mr.closed_at] = ['closed', now]
  if (reopening) [mr.state, mr.closed_at] = ['opened', null]
  mr.updated_at = now
  return { status: 200, body: mergeRequestJson(ctx, mr) }
}

/** Entities::MergeRequest (the fields clients read). */
export function mergeRequestJson(ctx: RouteContext, mr: MergeRequestRecord) {
  const target = ctx.findProject(String(mr.project_id))
  const path = target?.project.path ?? ''
  const author = userJson(ctx.base, mr.author)
  return {
    id: mr.id,
    iid: mr.iid,
    project_id: mr.project_id,
    title: mr.title,
    description: mr.description,
    state: mr.state,
    created_at: mr.created_at,
    updated_at: mr.updated_at,
    merged_by: null,
    merge_user: null,
    merged_at: mr.merged_at,
    closed_by: mr.state === 'closed' ? author : null,
    closed_at: mr.closed_at,
    target_branch: mr.target_branch,
    source_branch: mr.source_branch,
    user_notes_count: 0,
    upvotes: 0,
    downvotes: 0,
    author,
    assignees: [],
    assignee: null,
    reviewers: [],
    source_project_id: mr.source_project_id,
    target_project_id: mr.project_id,
    labels: mr.labels,
    draft: /^(draft:|\[draft\]|\(draft\))/i.test(mr.title),
    work_in_progress: /^(draft:|\[draft\]|\(draft\))/i.test(mr.title),
    milestone: null,
    merge_when_pipeline_succeeds: false,
    merge_status: mr.state === 'opened' ? 'can_be_merged' : 'unchecked',
    detailed_merge_status: mr.state === 'opened' ? 'mergeable' : 'not_open',
    sha: mr.sha,
    merge_commit_sha: null,
    squash_commit_sha: null,
    discussion_locked: null,
    should_remove_source_branch: null,
    force_remove_source_branch: mr.remove_source_branch ?? false,
    prepared_at: mr.created_at,
    reference: `!${mr.iid}`,
    references: { short: `!${mr.iid}`, relative: `!${mr.iid}`, full: `${path}!${mr.iid}` },
    web_url: `${ctx.base}/${path}/-/merge_requests/${mr.iid}`,
    time_stats: {
      time_estimate: 0,
      total_time_spent: 0,
      human_time_estimate: null,
      human_total_time_spent: null,
    },
    squash: mr.squash,
    squash_on_merge: mr.squash,
    task_completion_status: { count: 0, completed_count: 0 },
    has_conflicts: false,
    blocking_discussions_resolved: true,
  }
}
