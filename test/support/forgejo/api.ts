/**
 * Forgejo API v1 routes srcgit uses (reference §3-§4, §10): version probes, the user, repos
 * and forks, pull requests, PR comments (the issue routes) and commit statuses.
 */
import type { ChildProcess } from 'node:child_process'
import type { GitRepos } from '../forge/git-repos.js'
import { type Reply, type RequestContext, json, readBody, text } from '../forge/http.js'
import { type Auth, ForgejoApiError, type Scope, authenticate, requireScope, requireUser } from './auth.js'
import {
  type Json,
  type JsonDeps,
  combinedJson,
  commentJson,
  pullHead,
  pullJson,
  repoJson,
  statusJson,
  userJson,
} from './json.js'
import {
  type ForgejoState,
  type PullRecord,
  type RepoRecord,
  type StatusRecord,
  type TeamRecord,
  fullName,
  rfc3339,
} from './state.js'

export const FORGEJO_VERSION = '12.0.0'
export const GITEA_VERSION = `${FORGEJO_VERSION}+gitea-1.22.0`

export interface ApiDeps extends JsonDeps {
  state: ForgejoState
  repos: GitRepos
  children: Set<ChildProcess>
  /** Creates the fork's repository (record, bare repo, hooks). */
  fork(parent: RepoRecord, user: string, name: string): Promise<RepoRecord>
}

const NOT_FOUND = "The target couldn't be found."

function notFound(message = NOT_FOUND): ForgejoApiError {
  return new ForgejoApiError(404, message, { errors: [] })
}

export async function serveForgejoApi(ctx: RequestContext, deps: ApiDeps): Promise<Reply> {
  let reply: Reply
  try {
    reply = await route(ctx, { ...deps, repos: cachedRepos(deps.repos) })
  } catch (error) {
    if (!(error instanceof ForgejoApiError)) throw error
    reply = error.reply(deps.base)
  }
  // Forgejo's exact media type (recorded traffic, reference §0 OGRT).
  if (reply.headers?.['Content-Type'] === 'application/json')
    reply = { ...reply, headers: { ...reply.headers, 'Content-Type': 'application/json;charset=utf-8' } }
  return reply
}

/**
 * Branch lists and default branches read once per request: a page of PRs names the same two
 * repositories fifty times. Nothing a request does changes them (refs/pull/* are not branches).
 */
function cachedRepos(repos: GitRepos): GitRepos {
  const memo = new Map<string, Promise<unknown>>()
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, load())
    return memo.get(key) as Promise<T>
  }
  const cached = Object.create(repos) as GitRepos
  cached.branches = (name) => once(`branches ${name}`, () => repos.branches(name))
  cached.defaultBranch = (name) => once(`head ${name}`, () => repos.defaultBranch(name))
  return cached
}

async function route(ctx: RequestContext, deps: ApiDeps): Promise<Reply> {
  const { pathname } = ctx.url
  const forgejo = pathname === '/api/forgejo/v1' || pathname.startsWith('/api/forgejo/v1/')
  const v1 = pathname === '/api/v1' || pathname.startsWith('/api/v1/')
  if (!forgejo && !v1) return text(404, '404 page not found\n')
  // The same auth middleware runs on both API roots: a bad token is a 401 even for /version.
  const auth = authenticate(ctx.req, deps.state)
  if (auth.user) ctx.user = auth.user
  const method = ctx.method
  if (forgejo) {
    if (pathname === '/api/forgejo/v1/version' && method === 'GET')
      return json(200, { version: FORGEJO_VERSION })
    if (pathname === '/api/forgejo/v1')
      return { status: 204, headers: { Link: '</assets/forgejo/api.v1.yml>; rel="service-desc"' } }
    throw notFound()
  }
  const rest = pathname.slice('/api/v1'.length)
  if (rest === '/version' && method === 'GET') return json(200, { version: GITEA_VERSION })
  const teamMembers = /^\/teams\/(\d+)\/members$/.exec(rest)
  if (teamMembers && method === 'GET') {
    requireScope(auth, 'organization', method)
    return listTeamMembers(ctx, deps, auth, Number(teamMembers[1]))
  }
  if (rest === '/user' && method === 'GET') {
    requireScope(auth, 'user', method)
    return json(200, userJson(deps, requireUser(auth)))
  }
  const repoRoute = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(rest)
  if (repoRoute) {
    const [, owner, name, sub = ''] = repoRoute
    const category: Scope = sub.startsWith('/issues') ? 'issue' : 'repository'
    requireScope(auth, category, method)
    const ownerName = decodeURIComponent(owner)
    const repo = deps.state.repo(ownerName, decodeURIComponent(name))
    if (!repo) {
      // An unknown owner is Forgejo's GetUserByName 404 (recorded: test_project_not_exists.yaml).
      const known = [...deps.state.users.keys()].some((u) => u.toLowerCase() === ownerName.toLowerCase())
      if (!known)
        throw new ForgejoApiError(404, 'GetUserByName', {
          errors: [`user redirect does not exist [name: ${ownerName}]`],
        })
      throw notFound()
    }
    return repoApi(ctx, deps, auth, repo, sub)
  }
  throw notFound()
}

