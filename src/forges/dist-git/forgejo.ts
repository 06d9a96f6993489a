/**
 * Forgejo API v1 client for dist-git (src.fedoraproject.org after Fedora's migration), behind
 * the DistGitForge interface: forks at `<user>/<repo>`, pull requests opened on the target
 * with `head: "<user>:<branch>"`, maintainers let in with `allow_maintainer_edit`, CI results
 * from commit statuses. JSON bodies, `Authorization: token <TOKEN>` like ogr; error answers
 * become messages that say what failed, where, and what to fix
 * (shared/reference/forgejo-dist-git.md §3-§9).
 */
import { HttpError, type HttpClient } from '../../http/client.js'
import type { HttpMethod, HttpResponse } from '../../http/types.js'
import { jsonAnswer } from './json-answer.js'
import { redact, registerSecret } from '../../runtime/secrets.js'
import type {
  CiResult,
  CiState,
  DistGitForge,
  DistGitPullRequest,
  FindPullRequest,
  NewPullRequest,
  PushUrlOptions,
  MergeOutcome,
  ProjectAccessLevel,
} from './forge.js'
import { registerUserError } from '../../runtime/user-errors.js'

/** Scopes srcgit's token needs (reference §3): push and PRs, PR comments, whoami. */
export const FORGEJO_TOKEN_SCOPES = ['write:repository', 'write:issue', 'read:user']

/** The fields of Forgejo's User srcgit reads. */
export interface ForgejoUser {
  id: number
  login: string
}

/** The fields of Forgejo's Repository srcgit reads. */
/** An organization team as GET /repos/{owner}/{repo}/teams lists it. */
export interface ForgejoTeam {
  id: number
  name?: string
  permission?: string
}

export interface ForgejoRepository {
  id: number
  name: string
  full_name: string
  owner: ForgejoUser
  fork: boolean
  parent?: ForgejoRepository | null
  default_branch?: string
  clone_url?: string
  ssh_url?: string
  html_url?: string
}

export interface ForgejoBranchRef {
  label?: string
  ref: string
  sha: string
  repo_id?: number
  /** Null when the head repository is gone. */
  repo?: ForgejoRepository | null
}

export interface ForgejoPullRequest {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  merged: boolean
  user: ForgejoUser
  html_url: string
  allow_maintainer_edit?: boolean
  base: ForgejoBranchRef
  head: ForgejoBranchRef
  created_at: string
  updated_at: string
}

export interface ForgejoCommitStatus {
  id: number
  status: string
  context: string
  description: string | null
  target_url: string | null
  created_at: string
  updated_at: string
}

/** Forgejo's error JSON (`ctx.Error`, `ctx.NotFound`). */
interface ErrorBody {
  message?: string
  url?: string
  errors?: unknown
}

export class ForgejoError extends Error {
  constructor(
    message: string,
    /** HTTP status; undefined when no request was made. */
    readonly status?: number,
  ) {
    super(redact(message))
    this.name = 'ForgejoError'
  }
}
registerUserError(ForgejoError)

export interface ForgejoForgeOptions {
  /** e.g. https://src.fedoraproject.org */
  instanceUrl: string
  /** Access token; needed for every write and for whoami. */
  token?: string
  http: HttpClient
}

/** What a call is about, for error messages. */
interface Context {
  /** e.g. `open a pull request on rpms/foo` */
  action: string
  /** The repository the path names, `owner/name`. */
  repo: string
  /** A pull request number, when the call is about one. */
  pr?: number
  /** The scope the endpoint needs, e.g. write:repository. */
  scope?: string
  /** What a 404 means for this call, when more than "no such repository". */
  notFound?: string
}

interface SendOptions {
  json?: unknown
  auth?: boolean
  idempotent?: boolean
  expectStatus?: number[]
}

/** Longest chain of list pages followed; far beyond any real PR list. */
const MAX_PAGES = 100
/** Forgejo's largest page (MAX_RESPONSE_ITEMS default). */
const PAGE_SIZE = 50

const CI_STATES = new Set<CiState>(['success', 'failure', 'error', 'pending', 'warning'])

