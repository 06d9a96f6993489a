/** The Forgejo stand-in itself: API shapes, auth and scopes, forks, PRs, statuses, git over HTTP. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Forgejo, TEST_USER_HEADER, startForgejo } from '../../support/forgejo/index.js'
import { TestRepo } from '../../support/git-repo.js'
import { SCOPES, api, fjToken, git, packageSource } from './fixtures.js'

const BOT = fjToken('bot')
const MIA = fjToken('mia')
const EVE = fjToken('eve')
const READONLY = fjToken('readonly')
const NOUSER = fjToken('nouser')

describe('Forgejo stand-in', () => {
  let forgejo: Forgejo
  let work: TestRepo
  let headSha: string
  let prNumber: number

  beforeAll(async () => {
    forgejo = await startForgejo({
      users: [{ name: 'bot' }, { name: 'mia', packager: true }, { name: 'eve' }],
      tokens: [
        { token: BOT, user: 'bot', scopes: SCOPES },
        { token: MIA, user: 'mia', scopes: SCOPES },
        { token: EVE, user: 'eve', scopes: SCOPES },
        { token: READONLY, user: 'bot', scopes: ['read:repository', 'read:user'] },
        { token: NOUSER, user: 'bot', scopes: ['write:repository'] },
      ],
    })
    forgejo.addPackage('hello', { from: packageSource().dir, maintainers: ['mia'] })
    forgejo.addPackage('other', { from: packageSource().dir, maintainers: ['mia'] })
  })
  afterAll(() => forgejo.stop())

  describe('version probes and auth', () => {
    it('answers both version probes without a token; /api/0 is a plain 404', async () => {
      expect(await api(forgejo, 'GET', '/api/forgejo/v1/version')).toMatchObject({
        status: 200,
        body: { version: '12.0.0' },
      })
      expect(await api(forgejo, 'GET', '/version')).toMatchObject({
        status: 200,
        body: { version: '12.0.0+gitea-1.22.0' },
      })
      const pagure = await api(forgejo, 'GET', '/api/0/-/version')
      expect(pagure.status).toBe(404)
      expect(pagure.headers.get('content-type')).toMatch(/^text\/plain/)
    })

    it('answers 401 on any API path, the probes included, for a token it does not know', async () => {
      for (const p of ['/api/forgejo/v1/version', '/version', '/repos/rpms/hello']) {
        const r = await api(forgejo, 'GET', p, { token: 'f'.repeat(40) })
        expect(r.status).toBe(401)
        expect(r.body).toEqual({
          message: 'user does not exist [uid: 0, name: ]',
          url: `${forgejo.url}/api/swagger`,
        })
      }
    })

    it('takes token (case-sensitive), Bearer (any case) and Basic with the token', async () => {
      const as = (authorization: string) => api(forgejo, 'GET', '/user', { authorization })
      expect((await as(`token ${BOT}`)).body.login).toBe('bot')
      expect((await as(`Bearer ${BOT}`)).body.login).toBe('bot')
      expect((await as(`bEaReR ${BOT}`)).body.login).toBe('bot')
      expect((await as(`Basic ${Buffer.from(`anyone:${BOT}`).toString('base64')}`)).body.login).toBe('bot')
      expect((await as(`Basic ${Buffer.from(`${BOT}:x-oauth-basic`).toString('base64')}`)).body.login).toBe(
        'bot',
      )
      // `Token` is not the scheme: no credential at all.
      expect(await as(`Token ${BOT}`)).toMatchObject({ status: 401, body: { message: 'token is required' } })
    })

    it('checks scopes by method and route group', async () => {
      const noUser = await api(forgejo, 'GET', '/user', { token: NOUSER })
      expect(noUser).toMatchObject({
        status: 403,
        body: { message: 'token does not have at least one of required scope(s): [read:user]' },
      })
      const readOnly = await api(forgejo, 'POST', '/repos/rpms/other/forks', { token: READONLY, json: {} })
      expect(readOnly).toMatchObject({
        status: 403,
        body: { message: 'token does not have at least one of required scope(s): [write:repository]' },
      })
      const comment = await api(forgejo, 'POST', '/repos/rpms/hello/issues/1/comments', {
        token: NOUSER,
        json: { body: 'x' },
      })
      expect(comment.body.message).toBe(
        'token does not have at least one of required scope(s): [write:issue]',
      )
      expect((await api(forgejo, 'GET', '/repos/rpms/hello', { token: READONLY })).status).toBe(200)
    })

    it('needs a token for writes', async () => {
      expect(await api(forgejo, 'POST', '/repos/rpms/hello/forks', { json: {} })).toMatchObject({
        status: 401,
        body: { message: 'token is required' },
      })
    })
  })

  describe('repositories and forks', () => {
    it('describes a package repo', async () => {
      const r = await api(forgejo, 'GET', '/repos/rpms/hello', { token: MIA })
      expect(r.status).toBe(200)
      expect(r.body).toMatchObject({
        name: 'hello',
        full_name: 'rpms/hello',
        owner: { login: 'rpms' },
        fork: false,
        parent: null,
        default_branch: 'rawhide',
        clone_url: `${forgejo.url}/rpms/hello.git`,
        html_url: `${forgejo.url}/rpms/hello`,
        permissions: { admin: false, push: true, pull: true },
      })
      expect(r.body.ssh_url).toMatch(/^ssh:\/\/git@127\.0\.0\.1:\d+\/rpms\/hello\.git$/)
      expect(r.headers.get('content-type')).toBe('application/json;charset=utf-8')
      expect(await api(forgejo, 'GET', '/repos/rpms/nope')).toMatchObject({
        status: 404,
        body: { message: "The target couldn't be found.", errors: [] },
      })
      expect(await api(forgejo, 'GET', '/repos/nobody/hello')).toMatchObject({
        status: 404,
        body: { message: 'GetUserByName', errors: ['user redirect does not exist [name: nobody]'] },
      })
    })

    it('forks with 202 and refuses a second fork with 409', async () => {
      const first = await api(forgejo, 'POST', '/repos/rpms/hello/forks', { token: BOT, json: {} })
      expect(first.status).toBe(202)
      expect(first.body).toMatchObject({
        full_name: 'bot/hello',
        fork: true,
        parent: { full_name: 'rpms/hello' },
        owner: { login: 'bot' },
        permissions: { admin: true, push: true },
      })
      const again = await api(forgejo, 'POST', '/repos/rpms/hello/forks', { token: BOT, json: {} })
      expect(again).toMatchObject({
        status: 409,
        body: {
          message:
            'repository is already forked by user [uname: bot, repo path: rpms/hello, fork path: bot/hello]',
        },
      })
      const forks = await api(forgejo, 'GET', '/repos/rpms/hello/forks')
      expect(forks.body.map((f: { full_name: string }) => f.full_name)).toEqual(['bot/hello'])
      expect(forks.headers.get('x-total-count')).toBe('1')
    })
  })

  describe('git over HTTP', () => {
    const remote = () => `${forgejo.url}/bot/hello.git`

    it('clones anonymously and pushes with the token as the password', async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-fj-clone-'))
      expect((await git(['clone', '-q', remote(), dir])).code).toBe(0)
      work = new TestRepo(dir)
      work.git('checkout', '-q', '-b', 'update', 'origin/rawhide')
      work.write('hello.spec', 'Name: hello\nVersion: 1.1\n')
      headSha = work.commit('Update to 1.1')
      const push = await git(['push', '-q', 'origin', 'update'], {
        cwd: dir,
        basic: { user: 'whoever', password: BOT },
      })
      expect(push).toMatchObject({ code: 0 })
      expect(forgejo.log.at(-1)).toMatchObject({ kind: 'git', write: true, user: 'bot', status: 200 })
    })

    it('refuses a push without a token, with a token lacking write:repository, and by a non-collaborator', async () => {
      const args = ['push', '-q', remote(), 'HEAD:refs/heads/other']
      expect((await git(args, { cwd: work.dir })).code).not.toBe(0)
      expect((await git(args, { cwd: work.dir, basic: { user: 'bot', password: READONLY } })).code).not.toBe(
        0,
      )
      const eve = await git(args, { cwd: work.dir, basic: { user: EVE, password: '' } })
      expect(eve.code).not.toBe(0)
      expect(eve.stderr).toMatch(/403/)
    })
  })

  describe('pull requests', () => {
    it('creates a PR on the target with head <user>:<branch>', async () => {
      const r = await api(forgejo, 'POST', '/repos/rpms/hello/pulls', {
        token: BOT,
        json: { title: 'Update to 1.1', body: 'Details', base: 'rawhide', head: 'bot:update' },
      })
      expect(r.status).toBe(201)
      expect(r.body).toMatchObject({
        number: 1,
        title: 'Update to 1.1',
        body: 'Details',
        state: 'open',
        merged: false,
        allow_maintainer_edit: false,
        user: { login: 'bot' },
        base: { ref: 'rawhide', repo: { full_name: 'rpms/hello' } },
        head: { ref: 'update', sha: headSha, repo: { full_name: 'bot/hello', owner: { login: 'bot' } } },
        html_url: `${forgejo.url}/rpms/hello/pulls/1`,
      })
      expect(r.body.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
      prNumber = r.body.number
    })

    it('refuses a duplicate (409), an unknown head (404) and head == base (422)', async () => {
      const create = (head: string, token = BOT, base = 'rawhide') =>
        api(forgejo, 'POST', '/repos/rpms/hello/pulls', { token, json: { title: 't', base, head } })
      const dup = await create('bot:update')
      expect(dup.status).toBe(409)
      expect(dup.body.message).toMatch(
        /^pull request already exists for these targets \[id: \d+, issue_id: 1, head_repo_id: \d+, base_repo_id: \d+, head_branch: update, base_branch: rawhide\]$/,
      )
      expect((await create('nobody:update')).status).toBe(404)
      expect((await create('bot:nope')).status).toBe(404)
      expect((await create('eve:update', EVE)).status).toBe(404) // eve has no fork
      expect((await create('rawhide', MIA)).status).toBe(422)
      expect((await create('bot:update', BOT, 'nope')).status).toBe(404)
    })

    it('edits with PATCH (201): title only when non-empty, body when present', async () => {
      const patch = (json: unknown, token = BOT) =>
        api(forgejo, 'PATCH', `/repos/rpms/hello/pulls/${prNumber}`, { token, json })
      const r = await patch({ title: '', body: '' })
      expect(r.status).toBe(201)
      expect(r.body).toMatchObject({ title: 'Update to 1.1', body: '' })
      expect((await patch({ title: 'Update to 1.1 (again)', body: 'New' })).body).toMatchObject({
        title: 'Update to 1.1 (again)',
        body: 'New',
      })
    })

    it('lets only the author set allow_maintainer_edit; others get 403 with an empty body', async () => {
      const byMia = await api(forgejo, 'PATCH', `/repos/rpms/hello/pulls/${prNumber}`, {
        token: MIA,
        json: { allow_maintainer_edit: true },
      })
      expect(byMia).toMatchObject({ status: 403, text: '' })
      const byEve = await api(forgejo, 'PATCH', `/repos/rpms/hello/pulls/${prNumber}`, {
        token: EVE,
        json: { title: 'mine' },
      })
      expect(byEve).toMatchObject({ status: 403, text: '' })
      const byBot = await api(forgejo, 'PATCH', `/repos/rpms/hello/pulls/${prNumber}`, {
        token: BOT,
        json: { allow_maintainer_edit: true },
      })
      expect(byBot.body.allow_maintainer_edit).toBe(true)
    })

    it('lets a maintainer push to the PR branch when maintainer edits are allowed, and only there', async () => {
      work.write('notes', 'by mia\n')
      const sha = work.commit('Maintainer fix')
      const toPr = await git(['push', '-q', `${forgejo.url}/bot/hello.git`, 'HEAD:refs/heads/update'], {
        cwd: work.dir,
        basic: { user: 'mia', password: MIA },
      })
      expect(toPr.code).toBe(0)
      headSha = sha
      const elsewhere = await git(
        ['push', '-q', `${forgejo.url}/bot/hello.git`, 'HEAD:refs/heads/mia-branch'],
        {
          cwd: work.dir,
          basic: { user: 'mia', password: MIA },
        },
      )
      expect(elsewhere.code).not.toBe(0)
      expect(elsewhere.stderr).toMatch(/permission denied/i)
    })

    it('reads head.sha live: a force-push shows at once', async () => {
      expect((await api(forgejo, 'GET', `/repos/rpms/hello/pulls/${prNumber}`)).body.head.sha).toBe(headSha)
      work.git('reset', '-q', '--hard', 'HEAD~1')
      work.write('hello.spec', 'Name: hello\nVersion: 1.2\n')
      headSha = work.commit('Update to 1.2')
      const push = await git(['push', '-q', '-f', 'origin', 'HEAD:update'], {
        cwd: work.dir,
        basic: { user: 'bot', password: BOT },
      })
      expect(push.code).toBe(0)
      expect((await api(forgejo, 'GET', `/repos/rpms/hello/pulls/${prNumber}`)).body.head.sha).toBe(headSha)
      expect((await forgejo.pullRequests('rpms', 'hello'))[0].head.sha).toBe(headSha)
    })

    it('comments through the issue routes', async () => {
      const r = await api(forgejo, 'POST', `/repos/rpms/hello/issues/${prNumber}/comments`, {
        token: MIA,
        json: { body: 'Looks good' },
      })
      expect(r).toMatchObject({ status: 201, body: { body: 'Looks good', user: { login: 'mia' } } })
      const list = await api(forgejo, 'GET', `/repos/rpms/hello/issues/${prNumber}/comments`)
      expect(list.body.map((c: { body: string }) => c.body)).toEqual(['Looks good'])
    })
  })

  describe('commit statuses', () => {
    it('posts with state, answers with status; 500 for a sha not in the repo; 403 without write access', async () => {
      const post = (json: unknown, token = MIA, sha = headSha, repo = 'rpms/hello') =>
        api(forgejo, 'POST', `/repos/${repo}/statuses/${sha}`, { token, json })
      const r = await post({
        state: 'pending',
        context: 'ci/rpminspect',
        description: 'running',
        target_url: 'https://ci/1',
      })
      expect(r.status).toBe(201)
      expect(r.body).toMatchObject({
        status: 'pending',
        context: 'ci/rpminspect',
        target_url: 'https://ci/1',
      })
      expect(r.body.state).toBeUndefined()
      expect((await post({ state: 'success', context: 'x' }, MIA, 'a'.repeat(40))).status).toBe(500)
      expect((await post({ state: 'success', context: 'x' }, EVE)).status).toBe(403)
      // The fork's owner may post on the fork.
      expect((await post({ state: 'success', context: 'fork-ci' }, BOT, headSha, 'bot/hello')).status).toBe(
        201,
      )
    })

    it('lists every post newest first and combines the latest per context, worst first', async () => {
      await forgejo.addStatus('rpms/hello', headSha, { state: 'success', context: 'ci/rpminspect' })
      await forgejo.addStatus('rpms/hello', headSha, { state: 'error', context: 'ci/tests' })
      const list = await api(forgejo, 'GET', `/repos/rpms/hello/statuses/${headSha}`)
      expect(list.body.map((s: { context: string; status: string }) => `${s.context}=${s.status}`)).toEqual([
        'ci/tests=error',
        'ci/rpminspect=success',
        'ci/rpminspect=pending',
      ])
      expect(list.headers.get('x-total-count')).toBe('3')
      const byRef = await api(forgejo, 'GET', `/repos/bot/hello/commits/update/statuses`)
      expect(byRef.body.map((s: { context: string }) => s.context)).toEqual(['fork-ci'])
      const combined = await api(forgejo, 'GET', `/repos/rpms/hello/commits/${headSha}/status`)
      expect(combined.body).toMatchObject({ state: 'failure', sha: headSha, total_count: 2 })
      const times = list.body.map((s: { updated_at: string }) => Date.parse(s.updated_at))
      expect(times[0]).toBeGreaterThan(times[1])
    })
  })

  describe('lookaside and Bodhi (shared with the Pagure stand-in)', () => {
    it('serves Bodhi releases and the lookaside upload.cgi for the org repos', async () => {
      const releases = await fetch(`${forgejo.bodhiUrl}/releases/?rows_per_page=100`)
      expect(releases.status).toBe(200)
      expect(((await releases.json()) as { releases: unknown[] }).releases.length).toBeGreaterThan(0)
      const upload = async (name: string, user?: string) => {
        const form = new FormData()
        form.append('name', name)
        form.append('filename', 'hello-1.0.tar.gz')
        form.append('sha512sum', 'a'.repeat(128))
        const headers: Record<string, string> = user ? { [TEST_USER_HEADER]: user } : {}
        const r = await fetch(`${forgejo.lookasideUrl}/upload.cgi`, { method: 'POST', body: form, headers })
        return { status: r.status, text: await r.text() }
      }
      expect(await upload('hello', 'mia')).toEqual({ status: 200, text: 'Missing\n' })
      expect((await upload('nope', 'mia')).status).toBe(404)
      expect((await upload('hello', 'eve')).status).toBe(403)
      expect((await upload('hello')).status).toBe(401)
      expect(forgejo.lookasideFiles()).toEqual([])
    })
  })

  describe('merging and numbering', () => {
    it('merges a PR (merge commit on the base branch) and refuses to reopen it with 412', async () => {
      // rawhide moves on first (a maintainer's push), so the merge cannot fast-forward.
      const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-fj-mia-'))
      expect((await git(['clone', '-q', '-b', 'rawhide', `${forgejo.url}/rpms/hello.git`, dir])).code).toBe(0)
      const mia = new TestRepo(dir)
      mia.write('README', 'maintainer change\n')
      const rawhide = mia.commit('Maintainer change')
      expect(
        (await git(['push', '-q', 'origin', 'rawhide'], { cwd: dir, basic: { user: 'mia', password: MIA } }))
          .code,
      ).toBe(0)
      const sha = await forgejo.mergePullRequest('rpms/hello', prNumber, { by: 'mia' })
      const parents = (
        await git(['rev-list', '--parents', '-n1', sha], { cwd: forgejo.repoPath('rpms/hello') })
      ).stdout
      expect(parents.trim().split(' ')).toEqual([sha, rawhide, headSha])
      const pr = (await api(forgejo, 'GET', `/repos/rpms/hello/pulls/${prNumber}`)).body
      expect(pr).toMatchObject({
        state: 'closed',
        merged: true,
        merge_commit_sha: sha,
        merged_by: { login: 'mia' },
      })
      expect((await api(forgejo, 'GET', '/repos/rpms/hello/branches/rawhide')).body.commit.id).toBe(sha)
      const reopen = await api(forgejo, 'PATCH', `/repos/rpms/hello/pulls/${prNumber}`, {
        token: BOT,
        json: { state: 'open' },
      })
      expect(reopen.status).toBe(412)
    })

    it('seeds a PR with a chosen number; later ones count on from it', async () => {
      const number = await forgejo.addPullRequest({
        base: 'rpms/hello',
        baseBranch: 'f43',
        head: 'bot:update',
        title: 'Migrated from Pagure',
        number: 41,
      })
      expect(number).toBe(41)
      const next = await api(forgejo, 'POST', '/repos/rpms/hello/pulls', {
        token: BOT,
        json: { title: 'Another', base: 'rawhide', head: 'bot:update' },
      })
      expect(next.body.number).toBe(42)
    })
  })
})

describe('Forgejo stand-in: PR lists', () => {
  let forgejo: Forgejo

  beforeAll(async () => {
    forgejo = await startForgejo({ users: [{ name: 'bot' }, { name: 'amy' }] })
    forgejo.addPackage('many', { from: packageSource().dir, maintainers: ['mia'] })
    await forgejo.addFork('bot', 'rpms/many')
    await forgejo.addFork('amy', 'rpms/many')
    for (let i = 1; i <= 60; i++)
      await forgejo.addPullRequest({
        base: 'rpms/many',
        baseBranch: 'rawhide',
        head: i % 2 ? 'bot:rawhide' : 'amy:rawhide',
        title: `PR ${i}`,
        state: i === 60 || i === 59 ? 'open' : 'closed',
      })
  })
  afterAll(() => forgejo.stop())

  it('lists all states when state is omitted, newest first, 30 a page, with X-Total-Count and Link', async () => {
    const r = await api(forgejo, 'GET', '/repos/rpms/many/pulls')
    expect(r.body).toHaveLength(30)
    expect(r.body[0].number).toBe(60)
    expect(r.headers.get('x-total-count')).toBe('60')
    const link = r.headers.get('link') ?? ''
    expect(link).toContain('page=2&limit=30>; rel="next"')
    expect(link).toContain('page=2&limit=30>; rel="last"')
    const last = await api(forgejo, 'GET', '/repos/rpms/many/pulls?page=2')
    expect(last.body.map((p: { number: number }) => p.number).at(-1)).toBe(1)
    expect(last.headers.get('link')).toContain('rel="prev"')
    expect(last.headers.get('link')).not.toContain('rel="next"')
  })

  it('caps limit at 50 and filters by state and poster', async () => {
    expect((await api(forgejo, 'GET', '/repos/rpms/many/pulls?limit=100')).body).toHaveLength(50)
    const open = await api(forgejo, 'GET', '/repos/rpms/many/pulls?state=open')
    expect(open.body.map((p: { number: number }) => p.number)).toEqual([60, 59])
    const amy = await api(forgejo, 'GET', '/repos/rpms/many/pulls?state=open&poster=amy')
    expect(amy.body.map((p: { number: number }) => p.number)).toEqual([60])
    expect(
      (await api(forgejo, 'GET', '/repos/rpms/many/pulls?state=closed&limit=50')).headers.get(
        'x-total-count',
      ),
    ).toBe('58')
    expect((await api(forgejo, 'GET', '/repos/rpms/many/pulls?poster=nobody')).status).toBe(400)
  })
})
