/**
 * The GitHub repository client srcgit needs on the source-git side: commit statuses (to mirror
 * Pagure flags), pull requests (to propose changes back) and their conversation comments (to
 * report on them). Built on @actions/github's Octokit
 * with the retry and throttling plugins; GitHub Enterprise Server through GITHUB_API_URL.
 * States stay GitHub's own (error, failure, pending, success). Failures become GitHubApiError
 * messages that say what to change: the workflow's permissions, the token, the branch.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici'
import { redact, registerSecret } from '../../runtime/secrets.js'
import { networkCode, shortSha } from './api-errors.js'
import { VERSION } from '../../version.js'
import { registerUserError } from '../../runtime/user-errors.js'

export type GitHubStatusState = 'error' | 'failure' | 'pending' | 'success'

export interface GitHubStatus {
  id: number
  state: GitHubStatusState
  context: string
  description: string | null
  target_url: string | null
  created_at: string
}

export interface NewGitHubStatus {
  state: GitHubStatusState
  context: string
  /** At most 140 characters (GitHub answers 422 otherwise). */
  description?: string
  target_url?: string
}

export interface GitHubPull {
  number: number
  html_url: string
  state: 'open' | 'closed'
  merged: boolean
  draft: boolean
  title: string
  body: string | null
  /** label is `owner:branch`. */
  head: { ref: string; label: string; sha: string }
  base: { ref: string; sha: string }
  /** The author's login. */
  user?: string
  updated_at: string
}

export interface NewGitHubPull {
  /** `branch` in this repository, or `owner:branch` in a fork. */
  head: string
  base: string
  title: string
  body?: string
  draft?: boolean
  maintainer_can_modify?: boolean
}

export interface GitHubPullUpdate {
  title?: string
  body?: string
  state?: 'open' | 'closed'
  base?: string
}

/** A comment in a pull request's (or issue's) conversation. */
export interface GitHubIssueComment {
  id: number
  body: string
  /** The author's login. */
  user?: string
  html_url: string
}

export interface GitHubRepoClientOptions {
  token: string
  /** `owner/name`. */
  repository: string
  /** API root; default GITHUB_API_URL (set on GitHub Enterprise Server), else https://api.github.com. */
  baseUrl?: string
  env?: NodeJS.ProcessEnv
  /** Extra attempts after a rate limit, a 5xx or a lost connection. Default 2. */
  retries?: number
  /** Milliseconds per second of waiting (Retry-After, rate-limit resets, backoff). Default 1000; tests use less. */
  retryDelayUnitMs?: number
  /** A rate limit that resets later than this is an error, not a wait. Default 60 seconds. */
  maxRateLimitWaitSeconds?: number
  /**
   * Space writes a second apart (three for new pull requests), as GitHub asks to stay clear of
   * its secondary rate limits. Default true; tests turn it off.
   */
  spaceWrites?: boolean
  /** Results per page when listing statuses and comments. Default 100 (GitHub's maximum). */
  pageSize?: number
  /** Where notes about waits and retries go. */
  log?: (message: string) => void
}

export type GitHubErrorKind =
  'auth' | 'permission' | 'rate-limit' | 'not-found' | 'validation' | 'server' | 'network'

export class GitHubApiError extends Error {
  /** GitHub's HTTP status; undefined when GitHub never answered. */
  readonly status?: number
  readonly kind: GitHubErrorKind

  constructor(message: string, kind: GitHubErrorKind, status?: number) {
    super(redact(message))
    this.name = 'GitHubApiError'
    this.kind = kind
    this.status = status
  }
}
registerUserError(GitHubApiError)

/** Which part of the repository a call touches: it decides the permission a 403 asks for. */
type Area = 'statuses' | 'pulls' | 'comments'

type Octokit = ReturnType<typeof getOctokit>

/** A Bottleneck group stand-in that runs jobs at once, for `spaceWrites: false`. */
const IMMEDIATE = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve(job(...args)),
  }),
} as unknown as NonNullable<ThrottlingOptions['write']>