export class ForgejoForge implements DistGitForge {
  readonly kind = 'forgejo' as const
  readonly instanceUrl: string
  readonly tokenHelp: string
  private readonly token?: string
  private readonly http: HttpClient
  private username?: Promise<string>

  constructor(opts: ForgejoForgeOptions) {
    this.instanceUrl = opts.instanceUrl.replace(/\/+$/, '')
    this.token = opts.token || undefined
    this.http = opts.http
    registerSecret(this.token)
    this.tokenHelp =
      `a Forgejo access token, created at ${this.settingsUrl()} ("Generate new token") with the scopes ` +
      `${FORGEJO_TOKEN_SCOPES.join(', ')}`
  }

  /** The token's user (asked once per client). */
  whoami(): Promise<string> {
    this.username ??= this.requestJson<ForgejoUser>('GET', '/user', {
      action: 'find the user of the Forgejo token',
      repo: '',
      scope: 'read:user',
      auth: true,
    })
      .then((user) => {
        if (typeof user?.login !== 'string' || !user.login)
          throw this.unexpected(
            { action: 'find the user of the Forgejo token', repo: '' },
            'no "login" in /user',
          )
        return user.login
      })
      .catch((error: unknown) => {
        this.username = undefined
        throw error
      })
    return this.username
  }

  /** The repository, or undefined when Forgejo says there is none. */
  async repository(owner: string, name: string): Promise<ForgejoRepository | undefined> {
    const ctx = { action: `look up ${owner}/${name}`, repo: `${owner}/${name}` }
    const response = await this.send('GET', repoPath(owner, name), { expectStatus: [404] })
    // Only Forgejo's own JSON 404 means absent; any other 404 is a wrong instance URL.
    if (response.status === 404 && errorBody(response)?.message !== undefined) return undefined
    return this.json<ForgejoRepository>(response, ctx)
  }

  async projectExists(ns: string, repo: string): Promise<boolean> {
    return (await this.repository(ns, repo)) !== undefined
  }

  /** `<user>/<repo>` exists and is a fork of `<ns>/<repo>`. */
  async forkExists(user: string, ns: string, repo: string): Promise<boolean> {
    const fork = await this.repository(user, repo)
    return isForkOf(fork, `${ns}/${repo}`)
  }

  async ensureFork(ns: string, repo: string): Promise<'created' | 'existed'> {
    const ctx = { action: `fork ${ns}/${repo}`, repo: `${ns}/${repo}`, scope: 'write:repository' }
    this.requireToken(ctx)
    const send = () => this.send('POST', `${repoPath(ns, repo)}/forks`, { json: {}, auth: true })
    let response = await attemptOnce(send)
    if (!isResponse(response) || response.status >= 500) {
      // The fork may have been made before the failure: look before forking again.
      if (await this.forkExists(await this.whoami(), ns, repo)) return 'created'
      response = await send()
    }
    if (response.status === 202 || response.status === 201) return 'created'
    if (response.status === 409) {
      const user = await this.whoami()
      if (await this.forkExists(user, ns, repo)) return 'existed'
      throw new ForgejoError(
        `Could not ${ctx.action} on ${this.instanceUrl}: ${user} already has a repository ${user}/${repo} that is ` +
          `not a fork of ${ns}/${repo} (${serverMessage(response)}); rename or delete ${this.instanceUrl}/${user}/${repo} ` +
          `[HTTP 409]`,
        409,
      )
    }
    throw this.error(response, ctx)
  }

  /**
   * HTTPS: `<instance>/<user>/<repo>.git` (push with the token, reference §6). SSH:
   * `ssh://git@<host>/<user>/<repo>.git`, Forgejo's usual form; whether Fedora's dist-git will
   * offer SSH, and under which user and host, is unconfirmed (reference §6, §11).
   */
  forkPushUrl(opts: PushUrlOptions): string {
    const path = `${seg(opts.user)}/${seg(opts.repo)}.git`
    if (opts.protocol === 'https') return `${this.instanceUrl}/${path}`
    return `ssh://git@${opts.sshHost ?? new URL(this.instanceUrl).host}/${path}`
  }

