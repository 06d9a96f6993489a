/**
 * GitLab's commit statuses for the fake GitLab (api.ts): POST /projects/:id/statuses/:sha and
 * GET /projects/:id/repository/commits/:sha/statuses, with Ci::CreateCommitStatusService's
 * rules: a pending or running status of the same name, ref and user is moved to the new state
 * (or refused with 400 "Cannot transition status via :event from :state" when the state machine
 * has no such edge); otherwise a new status is created and older ones of that name are retried.
 * Access (tokens, roles, scopes) is checked by api.ts before these handlers run.
 */
import type { Reply, RouteContext } from './api.js'

export type GitLabStatusState = 'pending' | 'running' | 'success' | 'failed' | 'canceled' | 'skipped'
type JobState = GitLabStatusState | 'created'

export interface GitLabStatusRecord {
  id: number
  sha: string
  ref: string
  status: GitLabStatusState
  name: string
  target_url: string | null
  description: string | null
  coverage: number | null
  pipeline_id: number
  /** Username of the token that set it. */
  author: string
  created_at: string
  started_at: string | null
  finished_at: string | null
  /** Superseded by a newer status of the same name (hidden unless all=true). */
  retried: boolean
}

const STATES: GitLabStatusState[] = ['pending', 'running', 'success', 'failed', 'canceled', 'skipped']

/** The state machine edge each requested state takes (CommitStatus / Ci::HasStatus). */
const EVENTS: Record<GitLabStatusState, { event: string; from: JobState[] }> = {
  pending: { event: 'enqueue', from: ['created', 'skipped'] },
  running: { event: 'run', from: ['pending'] },
  success: { event: 'success', from: ['created', 'pending', 'running'] },
  failed: { event: 'drop', from: ['created', 'pending', 'running'] },
  canceled: { event: 'cancel', from: ['created', 'pending', 'running'] },
  skipped: { event: 'skip', from: ['created', 'pending'] },
}

const TERMINAL = new Set<JobState>(['success', 'failed', 'canceled', 'skipped'])

const message = (status: number, text: unknown): Reply => ({ status, body: { message: text } })

/** The state a job ends in, or the 400 GitLab answers for a missing edge. */
function transition(from: JobState, to: GitLabStatusState): JobState | Reply {
  // `running` first enqueues a new job (created -> pending) without a bang, then runs it.
  const start = to === 'running' && from === 'created' ? 'pending' : from
  const { event, from: allowed } = EVENTS[to]
  if (allowed.includes(start)) return to
  return message(
    400,
    `Cannot transition status via :${event} from :${start} (Reason(s): Status cannot transition via "${event}")`,
  )
}

function field(params: Record<string, unknown>, name: string): string | undefined {
  const value = params[name]
  return value === undefined || value === null ? undefined : String(value)
}

