/**
 * Pagure API v0 client for dist-git (src.fedoraproject.org): forks, pull requests and
 * their flags. Sends form-encoded bodies and `Authorization: token <TOKEN>` like OGR, and
 * turns Pagure's error codes into messages that say what to fix.
 */
import { HttpError, type HttpClient } from '../../http/client.js'
import type { HttpMethod, HttpResponse } from '../../http/types.js'
import { jsonAnswer } from './json-answer.js'
import { redact, registerSecret } from '../../runtime/secrets.js'
import { registerUserError } from '../../runtime/user-errors.js'

export interface PagureUser {
  name: string
  fullname?: string
  url_path?: string
  full_url?: string
}

export interface Project {
  id: number
  name: string
  /** `rpms/foo`; a fork: `forks/jdoe/rpms/foo`. */
  fullname: string
  /** `rpms/foo`; a fork: `fork/jdoe/rpms/foo`. */
  url_path: string
  full_url?: string
  namespace: string | null
  description?: string
  /** The forked project; null for a main repo. */
  parent: Project | null
  user: PagureUser
  date_created?: string
  date_modified?: string
  access_users?: Record<string, string[]>
  access_groups?: Record<string, string[]>
}

export type PullRequestStatus = 'Open' | 'Merged' | 'Closed'

export interface PullRequestComment {
  id: number
  comment: string
  user: PagureUser
  date_created: string
}

export interface PullRequest {
  /** Per-project number. */
  id: number
  uid: string
  title: string
  /** Target branch. */
  branch: string
  branch_from: string
  project: Project
  /** Source project (the fork); null for remote PRs. */
  repo_from: Project | null
  status: PullRequestStatus
  /** The author. */
  user: PagureUser
  initial_comment: string | null
  commit_start: string | null
  /** Head sha; may be null until Pagure has computed it. */
  commit_stop: string | null
  full_url?: string
  /** Epoch seconds as a string, possibly with a fraction. */
  date_created: string
  last_updated?: string
  closed_at?: string | null
  comments?: PullRequestComment[]
}

export type FlagStatus = 'success' | 'failure' | 'error' | 'pending' | 'canceled'

export interface Flag {
  commit_hash: string
  /** Display name of the CI system that set it. */
  username: string
  percent: number | null
  comment: string
  status: FlagStatus
  url: string
  date_created: string
  date_updated: string
  user?: PagureUser
}

export interface GitUrls {
  ssh?: string
  git?: string
}

/** ACLs srcgit uses; a user-level (project-less) token must carry them (reference §1.3). */
export const PAGURE_TOKEN_ACLS = [
  'fork_project',
  'pull_request_create',
  'pull_request_update',
  'pull_request_comment',
  'pull_request_close',
]

/** Pagure's error JSON (`@api_method`). */
interface ErrorBody {
  error?: string
  error_code?: string
  errors?: string | Record<string, string[] | string>
}

export class PagureError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined when no request was made. */
    readonly status?: number,
    /** Pagure's error_code (EINVALIDTOK, ENOPROJECT, ...). */
    readonly errorCode?: string,
  ) {
    super(redact(message))
    this.name = 'PagureError'
  }
}
registerUserError(PagureError)

export interface PagureClientOptions {
  /** e.g. https://src.fedoraproject.org */
  instanceUrl: string
  /** User-level API token; needed for every write and for whoami. */
  token?: string
  http: HttpClient
}

export interface FindPullRequest {
  ns: string
  repo: string
  /** PR author: the token's user. Matching on it keeps two bots from taking each other's PRs. */
  author: string
  forkUser: string
  branchFrom: string
  branchTo: string
}

export interface NewPullRequest {
  ns: string
  repo: string
  title: string
  description: string
  branchTo: string
  branchFrom: string
  forkUser: string
}

/** What a call is about, for error messages. */
interface Context {
  /** e.g. `open a pull request on rpms/foo` */
  action: string
  /** The project the path names, e.g. `rpms/foo` or `forks/jdoe/rpms/foo`. */
  project: string
  /** The ACL the endpoint needs, if any. */
  acl?: string
}

/** Longest chain of list pages followed; far beyond any real PR list. */
const MAX_PAGES = 100

export class PagureClient {
  readonly instanceUrl: string
  private readonly token?: string
  private readonly http: HttpClient
  private username?: Promise<string>

  constructor(opts: PagureClientOptions) {
    this.instanceUrl = opts.instanceUrl.replace(/\/+$/, '')
    this.token = opts.token || undefined
    this.http = opts.http
    registerSecret(this.token)
  }

