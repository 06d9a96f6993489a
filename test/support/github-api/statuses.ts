/**
 * Commit statuses: POST /repos/{o}/{r}/statuses/{sha}, GET .../commits/{ref}/statuses (newest
 * first, paged) and GET .../commits/{ref}/status (the combined state and the latest per context).
 */
import { authorize, loginOf } from './auth.js'
import type { RouteContext } from './context.js'
import {
  ApiError,
  DOCS,
  type Reply,
  type ValidationError,
  json,
  page,
  stringField,
  validationFailed,
} from './http.js'
import { combinedStatusJson, statusJson } from './json.js'
import type { RepoState } from './state.js'
import type { StatusRecord, StatusState } from './types.js'

const STATES: StatusState[] = ['error', 'failure', 'pending', 'success']
/** GitHub keeps at most this many statuses per sha and context. */
const MAX_PER_CONTEXT = 1000

const noCommit = (sha: string, documentation: string) =>
  new ApiError(422, `No commit found for SHA: ${sha}`, documentation)

export function createStatus(ctx: RouteContext, repo: RepoState, sha: string): Reply {
  authorize(ctx.caller, repo, 'statuses', 'write', DOCS.createStatus)
  const body = ctx.body
  const state = body.state
  // Schema checks come first and answer "Invalid request." like GitHub's request validation.
  if (state === undefined || state === null)
    throw new ApiError(422, 'Invalid request.\n\n"state" wasn\'t supplied.', DOCS.createStatus)
  if (typeof state !== 'string' || !(STATES as string[]).includes(state))
    throw new ApiError(
      422,
      `Invalid request.\n\nFor 'properties/state', ${JSON.stringify(state)} is not one of ${JSON.stringify(STATES).replace(/,/g, ', ')}.`,
      DOCS.createStatus,
    )
  if (!repo.commits.has(sha)) throw noCommit(sha, DOCS.createStatus)
  const field = (name: string) => stringField(body, name, 'Status', DOCS.createStatus)
  const context = field('context') ?? 'default'
  const description = field('description') ?? null
  const targetUrl = field('target_url') ?? null
  const errors: ValidationError[] = []
  const tooLong = (name: string, max: number) =>
    errors.push({
      resource: 'Status',
      code: 'custom',
      field: name,
      message: `${name} is too long (maximum is ${max} characters)`,
    })
  if (description !== null && [...description].length > 140) tooLong('description', 140)
  if ([...context].length > 255) tooLong('context', 255)
  if (targetUrl !== null && targetUrl !== '' && !/^https?:\/\//i.test(targetUrl))
    errors.push({
      resource: 'Status',
      code: 'custom',
      field: 'target_url',
      message: 'target_url must use http(s) scheme',
    })
  if (errors.length) throw validationFailed(DOCS.createStatus, errors)
  const sameContext = repo.statuses.filter((s) => s.sha === sha && sameName(s.context, context))
  if (sameContext.length >= MAX_PER_CONTEXT)
    throw validationFailed(DOCS.createStatus, [
      {
        resource: 'Status',
        code: 'custom',
        message: 'This SHA and context has reached the maximum number of statuses.',
      },
    ])
  const now = ctx.state.now()
  const record: StatusRecord = {
    id: ctx.state.nextId(),
    sha,
    state: state as StatusState,
    context,
    description,
    target_url: targetUrl,
    created_at: now,
    updated_at: now,
    creator: loginOf(ctx.caller.token!),
  }
  repo.statuses.push(record)
  return json(201, statusJson(ctx.base, repo, record))
}

/** Contexts group case-insensitively on GitHub. */
function sameName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** Every status of the sha, newest first. */
export function statusesOf(repo: RepoState, sha: string): StatusRecord[] {
  return repo.statuses.filter((s) => s.sha === sha).sort((a, b) => b.id - a.id)
}

/** The newest status of each context, newest first. */
export function latestPerContext(repo: RepoState, sha: string): StatusRecord[] {
  const seen = new Set<string>()
  return statusesOf(repo, sha).filter((s) => {
    const key = s.context.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function listStatuses(ctx: RouteContext, repo: RepoState, ref: string): Reply {
  authorize(ctx.caller, repo, 'statuses', 'read', DOCS.listStatuses)
  const sha = ctx.state.resolveRef(repo, ref)
  const { items, headers } = page(statusesOf(repo, sha), ctx.url, ctx.base)
  return json(
    200,
    items.map((s) => statusJson(ctx.base, repo, s)),
    headers,
  )
}

export function combinedStatus(ctx: RouteContext, repo: RepoState, ref: string): Reply {
  authorize(ctx.caller, repo, 'statuses', 'read', DOCS.combinedStatus)
  const sha = ctx.state.resolveRef(repo, ref)
  if (!repo.commits.has(sha)) throw noCommit(ref, DOCS.combinedStatus)
  const latest = latestPerContext(repo, sha)
  const { items, headers } = page(latest, ctx.url, ctx.base)
  // The state covers every context, the page only some of them.
  const body = combinedStatusJson(ctx.base, repo, sha, latest)
  return json(
    200,
    { ...body, statuses: body.statuses.filter((s) => items.some((i) => i.id === s.id)) },
    headers,
  )
}
