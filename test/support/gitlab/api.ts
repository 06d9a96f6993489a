/**
 * A tiny stand-in for GitLab's REST API on 127.0.0.1, for srcgit's GitLab code, answering with
 * GitLab's JSON shapes, status codes and error bodies, with a request log:
 * - GET /api/v4/projects/:id/releases/:tag_name (`{"message":"404 Not Found"}` for a missing
 *   release, `404 Project Not Found` for a project the caller cannot see);
 * - commit statuses (statuses.ts), merge requests (merge-requests.ts) and their notes (notes.ts).
 * `:id` is the numeric id or the URL-encoded path. Auth as GitLab does it: `JOB-TOKEN`,
 * `PRIVATE-TOKEN` or `Authorization: Bearer`; an unknown token is `401 Unauthorized`. Access
 * tokens carry a role and scopes; job tokens are refused (401) on the statuses, merge request
 * and note routes, which do not allow them.
 */
import http, { type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  createMergeRequest,
  listMergeRequests,
  updateMergeRequest,
  type MergeRequestRecord,
} from './merge-requests.js'
import { addNote, createNote, listNotes, notesOf, type NoteRecord } from './notes.js'
import { listStatuses, postStatus, type GitLabStatusRecord } from './statuses.js'

export type { GitLabStatusRecord } from './statuses.js'
export type { MergeRequestRecord } from './merge-requests.js'
export type { NoteRecord } from './notes.js'

export interface FakeRelease {
  tag_name: string
  description: string | null
  name?: string
}

export interface FakeCommit {
  sha: string
  /** Branches containing it (where a status without `ref` goes). */
  branches?: string[]
}

export interface FakeProject {
  id: number
  /** group/name */
  path: string
  /** Private projects are visible only with a valid token. */
  visibility?: 'public' | 'private'
  releases?: FakeRelease[]
  /** Branch name -> head sha; each head is a known commit on its branch. */
  branches?: Record<string, string>
  /** More commits GitLab knows; statuses for any other sha are 404 Commit Not Found. */
  commits?: FakeCommit[]
  /** Statuses on these refs need the Maintainer role. */
  protectedBranches?: string[]
}

export type GitLabRole = 'guest' | 'reporter' | 'developer' | 'maintainer' | 'owner'
export type GitLabScope = 'api' | 'read_api' | 'read_repository' | 'write_repository'

/** A personal, project or group access token. */
export interface FakeAccessToken {
  token: string
  /** The bot or user behind it (status author, merge request author, the log's `user`). */
  username: string
  role: GitLabRole
  scopes: GitLabScope[]
  /** Projects (id or path) it is a member of; default all. Elsewhere it is an outsider. */
  projects?: (number | string)[]
}

export interface GitLabRequest {
  method: string
  /** The path as sent (still percent-encoded). */
  path: string
  /** Which credential came with it: 'job-token', 'private-token' or 'none' (never the value). */
  auth: 'job-token' | 'private-token' | 'none'
  /** The access token's username (accessTokens only). */
  user?: string
  /** The parameters of a write (query and body), if any. */
  body?: Record<string, unknown>
}

export interface FakeGitLab {
  /** CI_SERVER_URL */
  url: string
  /** CI_API_V4_URL */
  apiUrl: string
  log: GitLabRequest[]
  /** The next `times` requests answer this status with GitLab's error body (or `message`). */
  fail(status: number, times?: number, message?: string): void
  /** Every commit status of a project, oldest first (retried ones included). */
  statuses(project: number | string): GitLabStatusRecord[]
  mergeRequests(project: number | string): MergeRequestRecord[]
  /** The notes of a merge request, oldest first. */
  notes(project: number | string, iid: number): NoteRecord[]
  /** A note made outside the API (a person, an earlier run, or GitLab's own with system). */
  addNote(
    project: number | string,
    iid: number,
    body: string,
    opts?: { author?: string; system?: boolean },
  ): NoteRecord
  /** Points a branch at a sha (a push); the commit becomes known on that branch. */
  setBranch(project: number | string, branch: string, sha: string): void
  stop(): Promise<void>
}