  cloneUrl(ns: string, repo: string): string {
    return `${this.instanceUrl}/${seg(ns)}/${seg(repo)}.git`
  }

  webUrl(ns: string, repo: string): string {
    return `${this.instanceUrl}/${seg(ns)}/${seg(repo)}`
  }

  commitUrl(ns: string, repo: string, sha: string): string {
    return `${this.webUrl(ns, repo)}/commit/${sha}`
  }

  /**
   * The PRs of the repo, newest first. `state` is always sent: Forgejo lists every PR when it
   * is omitted (reference §4, "List PRs state").
   */
  async pullRequests(
    ns: string,
    repo: string,
    opts: { state: 'open' | 'all'; author?: string },
  ): Promise<DistGitPullRequest[]> {
    const ctx = { action: `list the pull requests of ${ns}/${repo}`, repo: `${ns}/${repo}` }
    const query = new URLSearchParams({ state: opts.state })
    if (opts.author) query.set('poster', opts.author)
    let rows: ForgejoPullRequest[]
    try {
      rows = await this.listAll<ForgejoPullRequest>(`${repoPath(ns, repo)}/pulls`, query, ctx)
    } catch (error) {
      // An author Forgejo does not know (never logged in): a 400 (or, as on the issue list, a 404
      // naming the user); such a user has no PRs.
      if (
        opts.author &&
        error instanceof ForgejoError &&
        (error.status === 400 || error.status === 404) &&
        /user does not exist/.test(error.message)
      )
        return []
      throw error
    }
    const byNumber = new Map<number, DistGitPullRequest>()
    for (const row of rows)
      if (!byNumber.has(row.number)) byNumber.set(row.number, this.toPullRequest(row, ctx))
    return [...byNumber.values()]
      .filter((pr) => opts.state === 'all' || pr.state === 'open')
      .sort((a, b) => b.number - a.number)
  }

  async findOpenPullRequest(find: FindPullRequest): Promise<DistGitPullRequest | undefined> {
    const matches = (
      await this.pullRequests(find.ns, find.repo, { state: 'open', author: find.author })
    ).filter(
      (pr) =>
        pr.sourceBranch === find.sourceBranch &&
        pr.targetBranch === find.targetBranch &&
        pr.sourceOwner === find.forkUser &&
        pr.author === find.author,
    )
    return matches.sort((a, b) => a.number - b.number)[0]
  }

  /**
   * Opens the PR on the target, then lets maintainers push to its branch (Forgejo cannot set
   * `allow_maintainer_edit` at creation; Packit also edits right after). Forgejo refuses a second
   * open PR for the same branches (409), which here means "already open": that one comes back.
   * After a failure that may have come after the PR was made (network error, 5xx) this looks
   * for it before trying once more.
   */
  async createPullRequest(pr: NewPullRequest): Promise<DistGitPullRequest> {
    const head = `${pr.forkUser}:${pr.sourceBranch}`
    const ctx = {
      action: `open a pull request on ${pr.ns}/${pr.repo} from ${head} into ${pr.targetBranch}`,
      repo: `${pr.ns}/${pr.repo}`,
      scope: 'write:repository',
      notFound:
        `Forgejo found no ${pr.ns}/${pr.repo} with a branch ${pr.targetBranch}, or no fork ${pr.forkUser}/${pr.repo} ` +
        `of it with a branch ${pr.sourceBranch}: check the package and branch names, and push the branch to the fork first`,
    }
    this.requireToken(ctx)
    const send = () =>
      this.send('POST', `${repoPath(pr.ns, pr.repo)}/pulls`, {
        auth: true,
        json: { title: pr.title, body: pr.description, base: pr.targetBranch, head },
      })
    let response = await attemptOnce(send)
    if (!isResponse(response) || response.status >= 500) {
      const existing = await this.findOpenPullRequest(pr)
      if (existing) return this.allowMaintainerEdit(pr.ns, pr.repo, existing)
      response = await send()
    }
    if (response.status === 409) {
      const existing = await this.findOpenPullRequest(pr)
      if (existing) return this.allowMaintainerEdit(pr.ns, pr.repo, existing)
      throw new ForgejoError(
        `Could not ${ctx.action} on ${this.instanceUrl}: an open pull request from ${head} into ${pr.targetBranch} ` +
          `already exists but was not opened by ${pr.author} (${serverMessage(response)}); close it, or run with ` +
          `the token of its author [HTTP 409]`,
        409,
      )
    }
    const created = this.toPullRequest(this.json<ForgejoPullRequest>(response, ctx), ctx)
    return this.allowMaintainerEdit(pr.ns, pr.repo, created, true)
  }