  /** The token's user (asked once per client). */
  whoami(): Promise<string> {
    this.username ??= this.requestJson<{ username: string }>(
      'POST',
      '/api/0/-/whoami',
      { action: 'find the user of the Pagure token', project: '', auth: true, idempotent: true },
      {},
    )
      .then((body) => body.username)
      .catch((error: unknown) => {
        this.username = undefined
        throw error
      })
    return this.username
  }

  /** The main repo, or undefined when it does not exist. */
  project(ns: string, repo: string): Promise<Project | undefined> {
    return this.projectAt(projectPath(ns, repo), `${ns}/${repo}`)
  }

  /** The user's fork, or undefined when there is none (or the project is not a fork). */
  async fork(user: string, ns: string, repo: string): Promise<Project | undefined> {
    const project = await this.projectAt(forkPath(user, ns, repo), forkName(user, ns, repo))
    return project?.parent ? project : undefined
  }

  /** Forks the repo for the token's user unless that fork exists. */
  async ensureFork(ns: string, repo: string): Promise<'created' | 'existed'> {
    const ctx = { action: `fork ${ns}/${repo}`, project: `${ns}/${repo}`, acl: 'fork_project' }
    this.requireToken(ctx)
    // `wait` makes Pagure answer after the fork exists (any non-empty form value is true).
    const send = () =>
      this.send('POST', '/api/0/fork', { form: { repo, namespace: ns, wait: 'true' }, auth: true })
    let response = await attemptOnce(send)
    // Forking twice is harmless: a retry after a failure answers "already exists" if the first worked.
    if (!isResponse(response) || response.status >= 500) response = await send()
    if (response.status === 200) return 'created'
    const body = errorBody(response)
    if (response.status === 400 && body?.error?.includes('already exists')) return 'existed'
    throw this.error(response, ctx)
  }

  /** Clone URLs of the repo (or of a user's fork); the ssh URL has the user filled in when authenticated. */
  async gitUrls(ns: string, repo: string, forkUser?: string): Promise<GitUrls> {
    const base = forkUser ? forkPath(forkUser, ns, repo) : projectPath(ns, repo)
    const project = forkUser ? forkName(forkUser, ns, repo) : `${ns}/${repo}`
    const body = await this.requestJson<{ urls?: GitUrls }>('GET', `${base}/git/urls`, {
      action: `read the git URLs of ${project}`,
      project,
      auth: this.token !== undefined,
    })
    return body.urls ?? {}
  }

  /** All open PRs of the repo (every page), newest first, optionally only those by `author`. */
  async openPullRequests(ns: string, repo: string, opts: { author?: string } = {}): Promise<PullRequest[]> {
    return (await this.pullRequests(ns, repo, { ...opts, status: 'Open' })).filter(
      (pr) => pr.status === 'Open',
    )
  }

  /** The PRs of the repo in `status` (`all`: open, merged and closed), every page, newest first. */
  async pullRequests(
    ns: string,
    repo: string,
    opts: { author?: string; status: 'Open' | 'all' },
  ): Promise<PullRequest[]> {
    const ctx = { action: `list the pull requests of ${ns}/${repo}`, project: `${ns}/${repo}` }
    const query = new URLSearchParams({ status: opts.status })
    if (opts.author) query.set('author', opts.author)
    let path: string | undefined = `${projectPath(ns, repo)}/pull-requests?${query}`
    const all: PullRequest[] = []
    for (let page = 0; path && page < MAX_PAGES; page++) {
      const body: PullRequestList = await this.requestJson('GET', path, ctx)
      if (!Array.isArray(body.requests)) throw this.unexpected(ctx, 'no "requests" list')
      all.push(...body.requests)
      path = nextPage(body.pagination?.next, path)
    }
    return all
  }

  /**
   * Our open PR for this branch pair, if any: same fork (repo_from), source and target
   * branch, and author. Pagure has no server-side filter on the branches. The oldest wins
   * when duplicates exist, so repeated runs keep updating the same one.
   */
  async findOpenPullRequest(find: FindPullRequest): Promise<PullRequest | undefined> {
    const fork = forkName(find.forkUser, find.ns, find.repo)
    const matches = (await this.openPullRequests(find.ns, find.repo, { author: find.author })).filter(
      (pr) =>
        pr.branch_from === find.branchFrom &&
        pr.branch === find.branchTo &&
        pr.repo_from?.fullname === fork &&
        pr.user?.name === find.author,
    )
    return matches.sort((a, b) => a.id - b.id)[0]
  }

