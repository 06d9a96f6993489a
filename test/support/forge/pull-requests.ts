/** Pagure's pull-request and flag endpoints (pagure/api/fork.py, api_commit_*flag*). */
import { createHash, randomUUID } from 'node:crypto'
import {
  type ApiDeps,
  type RequestData,
  type Target,
  checkPullRequests,
  field,
  getRepo,
  required,
  requestData,
  truthy,
} from './api-request.js'
import { type Reply, type RequestContext, json, timestamp } from './http.js'
import { flagJson, pullRequestJson } from './json.js'
import { ApiError, type Caller, checkTokenProject, requireToken } from './pagure-auth.js'
import { type ForgeState, type ProjectRecord, type PullRequestRecord, fullname } from './state.js'

const FLAG_STATUSES = ['success', 'failure', 'error', 'pending', 'canceled']

const uid32 = () => randomUUID().replace(/-/g, '')

function getRequest(state: ForgeState, project: ProjectRecord, id: number): PullRequestRecord {
  const pr = state.requestsOf(project).find((candidate) => candidate.id === id)
  if (!pr) throw new ApiError(404, 'ENOREQ')
  return pr
}

/** Python's int() on a query value. */
function pyInt(value: string): number | undefined {
  return /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : undefined
}

/** search_pull_requests' status rule: absent = open; 0/false = not open; all = any; else the status, any case. */
function statusFilter(status: string | null): (pr: PullRequestRecord) => boolean {
  if (status === null) return (pr) => pr.status === 'Open'
  const lower = status.toLowerCase()
  if (lower === '0' || lower === 'false') return (pr) => pr.status !== 'Open'
  if (lower === 'all') return () => true
  return (pr) => pr.status.toLowerCase() === lower
}

/** Nobody is ever assigned here: "true"/"1" and names match nothing, "false"/"0" and "!name" everything. */
function assigneeFilter(assignee: string | null): (pr: PullRequestRecord) => boolean {
  if (assignee === null) return () => true
  if (['false', '0'].includes(assignee.toLowerCase())) return () => true
  return () => false
}

export async function listPullRequests(ctx: RequestContext, deps: ApiDeps, target: Target): Promise<Reply> {
  const repo = getRepo(deps.state, target)
  checkPullRequests(repo)
  const args = ctx.url.searchParams
  const author = args.get('author')
  const assignee = args.get('assignee')
  const tags = args
    .getAll('tags')
    .map((tag) => tag.trim())
    .filter(Boolean)
  const wanted = statusFilter(args.get('status'))
  const requests = deps.state
    .requestsOf(repo)
    .filter(wanted)
    .filter((pr) => author === null || pr.user === author)
    .filter(assigneeFilter(assignee))
    // Pull requests carry no tags here, so only negated tags ("!tag") can match.
    .filter(() => tags.every((tag) => tag.startsWith('!')))
    .sort((a, b) => Number(b.dateCreated) - Number(a.dateCreated) || b.id - a.id)

  const page = pyInt(args.get('page') ?? '1')
  if (page === undefined || page < 1) throw new ApiError(400, 'EINVALIDREQ')
  const perPage = pyInt(args.get('per_page') ?? '20')
  if (perPage === undefined || perPage < 1 || perPage > 100) throw new ApiError(400, 'EINVALIDPERPAGEVALUE')

  const start = (page - 1) * perPage
  return json(200, {
    total_requests: requests.length,
    requests: requests.slice(start, start + perPage).map((pr) => pullRequestJson(deps.base, pr)),
    args: {
      status: args.get('status') ?? true,
      assignee,
      author,
      tags,
      page,
      per_page: perPage,
    },
    pagination: pagination(ctx.url, deps.base, page, perPage, requests.length),
  })
}

/** get_pagination_metadata: absolute links that keep the other query arguments (first value of each). */
function pagination(url: URL, base: string, page: number, perPage: number, total: number) {
  const others = new Map<string, string>()
  for (const [key, value] of url.searchParams)
    if (!['page', 'per_page', 'endpoint'].includes(key) && !key.startsWith('_') && !others.has(key))
      others.set(key, value)
  const link = (n: number) => {
    const query = new URLSearchParams([['per_page', String(perPage)], ['page', String(n)], ...others])
    return `${base}${url.pathname}?${query}`
  }
  const pages = Math.ceil(total / perPage)
  return {
    page,
    pages,
    per_page: perPage,
    prev: page > 1 ? link(page - 1) : null,
    next: page < pages ? link(page + 1) : null,
    first: link(1),
    last: link(pages),
  }
}