export function postStatus(ctx: RouteContext, sha: string): Reply {
  const { project, params } = ctx
  const state = field(params, 'state')
  if (state === undefined) return { status: 400, body: { error: 'state is missing' } }
  if (!(STATES as string[]).includes(state))
    return { status: 400, body: { error: 'state does not have a valid value' } }
  if (!project.commits.has(sha)) return message(404, '404 Commit Not Found')
  const name = field(params, 'name') ?? field(params, 'context') ?? 'default'
  const previous = project.statuses.filter((s) => s.sha === sha)
  const ref =
    field(params, 'ref') ??
    previous.at(-1)?.ref ??
    [...(project.commits.get(sha) ?? [])].sort()[0] ??
    undefined
  if (!ref) return message(404, '404 References for commit Not Found')
  if (project.protectedBranches.has(ref) && !ctx.atLeast('maintainer')) return message(403, '403 Forbidden')
  const targetUrl = field(params, 'target_url')
  if (targetUrl !== undefined && !/^https?:\/\/[^\s/]+/i.test(targetUrl))
    return message(400, { target_url: ['is blocked: Only allowed schemes are http, https'] })

  const existing = previous.find(
    (s) =>
      !s.retried &&
      s.name === name &&
      s.ref === ref &&
      s.author === ctx.actor.username &&
      (s.status === 'pending' || s.status === 'running'),
  )
  const next = transition(existing?.status ?? 'created', state as GitLabStatusState)
  if (typeof next !== 'string') return next
  const now = ctx.now()
  const record: GitLabStatusRecord = existing ?? {
    id: ctx.nextId(),
    sha,
    ref,
    status: 'pending',
    name,
    target_url: null,
    description: null,
    coverage: null,
    pipeline_id: pipelineId(ctx, sha, ref),
    author: ctx.actor.username,
    created_at: now,
    started_at: null,
    finished_at: null,
    retried: false,
  }
  record.status = next as GitLabStatusState
  if (targetUrl !== undefined) record.target_url = targetUrl
  const description = field(params, 'description')
  if (description !== undefined) record.description = description
  const coverage = field(params, 'coverage')
  if (coverage !== undefined) record.coverage = Number(coverage)
  if (next === 'running' && !record.started_at) record.started_at = now
  if (TERMINAL.has(next)) record.finished_at = now
  if (!existing) {
    // A new job of a name retries the older ones (a status posted again after it finished).
    for (const old of previous) if (old.name === name && old.ref === ref) old.retried = true
    project.statuses.push(record)
  }
  return { status: 201, body: statusJson(ctx.base, record) }
}

/** One external pipeline per sha and ref, as the service finds or creates it. */
function pipelineId(ctx: RouteContext, sha: string, ref: string): number {
  const same = ctx.project.statuses.find((s) => s.sha === sha && s.ref === ref)
  return same?.pipeline_id ?? ctx.nextId()
}

export function listStatuses(ctx: RouteContext, sha: string): Reply {
  const { project, params } = ctx
  if (!project.commits.has(sha)) return message(404, '404 Commit Not Found')
  let statuses = project.statuses.filter((s) => s.sha === sha)
  if (!['1', 'true'].includes(field(params, 'all') ?? '')) statuses = statuses.filter((s) => !s.retried)
  for (const key of ['ref', 'name'] as const) {
    const value = field(params, key)
    if (value) statuses = statuses.filter((s) => s[key] === value)
  }
  const stage = field(params, 'stage')
  if (stage && stage !== 'external') statuses = []
  const pipeline = field(params, 'pipeline_id')
  if (pipeline) statuses = statuses.filter((s) => String(s.pipeline_id) === pipeline)
  const orderBy = field(params, 'order_by') ?? 'id'
  if (orderBy !== 'id' && orderBy !== 'pipeline_id')
    return { status: 400, body: { error: 'order_by does not have a valid value' } }
  const direction = field(params, 'sort') === 'desc' ? -1 : 1
  statuses = [...statuses].sort((a, b) => direction * (a[orderBy] - b[orderBy] || a.id - b.id))
  const { items, headers } = ctx.page(statuses)
  return {
    status: 200,
    headers,
    body: items.map((s) => statusJson(ctx.base, s)),
  }
}

/** Entities::CommitStatus. */
export function statusJson(base: string, s: GitLabStatusRecord) {
  return {
    id: s.id,
    sha: s.sha,
    ref: s.ref,
    status: s.status,
    name: s.name,
    target_url: s.target_url,
    description: s.description,
    created_at: s.created_at,
    started_at: s.started_at,
    finished_at: s.finished_at,
    allow_failure: false,
    coverage: s.coverage,
    pipeline_id: s.pipeline_id,
    author: userJson(base, s.author),
  }
}

/** Entities::UserBasic. */
export function userJson(base: string, username: string) {
  let id = 7
  for (const c of username) id = (id * 31 + c.charCodeAt(0)) % 100_000
  return {
    id,
    username,
    name: username,
    state: 'active',
    locked: false,
    avatar_url: null,
    web_url: `${base}/${username}`,
  }
}