export class GitHubRepoClient {
  readonly owner: string
  readonly repo: string
  readonly baseUrl: string
  private readonly octokit: Octokit
  private readonly pageSize: number
  private readonly retries: number
  private readonly maxWait: number
  private readonly log: (message: string) => void
  private readonly dispatcher: EnvHttpProxyAgent

  constructor(opts: GitHubRepoClientOptions) {
    const env = opts.env ?? process.env
    if (!opts.token)
      throw new Error(
        'a GitHub token is needed: pass the github-token input (the default ${{ github.token }} works)',
      )
    const m = /^([^/\s]+)\/([^/\s]+)$/.exec(opts.repository)
    if (!m) throw new Error(`"${opts.repository}" is not a GitHub repository name; it must be owner/name`)
    ;[this.owner, this.repo] = [m[1], m[2].replace(/\.git$/, '')]
    this.baseUrl = (opts.baseUrl || env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
    this.pageSize = opts.pageSize ?? 100
    this.retries = opts.retries ?? 2
    this.maxWait = opts.maxRateLimitWaitSeconds ?? 60
    this.log = opts.log ?? (() => {})
    registerSecret(opts.token)
    const unit = opts.retryDelayUnitMs ?? 1000
    // Proxies from the environment (HTTPS_PROXY, NO_PROXY), for whatever baseUrl this is; 30 s
    // timeouts like the other HTTP clients (undici's default is 300 s, times the retries).
    const dispatcher = (this.dispatcher = new EnvHttpProxyAgent({
      proxyTunnel: false,
      headersTimeout: 30_000,
      bodyTimeout: 30_000,
    }))
    const onLimit =
      (kind: string) =>
      (
        retryAfter: number,
        options: { method: string; url: string } & Record<string, unknown>,
        _o: unknown,
        count: number,
      ) =>
        this.waitOrGiveUp(kind, retryAfter, `${options.method} ${expand(options.url, options)}`, count)
    this.octokit = getOctokit(
      opts.token,
      {
        baseUrl: this.baseUrl,
        userAgent: `srcgit/${VERSION}`,
        request: {
          fetch: (url: string, init: object) =>
            undiciFetch(url, { ...init, dispatcher } as Parameters<typeof undiciFetch>[1]),
        },
        log: {
          debug: () => {},
          info: () => {},
          warn: (s: string) => this.log(s),
          error: (s: string) => this.log(s),
        },
        retry: { retries: this.retries, retryAfterBaseValue: unit },
        throttle: {
          retryAfterBaseValue: unit,
          onRateLimit: onLimit('rate limit'),
          onSecondaryRateLimit: onLimit('secondary rate limit'),
          ...(opts.spaceWrites === false ? { write: IMMEDIATE, notifications: IMMEDIATE } : {}),
        },
      },
      retry,
      throttling,
    )
  }

  get fullName(): string {
    return `${this.owner}/${this.repo}`
  }

  /** Closes pooled connections (tests, and the end of a CLI run). */
  close(): Promise<void> {
    return this.dispatcher.close()
  }

  /** The newest status of each context on `sha` (contexts compare case-insensitively, as on GitHub). */
  async listStatuses(sha: string): Promise<GitHubStatus[]> {
    const all = await this.call(
      `cannot read the commit statuses of ${shortSha(sha)} in ${this.fullName}`,
      'statuses',
      () =>
        this.octokit.paginate(this.octokit.rest.repos.listCommitStatusesForRef, {
          owner: this.owner,
          repo: this.repo,
          ref: sha,
          per_page: this.pageSize,
        }),
    )
    const seen = new Set<string>()
    const latest: GitHubStatus[] = []
    // GitHub lists newest first: the first of each context is its current state.
    for (const s of all) {
      const key = (s.context ?? 'default').toLowerCase()
      if (seen.has(key)) continue
      seen.add(key)
      latest.push({
        id: s.id,
        state: s.state as GitHubStatusState,
        context: s.context ?? 'default',
        description: s.description ?? null,
        target_url: s.target_url ?? null,
        created_at: s.created_at,
      })
    }
    return latest
  }

  async createStatus(sha: string, status: NewGitHubStatus): Promise<GitHubStatus> {
    const what = `cannot set the commit status "${status.context}" on ${shortSha(sha)} in ${this.fullName}`
    const { data } = await this.call(what, 'statuses', () =>
      this.octokit.rest.repos.createCommitStatus({
        owner: this.owner,
        repo: this.repo,
        sha,
        state: status.state,
        context: status.context,
        ...(status.description !== undefined ? { description: status.description } : {}),
        ...(status.target_url !== undefined ? { target_url: status.target_url } : {}),
      }),
    )
    return {
      id: data.id,
      state: data.state as GitHubStatusState,
      context: data.context,
      description: data.description ?? null,
      target_url: data.target_url ?? null,
      created_at: data.created_at,
    }
  }

  /** The open pull request from `head` (`branch` or `owner:branch`) into `base`, if there is one. */
  async findOpenPull(head: string, base: string): Promise<GitHubPull | undefined> {
    const qualified = head.includes(':') ? head : `${this.owner}:${head}`
    const { data } = await this.call(`cannot list the pull requests of ${this.fullName}`, 'pulls', () =>
      this.octokit.rest.pulls.list({
        owner: this.owner,
        repo: this.repo,
        state: 'open',
        head: qualified,
        base,
      }),
    )
    return data.length ? pullOf(data[0]) : undefined
  }

  /**
   * Opens a pull request. When one is already open for the same head and base (an earlier run,
   * or a retried request that did reach GitHub), returns that one with created: false.
   */
  async createPull(pull: NewGitHubPull): Promise<{ pull: GitHubPull; created: boolean }> {
    const what = `cannot open a pull request from ${pull.head} into ${pull.base} in ${this.fullName}`
    try {
      const { data } = await this.octokit.rest.pulls.create({ owner: this.owner, repo: this.repo, ...pull })
      return { pull: pullOf(data), created: true }
    } catch (error) {
      if (!/A pull request already exists for/i.test(githubMessages(error).join(' ')))
        throw this.rewrite(what, 'pulls', error, { head: pull.head, base: pull.base })
    }
    const existing = await this.findOpenPull(pull.head, pull.base)
    if (!existing)
      throw new GitHubApiError(
        `${what}: GitHub says one already exists, but no open pull request from ${pull.head} into ${pull.base} was found; run again`,
        'validation',
        422,
      )
    return { pull: existing, created: false }
  }

  async updatePull(number: number, changes: GitHubPullUpdate): Promise<GitHubPull> {
    const what = `cannot update pull request #${number} in ${this.fullName}`
    const { data } = await this.call(
      what,
      'pulls',
      () =>
        this.octokit.rest.pulls.update({
          owner: this.owner,
          repo: this.repo,
          pull_number: number,
          ...changes,
        }),
      { base: changes.base, number },
    )
    return pullOf(data)
  }

  async pull(number: number): Promise<GitHubPull> {
    const what = `cannot read pull request #${number} in ${this.fullName}`
    const { data } = await this.call(
      what,
      'pulls',
      () => this.octokit.rest.pulls.get({ owner: this.owner, repo: this.repo, pull_number: number }),
      { number },
    )
    return pullOf(data)
  }

  /**
   * Every comment of pull request (or issue) `number`'s conversation, oldest first, all pages.
   * Review comments on lines of the diff are not among them.
   */
  async listIssueComments(number: number): Promise<GitHubIssueComment[]> {
    const what = `cannot read the comments of pull request #${number} in ${this.fullName}`
    const all = await this.call(
      what,
      'comments',
      () =>
        this.octokit.paginate(this.octokit.rest.issues.listComments, {
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          per_page: this.pageSize,
        }),
      { number },
    )
    return all.map(commentOf)
  }

  /** Adds a comment to pull request (or issue) `number`'s conversation. */
  async createIssueComment(number: number, body: string): Promise<{ id: number; html_url: string }> {
    const what = `cannot comment on pull request #${number} in ${this.fullName}`
    const { data } = await this.call(
      what,
      'comments',
      () =>
        this.octokit.rest.issues.createComment({
          owner: this.owner,
          repo: this.repo,
          issue_number: number,
          body,
        }),
      { number },
    )
    return { id: data.id, html_url: data.html_url }
  }

  /** The throttling plugin's question: wait out this rate limit and retry, or give up? */
  private waitOrGiveUp(kind: string, retryAfter: number, request: string, count: number): boolean {
    if (count >= this.retries || retryAfter > this.maxWait) return false
    this.log(
      `GitHub ${kind} reached (${request}); retrying in ${retryAfter} s (retry ${count + 1} of ${this.retries})`,
    )
    return true
  }

  private async call<T>(what: string, area: Area, fn: () => Promise<T>, subject: Subject = {}): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      throw this.rewrite(what, area, error, subject)
    }
  }

  private rewrite(what: string, area: Area, error: unknown, subject: Subject): GitHubApiError {
    const { reason, kind, status } = explain(error, area, this, subject)
    return new GitHubApiError(`${what}: ${reason}`, kind, status)
  }
}