  /**
   * Opens a PR from the fork branch on the parent repo. Pagure does not refuse duplicates,
   * so after a failure that may have happened after the PR was made (network error, 5xx)
   * this looks for it before trying once more.
   */
  async createPullRequest(pr: NewPullRequest): Promise<PullRequest> {
    const ctx = {
      action: `open a pull request on ${pr.ns}/${pr.repo} from ${forkName(pr.forkUser, pr.ns, pr.repo)}:${pr.branchFrom}`,
      project: `${pr.ns}/${pr.repo}`,
      acl: 'pull_request_create',
    }
    this.requireToken(ctx)
    const send = () =>
      this.send('POST', `${projectPath(pr.ns, pr.repo)}/pull-request/new`, {
        auth: true,
        form: {
          title: pr.title,
          branch_to: pr.branchTo,
          branch_from: pr.branchFrom,
          repo_from: pr.repo,
          repo_from_username: pr.forkUser,
          repo_from_namespace: pr.ns,
          initial_comment: pr.description,
        },
      })
    const first = await attemptOnce(send)
    if (isResponse(first) && first.status < 500) return this.json<PullRequest>(first, ctx)
    const existing = await this.findOpenPullRequest({
      ns: pr.ns,
      repo: pr.repo,
      author: pr.forkUser,
      forkUser: pr.forkUser,
      branchFrom: pr.branchFrom,
      branchTo: pr.branchTo,
    })
    if (existing) return existing
    return this.json<PullRequest>(await send(), ctx)
  }

  /** Sets title and description (Pagure clears the description when it is not sent). */
  updatePullRequest(
    ns: string,
    repo: string,
    id: number,
    change: { title: string; description: string },
  ): Promise<PullRequest> {
    const ctx = {
      action: `update pull request #${id} of ${ns}/${repo}`,
      project: `${ns}/${repo}`,
      acl: 'pull_request_update',
    }
    return this.requestJson<PullRequest>(
      'POST',
      `${projectPath(ns, repo)}/pull-request/${id}`,
      // Setting the same fields twice changes nothing, so retrying is safe.
      { ...ctx, auth: true, idempotent: true },
      { title: change.title, initial_comment: change.description },
    )
  }

  async comment(ns: string, repo: string, id: number, text: string): Promise<void> {
    const ctx = {
      action: `comment on pull request #${id} of ${ns}/${repo}`,
      project: `${ns}/${repo}`,
      acl: 'pull_request_comment',
    }
    await this.requestJson(
      'POST',
      `${projectPath(ns, repo)}/pull-request/${id}/comment`,
      { ...ctx, auth: true },
      { comment: text },
    )
  }

  async closePullRequest(ns: string, repo: string, id: number): Promise<void> {
    const ctx = {
      action: `close pull request #${id} of ${ns}/${repo}`,
      project: `${ns}/${repo}`,
      acl: 'pull_request_close',
    }
    await this.requestJson(
      'POST',
      `${projectPath(ns, repo)}/pull-request/${id}/close`,
      { ...ctx, auth: true },
      {},
    )
  }

  /** Flags of the PR's head commit, oldest update first (public, no token). */
  async pullRequestFlags(ns: string, repo: string, id: number): Promise<Flag[]> {
    const ctx = { action: `read the flags of pull request #${id} of ${ns}/${repo}`, project: `${ns}/${repo}` }
    const body = await this.requestJson<{ flags?: Flag[] }>(
      'GET',
      `${projectPath(ns, repo)}/pull-request/${id}/flag`,
      ctx,
    )
    return body.flags ?? []
  }

  async commitFlags(ns: string, repo: string, sha: string): Promise<Flag[]> {
    const ctx = { action: `read the flags of commit ${sha} of ${ns}/${repo}`, project: `${ns}/${repo}` }
    const body = await this.requestJson<{ flags?: Flag[] }>(
      'GET',
      `${projectPath(ns, repo)}/c/${sha}/flag`,
      ctx,
    )
    return body.flags ?? []
  }

  private async projectAt(path: string, name: string): Promise<Project | undefined> {
    const ctx = { action: `look up ${name}`, project: name }
    const response = await this.send('GET', path, { expectStatus: [404] })
    // Only Pagure's own "no such project" means absent; any other 404 is a wrong instance URL.
    if (response.status === 404 && errorBody(response)?.error_code === 'ENOPROJECT') return undefined
    return this.json<Project>(response, ctx)
  }