export interface FakeGitLabOptions {
  projects: FakeProject[]
  /** Valid CI_JOB_TOKEN values. */
  jobTokens?: string[]
  /** Valid access tokens (PRIVATE-TOKEN) with full access: Maintainer with the api scope. */
  tokens?: string[]
  /** Access tokens with a role and scopes. */
  accessTokens?: FakeAccessToken[]
}

/** What the fake knows about a project beyond the declaration. */
export interface ProjectState {
  project: FakeProject
  branches: Map<string, string>
  /** sha -> branches containing it. */
  commits: Map<string, Set<string>>
  protectedBranches: Set<string>
  statuses: GitLabStatusRecord[]
  mergeRequests: MergeRequestRecord[]
  notes: NoteRecord[]
}

export interface Actor {
  kind: 'job' | 'token' | 'anonymous'
  username: string
  /** Role in the project of the request; undefined for outsiders. */
  role?: GitLabRole
  scopes: GitLabScope[]
  /** For the log: set for accessTokens only. */
  logUser?: string
  /** Projects it is a member of (id or path); undefined: all. */
  memberOf?: (number | string)[]
}

export interface Reply {
  status: number
  body: unknown
  headers?: Record<string, string>
}

/** What statuses.ts and merge-requests.ts handlers work with. */
export interface RouteContext {
  base: string
  url: URL
  /** Query and body parameters, as Grape merges them. */
  params: Record<string, unknown>
  actor: Actor
  project: ProjectState
  findProject(ref: string): ProjectState | undefined
  atLeast(role: GitLabRole): boolean
  now(): string
  nextId(): number
  /** One page as GitLab's offset pagination serves it, with its headers. */
  page<T>(items: T[]): { items: T[]; headers: Record<string, string> }
}

const REASONS: Record<number, string> = {
  401: '401 Unauthorized',
  403: '403 Forbidden',
  409: '409 Conflict',
  429: 'Retry later',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Unavailable',
}

const ROLES: GitLabRole[] = ['guest', 'reporter', 'developer', 'maintainer', 'owner']

/** The routes beyond releases: who may call them and with what. */
interface Route {
  method: string
  pattern: RegExp
  /** Writes need the api scope; reads api or read_api. */
  write: boolean
  /** The least role (private projects always need at least Reporter to read). */
  role: GitLabRole
  /** Anonymous callers get 401 (GitLab's `authenticate!`); otherwise public projects are readable. */
  authenticate: boolean
  handle(ctx: RouteContext, match: string[]): Reply
}

const ROUTES: Route[] = [
  {
    method: 'POST',
    pattern: /^\/api\/v4\/projects\/([^/]+)\/statuses\/([^/]+)$/,
    write: true,
    role: 'developer',
    authenticate: true,
    handle: (ctx, m) => postStatus(ctx, m[2]),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v4\/projects\/([^/]+)\/repository\/commits\/([^/]+)\/statuses$/,
    write: false,
    role: 'reporter',
    authenticate: true,
    handle: (ctx, m) => listStatuses(ctx, m[2]),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v4\/projects\/([^/]+)\/merge_requests$/,
    write: false,
    role: 'reporter',
    authenticate: false,
    handle: (ctx) => listMergeRequests(ctx),
  },
  {
    method: 'POST',
    pattern: /^\/api\/v4\/projects\/([^/]+)\/merge_requests$/,
    write: true,
    role: 'developer',
    authenticate: true,
    handle: (ctx) => createMergeRequest(ctx),
  },
  {
    method: 'PUT',
    pattern: /^\/api\/v4\/projects\/([^/]+)\/merge_requests\/([^/]+)$/,
    write: true,
    role: 'developer',
    authenticate: true,
    handle: (ctx, m) => updateMergeRequest(ctx, m[2]),
  },
  {
    method: 'GET',
    pattern: /^\/api\/v4\/projects\/([^/]+)\/merge_requests\/([^/]+)\/notes$/,
    write: false,
    role: 'reporter',
    // The notes API authenticates every request, public projects too.
    authenticate: true,
    handle: (ctx, m) => listNotes(ctx, m[2]),
  },
  {
    method: 'POST',
    pattern: /^\/api\/v4\/projects\/([^/]+)\/merge_requests\/([^/]+)\/notes$/,
    write: true,
    role: 'reporter',
    authenticate: true,
    handle: (ctx, m) => createNote(ctx, m[2]),
  },
]

