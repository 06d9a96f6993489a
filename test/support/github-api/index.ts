/**
 * A local stand-in for the part of GitHub's REST API srcgit uses, on 127.0.0.1: commit statuses,
 * pull requests, their conversation (issue) comments and releases by tag, with GitHub's JSON shapes, status codes and error bodies,
 * token permissions like a workflow's `permissions:` block, a request log (token names, never
 * values), canned failures and rate limits, and direct access to what was stored.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { DEFAULT_LOGIN, identify, rejectUnknown } from './auth.js'
import { addIssueComment, commentsOf, createIssueComment, listIssueComments } from './comments.js'
import type { RouteContext } from './context.js'
import { ApiError, DOCS, type Reply, notFound, readJson, statusText } from './http.js'
import { createPull, getPull, listPulls, updatePull } from './pulls.js'
import { releaseByTag } from './releases.js'
import { GitHubState, type RepoState } from './state.js'
import { combinedStatus, createStatus, latestPerContext, listStatuses, statusesOf } from './statuses.js'
import type {
  FailOptions,
  FakeGitHubRepo,
  FakeGitHubToken,
  GitHubRequestRecord,
  IssueCommentRecord,
  PullRecord,
  StatusRecord,
} from './types.js'

export type * from './types.js'

export interface FakeGitHubOptions {
  repos: FakeGitHubRepo[]
  tokens?: FakeGitHubToken[]
  /** Serve under a path, as GitHub Enterprise Server does (`/api/v3`). Default: none. */
  pathPrefix?: string
}

export interface NewPull {
  /** `branch` or `owner:branch`. */
  head: string
  base: string
  title: string
  body?: string | null
  state?: 'open' | 'closed'
  merged?: boolean
  user?: string
}

export interface FakeGitHub {
  /** The API root, as GITHUB_API_URL names it. */
  url: string
  log: GitHubRequestRecord[]
  /** The next `times` matching requests answer `status` with GitHub's error body. */
  fail(status: number, times?: number, opts?: FailOptions): void
  /**
   * The next `times` requests hit a rate limit: the primary one (403, x-ratelimit-remaining: 0,
   * x-ratelimit-reset `retryAfter` seconds from now) or a secondary one (403 with Retry-After).
   */
  rateLimit(opts?: { times?: number; secondary?: boolean; retryAfter?: number; status?: 403 | 429 }): void
  /** Every status of a sha, newest first. */
  statuses(repo: string, sha: string): StatusRecord[]
  /** The newest status of each context, newest first. */
  latestStatuses(repo: string, sha: string): StatusRecord[]
  pulls(repo: string): PullRecord[]
  /** Points a branch at a sha (a push): the commit becomes known, open pull requests from it follow. */
  setBranch(repo: string, branch: string, sha: string): void
  addCommit(repo: string, sha: string): void
  /** A pull request made outside the API (an earlier run, a person). */
  addPull(repo: string, pull: NewPull): PullRecord
  /** The conversation comments of a pull request, oldest first. */
  comments(repo: string, number: number): IssueCommentRecord[]
  /** A comment made outside the API (a person, an earlier run); default author github-actions[bot]. */
  addComment(repo: string, number: number, body: string, user?: string): IssueCommentRecord
  stop(): Promise<void>
}

interface Fault extends FailOptions {
  status: number
  left: number
}

const JSON_HEADERS = {
  'Content-Type': 'application/json; charset=utf-8',
  'X-GitHub-Media-Type': 'github.v3; format=json',
}

function send(res: ServerResponse, reply: Reply): void {
  const text = JSON.stringify(reply.body)
  res.writeHead(reply.status, {
    ...JSON_HEADERS,
    ...reply.headers,
    'Content-Length': String(Buffer.byteLength(text)),
  })
  res.end(text)
}

