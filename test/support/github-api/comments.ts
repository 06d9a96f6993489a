/**
 * Conversation comments of pull requests, which GitHub keeps as issue comments:
 * GET /repos/{o}/{r}/issues/{n}/comments (oldest first, `since`, paged) and POST to the same path.
 * A token needs the issues or the pull_requests permission (write to post); a number that is no
 * pull request here is 404.
 */
import { authorize, loginOf } from './auth.js'
import type { RouteContext } from './context.js'
import { ApiError, DOCS, type Reply, json, page, validationFailed } from './http.js'
import { issueCommentJson } from './json.js'
import type { RepoState } from './state.js'
import type { IssueCommentRecord, PullRecord } from './types.js'

/** GitHub's limit on a comment body, in characters. */
const MAX_BODY = 65536

function findIssue(repo: RepoState, number: string, documentation: string): PullRecord {
  const pr = /^\d+$/.test(number) ? repo.pulls.find((p) => p.number === Number(number)) : undefined
  if (!pr) throw new ApiError(404, 'Not Found', documentation)
  return pr
}

/** The comments of one pull request, oldest first. */
export function commentsOf(repo: RepoState, number: number): IssueCommentRecord[] {
  return repo.issueComments.filter((c) => c.issue === number).sort((a, b) => a.id - b.id)
}

export function listIssueComments(ctx: RouteContext, repo: RepoState, number: string): Reply {
  authorize(ctx.caller, repo, ['issues', 'pull_requests'], 'read', DOCS.listIssueComments)
  const pr = findIssue(repo, number, DOCS.listIssueComments)
  const since = ctx.url.searchParams.get('since')
  const comments = commentsOf(repo, pr.number).filter((c) => !since || c.updated_at >= since)
  const { items, headers } = page(comments, ctx.url, ctx.base)
  return json(
    200,
    items.map((c) => issueCommentJson(ctx.base, repo, c)),
    headers,
  )
}

export function createIssueComment(ctx: RouteContext, repo: RepoState, number: string): Reply {
  authorize(ctx.caller, repo, ['issues', 'pull_requests'], 'write', DOCS.createIssueComment)
  const pr = findIssue(repo, number, DOCS.createIssueComment)
  const body = ctx.body.body
  // Schema checks first, answered "Invalid request." like GitHub's request validation.
  if (body === undefined || body === null)
    throw new ApiError(422, 'Invalid request.\n\n"body" wasn\'t supplied.', DOCS.createIssueComment)
  if (typeof body !== 'string')
    throw new ApiError(
      422,
      `Invalid request.\n\nFor 'properties/body', ${JSON.stringify(body)} is not a string.`,
      DOCS.createIssueComment,
    )
  if (!body.trim())
    throw validationFailed(DOCS.createIssueComment, [
      { resource: 'IssueComment', code: 'custom', field: 'body', message: "Body can't be blank" },
    ])
  if ([...body].length > MAX_BODY)
    throw validationFailed(DOCS.createIssueComment, [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `Body is too long (maximum is ${MAX_BODY} characters)`,
      },
    ])
  const comment = addIssueComment(ctx, repo, pr.number, body, loginOf(ctx.caller.token!))
  const reply = issueCommentJson(ctx.base, repo, comment)
  return json(201, reply, { Location: reply.url })
}

/** Stores a comment (the API's POST, or a test's setup). */
export function addIssueComment(
  ctx: Pick<RouteContext, 'state'>,
  repo: RepoState,
  issue: number,
  body: string,
  user: string,
): IssueCommentRecord {
  const now = ctx.state.now()
  const comment: IssueCommentRecord = {
    id: ctx.state.nextId(),
    issue,
    body,
    user,
    created_at: now,
    updated_at: now,
  }
  repo.issueComments.push(comment)
  return comment
}