/** Timestamps as GitLab prints them, from a fixed start, one second per event. */
function clock(): () => string {
  let seconds = 0
  return () => new Date(Date.UTC(2026, 10, 20, 10, 0, 0) + 1000 * seconds++).toISOString()
}

async function readParams(req: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const params: Record<string, unknown> = Object.fromEntries(url.searchParams)
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks)
  if (!body.length) return params
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase()
  if (type === 'application/json') {
    const value: unknown = JSON.parse(body.toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) Object.assign(params, value)
  } else {
    const form = await new Response(body, { headers: { 'Content-Type': req.headers['content-type'] ?? '' } })
      .formData()
      .catch(() => undefined)
    for (const [key, value] of form?.entries() ?? []) if (typeof value === 'string') params[key] = value
  }
  return params
}

function paginate<T>(items: T[], url: URL, base: string): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page')) || 20, 1), 100)
  const current = Math.max(Number(url.searchParams.get('page')) || 1, 1)
  const totalPages = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (n: number, rel: string) => {
    const target = new URL(url.pathname + url.search, base)
    target.searchParams.set('page', String(n))
    target.searchParams.set('per_page', String(perPage))
    return `<${target.href}>; rel="${rel}"`
  }
  const links = [
    ...(current > 1 ? [link(current - 1, 'prev')] : []),
    ...(current < totalPages ? [link(current + 1, 'next')] : []),
    link(1, 'first'),
    link(totalPages, 'last'),
  ]
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    headers: {
      'X-Page': String(current),
      'X-Per-Page': String(perPage),
      'X-Total': String(items.length),
      'X-Total-Pages': String(totalPages),
      'X-Next-Page': current < totalPages ? String(current + 1) : '',
      'X-Prev-Page': current > 1 ? String(current - 1) : '',
      Link: links.join(', '),
    },
  }
}

