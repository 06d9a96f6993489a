/**
 * commentOnce (src/forges/source-git/comment-once.ts) on both platforms, through the real clients
 * (GitHubRepoClient, GitLabProjectClient) and ChangeRequestHost adapters over HTTP, against the
 * GitHub and GitLab stand-ins: one comment per key however often it runs, every page read before
 * deciding, what a refused token is told, and a key that cannot break out of its hidden marker.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  githubRequests,
  gitlabRequests,
  type ChangeRequestHost,
} from '../../src/forges/source-git/change-requests.js'
import {
  commentMarker,
  commentOnce,
  encodeMarkerKey,
  markedBody,
} from '../../src/forges/source-git/comment-once.js'
import { GitHubApiError, GitHubRepoClient } from '../../src/forges/source-git/github-api.js'
import { GitLabApiError, GitLabProjectClient } from '../../src/forges/source-git/gitlab-api.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'

const sha = (c: string) => c.repeat(40)
const [MAIN, F41, F42, F43, F44, F45] = [sha('a'), sha('b'), sha('c'), sha('d'), sha('e'), sha('f')]
const BRANCHES = {
  main: MAIN,
  'srcgit/f41': F41,
  'srcgit/f42': F42,
  'srcgit/f43': F43,
  'srcgit/f44': F44,
  'srcgit/f45': F45,
}
const PROPOSALS = ['srcgit/f41', 'srcgit/f42', 'srcgit/f43', 'srcgit/f44', 'srcgit/f45']

/** What GitHub says when a comment is refused for want of a permission. */
async function githubFailure(promise: Promise<unknown>): Promise<GitHubApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof GitHubApiError) return error
    throw error
  }
  throw new Error('expected a GitHubApiError')
}

async function gitlabFailure(promise: Promise<unknown>): Promise<GitLabApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof GitLabApiError) return error
    throw error
  }
  throw new Error('expected a GitLabApiError')
}

/** The text between `<!--` and `-->` of each HTML comment in a body, as an HTML parser ends them. */
function htmlComments(body: string): string[] {
  return [...body.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1])
}

describe('the marker', () => {
  it('encodes what could end the HTML comment, keeps plain keys readable, and never gives two keys one marker', () => {
    expect(commentMarker('koji-build:f41:12345')).toBe('<!-- srcgit-comment: koji-build:f41:12345 -->')
    const nasty = 'x --> <b>y</b> --!> <!-- -- %3E \n'
    const marker = commentMarker(nasty)
    expect(htmlComments(marker)).toEqual([` srcgit-comment: ${encodeMarkerKey(nasty)} `])
    expect(encodeMarkerKey(nasty)).not.toMatch(/--|[<>!\s]/)
    // Injective: a key that is another's encoding stays apart from it.
    expect(encodeMarkerKey('a>')).not.toBe(encodeMarkerKey(encodeMarkerKey('a>')))
    expect(encodeMarkerKey('a--b')).not.toBe(encodeMarkerKey('a-%2Db'))
    expect(() => commentMarker('')).toThrow('a comment key is needed')
    expect(markedBody('k', 'Build failed.\n\n')).toBe('Build failed.\n\n<!-- srcgit-comment: k -->\n')
  })
})