  /**
   * Sets title and description (an empty title would be ignored by Forgejo), and lets
   * maintainers push to the branch again in case the edit after creating it was lost (only the
   * author may set that, and srcgit updates only its own PRs).
   */
  async updatePullRequest(
    ns: string,
    repo: string,
    number: number,
    change: { title: string; description: string },
  ): Promise<DistGitPullRequest> {
    const ctx = {
      action: `update pull request #${number} of ${ns}/${repo}`,
      repo: `${ns}/${repo}`,
      pr: number,
      scope: 'write:repository',
    }
    // Setting the same fields twice changes nothing, so retrying is safe.
    const body = await this.requestJson<ForgejoPullRequest>('PATCH', pullPath(ns, repo, number), {
      ...ctx,
      auth: true,
      idempotent: true,
      json: { title: change.title, body: change.description, allow_maintainer_edit: true },
    })
    return this.toPullRequest(body, ctx)
  }

  async comment(ns: string, repo: string, number: number, text: string): Promise<void> {
    const ctx = {
      action: `comment on pull request #${number} of ${ns}/${repo}`,
      repo: `${ns}/${repo}`,
      pr: number,
      scope: 'write:issue',
    }
    // Not retried: a second POST would be a second comment.
    await this.requestJson('POST', `${repoPath(ns, repo)}/issues/${number}/comments`, {
      ...ctx,
      auth: true,
      json: { body: text },
    })
  }

  /**
   * POST .../pulls/{n}/merge with {"Do": "merge"} as ogr sends it: 200 with an empty body. A user
   * without write access gets 405 "User not allowed to merge PR", a token without the scope 403;
   * both are a permission refusal. Other 405s (not mergeable yet, merged) and 409 (conflict) are
   * the forge's refusal.
   */
  async mergePullRequest(ns: string, repo: string, number: number): Promise<MergeOutcome> {
    const ctx = {
      action: `merge pull request #${number} of ${ns}/${repo}`,
      repo: `${ns}/${repo}`,
      pr: number,
      scope: 'write:repository',
    }
    this.requireToken(ctx)
    const response = await this.send('POST', `${pullPath(ns, repo, number)}/merge`, {
      auth: true,
      json: { Do: 'merge' },
      expectStatus: [401, 403, 405, 409],
    })
    if (response.status >= 200 && response.status < 300) return { merged: true }
    const message = errorBody(response)?.message ?? ''
    const permission =
      response.status === 401 ||
      response.status === 403 ||
      (response.status === 405 && /not allowed to merge/i.test(message))
    if (permission)
      return {
        merged: false,
        refused: 'permission',
        message:
          `the token's user cannot merge: it needs write access to ${ns}/${repo} (a collaborator with write, ` +
          `or a team with write) and a token with the scope write:repository (${this.error(response, ctx).message})`,
      }
    if (response.status === 405 || response.status === 409)
      return { merged: false, refused: 'not-mergeable', message: message || `HTTP ${response.status}` }
    throw this.error(response, ctx)
  }