  /** GET /api/0/group/<name>?projects=false: the members; undefined when Pagure has no such group. */
  async groupMembers(name: string): Promise<string[] | undefined> {
    const ctx = { action: `read the members of the group ${name}`, project: '' }
    const response = await this.send('GET', `/api/0/group/${seg(name)}?projects=false`, {
      expectStatus: [404],
    })
    if (response.status === 404 && errorBody(response)?.error_code === 'ENOGROUP') return undefined
    const body = this.json<{ members?: unknown }>(response, ctx)
    if (!Array.isArray(body.members)) throw this.unexpected(ctx, 'no members list')
    return body.members.filter((m): m is string => typeof m === 'string')
  }

  /** POST .../pull-request/<id>/merge; 401/403 ("You are not allowed to merge") is a refusal. */
  async mergePullRequest(
    ns: string,
    repo: string,
    id: number,
  ): Promise<{ merged: boolean; status?: number; message: string }> {
    const ctx = {
      action: `merge pull request #${id} of ${ns}/${repo}`,
      project: `${ns}/${repo}`,
      acl: 'pull_request_merge',
    }
    try {
      await this.requestJson(
        'POST',
        `${projectPath(ns, repo)}/pull-request/${id}/merge`,
        { ...ctx, auth: true },
        {},
      )
      return { merged: true, message: '' }
    } catch (error) {
      if (
        error instanceof PagureError &&
        error.status !== undefined &&
        [400, 401, 403, 409].includes(error.status)
      ) {
        return { merged: false, status: error.status, message: error.message }
      }
      throw error
    }
  }

  private async requestJson<T>(
    method: HttpMethod,
    path: string,
    opts: Context & { auth?: boolean; idempotent?: boolean },
    form?: Record<string, string>,
  ): Promise<T> {
    if (opts.auth) this.requireToken(opts)
    const response = await this.send(method, path, { form, auth: opts.auth, idempotent: opts.idempotent })
    return this.json<T>(response, opts)
  }

  private send(
    method: HttpMethod,
    path: string,
    opts: {
      form?: Record<string, string>
      auth?: boolean
      idempotent?: boolean
      expectStatus?: number[]
    } = {},
  ): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (opts.auth && this.token) headers.authorization = `token ${this.token}`
    return this.http.request({
      method,
      url: this.instanceUrl + path,
      headers,
      form: opts.form,
      idempotent: opts.idempotent,
      expectStatus: opts.expectStatus,
    })
  }

  private json<T>(response: HttpResponse, ctx: Context): T {
    return jsonAnswer<T>(
      response,
      () => this.error(response, ctx),
      (what) => this.unexpected(ctx, what),
    )
  }

  private requireToken(ctx: Context): void {
    if (this.token) return
    throw new PagureError(
      `Could not ${ctx.action} on ${this.instanceUrl}: this needs a Pagure API token${ctx.acl ? ` with the ACL ${ctx.acl}` : ''} ` +
        `and none was given; create one at ${this.settingsUrl()} with the ACLs ${PAGURE_TOKEN_ACLS.join(', ')}`,
    )
  }

  private unexpected(ctx: Context, what: string): PagureError {
    return new PagureError(
      `Could not ${ctx.action}: ${this.instanceUrl} gave an answer that is not Pagure API v0 JSON (${what}); ` +
        `check that ${this.instanceUrl} is a Pagure instance`,
    )
  }

  private settingsUrl(): string {
    return `${this.instanceUrl}/settings#nav-api-tab`
  }

  /** A PagureError that says what failed and what to fix, from an error answer. */
  private error(response: HttpResponse, ctx: Context): PagureError {
    const body = errorBody(response)
    const code = body?.error_code
    const prefix = `Could not ${ctx.action} on ${this.instanceUrl}`
    if (!code) {
      const excerpt = response.text.trim().replace(/\s+/g, ' ').slice(0, 200)
      const hint =
        response.status >= 500
          ? '; Pagure may be having trouble, try again later'
          : `; check that ${this.instanceUrl} is a Pagure instance`
      return new PagureError(
        `${prefix}: HTTP ${response.status}${excerpt ? ` (${excerpt})` : ''}${hint}`,
        response.status,
      )
    }
    const serverText = body.error ?? code
    const details = fieldErrors(body.errors)
    const projectKind = ctx.project.startsWith('forks/') ? 'fork' : 'dist-git repo'
    let explanation: string
    switch (code) {
      case 'EINVALIDTOK': {
        const missing = /Missing ACLs: (.+)$/
          .exec(typeof body.errors === 'string' ? body.errors : '')?.[1]
          ?.trim()
        if (missing)
          explanation =
            `the Pagure token lacks ACL(s) ${missing}: create a token with ${missing} at ${this.settingsUrl()} ` +
            `(srcgit uses ${PAGURE_TOKEN_ACLS.join(', ')})`
        else if (body.errors === undefined && ctx.project)
          // No detail: the token is bound to another project (reference §1.2).
          explanation =
            `the Pagure token is not valid for ${ctx.project}, probably because it belongs to another project: ` +
            `create a user-level token (no project) at ${this.settingsUrl()}`
        else
          explanation =
            `the Pagure token is invalid or expired (${details || serverText}): create a new token at ` +
            `${this.settingsUrl()} with the ACLs ${PAGURE_TOKEN_ACLS.join(', ')} and update the secret`
        break
      }
      case 'ENOTHIGHENOUGH':
        explanation =
          `the user of the Pagure token does not have enough permissions on ${ctx.project} (${serverText}); ` +
          `a pull request must come from a fork the token's user can commit to`
        break
      case 'ENOPROJECT':
        explanation = `no ${projectKind} ${ctx.project} on ${this.instanceUrl}: check the namespace and package name`
        break
      case 'ENOREQ':
        explanation = `the pull request does not exist on ${ctx.project} (${serverText})`
        break
      case 'EPULLREQUESTSDISABLED':
        explanation = `pull requests are disabled on ${ctx.project} (${serverText})`
        break
      case 'ENOPRCLOSE':
      case 'EPRNOTALLOWED':
      case 'EUBLOCKED':
        explanation = `the user of the Pagure token is not allowed to do this on ${ctx.project} (${serverText}); ask a maintainer of ${ctx.project}`
        break
      case 'EINVALIDREQ':
        explanation = `Pagure rejected the request: ${serverText}${details ? ` (${details})` : ''}`
        break
      default:
        explanation = `${serverText}${details ? ` (${details})` : ''}`
    }
    return new PagureError(
      `${prefix}: ${explanation} [HTTP ${response.status} ${code}]`,
      response.status,
      code,
    )
  }
}

