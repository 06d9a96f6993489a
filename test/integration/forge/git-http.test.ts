/** Git over the forge's smart HTTP (the real git http-backend) with the real git client. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { type Forge, startForge } from '../../support/forge/index.js'
import { TestRepo, gitEnv } from '../../support/git-repo.js'
import { api, git, makeToken, packageSource, runAsync } from './fixtures.js'

const BOT = makeToken('bot')
const MIA = makeToken('mia')
const NOCOMMIT = makeToken('nocommit')
const BOUND = makeToken('bound')
const CI = makeToken('ci')
const ACLS = ['commit', 'fork_project', 'pull_request_create', 'pull_request_update']

describe('forge: git smart HTTP', () => {
  let forge: Forge
  const bot = () => ({ user: 'bot', token: BOT })

  beforeAll(async () => {
    forge = await startForge({
      users: [{ name: 'bot' }, { name: 'mia', packager: true }],
      tokens: [
        { token: BOT, user: 'bot', acls: ACLS },
        { token: MIA, user: 'mia', acls: ['commit'] },
        { token: NOCOMMIT, user: 'bot', acls: ['fork_project'] },
        { token: BOUND, user: 'bot', acls: ['commit'], project: 'rpms/hello' },
        { token: CI, user: 'ci', acls: ['pull_request_flag'] },
      ],
    })
    forge.addPackage('hello', { from: packageSource().dir, maintainers: ['mia'] })
    expect(
      (await api(forge, 'POST', '/fork', { token: BOT, form: { repo: 'hello', namespace: 'rpms' } })).status,
    ).toBe(200)
  })
  afterAll(() => forge.stop())

  const cloneDir = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-forge-clone-')), 'hello')

  it('clones anonymously, the package and the fork', async () => {
    const dir = cloneDir()
    const clone = await git(['clone', '-q', `${forge.url}/rpms/hello.git`, dir])
    expect(clone).toMatchObject({ code: 0 })
    const branches = await git(['branch', '-r', '--format=%(refname:short)'], { cwd: dir })
    expect(branches.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'origin/HEAD',
      'origin/f43',
      'origin/rawhide',
    ])
    expect((await git(['symbolic-ref', '--short', 'HEAD'], { cwd: dir })).stdout.trim()).toBe('rawhide')
    expect((await git(['clone', '-q', `${forge.url}/forks/bot/rpms/hello.git`, cloneDir()])).code).toBe(0)
    expect((await git(['ls-remote', `${forge.url}/rpms/nope.git`])).code).not.toBe(0)
    const log = forge.log.filter((r) => r.kind === 'git')
    expect(log.every((r) => !r.write && r.user === undefined)).toBe(true)
    expect(log.some((r) => r.method === 'POST' && r.path === '/rpms/hello.git/git-upload-pack')).toBe(true)
  })

  it('asks for Basic credentials before receive-pack, fetch or post', async () => {
    const challenge = 'Basic realm="Pagure password or API token"'
    const advert = await fetch(`${forge.url}/forks/bot/rpms/hello.git/info/refs?service=git-receive-pack`)
    expect(advert.status).toBe(401)
    expect(advert.headers.get('www-authenticate')).toBe(challenge)
    const post = await fetch(`${forge.url}/forks/bot/rpms/hello.git/git-receive-pack`, {
      method: 'POST',
      body: '0000',
    })
    expect(post.status).toBe(401)
    const basic = (user: string, token: string) =>
      `Basic ${Buffer.from(`${user}:${token}`).toString('base64')}`
    for (const [user, token] of [
      ['bot', NOCOMMIT], // no commit ACL
      ['mia', BOT], // someone else's token
      ['bot', BOUND], // bound to another project
    ]) {
      const refused = await fetch(
        `${forge.url}/forks/bot/rpms/hello.git/info/refs?service=git-receive-pack`,
        {
          headers: { Authorization: basic(user, token) },
        },
      )
      expect(refused.status).toBe(401)
    }
    const allowed = await fetch(`${forge.url}/forks/bot/rpms/hello.git/info/refs?service=git-receive-pack`, {
      headers: { Authorization: basic('bot', BOT) },
    })
    expect(allowed.status).toBe(200)
    expect(allowed.headers.get('content-type')).toBe('application/x-git-receive-pack-advertisement')

    const dir = cloneDir()
    await git(['clone', '-q', `${forge.url}/forks/bot/rpms/hello.git`, dir])
    const push = await git(['push', 'origin', 'rawhide:anonymous'], { cwd: dir })
    expect(push.code).not.toBe(0)
    expect(push.stderr).toMatch(/Authentication failed|could not read Username/)
  })

  it('lets a committer push, and the pre-receive hook stops everyone else', async () => {
    const dir = cloneDir()
    await git(['clone', '-q', `${forge.url}/rpms/hello.git`, dir])
    const work = new TestRepo(dir)
    work.write('README', 'hi\n').commit('Add README')
    const denied = await git(['push', 'origin', 'rawhide'], { cwd: dir, auth: bot() })
    expect(denied.code).not.toBe(0)
    expect(denied.stderr).toContain("remote: Denied push for ref 'refs/heads/rawhide' for user 'bot'")
    expect(denied.stderr).toContain('(pre-receive hook declined)')
    const allowed = await git(['push', 'origin', 'rawhide'], { cwd: dir, auth: { user: 'mia', token: MIA } })
    expect(allowed.code).toBe(0)
    // Only the POST to git-receive-pack is a write; its ref advertisement is a read.
    const adverts = forge.log.filter((r) => r.query === 'service=git-receive-pack')
    expect(adverts.length).toBeGreaterThan(0)
    expect(adverts.every((r) => !r.write)).toBe(true)
    const pushes = forge.log.filter((r) => r.write && r.kind === 'git')
    expect(pushes.map((r) => [r.method, r.path, r.user, r.status])).toEqual(
      expect.arrayContaining([
        ['POST', '/rpms/hello.git/git-receive-pack', 'bot', 200],
        ['POST', '/rpms/hello.git/git-receive-pack', 'mia', 200],
      ]),
    )
  })

  it('refreshes the PR commit range after a push to the fork branch, so its flags start empty', async () => {
    const dir = cloneDir()
    await git(['clone', '-q', `${forge.url}/forks/bot/rpms/hello.git`, dir])
    const work = new TestRepo(dir)
    work.git('checkout', '-q', '-b', 'rawhide-update', 'origin/rawhide')
    const first = work.write('hello.spec', 'Name: hello\nVersion: 1.1\n').commit('Update to 1.1')
    expect((await git(['push', 'origin', 'rawhide-update'], { cwd: dir, auth: bot() })).code).toBe(0)
    const created = await api(forge, 'POST', '/rpms/hello/pull-request/new', {
      token: BOT,
      form: {
        title: 'Update to 1.1',
        branch_to: 'rawhide',
        branch_from: 'rawhide-update',
        repo_from: 'hello',
        repo_from_username: 'bot',
        repo_from_namespace: 'rpms',
      },
    })
    expect(created.body).toMatchObject({ commit_start: first, commit_stop: first })
    const id = created.body.id
    await api(forge, 'POST', `/rpms/hello/pull-request/${id}/flag`, {
      token: CI,
      form: { username: 'Packit', status: 'pending', comment: 'x', url: 'https://ci.example/1' },
    })
    expect((await api(forge, 'GET', `/rpms/hello/pull-request/${id}/flag`)).body.flags).toHaveLength(1)

    // Force-push a rewritten branch with two commits.
    work.git('reset', '-q', '--hard', 'origin/rawhide')
    const second = work.write('hello.spec', 'Name: hello\nVersion: 1.2\n').commit('Update to 1.2')
    const third = work.write('sources', 'new\n').commit('New sources')
    expect((await git(['push', '-f', 'origin', 'rawhide-update'], { cwd: dir, auth: bot() })).code).toBe(0)
    const pr = forge.pullRequests('rpms', 'hello').find((candidate) => candidate.id === id)
    expect(pr).toMatchObject({
      commit_start: second,
      commit_stop: third,
      title: 'Update to 1.1',
      status: 'Open',
    })
    expect((await api(forge, 'GET', `/rpms/hello/pull-request/${id}/flag`)).body).toEqual({ flags: [] })
    const pullRef = await git(['rev-parse', `refs/pull/${id}/head`], { cwd: forge.repoPath('rpms/hello') })
    expect(pullRef.stdout.trim()).toBe(third)

    // An SSH-style push straight into the bare repo refreshes it too.
    const fourth = work.write('sources', 'newer\n').commit('Newer sources')
    expect(
      (await git(['push', forge.repoPath('forks/bot/rpms/hello'), 'rawhide-update'], { cwd: dir })).code,
    ).toBe(0)
    expect(forge.pullRequests('rpms', 'hello').find((c) => c.id === id)?.commit_stop).toBe(fourth)
    // Such a push names its user through REMOTE_USER for the ACL check.
    const stranger = await runAsync(
      'git',
      ['push', forge.repoPath('forks/bot/rpms/hello'), 'HEAD:refs/heads/x'],
      {
        cwd: dir,
        env: gitEnv({ REMOTE_USER: 'mia' }),
      },
    )
    expect(stranger.stderr).toContain("Denied push for ref 'refs/heads/x' for user 'mia'")
  })

  it('takes large pushes (chunked) and gzip-encoded requests', async () => {
    const dir = cloneDir()
    await git(['clone', '-q', `${forge.url}/forks/bot/rpms/hello.git`, dir])
    const work = new TestRepo(dir)
    work.write('big.bin', randomBytes(3 * 1024 * 1024).toString('base64')).commit('Big file')
    const push = await git(['push', 'origin', 'HEAD:refs/heads/big'], { cwd: dir, auth: bot() })
    expect(push).toMatchObject({ code: 0 })
    const head = work.git('rev-parse', 'HEAD')
    expect(
      (
        await git(['rev-parse', 'refs/heads/big'], { cwd: forge.repoPath('forks/bot/rpms/hello') })
      ).stdout.trim(),
    ).toBe(head)

    // A protocol v2 ls-refs request, gzip'd as git sends large request bodies.
    const request = Buffer.from('0014command=ls-refs\n00010000')
    const response = await fetch(`${forge.url}/forks/bot/rpms/hello.git/git-upload-pack`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-git-upload-pack-request',
        'Content-Encoding': 'gzip',
        'Git-Protocol': 'version=2',
      },
      body: gzipSync(request),
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toContain(`${head} refs/heads/big`)
  })
})
