/**
 * Pagure API v0 (/api/0): routing plus the instance and project endpoints. Authentication
 * runs before the project lookup, as Pagure's api_login_required decorator does.
 */
import { randomUUID } from 'node:crypto'
import { type ApiDeps, type Target, field, getRepo, required, requestData, truthy } from './api-request.js'
import { type Reply, type RequestContext, json } from './http.js'
import { groupJson, projectJson } from './json.js'
import { ApiError, errorCodes, invalidTokenText, optionalToken, requireToken } from './pagure-auth.js'
import {
  commentPullRequest,
  commitFlags,
  createPullRequest,
  flagCommit,
  flagPullRequest,
  getPullRequest,
  listPullRequests,
  mergePullRequest,
  pullRequestFlags,
  setPullRequestOpen,
  updatePullRequest,
} from './pull-requests.js'
import { type TaskRecord, fullname } from './state.js'

export const API_VERSION = '0.31'

export interface PagureDeps extends ApiDeps {
  /** GIT_URL_SSH: the ssh base URL, '{username}' filled in for authenticated callers. */
  sshBase: string
}

type Handler = (
  ctx: RequestContext,
  deps: PagureDeps,
  target: Target,
  params: string[],
) => Promise<Reply> | Reply

/** Project routes after /<ns>/<repo> or /fork/<user>/<ns>/<repo>: '*' is any segment, '#' an integer. */
const PROJECT_ROUTES: { method: string; path: string[]; handler: Handler }[] = [
  {
    method: 'GET',
    path: [],
    handler: (_ctx, deps, target) => json(200, projectJson(deps.base, getRepo(deps.state, target))),
  },
  { method: 'GET', path: ['git', 'urls'], handler: gitUrls },
  { method: 'GET', path: ['git', 'branches'], handler: gitBranches },
  { method: 'GET', path: ['pull-requests'], handler: listPullRequests },
  { method: 'POST', path: ['pull-request', 'new'], handler: createPullRequest },
  {
    method: 'GET',
    path: ['pull-request', '#'],
    handler: (c, d, t, p) => getPullRequest(c, d, t, Number(p[0])),
  },
  {
    method: 'POST',
    path: ['pull-request', '#'],
    handler: (c, d, t, p) => updatePullRequest(c, d, t, Number(p[0])),
  },
  {
    method: 'POST',
    path: ['pull-request', '#', 'comment'],
    handler: (c, d, t, p) => commentPullRequest(c, d, t, Number(p[0])),
  },
  {
    method: 'POST',
    path: ['pull-request', '#', 'close'],
    handler: (c, d, t, p) => setPullRequestOpen(c, d, t, Number(p[0]), false),
  },
  {
    method: 'POST',
    path: ['pull-request', '#', 'reopen'],
    handler: (c, d, t, p) => setPullRequestOpen(c, d, t, Number(p[0]), true),
  },
  {
    method: 'POST',
    path: ['pull-request', '#', 'merge'],
    handler: (c, d, t, p) => mergePullRequest(c, d, t, Number(p[0])),
  },
  {
    method: 'GET',
    path: ['pull-request', '#', 'flag'],
    handler: (_c, d, t, p) => pullRequestFlags(d, t, Number(p[0])),
  },
  {
    method: 'POST',
    path: ['pull-request', '#', 'flag'],
    handler: (c, d, t, p) => flagPullRequest(c, d, t, Number(p[0])),
  },
  { method: 'GET', path: ['c', '*', 'flag'], handler: (_c, d, t, p) => commitFlags(d, t, p[0]) },
  { method: 'POST', path: ['c', '*', 'flag'], handler: (c, d, t, p) => flagCommit(c, d, t, p[0]) },
]

/** Matches `segments` against a route path; the captured params, or undefined. */
function match(path: string[], segments: string[]): string[] | undefined {
  if (path.length !== segments.length) return undefined
  const params: string[] = []
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '*' || (path[i] === '#' && /^\d+$/.test(segments[i]))) params.push(segments[i])
    else if (path[i] !== segments[i]) return undefined
  }
  return params
}

/** No such route (Flask's 404/405), in Pagure's error shape. */
function noRoute(methodMismatch: boolean): Reply {
  return methodMismatch
    ? json(405, { error: 'Method Not Allowed', error_code: 'EMETHODNOTALLOWED' })
    : json(404, { error: 'Not Found', error_code: 'ENOTFOUND' })
}

export async function serveApi(ctx: RequestContext, deps: PagureDeps): Promise<Reply> {
  try {
    return await route(ctx, deps)
  } catch (error) {
    if (error instanceof ApiError) return json(error.status, error.body(deps.base))
    throw error
  }
}

