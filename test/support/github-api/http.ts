/** HTTP pieces of the fake GitHub: GitHub's error bodies, JSON request bodies, page links. */
import http, { type IncomingMessage } from 'node:http'

export const DOCS = {
  rest: 'https://docs.github.com/rest',
  createStatus: 'https://docs.github.com/rest/commits/statuses#create-a-commit-status',
  listStatuses: 'https://docs.github.com/rest/commits/statuses#list-commit-statuses-for-a-reference',
  combinedStatus:
    'https://docs.github.com/rest/commits/statuses#get-the-combined-status-for-a-specific-reference',
  listPulls: 'https://docs.github.com/rest/pulls/pulls#list-pull-requests',
  getPull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  createPull: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
  updatePull: 'https://docs.github.com/rest/pulls/pulls#update-a-pull-request',
  listIssueComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createIssueComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  releaseByTag: 'https://docs.github.com/rest/releases/releases#get-a-release-by-tag-name',
  rateLimits: 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api',
} as const

export interface Reply {
  status: number
  headers?: Record<string, string>
  body: unknown
}

/** One entry of a 422 "Validation Failed" body. */
export interface ValidationError {
  resource: string
  code: 'missing_field' | 'invalid' | 'custom' | 'already_exists'
  field?: string
  message?: string
}

/** An answer with GitHub's error body, thrown by handlers. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly documentation = DOCS.rest as string,
    readonly errors?: ValidationError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }

  reply(): Reply {
    const body: Record<string, unknown> = { message: this.message }
    if (this.errors) body.errors = this.errors
    body.documentation_url = this.documentation
    body.status = String(this.status)
    return { status: this.status, headers: this.headers, body }
  }
}

export const notFound = () => new ApiError(404, 'Not Found')

export function validationFailed(documentation: string, errors: ValidationError[]): ApiError {
  return new ApiError(422, 'Validation Failed', documentation, errors)
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, headers, body }
}

export function statusText(status: number): string {
  return http.STATUS_CODES[status] ?? 'Error'
}

/** The JSON object of a request body; {} for none. A body that is not a JSON object is GitHub's 400. */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text.trim()) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new ApiError(400, 'Problems parsing JSON', DOCS.rest)
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new ApiError(400, 'Problems parsing JSON', DOCS.rest)
  return value as Record<string, unknown>
}

/** A string field, or undefined when absent or null; any other type is GitHub's 422 "invalid". */
export function stringField(
  body: Record<string, unknown>,
  name: string,
  resource: string,
  documentation: string,
): string | undefined {
  const value = body[name]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'string')
    throw validationFailed(documentation, [{ resource, code: 'invalid', field: name }])
  return value
}

/**
 * One page of `items` as GitHub pages lists: per_page (default 30, at most 100) and page (from 1),
 * with a Link header naming the next, last, first and prev pages when there are any.
 */
export function page<T>(items: T[], url: URL, base: string): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page')) || 30, 1), 100)
  const current = Math.max(Number(url.searchParams.get('page')) || 1, 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (n: number) => {
    const target = new URL(url.pathname + url.search, base)
    target.searchParams.set('page', String(n))
    return `<${target.href}>`
  }
  const links: string[] = []
  if (current < last) links.push(`${link(current + 1)}; rel="next"`, `${link(last)}; rel="last"`)
  if (current > 1) links.push(`${link(1)}; rel="first"`, `${link(current - 1)}; rel="prev"`)
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    headers: links.length ? { Link: links.join(', ') } : {},
  }
}
