/**
 * PagureClient end to end against the local forge (test/support/forge): fork, push a branch
 * into the fork, open, find and update the PR, a create whose answer is lost after the work
 * was done, pagination, flags, and the error messages users get.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { PagureClient, type PagureError } from '../../src/forges/dist-git/pagure-api.js'
import { HttpClient } from '../../src/http/client.js'
import { type Forge, startForge } from '../support/forge/index.js'
import { TestRepo, gitEnv } from '../support/git-repo.js'

/** Pagure-style tokens: 64 characters from A-Z0-9. */
const token = (seed: string) => (seed.toUpperCase() + '0'.repeat(64)).slice(0, 64)
const BOT = token('BOT')
const STG = token('BOTSTG')
const CI = token('CI')
const NOACL = token('NOACL')
const BOT_ACLS = [
  'fork_project',
  'pull_request_create',
  'pull_request_update',
  'pull_request_comment',
  'pull_request_close',
]
const BRANCH = 'rawhide-update-propose_downstream'

/** git push without blocking the event loop: the fork's hooks call back into this process's forge. */
function push(cwd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) =>
    execFile('git', ['push', '-q', ...args], { cwd, env: gitEnv() }, (error, _stdout, stderr) =>
      error ? reject(new Error(`git push failed: ${stderr}`)) : resolve(),
    ),
  )
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e as PagureError,
  )