  /**
   * ogr's get_users_with_given_access: the collaborators and the members of the org's teams on
   * the repository, each kept when its permission is one of the level's (admin: owner; commit:
   * owner, admin, write). Reading another user's permission needs admin rights on the repository.
   */
  async usersWithAccess(ns: string, repo: string, level: ProjectAccessLevel): Promise<string[]> {
    const ctx = {
      action: `read who has access to ${ns}/${repo}`,
      repo: `${ns}/${repo}`,
      scope: 'read:repository',
    }
    const wanted = level === 'admin' ? ['owner'] : ['owner', 'admin', 'write']
    const collaborators = await this.listAll<ForgejoUser>(
      `${repoPath(ns, repo)}/collaborators`,
      new URLSearchParams(),
      ctx,
      false,
      true,
    )
    const candidates = new Set(collaborators.map((u) => u.login).filter((l): l is string => Boolean(l)))
    for (const team of await this.repoTeams(ns, repo))
      for (const member of await this.teamMembers(team, ns)) candidates.add(member)
    const users: string[] = []
    for (const user of candidates) {
      const answer = await this.requestJson<{ permission?: string }>(
        'GET',
        `${repoPath(ns, repo)}/collaborators/${seg(user)}/permission`,
        { ...ctx, action: `read the permission of ${user} on ${ns}/${repo}`, auth: true, idempotent: true },
      )
      if (answer.permission && wanted.includes(answer.permission)) users.push(user)
    }
    return users
  }

  /** The team named `group` among those of ns/repo's organization that cover the repository. */
  async groupMembers(group: string, at: { ns: string; repo: string }): Promise<string[] | undefined> {
    const team = (await this.repoTeams(at.ns, at.repo)).find(
      (t) => t.name?.toLowerCase() === group.toLowerCase(),
    )
    return team ? this.teamMembers(team, at.ns) : undefined
  }

  /** GET .../teams: the org's teams on the repository; none for a repository a user owns (405). */
  private async repoTeams(ns: string, repo: string): Promise<ForgejoTeam[]> {
    const ctx = { action: `read the teams of ${ns}/${repo}`, repo: `${ns}/${repo}` }
    const response = await this.send('GET', `${repoPath(ns, repo)}/teams`, {
      auth: this.token !== undefined,
      expectStatus: [405],
    })
    if (response.status === 405) return []
    const teams = this.json<ForgejoTeam[]>(response, ctx)
    if (!Array.isArray(teams)) throw this.unexpected(ctx, 'a list was expected')
    return teams
  }

  /** GET /teams/{id}/members: only the team's members and the org's owners may read it. */
  private async teamMembers(team: ForgejoTeam, org: string): Promise<string[]> {
    const ctx = {
      action: `read the members of the team ${team.name} of ${org}`,
      repo: org,
      scope: 'read:organization',
      notFound:
        `Forgejo shows the members of the team ${team.name} of ${org} only to its members and the ` +
        `organization's owners`,
    }
    this.requireToken(ctx)
    const members = await this.listAll<ForgejoUser>(
      `/teams/${team.id}/members`,
      new URLSearchParams(),
      ctx,
      false,
      true,
    )
    return members.map((u) => u.login).filter((l): l is string => Boolean(l))
  }

  async closePullRequest(ns: string, repo: string, number: number): Promise<void> {
    const ctx = {
      action: `close pull request #${number} of ${ns}/${repo}`,
      repo: `${ns}/${repo}`,
      pr: number,
      scope: 'write:repository',
    }
    await this.requestJson('PATCH', pullPath(ns, repo, number), {
      ...ctx,
      auth: true,
      idempotent: true,
      json: { state: 'closed' },
    })
  }