/** What a call was about, for messages that name it. */
interface Subject {
  head?: string
  base?: string
  number?: number
}

interface PullData {
  number: number
  html_url: string
  state: string
  merged_at: string | null
  draft?: boolean
  title: string
  body: string | null
  head: { ref: string; label: string; sha: string }
  base: { ref: string; sha: string }
  user: { login: string } | null
  updated_at: string
}

function pullOf(data: PullData): GitHubPull {
  return {
    number: data.number,
    html_url: data.html_url,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: data.merged_at !== null,
    draft: data.draft ?? false,
    title: data.title,
    body: data.body,
    head: { ref: data.head.ref, label: data.head.label, sha: data.head.sha },
    base: { ref: data.base.ref, sha: data.base.sha },
    user: data.user?.login,
    updated_at: data.updated_at,
  }
}

function commentOf(data: {
  id: number
  body?: string | null
  user: { login: string } | null
  html_url: string
}): GitHubIssueComment {
  return { id: data.id, body: data.body ?? '', user: data.user?.login, html_url: data.html_url }
}

/** An Octokit route template with its parameters filled in: /repos/{owner}/{repo} -> /repos/o/r. */
function expand(url: string, params: Record<string, unknown>): string {
  return url.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(value) : whole
  })
}

/** The parts of an Octokit RequestError we read. */
interface RequestErrorLike {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined>; data?: unknown }
  cause?: unknown
}