export async function startFakeGitHub(opts: FakeGitHubOptions): Promise<FakeGitHub> {
  const state = new GitHubState(opts.repos)
  const tokens = opts.tokens ?? []
  const prefix = (opts.pathPrefix ?? '').replace(/\/+$/, '')
  const log: GitHubRequestRecord[] = []
  const faults: Fault[] = []
  let base = ''

  function takeFault(method: string, pathWithQuery: string): Fault | undefined {
    const fault = faults.find(
      (f) =>
        (!f.method || f.method.toUpperCase() === method) &&
        (f.path === undefined ||
          (typeof f.path === 'string' ? pathWithQuery.split('?')[0] === f.path : f.path.test(pathWithQuery))),
    )
    if (fault && --fault.left <= 0) faults.splice(faults.indexOf(fault), 1)
    return fault
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const caller = identify(req, tokens)
    const record: GitHubRequestRecord = {
      method,
      path: url.pathname,
      query: url.search.slice(1),
      token: caller.name,
      status: 0,
    }
    log.push(record)
    let reply: Reply
    try {
      const body = method === 'GET' || method === 'HEAD' ? undefined : await readJson(req)
      if (body !== undefined) record.body = body
      const fault = takeFault(method, url.pathname + url.search)
      if (fault) {
        req.resume()
        reply = new ApiError(fault.status, fault.message ?? statusText(fault.status), DOCS.rest, undefined, {
          ...fault.headers,
        }).reply()
      } else {
        rejectUnknown(caller)
        reply = route({ method, url, base, state, caller, body: body ?? {} }, url.pathname)
      }
    } catch (error) {
      if (!(error instanceof ApiError)) throw error
      reply = error.reply()
    }
    record.status = reply.status
    send(res, reply)
  }

  function route(ctx: RouteContext, rawPath: string): Reply {
    if (!rawPath.startsWith(`${prefix}/`)) throw notFound()
    const parts = rawPath
      .slice(prefix.length + 1)
      .split('/')
      .map(decodeURIComponent)
    if (parts[0] !== 'repos' || parts.length < 4) throw notFound()
    const repo = state.findRepo(parts[1], parts[2])
    if (!repo) throw notFound()
    const rest = parts.slice(3)
    const is = (method: string, ...shape: (string | null)[]) =>
      ctx.method === method &&
      rest.length === shape.length &&
      shape.every((s, i) => s === null || s === rest[i])
    if (is('POST', 'statuses', null)) return createStatus(ctx, repo, rest[1])
    if (is('GET', 'commits', null, 'statuses')) return listStatuses(ctx, repo, rest[1])
    if (is('GET', 'commits', null, 'status')) return combinedStatus(ctx, repo, rest[1])
    if (is('GET', 'pulls')) return listPulls(ctx, repo)
    if (is('POST', 'pulls')) return createPull(ctx, repo)
    if (is('GET', 'pulls', null)) return getPull(ctx, repo, rest[1])
    if (is('PATCH', 'pulls', null)) return updatePull(ctx, repo, rest[1])
    if (is('GET', 'issues', null, 'comments')) return listIssueComments(ctx, repo, rest[1])
    if (is('POST', 'issues', null, 'comments')) return createIssueComment(ctx, repo, rest[1])
    if (is('GET', 'releases', 'tags', null)) return releaseByTag(ctx, repo, rest[2])
    throw notFound()
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      send(res, {
        status: 500,
        body: { message: String(error), documentation_url: DOCS.rest, status: '500' },
      })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`

  const repoOf = (name: string): RepoState => state.repo(name)
  return {
    url: base,
    log,
    fail(status, times = 1, failOpts = {}) {
      faults.push({ ...failOpts, status, left: times })
    },
    rateLimit({ times = 1, secondary = false, retryAfter = 1, status = 403 } = {}) {
      const headers: Record<string, string> = secondary
        ? { 'Retry-After': String(retryAfter) }
        : {
            'X-RateLimit-Limit': '1000',
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-Used': '1000',
            'X-RateLimit-Reset': String(Math.floor(Date.now() / 1000) + retryAfter),
            'X-RateLimit-Resource': 'core',
          }
      const message = secondary
        ? 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. ' +
          'If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.'
        : 'API rate limit exceeded for installation ID 4242.'
      faults.push({ status, left: times, message, headers })
    },
    statuses: (name, sha) => statusesOf(repoOf(name), sha),
    latestStatuses: (name, sha) => latestPerContext(repoOf(name), sha),
    pulls: (name) => repoOf(name).pulls,
    setBranch(name, branch, sha) {
      const repo = repoOf(name)
      repo.branches.set(branch, sha)
      repo.commits.add(sha)
      for (const target of state.repos)
        for (const pr of target.pulls)
          if (
            pr.state === 'open' &&
            pr.head.owner === repo.owner &&
            pr.head.repo === repo.name &&
            pr.head.ref === branch
          )
            pr.head.sha = sha
    },
    addCommit(name, sha) {
      repoOf(name).commits.add(sha)
    },
    addPull(name, pull) {
      const repo = repoOf(name)
      const colon = pull.head.indexOf(':')
      const [owner, ref] =
        colon < 0 ? [repo.owner, pull.head] : [pull.head.slice(0, colon), pull.head.slice(colon + 1)]
      const source = owner === repo.owner ? repo : state.repo(`${owner}/${repo.name}`)
      const now = state.now()
      const closed = pull.state === 'closed' || pull.merged === true
      const record: PullRecord = {
        id: state.nextId(),
        number: repo.pulls.length + 1,
        state: closed ? 'closed' : 'open',
        merged: pull.merged ?? false,
        title: pull.title,
        body: pull.body ?? null,
        draft: false,
        maintainer_can_modify: true,
        head: {
          owner: source.owner,
          repo: source.name,
          ref,
          sha: source.branches.get(ref) ?? '0'.repeat(40),
        },
        base: { ref: pull.base, sha: repo.branches.get(pull.base) ?? '0'.repeat(40) },
        user: pull.user ?? owner,
        created_at: now,
        updated_at: now,
        closed_at: closed ? now : null,
        merged_at: pull.merged ? now : null,
      }
      repo.pulls.push(record)
      return record
    },
    comments: (name, number) => commentsOf(repoOf(name), number),
    addComment(name, number, body, user = DEFAULT_LOGIN) {
      const repo = repoOf(name)
      if (!repo.pulls.some((p) => p.number === number))
        throw new Error(`the fake GitHub has no pull request #${number} in ${name}`)
      return addIssueComment({ state }, repo, number, body, user)
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
