/**
 * GitHubRepoClient (src/forges/github-api.ts) against the local GitHub API in
 * test/support/github-api: statuses round trip and paging, idempotent pull requests, and what
 * each failure (permissions, tokens, validation, rate limits, outages) tells the user.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  GitHubApiError,
  GitHubRepoClient,
  type GitHubRepoClientOptions,
} from '../../src/forges/source-git/github-api.js'
import { githubReleaseNotes } from '../../src/runtime/github-release.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'

const sha = (c: string) => c.repeat(40)
const [MAIN, F41, F42, OLD, SAME] = [sha('a'), sha('b'), sha('c'), sha('d'), sha('e')]
const WRITE = 'ghs_' + 'W'.repeat(36)
const READ_ONLY = 'ghs_' + 'R'.repeat(36)
const PAT = 'github_pat_' + 'P'.repeat(40)

let github: FakeGitHub
beforeAll(async () => {
  github = await startFakeGitHub({
    repos: [
      {
        owner: 'example',
        name: 'hello',
        branches: { main: MAIN, 'srcgit/f41': F41, 'srcgit/f42': F42, 'srcgit/same': MAIN },
        commits: [OLD],
        releases: [{ tag_name: 'v1.2', name: 'hello 1.2', body: '- Notes' }],
      },
      { owner: 'jane', name: 'hello', branches: { update: SAME } },
      {
        owner: 'example',
        name: 'locked',
        branches: { main: MAIN, next: F41 },
        actionsCanCreatePullRequests: false,
      },
    ],
    tokens: [
      {
        token: WRITE,
        name: 'write',
        permissions: { statuses: 'write', pull_requests: 'write', contents: 'write' },
      },
      // What a pull_request run from a fork gets.
      {
        token: READ_ONLY,
        name: 'fork',
        permissions: { statuses: 'read', pull_requests: 'read', contents: 'read' },
      },
      { token: PAT, name: 'pat', kind: 'pat', login: 'jane' },
    ],
  })
})
afterAll(() => github.stop())

function client(opts: Partial<GitHubRepoClientOptions> = {}): GitHubRepoClient {
  return new GitHubRepoClient({
    token: WRITE,
    repository: 'example/hello',
    baseUrl: github.url,
    retryDelayUnitMs: 1,
    spaceWrites: false,
    ...opts,
  })
}

async function failure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof GitHubApiError) return error
    throw error
  }
  throw new Error('expected a GitHubApiError')
}

function requestsDuring<T>(fn: () => Promise<T>): Promise<{ result: T; requests: FakeGitHub['log'] }> {
  const from = github.log.length
  return fn().then((result) => ({ result, requests: github.log.slice(from) }))
}

describe('commit statuses', () => {
  it('sets a status and reads back the newest per context, in GitHub states', async () => {
    const gh = client()
    const created = await gh.createStatus(F41, {
      state: 'pending',
      context: 'fedora/f41/zuul',
      description: 'Build queued',
      target_url: 'https://zuul.example/build/1',
    })
    expect(created).toMatchObject({
      state: 'pending',
      context: 'fedora/f41/zuul',
      description: 'Build queued',
    })
    await gh.createStatus(F41, { state: 'failure', context: 'fedora/f41/zuul', description: 'Build failed' })
    await gh.createStatus(F41, { state: 'success', context: 'fedora/f41/rpminspect' })

    const latest = await gh.listStatuses(F41)
    expect(latest.map((s) => [s.context, s.state, s.description, s.target_url])).toEqual([
      ['fedora/f41/rpminspect', 'success', null, null],
      ['fedora/f41/zuul', 'failure', 'Build failed', null],
    ])
    expect(github.statuses('example/hello', F41).map((s) => [s.state, s.creator])).toEqual([
      ['success', 'github-actions[bot]'],
      ['failure', 'github-actions[bot]'],
      ['pending', 'github-actions[bot]'],
    ])
  })

  it('reads every page and keeps the newest of each context (contexts ignore case)', async () => {
    const gh = client({ pageSize: 2 })
    for (const [context, state] of [
      ['a', 'pending'],
      ['B', 'pending'],
      ['c', 'error'],
      ['b', 'success'],
      ['a', 'failure'],
    ] as const)
      await gh.createStatus(OLD, { state, context })
    const { result, requests } = await requestsDuring(() => gh.listStatuses(OLD))
    expect(result.map((s) => `${s.context}=${s.state}`)).toEqual(['a=failure', 'b=success', 'c=error'])
    expect(requests.map((r) => `${r.method} ${r.path}?${r.query}`)).toEqual([
      `GET /repos/example/hello/commits/${OLD}/statuses?per_page=2`,
      `GET /repos/example/hello/commits/${OLD}/statuses?per_page=2&page=2`,
      `GET /repos/example/hello/commits/${OLD}/statuses?per_page=2&page=3`,
    ])
  })

  it('logs which token was used, never its value', async () => {
    const { requests } = await requestsDuring(() =>
      client().createStatus(F42, { state: 'success', context: 'x' }),
    )
    expect(requests).toEqual([
      {
        method: 'POST',
        path: `/repos/example/hello/statuses/${F42}`,
        query: '',
        body: { state: 'success', context: 'x' },
        token: 'write',
        status: 201,
      },
    ])
    expect(JSON.stringify(github.log)).not.toContain(WRITE)
  })

  it('finds the API through GITHUB_API_URL, as on GitHub Enterprise Server', async () => {
    const ghes = await startFakeGitHub({
      repos: [{ owner: 'pkgs', name: 'hello', branches: { main: MAIN } }],
      tokens: [{ token: WRITE, name: 'ghes' }],
      pathPrefix: '/api/v3',
    })
    try {
      const gh = new GitHubRepoClient({
        token: WRITE,
        repository: 'pkgs/hello',
        env: { GITHUB_API_URL: ghes.url },
        spaceWrites: false,
      })
      await gh.createStatus(MAIN, { state: 'success', context: 'ci' })
      expect(ghes.log.map((r) => `${r.method} ${r.path} ${r.token}`)).toEqual([
        `POST /api/v3/repos/pkgs/hello/statuses/${MAIN} ghes`,
      ])
    } finally {
      await ghes.stop()
    }
  })

  it('says which permission is missing when the token is read-only (fork pull requests)', async () => {
    const error = await failure(
      client({ token: READ_ONLY }).createStatus(F41, { state: 'success', context: 'ci' }),
    )
    expect(error.kind).toBe('permission')
    expect(error.status).toBe(403)
    expect(error.message).toBe(
      `cannot set the commit status "ci" on ${F41.slice(0, 12)} in example/hello: the token may not do this ` +
        '(403 Resource not accessible by integration); give the workflow job `permissions: statuses: write` ' +
        '(a personal access token needs "Commit statuses: write", or the repo:status scope); pull_request runs ' +
        'from forks always get a read-only GITHUB_TOKEN, whatever `permissions:` says, so report on fork pull ' +
        'requests from a pull_request_target or workflow_run workflow',
    )
    // Reading statuses of a public repository needs no permission.
    expect(await client({ token: READ_ONLY }).listStatuses(F41)).not.toHaveLength(0)
  })

  it('explains a refused token without showing it', async () => {
    const wrong = 'ghp_' + 'Z'.repeat(36)
    const error = await failure(client({ token: wrong }).listStatuses(F41))
    expect(error.kind).toBe('auth')
    expect(error.message).toContain(
      'GitHub refused the token (401 Bad credentials): it is wrong, revoked or expired',
    )
    expect(error.message).not.toContain(wrong)
    expect(github.log.at(-1)?.token).toBe('unknown')
  })

  it('passes on GitHub validation: a description over 140 characters', async () => {
    const error = await failure(
      client().createStatus(F41, { state: 'success', context: 'long', description: 'x'.repeat(141) }),
    )
    expect(error.kind).toBe('validation')
    expect(error.message).toContain(
      'GitHub rejected the status (422 Validation Failed: description is too long (maximum is 140 characters)); ' +
        'keep descriptions to 140 characters',
    )
    expect(github.latestStatuses('example/hello', F41).map((s) => s.context)).not.toContain('long')
  })

  it('refuses a context over 255 characters', async () => {
    const error = await failure(client().createStatus(F41, { state: 'success', context: 'c'.repeat(256) }))
    expect(error.message).toContain('context is too long (maximum is 255 characters)')
  })

  it('says a commit GitHub does not have must be pushed first', async () => {
    const unknown = sha('9')
    const error = await failure(client().createStatus(unknown, { state: 'pending', context: 'ci' }))
    expect(error.message).toBe(
      `cannot set the commit status "ci" on 999999999999 in example/hello: GitHub has no such commit in ` +
        `example/hello (422 No commit found for SHA: ${unknown}); statuses can only be set on commits pushed there`,
    )
  })
})

describe('rate limits and outages', () => {
  it('waits out a rate limit and retries', async () => {
    const notes: string[] = []
    github.rateLimit({ times: 2, retryAfter: 1 })
    const { result, requests } = await requestsDuring(() =>
      client({ log: (s) => notes.push(s) }).createStatus(F42, { state: 'success', context: 'limited' }),
    )
    expect(result.state).toBe('success')
    expect(requests.map((r) => r.status)).toEqual([403, 403, 201])
    expect(notes).toHaveLength(2)
    expect(notes[0]).toMatch(
      /^GitHub rate limit reached \(POST \/repos\/example\/hello\/statuses\/c{40}\); retrying in \d+ s \(retry 1 of 2\)$/,
    )
  })

  it('respects Retry-After of a secondary rate limit, and gives up after the retries', async () => {
    const notes: string[] = []
    github.rateLimit({ times: 3, secondary: true, retryAfter: 7 })
    const { result: error, requests } = await requestsDuring(() =>
      failure(client({ log: (s) => notes.push(s) }).listStatuses(F42)),
    )
    expect(requests.map((r) => r.status)).toEqual([403, 403, 403])
    expect(notes.map((s) => s.replace(/\(GET [^)]*\)/, '(GET ...)'))).toEqual([
      'GitHub secondary rate limit reached (GET ...); retrying in 7 s (retry 1 of 2)',
      'GitHub secondary rate limit reached (GET ...); retrying in 7 s (retry 2 of 2)',
    ])
    expect(error.kind).toBe('rate-limit')
    expect(error.message).toContain("GitHub's secondary rate limit stopped the request")
    expect(error.message).toContain('wait a few minutes and run again')
  })

  it('does not wait for a rate limit that resets later than allowed', async () => {
    github.rateLimit({ times: 1, retryAfter: 3600 })
    const { result: error, requests } = await requestsDuring(() => failure(client().listStatuses(F42)))
    expect(requests).toHaveLength(1)
    expect(error.message).toMatch(
      /the token's GitHub API rate limit is used up until \d{4}-\d\d-\d\dT[\d:.]+Z/,
    )
  })

  it('retries server errors, then reports them', async () => {
    github.fail(502, 2)
    const { requests } = await requestsDuring(() => client().listStatuses(F41))
    expect(requests.map((r) => r.status)).toEqual([502, 502, 200])

    github.fail(500, 3)
    const error = await failure(client().listStatuses(F41))
    expect(error.kind).toBe('server')
    expect(error.message).toContain('GitHub answered 500 Internal Server Error; try again later')
  })

  it('says when GitHub does not answer at all', async () => {
    const closed = await startFakeGitHub({ repos: [] })
    await closed.stop()
    const error = await failure(client({ baseUrl: closed.url, retries: 0 }).listStatuses(F41))
    expect(error.kind).toBe('network')
    expect(error.message).toBe(
      `cannot read the commit statuses of ${F41.slice(0, 12)} in example/hello: GitHub did not answer at ` +
        `${closed.url} (ECONNREFUSED); check GITHUB_API_URL, the network and the proxy settings (HTTPS_PROXY, NO_PROXY)`,
    )
  })
})

describe('pull requests', () => {
  it('creates a pull request once, then finds and updates it', async () => {
    const gh = client()
    expect(await gh.findOpenPull('srcgit/f41', 'main')).toBeUndefined()

    const first = await gh.createPull({
      head: 'srcgit/f41',
      base: 'main',
      title: 'Update to 1.2',
      body: 'Notes',
    })
    expect(first.created).toBe(true)
    expect(first.pull).toMatchObject({
      state: 'open',
      title: 'Update to 1.2',
      body: 'Notes',
      head: { ref: 'srcgit/f41', label: 'example:srcgit/f41', sha: F41 },
      base: { ref: 'main', sha: MAIN },
      user: 'github-actions[bot]',
      merged: false,
    })
    expect(first.pull.html_url).toBe(`${github.url}/example/hello/pull/${first.pull.number}`)

    const again = await gh.createPull({ head: 'srcgit/f41', base: 'main', title: 'Update to 1.2 (again)' })
    expect(again).toEqual({ pull: expect.objectContaining({ number: first.pull.number }), created: false })
    expect(github.pulls('example/hello').filter((p) => p.head.ref === 'srcgit/f41')).toHaveLength(1)

    expect((await gh.findOpenPull('example:srcgit/f41', 'main'))?.number).toBe(first.pull.number)
    const updated = await gh.updatePull(first.pull.number, { title: 'Update to 1.3', body: 'New notes' })
    expect(updated).toMatchObject({ title: 'Update to 1.3', body: 'New notes' })
    expect((await gh.pull(first.pull.number)).title).toBe('Update to 1.3')

    await gh.updatePull(first.pull.number, { state: 'closed' })
    expect(await gh.findOpenPull('srcgit/f41', 'main')).toBeUndefined()
    const reopened = await gh.createPull({ head: 'srcgit/f41', base: 'main', title: 'Update to 1.3' })
    expect(reopened.created).toBe(true)
    expect(reopened.pull.number).not.toBe(first.pull.number)
  })

  it('follows the branch: a push moves the open pull request head', async () => {
    const gh = client()
    const { pull } = await gh.createPull({ head: 'srcgit/f42', base: 'main', title: 'f42' })
    github.setBranch('example/hello', 'srcgit/f42', OLD)
    expect((await gh.pull(pull.number)).head.sha).toBe(OLD)
  })

  it('opens a pull request from a fork with owner:branch', async () => {
    const gh = client({ token: PAT })
    const { pull, created } = await gh.createPull({ head: 'jane:update', base: 'main', title: 'From a fork' })
    expect(created).toBe(true)
    expect(pull.head.label).toBe('jane:update')
    expect(pull.user).toBe('jane')
    expect((await gh.findOpenPull('jane:update', 'main'))?.number).toBe(pull.number)
    expect(await gh.findOpenPull('update', 'main')).toBeUndefined()
  })

  it('names the permissions a read-only token lacks', async () => {
    const error = await failure(
      client({ token: READ_ONLY }).createPull({ head: 'srcgit/f41', base: 'main', title: 't' }),
    )
    expect(error.kind).toBe('permission')
    expect(error.message).toContain(
      '(403 Resource not accessible by integration); give the workflow job `permissions: pull-requests: write` ' +
        '(and `contents: write` to push the branch)',
    )
  })

  it('says how to let GitHub Actions open pull requests', async () => {
    const error = await failure(
      client({ repository: 'example/locked' }).createPull({ head: 'next', base: 'main', title: 't' }),
    )
    expect(error.message).toContain(
      'GitHub Actions may not open pull requests in example/locked (403 GitHub Actions is not permitted to create ' +
        'or approve pull requests.); enable Settings > Actions > General > "Allow GitHub Actions to create and ' +
        'approve pull requests", or pass a personal access token or a GitHub App token as github-token',
    )
    // A personal access token is not bound by that setting.
    const { created } = await client({ repository: 'example/locked', token: PAT }).createPull({
      head: 'next',
      base: 'main',
      title: 't',
    })
    expect(created).toBe(true)
  })

  it('says a head branch must be pushed first, and when there is nothing to propose', async () => {
    const missing = await failure(client().createPull({ head: 'srcgit/nope', base: 'main', title: 't' }))
    expect(missing.message).toBe(
      'cannot open a pull request from srcgit/nope into main in example/hello: branch srcgit/nope does not exist ' +
        'on GitHub (422 Validation Failed: head invalid); push it before opening the pull request',
    )
    const same = await failure(client().createPull({ head: 'srcgit/same', base: 'main', title: 't' }))
    expect(same.message).toContain('srcgit/same has no commits that main does not have')
    const base = await failure(client().createPull({ head: 'srcgit/f41', base: 'rawhide', title: 't' }))
    expect(base.message).toContain('the base branch rawhide does not exist in example/hello')
  })

  it('says a pull request number does not exist', async () => {
    const error = await failure(client().pull(999))
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe(
      'cannot read pull request #999 in example/hello: pull request #999 does not exist in example/hello, ' +
        'or the token cannot see it (404 Not Found)',
    )
  })

  it('refuses a repository name that is not owner/name', () => {
    expect(() => client({ repository: 'hello' })).toThrow(
      '"hello" is not a GitHub repository name; it must be owner/name',
    )
  })
})

describe('the fake GitHub itself', () => {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${github.url}${path}`, { headers }).then(async (r) => ({
      status: r.status,
      link: r.headers.get('link'),
      body: (await r.json()) as Record<string, unknown>,
    }))

  it('serves release notes by tag, as githubReleaseNotes reads them (drafts are not found)', async () => {
    const env = { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'example/hello' }
    const { result, requests } = await requestsDuring(() => githubReleaseNotes('v1.2', env, READ_ONLY))
    expect(result).toBe('- Notes')
    expect(requests.map((r) => `${r.method} ${r.path} ${r.token}`)).toEqual([
      'GET /repos/example/hello/releases/tags/v1.2 fork',
    ])
    expect(await githubReleaseNotes('v9', env, undefined)).toBeUndefined()
  })

  it('combines the newest status of each context into one state', async () => {
    const { status, body } = await get(`/repos/example/hello/commits/srcgit%2Ff41/status`)
    expect(status).toBe(200)
    expect(body.state).toBe('failure')
    expect(body.sha).toBe(F41)
    expect(body.total_count).toBe(github.latestStatuses('example/hello', F41).length)
    expect((await get(`/repos/example/hello/commits/${sha('8')}/status`)).status).toBe(422)
  })

  it('pages lists with a Link header', async () => {
    const { link, body } = await get(`/repos/example/hello/commits/${OLD}/statuses?per_page=2&page=2`)
    expect(body).toHaveLength(2)
    expect(link).toBe(
      `<${github.url}/repos/example/hello/commits/${OLD}/statuses?per_page=2&page=3>; rel="next", ` +
        `<${github.url}/repos/example/hello/commits/${OLD}/statuses?per_page=2&page=3>; rel="last", ` +
        `<${github.url}/repos/example/hello/commits/${OLD}/statuses?per_page=2&page=1>; rel="first", ` +
        `<${github.url}/repos/example/hello/commits/${OLD}/statuses?per_page=2&page=1>; rel="prev"`,
    )
  })

  it("answers GitHub's error bodies for bad and missing credentials", async () => {
    expect(await get('/repos/example/hello/pulls', { Authorization: 'token nope' })).toMatchObject({
      status: 401,
      body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
    })
    const anonymous = await fetch(`${github.url}/repos/example/hello/statuses/${MAIN}`, {
      method: 'POST',
      body: JSON.stringify({ state: 'success' }),
    })
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toMatchObject({ message: 'Requires authentication' })
  })

  it('refuses to reopen a pull request when another is open for the same branches', async () => {
    const [closed] = github
      .pulls('example/hello')
      .filter((p) => p.head.ref === 'srcgit/f41' && p.state === 'closed')
    const r = await fetch(`${github.url}/repos/example/hello/pulls/${closed.number}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${WRITE}` },
      body: JSON.stringify({ state: 'open' }),
    })
    expect(r.status).toBe(422)
    expect(await r.json()).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: 'A pull request already exists for example:srcgit/f41.',
        },
      ],
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#update-a-pull-request',
      status: '422',
    })
  })
})
