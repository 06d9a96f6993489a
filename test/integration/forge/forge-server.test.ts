/** The forge server itself: Bodhi's releases, fault injection, the request log, routing. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type Forge, defaultReleases, startForge } from '../../support/forge/index.js'
import { TestRepo } from '../../support/git-repo.js'
import { api, getJson, git, makeToken, packageSource } from './fixtures.js'

const BOT = makeToken('bot')

describe('forge server', () => {
  let forge: Forge

  beforeAll(async () => {
    forge = await startForge({
      users: [{ name: 'bot' }],
      tokens: [{ token: BOT, user: 'bot', acls: ['commit', 'fork_project', 'pull_request_create'] }],
    })
    forge.addPackage('hello', { from: packageSource().dir, maintainers: ['mia'] })
  })
  afterAll(() => forge.stop())

  describe('Bodhi releases', () => {
    const releases = (query: string) => getJson(`${forge.bodhiUrl}/releases/${query}`)
    const active = '?state=current&state=pending&state=frozen'

    it('filters by state and pages through the releases, 20 a page by default', async () => {
      const all = await releases(active)
      expect(all.status).toBe(200)
      expect(all.body).toMatchObject({ page: 1, pages: 1, rows_per_page: 20, total: 10 })
      expect(all.body.releases.map((r: { name: string }) => r.name)).toEqual([
        'ELN',
        'EPEL-10.1',
        'EPEL-10.2',
        'EPEL-9',
        'EPEL-9N',
        'F42',
        'F43',
        'F43C',
        'F44',
        'F45',
      ])
      const byName = Object.fromEntries(all.body.releases.map((r: { name: string }) => [r.name, r]))
      expect(byName.F45).toMatchObject({
        branch: 'rawhide',
        state: 'pending',
        version: '45',
        id_prefix: 'FEDORA',
      })
      expect(byName.F44).toMatchObject({ branch: 'f44', state: 'pending', stable_tag: 'f44' })
      expect(byName.F43).toMatchObject({
        name: 'F43',
        long_name: 'Fedora 43',
        version: '43',
        id_prefix: 'FEDORA',
        branch: 'f43',
        state: 'current',
        dist_tag: 'f43',
        candidate_tag: 'f43-updates-candidate',
        testing_tag: 'f43-updates-testing',
        stable_tag: 'f43-updates',
        override_tag: 'f43-override',
      })
      expect(byName['EPEL-10.2']).toMatchObject({ branch: 'epel10', version: '10.2', dist_tag: 'epel10.2' })
      expect(byName['EPEL-10.1']).toMatchObject({
        branch: 'epel10.1',
        candidate_tag: 'epel10.1-testing-candidate',
      })
      expect(byName['EPEL-9N']).toMatchObject({
        id_prefix: 'FEDORA-EPEL-NEXT',
        branch: 'epel9-next',
        version: '9',
      })
      expect(byName.F43C).toMatchObject({
        id_prefix: 'FEDORA-CONTAINER',
        branch: 'f43',
        dist_tag: 'f43-container',
      })

      const first = await releases(`${active}&page=1&rows_per_page=4`)
      const third = await releases(`${active}&page=3&rows_per_page=4`)
      expect(first.body).toMatchObject({ page: 1, pages: 3, rows_per_page: 4, total: 10 })
      expect(third.body.releases.map((r: { name: string }) => r.name)).toEqual(['F44', 'F45'])
      expect((await releases('')).body.total).toBe(11)
      expect((await releases('?state=archived')).body.releases.map((r: { name: string }) => r.name)).toEqual([
        'F41',
      ])
    })

    it('rejects bad parameters like Bodhi and takes a replaced release set', async () => {
      expect(await releases('?rows_per_page=0')).toEqual({
        status: 400,
        body: {
          status: 'error',
          errors: [
            { location: 'querystring', name: 'rows_per_page', description: '0 is less than minimum value 1' },
          ],
        },
      })
      expect((await releases('?state=gone')).status).toBe(400)
      forge.setReleases(defaultReleases().filter((r) => r.name === 'F43'))
      expect((await releases(active)).body).toMatchObject({ total: 1, pages: 1, releases: [{ name: 'F43' }] })
      forge.setReleases(defaultReleases())
    })
  })

  describe('faults', () => {
    it("'status' answers without doing the work, with Retry-After, `times` times", async () => {
      forge.fault({ path: '/api/0/-/whoami', kind: 'status', status: 503, retryAfter: 7, times: 2 })
      for (let i = 0; i < 2; i++) {
        const refused = await api(forge, 'POST', '/-/whoami', { token: BOT })
        expect(refused.status).toBe(503)
        expect(refused.headers.get('retry-after')).toBe('7')
      }
      expect((await api(forge, 'POST', '/-/whoami', { token: BOT })).status).toBe(200)
      forge.fault({ method: 'POST', path: '/api/0/fork', kind: 'status' })
      expect(
        (await api(forge, 'POST', '/fork', { token: BOT, form: { repo: 'hello', namespace: 'rpms' } }))
          .status,
      ).toBe(500)
      expect((await api(forge, 'GET', '/fork/bot/rpms/hello')).status).toBe(404)
    })

    it("'after' does the work and answers 500", async () => {
      forge.fault({ method: 'POST', path: '/api/0/fork', kind: 'after' })
      const fork = await api(forge, 'POST', '/fork', {
        token: BOT,
        form: { repo: 'hello', namespace: 'rpms' },
      })
      expect(fork.status).toBe(500)
      expect((await api(forge, 'GET', '/fork/bot/rpms/hello')).status).toBe(200)

      // A push whose answer is lost: git reports failure, the branch moved anyway.
      const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-forge-fault-')), 'hello')
      await git(['clone', '-q', `${forge.url}/forks/bot/rpms/hello.git`, dir])
      const head = new TestRepo(dir).write('x', '1\n').commit('Change')
      forge.fault({ path: /\/git-receive-pack$/, kind: 'after' })
      const push = await git(['push', 'origin', 'HEAD:refs/heads/lost'], {
        cwd: dir,
        auth: { user: 'bot', token: BOT },
      })
      expect(push.code).not.toBe(0)
      expect(push.stderr).toContain('500')
      const branch = await git(['rev-parse', 'refs/heads/lost'], {
        cwd: forge.repoPath('forks/bot/rpms/hello'),
      })
      expect(branch.stdout.trim()).toBe(head)
    })

    it("'reset' drops the connection and 'timeout' never answers", async () => {
      forge.fault({ path: '/api/0/-/version', kind: 'reset' })
      await expect(fetch(`${forge.url}/api/0/-/version`)).rejects.toThrow()
      forge.fault({ path: '/api/0/-/version', kind: 'timeout' })
      const started = Date.now()
      await expect(
        fetch(`${forge.url}/api/0/-/version`, { signal: AbortSignal.timeout(300) }),
      ).rejects.toThrow()
      expect(Date.now() - started).toBeGreaterThanOrEqual(290)
      expect(forge.log.filter((r) => r.path === '/api/0/-/version').map((r) => r.status)).toEqual([0, 0])
      expect((await api(forge, 'GET', '/-/version')).status).toBe(200)
    })

    it('matches method and a RegExp on path plus query, and can be cleared', async () => {
      forge.fault({ method: 'POST', path: '/api/0/rpms/hello', kind: 'status' })
      expect((await api(forge, 'GET', '/rpms/hello')).status).toBe(200)
      forge.clearFaults()
      forge.fault({ path: /\/pull-requests\?.*page=2/, kind: 'status', status: 502 })
      expect((await api(forge, 'GET', '/rpms/hello/pull-requests?page=1')).status).toBe(200)
      expect((await api(forge, 'GET', '/rpms/hello/pull-requests?page=2')).status).toBe(502)
    })
  })

  it('logs every request with kind, write, status and user, never the token', async () => {
    const start = forge.log.length
    await api(forge, 'POST', '/-/whoami', { token: BOT })
    await api(forge, 'GET', '/rpms/hello/pull-requests?status=all')
    await fetch(`${forge.bodhiUrl}/releases/?state=current`)
    await fetch(`${forge.lookasideUrl}/rpms/hello/x/sha512/0/x`, { method: 'HEAD' })
    await git(['ls-remote', `${forge.url}/rpms/hello.git`])
    expect(forge.log.slice(start)).toEqual([
      {
        method: 'POST',
        path: '/api/0/-/whoami',
        query: '',
        status: 200,
        kind: 'api',
        write: true,
        user: 'bot',
      },
      {
        method: 'GET',
        path: '/api/0/rpms/hello/pull-requests',
        query: 'status=all',
        status: 200,
        kind: 'api',
        write: false,
      },
      {
        method: 'GET',
        path: '/bodhi/releases/',
        query: 'state=current',
        status: 200,
        kind: 'bodhi',
        write: false,
      },
      {
        method: 'HEAD',
        path: '/repo/pkgs/rpms/hello/x/sha512/0/x',
        query: '',
        status: 404,
        kind: 'lookaside',
        write: false,
      },
      {
        method: 'GET',
        path: '/rpms/hello.git/info/refs',
        query: 'service=git-upload-pack',
        status: 200,
        kind: 'git',
        write: false,
      },
      expect.objectContaining({
        method: 'POST',
        path: '/rpms/hello.git/git-upload-pack',
        kind: 'git',
        write: false,
      }),
    ])
    expect(JSON.stringify(forge.log)).not.toContain(BOT)
    expect((await fetch(`${forge.url}/no/such/thing`)).status).toBe(404)
  })

  it('stops with a connection still hanging on a timeout fault', async () => {
    const other = await startForge()
    other.fault({ path: '/api/0/-/version', kind: 'timeout' })
    const hanging = fetch(`${other.url}/api/0/-/version`).catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 50))
    await other.stop()
    // fetch's TypeError comes from another realm under jest: compare by shape.
    expect(await hanging).toMatchObject({ name: 'TypeError', message: 'fetch failed' })
  })
})