async function body(ctx: RequestContext): Promise<Json> {
  const raw = (await readBody(ctx.req)).toString('utf8')
  if (!raw.trim()) return {}
  try {
    const parsed = JSON.parse(raw) as unknown
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Json
  } catch {
    // fall through
  }
  throw new ForgejoApiError(422, 'invalid JSON body')
}

async function repoApi(
  ctx: RequestContext,
  deps: ApiDeps,
  auth: Auth,
  repo: RepoRecord,
  sub: string,
): Promise<Reply> {
  const { method } = ctx
  if (sub === '' && method === 'GET') return json(200, await repoJson(deps, repo, auth.user))
  if (sub === '/forks') {
    if (method === 'GET') {
      const forks = deps.state.forksOf(repo)
      return paginated(ctx, deps, forks, (fork) => repoJson(deps, fork, auth.user))
    }
    if (method === 'POST') return createFork(ctx, deps, auth, repo)
  }
  const branch = /^\/branches\/(.+)$/.exec(sub)
  if (branch && method === 'GET') {
    const name = decodeURIComponent(branch[1])
    const sha = (await deps.repos.branches(fullName(repo))).get(name)
    if (!sha) throw notFound('branch does not exist [name: ' + name + ']')
    return json(200, { name, commit: { id: sha }, protected: false })
  }
  if (sub === '/pulls') {
    if (method === 'GET') return listPulls(ctx, deps, auth, repo)
    if (method === 'POST') return createPull(ctx, deps, auth, repo)
  }
  const pull = /^\/pulls\/(\d+)$/.exec(sub)
  if (pull) {
    const pr = deps.state.pullsOf(repo).find((p) => p.number === Number(pull[1]))
    if (!pr) throw notFound()
    if (method === 'GET') return json(200, await pullJson(deps, pr, auth.user))
    if (method === 'PATCH') return editPull(ctx, deps, auth, pr)
  }
  const merge = /^\/pulls\/(\d+)\/merge$/.exec(sub)
  if (merge && method === 'POST') {
    const pr = deps.state.pullsOf(repo).find((p) => p.number === Number(merge[1]))
    if (!pr) throw notFound()
    return mergePullRoute(ctx, deps, auth, pr)
  }
  if (sub === '/collaborators' && method === 'GET') {
    const users = Object.keys(repo.collaborators)
    return paginated(ctx, deps, users, async (user) => userJson(deps, user))
  }
  const permission = /^\/collaborators\/([^/]+)\/permission$/.exec(sub)
  if (permission && method === 'GET')
    return collaboratorPermission(deps, auth, repo, decodeURIComponent(permission[1]))
  if (sub === '/teams' && method === 'GET') {
    if (!repo.org) throw new ForgejoApiError(405, 'repo is not owned by an organization')
    return json(
      200,
      deps.state.teamsOf(repo).map((team) => teamJson(deps, team)),
    )
  }
  const comments = /^\/issues\/(\d+)\/comments$/.exec(sub)
  if (comments) {
    const pr = deps.state.pullsOf(repo).find((p) => p.number === Number(comments[1]))
    if (!pr) throw notFound()
    if (method === 'GET')
      return json(
        200,
        pr.comments.map((c) => commentJson(deps, pr, c)),
      )
    if (method === 'POST') {
      const user = requireUser(auth)
      const { body: text } = await body(ctx)
      if (typeof text !== 'string' || !text) throw new ForgejoApiError(422, '[Body]: Required')
      const now = rfc3339()
      const comment = { id: deps.state.commentId(), user, body: text, createdAt: now, updatedAt: now }
      pr.comments.push(comment)
      pr.updatedAt = now
      return json(201, commentJson(deps, pr, comment))
    }
  }
  const statuses = /^\/(?:statuses\/([^/]*)|commits\/([^/]+)\/statuses)$/.exec(sub)
  if (statuses) {
    const ref = decodeURIComponent(statuses[1] ?? statuses[2])
    if (method === 'POST' && statuses[1] !== undefined) return createStatus(ctx, deps, auth, repo, ref)
    if (method === 'GET') {
      if (!ref) throw new ForgejoApiError(400, 'ref/sha not given')
      const sha = (await resolveRef(deps, repo, ref)) ?? ref
      let rows = deps.state.statusesOf(repo, sha)
      if (ctx.url.searchParams.get('sort') === 'oldest') rows = [...rows].reverse()
      const state = ctx.url.searchParams.get('state')
      if (state) rows = rows.filter((row) => row.state === state)
      return paginated(ctx, deps, rows, async (row) => statusJson(deps, row))
    }
  }
  const combined = /^\/commits\/([^/]+)\/status$/.exec(sub)
  if (combined && method === 'GET') {
    const ref = decodeURIComponent(combined[1])
    const sha = await resolveRef(deps, repo, ref)
    if (!sha) throw notFound(`ref does not exist [name: ${ref}]`)
    return json(200, await combinedJson(deps, repo, sha, deps.state.statusesOf(repo, sha)))
  }
  throw notFound()
}

