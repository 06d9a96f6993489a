/**
 * The GitLab project client srcgit needs on the source-git side: commit statuses (to mirror
 * Pagure flags), merge requests (to propose changes back) and their notes (comments, to report
 * on them), on @gitbeaker/rest. States stay GitLab's own (pending, running, success, failed,
 * canceled, skipped). GitLab's refusal to move a status to the state it already has ("Cannot
 * transition status") is not an error, as in packit-service. Failures become GitLabApiError
 * messages that say which token, role or scope is needed.
 */
import { Gitlab } from '@gitbeaker/rest'
import { redact, registerSecret } from '../../runtime/secrets.js'
import { networkCode, shortSha } from './api-errors.js'
import { registerUserError } from '../../runtime/user-errors.js'

export type GitLabStatusState = 'pending' | 'running' | 'success' | 'failed' | 'canceled' | 'skipped'

export interface GitLabStatus {
  id: number
  state: GitLabStatusState
  name: string
  ref: string | null
  description: string | null
  target_url: string | null
  created_at: string
}

export interface NewGitLabStatus {
  state: GitLabStatusState
  /** GitLab's `name` (alias `context`): what groups updates. */
  name: string
  description?: string
  target_url?: string
  /** The branch or tag; GitLab picks a branch containing the commit when omitted. */
  ref?: string
}

export type GitLabMergeRequestState = 'opened' | 'closed' | 'merged' | 'locked'

export interface GitLabMergeRequest {
  iid: number
  web_url: string
  state: GitLabMergeRequestState
  title: string
  description: string | null
  source_branch: string
  target_branch: string
  /** Head of the source branch; null when GitLab has not computed it. */
  sha: string | null
  /** The author's username. */
  author?: string
  updated_at: string
}

export interface NewGitLabMergeRequest {
  source_branch: string
  target_branch: string
  title: string
  description?: string
  remove_source_branch?: boolean
  squash?: boolean
  labels?: string[]
}

export interface GitLabMergeRequestUpdate {
  title?: string
  description?: string
  target_branch?: string
  state_event?: 'close' | 'reopen'
}

/** A note (comment) on a merge request. */
export interface GitLabNote {
  id: number
  body: string
  /** The author's username. */
  author?: string
  /** GitLab's own notes (pushes, label changes, ...) are `system`; people's and bots' are not. */
  system: boolean
  created_at: string
}

export interface GitLabProjectClientOptions {
  /** The instance (CI_SERVER_URL) or its API root (CI_API_V4_URL); default from env, CI_API_V4_URL first. */
  url?: string
  /** Project id or path; default CI_PROJECT_ID, else CI_PROJECT_PATH. */
  project?: string | number
  /** A project access token; default SRCGIT_GITLAB_TOKEN. */
  token?: string
  /** CI_JOB_TOKEN, used only when there is no token (GitLab refuses it for statuses and merge requests). */
  jobToken?: string
  env?: Record<string, string | undefined>
  /** Per-request timeout; default 30 s. */
  timeoutMs?: number
  /** Extra attempts when GitLab says another update of the status is in progress (409). Default 3. */
  retries?: number
  /** Wait before such a retry; default 1000 ms. */
  retryDelayMs?: number
  /** Results per page when listing; default 100 (GitLab's maximum). */
  pageSize?: number
}

export type GitLabErrorKind =
  'auth' | 'permission' | 'not-found' | 'validation' | 'conflict' | 'server' | 'network'

export class GitLabApiError extends Error {
  /** GitLab's HTTP status; undefined when GitLab never answered. */
  readonly status?: number
  readonly kind: GitLabErrorKind

  constructor(message: string, kind: GitLabErrorKind, status?: number) {
    super(redact(message))
    this.name = 'GitLabApiError'
    this.kind = kind
    this.status = status
  }
}
registerUserError(GitLabApiError)

const HOW_TO_GET_A_TOKEN =
  'create a project access token with the api scope and the Developer role (Settings > Access tokens) ' +
  'and store it as the masked CI/CD variable SRCGIT_GITLAB_TOKEN'

/** Which kind of call failed: it decides what a refusal asks for. */
type Area = 'statuses' | 'merge requests' | 'notes'

function nonEmpty(value: string | undefined): string | undefined {
  return value?.trim() ? value.trim() : undefined
}

/** The instance URL without /api/v4, from an explicit URL or the CI variables. */
function instanceUrl(url: string | undefined, env: Record<string, string | undefined>): string | undefined {
  const given = nonEmpty(url) ?? nonEmpty(env.CI_API_V4_URL) ?? nonEmpty(env.CI_SERVER_URL)
  const trimmed = given?.replace(/\/+$/, '')
  return trimmed?.endsWith('/api/v4') ? trimmed.slice(0, -'/api/v4'.length) : trimmed
}

