/**
 * GitLabProjectClient (src/forges/gitlab-api.ts) against the local GitLab API in
 * test/support/gitlab: the commit status state machine (updates in place, new statuses after a
 * final state, "Cannot transition status" as no change), idempotent merge requests, and what
 * each refusal (job token, role, scope, protected branch) tells the user.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  GitLabApiError,
  GitLabProjectClient,
  type GitLabProjectClientOptions,
} from '../../src/forges/source-git/gitlab-api.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'

const sha = (c: string) => c.repeat(40)
const [MAIN, F41, F42, OLD, ORPHAN] = [sha('a'), sha('b'), sha('c'), sha('d'), sha('e')]
const DEV = 'glpat-DEVELOPERDEVELOPER'
const MAINTAINER = 'glpat-MAINTAINERMAINTAINER'
const REPORTER = 'glpat-REPORTERREPORTER'
const READ_API = 'glpat-READAPIREADAPI'
const OUTSIDER = 'glpat-OUTSIDEROUTSIDER'
const JOB = 'glcbt-64_JOBTOKENJOBTOKEN'

let gitlab: FakeGitLab
beforeAll(async () => {
  gitlab = await startFakeGitLab({
    projects: [
      {
        id: 17,
        path: 'pkgs/hello',
        branches: { main: MAIN, 'srcgit/f41': F41, 'srcgit/f42': F42 },
        commits: [{ sha: OLD, branches: ['main'] }, { sha: ORPHAN }],
        protectedBranches: ['main'],
      },
      { id: 18, path: 'pkgs/secret', visibility: 'private', branches: { main: MAIN } },
    ],
    jobTokens: [JOB],
    accessTokens: [
      { token: DEV, username: 'srcgit-bot', role: 'developer', scopes: ['api'] },
      { token: MAINTAINER, username: 'maintainer-bot', role: 'maintainer', scopes: ['api'] },
      { token: REPORTER, username: 'reporter-bot', role: 'reporter', scopes: ['api'] },
      { token: READ_API, username: 'reader-bot', role: 'developer', scopes: ['read_api'] },
      { token: OUTSIDER, username: 'outsider', role: 'maintainer', scopes: ['api'], projects: [17] },
    ],
  })
})
afterAll(() => gitlab.stop())

function client(opts: Partial<GitLabProjectClientOptions> = {}): GitLabProjectClient {
  return new GitLabProjectClient({
    url: gitlab.url,
    project: 17,
    token: DEV,
    retryDelayMs: 1,
    env: {},
    ...opts,
  })
}

async function failure(promise: Promise<unknown>): Promise<GitLabApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof GitLabApiError) return error
    throw error
  }
  throw new Error('expected a GitLabApiError')
}

async function requestsDuring<T>(fn: () => Promise<T>): Promise<{ result: T; requests: FakeGitLab['log'] }> {
  const from = gitlab.log.length
  const result = await fn()
  return { result, requests: gitlab.log.slice(from) }
}

const ofF41 = () => gitlab.statuses(17).filter((s) => s.sha === F41)

describe('commit statuses', () => {
  it('moves a pending status through running to success in place, in GitLab states', async () => {
    const gl = client()
    const first = await gl.createStatus(F41, {
      state: 'pending',
      name: 'fedora/f41/zuul',
      ref: 'srcgit/f41',
      description: 'queued',
      target_url: 'https://zuul.example/1',
    })
    expect(first).toEqual({
      status: expect.objectContaining({ state: 'pending', name: 'fedora/f41/zuul', ref: 'srcgit/f41' }),
      unchanged: false,
    })
    await gl.createStatus(F41, { state: 'running', name: 'fedora/f41/zuul', ref: 'srcgit/f41' })
    const done = await gl.createStatus(F41, {
      state: 'success',
      name: 'fedora/f41/zuul',
      ref: 'srcgit/f41',
      description: 'passed',
    })
    expect(done.status?.id).toBe(first.status?.id)
    expect(ofF41().map((s) => [s.status, s.description, s.target_url, s.author])).toEqual([
      ['success', 'passed', 'https://zuul.example/1', 'srcgit-bot'],
    ])
    expect((await gl.listStatuses(F41)).map((s) => [s.name, s.state, s.description])).toEqual([
      ['fedora/f41/zuul', 'success', 'passed'],
    ])
  })

  it('starts a new status after a final one, and lists the newest', async () => {
    const gl = client()
    await gl.createStatus(F41, { state: 'pending', name: 'fedora/f41/zuul', ref: 'srcgit/f41' })
    expect(ofF41().map((s) => [s.status, s.retried])).toEqual([
      ['success', true],
      ['pending', false],
    ])
    expect((await gl.listStatuses(F41)).map((s) => s.state)).toEqual(['pending'])
    await gl.createStatus(F41, { state: 'failed', name: 'fedora/f41/zuul', ref: 'srcgit/f41' })
    expect((await gl.listStatuses(F41)).map((s) => s.state)).toEqual(['failed'])
  })

  it('takes "Cannot transition status" as already in that state', async () => {
    const gl = client()
    const status = { state: 'running', name: 'fedora/f41/rpminspect', ref: 'srcgit/f41' } as const
    await gl.createStatus(F41, status)
    const { result, requests } = await requestsDuring(() => gl.createStatus(F41, status))
    expect(result).toEqual({ unchanged: true })
    expect(requests.map((r) => r.path)).toEqual([`/api/v4/projects/17/statuses/${F41}`])
    // The fake answered as GitLab does.
    const answer = await fetch(`${gitlab.apiUrl}/projects/17/statuses/${F41}`, {
      method: 'POST',
      headers: { 'PRIVATE-TOKEN': DEV, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...status, state: 'pending' }),
    })
    expect(answer.status).toBe(400)
    expect(await answer.json()).toEqual({
      message:
        'Cannot transition status via :enqueue from :running (Reason(s): Status cannot transition via "enqueue")',
    })
    expect((await client().createStatus(F41, { ...status, state: 'pending' })).unchanged).toBe(true)
  })

  it('keeps skipped and canceled as GitLab names them', async () => {
    const gl = client()
    await gl.createStatus(F42, { state: 'skipped', name: 'a', ref: 'srcgit/f42' })
    await gl.createStatus(F42, { state: 'canceled', name: 'b', ref: 'srcgit/f42' })
    expect((await gl.listStatuses(F42)).map((s) => `${s.name}=${s.state}`)).toEqual([
      'b=canceled',
      'a=skipped',
    ])
  })

  it('reads every page and keeps the newest status of each name', async () => {
    const gl = client({ pageSize: 2 })
    for (const [name, state] of [
      ['x', 'success'],
      ['y', 'failed'],
      ['z', 'pending'],
      ['x', 'failed'],
    ] as const)
      await gl.createStatus(F42, { state, name, ref: 'srcgit/f42' })
    const { result, requests } = await requestsDuring(() => gl.listStatuses(F42))
    expect(result.map((s) => `${s.name}=${s.state}`)).toEqual([
      'x=failed',
      'z=pending',
      'y=failed',
      'b=canceled',
      'a=skipped',
    ])
    expect(requests.map((r) => r.path)).toEqual(
      Array(3).fill(`/api/v4/projects/17/repository/commits/${F42}/statuses`),
    )
  })

  it('puts a status without ref on a branch containing the commit; protected branches need a Maintainer', async () => {
    const refused = await failure(client().createStatus(OLD, { state: 'success', name: 'ci' }))
    expect(refused.kind).toBe('permission')
    expect(refused.message).toBe(
      `cannot set the commit status "ci" on ${OLD.slice(0, 12)} in 17: the token's role may not set commit ` +
        "statuses (403 Forbidden); give the token's user (or the project access token) the Developer role, " +
        'or Maintainer for protected branches',
    )
    const { status } = await client({ token: MAINTAINER }).createStatus(OLD, { state: 'success', name: 'ci' })
    expect(status?.ref).toBe('main')
  })

  it('says when no branch contains the commit, and when GitLab does not have it', async () => {
    const orphan = await failure(client().createStatus(ORPHAN, { state: 'success', name: 'ci' }))
    expect(orphan.message).toContain(
      'no branch of 17 contains the commit (404 References for commit Not Found); pass the ref, or push a branch that contains it',
    )
    const unknown = await failure(
      client().createStatus(sha('9'), { state: 'success', name: 'ci', ref: 'main' }),
    )
    expect(unknown.kind).toBe('not-found')
    expect(unknown.message).toContain('GitLab has no such commit in 17 (404 Commit Not Found)')
  })

  it('explains that CI_JOB_TOKEN cannot post statuses', async () => {
    const gl = client({ token: undefined, jobToken: JOB })
    const { result: error, requests } = await requestsDuring(() =>
      failure(gl.createStatus(F41, { state: 'success', name: 'ci', ref: 'srcgit/f41' })),
    )
    expect(requests.map((r) => r.auth)).toEqual(['job-token'])
    expect(error.kind).toBe('auth')
    expect(error.message).toBe(
      `cannot set the commit status "ci" on ${F41.slice(0, 12)} in 17: GitLab refused CI_JOB_TOKEN (401 Unauthorized): ` +
        'CI_JOB_TOKEN cannot post commit statuses; create a project access token with the api scope and the Developer ' +
        'role (Settings > Access tokens) and store it as the masked CI/CD variable SRCGIT_GITLAB_TOKEN',
    )
  })

  it('names the role a Reporter lacks and the scope a read_api token lacks', async () => {
    const reporter = await failure(
      client({ token: REPORTER }).createStatus(F41, { state: 'success', name: 'r' }),
    )
    expect(reporter.message).toContain("the token's role may not set commit statuses (403 Forbidden)")
    const reader = client({ token: READ_API })
    const scope = await failure(reader.createStatus(F41, { state: 'success', name: 'r' }))
    expect(scope.message).toContain(
      'SRCGIT_GITLAB_TOKEN lacks the api scope (403 insufficient_scope); a read_api token can only read',
    )
    expect((await reader.listStatuses(F41)).length).toBeGreaterThan(0)
  })

  it('explains a refused token without showing it', async () => {
    const wrong = 'glpat-WRONGWRONGWRONG'
    const error = await failure(client({ token: wrong }).listStatuses(F41))
    expect(error.message).toContain(
      'GitLab refused SRCGIT_GITLAB_TOKEN (401 Unauthorized): it is wrong, revoked or expired',
    )
    expect(error.message).not.toContain(wrong)
  })

  it('says a project the token cannot see was not found', async () => {
    const error = await failure(client({ token: OUTSIDER, project: 'pkgs/secret' }).listStatuses(MAIN))
    expect(error.message).toContain(
      'project pkgs/secret was not found at ' +
        gitlab.url +
        ', or the token cannot see it (404 Project Not Found)',
    )
  })

  it('retries while GitLab holds the status lock, then gives up', async () => {
    const busy = 'Another update to this commit status is in progress'
    gitlab.fail(409, 2, busy)
    const { result, requests } = await requestsDuring(() =>
      client().createStatus(F42, { state: 'success', name: 'locked', ref: 'srcgit/f42' }),
    )
    expect(result.status?.state).toBe('success')
    expect(requests).toHaveLength(3)

    gitlab.fail(409, 3, busy)
    const error = await failure(
      client({ retries: 2 }).createStatus(F42, { state: 'success', name: 'locked2' }),
    )
    expect(error.kind).toBe('conflict')
    expect(error.message).toContain(`GitLab was busy with another update (409 ${busy}); run again`)
  })

  it('finds the project and token from the CI variables, the token before the job token', async () => {
    const gl = new GitLabProjectClient({
      env: {
        CI_API_V4_URL: gitlab.apiUrl,
        CI_SERVER_URL: 'http://127.0.0.1:9',
        CI_PROJECT_ID: '',
        CI_PROJECT_PATH: 'pkgs/hello',
        SRCGIT_GITLAB_TOKEN: DEV,
        CI_JOB_TOKEN: JOB,
      },
    })
    const { requests } = await requestsDuring(() => gl.listStatuses(F41))
    expect(requests.map((r) => [r.path, r.auth, r.user])).toEqual([
      [`/api/v4/projects/pkgs%2Fhello/repository/commits/${F41}/statuses`, 'private-token', 'srcgit-bot'],
    ])
    expect(JSON.stringify(gitlab.log)).not.toContain(DEV)
  })

  it('says when GitLab does not answer', async () => {
    const closed = await startFakeGitLab({ projects: [] })
    await closed.stop()
    const error = await failure(client({ url: closed.url }).listStatuses(F41))
    expect(error.kind).toBe('network')
    expect(error.message).toBe(
      `cannot read the commit statuses of ${F41.slice(0, 12)} in 17: GitLab did not answer at ${closed.url} ` +
        '(ECONNREFUSED); check CI_SERVER_URL and the network',
    )
  })
})

describe('merge requests', () => {
  it('opens a merge request once, then finds, updates and closes it', async () => {
    const gl = client()
    expect(await gl.findOpenMergeRequest('srcgit/f41', 'main')).toBeUndefined()
    const first = await gl.createMergeRequest({
      source_branch: 'srcgit/f41',
      target_branch: 'main',
      title: 'Update to 1.2',
      description: 'Notes',
      labels: ['fedora', 'srcgit'],
    })
    expect(first.created).toBe(true)
    expect(first.mergeRequest).toMatchObject({
      iid: 1,
      state: 'opened',
      title: 'Update to 1.2',
      description: 'Notes',
      source_branch: 'srcgit/f41',
      target_branch: 'main',
      sha: F41,
      author: 'srcgit-bot',
      web_url: `${gitlab.url}/pkgs/hello/-/merge_requests/1`,
    })
    expect(gitlab.mergeRequests(17)[0].labels).toEqual(['fedora', 'srcgit'])

    const again = await gl.createMergeRequest({
      source_branch: 'srcgit/f41',
      target_branch: 'main',
      title: 'again',
    })
    expect(again).toEqual({ mergeRequest: expect.objectContaining({ iid: 1 }), created: false })
    expect(gitlab.mergeRequests(17)).toHaveLength(1)

    expect((await gl.findOpenMergeRequest('srcgit/f41', 'main'))?.iid).toBe(1)
    const updated = await gl.updateMergeRequest(1, { title: 'Update to 1.3', description: 'New notes' })
    expect(updated).toMatchObject({ iid: 1, title: 'Update to 1.3', description: 'New notes' })

    expect((await gl.updateMergeRequest(1, { state_event: 'close' })).state).toBe('closed')
    expect(await gl.findOpenMergeRequest('srcgit/f41', 'main')).toBeUndefined()
    const second = await gl.createMergeRequest({
      source_branch: 'srcgit/f41',
      target_branch: 'main',
      title: 'Update',
    })
    expect(second).toMatchObject({ created: true, mergeRequest: { iid: 2 } })

    const reopen = await failure(gl.updateMergeRequest(1, { state_event: 'reopen' }))
    expect(reopen.message).toBe(
      'cannot update merge request !1 in 17: GitLab refused it (409 ["Another open merge request already exists ' +
        'for this source branch: !2"])',
    )
  })

  it('follows pushes to the source branch', async () => {
    const gl = client()
    const { mergeRequest } = await gl.createMergeRequest({
      source_branch: 'srcgit/f42',
      target_branch: 'main',
      title: 't',
    })
    gitlab.setBranch(17, 'srcgit/f42', OLD)
    expect((await gl.findOpenMergeRequest('srcgit/f42', 'main'))?.sha).toBe(OLD)
    expect(mergeRequest.sha).toBe(F42)
  })

  it('explains that CI_JOB_TOKEN cannot open merge requests', async () => {
    const error = await failure(
      client({ token: undefined, jobToken: JOB }).createMergeRequest({
        source_branch: 'srcgit/f41',
        target_branch: 'main',
        title: 't',
      }),
    )
    expect(error.message).toContain(
      'GitLab refused CI_JOB_TOKEN (401 Unauthorized): CI_JOB_TOKEN cannot open or update merge requests; ' +
        'create a project access token with the api scope and the Developer role',
    )
  })

  it('names the role a Reporter lacks', async () => {
    const error = await failure(
      client({ token: REPORTER }).createMergeRequest({
        source_branch: 'srcgit/f41',
        target_branch: 'main',
        title: 't',
      }),
    )
    expect(error.kind).toBe('permission')
    expect(error.message).toContain(
      "the token's role may not open or update merge requests (403 Forbidden); give the token's user (or the " +
        'project access token) the Developer role',
    )
  })

  it('says when source and target are the same branch, and when a merge request does not exist', async () => {
    const same = await failure(
      client().createMergeRequest({ source_branch: 'main', target_branch: 'main', title: 't' }),
    )
    expect(same.kind).toBe('validation')
    expect(same.message).toContain('the source and target branch are the same')
    const missing = await failure(client().updateMergeRequest(99, { title: 'x' }))
    expect(missing.message).toBe(
      'cannot update merge request !99 in 17: merge request !99 does not exist in 17 (404 Merge Request Not Found)',
    )
  })
})

describe('the fake GitLab itself', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${gitlab.apiUrl}${path}`, { headers }).then(async (r) => ({
      status: r.status,
      body: await r.json(),
    }))

  it('lists retried statuses with all=true, and wants a login to list statuses', async () => {
    const states = async (query: string) =>
      (
        (
          await get(`/projects/17/repository/commits/${F41}/statuses?name=fedora/f41/zuul${query}`, {
            'PRIVATE-TOKEN': DEV,
          })
        ).body as { status: string }[]
      ).map((s) => s.status)
    expect(await states('&all=true')).toEqual(['success', 'failed'])
    expect(await states('')).toEqual(['failed'])
    expect(await get(`/projects/17/repository/commits/${F41}/statuses`)).toEqual({
      status: 401,
      body: { message: '401 Unauthorized' },
    })
  })

  it('lets anyone list merge requests of a public project, with pagination headers', async () => {
    const r = await fetch(`${gitlab.apiUrl}/projects/pkgs%2Fhello/merge_requests?state=all&per_page=1`)
    expect(r.status).toBe(200)
    expect(r.headers.get('x-total')).toBe(String(gitlab.mergeRequests(17).length))
    expect(r.headers.get('x-next-page')).toBe('2')
    expect(r.headers.get('link')).toContain('rel="next"')
  })

  it('answers a read_api write with insufficient_scope, as GitLab does', async () => {
    const r = await fetch(`${gitlab.apiUrl}/projects/17/merge_requests`, {
      method: 'POST',
      headers: { 'PRIVATE-TOKEN': READ_API },
    })
    expect(r.status).toBe(403)
    expect(await r.json()).toEqual({
      error: 'insufficient_scope',
      error_description: 'The request requires higher privileges than provided by the access token.',
      scope: 'api',
    })
  })
})