/** api_pull_request_create, checks in Pagure's order. */
export async function createPullRequest(ctx: RequestContext, deps: ApiDeps, target: Target): Promise<Reply> {
  const { state, repos } = deps
  const caller = requireToken(ctx, state, ['pull_request_create'])
  const repoTo = getRepo(state, target)
  const data = await requestData(ctx)
  const repoFromName = field(data, 'repo_from')
  const repoFrom = repoFromName
    ? getRepo(state, {
        name: repoFromName,
        namespace: field(data, 'repo_from_namespace') || undefined,
        forkUser: field(data, 'repo_from_username') || undefined,
      })
    : repoTo
  checkPullRequests(repoTo)
  checkTokenProject(caller, repoFrom)
  required(data, ['title'])
  for (const name of ['branch_to', 'branch_from'])
    if (!field(data, name))
      throw new ApiError(400, 'EINVALIDREQ', { errors: { [name]: ['This field is required.'] } })
  const branchTo = field(data, 'branch_to') as string
  const branchFrom = field(data, 'branch_from') as string
  if (!state.isCommitter(repoFrom, caller.user)) throw new ApiError(401, 'ENOTHIGHENOUGH')

  if (!(await repos.branches(fullname(repoFrom))).has(branchFrom))
    throw new ApiError(400, 'EINVALIDREQ', { errors: `Branch ${branchFrom} does not exist` })
  const targetBranches = await repos.branches(fullname(repoTo))
  if (targetBranches.size && !targetBranches.has(branchTo))
    throw new ApiError(400, 'EINVALIDREQ', {
      errors: `Branch ${branchTo} could not be found in the target repo`,
    })

  const id = state.nextRequestId(repoTo)
  await repos.updatePullRef(fullname(repoTo), id, fullname(repoFrom), branchFrom)
  const commits = await repos.pullCommits(fullname(repoTo), id, branchTo)
  const now = timestamp()
  const pr: PullRequestRecord = {
    id,
    uid: uid32(),
    project: repoTo,
    repoFrom,
    branch: branchTo,
    branchFrom,
    title: field(data, 'title') as string,
    initialComment: field(data, 'initial_comment')?.trim() || null,
    user: caller.user,
    status: 'Open',
    commitStart: commits.at(-1) ?? null,
    commitStop: commits[0] ?? null,
    dateCreated: now,
    updatedOn: now,
    lastUpdated: now,
    closedAt: null,
    closedBy: null,
    comments: [],
  }
  state.pullRequests.push(pr)
  return json(200, pullRequestJson(deps.base, pr))
}

export function getPullRequest(ctx: RequestContext, deps: ApiDeps, target: Target, id: number): Reply {
  const repo = getRepo(deps.state, target)
  checkPullRequests(repo)
  const pr = getRequest(deps.state, repo, id)
  // Pagure's is_true(): only 1/true/t/y (any case) are true.
  const comments = ctx.url.searchParams.get('comments')
  const withComments = comments === null || ['1', 'true', 't', 'y'].includes(comments.trim().toLowerCase())
  return json(200, pullRequestJson(deps.base, pr, withComments))
}

/** The project, its PR and the caller of a write on an existing pull request. */
function prWrite(
  ctx: RequestContext,
  deps: ApiDeps,
  target: Target,
  id: number,
  acls: string[],
): { caller: Caller; repo: ProjectRecord; pr: PullRequestRecord } {
  const caller = requireToken(ctx, deps.state, acls)
  const repo = getRepo(deps.state, target)
  checkPullRequests(repo)
  checkTokenProject(caller, repo)
  return { caller, repo, pr: getRequest(deps.state, repo, id) }
}