async function route(ctx: RequestContext, deps: PagureDeps): Promise<Reply> {
  const path = ctx.url.pathname.slice('/api/0/'.length)
  const segments = path.split('/')
  // Flask answers HEAD with the GET view.
  const method = ctx.method === 'HEAD' ? 'GET' : ctx.method

  const global: Record<string, Record<string, () => Promise<Reply> | Reply>> = {
    '-/version': { GET: () => json(200, { version: API_VERSION }) },
    '-/error_codes': { GET: () => json(200, errorCodes(deps.base)) },
    '-/whoami': { POST: () => whoami(ctx, deps) },
    fork: { POST: () => fork(ctx, deps) },
    'fork/': { POST: () => fork(ctx, deps) },
  }
  if (Object.hasOwn(global, path)) return global[path][method]?.() ?? noRoute(true)
  const task = match(['task', '*', 'status'], segments)
  if (task) return method === 'GET' ? taskStatus(deps, task[0]) : noRoute(true)
  const group = match(['group', '*'], segments)
  if (group) return method === 'GET' ? viewGroup(ctx, deps, decodeURIComponent(group[0])) : noRoute(true)

  if (segments.some((segment) => segment === '')) return noRoute(false)
  const isFork = segments[0] === 'fork' && segments.length >= 4
  const target: Target = isFork
    ? { forkUser: segments[1], namespace: segments[2], name: segments[3] }
    : { namespace: segments[0], name: segments[1] ?? '' }
  const rest = segments.slice(isFork ? 4 : 2)
  if (!target.name) return noRoute(false)
  let methodMismatch = false
  for (const candidate of PROJECT_ROUTES) {
    const params = match(candidate.path, rest)
    if (!params) continue
    if (candidate.method === method) return candidate.handler(ctx, deps, target, params)
    methodMismatch = true
  }
  return noRoute(methodMismatch)
}

function whoami(ctx: RequestContext, deps: PagureDeps): Reply {
  const caller = optionalToken(ctx, deps.state)
  if (!caller) return json(401, { error: invalidTokenText(deps.base), error_code: 'EINVALIDTOK' })
  return json(200, { username: caller.user })
}

/** api_fork_project: waits unless `wait` is falsy (only JSON false/0/"" are); duplicates are 400 ENOCODE. */
async function fork(ctx: RequestContext, deps: PagureDeps): Promise<Reply> {
  const caller = requireToken(ctx, deps.state, ['fork_project'])
  const data = await requestData(ctx)
  required(data, ['repo'])
  const parent = getRepo(deps.state, {
    name: field(data, 'repo') as string,
    namespace: field(data, 'namespace')?.trim() || undefined,
    forkUser: field(data, 'username') || undefined,
  })
  const done = deps.projects.fork(parent, caller.user)
  const taskId = randomUUID()
  const task: TaskRecord = { state: 'PENDING' }
  deps.state.tasks.set(taskId, task)
  const finished = done.then(
    () => void (task.state = 'SUCCESS'),
    (error: unknown) => {
      task.state = 'FAILURE'
      throw error
    },
  )
  if (!truthy(data, 'wait', true)) {
    finished.catch(() => undefined)
    return json(200, { message: 'Project forking queued', taskid: taskId })
  }
  await finished
  return json(200, { message: `Repo "${fullname(parent)}" cloned to "${caller.user}/${fullname(parent)}"` })
}

/** api_view_group (login optional): members by name; `projects` is not served here. */
function viewGroup(ctx: RequestContext, deps: PagureDeps, name: string): Reply {
  const caller = optionalToken(ctx, deps.state)
  const group = deps.state.groups.get(name)
  if (!group) throw new ApiError(404, 'ENOGROUP')
  return json(200, groupJson(deps.base, group, caller !== undefined))
}

/** GET /api/0/task/<id>/status; an unknown id is PENDING, as Celery reports it. */
function taskStatus(deps: PagureDeps, taskId: string): Reply {
  const task = deps.state.tasks.get(taskId)
  if (!task || task.state === 'PENDING') return json(200, { ready: false, status: 'PENDING' })
  return json(200, { ready: true, status: task.state, successful: task.state === 'SUCCESS' })
}

/** api_project_git_urls (login optional): {username} is filled only for an authenticated caller. */
function gitUrls(ctx: RequestContext, deps: PagureDeps, target: Target): Reply {
  const caller = optionalToken(ctx, deps.state)
  const repo = getRepo(deps.state, target)
  const ssh = caller ? deps.sshBase.replace('{username}', caller.user) : deps.sshBase
  const urls = { ssh: `${ssh}${fullname(repo)}.git`, git: `${deps.base}/${fullname(repo)}.git` }
  return json(200, { total_urls: Object.keys(urls).length, urls })
}

/** api_git_branches: names (or name -> sha with with_commits) and the default branch. */
async function gitBranches(ctx: RequestContext, deps: PagureDeps, target: Target): Promise<Reply> {
  const repo = getRepo(deps.state, target)
  const withCommits = ['1', 'true', 't', 'y'].includes(
    (ctx.url.searchParams.get('with_commits') ?? '').trim().toLowerCase(),
  )
  const branches = await deps.repos.branches(fullname(repo))
  const head = await deps.repos.defaultBranch(fullname(repo))
  const defaultBranch = head && branches.has(head) ? head : null
  return json(200, {
    total_branches: branches.size,
    branches: withCommits ? Object.fromEntries(branches) : [...branches.keys()],
    default: withCommits && defaultBranch ? { [defaultBranch]: branches.get(defaultBranch) } : defaultBranch,
  })
}