export class GitLabProjectClient {
  readonly host: string
  readonly project: string | number
  private readonly api: InstanceType<typeof Gitlab<false>>
  private readonly auth: 'token' | 'job-token' | 'none'
  private readonly retries: number
  private readonly retryDelayMs: number
  private readonly pageSize: number

  constructor(opts: GitLabProjectClientOptions = {}) {
    const env = opts.env ?? process.env
    const host = instanceUrl(opts.url, env)
    const project = opts.project ?? nonEmpty(env.CI_PROJECT_ID) ?? nonEmpty(env.CI_PROJECT_PATH)
    if (!host || project === undefined || project === '')
      throw new Error(
        'cannot reach the GitLab project: CI_SERVER_URL (or CI_API_V4_URL) and CI_PROJECT_ID are not set; run inside a GitLab CI job',
      )
    this.host = host
    this.project = project
    const token = nonEmpty(opts.token) ?? nonEmpty(env.SRCGIT_GITLAB_TOKEN)
    const jobToken = nonEmpty(opts.jobToken) ?? nonEmpty(env.CI_JOB_TOKEN)
    registerSecret(token)
    registerSecret(jobToken)
    this.auth = token ? 'token' : jobToken ? 'job-token' : 'none'
    const credentials = token ? { token } : jobToken ? { jobToken } : {}
    this.api = new Gitlab({ host, queryTimeout: opts.timeoutMs ?? 30_000, ...credentials })
    this.retries = opts.retries ?? 3
    this.retryDelayMs = opts.retryDelayMs ?? 1000
    this.pageSize = opts.pageSize ?? 100
  }

  /** The newest status of each name on `sha` (of `ref` only, when given). */
  async listStatuses(sha: string, opts: { ref?: string } = {}): Promise<GitLabStatus[]> {
    const what = `cannot read the commit statuses of ${shortSha(sha)} in ${this.project}`
    const all = await this.call(what, 'statuses', () =>
      this.api.Commits.allStatuses(this.project, sha, {
        ...(opts.ref ? { ref: opts.ref } : {}),
        perPage: this.pageSize,
      } as { ref?: string }),
    )
    const newest = new Map<string, GitLabStatus>()
    for (const s of all) {
      const status = statusOf(s)
      const seen = newest.get(status.name)
      if (!seen || seen.id < status.id) newest.set(status.name, status)
    }
    return [...newest.values()].sort((a, b) => b.id - a.id)
  }