async function resolveRef(deps: ApiDeps, repo: RepoRecord, ref: string): Promise<string | undefined> {
  return deps.repos.refSha(fullName(repo), ref)
}

/** Forgejo's page/limit (default 30, at most 50) with X-Total-Count and a GitHub-style Link. */
async function paginated<T>(
  ctx: RequestContext,
  deps: ApiDeps,
  items: T[],
  render: (item: T) => Promise<Json>,
): Promise<Reply> {
  const params = ctx.url.searchParams
  const page = Math.max(1, Number.parseInt(params.get('page') ?? '1', 10) || 1)
  let limit = Number.parseInt(params.get('limit') ?? '0', 10) || 0
  if (limit <= 0) limit = 30
  if (limit > 50) limit = 50
  const total = items.length
  const rows = await Promise.all(items.slice((page - 1) * limit, page * limit).map(render))
  const last = Math.max(1, Math.ceil(total / limit))
  const link = (p: number, rel: string) => {
    const url = new URL(ctx.url.pathname + ctx.url.search, deps.base)
    url.searchParams.set('page', String(p))
    url.searchParams.set('limit', String(limit))
    return `<${url.href}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
  const headers: Record<string, string> = {
    'X-Total-Count': String(total),
    'Access-Control-Expose-Headers': 'Link, X-Total-Count',
  }
  if (links.length) headers.Link = links.join(',')
  const reply = json(200, rows)
  return { ...reply, headers: { ...reply.headers, ...headers } }
}

async function createFork(ctx: RequestContext, deps: ApiDeps, auth: Auth, repo: RepoRecord): Promise<Reply> {
  const user = requireUser(auth)
  const options = await body(ctx)
  if (options.organization !== undefined && options.organization !== null && options.organization !== '')
    throw new ForgejoApiError(403, 'forking into an organization is not supported by this test server')
  const name = typeof options.name === 'string' && options.name ? options.name : repo.name
  const existing = deps.state.forkOf(repo, user)
  if (existing)
    throw new ForgejoApiError(
      409,
      `repository is already forked by user [uname: ${user}, repo path: ${fullName(repo)}, fork path: ${fullName(existing)}]`,
    )
  if (deps.state.repo(user, name))
    throw new ForgejoApiError(409, `repository already exists [uname: ${user}, name: ${name}]`)
  const fork = await deps.fork(repo, user, name)
  return json(202, await repoJson(deps, fork, user))
}

async function listPulls(ctx: RequestContext, deps: ApiDeps, auth: Auth, repo: RepoRecord): Promise<Reply> {
  const params = ctx.url.searchParams
  const state = params.get('state')
  const poster = params.get('poster')
  if (poster && !deps.state.users.has(poster))
    throw new ForgejoApiError(400, `user does not exist [uid: 0, name: ${poster}]`)
  // Only exactly open or closed filter; anything else (or nothing) lists every PR.
  const pulls = deps.state
    .pullsOf(repo)
    .filter((pr) => (state === 'open' || state === 'closed' ? pr.state === state : true))
    .filter((pr) => !poster || pr.user === poster)
    .sort((a, b) => b.number - a.number)
  return paginated(ctx, deps, pulls, (pr) => pullJson(deps, pr, auth.user))
}

function duplicateOf(
  deps: ApiDeps,
  pr: Pick<PullRecord, 'base' | 'head' | 'headBranch' | 'baseBranch'>,
  except?: PullRecord,
) {
  return deps.state.pulls.find(
    (other) =>
      other !== except &&
      other.state === 'open' &&
      other.base === pr.base &&
      other.head === pr.head &&
      other.headBranch === pr.headBranch &&
      other.baseBranch === pr.baseBranch,
  )
}

function duplicateError(existing: PullRecord): ForgejoApiError {
  return new ForgejoApiError(
    409,
    `pull request already exists for these targets [id: ${existing.id}, issue_id: ${existing.number}, ` +
      `head_repo_id: ${existing.head.id}, base_repo_id: ${existing.base.id}, head_branch: ${existing.headBranch}, ` +
      `base_branch: ${existing.baseBranch}]`,
  )
}

async function createPull(ctx: RequestContext, deps: ApiDeps, auth: Auth, base: RepoRecord): Promise<Reply> {
  const user = requireUser(auth)
  const form = await body(ctx)
  if (typeof form.title !== 'string' || !form.title) throw new ForgejoApiError(422, '[Title]: Required')
  if (typeof form.base !== 'string' || typeof form.head !== 'string' || !form.base || !form.head)
    throw new ForgejoApiError(422, '[Base]: Required; [Head]: Required')
  const baseBranch = form.base
  const colon = form.head.indexOf(':')
  const headUser = colon < 0 ? base.owner : form.head.slice(0, colon)
  const headBranch = colon < 0 ? form.head : form.head.slice(colon + 1)
  if (!deps.state.users.has(headUser) && !deps.state.orgs.has(headUser)) throw notFound('GetUserByName')
  const head = headUser === base.owner ? base : deps.state.forkOf(base, headUser)
  if (!head) throw notFound('GetForkedRepo')
  const baseBranches = await deps.repos.branches(fullName(base))
  if (!baseBranches.has(baseBranch)) throw notFound('BaseNotExist')
  if (!(await deps.repos.branches(fullName(head))).has(headBranch)) throw notFound('IsRefExist')
  if (head === base && headBranch === baseBranch)
    throw new ForgejoApiError(422, 'Invalid PullRequest: There are no changes between the head and the base')
  const existing = duplicateOf(deps, { base, head, headBranch, baseBranch })
  if (existing) throw duplicateError(existing)
  const now = rfc3339()
  const pr: PullRecord = {
    id: deps.state.pullId(),
    number: deps.state.nextIndex(base),
    base,
    head,
    headBranch,
    baseBranch,
    title: form.title,
    body: typeof form.body === 'string' ? form.body : '',
    user,
    state: 'open',
    merged: false,
    mergedAt: null,
    mergedBy: null,
    mergeCommitSha: null,
    allowMaintainerEdit: false,
    createdAt: now,
    updatedAt: now,
    closedAt: null,
    comments: [],
  }
  deps.state.pulls.push(pr)
  await deps.repos.updatePullRef(fullName(base), pr.number, fullName(head), headBranch)
  return json(201, await pullJson(deps, pr, user))
}

async function editPull(ctx: RequestContext, deps: ApiDeps, auth: Auth, pr: PullRecord): Promise<Reply> {
  const user = requireUser(auth)
  const form = await body(ctx)
  // Not the poster and no write access: 403 with an empty body.
  if (pr.user !== user && !deps.state.canWrite(pr.base, user)) throw new ForgejoApiError(403)
  const now = rfc3339()
  if (typeof form.title === 'string' && form.title) pr.title = form.title
  if (typeof form.body === 'string') pr.body = form.body
  if (form.state === 'open' || form.state === 'closed') {
    if (form.state !== pr.state) {
      if (pr.merged)
        throw new ForgejoApiError(412, 'cannot change state of this pull request, it was already merged')
      if (form.state === 'open') {
        const existing = duplicateOf(deps, pr, pr)
        if (existing) throw duplicateError(existing)
        pr.closedAt = null
      } else pr.closedAt = now
      pr.state = form.state
    }
  }
  if (typeof form.allow_maintainer_edit === 'boolean') {
    if (pr.user !== user) throw new ForgejoApiError(403)
    pr.allowMaintainerEdit = form.allow_maintainer_edit
  }
  pr.updatedAt = now
  return json(201, await pullJson(deps, pr, user))
}

/**
 * MergePullRequestForm: `Do` one of the merge styles; the PR checks in Forgejo's order (closed
 * 404, merged 405, not allowed 405 "User not allowed to merge PR"), then the merge (a conflict
 * is 409). Success is 200 with an empty body.
 */
async function mergePullRoute(
  ctx: RequestContext,
  deps: ApiDeps,
  auth: Auth,
  pr: PullRecord,
): Promise<Reply> {
  const user = requireUser(auth)
  const form = await body(ctx)
  if (!MERGE_STYLES.includes(String(form.Do)))
    throw new ForgejoApiError(422, '[Do]: Required', { errors: [] })
  if (pr.merged) throw new ForgejoApiError(405, '')
  if (pr.state !== 'open') throw notFound()
  if (!deps.state.canWrite(pr.base, user)) throw new ForgejoApiError(405, 'User not allowed to merge PR')
  try {
    await mergePull(deps, pr, user)
  } catch {
    throw new ForgejoApiError(409, 'merge failed because of conflict')
  }
  return { status: 200, body: '' }
}

const MERGE_STYLES = ['merge', 'rebase', 'rebase-merge', 'squash', 'fast-forward-only', 'manually-merged']

/**
 * Merges an open PR as Forgejo's merge button does (fast-forward when possible, else a merge
 * commit on the base branch); rejects on a conflict. The base branch's new head.
 */
export async function mergePull(deps: Pick<ApiDeps, 'repos'>, pr: PullRecord, by: string): Promise<string> {
  if (pr.state !== 'open') throw new Error(`pull request #${pr.number} of ${fullName(pr.base)} is not open`)
  const full = fullName(pr.base)
  await deps.repos.updatePullRef(full, pr.number, fullName(pr.head), pr.headBranch)
  const merged = await deps.repos.mergePull(full, pr.number, pr.baseBranch, {
    committer: { name: 'Forgejo', email: 'forgejo@localhost' },
    message: `Merge pull request '${pr.title}' (#${pr.number}) from ${pr.headBranch} into ${pr.baseBranch}`,
  })
  const now = rfc3339()
  Object.assign(pr, {
    state: 'closed',
    merged: true,
    mergedAt: now,
    mergedBy: by,
    mergeCommitSha: merged,
    closedAt: now,
    updatedAt: now,
  })
  return merged
}

/**
 * GetRepoPermissions: a user's own permission, or anyone's for a repo admin; everyone else
 * gets 403.
 */
function collaboratorPermission(deps: ApiDeps, auth: Auth, repo: RepoRecord, name: string): Reply {
  const doer = requireUser(auth)
  const admin = ['admin', 'owner'].includes(deps.state.permission(repo, doer))
  if (doer !== name && !admin)
    throw new ForgejoApiError(
      403,
      'Only admins can query all permissions, repo admins can query all repo permissions, collaborators can query only their own',
    )
  if (!deps.state.users.has(name))
    throw new ForgejoApiError(404, 'GetUserByName', {
      errors: [`user redirect does not exist [name: ${name}]`],
    })
  const permission = deps.state.permission(repo, name)
  return json(200, { permission, role_name: permission, user: userJson(deps, name) })
}

/** GetTeamMembers behind reqTeamMembership: team members and org owners; other org members 403, outsiders 404. */
async function listTeamMembers(ctx: RequestContext, deps: ApiDeps, auth: Auth, id: number): Promise<Reply> {
  const doer = requireUser(auth)
  const team = deps.state.teams.find((t) => t.id === id)
  if (!team) throw notFound()
  const orgTeams = deps.state.teams.filter((t) => t.org === team.org)
  const owner = orgTeams.some((t) => t.permission === 'owner' && t.members.includes(doer))
  if (!owner && !team.members.includes(doer)) {
    if (orgTeams.some((t) => t.members.includes(doer)))
      throw new ForgejoApiError(403, 'Must be a team member')
    throw notFound()
  }
  return paginated(ctx, deps, team.members, async (user) => userJson(deps, user))
}

function teamJson(deps: ApiDeps, team: TeamRecord): Json {
  return {
    id: team.id,
    name: team.name,
    description: '',
    organization: userJson(deps, team.org),
    includes_all_repositories: team.includesAll,
    permission: team.permission,
    units: ['repo.code', 'repo.issues', 'repo.pulls', 'repo.releases', 'repo.wiki'],
    can_create_org_repo: false,
  }
}

const STATES = new Set(['pending', 'success', 'error', 'failure', 'warning'])

async function createStatus(
  ctx: RequestContext,
  deps: ApiDeps,
  auth: Auth,
  repo: RepoRecord,
  sha: string,
): Promise<Reply> {
  const user = requireUser(auth)
  if (!deps.state.canWrite(repo, user))
    throw new ForgejoApiError(403, 'user should have a permission to write to a repo')
  const form = await body(ctx)
  const status = addStatusRecord(deps, repo, sha, {
    state: form.state,
    context: form.context,
    description: form.description,
    target_url: form.target_url,
    creator: user,
  })
  return json(201, statusJson(deps, await status))
}

export interface NewStatus {
  state: unknown
  context?: unknown
  description?: unknown
  target_url?: unknown
  creator: string
}

/** Appends a status row; 500 (message blanked, as for non-admins) when the sha is not in the repo. */
export async function addStatusRecord(
  deps: JsonDeps,
  repo: RepoRecord,
  sha: string,
  fields: NewStatus,
): Promise<StatusRecord> {
  if (typeof fields.state !== 'string' || !STATES.has(fields.state))
    throw new ForgejoApiError(422, `[State]: invalid commit status state ${String(fields.state)}`)
  if (!/^[0-9a-f]{40}$/.test(sha) || !(await deps.repos.hasCommit(fullName(repo), sha)))
    throw new ForgejoApiError(500, '')
  const now = rfc3339()
  const row: StatusRecord = {
    id: deps.state.statusId(),
    repo,
    sha,
    state: fields.state as StatusRecord['state'],
    context: typeof fields.context === 'string' && fields.context ? fields.context : 'default',
    description: typeof fields.description === 'string' ? fields.description : '',
    targetUrl: typeof fields.target_url === 'string' ? fields.target_url : '',
    creator: fields.creator,
    createdAt: now,
    updatedAt: now,
  }
  deps.state.statuses.push(row)
  return row
}

export { pullHead }