describe('GitHub pull requests', () => {
  const WRITE = 'ghs_' + 'W'.repeat(36)
  const ISSUES = 'ghs_' + 'I'.repeat(36)
  const READ_ONLY = 'ghs_' + 'R'.repeat(36)
  const PAT = 'github_pat_' + 'P'.repeat(40)
  let github: FakeGitHub
  const clients: GitHubRepoClient[] = []

  beforeAll(async () => {
    github = await startFakeGitHub({
      repos: [{ owner: 'example', name: 'hello', branches: BRANCHES }],
      tokens: [
        { token: WRITE, name: 'write', permissions: { pull_requests: 'write', contents: 'write' } },
        { token: ISSUES, name: 'issues', permissions: { issues: 'write', contents: 'read' } },
        {
          token: READ_ONLY,
          name: 'fork',
          permissions: { pull_requests: 'read', issues: 'read', contents: 'read' },
        },
        { token: PAT, name: 'pat', kind: 'pat', login: 'jane', permissions: { pull_requests: 'read' } },
      ],
    })
    for (const branch of PROPOSALS)
      github.addPull('example/hello', { head: branch, base: 'main', title: `Update ${branch}` })
  })
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()))
    await github.stop()
  })

  function host(token = WRITE): ChangeRequestHost {
    const client = new GitHubRepoClient({
      token,
      repository: 'example/hello',
      baseUrl: github.url,
      retryDelayUnitMs: 1,
      spaceWrites: false,
    })
    clients.push(client)
    return githubRequests(client)
  }

  async function during<T>(fn: () => Promise<T>): Promise<{ result: T; requests: FakeGitHub['log'] }> {
    const from = github.log.length
    const result = await fn()
    return { result, requests: github.log.slice(from) }
  }

  const path = (n: number) => `/repos/example/hello/issues/${n}/comments`

  it('posts a comment once, and a rerun with the same key posts nothing', async () => {
    const first = await during(() => commentOnce(host(), 1, 'koji-build:f41:101', 'The Koji build failed.'))
    expect(first.result).toEqual({
      posted: true,
      url: expect.stringMatching(new RegExp(`^${github.url}/example/hello/pull/1#issuecomment-\\d+$`)),
    })
    expect(first.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `GET ${path(1)} 200`,
      `POST ${path(1)} 201`,
    ])
    const stored = github.comments('example/hello', 1)
    expect(stored).toHaveLength(1)
    expect(stored[0].body).toBe('The Koji build failed.\n\n<!-- srcgit-comment: koji-build:f41:101 -->\n')
    expect(stored[0].user).toBe('github-actions[bot]')
    expect(first.result.url).toBe(`${github.url}/example/hello/pull/1#issuecomment-${stored[0].id}`)

    const again = await during(() =>
      commentOnce(host(), 1, 'koji-build:f41:101', 'The Koji build failed again.'),
    )
    expect(again.result).toEqual({ posted: false, url: first.result.url })
    expect(again.requests.map((r) => r.method)).toEqual(['GET'])
    expect(github.comments('example/hello', 1)).toHaveLength(1)
  })

  it('posts again for another key, and a key does not match a longer one that starts with it', async () => {
    expect((await commentOnce(host(), 2, 'koji-build:f42:1234', 'Failed: 1234.')).posted).toBe(true)
    expect((await commentOnce(host(), 2, 'koji-build:f42:123', 'Failed: 123.')).posted).toBe(true)
    expect((await commentOnce(host(), 2, 'koji-build:f42:123', 'Failed: 123.')).posted).toBe(false)
    // The marker only counts on the pull request it was posted on.
    expect((await commentOnce(host(), 1, 'koji-build:f42:123', 'Failed: 123.')).posted).toBe(true)
    expect(github.comments('example/hello', 2).map((c) => c.body.split('\n')[0])).toEqual([
      'Failed: 1234.',
      'Failed: 123.',
    ])
  })

  it('reads every page of a long conversation before deciding', async () => {
    for (let i = 0; i < 150; i++) github.addComment('example/hello', 3, `comment ${i}`, 'jane')
    expect((await commentOnce(host(), 3, 'koji-build:f43:7', 'Failed.')).posted).toBe(true)
    for (let i = 0; i < 120; i++) github.addComment('example/hello', 3, `later ${i}`, 'jane')
    // 271 comments, 100 a page: the marker is on page 2 of 3, and every page is read.
    const { result, requests } = await during(() => commentOnce(host(), 3, 'koji-build:f43:7', 'Failed.'))
    expect(result.posted).toBe(false)
    expect(requests.map((r) => `${r.method} ${new URLSearchParams(r.query).get('page') ?? '1'}`)).toEqual([
      'GET 1',
      'GET 2',
      'GET 3',
    ])
    // A marker only on the last page is found too.
    github.addComment('example/hello', 3, markedBody('koji-build:f43:8', 'Posted by an earlier run.'))
    const last = await during(() => commentOnce(host(), 3, 'koji-build:f43:8', 'Failed.'))
    expect(last.result.posted).toBe(false)
    expect(last.requests.every((r) => r.method === 'GET')).toBe(true)
    expect(github.comments('example/hello', 3)).toHaveLength(272)
  })

  it('needs pull-requests: write or issues: write, and says so', async () => {
    // issues: write alone is enough on a pull request, as on GitHub.
    expect((await commentOnce(host(ISSUES), 4, 'issues-token', 'Hello.')).posted).toBe(true)

    const { result: error, requests } = await during(() =>
      githubFailure(commentOnce(host(READ_ONLY), 4, 'read-only', 'Hello.')),
    )
    expect(requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 403'])
    expect(error.kind).toBe('permission')
    expect(error.status).toBe(403)
    expect(error.message).toBe(
      'cannot comment on pull request #4 in example/hello: the token may not do this (403 Resource not ' +
        'accessible by integration); give the workflow job `permissions: pull-requests: write` (or ' +
        '`issues: write`: either lets a GITHUB_TOKEN comment on a pull request); a fine-grained personal access ' +
        'token needs "Pull requests: write" (or "Issues: write"), a classic one the repo scope (public_repo for a ' +
        'public repository); pull_request runs from forks always get a read-only GITHUB_TOKEN, whatever ' +
        '`permissions:` says',
    )
    const pat = await githubFailure(commentOnce(host(PAT), 4, 'pat', 'Hello.'))
    expect(pat.message).toContain('(403 Resource not accessible by personal access token)')
    expect(pat.message).toContain('"Pull requests: write"')
    expect(github.comments('example/hello', 4).map((c) => c.body.split('\n')[0])).toEqual(['Hello.'])
  })

  it('says when the conversation is locked', async () => {
    github.fail(403, 1, {
      method: 'POST',
      path: path(4),
      message: 'Unable to create comment because issue is locked.',
    })
    const error = await githubFailure(commentOnce(host(), 4, 'locked', 'Hello.'))
    expect(error.kind).toBe('permission')
    expect(error.message).toBe(
      'cannot comment on pull request #4 in example/hello: the conversation of pull request #4 is locked to ' +
        'collaborators (403 Unable to create comment because issue is locked.)',
    )
  })

  it('says when the pull request does not exist', async () => {
    const error = await githubFailure(commentOnce(host(), 99, 'k', 'Hello.'))
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe(
      'cannot read the comments of pull request #99 in example/hello: pull request #99 does not exist in ' +
        'example/hello, or the token cannot see it (404 Not Found)',
    )
    const post = await githubFailure(host().comment(99, 'Hello.'))
    expect(post.message).toContain(
      'cannot comment on pull request #99 in example/hello: pull request #99 does not exist',
    )
  })

  it('keeps a key with --> inside its marker', async () => {
    const key = 'f41 --> <img src=x onerror=alert(1)> <!-- --!>'
    expect((await commentOnce(host(), 1, key, 'Failed.')).posted).toBe(true)
    const body = github.comments('example/hello', 1).at(-1)!.body
    // One HTML comment, ending where the marker ends: nothing of the key shows.
    expect(htmlComments(body)).toEqual([` srcgit-comment: ${encodeMarkerKey(key)} `])
    expect(body.replace(/<!--[\s\S]*?-->/g, '')).toBe('Failed.\n\n\n')
    expect((await commentOnce(host(), 1, key, 'Failed.')).posted).toBe(false)
    // The key cut where it would have closed the comment is another key.
    expect((await commentOnce(host(), 1, 'f41 ', 'Failed.')).posted).toBe(true)
  })

  it('the stand-in answers with GitHub issue-comment JSON and Link pages', async () => {
    for (let i = 0; i < 5; i++) github.addComment('example/hello', 5, `comment ${i}`, 'jane')
    const r = await fetch(`${github.url}${path(5)}?per_page=2&page=2`, {
      headers: { authorization: `Bearer ${WRITE}` },
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('link')).toContain('page=3>; rel="next"')
    expect(r.headers.get('link')).toContain('rel="prev"')
    const [comment] = (await r.json()) as Record<string, unknown>[]
    expect(comment).toMatchObject({
      id: expect.any(Number),
      node_id: expect.any(String),
      html_url: expect.stringMatching(/\/example\/hello\/pull\/5#issuecomment-\d+$/),
      issue_url: `${github.url}/repos/example/hello/issues/5`,
      body: 'comment 2',
      user: { login: 'jane', type: 'User' },
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      updated_at: expect.any(String),
      author_association: 'CONTRIBUTOR',
    })
    const blank = await fetch(`${github.url}${path(5)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${WRITE}`, 'content-type': 'application/json' },
      body: JSON.stringify({ body: ' ' }),
    })
    expect(blank.status).toBe(422)
    const anonymous = await fetch(`${github.url}${path(5)}`, { method: 'POST', body: '{"body":"x"}' })
    expect(anonymous.status).toBe(401)
    expect(github.comments('example/hello', 5)).toHaveLength(5)
    expect((await fetch(`${github.url}${path(99)}`)).status).toBe(404)
  })
})