  /**
   * Commit statuses of the PR's head, from the target repo and from the fork: Forgejo's PR page
   * reads the target's, packit-service posts on the fork's (reference §4.1). One result per
   * `context`, the newest `updated_at` winning. The fork may be gone (404 is no result).
   */
  async ciResults(
    ns: string,
    repo: string,
    pr: Pick<DistGitPullRequest, 'number' | 'headSha' | 'sourceOwner'>,
  ): Promise<CiResult[]> {
    let { headSha, sourceOwner } = pr
    if (!headSha) {
      const ctx = {
        action: `read pull request #${pr.number} of ${ns}/${repo}`,
        repo: `${ns}/${repo}`,
        pr: pr.number,
      }
      const full = this.toPullRequest(
        await this.requestJson<ForgejoPullRequest>('GET', pullPath(ns, repo, pr.number), ctx),
        ctx,
      )
      headSha = full.headSha
      sourceOwner ??= full.sourceOwner
    }
    if (!headSha) return []
    const sha = headSha
    const read = async (owner: string, optional: boolean): Promise<ForgejoCommitStatus[]> => {
      const ctx = {
        action: `read the commit statuses of ${sha} in ${owner}/${repo}`,
        repo: `${owner}/${repo}`,
      }
      return this.listAll<ForgejoCommitStatus>(
        `${repoPath(owner, repo)}/statuses/${encodeURIComponent(sha)}`,
        new URLSearchParams(),
        ctx,
        optional,
      )
    }
    const lists = await Promise.all([
      read(ns, false),
      sourceOwner && sourceOwner !== ns ? read(sourceOwner, true) : Promise.resolve([]),
    ])
    const latest = new Map<string, CiResult>()
    for (const row of lists.flat()) {
      const result = toCiResult(row, sha)
      const seen = latest.get(result.name)
      if (
        !seen ||
        result.updatedAt > seen.updatedAt ||
        (Number.isNaN(seen.updatedAt) && !Number.isNaN(result.updatedAt))
      )
        latest.set(result.name, result)
    }
    return [...latest.values()]
  }

  /** `<instance>/<ns>/<repo>/pulls/<n>` (with anything after the number: /files, #comment). */
  parsePullRequestUrl(url: string): { ns: string; repo: string; number: number } | undefined {
    let parsed: URL
    let base: URL
    try {
      parsed = new URL(url)
      base = new URL(this.instanceUrl)
    } catch {
      return undefined
    }
    // Same host; http and https both name it (a web page link may differ from the API URL's scheme).
    if (parsed.host.toLowerCase() !== base.host.toLowerCase()) return undefined
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined
    const prefix = base.pathname.replace(/\/+$/, '')
    if (!parsed.pathname.startsWith(`${prefix}/`)) return undefined
    const match = /^\/([^/]+)\/([^/]+)\/pulls\/(\d+)(?:\/.*)?$/.exec(parsed.pathname.slice(prefix.length))
    if (!match) return undefined
    return { ns: decodeURIComponent(match[1]), repo: decodeURIComponent(match[2]), number: Number(match[3]) }
  }

  /** Sets allow_maintainer_edit unless the PR has it; `fresh`: the PR was just created by us. */
  private async allowMaintainerEdit(
    ns: string,
    repo: string,
    pr: DistGitPullRequest,
    fresh = false,
  ): Promise<DistGitPullRequest> {
    const ctx = {
      action: `let the maintainers of ${ns}/${repo} push to pull request #${pr.number} (allow_maintainer_edit)`,
      repo: `${ns}/${repo}`,
      pr: pr.number,
      scope: 'write:repository',
    }
    if (!fresh) {
      const current = await this.requestJson<ForgejoPullRequest>('GET', pullPath(ns, repo, pr.number), ctx)
      if (current.allow_maintainer_edit) return this.toPullRequest(current, ctx)
    }
    const body = await this.requestJson<ForgejoPullRequest>('PATCH', pullPath(ns, repo, pr.number), {
      ...ctx,
      auth: true,
      idempotent: true,
      json: { allow_maintainer_edit: true },
    })
    return this.toPullRequest(body, ctx)
  }

  /**
   * Every page of a list: limit=50, pages 1, 2, ... until an empty page, the X-Total-Count
   * reached, or a Link header without rel="next". `optional`: a 404 is an empty list.
   */
  private async listAll<T>(
    path: string,
    query: URLSearchParams,
    ctx: Context,
    optional = false,
    auth = false,
  ): Promise<T[]> {
    const all: T[] = []
    for (let page = 1; page <= MAX_PAGES; page++) {
      const params = new URLSearchParams(query)
      params.set('limit', String(PAGE_SIZE))
      params.set('page', String(page))
      const response = await this.send('GET', `${path}?${params}`, {
        expectStatus: optional ? [404] : undefined,
        auth: auth && this.token !== undefined,
      })
      if (optional && response.status === 404 && errorBody(response)?.message !== undefined) return all
      const rows = this.json<T[]>(response, ctx)
      if (!Array.isArray(rows)) throw this.unexpected(ctx, 'a list was expected')
      all.push(...rows)
      if (!rows.length) break
      const total = Number.parseInt(response.headers['x-total-count'] ?? '', 10)
      if (Number.isFinite(total) && all.length >= total) break
      const link = response.headers.link
      if (link !== undefined && !/rel="?next"?/.test(link)) break
    }
    return all
  }

