/** Request-side helpers of the Pagure API: get_request_data, form fields, projects from the URL. */
import { type RequestContext, mediaType, parseForm, readBody } from './http.js'
import type { GitRepos } from './git-repos.js'
import { ApiError } from './pagure-auth.js'
import type { Projects } from './projects.js'
import type { ForgeState, ProjectRecord } from './state.js'

/** What the API handlers work on; `base` is the instance URL (no trailing slash). */
export interface ApiDeps {
  state: ForgeState
  repos: GitRepos
  projects: Projects
  base: string
}

export type RequestData = Record<string, unknown>

/** The project named by the URL: /<ns>/<repo> or /fork/<user>/<ns>/<repo>. */
export interface Target {
  namespace: string | undefined
  name: string
  forkUser?: string
}

/**
 * get_request_data(): the form (urlencoded or multipart), else a JSON body when the media
 * type is application/json. Repeated form keys keep their first value, as Flask's .get().
 */
export async function requestData(ctx: RequestContext): Promise<RequestData> {
  const body = await readBody(ctx.req)
  if (!body.length) return {}
  const type = mediaType(ctx.req)
  if (type === 'application/json') {
    try {
      const value: unknown = JSON.parse(body.toString('utf8'))
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as RequestData) : {}
    } catch {
      throw new ApiError(400, 'EINVALIDREQ')
    }
  }
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') return {}
  const data: RequestData = {}
  for (const [key, value] of (await parseForm(ctx.req, body)).entries())
    if (!(key in data)) data[key] = typeof value === 'string' ? value : value.name
  return data
}

/** A field as WTForms sees it: a string, or undefined when absent or null. */
export function field(data: RequestData, name: string): string | undefined {
  const value = data[name]
  return value === undefined || value === null ? undefined : String(value)
}

/** Python truthiness of a request value (Pagure's `get_request_data().get("wait", True)`). */
export function truthy(data: RequestData, name: string, absent: boolean): boolean {
  if (!(name in data)) return absent
  const value = data[name]
  if (Array.isArray(value)) return value.length > 0
  if (value && typeof value === 'object') return Object.keys(value).length > 0
  return Boolean(value)
}

/** WTForms' DataRequired: missing or blank is "This field is required.". */
export function required(data: RequestData, names: string[]): void {
  const errors: Record<string, string[]> = {}
  for (const name of names) if (!field(data, name)?.trim()) errors[name] = ['This field is required.']
  if (Object.keys(errors).length) throw new ApiError(400, 'EINVALIDREQ', { errors })
}

/** _get_repo: the project or 404 ENOPROJECT. */
export function getRepo(state: ForgeState, target: Target): ProjectRecord {
  const project = state.findProject(target.namespace, target.name, target.forkUser)
  if (!project) throw new ApiError(404, 'ENOPROJECT')
  return project
}

/** _check_pull_request: forks have pull requests disabled. */
export function checkPullRequests(project: ProjectRecord): void {
  if (!project.pullRequests) throw new ApiError(404, 'EPULLREQUESTSDISABLED')
}
