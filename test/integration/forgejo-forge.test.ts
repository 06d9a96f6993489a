/**
 * ForgejoForge end to end against the local Forgejo stand-in (test/support/forgejo) through the
 * real HttpClient: fork, push into the fork with the token, open (and re-open: 409), find,
 * update, comment on and close PRs, allow_maintainer_edit, pagination, CI results from the
 * target and the fork, lost answers, and the error messages users get.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type ForgejoError, ForgejoForge } from '../../src/forges/dist-git/forgejo.js'
import { HttpClient } from '../../src/http/client.js'
import { type Forge, startForge } from '../support/forge/index.js'
import { type Forgejo, startForgejo } from '../support/forgejo/index.js'
import { TestRepo } from '../support/git-repo.js'
import { SCOPES, fjToken, git, packageSource } from './forgejo/fixtures.js'

const BOT = fjToken('bot')
const EVE = fjToken('eve')
const NOISSUE = fjToken('noissue')
const BRANCH = 'rawhide-update-propose_downstream'

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as ForgejoError,
  )

describe('ForgejoForge against the local Forgejo', () => {
  let forgejo: Forgejo
  let http: HttpClient
  let bot: ForgejoForge
  let work: TestRepo
  let head: string

  const newPr = (sourceBranch: string, targetBranch = 'rawhide') => ({
    ns: 'rpms',
    repo: 'hello',
    author: 'bot',
    forkUser: 'bot',
    sourceBranch,
    targetBranch,
    title: `Update to 2.0 (${sourceBranch})`,
    description: 'Upstream release 2.0',
  })
  const push = async (branch: string) => {
    const url = bot.forkPushUrl({ protocol: 'https', user: 'bot', ns: 'rpms', repo: 'hello' })
    const result = await git(['push', '-q', '-f', url, `HEAD:refs/heads/${branch}`], {
      cwd: work.dir,
      basic: { user: 'bot', password: BOT },
    })
    if (result.code !== 0) throw new Error(`git push failed: ${result.stderr}`)
  }

  beforeAll(async () => {
    forgejo = await startForgejo({
      users: [{ name: 'bot' }, { name: 'mia' }, { name: 'eve' }],
      tokens: [
        { token: BOT, user: 'bot', scopes: SCOPES },
        { token: EVE, user: 'eve', scopes: SCOPES },
        { token: NOISSUE, user: 'bot', scopes: ['write:repository', 'read:user'] },
      ],
    })
    forgejo.addPackage('hello', { from: packageSource().dir, maintainers: ['mia'] })
    http = new HttpClient({ retries: 2, sleep: async () => {} })
    bot = new ForgejoForge({ instanceUrl: `${forgejo.url}/`, token: BOT, http })
  })
  afterAll(async () => {
    await http.close()
    await forgejo.stop()
  })

  it('knows its URLs and reads PR URLs back', () => {
    expect(bot.kind).toBe('forgejo')
    expect(bot.instanceUrl).toBe(forgejo.url)
    expect(bot.cloneUrl('rpms', 'hello')).toBe(`${forgejo.url}/rpms/hello.git`)
    expect(bot.webUrl('rpms', 'hello')).toBe(`${forgejo.url}/rpms/hello`)
    expect(bot.commitUrl('rpms', 'hello', 'abc')).toBe(`${forgejo.url}/rpms/hello/commit/abc`)
    const host = new URL(forgejo.url).host
    expect(bot.forkPushUrl({ protocol: 'ssh', user: 'bot', ns: 'rpms', repo: 'hello' })).toBe(
      `ssh://git@${host}/bot/hello.git`,
    )
    expect(
      bot.forkPushUrl({
        protocol: 'ssh',
        sshHost: 'pkgs.example:2222',
        user: 'bot',
        ns: 'rpms',
        repo: 'hello',
      }),
    ).toBe('ssh://git@pkgs.example:2222/bot/hello.git')
    expect(bot.parsePullRequestUrl(`${forgejo.url}/rpms/hello/pulls/12`)).toEqual({
      ns: 'rpms',
      repo: 'hello',
      number: 12,
    })
    expect(bot.parsePullRequestUrl(`${forgejo.url}/rpms/hello/pulls/12/files#x`)).toEqual({
      ns: 'rpms',
      repo: 'hello',
      number: 12,
    })
    expect(bot.parsePullRequestUrl(`${forgejo.url}/rpms/hello/pull-request/12`)).toBeUndefined()
    expect(bot.parsePullRequestUrl('https://elsewhere.example/rpms/hello/pulls/12')).toBeUndefined()
    expect(bot.tokenHelp).toContain(`${forgejo.url}/user/settings/applications`)
    expect(bot.tokenHelp).toContain('write:repository, write:issue, read:user')
  })

  it('finds the token user once', async () => {
    const before = forgejo.log.filter((r) => r.path === '/api/v1/user').length
    expect(await bot.whoami()).toBe('bot')
    expect(await bot.whoami()).toBe('bot')
    expect(forgejo.log.filter((r) => r.path === '/api/v1/user').length).toBe(before + 1)
  })

  it('tells existing repos from missing ones', async () => {
    expect(await bot.projectExists('rpms', 'hello')).toBe(true)
    expect(await bot.projectExists('rpms', 'nope')).toBe(false)
  })

  it('forks once: created, then existed', async () => {
    expect(await bot.forkExists('bot', 'rpms', 'hello')).toBe(false)
    expect(await bot.ensureFork('rpms', 'hello')).toBe('created')
    expect(await bot.forkExists('bot', 'rpms', 'hello')).toBe(true)
    expect(await bot.ensureFork('rpms', 'hello')).toBe('existed')
    // A repo of the same name that is no fork is not "the fork".
    expect(await bot.forkExists('rpms', 'rpms', 'hello')).toBe(false)
    // A user Forgejo has never seen (GetUserByName 404) has no fork either.
    expect(await bot.forkExists('newcomer', 'rpms', 'hello')).toBe(false)
  })

  it('opens a PR from the fork and lets maintainers push to it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-fj-work-'))
    expect((await git(['clone', '-q', bot.cloneUrl('rpms', 'hello'), dir])).code).toBe(0)
    work = new TestRepo(dir)
    work.git('checkout', '-q', 'rawhide')
    work.write('hello.spec', 'Name: hello\nVersion: 2.0\n')
    head = work.commit('Update to 2.0')
    await push(BRANCH)

    const pr = await bot.createPullRequest(newPr(BRANCH))
    expect(pr).toMatchObject({
      number: 1,
      title: `Update to 2.0 (${BRANCH})`,
      description: 'Upstream release 2.0',
      targetBranch: 'rawhide',
      sourceBranch: BRANCH,
      sourceOwner: 'bot',
      author: 'bot',
      state: 'open',
      headSha: head,
      url: `${forgejo.url}/rpms/hello/pulls/1`,
    })
    expect(pr.createdAt).toBeGreaterThan(1.7e9)
    expect(Number.isInteger(pr.updatedAt)).toBe(true)
    const [server] = await forgejo.pullRequests('rpms', 'hello')
    expect(server.allow_maintainer_edit).toBe(true)
    // The maintainer can now push to the bot's branch.
    work.write('notes', 'from mia\n')
    work.commit('Maintainer note')
    const miaToken = fjToken('mia')
    forgejo.addToken({ token: miaToken, user: 'mia', scopes: SCOPES })
    const byMia = await git(['push', '-q', `${forgejo.url}/bot/hello.git`, `HEAD:refs/heads/${BRANCH}`], {
      cwd: work.dir,
      basic: { user: 'mia', password: miaToken },
    })
    expect(byMia.code).toBe(0)
    work.git('reset', '-q', '--hard', head)
    await push(BRANCH)
  })

  it('returns the open PR instead of a second one (Forgejo answers 409)', async () => {
    const again = await bot.createPullRequest(newPr(BRANCH))
    expect(again.number).toBe(1)
    expect(
      forgejo.log.some((r) => r.method === 'POST' && r.path.endsWith('/pulls') && r.status === 409),
    ).toBe(true)
    expect(await forgejo.pullRequests('rpms', 'hello')).toHaveLength(1)
    expect(await bot.findOpenPullRequest(newPr(BRANCH))).toMatchObject({ number: 1 })
    expect(await bot.findOpenPullRequest(newPr(BRANCH, 'f43'))).toBeUndefined()
    expect(await bot.findOpenPullRequest({ ...newPr(BRANCH), author: 'eve' })).toBeUndefined()
  })

  it('sets allow_maintainer_edit on an existing PR that lacks it', async () => {
    await push('carried-over')
    const number = await forgejo.addPullRequest({
      base: 'rpms/hello',
      baseBranch: 'rawhide',
      head: 'bot:carried-over',
      title: 'From before the migration',
      number: 30,
    })
    const pr = await bot.createPullRequest(newPr('carried-over'))
    expect(pr.number).toBe(number)
    expect(
      (await forgejo.pullRequests('rpms', 'hello')).find((p) => p.number === 30)?.allow_maintainer_edit,
    ).toBe(true)
  })

  it('updates, comments on and closes a PR', async () => {
    const updated = await bot.updatePullRequest('rpms', 'hello', 1, {
      title: 'Update to 2.0.1',
      description: '',
    })
    expect(updated).toMatchObject({ number: 1, title: 'Update to 2.0.1', description: '' })
    await bot.comment('rpms', 'hello', 1, 'Rebuilt')
    const [server] = await forgejo.pullRequests('rpms', 'hello')
    expect(server.comments).toBe(1)
    await bot.closePullRequest('rpms', 'hello', 30)
    const open = await bot.pullRequests('rpms', 'hello', { state: 'open' })
    expect(open.map((p) => p.number)).toEqual([1])
    const all = await bot.pullRequests('rpms', 'hello', { state: 'all' })
    expect(all.map((p) => [p.number, p.state])).toEqual([
      [30, 'closed'],
      [1, 'open'],
    ])
    const query = forgejo.log.filter((r) => r.path === '/api/v1/repos/rpms/hello/pulls' && r.method === 'GET')
    expect(query.every((r) => /(^|&)state=(open|all)(&|$)/.test(r.query))).toBe(true)
  })

  it('reports a merged PR as merged', async () => {
    await push('to-merge')
    const pr = await bot.createPullRequest(newPr('to-merge', 'f43'))
    await forgejo.mergePullRequest('rpms/hello', pr.number)
    const all = await bot.pullRequests('rpms', 'hello', { state: 'all', author: 'bot' })
    expect(all.find((p) => p.number === pr.number)?.state).toBe('merged')
  })

  it('merges CI results of the target and the fork by context, newest first', async () => {
    await forgejo.addStatus('rpms/hello', head, { state: 'pending', context: 'fedora-ci/rpminspect' })
    await forgejo.addStatus('bot/hello', head, {
      state: 'success',
      context: 'fedora-ci/rpminspect',
      description: 'passed',
      target_url: 'https://ci.example/1',
    })
    await forgejo.addStatus('bot/hello', head, { state: 'failure', context: 'packit/build' })
    await forgejo.addStatus('rpms/hello', head, { state: 'warning', context: 'zuul' })
    await forgejo.addStatus('rpms/hello', head, { state: 'error', context: 'packit/build' })
    const results = await bot.ciResults('rpms', 'hello', { number: 1, headSha: head, sourceOwner: 'bot' })
    const byName = Object.fromEntries(results.map((r) => [r.name, r]))
    expect(Object.keys(byName).sort()).toEqual(['fedora-ci/rpminspect', 'packit/build', 'zuul'])
    expect(byName['fedora-ci/rpminspect']).toMatchObject({
      state: 'success',
      description: 'passed',
      url: 'https://ci.example/1',
      commit: head,
    })
    expect(byName['packit/build'].state).toBe('error')
    expect(byName.zuul.state).toBe('warning')
    expect(byName.zuul.updatedAt).toBeGreaterThan(1.7e9)
    // No head known: read from the PR. A fork that is gone adds nothing.
    expect((await bot.ciResults('rpms', 'hello', { number: 1 })).length).toBe(3)
    const targetOnly = await bot.ciResults('rpms', 'hello', {
      number: 1,
      headSha: head,
      sourceOwner: 'ghost',
    })
    expect(targetOnly.find((r) => r.name === 'fedora-ci/rpminspect')?.state).toBe('pending')
    expect(targetOnly).toHaveLength(3)
  })

  describe('lost answers', () => {
    it('finds the PR a create made before its answer was lost, and makes no second one', async () => {
      await push('lost-answer')
      forgejo.fault({ method: 'POST', path: '/api/v1/repos/rpms/hello/pulls', kind: 'after' })
      const pr = await bot.createPullRequest(newPr('lost-answer'))
      const server = (await forgejo.pullRequests('rpms', 'hello')).filter((p) => p.head.ref === 'lost-answer')
      expect(server).toHaveLength(1)
      expect(server[0]).toMatchObject({ number: pr.number, allow_maintainer_edit: true })
    })

    it('creates once more when the first try did nothing (502)', async () => {
      await push('bad-gateway')
      forgejo.fault({ method: 'POST', path: '/api/v1/repos/rpms/hello/pulls', kind: 'status', status: 502 })
      const pr = await bot.createPullRequest(newPr('bad-gateway'))
      expect(pr.sourceBranch).toBe('bad-gateway')
      expect(
        (await forgejo.pullRequests('rpms', 'hello')).filter((p) => p.head.ref === 'bad-gateway'),
      ).toHaveLength(1)
    })

    it('forks once when the fork answer is lost', async () => {
      forgejo.addPackage('other', { from: packageSource().dir })
      forgejo.fault({ method: 'POST', path: '/api/v1/repos/rpms/other/forks', kind: 'after-reset' })
      expect(await bot.ensureFork('rpms', 'other')).toBe('created')
      expect(await bot.forkExists('bot', 'rpms', 'other')).toBe(true)
      expect(forgejo.log.filter((r) => r.path === '/api/v1/repos/rpms/other/forks').length).toBe(1)
    })
  })

  describe('errors users get', () => {
    it('names the missing scope and where to make a new token', async () => {
      const noIssue = new ForgejoForge({ instanceUrl: forgejo.url, token: NOISSUE, http })
      const error = await failure(noIssue.comment('rpms', 'hello', 1, 'hi'))
      expect(error?.name).toBe('ForgejoError')
      expect(error?.status).toBe(403)
      expect(error?.message).toContain('the Forgejo token lacks the scope write:issue')
      expect(error?.message).toContain(`${forgejo.url}/user/settings/applications`)
      expect(error?.message).not.toContain(NOISSUE)
    })

    it('says an unknown token is invalid or expired, without showing it', async () => {
      const stale = 'e'.repeat(40)
      const forge = new ForgejoForge({ instanceUrl: forgejo.url, token: stale, http })
      const error = await failure(forge.whoami())
      expect(error?.status).toBe(401)
      expect(error?.message).toMatch(/the Forgejo token is invalid or expired .*create a new token at/)
      expect(error?.message).not.toContain(stale)
    })

    it('asks for a token when none was given', async () => {
      const anonymous = new ForgejoForge({ instanceUrl: forgejo.url, http })
      const error = await failure(anonymous.ensureFork('rpms', 'hello'))
      expect(error?.message).toContain('this needs a Forgejo access token with the scope write:repository')
      expect(error?.status).toBeUndefined()
    })

    it("explains Forgejo's bare 403 when someone else edits the PR", async () => {
      const eve = new ForgejoForge({ instanceUrl: forgejo.url, token: EVE, http })
      const error = await failure(
        eve.updatePullRequest('rpms', 'hello', 1, { title: 'mine', description: '' }),
      )
      expect(error?.status).toBe(403)
      expect(error?.message).toContain('may not change pull request #1 of rpms/hello')
    })

    it('says what a PR needs when Forgejo finds no branch to open it from', async () => {
      const error = await failure(bot.createPullRequest(newPr('never-pushed')))
      expect(error?.status).toBe(404)
      expect(error?.message).toContain('no fork bot/hello of it with a branch never-pushed')
      expect(error?.message).toContain('push the branch to the fork first')
    })

    it('lists no PRs for an author Forgejo has never seen', async () => {
      expect(await bot.pullRequests('rpms', 'hello', { state: 'open', author: 'newcomer' })).toEqual([])
    })

    it('says which repo is missing', async () => {
      const error = await failure(bot.pullRequests('rpms', 'nope', { state: 'open' }))
      expect(error?.status).toBe(404)
      expect(error?.message).toContain('no repository rpms/nope')
      expect(error?.message).toContain('check the namespace and package name')
    })

    it('says a Forgejo server error is on the server side', async () => {
      forgejo.fault({
        method: 'GET',
        path: '/api/v1/repos/rpms/hello/pulls',
        kind: 'status',
        status: 503,
        times: 3,
      })
      const error = await failure(bot.pullRequests('rpms', 'hello', { state: 'open' }))
      expect(error?.status).toBe(503)
      expect(error?.message).toContain('try again later')
    })

    it('tells a wrong instance URL from a missing repo', async () => {
      const wrong = new ForgejoForge({ instanceUrl: `${forgejo.url}/prefix`, token: BOT, http })
      const error = await failure(wrong.projectExists('rpms', 'hello'))
      expect(error?.message).toContain('is a Forgejo instance')
    })
  })
})

describe('ForgejoForge pointed at Pagure', () => {
  let pagure: Forge
  let http: HttpClient

  beforeAll(async () => {
    pagure = await startForge()
    pagure.addPackage('hello', { from: packageSource().dir })
    http = new HttpClient({ retries: 0, sleep: async () => {} })
  })
  afterAll(async () => {
    await http.close()
    await pagure.stop()
  })

  it('fails with "not a Forgejo instance" rather than "no such repo"', async () => {
    const forge = new ForgejoForge({ instanceUrl: pagure.url, http })
    const error = await failure(forge.projectExists('rpms', 'hello'))
    expect(error?.message).toMatch(
      /not a Forgejo API answer; check that http:\/\/127\.0\.0\.1:\d+ is a Forgejo instance/,
    )
  })
})

describe('ForgejoForge pagination', () => {
  let forgejo: Forgejo
  let http: HttpClient

  beforeAll(async () => {
    forgejo = await startForgejo({ users: [{ name: 'bot' }, { name: 'amy' }] })
    forgejo.addPackage('many', { from: packageSource().dir })
    await forgejo.addFork('bot', 'rpms/many')
    await forgejo.addFork('amy', 'rpms/many')
    for (let i = 1; i <= 120; i++)
      await forgejo.addPullRequest({
        base: 'rpms/many',
        baseBranch: 'rawhide',
        head: i % 3 ? 'bot:rawhide' : 'amy:rawhide',
        title: `PR ${i}`,
        state: i > 50 && i <= 104 ? 'open' : 'closed',
      })
    http = new HttpClient({ retries: 0, sleep: async () => {} })
  })
  afterAll(async () => {
    await http.close()
    await forgejo.stop()
  })

  it('reads every page, 50 at a time, newest first', async () => {
    const forge = new ForgejoForge({ instanceUrl: forgejo.url, http })
    const all = await forge.pullRequests('rpms', 'many', { state: 'all' })
    expect(all).toHaveLength(120)
    expect(all[0].number).toBe(120)
    expect(all.at(-1)?.number).toBe(1)
    const open = await forge.pullRequests('rpms', 'many', { state: 'open' })
    expect(open).toHaveLength(54)
    const amy = await forge.pullRequests('rpms', 'many', { state: 'open', author: 'amy' })
    expect(amy.every((p) => p.author === 'amy' && p.sourceOwner === 'amy')).toBe(true)
    expect(amy).toHaveLength(18)
    const pages = forgejo.log.filter(
      (r) => r.path === '/api/v1/repos/rpms/many/pulls' && /state=all/.test(r.query),
    )
    expect(pages.map((r) => new URLSearchParams(r.query).get('page'))).toEqual(['1', '2', '3'])
    expect(pages.every((r) => new URLSearchParams(r.query).get('limit') === '50')).toBe(true)
  })
})