/** GitHub's own words: the body's message and each validation error's message (or "field code"). */
function githubMessages(error: unknown): string[] {
  const data = (error as RequestErrorLike)?.response?.data as
    { message?: unknown; errors?: { message?: unknown; field?: unknown; code?: unknown }[] } | undefined
  const out: string[] = []
  if (typeof data?.message === 'string') out.push(data.message)
  for (const e of Array.isArray(data?.errors) ? data.errors : []) {
    if (typeof e.message === 'string') out.push(e.message)
    else if (typeof e.field === 'string') out.push(`${e.field} ${String(e.code ?? 'invalid')}`)
  }
  return out
}

const STATUSES_PERMISSION =
  'give the workflow job `permissions: statuses: write` (a personal access token needs "Commit statuses: write", ' +
  'or the repo:status scope); pull_request runs from forks always get a read-only GITHUB_TOKEN, whatever ' +
  '`permissions:` says, so report on fork pull requests from a pull_request_target or workflow_run workflow'
const PULLS_PERMISSION =
  'give the workflow job `permissions: pull-requests: write` (and `contents: write` to push the branch); ' +
  'a personal access token needs "Pull requests: write" and "Contents: write", or the repo scope'

// Pull requests are issues: their conversation comments are the issue-comments endpoints, which a
// token may use with either the "Pull requests" or the "Issues" permission (write to post).
const COMMENTS_PERMISSION =
  'give the workflow job `permissions: pull-requests: write` (or `issues: write`: either lets a GITHUB_TOKEN ' +
  'comment on a pull request); a fine-grained personal access token needs "Pull requests: write" (or ' +
  '"Issues: write"), a classic one the repo scope (public_repo for a public repository); pull_request runs ' +
  'from forks always get a read-only GITHUB_TOKEN, whatever `permissions:` says'

