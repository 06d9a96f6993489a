/**
 * The pull request subset: list (state, head=owner:branch, base, sort, paged), get one, create
 * (one open pull request per head and base; heads must exist and differ from the base), and
 * update (title, body, state, base).
 */
import { authorize, loginOf } from './auth.js'
import type { RouteContext } from './context.js'
import { ApiError, DOCS, type Reply, json, notFound, page, stringField, validationFailed } from './http.js'
import { pullJson } from './json.js'
import type { GitHubState, RepoState } from './state.js'
import type { PullRecord } from './types.js'

/** `owner:branch` or `branch` (this repository's owner). */
function parseHead(repo: RepoState, head: string): { owner: string; ref: string } {
  const colon = head.indexOf(':')
  return colon < 0
    ? { owner: repo.owner, ref: head }
    : { owner: head.slice(0, colon), ref: head.slice(colon + 1) }
}

/** The repository holding a head: this one, or the owner's fork of it (same name). */
function headRepo(state: GitHubState, repo: RepoState, owner: string): RepoState | undefined {
  return owner.toLowerCase() === repo.owner.toLowerCase() ? repo : state.findRepo(owner, repo.name)
}

function sameHead(pr: PullRecord, owner: string, ref: string): boolean {
  return pr.head.owner.toLowerCase() === owner.toLowerCase() && pr.head.ref === ref
}

function alreadyExists(documentation: string, owner: string, ref: string): ApiError {
  return validationFailed(documentation, [
    {
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${owner}:${ref}.`,
    },
  ])
}

function findPull(repo: RepoState, number: string): PullRecord {
  const pr = /^\d+$/.test(number) ? repo.pulls.find((p) => p.number === Number(number)) : undefined
  if (!pr) throw notFound()
  return pr
}

export function listPulls(ctx: RouteContext, repo: RepoState): Reply {
  authorize(ctx.caller, repo, 'pull_requests', 'read', DOCS.listPulls)
  const q = ctx.url.searchParams
  const state = q.get('state') ?? 'open'
  const head = q.get('head')
  const base = q.get('base')
  let pulls = repo.pulls.filter(
    (p) => state === 'all' || p.state === (state === 'closed' ? 'closed' : 'open'),
  )
  if (head) {
    const { owner, ref } = parseHead(repo, head)
    pulls = pulls.filter((p) => sameHead(p, owner, ref))
  }
  if (base) pulls = pulls.filter((p) => p.base.ref === base)
  const key = q.get('sort') === 'updated' ? 'updated_at' : 'created_at'
  const direction = q.get('direction') === 'asc' ? 1 : -1
  pulls = [...pulls].sort((a, b) => direction * (a[key].localeCompare(b[key]) || a.number - b.number))
  const { items, headers } = page(pulls, ctx.url, ctx.base)
  return json(
    200,
    items.map((p) => pullJson(ctx.base, ctx.state, repo, p, false)),
    headers,
  )
}

export function getPull(ctx: RouteContext, repo: RepoState, number: string): Reply {
  authorize(ctx.caller, repo, 'pull_requests', 'read', DOCS.getPull)
  return json(200, pullJson(ctx.base, ctx.state, repo, findPull(repo, number), true))
}

export function createPull(ctx: RouteContext, repo: RepoState): Reply {
  authorize(ctx.caller, repo, 'pull_requests', 'write', DOCS.createPull)
  const token = ctx.caller.token!
  if ((token.kind ?? 'actions') === 'actions' && !repo.actionsCanCreatePullRequests)
    throw new ApiError(
      403,
      'GitHub Actions is not permitted to create or approve pull requests.',
      DOCS.createPull,
    )
  const field = (name: string) => stringField(ctx.body, name, 'PullRequest', DOCS.createPull)
  const [title, headName, baseRef] = [field('title'), field('head'), field('base')]
  const missing = (['head', 'base', 'title'] as const).filter((name) => !field(name))
  if (missing.length)
    throw validationFailed(
      DOCS.createPull,
      missing.map((name) => ({ resource: 'PullRequest', code: 'missing_field', field: name })),
    )
  const { owner, ref } = parseHead(repo, headName!)
  const source = headRepo(ctx.state, repo, owner)
  const headSha = source?.branches.get(ref)
  if (!headSha)
    throw validationFailed(DOCS.createPull, [{ resource: 'PullRequest', code: 'invalid', field: 'head' }])
  const baseSha = repo.branches.get(baseRef!)
  if (!baseSha)
    throw validationFailed(DOCS.createPull, [{ resource: 'PullRequest', code: 'invalid', field: 'base' }])
  if (headSha === baseSha)
    throw validationFailed(DOCS.createPull, [
      { resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${headName}` },
    ])
  if (repo.pulls.some((p) => p.state === 'open' && sameHead(p, owner, ref) && p.base.ref === baseRef))
    throw alreadyExists(DOCS.createPull, source!.owner, ref)
  const now = ctx.state.now()
  const pr: PullRecord = {
    id: ctx.state.nextId(),
    number: repo.pulls.length + 1,
    state: 'open',
    merged: false,
    title: title!,
    body: field('body') ?? null,
    draft: ctx.body.draft === true,
    maintainer_can_modify: ctx.body.maintainer_can_modify !== false,
    head: { owner: source!.owner, repo: source!.name, ref, sha: headSha },
    base: { ref: baseRef!, sha: baseSha },
    user: loginOf(token),
    created_at: now,
    updated_at: now,
    closed_at: null,
    merged_at: null,
  }
  repo.pulls.push(pr)
  return json(201, pullJson(ctx.base, ctx.state, repo, pr, true))
}

export function updatePull(ctx: RouteContext, repo: RepoState, number: string): Reply {
  authorize(ctx.caller, repo, 'pull_requests', 'write', DOCS.updatePull)
  const pr = findPull(repo, number)
  const field = (name: string) => stringField(ctx.body, name, 'PullRequest', DOCS.updatePull)
  const [title, body, state, base] = [field('title'), field('body'), field('state'), field('base')]
  if (state !== undefined && state !== 'open' && state !== 'closed')
    throw validationFailed(DOCS.updatePull, [{ resource: 'PullRequest', code: 'invalid', field: 'state' }])
  const baseSha = base === undefined ? undefined : repo.branches.get(base)
  if (base !== undefined && !baseSha)
    throw validationFailed(DOCS.updatePull, [{ resource: 'PullRequest', code: 'invalid', field: 'base' }])
  const opens = (state ?? pr.state) === 'open'
  const targetBase = base ?? pr.base.ref
  if (
    opens &&
    repo.pulls.some(
      (p) =>
        p !== pr &&
        p.state === 'open' &&
        sameHead(p, pr.head.owner, pr.head.ref) &&
        p.base.ref === targetBase,
    )
  )
    throw alreadyExists(DOCS.updatePull, pr.head.owner, pr.head.ref)
  if (title !== undefined) pr.title = title
  if (body !== undefined) pr.body = body
  if (typeof ctx.body.maintainer_can_modify === 'boolean')
    pr.maintainer_can_modify = ctx.body.maintainer_can_modify
  if (base !== undefined) pr.base = { ref: base, sha: baseSha! }
  const now = ctx.state.now()
  if (state !== undefined && state !== pr.state) {
    pr.state = state
    pr.closed_at = state === 'closed' ? now : null
  }
  pr.updated_at = now
  return json(200, pullJson(ctx.base, ctx.state, repo, pr, true))
}
