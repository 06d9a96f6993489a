/** The forge's Pagure API v0, driven with the global fetch as srcgit's HTTP layer would. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { type Forge, startForge } from '../../support/forge/index.js'
import { TestRepo } from '../../support/git-repo.js'
import { api, getJson, git, makeToken, packageSource } from './fixtures.js'

const BOT = makeToken('bot')
const MIA = makeToken('mia')
const EVE = makeToken('eve')
const CI = makeToken('ci')
const BOUND_TARGET = makeToken('boundtarget')
const BOUND_FORK = makeToken('boundfork')
const NOACL = makeToken('noacl')
const UPDATE_ONLY = makeToken('updateonly')
const BOT_ACLS = [
  'fork_project',
  'pull_request_create',
  'pull_request_update',
  'pull_request_comment',
  'pull_request_close',
]

describe('forge: Pagure API v0', () => {
  let forge: Forge
  let invalidToken: string
  let base: string

  beforeAll(async () => {
    forge = await startForge({
      users: [{ name: 'bot' }, { name: 'mia', packager: true }, { name: 'eve' }],
      tokens: [
        { token: BOT, user: 'bot', acls: BOT_ACLS },
        { token: MIA, user: 'mia', acls: ['pull_request_create', 'pull_request_close', 'fork_project'] },
        { token: EVE, user: 'eve', acls: BOT_ACLS },
        { token: CI, user: 'ci', acls: ['pull_request_flag', 'commit_flag'] },
        { token: BOUND_TARGET, user: 'bot', acls: BOT_ACLS, project: 'rpms/hello' },
        { token: BOUND_FORK, user: 'bot', acls: BOT_ACLS, project: 'forks/bot/rpms/hello' },
        { token: NOACL, user: 'bot', acls: ['modify_project'] },
        { token: UPDATE_ONLY, user: 'bot', acls: ['pull_request_update'] },
      ],
    })
    const source = packageSource()
    base = source.git('rev-parse', 'rawhide')
    forge.addPackage('hello', { from: source.dir, maintainers: ['mia'] })
    invalidToken = `Invalid or expired token. Please visit ${forge.url}/settings#nav-api-tab to get or renew your API token.`
  })
  afterAll(() => forge.stop())

  it('answers version and whoami, reading the token after the first "token" in Authorization', async () => {
    expect(await api(forge, 'GET', '/-/version')).toMatchObject({ status: 200, body: { version: '0.31' } })
    expect((await api(forge, 'POST', '/-/whoami', { token: BOT })).body).toEqual({ username: 'bot' })
    expect((await api(forge, 'POST', '/-/whoami', { authorization: `Bearer token ${BOT}` })).body).toEqual({
      username: 'bot',
    })
    // Without "token" in the header (Bearer is not recognised) the caller is anonymous.
    for (const authorization of [undefined, `Bearer ${BOT}`]) {
      const anonymous = await api(forge, 'POST', '/-/whoami', { authorization })
      expect(anonymous.status).toBe(401)
      expect(anonymous.body).toEqual({ error: invalidToken, error_code: 'EINVALIDTOK' })
    }
    const unknown = await api(forge, 'POST', '/-/whoami', { token: makeToken('nobody') })
    expect(unknown.status).toBe(401)
    expect(unknown.body).toEqual({ error: invalidToken, error_code: 'EINVALIDTOK', errors: 'Invalid token' })
  })

  it('requires one of the endpoint ACLs and names the missing ones', async () => {
    const noToken = await api(forge, 'POST', '/fork', { form: { repo: 'hello', namespace: 'rpms' } })
    expect(noToken.status).toBe(401)
    expect(noToken.body).toEqual({ error: invalidToken, error_code: 'EINVALIDTOK', errors: 'Invalid token' })
    const missing = await api(forge, 'POST', '/fork', {
      token: NOACL,
      form: { repo: 'hello', namespace: 'rpms' },
    })
    expect(missing.status).toBe(401)
    expect(missing.body).toEqual({
      error: invalidToken,
      error_code: 'EINVALIDTOK',
      errors: 'Missing ACLs: fork_project',
    })
    const reopen = await api(forge, 'POST', '/rpms/hello/pull-request/1/reopen', { token: NOACL })
    expect(reopen.body.errors).toBe('Missing ACLs: pull_request_close, pull_request_update')
  })

  it('serves project JSON, git URLs and branches, and 404s in Pagure shape', async () => {
    const project = await api(forge, 'GET', '/rpms/hello')
    expect(project.status).toBe(200)
    expect(project.body).toMatchObject({
      name: 'hello',
      fullname: 'rpms/hello',
      url_path: 'rpms/hello',
      full_url: `${forge.url}/rpms/hello`,
      namespace: 'rpms',
      parent: null,
      user: { name: 'mia', url_path: 'user/mia' },
      access_users: { owner: ['mia'], admin: [], commit: [], collaborator: [], ticket: [] },
    })
    expect(project.body.date_created).toMatch(/^\d+\.\d{6}$/)
    expect(await api(forge, 'GET', '/rpms/nope')).toMatchObject({
      status: 404,
      body: { error: 'Project not found', error_code: 'ENOPROJECT' },
    })
    expect(await api(forge, 'GET', '/rpms/hello/no-such-endpoint')).toMatchObject({
      status: 404,
      body: { error_code: 'ENOTFOUND' },
    })

    expect((await api(forge, 'GET', '/rpms/hello/git/urls')).body).toEqual({
      total_urls: 2,
      urls: { ssh: 'ssh://{username}@localhost/rpms/hello.git', git: `${forge.url}/rpms/hello.git` },
    })
    expect((await api(forge, 'GET', '/rpms/hello/git/urls', { token: BOT })).body.urls.ssh).toBe(
      'ssh://bot@localhost/rpms/hello.git',
    )
    expect((await api(forge, 'GET', '/rpms/hello/git/branches')).body).toEqual({
      total_branches: 2,
      branches: ['f43', 'rawhide'],
      default: 'rawhide',
    })
    expect((await api(forge, 'GET', '/rpms/hello/git/branches?with_commits=1')).body).toEqual({
      total_branches: 2,
      branches: { f43: base, rawhide: base },
      default: { rawhide: base },
    })
  })

  it('forks (waiting by default), refuses a second fork, and disables pull requests on forks', async () => {
    const fork = await api(forge, 'POST', '/fork', {
      token: BOT,
      form: { repo: 'hello', namespace: 'rpms', wait: 'false' },
    })
    expect(fork).toMatchObject({
      status: 200,
      body: { message: 'Repo "rpms/hello" cloned to "bot/rpms/hello"' },
    })
    const again = await api(forge, 'POST', '/fork', {
      token: BOT,
      form: { repo: 'hello', namespace: 'rpms' },
    })
    expect(again.status).toBe(400)
    expect(again.body).toEqual({ error: 'Repo "forks/bot/hello" already exists', error_code: 'ENOCODE' })

    const project = await api(forge, 'GET', '/fork/bot/rpms/hello')
    expect(project.body).toMatchObject({
      fullname: 'forks/bot/rpms/hello',
      url_path: 'fork/bot/rpms/hello',
      user: { name: 'bot' },
      parent: { fullname: 'rpms/hello' },
    })
    const refs = await git(['for-each-ref', '--format=%(refname)'], {
      cwd: forge.repoPath('forks/bot/rpms/hello'),
    })
    expect(refs.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'refs/heads/f43',
      'refs/heads/rawhide',
      'refs/remotes/origin/f43',
      'refs/remotes/origin/rawhide',
    ])
    expect(await api(forge, 'GET', '/fork/bot/rpms/hello/pull-requests')).toMatchObject({
      status: 404,
      body: {
        error: 'Pull-Request have been deactivated for this project',
        error_code: 'EPULLREQUESTSDISABLED',
      },
    })
    expect((await api(forge, 'GET', '/fork/nobody/rpms/hello')).status).toBe(404)
  })

  it('queues the fork only for a JSON "wait": false, and reports the task', async () => {
    const queued = await api(forge, 'POST', '/fork', {
      token: EVE,
      json: { repo: 'hello', namespace: 'rpms', wait: false },
    })
    expect(queued.body.message).toBe('Project forking queued')
    let status = await api(forge, 'GET', `/task/${queued.body.taskid}/status`)
    for (let i = 0; i < 100 && !status.body.ready; i++) {
      expect(status.body).toEqual({ ready: false, status: 'PENDING' })
      await new Promise((resolve) => setTimeout(resolve, 50))
      status = await api(forge, 'GET', `/task/${queued.body.taskid}/status`)
    }
    expect(status.body).toEqual({ ready: true, status: 'SUCCESS', successful: true })
    expect(existsSync(`${forge.repoPath('forks/eve/rpms/hello')}/refs`)).toBe(true)
  })

  describe('pull requests', () => {
    let featureHead: string
    let firstCommit: string
    const create = (token: string, fields: Record<string, string> = {}) =>
      api(forge, 'POST', '/rpms/hello/pull-request/new', {
        token,
        form: {
          title: 'Update to 1.1',
          initial_comment: 'Upstream 1.1',
          branch_to: 'rawhide',
          branch_from: 'rawhide-update',
          repo_from: 'hello',
          repo_from_username: 'bot',
          repo_from_namespace: 'rpms',
          ...fields,
        },
      })

    beforeAll(async () => {
      // An SSH-style push straight into the fork's bare repo.
      const work = TestRepo.init('srcgit-forge-work-')
      work.git('fetch', '-q', forge.repoPath('forks/bot/rpms/hello'), 'rawhide:rawhide')
      work.git('checkout', '-q', '-b', 'rawhide-update', 'rawhide')
      firstCommit = work.write('hello.spec', 'Name: hello\nVersion: 1.1\n').commit('Update to 1.1')
      featureHead = work.write('sources', 'SHA512 (hello-1.1.tar.gz) = abc\n').commit('New sources')
      const push = await git(['push', '-q', forge.repoPath('forks/bot/rpms/hello'), 'rawhide-update'], {
        cwd: work.dir,
      })
      expect(push.code).toBe(0)
    })

    it('checks in Pagure order: target, fork, PRs enabled, token project, form, branches, committer', async () => {
      expect(await create(BOT, { repo_from_username: 'nobody' })).toMatchObject({
        status: 404,
        body: { error_code: 'ENOPROJECT' },
      })
      const onFork = await api(forge, 'POST', '/fork/bot/rpms/hello/pull-request/new', {
        token: BOT,
        form: { title: 't', branch_to: 'rawhide', branch_from: 'rawhide-update' },
      })
      expect(onFork).toMatchObject({ status: 404, body: { error_code: 'EPULLREQUESTSDISABLED' } })
      const wrongProject = await create(BOUND_TARGET)
      expect(wrongProject.status).toBe(401)
      expect(wrongProject.body).toEqual({ error: invalidToken, error_code: 'EINVALIDTOK' })
      expect((await create(BOT, { title: ' ' })).body).toEqual({
        error: 'Invalid or incomplete input submitted',
        error_code: 'EINVALIDREQ',
        errors: { title: ['This field is required.'] },
      })
      expect((await create(BOT, { branch_to: '' })).body.errors).toEqual({
        branch_to: ['This field is required.'],
      })
      expect(await create(MIA)).toMatchObject({
        status: 401,
        body: {
          error: 'You do not have sufficient permissions to perform this action',
          error_code: 'ENOTHIGHENOUGH',
        },
      })
      expect(await create(BOT, { branch_from: 'nope' })).toMatchObject({
        status: 400,
        body: { error_code: 'EINVALIDREQ', errors: 'Branch nope does not exist' },
      })
      expect((await create(BOT, { branch_to: 'f99' })).body.errors).toBe(
        'Branch f99 could not be found in the target repo',
      )
      expect(forge.pullRequests('rpms', 'hello')).toEqual([])
    })

    it('creates pull requests on the parent, duplicates included, with the fork branch as commit range', async () => {
      const first = await create(BOT)
      expect(first.status).toBe(200)
      expect(first.body).toMatchObject({
        id: 1,
        status: 'Open',
        title: 'Update to 1.1',
        initial_comment: 'Upstream 1.1',
        branch: 'rawhide',
        branch_from: 'rawhide-update',
        commit_start: firstCommit,
        commit_stop: featureHead,
        user: { name: 'bot' },
        project: { fullname: 'rpms/hello' },
        repo_from: { fullname: 'forks/bot/rpms/hello', parent: { fullname: 'rpms/hello' } },
        full_url: `${forge.url}/rpms/hello/pull-request/1`,
        cached_merge_status: 'unknown',
        comments: [],
      })
      expect(first.body.uid).toMatch(/^[0-9a-f]{32}$/)
      // A project-bound token works when bound to the fork, which PR creation checks; JSON works too.
      const second = await api(forge, 'POST', '/rpms/hello/pull-request/new', {
        token: BOUND_FORK,
        json: {
          title: 'Update to 1.1',
          branch_to: 'rawhide',
          branch_from: 'rawhide-update',
          repo_from: 'hello',
          repo_from_username: 'bot',
          repo_from_namespace: 'rpms',
        },
      })
      expect(second.body).toMatchObject({ id: 2, initial_comment: null, commit_stop: featureHead })
      expect(forge.pullRequests('rpms', 'hello').map((pr) => pr.id)).toEqual([1, 2])
      const pullRef = await git(['rev-parse', 'refs/pull/1/head'], { cwd: forge.repoPath('rpms/hello') })
      expect(pullRef.stdout.trim()).toBe(featureHead)
    })

    it('updates title and description (a missing description clears it) for the author only', async () => {
      const updated = await api(forge, 'POST', '/rpms/hello/pull-request/1', {
        token: BOT,
        form: { title: '  Update to 1.1.1 ', initial_comment: 'New text' },
      })
      expect(updated.body).toMatchObject({ id: 1, title: 'Update to 1.1.1', initial_comment: 'New text' })
      const cleared = await api(forge, 'POST', '/rpms/hello/pull-request/1', {
        token: BOT,
        form: { title: 'Again' },
      })
      expect(cleared.body).toMatchObject({ title: 'Again', initial_comment: '' })
      expect(
        (await api(forge, 'POST', '/rpms/hello/pull-request/1', { token: BOT, form: {} })).body.errors,
      ).toEqual({
        title: ['This field is required.'],
      })
      expect(
        await api(forge, 'POST', '/rpms/hello/pull-request/1', { token: EVE, form: { title: 'x' } }),
      ).toMatchObject({
        status: 403,
        body: { error: 'You are not allowed to view this pull-request', error_code: 'EPRNOTALLOWED' },
      })
      // Update is checked against the target: a token bound to the fork is refused.
      expect(
        (await api(forge, 'POST', '/rpms/hello/pull-request/1', { token: BOUND_FORK, form: { title: 'x' } }))
          .body,
      ).toEqual({ error: invalidToken, error_code: 'EINVALIDTOK' })
      expect((await api(forge, 'GET', '/rpms/hello/pull-request/9')).body).toEqual({
        error: 'Pull-Request not found',
        error_code: 'ENOREQ',
      })
    })

    it('comments, closes and reopens', async () => {
      expect(
        (
          await api(forge, 'POST', '/rpms/hello/pull-request/1/comment', {
            token: BOT,
            form: { comment: 'ping' },
          })
        ).body,
      ).toEqual({ message: 'Comment added' })
      const pr = await api(forge, 'GET', '/rpms/hello/pull-request/1')
      expect(pr.body.comments).toMatchObject([{ comment: 'ping', user: { name: 'bot' } }])
      expect('comments' in (await api(forge, 'GET', '/rpms/hello/pull-request/1?comments=false')).body).toBe(
        false,
      )

      expect(await api(forge, 'POST', '/rpms/hello/pull-request/2/close', { token: EVE })).toMatchObject({
        status: 403,
        body: { error_code: 'ENOPRCLOSE' },
      })
      expect((await api(forge, 'POST', '/rpms/hello/pull-request/2/close', { token: BOT })).body).toEqual({
        message: 'Pull-request closed!',
      })
      expect(forge.pullRequests('rpms', 'hello')[1]).toMatchObject({
        status: 'Closed',
        closed_by: { name: 'bot' },
      })
      // Reopening takes either pull_request_close or pull_request_update.
      expect(
        (await api(forge, 'POST', '/rpms/hello/pull-request/2/reopen', { token: UPDATE_ONLY })).body,
      ).toEqual({
        message: 'Pull-request reopened!',
      })
      expect(
        (await api(forge, 'POST', '/rpms/hello/pull-request/2/close', { token: UPDATE_ONLY })).body.errors,
      ).toBe('Missing ACLs: pull_request_close')
      expect(forge.pullRequests('rpms', 'hello')[1]).toMatchObject({
        status: 'Open',
        closed_by: null,
        closed_at: null,
      })
      await api(forge, 'POST', '/rpms/hello/pull-request/2/close', { token: BOT })
    })

    it('lists by status (the "true" quirk included) and author, newest first', async () => {
      const ids = async (query: string) =>
        (await api(forge, 'GET', `/rpms/hello/pull-requests${query}`)).body.requests.map(
          (pr: { id: number }) => pr.id,
        )
      expect(await ids('')).toEqual([1])
      expect(await ids('?status=Open')).toEqual([1])
      expect(await ids('?status=true')).toEqual([])
      expect(await ids('?status=closed')).toEqual([2])
      expect(await ids('?status=0')).toEqual([2])
      expect(await ids('?status=All')).toEqual([2, 1])
      expect(await ids('?status=all&author=bot')).toEqual([2, 1])
      expect(await ids('?status=all&author=mia')).toEqual([])
      const listed = await api(forge, 'GET', '/rpms/hello/pull-requests?author=bot')
      expect(listed.body).toMatchObject({
        total_requests: 1,
        args: { status: true, assignee: null, author: 'bot', tags: [], page: 1, per_page: 20 },
      })
    })

    it('paginates with absolute links and validates page and per_page', async () => {
      const first = await api(forge, 'GET', '/rpms/hello/pull-requests?status=all&per_page=1')
      const link = (page: number) =>
        `${forge.url}/api/0/rpms/hello/pull-requests?per_page=1&page=${page}&status=all`
      expect(first.body.pagination).toEqual({
        page: 1,
        pages: 2,
        per_page: 1,
        prev: null,
        next: link(2),
        first: link(1),
        last: link(2),
      })
      const second = (await getJson(first.body.pagination.next)).body
      expect(second.requests.map((pr: { id: number }) => pr.id)).toEqual([1])
      expect(second.pagination).toMatchObject({ page: 2, prev: link(1), next: null })
      expect((await api(forge, 'GET', '/rpms/hello/pull-requests?per_page=101')).body).toEqual({
        error: 'The per_page value must be between 1 and 100',
        error_code: 'EINVALIDPERPAGEVALUE',
      })
      expect((await api(forge, 'GET', '/rpms/hello/pull-requests?page=0')).body).toEqual({
        error: 'Invalid or incomplete input submitted',
        error_code: 'EINVALIDREQ',
      })
    })

    it('keeps flags per target project and head commit, upserting by uid', async () => {
      const flag = (fields: Record<string, string>) =>
        api(forge, 'POST', '/rpms/hello/pull-request/1/flag', {
          token: CI,
          form: { username: 'Packit', comment: 'Build started', url: 'https://ci.example/1', ...fields },
        })
      const added = await flag({ status: 'pending', uid: 'build' })
      expect(added.body).toMatchObject({
        message: 'Flag added',
        uid: 'build',
        user: 'ci',
        flag: { commit_hash: featureHead, username: 'Packit', status: 'pending', percent: null },
      })
      expect(added.body.flag.user).toMatchObject({ name: 'ci', default_email: 'ci@example.com' })
      expect((await flag({ status: 'success', uid: 'tests' })).body.message).toBe('Flag added')
      const updated = await flag({ status: 'failure', uid: 'build', comment: 'Build failed', percent: '0' })
      expect(updated.body).toMatchObject({ message: 'Flag updated', flag: { status: 'failure', percent: 0 } })
      // The legacy rule without a status: percent 0 fails, other percents succeed, none is pending.
      expect((await flag({ uid: 'legacy', percent: '0' })).body.flag.status).toBe('failure')
      expect((await flag({ uid: 'legacy2' })).body.flag.status).toBe('pending')
      expect((await flag({ uid: 'x', status: 'bogus', url: 'not a url' })).body.errors).toEqual({
        status: ['Not a valid choice'],
        url: ['Invalid input.'],
      })

      const listed = await api(forge, 'GET', '/rpms/hello/pull-request/1/flag')
      // Oldest update first: "build" moved behind "tests" when it was updated.
      expect(
        listed.body.flags.map((f: { status: string; comment: string }) => [f.status, f.comment]),
      ).toEqual([
        ['success', 'Build started'],
        ['failure', 'Build failed'],
        ['failure', 'Build started'],
        ['pending', 'Build started'],
      ])
      for (const f of listed.body.flags) {
        expect(Object.keys(f).sort()).toEqual(
          [
            'comment',
            'commit_hash',
            'date_created',
            'date_updated',
            'percent',
            'status',
            'url',
            'user',
            'username',
          ].sort(),
        )
        expect(f.date_updated).toMatch(/^\d+\.\d+$/)
      }
      // PR #2 has the same head commit, so it shows the same flags.
      expect((await api(forge, 'GET', '/rpms/hello/pull-request/2/flag')).body.flags).toHaveLength(4)
      const commit = await api(forge, 'GET', `/rpms/hello/c/${featureHead}/flag`)
      expect(commit.body.total_flags).toBe(4)
      expect(commit.body.flags).toEqual(listed.body.flags)
      expect(await api(forge, 'GET', `/rpms/hello/c/${'0'.repeat(40)}/flag`)).toMatchObject({
        status: 404,
        body: { error: 'No such commit found in this repository', error_code: 'ENOCOMMIT' },
      })
    })

    it('flags commits with commit_flag, status required', async () => {
      const path = `/rpms/hello/c/${base}/flag`
      const form = { username: 'Zuul', comment: 'ok', url: 'https://zuul.example/1' }
      expect((await api(forge, 'POST', path, { token: CI, form })).body.errors).toEqual({
        status: ['This field is required.'],
      })
      expect((await api(forge, 'POST', path, { token: BOT, form })).body.errors).toBe(
        'Missing ACLs: commit_flag',
      )
      const added = await api(forge, 'POST', path, { token: CI, form: { ...form, status: 'success' } })
      expect(added.body).toMatchObject({
        message: 'Flag added',
        flag: { commit_hash: base, status: 'success' },
      })
      expect((await api(forge, 'GET', path)).body).toMatchObject({
        total_flags: 1,
        flags: [{ username: 'Zuul' }],
      })
    })
  })
})