/** Title (required, even unchanged) and description (omitted or empty clears it). */
export async function updatePullRequest(
  ctx: RequestContext,
  deps: ApiDeps,
  target: Target,
  id: number,
): Promise<Reply> {
  const { caller, repo, pr } = prWrite(ctx, deps, target, id, ['pull_request_update'])
  if (!deps.state.isCommitter(repo, caller.user) && pr.user !== caller.user)
    throw new ApiError(403, 'EPRNOTALLOWED')
  const data = await requestData(ctx)
  required(data, ['title'])
  pr.title = (field(data, 'title') as string).trim()
  pr.initialComment = field(data, 'initial_comment')?.trim() ?? ''
  pr.updatedOn = pr.lastUpdated = timestamp()
  return json(200, pullRequestJson(deps.base, pr))
}

export async function commentPullRequest(
  ctx: RequestContext,
  deps: ApiDeps,
  target: Target,
  id: number,
): Promise<Reply> {
  const { caller, pr } = prWrite(ctx, deps, target, id, ['pull_request_comment'])
  const data = await requestData(ctx)
  required(data, ['comment'])
  const line = Number(field(data, 'row'))
  pr.comments.push({
    id: deps.state.commentId(),
    user: caller.user,
    comment: field(data, 'comment') as string,
    commit: field(data, 'commit') || null,
    filename: field(data, 'filename') || null,
    line: Number.isInteger(line) && line > 0 ? line : null,
    tree: field(data, 'tree_id') || null,
    dateCreated: timestamp(),
  })
  pr.lastUpdated = timestamp()
  return json(200, { message: 'Comment added' })
}

/** Close and reopen: committers on the target and the PR's author. */
export function setPullRequestOpen(
  ctx: RequestContext,
  deps: ApiDeps,
  target: Target,
  id: number,
  open: boolean,
): Reply {
  const acls = open ? ['pull_request_close', 'pull_request_update'] : ['pull_request_close']
  const { caller, repo, pr } = prWrite(ctx, deps, target, id, acls)
  if (!deps.state.isCommitter(repo, caller.user) && pr.user !== caller.user)
    throw new ApiError(403, 'ENOPRCLOSE')
  const now = timestamp()
  pr.status = open ? 'Open' : 'Closed'
  pr.closedAt = open ? null : now
  pr.closedBy = open ? null : caller.user
  pr.lastUpdated = now
  return json(200, { message: open ? 'Pull-request reopened!' : 'Pull-request closed!' })
}

/**
 * api_pull_request_merge: committers on the target only (403 ENOPRCLOSE), then the merge
 * task; with `wait` (the default) the answer comes once merged, a conflict is 409 EPRCONFLICTS.
 */
export async function mergePullRequest(
  ctx: RequestContext,
  deps: ApiDeps,
  target: Target,
  id: number,
): Promise<Reply> {
  const { caller, repo, pr } = prWrite(ctx, deps, target, id, ['pull_request_merge'])
  if (!deps.state.isCommitter(repo, caller.user)) throw new ApiError(403, 'ENOPRCLOSE')
  const data = await requestData(ctx)
  const merging = mergeRequest(deps, pr, caller.user)
  if (!truthy(data, 'wait', true)) {
    merging.catch(() => undefined)
    return json(200, { message: 'Merging queued', taskid: uid32() })
  }
  try {
    await merging
  } catch {
    throw new ApiError(409, 'EPRCONFLICTS')
  }
  return json(200, { message: 'Changes merged!' })
}

/**
 * Pagure's merge_pull_request task: the target branch fast-forwarded when possible, else a
 * merge commit; status Merged with closed_at, closed_by and last_updated. Rejects on a
 * conflict or a PR that is not open. The target branch's new head.
 */
export async function mergeRequest(deps: Pick<ApiDeps, 'repos'>, pr: PullRequestRecord, by: string) {
  if (pr.status !== 'Open') throw new Error(`pull request #${pr.id} of ${fullname(pr.project)} is not open`)
  const full = fullname(pr.project)
  await deps.repos.updatePullRef(full, pr.id, fullname(pr.repoFrom), pr.branchFrom)
  const merged = await deps.repos.mergePull(full, pr.id, pr.branch, {
    committer: { name: 'Pagure', email: 'pagure@localhost' },
    message: `Merge #${pr.id} \`${pr.title}\``,
  })
  const now = timestamp()
  Object.assign(pr, { status: 'Merged', closedAt: now, closedBy: by, lastUpdated: now, updatedOn: now })
  return merged
}