export async function startFakeGitLab(opts: FakeGitLabOptions): Promise<FakeGitLab> {
  const log: GitLabRequest[] = []
  const failures: { status: number; message?: string }[] = []
  const now = clock()
  let lastId = 100
  const nextId = () => ++lastId
  const projects: ProjectState[] = opts.projects.map((project) => {
    const branches = new Map(Object.entries(project.branches ?? {}))
    const commits = new Map<string, Set<string>>()
    for (const c of project.commits ?? []) commits.set(c.sha, new Set(c.branches ?? []))
    for (const [branch, sha] of branches) commits.set(sha, (commits.get(sha) ?? new Set()).add(branch))
    return {
      project,
      branches,
      commits,
      protectedBranches: new Set(project.protectedBranches ?? []),
      statuses: [],
      mergeRequests: [],
      notes: [],
    }
  })
  // Segments are matched decoded, as Rails routes them: `group%2Fname`, `release%2F1.0`.
  const findProject = (ref: string) =>
    projects.find((p) => String(p.project.id) === ref || p.project.path === ref)
  const stateOf = (ref: number | string): ProjectState => {
    const found = findProject(String(ref))
    if (!found) throw new Error(`the fake GitLab has no project ${ref}`)
    return found
  }

  function actorFor(jobToken?: string, privateToken?: string): Actor | undefined {
    if (jobToken !== undefined)
      return (opts.jobTokens ?? []).includes(jobToken)
        ? { kind: 'job', username: 'gitlab-ci-token', role: 'developer', scopes: [] }
        : undefined
    if (privateToken === undefined) return { kind: 'anonymous', username: '', scopes: [] }
    if ((opts.tokens ?? []).includes(privateToken))
      return { kind: 'token', username: 'project_bot', role: 'maintainer', scopes: ['api'] }
    const token = (opts.accessTokens ?? []).find((t) => t.token === privateToken)
    if (!token) return undefined
    return {
      kind: 'token',
      username: token.username,
      role: token.role,
      scopes: token.scopes,
      logUser: token.username,
      memberOf: token.projects,
    }
  }

  /** The actor's role in this project (outsiders have none). */
  function roleIn(actor: Actor, state: ProjectState): GitLabRole | undefined {
    if (actor.kind !== 'token') return undefined
    const member =
      !actor.memberOf || actor.memberOf.some((p) => p === state.project.id || p === state.project.path)
    return member ? actor.role : undefined
  }

  /** GitLab's answer when the actor may not use this route on this project, else undefined. */
  function refuse(route: Route, actor: Actor, state: ProjectState | undefined): Reply | undefined {
    if (actor.kind === 'job') return { status: 401, body: { message: '401 Unauthorized' } }
    if (actor.kind === 'anonymous' && route.authenticate)
      return { status: 401, body: { message: '401 Unauthorized' } }
    const role = state && roleIn(actor, state)
    if (!state || (state.project.visibility === 'private' && !role))
      return { status: 404, body: { message: '404 Project Not Found' } }
    const needed = route.write ? ['api'] : ['api', 'read_api']
    if (actor.kind === 'token' && !actor.scopes.some((s) => needed.includes(s)))
      return {
        status: 403,
        headers: {
          'WWW-Authenticate': `Bearer realm="", error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="${needed.join(' ')}"`,
        },
        body: {
          error: 'insufficient_scope',
          error_description: 'The request requires higher privileges than provided by the access token.',
          scope: needed.join(' '),
        },
      }
    // Anyone may read a public project; everything else needs a member with the route's role.
    const publicRead = !route.write && state.project.visibility !== 'private'
    if (!publicRead && (!role || ROLES.indexOf(role) < ROLES.indexOf(route.role)))
      return { status: 403, body: { message: '403 Forbidden' } }
    return undefined
  }

  let base = ''
  const server = http.createServer((req, res) => {
    handle(req)
      .catch((error: unknown): Reply => ({
        status: 500,
        body: { message: `500 Internal Server Error: ${String(error)}` },
      }))
      .then(({ status, body, headers }) => {
        res.writeHead(status, { 'Content-Type': 'application/json', ...headers })
        res.end(JSON.stringify(body))
      })
  })

  async function handle(req: IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const rawPath = url.pathname
    const method = req.method ?? 'GET'
    const jobToken = req.headers['job-token'] as string | undefined
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const privateToken = (req.headers['private-token'] as string | undefined) ?? bearer
    const entry: GitLabRequest = {
      method,
      path: rawPath,
      auth: jobToken ? 'job-token' : privateToken ? 'private-token' : 'none',
    }
    log.push(entry)
    let params: Record<string, unknown>
    try {
      params = await readParams(req, url)
    } catch {
      return {
        status: 400,
        body: { error: 'The provided content-type is not supported or the body is invalid' },
      }
    }
    if (method !== 'GET' && Object.keys(params).length) entry.body = params
    const failure = failures.shift()
    if (failure)
      return {
        status: failure.status,
        body: { message: failure.message ?? REASONS[failure.status] ?? `${failure.status}` },
      }
    const actor = actorFor(jobToken, privateToken)
    if (!actor) return { status: 401, body: { message: '401 Unauthorized' } }
    if (actor.logUser) entry.user = actor.logUser

    for (const route of ROUTES) {
      const match = route.pattern.exec(rawPath)
      if (!match || route.method !== method) continue
      const parts = match.map((part) => decodeURIComponent(part))
      const state = findProject(parts[1])
      const refused = refuse(route, actor, state)
      if (refused) return refused
      const role = roleIn(actor, state!)
      return route.handle(
        {
          base,
          url,
          params,
          actor: { ...actor, role },
          project: state!,
          findProject,
          atLeast: (needed) => role !== undefined && ROLES.indexOf(role) >= ROLES.indexOf(needed),
          now,
          nextId,
          page: (items) => paginate(items, url, base),
        },
        parts,
      )
    }
    return release(method, rawPath, actor)
  }

  /** GET /projects/:id/releases/:tag_name, which job tokens may read. */
  function release(method: string, rawPath: string, actor: Actor): Reply {
    const match = /^\/api\/v4\/projects\/([^/]+)\/releases\/([^/]+)$/.exec(rawPath)
    if (method !== 'GET' || !match) return { status: 404, body: { error: '404 Not Found' } }
    const [projectRef, tag] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])]
    const project = findProject(projectRef)?.project
    if (!project || (project.visibility === 'private' && actor.kind === 'anonymous'))
      return { status: 404, body: { message: '404 Project Not Found' } }
    const found = (project.releases ?? []).find((r) => r.tag_name === tag)
    if (!found) return { status: 404, body: { message: '404 Not Found' } }
    return { status: 200, body: releaseJson(base, project, found) }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    apiUrl: `${base}/api/v4`,
    log,
    fail(status, times = 1, message) {
      for (let i = 0; i < times; i++) failures.push({ status, message })
    },
    statuses: (project) => stateOf(project).statuses,
    mergeRequests: (project) => stateOf(project).mergeRequests,
    notes: (project, iid) => notesOf(stateOf(project), iid),
    addNote(project, iid, body, { author = 'jane', system = false } = {}) {
      const state = stateOf(project)
      if (!state.mergeRequests.some((mr) => mr.iid === iid))
        throw new Error(`the fake GitLab has no merge request !${iid} in ${project}`)
      return addNote({ now, nextId }, state, iid, body, author, system)
    },
    setBranch(project, branch, sha) {
      const state = stateOf(project)
      state.branches.set(branch, sha)
      state.commits.set(sha, (state.commits.get(sha) ?? new Set()).add(branch))
      for (const mr of state.mergeRequests)
        if (mr.state === 'opened' && mr.source_project_id === state.project.id && mr.source_branch === branch)
          mr.sha = sha
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Entities::Release as GET /projects/:id/releases/:tag_name returns it. */
function releaseJson(base: string, project: FakeProject, release: FakeRelease) {
  const web = `${base}/${project.path}`
  const sha = 'f8d3d94cbd347e924aa7b715845e439d00e80ca4'
  const tag = encodeURIComponent(release.tag_name)
  const archive = project.path.split('/').pop()
  return {
    name: release.name ?? release.tag_name,
    tag_name: release.tag_name,
    description: release.description,
    created_at: '2026-11-20T10:00:00.000Z',
    released_at: '2026-11-20T10:00:00.000Z',
    upcoming_release: false,
    author: {
      id: 1,
      username: 'jane',
      name: 'Jane Packager',
      state: 'active',
      locked: false,
      avatar_url: null,
      web_url: `${base}/jane`,
    },
    commit: {
      id: sha,
      short_id: sha.slice(0, 8),
      created_at: '2026-11-20T09:00:00.000+00:00',
      parent_ids: [],
      title: `Release ${release.tag_name}`,
      message: `Release ${release.tag_name}\n`,
      author_name: 'Jane Packager',
      author_email: 'jane@example.com',
      authored_date: '2026-11-20T09:00:00.000+00:00',
      committer_name: 'Jane Packager',
      committer_email: 'jane@example.com',
      committed_date: '2026-11-20T09:00:00.000+00:00',
      trailers: {},
      extended_trailers: {},
      web_url: `${web}/-/commit/${sha}`,
    },
    commit_path: `/${project.path}/-/commit/${sha}`,
    tag_path: `/${project.path}/-/tags/${tag}`,
    assets: {
      count: 2,
      sources: ['zip', 'tar.gz'].map((format) => ({
        format,
        url: `${web}/-/archive/${tag}/${archive}-${tag}.${format}`,
      })),
      links: [],
    },
    evidences: [],
    _links: {
      closed_issues_url: `${web}/-/issues?release_tag=${tag}&scope=all&state=closed`,
      closed_merge_requests_url: `${web}/-/merge_requests?release_tag=${tag}&scope=all&state=closed`,
      merged_merge_requests_url: `${web}/-/merge_requests?release_tag=${tag}&scope=all&state=merged`,
      opened_issues_url: `${web}/-/issues?release_tag=${tag}&scope=all&state=opened`,
      opened_merge_requests_url: `${web}/-/merge_requests?release_tag=${tag}&scope=all&state=opened`,
      self: `${web}/-/releases/${tag}`,
    },
  }
}