  /**
   * Sets a status. When GitLab refuses because the status already is in that state ("Cannot
   * transition status via :run from :running"), nothing changed and that is fine: unchanged.
   */
  async createStatus(
    sha: string,
    status: NewGitLabStatus,
  ): Promise<{ status?: GitLabStatus; unchanged: boolean }> {
    const what = `cannot set the commit status "${status.name}" on ${shortSha(sha)} in ${this.project}`
    for (let attempt = 0; ; attempt++) {
      try {
        const created = await this.api.Commits.editStatus(
          this.project,
          sha,
          status.state as Parameters<typeof this.api.Commits.editStatus>[2],
          {
            name: status.name,
            ...(status.ref !== undefined ? { ref: status.ref } : {}),
            ...(status.description !== undefined ? { description: status.description } : {}),
            ...(status.target_url !== undefined ? { targetUrl: status.target_url } : {}),
          },
        )
        return { status: statusOf(created), unchanged: false }
      } catch (error) {
        const { status: code, message } = answer(error)
        if (code === 400 && /Cannot transition status/i.test(message)) return { unchanged: true }
        // GitLab holds a lock per commit while it updates a status; another update may be running.
        if (code === 409 && /in progress/i.test(message) && attempt < this.retries) {
          await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs))
          continue
        }
        throw this.rewrite(what, 'statuses', error, { sha, ref: status.ref })
      }
    }
  }

  /** The open merge request from `source` into `target`, if there is one. */
  async findOpenMergeRequest(source: string, target: string): Promise<GitLabMergeRequest | undefined> {
    const mrs = await this.call(`cannot list the merge requests of ${this.project}`, 'merge requests', () =>
      this.api.MergeRequests.all({
        projectId: this.project,
        state: 'opened',
        sourceBranch: source,
        targetBranch: target,
        perPage: this.pageSize,
      }),
    )
    return mrs.length ? mergeRequestOf(mrs[0]) : undefined
  }

  /**
   * Opens a merge request. When one is already open for the same branches (an earlier run),
   * returns that one with created: false.
   */
  async createMergeRequest(
    mr: NewGitLabMergeRequest,
  ): Promise<{ mergeRequest: GitLabMergeRequest; created: boolean }> {
    const what = `cannot open a merge request from ${mr.source_branch} into ${mr.target_branch} in ${this.project}`
    try {
      const created = await this.api.MergeRequests.create(
        this.project,
        mr.source_branch,
        mr.target_branch,
        mr.title,
        {
          ...(mr.description !== undefined ? { description: mr.description } : {}),
          ...(mr.remove_source_branch !== undefined ? { removeSourceBranch: mr.remove_source_branch } : {}),
          ...(mr.squash !== undefined ? { squash: mr.squash } : {}),
          ...(mr.labels !== undefined ? { labels: mr.labels.join(',') } : {}),
        },
      )
      return { mergeRequest: mergeRequestOf(created), created: true }
    } catch (error) {
      const { status, message } = answer(error)
      if (status !== 409 || !/already exists/i.test(message))
        throw this.rewrite(what, 'merge requests', error, {})
    }
    const existing = await this.findOpenMergeRequest(mr.source_branch, mr.target_branch)
    if (!existing)
      throw new GitLabApiError(
        `${what}: GitLab says one already exists, but no open merge request from ${mr.source_branch} into ` +
          `${mr.target_branch} was found; run again`,
        'conflict',
        409,
      )
    return { mergeRequest: existing, created: false }
  }

  async updateMergeRequest(iid: number, changes: GitLabMergeRequestUpdate): Promise<GitLabMergeRequest> {
    const what = `cannot update merge request !${iid} in ${this.project}`
    const updated = await this.call(
      what,
      'merge requests',
      () =>
        this.api.MergeRequests.edit(this.project, iid, {
          ...(changes.title !== undefined ? { title: changes.title } : {}),
          ...(changes.description !== undefined ? { description: changes.description } : {}),
          ...(changes.target_branch !== undefined ? { targetBranch: changes.target_branch } : {}),
          ...(changes.state_event !== undefined ? { stateEvent: changes.state_event } : {}),
        }),
      { iid },
    )
    return mergeRequestOf(updated)
  }

  /** Every note of merge request `iid`, oldest first (system notes included), all pages. */
  async listMergeRequestNotes(iid: number): Promise<GitLabNote[]> {
    const what = `cannot read the comments of merge request !${iid} in ${this.project}`
    const notes = await this.call(
      what,
      'notes',
      () =>
        this.api.MergeRequestNotes.all(this.project, iid, {
          orderBy: 'created_at',
          sort: 'asc',
          perPage: this.pageSize,
        }),
      { iid },
    )
    return notes.map(noteOf)
  }

  /** Adds a comment (a note) to merge request `iid`. */
  async createMergeRequestNote(iid: number, body: string): Promise<GitLabNote> {
    const what = `cannot comment on merge request !${iid} in ${this.project}`
    const note = await this.call(
      what,
      'notes',
      () => this.api.MergeRequestNotes.create(this.project, iid, body),
      { iid },
    )
    return noteOf(note)
  }

  private async call<T>(what: string, area: Area, fn: () => Promise<T>, subject: Subject = {}): Promise<T> {
    try {
      return await fn()
    } catch (error) {
      throw this.rewrite(what, area, error, subject)
    }
  }

  private rewrite(what: string, area: Area, error: unknown, subject: Subject): GitLabApiError {
    const { reason, kind, status } = explain(error, area, this, subject)
    return new GitLabApiError(`${what}: ${reason}`, kind, status)
  }

  /** Which credential went with the requests (for messages). */
  get credential(): 'token' | 'job-token' | 'none' {
    return this.auth
  }
}

interface Subject {
  sha?: string
  ref?: string
  iid?: number
}

function statusOf(s: Record<string, unknown>): GitLabStatus {
  return {
    id: Number(s.id),
    state: String(s.status) as GitLabStatusState,
    name: String(s.name),
    ref: typeof s.ref === 'string' ? s.ref : null,
    description: typeof s.description === 'string' ? s.description : null,
    target_url: typeof s.target_url === 'string' ? s.target_url : null,
    created_at: String(s.created_at),
  }
}

function mergeRequestOf(mr: Record<string, unknown>): GitLabMergeRequest {
  const author = mr.author as { username?: unknown } | null | undefined
  return {
    iid: Number(mr.iid),
    web_url: String(mr.web_url),
    state: String(mr.state) as GitLabMergeRequestState,
    title: String(mr.title),
    description: typeof mr.description === 'string' ? mr.description : null,
    source_branch: String(mr.source_branch),
    target_branch: String(mr.target_branch),
    sha: typeof mr.sha === 'string' ? mr.sha : null,
    author: typeof author?.username === 'string' ? author.username : undefined,
    updated_at: String(mr.updated_at),
  }
}