interface PullRequestList {
  requests?: PullRequest[]
  pagination?: { next?: string | null }
}

function seg(value: string): string {
  return encodeURIComponent(value)
}

function projectPath(ns: string, repo: string): string {
  return `/api/0/${seg(ns)}/${seg(repo)}`
}

function forkPath(user: string, ns: string, repo: string): string {
  return `/api/0/fork/${seg(user)}/${seg(ns)}/${seg(repo)}`
}

function forkName(user: string, ns: string, repo: string): string {
  return `forks/${user}/${ns}/${repo}`
}

/**
 * The next page as a path under our instance URL. Pagure builds `next` from its own idea of
 * its URL, which behind a proxy may have the wrong scheme, host or prefix; from /api/0/ on it is right.
 */
function nextPage(next: string | null | undefined, current: string): string | undefined {
  if (!next) return undefined
  const url = new URL(next, 'http://pagure.invalid')
  const at = url.pathname.indexOf('/api/0/')
  if (at < 0) return undefined
  const path = url.pathname.slice(at) + url.search
  return path === current ? undefined : path
}

function errorBody(response: HttpResponse): ErrorBody | undefined {
  try {
    const body = JSON.parse(response.text) as unknown
    return body && typeof body === 'object' ? (body as ErrorBody) : undefined
  } catch {
    return undefined
  }
}

/** Pagure's `errors`: a string, or form field -> messages. */
function fieldErrors(errors: ErrorBody['errors']): string {
  if (!errors) return ''
  if (typeof errors === 'string') return errors
  return Object.entries(errors)
    .map(([field, messages]) => `${field}: ${Array.isArray(messages) ? messages.join(' ') : messages}`)
    .join('; ')
}

/** One request; a network failure comes back as the HttpError instead of being thrown. */
async function attemptOnce(send: () => Promise<HttpResponse>): Promise<HttpResponse | HttpError> {
  try {
    return await send()
  } catch (error) {
    if (error instanceof HttpError) return error
    throw error
  }
}

function isResponse(value: HttpResponse | HttpError): value is HttpResponse {
  return !(value instanceof HttpError)
}