describe('PagureClient against the local forge', () => {
  let forge: Forge
  let http: HttpClient
  let bot: PagureClient
  let work: TestRepo
  let head: string
  let firstId: number

  const newPr = (branchFrom: string, branchTo = 'rawhide') => ({
    ns: 'rpms',
    repo: 'hello',
    title: `Update to 2.0 (${branchFrom})`,
    description: 'Upstream release 2.0',
    branchTo,
    branchFrom,
    forkUser: 'bot',
  })
  const find = (branchFrom: string, branchTo = 'rawhide', author = 'bot') =>
    bot.findOpenPullRequest({ ns: 'rpms', repo: 'hello', author, forkUser: 'bot', branchFrom, branchTo })
  const logOf = (method: string, path: string) =>
    forge.log.filter((r) => r.method === method && r.path === path)

  beforeAll(async () => {
    forge = await startForge({
      users: [{ name: 'bot' }, { name: 'bot-stg' }, { name: 'mia', packager: true }, { name: 'ci' }],
      tokens: [
        { token: BOT, user: 'bot', acls: BOT_ACLS },
        { token: STG, user: 'bot-stg', acls: BOT_ACLS },
        { token: CI, user: 'ci', acls: ['pull_request_flag'] },
        { token: NOACL, user: 'bot', acls: ['modify_project'] },
      ],
    })
    const source = TestRepo.init('srcgit-pagure-src-')
    source.write('hello.spec', 'Name: hello\nVersion: 1.0\n').write('sources', '')
    source.commit('Initial import')
    source.git('branch', '-M', 'rawhide')
    source.git('branch', 'f43')
    forge.addPackage('hello', { from: source.dir, maintainers: ['mia'] })
    work = TestRepo.clone(forge.repoPath('rpms/hello'), 'srcgit-pagure-work-')
    work.git('checkout', '-q', 'rawhide')
    work.write('hello.spec', 'Name: hello\nVersion: 2.0\n')
    head = work.commit('Update to 2.0')
    http = new HttpClient({ retries: 2, sleep: async () => {} })
    bot = new PagureClient({ instanceUrl: forge.url, token: BOT, http })
  })

  afterAll(async () => {
    await http.close()
    await forge.stop()
  })

  it('whoami and project lookups', async () => {
    expect(await bot.whoami()).toBe('bot')
    expect(await bot.project('rpms', 'hello')).toMatchObject({ fullname: 'rpms/hello', parent: null })
    expect(await bot.project('rpms', 'nosuch')).toBeUndefined()
    expect(await bot.fork('bot', 'rpms', 'hello')).toBeUndefined()
  })

  it('ensureFork creates the fork once, then finds it existing', async () => {
    expect(await bot.ensureFork('rpms', 'hello')).toBe('created')
    expect(await bot.ensureFork('rpms', 'hello')).toBe('existed')
    const fork = await bot.fork('bot', 'rpms', 'hello')
    expect(fork).toMatchObject({ fullname: 'forks/bot/rpms/hello', parent: { fullname: 'rpms/hello' } })
    expect(await bot.gitUrls('rpms', 'hello', 'bot')).toEqual({
      ssh: 'ssh://bot@localhost/forks/bot/rpms/hello.git',
      git: `${forge.url}/forks/bot/rpms/hello.git`,
    })
  })

  it('opens a PR from the fork branch on the parent and finds it again', async () => {
    await push(work.dir, [forge.repoPath('forks/bot/rpms/hello'), `HEAD:refs/heads/${BRANCH}`])
    const created = await bot.createPullRequest(newPr(BRANCH))
    firstId = created.id
    expect(created).toMatchObject({
      status: 'Open',
      branch: 'rawhide',
      branch_from: BRANCH,
      commit_stop: head,
      initial_comment: 'Upstream release 2.0',
      repo_from: { fullname: 'forks/bot/rpms/hello' },
      user: { name: 'bot' },
    })
    expect((await find(BRANCH))?.id).toBe(firstId)
    // Another bot's PR search, or another target branch, does not pick it up.
    expect(await find(BRANCH, 'rawhide', 'bot-stg')).toBeUndefined()
    expect(await find(BRANCH, 'f43')).toBeUndefined()
  })

  it('updates title and description', async () => {
    const updated = await bot.updatePullRequest('rpms', 'hello', firstId, {
      title: 'Update to 2.1',
      description: 'Upstream release 2.1',
    })
    expect(updated).toMatchObject({
      id: firstId,
      title: 'Update to 2.1',
      initial_comment: 'Upstream release 2.1',
    })
    expect(forge.pullRequests('rpms', 'hello').find((pr) => pr.id === firstId)).toMatchObject({
      title: 'Update to 2.1',
      initial_comment: 'Upstream release 2.1',
    })
  })

  it('a create whose 500 came after the PR was made returns that PR instead of opening a second', async () => {
    await push(work.dir, [
      forge.repoPath('forks/bot/rpms/hello'),
      'HEAD:refs/heads/f43-update-propose_downstream',
    ])
    forge.fault({ method: 'POST', path: '/api/0/rpms/hello/pull-request/new', kind: 'after' })
    const created = await bot.createPullRequest(newPr('f43-update-propose_downstream', 'f43'))
    const onServer = forge
      .pullRequests('rpms', 'hello')
      .filter((pr) => pr.branch_from === 'f43-update-propose_downstream' && pr.branch === 'f43')
    expect(onServer.map((pr) => pr.id)).toEqual([created.id])
    expect(logOf('POST', '/api/0/rpms/hello/pull-request/new').map((r) => r.status)).toEqual([200, 500])
  })

  it('a create cut off before any work looks, finds nothing, and creates exactly once', async () => {
    await push(work.dir, [forge.repoPath('forks/bot/rpms/hello'), 'HEAD:refs/heads/reset-branch'])
    const before = logOf('POST', '/api/0/rpms/hello/pull-request/new').length
    forge.fault({ method: 'POST', path: '/api/0/rpms/hello/pull-request/new', kind: 'reset' })
    const created = await bot.createPullRequest(newPr('reset-branch'))
    expect(
      forge.pullRequests('rpms', 'hello').filter((pr) => pr.branch_from === 'reset-branch'),
    ).toHaveLength(1)
    expect(created.branch_from).toBe('reset-branch')
    expect(logOf('POST', '/api/0/rpms/hello/pull-request/new')).toHaveLength(before + 2)
  })

  it('lists every page of open PRs and finds ours beyond the first page', async () => {
    const branches = Array.from({ length: 22 }, (_, i) => `bulk-${i}`)
    await push(work.dir, [
      forge.repoPath('forks/bot/rpms/hello'),
      ...branches.map((b) => `HEAD:refs/heads/${b}`),
    ])
    for (const branch of branches) await bot.createPullRequest(newPr(branch))
    const open = await bot.openPullRequests('rpms', 'hello', { author: 'bot' })
    const expected = forge
      .pullRequests('rpms', 'hello')
      .filter((pr) => pr.status === 'Open' && pr.user.name === 'bot')
      .map((pr) => pr.id)
    expect(open).toHaveLength(25)
    expect(open.map((pr) => pr.id).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
    const pages = forge.log.filter((r) => r.path === '/api/0/rpms/hello/pull-requests').slice(-2)
    expect(pages.map((r) => new URLSearchParams(r.query).get('page'))).toEqual([null, '2'])
    // The first PR is the oldest, so it is on page 2 now.
    expect((await find(BRANCH))?.id).toBe(firstId)
  })

  it('reads PR and commit flags, comments and closes', async () => {
    const flagged = await http.request({
      method: 'POST',
      url: `${forge.url}/api/0/rpms/hello/pull-request/${firstId}/flag`,
      headers: { Authorization: `token ${CI}` },
      form: {
        username: 'Fedora CI',
        status: 'success',
        comment: 'Tests passed',
        url: 'https://ci.example/1',
        uid: 'ci1',
      },
    })
    expect(flagged.status).toBe(200)
    const flags = await bot.pullRequestFlags('rpms', 'hello', firstId)
    expect(flags).toMatchObject([{ username: 'Fedora CI', status: 'success', commit_hash: head }])
    expect(await bot.commitFlags('rpms', 'hello', head)).toEqual(flags)

    await bot.comment('rpms', 'hello', firstId, 'Superseded by a newer release')
    await bot.closePullRequest('rpms', 'hello', firstId)
    const onServer = forge.pullRequests('rpms', 'hello').find((pr) => pr.id === firstId)
    expect(onServer?.status).toBe('Closed')
    expect(onServer?.comments?.map((c) => c.comment)).toEqual(['Superseded by a newer release'])
    expect(await find(BRANCH)).toBeUndefined()
  })

  it('explains a bad token, once, without retrying the 401', async () => {
    const bad = new PagureClient({ instanceUrl: forge.url, token: token('UNKNOWN'), http })
    const before = logOf('POST', '/api/0/-/whoami').length
    const error = await failure(bad.whoami())
    expect(error).toMatchObject({ status: 401, errorCode: 'EINVALIDTOK' })
    expect(error?.message).toContain('the Pagure token is invalid or expired')
    expect(error?.message).toContain(`${forge.url}/settings#nav-api-tab`)
    expect(error?.message).not.toContain(token('UNKNOWN'))
    expect(logOf('POST', '/api/0/-/whoami')).toHaveLength(before + 1)
  })

  it('names the missing ACL', async () => {
    const weak = new PagureClient({ instanceUrl: forge.url, token: NOACL, http })
    const error = await failure(weak.ensureFork('rpms', 'hello'))
    expect(error?.message).toContain(
      `the Pagure token lacks ACL(s) fork_project: create a token with fork_project at ${forge.url}/settings#nav-api-tab`,
    )
  })

  it('says when the dist-git repo does not exist', async () => {
    const error = await failure(bot.createPullRequest({ ...newPr(BRANCH), repo: 'nosuch' }))
    expect(error).toMatchObject({ status: 404, errorCode: 'ENOPROJECT' })
    expect(error?.message).toContain(`no dist-git repo rpms/nosuch on ${forge.url}`)
  })
})