function noteOf(note: Record<string, unknown>): GitLabNote {
  const author = note.author as { username?: unknown } | null | undefined
  return {
    id: Number(note.id),
    body: typeof note.body === 'string' ? note.body : '',
    author: typeof author?.username === 'string' ? author.username : undefined,
    system: note.system === true,
    created_at: String(note.created_at),
  }
}

/** What a refused call was trying to do, for messages. */
const DOING: Record<Area, string> = {
  statuses: 'post commit statuses',
  'merge requests': 'open or update merge requests',
  notes: 'comment on merge requests',
}

/** GitLab's status and words behind a @gitbeaker error (cause.response); no status when it never answered. */
function answer(error: unknown): { status?: number; message: string } {
  const status = (error as { cause?: { response?: { status?: unknown } } })?.cause?.response?.status
  const message = error instanceof Error ? error.message : String(error)
  return { status: typeof status === 'number' ? status : undefined, message }
}

function explain(
  error: unknown,
  area: Area,
  client: GitLabProjectClient,
  subject: Subject,
): { reason: string; kind: GitLabErrorKind; status?: number } {
  const { status, message } = answer(error)
  const name = (error as { name?: unknown })?.name
  if (status === undefined) {
    if (name === 'GitbeakerTimeoutError')
      return { kind: 'network', reason: `GitLab at ${client.host} did not answer in time; try again later` }
    if (name === 'GitbeakerRetryError') return { kind: 'server', reason: `${message}; try again later` }
    return {
      kind: 'network',
      reason: `GitLab did not answer at ${client.host} (${networkCode(error) ?? message}); check CI_SERVER_URL and the network`,
    }
  }
  // GitLab's messages often start with the status already ("404 Project Not Found").
  const quote = message.startsWith(`${status} `) ? message : `${status} ${message}`
  if (status === 401 && client.credential === 'job-token')
    return {
      kind: 'auth',
      status,
      reason:
        `GitLab refused CI_JOB_TOKEN (${quote}): CI_JOB_TOKEN cannot ${DOING[area]}; ` + HOW_TO_GET_A_TOKEN,
    }
  if (status === 401)
    return {
      kind: 'auth',
      status,
      reason:
        client.credential === 'none'
          ? `GitLab needs a token for this (${quote}); ${HOW_TO_GET_A_TOKEN}`
          : `GitLab refused SRCGIT_GITLAB_TOKEN (${quote}): it is wrong, revoked or expired; ${HOW_TO_GET_A_TOKEN}`,
    }
  if (status === 403 && /insufficient_scope/i.test(message))
    return {
      kind: 'permission',
      status,
      reason: `SRCGIT_GITLAB_TOKEN lacks the api scope (${quote}); a read_api token can only read: ${HOW_TO_GET_A_TOKEN}`,
    }
  if (status === 403)
    return {
      kind: 'permission',
      status,
      reason:
        area === 'statuses'
          ? `the token's role may not set commit statuses${subject.ref ? ` on ${subject.ref}` : ''} (${quote}); ` +
            "give the token's user (or the project access token) the Developer role, or Maintainer for protected branches"
          : `the token's role may not ${DOING[area]} (${quote}); give the token's user (or the ` +
            'project access token) the Developer role',
    }
  if (status === 404 && /Project Not Found/i.test(message))
    return {
      kind: 'not-found',
      status,
      reason:
        `project ${client.project} was not found at ${client.host}, or the token cannot see it (${quote}); ` +
        'check CI_PROJECT_ID and that the token belongs to a member of the project',
    }
  if (status === 404 && /References for commit/i.test(message))
    return {
      kind: 'not-found',
      status,
      reason: `no branch of ${client.project} contains the commit (${quote}); pass the ref, or push a branch that contains it`,
    }
  if (status === 404 && /Commit Not Found/i.test(message))
    return {
      kind: 'not-found',
      status,
      reason: `GitLab has no such commit in ${client.project} (${quote}); statuses can only be set on commits pushed there`,
    }
  if (status === 404 && subject.iid !== undefined)
    return {
      kind: 'not-found',
      status,
      reason: `merge request !${subject.iid} does not exist in ${client.project} (${quote})`,
    }
  if (status === 409 && /in progress/i.test(message))
    return { kind: 'conflict', status, reason: `GitLab was busy with another update (${quote}); run again` }
  if (status === 409 && /same project\/branch/i.test(message))
    return { kind: 'validation', status, reason: `the source and target branch are the same (${quote})` }
  if (status === 409) return { kind: 'conflict', status, reason: `GitLab refused it (${quote})` }
  if (status === 400 || status === 422)
    return { kind: 'validation', status, reason: `GitLab rejected the request (${quote})` }
  return { kind: 'server', status, reason: `GitLab answered ${quote}; try again later` }
}