  private toPullRequest(row: ForgejoPullRequest, ctx: Context): DistGitPullRequest {
    if (!row || typeof row.number !== 'number' || !row.base || !row.head)
      throw this.unexpected(ctx, 'not a pull request')
    return {
      number: row.number,
      title: row.title ?? '',
      description: row.body ?? '',
      targetBranch: row.base.ref,
      sourceBranch: row.head.ref,
      sourceOwner: row.head.repo?.owner?.login || undefined,
      author: row.user?.login ?? '',
      state: row.merged ? 'merged' : row.state === 'closed' ? 'closed' : 'open',
      headSha: row.head.sha || undefined,
      maintainerCanPush: row.allow_maintainer_edit === true,
      url: row.html_url,
      createdAt: epochSeconds(row.created_at),
      updatedAt: epochSeconds(row.updated_at),
    }
  }

  private async requestJson<T>(method: HttpMethod, path: string, opts: Context & SendOptions): Promise<T> {
    if (opts.auth) this.requireToken(opts)
    const response = await this.send(method, path, opts)
    return this.json<T>(response, opts)
  }

  private send(method: HttpMethod, path: string, opts: SendOptions = {}): Promise<HttpResponse> {
    const headers: Record<string, string> = { accept: 'application/json' }
    if (opts.auth && this.token) headers.authorization = `token ${this.token}`
    return this.http.request({
      method,
      url: `${this.instanceUrl}/api/v1${path}`,
      headers,
      json: opts.json,
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
    throw new ForgejoError(
      `Could not ${ctx.action} on ${this.instanceUrl}: this needs a Forgejo access token` +
        `${ctx.scope ? ` with the scope ${ctx.scope}` : ''} and none was given; create one at ${this.settingsUrl()} ` +
        `with the scopes ${FORGEJO_TOKEN_SCOPES.join(', ')}`,
    )
  }

  private unexpected(ctx: Context, what: string): ForgejoError {
    return new ForgejoError(
      `Could not ${ctx.action}: ${this.instanceUrl} gave an answer that is not Forgejo API v1 JSON (${what}); ` +
        `check that ${this.instanceUrl} is a Forgejo instance`,
    )
  }

  private settingsUrl(): string {
    return `${this.instanceUrl}/user/settings/applications`
  }

  /** A ForgejoError that says what failed and what to fix, from an error answer. */
  private error(response: HttpResponse, ctx: Context): ForgejoError {
    const status = response.status
    const body = errorBody(response)
    // Forgejo's 404s often carry the real reason in `errors` (e.g. "user does not exist [...]").
    const details = Array.isArray(body?.errors)
      ? body.errors.filter((e): e is string => typeof e === 'string')
      : []
    const message =
      body?.message === undefined ? undefined : [body.message, ...details].filter(Boolean).join(': ')
    const prefix = `Could not ${ctx.action} on ${this.instanceUrl}`
    const scopes = FORGEJO_TOKEN_SCOPES.join(', ')
    const finish = (explanation: string) =>
      new ForgejoError(`${prefix}: ${explanation} [HTTP ${status}]`, status)
    if (status >= 500) {
      const detail = message ? ` (${message})` : excerpt(response) ? ` (${excerpt(response)})` : ''
      return finish(
        `Forgejo answered with a server error${detail}; it may be having trouble, try again later`,
      )
    }
    if (status === 403 && !response.text.trim()) {
      // EditPullRequest's bare 403 (reference §3.1).
      return finish(
        `the user of the Forgejo token may not change pull request${ctx.pr ? ` #${ctx.pr}` : ''} of ${ctx.repo}: ` +
          `only its author or a user with write access to ${ctx.repo} may edit it, and only its author may let ` +
          `maintainers push to it; use the token of the account that opened it`,
      )
    }
    if (message === undefined) {
      const text = excerpt(response)
      return finish(
        `${text ? `HTTP ${status} (${text})` : `HTTP ${status}`}, not a Forgejo API answer; check that ` +
          `${this.instanceUrl} is a Forgejo instance (the API lives at ${this.instanceUrl}/api/v1)`,
      )
    }
    switch (status) {
      case 401:
        if (message === 'token is required')
          return finish(
            `this needs a Forgejo access token; create one at ${this.settingsUrl()} with the scopes ${scopes}`,
          )
        return finish(
          `the Forgejo token is invalid or expired (${message}): create a new token at ${this.settingsUrl()} ` +
            `with the scopes ${scopes} and update the secret`,
        )
      case 403: {
        const missing = /required scope\(s\): \[([^\]]*)\]/.exec(message)?.[1]?.trim()
        if (missing)
          return finish(
            `the Forgejo token lacks the scope ${missing.split(/[\s,]+/).join(' or ')}: create a token at ` +
              `${this.settingsUrl()} with the scopes ${scopes}`,
          )
        return finish(
          `the user of the Forgejo token is not allowed to do this on ${ctx.repo} (${message}); ` +
            `ask a maintainer of ${ctx.repo}`,
        )
      }
      case 404:
        if (ctx.notFound) return finish(`${ctx.notFound} (${message})`)
        if (ctx.pr !== undefined)
          return finish(
            `no pull request #${ctx.pr} on ${ctx.repo}, or no repository ${ctx.repo} (${message}); ` +
              `check the namespace, package name and number`,
          )
        return finish(
          `no repository ${ctx.repo} (or no branch or fork it needs) on ${this.instanceUrl} (${message}); ` +
            `check the namespace and package name, and that ${this.instanceUrl} is the right instance`,
        )
      case 409:
        return finish(`Forgejo refused it as a conflict: ${message}`)
      case 412:
        return finish(
          `pull request${ctx.pr ? ` #${ctx.pr}` : ''} of ${ctx.repo} is already merged (${message})`,
        )
      case 422:
        return finish(`Forgejo rejected the request: ${message}`)
      case 423:
        return finish(`${ctx.repo} is archived or locked (${message}); ask its maintainers`)
      default:
        return finish(message || `HTTP ${status}`)
    }
  }
}

function seg(value: string): string {
  return encodeURIComponent(value)
}

function repoPath(owner: string, name: string): string {
  return `/repos/${seg(owner)}/${seg(name)}`
}

function pullPath(owner: string, name: string, number: number): string {
  return `${repoPath(owner, name)}/pulls/${number}`
}

function isForkOf(repo: ForgejoRepository | undefined, parent: string): boolean {
  return repo?.fork === true && repo.parent?.full_name?.toLowerCase() === parent.toLowerCase()
}

/** RFC 3339 to epoch seconds; NaN when unreadable. */
function epochSeconds(value: string | undefined | null): number {
  if (!value) return Number.NaN
  return Date.parse(value) / 1000
}

function toCiResult(row: ForgejoCommitStatus, sha: string): CiResult {
  const state = CI_STATES.has(row.status as CiState) ? (row.status as CiState) : 'error'
  return {
    name: row.context,
    state,
    description: row.description ?? '',
    url: row.target_url || undefined,
    commit: sha,
    updatedAt: epochSeconds(row.updated_at),
    createdAt: epochSeconds(row.created_at),
  }
}

function errorBody(response: HttpResponse): ErrorBody | undefined {
  try {
    const body = JSON.parse(response.text) as unknown
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as ErrorBody) : undefined
  } catch {
    return undefined
  }
}

function serverMessage(response: HttpResponse): string {
  return errorBody(response)?.message ?? excerpt(response)
}

function excerpt(response: HttpResponse): string {
  return response.text.trim().replace(/\s+/g, ' ').slice(0, 200)
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
