/**
 * A tiny stand-in for GitLab's REST API on 127.0.0.1, for srcgit's GitLab CI code: just
 * GET /api/v4/projects/:id/releases/:tag_name, answering with GitLab's JSON shapes, status
 * codes and error bodies (`{"message":"404 Not Found"}` for a missing release, `404 Project
 * Not Found` for a project the caller cannot see, `401 Unauthorized` for a bad token), and a
 * request log. Auth as GitLab does it: `JOB-TOKEN` or `PRIVATE-TOKEN` headers.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeRelease {
  tag_name: string
  description: string | null
  name?: string
}

export interface FakeProject {
  id: number
  /** group/name */
  path: string
  /** Private projects are visible only with a valid token. */
  visibility?: 'public' | 'private'
  releases: FakeRelease[]
}

export interface GitLabRequest {
  method: string
  /** The path as sent (still percent-encoded). */
  path: string
  /** Which credential came with it: 'job-token', 'private-token' or 'none' (never the value). */
  auth: 'job-token' | 'private-token' | 'none'
}

export interface FakeGitLab {
  /** CI_SERVER_URL */
  url: string
  /** CI_API_V4_URL */
  apiUrl: string
  log: GitLabRequest[]
  /** The next `times` requests answer this status with GitLab's error body. */
  fail(status: number, times?: number): void
  stop(): Promise<void>
}

const REASONS: Record<number, string> = {
  401: '401 Unauthorized',
  403: '403 Forbidden',
  500: '500 Internal Server Error',
  502: '502 Bad Gateway',
  503: '503 Service Unavailable',
}

export async function startFakeGitLab(opts: {
  projects: FakeProject[]
  /** Valid CI_JOB_TOKEN values. */
  jobTokens?: string[]
  /** Valid personal/project access tokens (PRIVATE-TOKEN). */
  tokens?: string[]
}): Promise<FakeGitLab> {
  const log: GitLabRequest[] = []
  const failures: number[] = []
  let base = ''
  const server = http.createServer((req, res) => {
    const rawPath = (req.url ?? '/').split('?')[0]
    const jobToken = req.headers['job-token']
    const privateToken = req.headers['private-token']
    log.push({
      method: req.method ?? 'GET',
      path: rawPath,
      auth: jobToken ? 'job-token' : privateToken ? 'private-token' : 'none',
    })
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(body))
    }
    const failure = failures.shift()
    if (failure) return send(failure, { message: REASONS[failure] ?? `${failure}` })
    const presented = (jobToken ?? privateToken) as string | undefined
    const valid = [...(opts.jobTokens ?? []), ...(opts.tokens ?? [])]
    if (presented !== undefined && !valid.includes(presented))
      return send(401, { message: '401 Unauthorized' })
    // Segments are matched decoded, as Rails routes them: `group%2Fname`, `release%2F1.0`.
    const match = /^\/api\/v4\/projects\/([^/]+)\/releases\/([^/]+)$/.exec(rawPath)
    if (req.method !== 'GET' || !match) return send(404, { error: '404 Not Found' })
    const [projectRef, tag] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])]
    const project = opts.projects.find((p) => String(p.id) === projectRef || p.path === projectRef)
    if (!project || (project.visibility === 'private' && presented === undefined))
      return send(404, { message: '404 Project Not Found' })
    const release = project.releases.find((r) => r.tag_name === tag)
    if (!release) return send(404, { message: '404 Not Found' })
    send(200, releaseJson(base, project, release))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: base,
    apiUrl: `${base}/api/v4`,
    log,
    fail(status, times = 1) {
      for (let i = 0; i < times; i++) failures.push(status)
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** Entities::Release as GET /projects/:id/releases/:tag_name returns it. */
function releaseJson(base: string, project: FakeProject, release: FakeRelease) {
  const web = `${base}/${project.path}`
  const sha = 'f8d3d94cbd347e924aa7b715845e439d00e80ca4'
  const tag = encodeURIComponent(release.tag_name)
  const archive = project.path.split('/').pop()
  return {
    name: release.name ?? release.tag_name,
    tag_name: release.tag_name,
    description: release.description,
    created_at: '2026-11-20T10:00:00.000Z',
    released_at: '2026-11-20T10:00:00.000Z',
    upcoming_release: false,
    author: {
      id: 1,
      username: 'jane',
      name: 'Jane Packager',
      state: 'active',
      locked: false,
      avatar_url: null,
      web_url: `${base}/jane`,
    },
    commit: {
      id: sha,
      short_id: sha.slice(0, 8),
      created_at: '2026-11-20T09:00:00.000+00:00',
      parent_ids: [],
      title: `Release ${release.tag_name}`,
      message: `Release ${release.tag_name}\n`,
      author_name: 'Jane Packager',
      author_email: 'jane@example.com',
      authored_date: '2026-11-20T09:00:00.000+00:00',
      committer_name: 'Jane Packager',
      committer_email: 'jane@example.com',
      committed_date: '2026-11-20T09:00:00.000+00:00',
      trailers: {},
      extended_trailers: {},
      web_url: `${web}/-/commit/${sha}`,
    },
    commit_path: `/${project.path}/-/commit/${sha}`,
    tag_path: `/${project.path}/-/tags/${tag}`,
    assets: {
      count: 2,
      sources: ['zip', 'tar.gz'].map((format) => ({
        format,
        url: `${web}/-/archive/${tag}/${archive}-${tag}.${format}`,
      })),
      links: [],
    },
    evidences: [],
    _links: {
      closed_issues_url: `${web}/-/issues?release_tag=${tag}&scope=all&state=closed`,
      closed_merge_requests_url: `${web}/-/merge_requests?release_tag=${tag}&scope=all&state=closed`,
      merged_merge_requests_url: `${web}/-/merge_requests?release_tag=${tag}&scope=all&state=merged`,
      opened_issues_url: `${web}/-/issues?release_tag=${tag}&scope=all&state=opened`,
      opened_merge_requests_url: `${web}/-/merge_requests?release_tag=${tag}&scope=all&state=opened`,
      self: `${web}/-/releases/${tag}`,
    },
  }
}