const PERMISSION: Record<Area, string> = {
  statuses: STATUSES_PERMISSION,
  pulls: PULLS_PERMISSION,
  comments: COMMENTS_PERMISSION,
}

function explain(
  error: unknown,
  area: Area,
  client: GitHubRepoClient,
  subject: Subject,
): { reason: string; kind: GitHubErrorKind; status?: number } {
  const e = error as RequestErrorLike
  if (!e?.response) {
    const code = networkCode(error) ?? (error instanceof Error ? error.message : String(error))
    return {
      kind: 'network',
      reason:
        `GitHub did not answer at ${client.baseUrl} (${code}); check GITHUB_API_URL, the network and the proxy ` +
        'settings (HTTPS_PROXY, NO_PROXY)',
    }
  }
  const status = e.status ?? 0
  const said = githubMessages(error)
  const quote = `${status} ${said.join(': ') || 'no message'}`
  const headers = e.response.headers ?? {}
  if (status === 401)
    return {
      kind: 'auth',
      status,
      reason:
        `GitHub refused the token (${quote}): it is wrong, revoked or expired; check the github-token input ` +
        "(a workflow's GITHUB_TOKEN is valid only while its job runs)",
    }
  if (
    (status === 403 || status === 429) &&
    (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(quote))
  ) {
    const reset = Number(headers['x-ratelimit-reset'])
    const when = reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : ''
    return {
      kind: 'rate-limit',
      status,
      reason: /secondary/i.test(quote)
        ? `GitHub's secondary rate limit stopped the request (${quote}); wait a few minutes and run again`
        : `the token's GitHub API rate limit is used up${when} (${quote}); run again after that`,
    }
  }
  if (status === 403 && /not permitted to create or approve pull requests/i.test(quote))
    return {
      kind: 'permission',
      status,
      reason:
        `GitHub Actions may not open pull requests in ${client.fullName} (${quote}); enable Settings > Actions > ` +
        'General > "Allow GitHub Actions to create and approve pull requests", or pass a personal access token ' +
        'or a GitHub App token as github-token',
    }
  if (status === 403 && area === 'comments' && /\bis locked\b/i.test(quote))
    return {
      kind: 'permission',
      status,
      reason: `the conversation of pull request #${subject.number} is locked to collaborators (${quote})`,
    }
  if (status === 403)
    return {
      kind: 'permission',
      status,
      reason: `the token may not do this (${quote}); ${PERMISSION[area]}`,
    }
  if (status === 404)
    return {
      kind: 'not-found',
      status,
      reason:
        subject.number !== undefined && area !== 'statuses'
          ? `pull request #${subject.number} does not exist in ${client.fullName}, or the token cannot see it (${quote})`
          : `${client.fullName} was not found at ${client.baseUrl}, or the token cannot see it (${quote}); check ` +
            'the repository name, GITHUB_API_URL, and that the token can read the repository',
    }
  if (status === 422)
    return { kind: 'validation', status, reason: explainValidation(quote, said, subject, client) }
  return { kind: 'server', status, reason: `GitHub answered ${quote}; try again later` }
}

function explainValidation(
  quote: string,
  said: string[],
  subject: Subject,
  client: GitHubRepoClient,
): string {
  const text = said.join(' ')
  if (/No commit found for SHA/i.test(text))
    return `GitHub has no such commit in ${client.fullName} (${quote}); statuses can only be set on commits pushed there`
  if (/\bhead invalid\b/.test(text))
    return `branch ${subject.head} does not exist on GitHub (${quote}); push it before opening the pull request`
  if (/\bbase invalid\b/.test(text))
    return `the base branch ${subject.base} does not exist in ${client.fullName} (${quote})`
  if (/No commits between/i.test(text))
    return `${subject.head} has no commits that ${subject.base} does not have (${quote}); there is nothing to propose`
  if (/description is too long/i.test(text))
    return `GitHub rejected the status (${quote}); keep descriptions to 140 characters`
  return `GitHub rejected the request (${quote})`
}