describe('GitLab merge requests', () => {
  const DEV = 'glpat-DEVELOPERDEVELOPER'
  const READ_API = 'glpat-READAPIREADAPI'
  const JOB = 'glcbt-64_JOBTOKENJOBTOKEN'
  let gitlab: FakeGitLab

  beforeAll(async () => {
    gitlab = await startFakeGitLab({
      projects: [{ id: 17, path: 'pkgs/hello', branches: BRANCHES }],
      jobTokens: [JOB],
      accessTokens: [
        { token: DEV, username: 'srcgit-bot', role: 'developer', scopes: ['api'] },
        { token: READ_API, username: 'reader-bot', role: 'developer', scopes: ['read_api'] },
      ],
    })
    const client = new GitLabProjectClient({ url: gitlab.url, project: 17, token: DEV, env: {} })
    for (const branch of PROPOSALS)
      await client.createMergeRequest({
        source_branch: branch,
        target_branch: 'main',
        title: `Update ${branch}`,
      })
  })
  afterAll(() => gitlab.stop())

  function host(
    opts: { token?: string; jobToken?: string; project?: string | number } = {},
  ): ChangeRequestHost {
    return gitlabRequests(
      new GitLabProjectClient({
        url: gitlab.url,
        project: opts.project ?? 17,
        token: 'token' in opts ? opts.token : DEV,
        jobToken: opts.jobToken,
        retryDelayMs: 1,
        env: {},
      }),
    )
  }

  async function during<T>(fn: () => Promise<T>): Promise<{ result: T; requests: FakeGitLab['log'] }> {
    const from = gitlab.log.length
    const result = await fn()
    return { result, requests: gitlab.log.slice(from) }
  }

  const path = (iid: number) => `/api/v4/projects/17/merge_requests/${iid}/notes`

  it('posts a note once, and a rerun with the same key posts nothing', async () => {
    const first = await during(() => commentOnce(host(), 1, 'koji-build:f41:101', 'The Koji build failed.'))
    // A numeric project id gives no page address for the note.
    expect(first.result).toEqual({ posted: true })
    expect(first.requests.map((r) => `${r.method} ${r.path} ${r.user}`)).toEqual([
      `GET ${path(1)} srcgit-bot`,
      `POST ${path(1)} srcgit-bot`,
    ])
    const notes = gitlab.notes(17, 1)
    expect(notes).toHaveLength(1)
    expect(notes[0]).toMatchObject({
      author: 'srcgit-bot',
      system: false,
      body: 'The Koji build failed.\n\n<!-- srcgit-comment: koji-build:f41:101 -->\n',
    })

    const again = await during(() =>
      commentOnce(host(), 1, 'koji-build:f41:101', 'The Koji build failed again.'),
    )
    expect(again.result).toEqual({ posted: false })
    expect(again.requests.map((r) => r.method)).toEqual(['GET'])
    expect(gitlab.notes(17, 1)).toHaveLength(1)
  })

  it('gives the note address when the project is a path, and posts again for another key', async () => {
    const byPath = host({ project: 'pkgs/hello' })
    const posted = await commentOnce(byPath, 2, 'koji-build:f42:1', 'Failed.')
    const [note] = gitlab.notes(17, 2)
    expect(posted).toEqual({
      posted: true,
      url: `${gitlab.url}/pkgs/hello/-/merge_requests/2#note_${note.id}`,
    })
    expect(await commentOnce(byPath, 2, 'koji-build:f42:1', 'Failed.')).toEqual({
      posted: false,
      url: posted.url,
    })
    expect((await commentOnce(byPath, 2, 'koji-build:f42:2', 'Failed.')).posted).toBe(true)
    expect(gitlab.notes(17, 2)).toHaveLength(2)
  })

  it('reads every page of a long discussion before deciding', async () => {
    for (let i = 0; i < 150; i++)
      gitlab.addNote(17, 3, i % 10 ? `comment ${i}` : `added ${i} commits`, { system: i % 10 === 0 })
    expect((await commentOnce(host(), 3, 'koji-build:f43:7', 'Failed.')).posted).toBe(true)
    for (let i = 0; i < 120; i++) gitlab.addNote(17, 3, `later ${i}`)
    gitlab.addNote(17, 3, markedBody('koji-build:f43:8', 'Posted by an earlier run.'))
    // 272 notes, 100 a page: the markers are on pages 2 and 3, and every page is read.
    for (const key of ['koji-build:f43:7', 'koji-build:f43:8']) {
      const { result, requests } = await during(() => commentOnce(host(), 3, key, 'Failed.'))
      expect(result.posted).toBe(false)
      expect(requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill(`GET ${path(3)}`))
    }
    expect(gitlab.notes(17, 3)).toHaveLength(272)
  })

  it('needs the api scope to post, and says so', async () => {
    const { result: error, requests } = await during(() =>
      gitlabFailure(commentOnce(host({ token: READ_API }), 4, 'read-api', 'Hello.')),
    )
    // read_api may read the notes; the post is what it may not do.
    expect(requests.map((r) => r.method)).toEqual(['GET', 'POST'])
    expect(error.kind).toBe('permission')
    expect(error.status).toBe(403)
    expect(error.message).toContain(
      'cannot comment on merge request !4 in 17: SRCGIT_GITLAB_TOKEN lacks the api scope (403 insufficient_scope); ' +
        'a read_api token can only read: create a project access token with the api scope',
    )
    const job = await gitlabFailure(
      commentOnce(host({ token: undefined, jobToken: JOB }), 4, 'job', 'Hello.'),
    )
    expect(job.kind).toBe('auth')
    expect(job.message).toContain(
      'GitLab refused CI_JOB_TOKEN (401 Unauthorized): CI_JOB_TOKEN cannot comment on merge requests',
    )
    expect(gitlab.notes(17, 4)).toEqual([])
  })

  it('says when the merge request does not exist', async () => {
    const error = await gitlabFailure(commentOnce(host(), 99, 'k', 'Hello.'))
    expect(error.kind).toBe('not-found')
    expect(error.message).toBe(
      'cannot read the comments of merge request !99 in 17: merge request !99 does not exist in 17 ' +
        '(404 Merge Request Not Found)',
    )
    const post = await gitlabFailure(host().comment(99, 'Hello.'))
    expect(post.message).toBe(
      'cannot comment on merge request !99 in 17: merge request !99 does not exist in 17 (404 Merge Request Not Found)',
    )
  })

  it('keeps a key with --> inside its marker', async () => {
    const key = 'f41 --> <img src=x onerror=alert(1)> <!-- --!>'
    expect((await commentOnce(host(), 1, key, 'Failed.')).posted).toBe(true)
    const body = gitlab.notes(17, 1).at(-1)!.body
    expect(htmlComments(body)).toEqual([` srcgit-comment: ${encodeMarkerKey(key)} `])
    expect(body.replace(/<!--[\s\S]*?-->/g, '')).toBe('Failed.\n\n\n')
    expect((await commentOnce(host(), 1, key, 'Failed.')).posted).toBe(false)
    expect((await commentOnce(host(), 1, 'f41 ', 'Failed.')).posted).toBe(true)
  })

  it('the stand-in answers with GitLab note JSON and offset pages, newest first by default', async () => {
    for (let i = 0; i < 4; i++) gitlab.addNote(17, 5, `comment ${i}`)
    gitlab.addNote(17, 5, 'newest', { author: 'srcgit-bot' })
    const r = await fetch(`${gitlab.apiUrl}/projects/17/merge_requests/5/notes?per_page=2`, {
      headers: { 'PRIVATE-TOKEN': DEV },
    })
    expect(r.status).toBe(200)
    expect(r.headers.get('x-total')).toBe('5')
    expect(r.headers.get('x-total-pages')).toBe('3')
    expect(r.headers.get('x-next-page')).toBe('2')
    expect(r.headers.get('link')).toContain('rel="next"')
    const [newest] = (await r.json()) as Record<string, unknown>[]
    expect(newest).toMatchObject({
      id: expect.any(Number),
      body: 'newest',
      author: { username: 'srcgit-bot' },
      created_at: expect.any(String),
      system: false,
      noteable_type: 'MergeRequest',
      noteable_iid: 5,
      project_id: 17,
    })
    const anonymous = await fetch(`${gitlab.apiUrl}/projects/17/merge_requests/5/notes`)
    expect(anonymous.status).toBe(401)
    const blank = await fetch(`${gitlab.apiUrl}${path(5).slice('/api/v4'.length)}`, {
      method: 'POST',
      headers: { 'PRIVATE-TOKEN': DEV, 'content-type': 'application/json' },
      body: '{}',
    })
    expect(blank.status).toBe(400)
    expect(await blank.json()).toEqual({ error: 'body is missing' })
    const missing = await fetch(`${gitlab.apiUrl}/projects/17/merge_requests/99/notes`, {
      headers: { 'PRIVATE-TOKEN': DEV },
    })
    expect([missing.status, await missing.json()]).toEqual([404, { message: '404 Merge Request Not Found' }])
    expect(gitlab.notes(17, 5)).toHaveLength(5)
  })
})