export function pullRequestFlags(deps: ApiDeps, target: Target, id: number): Reply {
  const repo = getRepo(deps.state, target)
  checkPullRequests(repo)
  const pr = getRequest(deps.state, repo, id)
  const flags = deps.state.flagsOn(fullname(repo), pr.commitStop)
  return json(200, { flags: flags.map((flag) => flagJson(deps.base, flag)) })
}

export async function flagPullRequest(
  ctx: RequestContext,
  deps: ApiDeps,
  target: Target,
  id: number,
): Promise<Reply> {
  const { caller, repo, pr } = prWrite(ctx, deps, target, id, ['pull_request_flag'])
  const data = await requestData(ctx)
  return addFlag(deps, caller, fullname(repo), pr.commitStop ?? '', data, 'status' in data)
}

async function existingCommit(deps: ApiDeps, repo: ProjectRecord, sha: string): Promise<string> {
  const hash = sha.trim()
  if (!/^[0-9a-f]{4,40}$/i.test(hash) || !(await deps.repos.hasCommit(fullname(repo), hash)))
    throw new ApiError(404, 'ENOCOMMIT')
  return hash
}

export async function commitFlags(deps: ApiDeps, target: Target, sha: string): Promise<Reply> {
  const repo = getRepo(deps.state, target)
  const commit = await existingCommit(deps, repo, sha)
  const flags = deps.state.flagsOn(fullname(repo), commit)
  return json(200, { total_flags: flags.length, flags: flags.map((flag) => flagJson(deps.base, flag)) })
}

export async function flagCommit(
  ctx: RequestContext,
  deps: ApiDeps,
  target: Target,
  sha: string,
): Promise<Reply> {
  const caller = requireToken(ctx, deps.state, ['commit_flag'])
  const repo = getRepo(deps.state, target)
  checkTokenProject(caller, repo)
  const commit = await existingCommit(deps, repo, sha)
  return addFlag(deps, caller, fullname(repo), commit, await requestData(ctx), true)
}

/** AddPullRequestFlagForm(V1) + add_commit_flag: same uid on the same commit updates the flag. */
function addFlag(
  deps: ApiDeps,
  caller: Caller,
  project: string,
  commit: string,
  data: RequestData,
  withStatus: boolean,
): Reply {
  const errors: Record<string, string[]> = {}
  const value = (name: string) => field(data, name)?.trim() ?? ''
  for (const name of ['username', 'comment', 'url', ...(withStatus ? ['status'] : [])])
    if (!value(name)) errors[name] = ['This field is required.']
  if (value('url') && !/^(https?|ftp|git):\/\/\S+$/i.test(value('url'))) errors.url = ['Invalid input.']
  if (value('uid').length > 32) errors.uid = ['Field cannot be longer than 32 characters.']
  if (value('percent') && pyInt(value('percent')) === undefined)
    errors.percent = ['Not a valid integer value.']
  if (withStatus && value('status') && !FLAG_STATUSES.includes(value('status')))
    errors.status = ['Not a valid choice']
  if (Object.keys(errors).length) throw new ApiError(400, 'EINVALIDREQ', { errors })

  const percent = value('percent') ? (pyInt(value('percent')) as number) : null
  // Without a status field the legacy rule applies: no percent = pending, 0 = failure, else success.
  const status = withStatus
    ? value('status')
    : percent === null
      ? 'pending'
      : percent === 0
        ? 'failure'
        : 'success'
  const uid = value('uid') || uid32()
  const now = timestamp()
  const fields = { comment: value('comment'), percent, status, url: value('url') }
  let flag = deps.state.flags.find((f) => f.project === project && f.commit === commit && f.uid === uid)
  const message = flag ? 'Flag updated' : 'Flag added'
  if (flag) Object.assign(flag, fields, { dateUpdated: now })
  else {
    flag = {
      project,
      commit,
      uid,
      username: value('username'),
      user: caller.user,
      ...fields,
      dateCreated: now,
      dateUpdated: now,
    }
    deps.state.flags.push(flag)
  }
  const email = `${caller.user}@example.com`
  const avatar = createHash('sha256').update(email).digest('hex')
  return json(200, {
    flag: flagJson(deps.base, flag, true),
    message,
    uid,
    avatar_url: `https://seccdn.libravatar.org/avatar/${avatar}?s=30&d=retro`,
    user: caller.user,
  })
}
