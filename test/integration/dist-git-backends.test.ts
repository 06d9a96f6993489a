/**
 * The same end-to-end runs of the real CLI against both dist-git stand-ins (Pagure and
 * Forgejo, test/support/dist-git-backends.ts): propose, rerun, new release, a maintainer's push,
 * force, dry run, previews, forge selection and the probe's failures. Each case checks what the
 * CLI says, what the server holds and which write requests were made.
 *
 * Push protocol: never given on Forgejo (auto is https with the token there). auto on Pagure
 * means SSH, which needs SRCGIT_SSH_PRIVATE_KEY and an sshd; the Pagure runs pass
 * `--push-protocol https` as propose-forge.test.ts does (the SSH path has its own tests).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import { clearProbeCache } from '../../src/forges/dist-git/probe.js'
import type { RequestRecord } from '../support/forge/index.js'
import { BACKENDS, type Backend, type DistGit, startDistGit, writes } from '../support/dist-git-backends.js'
import { buildReleaseFixture, buildSourceGit, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(90_000)

const BRANCH = (b: string) => `${b}-update-propose_downstream`
const prPath = (backend: Backend) => (backend === 'pagure' ? 'pull-request' : 'pulls')
const protocolArgs = (backend: Backend) => (backend === 'pagure' ? ['--push-protocol', 'https'] : [])
const PROBE_PATHS = ['/api/forgejo/v1/version', '/api/0/-/version']

/** Runs srcgit with the bot's token (SRCGIT_DIST_GIT_TOKEN) and the lookaside test login; the requests it made. */
async function run(
  dg: DistGit,
  argv: string[],
  outputs: CliRun[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun & { requests: RequestRecord[] }> {
  const from = dg.log.length
  const vars = {
    SRCGIT_DIST_GIT_TOKEN: dg.botToken,
    SRCGIT_PAGURE_TOKEN: undefined,
    SRCGIT_TEST_LOOKASIDE_USER: 'bot',
    ...env,
  }
  const result = await withEnv(vars, () => srcgit(argv, os.tmpdir()))
  outputs.push(result)
  return { ...result, requests: dg.log.slice(from) }
}

describe.each(BACKENDS)('propose-downstream on %s dist-git', (backend) => {
  let dg: DistGit
  const fixture = buildReleaseFixture()
  const outputs: CliRun[] = []
  const pushPath = () =>
    (backend === 'pagure' ? '/forks/bot/rpms/hello.git' : '/bot/hello.git') + '/git-receive-pack'
  const prUrl = (n: number) => `${dg.url}/rpms/hello/${prPath(backend)}/${n}`
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  const line = (branch: string, op: string, n: number) =>
    new RegExp(`^${branch}: ${op} ${esc(prUrl(n))}(?: \\(|$)`, 'm')

  const propose = (
    args: string[],
    env: Record<string, string | undefined> = {},
    branches = ['main', 'f43'],
  ) =>
    run(
      dg,
      [
        'propose-downstream',
        fixture.sourceGit.dir,
        ...branches.flatMap((b) => ['--branch', b]),
        '--dist-git-url',
        dg.url,
        '--lookaside-url',
        dg.lookasideUrl,
        ...protocolArgs(backend),
        '--date',
        '2026-11-21',
        ...args,
      ],
      outputs,
      env,
    )
  const open = async () => (await dg.pullRequests('hello')).filter((pr) => pr.state === 'open')

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
  })
  afterAll(async () => {
    await dg.stop()
    for (const out of outputs) expect(`${out.stdout}${out.stderr}`).not.toContain(dg.botToken)
  })

  it('plans the first proposal in a dry run with the token: "would create", no write request', async () => {
    const result = await propose(['--tag', 'v1.1', '--dry-run'])
    expect(result.stderr).not.toContain('srcgit propose-downstream:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^main: would create .*\(dry run: nothing was pushed or proposed\)$/m)
    expect(result.stdout).toMatch(/^f43: would create /m)
    expect(writes(result.requests)).toEqual([])
    expect(await dg.pullRequests('hello')).toEqual([])
    expect(await dg.forkBranchSha('bot', 'hello', BRANCH('main'))).toBeUndefined()
  })

  it('forks and opens one pull request per branch', async () => {
    const result = await propose(['--tag', 'v1.1'])
    expect(result.stderr).not.toContain('srcgit propose-downstream:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(line('main', 'created', 1))
    expect(result.stdout).toMatch(line('f43', 'created', 2))
    const prs = await dg.pullRequests('hello')
    expect(
      prs.map((pr) => [pr.number, pr.state, pr.targetBranch, pr.sourceBranch, pr.title, pr.author]),
    ).toEqual([
      [1, 'open', 'main', BRANCH('main'), 'Update main to upstream release 1.1', 'bot'],
      [2, 'open', 'f43', BRANCH('f43'), 'Update f43 to upstream release 1.1', 'bot'],
    ])
    // The fork is bot/hello on Forgejo, forks/bot/rpms/hello on Pagure.
    const fork = backend === 'pagure' ? 'forks/bot/rpms/hello' : 'bot/hello'
    expect(dg.forkName('bot', 'hello')).toBe(fork)
    expect(prs.map((pr) => pr.sourceRepo)).toEqual([fork, fork])
    expect(prs[0].headSha).toBe(await dg.forkBranchSha('bot', 'hello', BRANCH('main')))
    expect(prs[1].headSha).toBe(await dg.forkBranchSha('bot', 'hello', BRANCH('f43')))
    expect(prs[0].description).toContain('<!-- srcgit: ')
    expect(prs.map((pr) => pr.url)).toEqual([prUrl(1), prUrl(2)])
    if (backend === 'forgejo') expect(prs.map((pr) => pr.allowMaintainerEdit)).toEqual([true, true])

    const push = `POST ${pushPath()}`
    const fork_ = backend === 'pagure' ? 'POST /api/0/fork' : 'POST /api/v1/repos/rpms/hello/forks'
    const create =
      backend === 'pagure'
        ? ['POST /api/0/rpms/hello/pull-request/new']
        : ['POST /api/v1/repos/rpms/hello/pulls']
    const allow = (n: number) => (backend === 'forgejo' ? [`PATCH /api/v1/repos/rpms/hello/pulls/${n}`] : [])
    expect(writes(result.requests)).toEqual([
      'POST /repo/pkgs/upload.cgi',
      fork_,
      push,
      ...create,
      ...allow(1),
      push,
      ...create,
      ...allow(2),
    ])
    expect(result.requests.filter((r) => r.write).every((r) => r.user === 'bot')).toBe(true)
  })

  it('changes nothing when run again for the same release', async () => {
    const result = await propose(['--tag', 'v1.1'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(line('main', 'unchanged', 1))
    expect(result.stdout).toMatch(line('f43', 'unchanged', 2))
    expect(writes(result.requests)).toEqual([])
    expect((await dg.pullRequests('hello')).length).toBe(2)
  })

  it('updates the same pull requests for a new release', async () => {
    releaseUpstream(fixture, 'v1.2')
    const before = await dg.forkBranchSha('bot', 'hello', BRANCH('main'))
    const result = await propose(['--tag', 'v1.2'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(line('main', 'updated', 1))
    expect(result.stdout).toMatch(line('f43', 'updated', 2))
    const prs = await dg.pullRequests('hello')
    expect(prs.map((pr) => [pr.number, pr.state, pr.title])).toEqual([
      [1, 'open', 'Update main to upstream release 1.2'],
      [2, 'open', 'Update f43 to upstream release 1.2'],
    ])
    const after = await dg.forkBranchSha('bot', 'hello', BRANCH('main'))
    expect(after).not.toBe(before)
    expect(prs[0].headSha).toBe(after)
    const update =
      backend === 'pagure'
        ? (n: number) => `POST /api/0/rpms/hello/pull-request/${n}`
        : (n: number) => `PATCH /api/v1/repos/rpms/hello/pulls/${n}`
    expect(writes(result.requests)).toEqual([
      'POST /repo/pkgs/upload.cgi',
      `POST ${pushPath()}`,
      update(1),
      `POST ${pushPath()}`,
      update(2),
    ])
  })

  it("never overwrites a maintainer's commit on the PR branch; --force replaces it", async () => {
    const janes = await dg.maintainerPush({
      user: 'jane',
      author: { name: 'Jane Maintainer', email: 'jane@example.com' },
      name: 'hello',
      branch: BRANCH('main'),
    })
    expect(await dg.forkBranchSha('bot', 'hello', BRANCH('main'))).toBe(janes)

    releaseUpstream(fixture, 'v1.3')
    // main alone: the skip is the run's only answer, a failure unless forced.
    const skipped = await propose(['--tag', 'v1.3'], {}, ['main'])
    expect(skipped.stdout).toMatch(
      new RegExp(`^main: skipped ${esc(prUrl(1))} \\(branch modified by Jane Maintainer: `, 'm'),
    )
    expect(skipped.code).toBe(1)
    // The archive of 1.3 is uploaded before the branches are looked at; nothing else is written.
    expect(writes(skipped.requests)).toEqual(['POST /repo/pkgs/upload.cgi'])
    expect(await dg.forkBranchSha('bot', 'hello', BRANCH('main'))).toBe(janes)
    expect((await open())[0].title).toBe('Update main to upstream release 1.2')

    // With another branch that moves, the run succeeds and the skip stays.
    const mixed = await propose(['--tag', 'v1.3'])
    expect(mixed.stdout).toMatch(/^main: skipped .*\(branch modified by Jane Maintainer: /m)
    expect(mixed.stdout).toMatch(line('f43', 'updated', 2))
    expect(mixed.code).toBe(0)
    expect(await dg.forkBranchSha('bot', 'hello', BRANCH('main'))).toBe(janes)

    const forced = await propose(['--tag', 'v1.3', '--force'])
    expect(forced.code).toBe(0)
    expect(forced.stdout).toMatch(line('main', 'updated', 1))
    expect(forced.stdout).toMatch(line('f43', 'unchanged', 2))
    const replaced = await dg.forkBranchSha('bot', 'hello', BRANCH('main'))
    expect(replaced).not.toBe(janes)
    const prs = await dg.pullRequests('hello')
    expect(prs.map((pr) => [pr.number, pr.state, pr.title])).toEqual([
      [1, 'open', 'Update main to upstream release 1.3'],
      [2, 'open', 'Update f43 to upstream release 1.3'],
    ])
    expect(prs[0].headSha).toBe(replaced)
  })

  it('--dist-git-forge naming the other forge fails clearly and writes nothing', async () => {
    const other = backend === 'pagure' ? 'forgejo' : 'pagure'
    const count = (await dg.pullRequests('hello')).length
    const attempt = async (args: string[]) => {
      clearProbeCache()
      const result = await propose(['--tag', 'v1.1', '--dist-git-forge', other, ...args])
      clearProbeCache()
      expect(result.code).toBe(1)
      expect(writes(result.requests)).toEqual([])
      expect(result.requests.filter((r) => PROBE_PATHS.includes(r.path))).toEqual([])
      return result
    }
    if (other === 'forgejo') {
      const result = await attempt([])
      expect(result.stderr).toContain(
        `srcgit propose-downstream: Could not find the user of the Forgejo token on ${dg.url}: HTTP 404 (Not Found), ` +
          `not a Forgejo API answer; check that ${dg.url} is a Forgejo instance (the API lives at ${dg.url}/api/v1)`,
      )
    } else {
      // Forced Pagure means SSH pushes (auto): refused without a key before any request is made.
      const ssh = await attempt([])
      expect(ssh.stderr).toContain(
        'srcgit propose-downstream: SRCGIT_SSH_PRIVATE_KEY is empty: Pagure dist-git',
      )
      expect(ssh.requests).toEqual([])
      const result = await attempt(['--push-protocol', 'https'])
      expect(result.stderr).toContain(
        `srcgit propose-downstream: Could not find the user of the Pagure token on ${dg.url}: HTTP 404 (404 page not found); ` +
          `check that ${dg.url} is a Pagure instance`,
      )
    }
    expect((await dg.pullRequests('hello')).length).toBe(count)
  })

  it('--dist-git-forge naming this forge makes no probe request', async () => {
    clearProbeCache()
    const result = await propose(['--tag', 'v1.3', '--dist-git-forge', backend])
    clearProbeCache()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(line('main', 'unchanged', 1))
    expect(result.requests.filter((r) => PROBE_PATHS.includes(r.path))).toEqual([])
    expect(writes(result.requests)).toEqual([])
  })

  it('merged pull requests stay merged and the next release opens new ones', async () => {
    const head = (await dg.pullRequests('hello'))[0].headSha
    // The PR branch sits on main: a fast-forward.
    expect(await dg.mergePullRequest('hello', 1)).toBe(head)
    expect(await dg.packageBranchSha('hello', 'main')).toBe(head)
    const merged = await dg.pullRequests('hello')
    expect(merged.map((pr) => [pr.number, pr.state])).toEqual([
      [1, 'merged'],
      [2, 'open'],
    ])
    if (backend === 'pagure') {
      const pr = dg.pagure!.pullRequests('rpms', 'hello')[0]
      expect(pr).toMatchObject({ status: 'Merged', closed_by: { name: 'jane' } })
      expect(pr.closed_at).not.toBeNull()
      expect(Number(pr.last_updated)).toBeGreaterThanOrEqual(Number(pr.closed_at))
    }
    releaseUpstream(fixture, 'v1.4')
    const result = await propose(['--tag', 'v1.4'])
    expect(result.stderr).not.toContain('srcgit propose-downstream:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(line('main', 'created', 3))
    expect(result.stdout).toMatch(line('f43', 'updated', 2))
    expect((await open()).map((pr) => [pr.number, pr.targetBranch])).toEqual([
      [2, 'f43'],
      [3, 'main'],
    ])
  })
})

describe.each(BACKENDS)('preview-pull-request on %s dist-git', (backend) => {
  let dg: DistGit
  const { sourceGit, distGit } = buildSourceGit()
  const outputs: CliRun[] = []
  sourceGit.git('checkout', '-q', '-b', 'pr-3')
  sourceGit.write('README', 'Fedora notes\n')
  let head = sourceGit.commit('Add Fedora notes\n\nPatch-name: fedora-notes.patch\n')
  sourceGit.git('checkout', '-q', 'main')
  const prUrl = (n: number) => `${dg.url}/rpms/hello/${prPath(backend)}/${n}`

  const preview = (args: string[]) =>
    run(
      dg,
      [
        'preview-pull-request',
        sourceGit.dir,
        '--number',
        '3',
        '--branch',
        'main',
        '--dist-git-url',
        dg.url,
        '--lookaside-url',
        dg.lookasideUrl,
        ...protocolArgs(backend),
        ...args,
      ],
      outputs,
    )

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: distGit.dir, maintainers: ['jane'] })
  })
  afterAll(async () => {
    await dg.stop()
    for (const out of outputs) expect(`${out.stdout}${out.stderr}`).not.toContain(dg.botToken)
  })

  it('opens the preview pull request', async () => {
    const result = await preview(['--head', head, '--title', 'Add Fedora notes'])
    expect(result.stderr).not.toContain('srcgit preview-pull-request:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`^main: created ${prUrl(1).replace(/[./]/g, '\\$&')}$`, 'm'))
    const prs = await dg.pullRequests('hello')
    expect(prs.map((pr) => [pr.number, pr.state, pr.targetBranch, pr.sourceBranch, pr.author])).toEqual([
      [1, 'open', 'main', 'main-srcgit-pr-3', 'bot'],
    ])
    expect(prs[0].title).toBe('Preview of source-git PR #3: Add Fedora notes')
    expect(prs[0].headSha).toBe(await dg.forkBranchSha('bot', 'hello', 'main-srcgit-pr-3'))
    if (backend === 'forgejo') expect(prs[0].allowMaintainerEdit).toBe(true)
    expect(writes(result.requests).filter((w) => !w.includes('git-receive-pack'))).toEqual(
      backend === 'pagure'
        ? ['POST /api/0/fork', 'POST /api/0/rpms/hello/pull-request/new']
        : [
            'POST /api/v1/repos/rpms/hello/forks',
            'POST /api/v1/repos/rpms/hello/pulls',
            'PATCH /api/v1/repos/rpms/hello/pulls/1',
          ],
    )
    expect(writes(result.requests).filter((w) => w.includes('git-receive-pack'))).toHaveLength(1)
  })

  it('a second push to the source-git PR updates the same preview', async () => {
    const before = await dg.forkBranchSha('bot', 'hello', 'main-srcgit-pr-3')
    sourceGit.git('checkout', '-q', 'pr-3')
    sourceGit.write('README', 'Fedora notes, revised\n')
    head = sourceGit.commit('Revise the Fedora notes\n\nPatch-name: fedora-notes.patch\n')
    sourceGit.git('checkout', '-q', 'main')
    const result = await preview(['--head', head, '--title', 'Add Fedora notes'])
    expect(result.stderr).not.toContain('srcgit preview-pull-request:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^main: updated \S+\/1$/m)
    const prs = await dg.pullRequests('hello')
    expect(prs.map((pr) => [pr.number, pr.state])).toEqual([[1, 'open']])
    const after = await dg.forkBranchSha('bot', 'hello', 'main-srcgit-pr-3')
    expect(after).not.toBe(before)
    expect(prs[0].headSha).toBe(after)
    expect(writes(result.requests).filter((w) => w.includes('git-receive-pack'))).toHaveLength(1)
    expect(writes(result.requests).some((w) => /pull-request\/new|\/pulls$|\/forks$|\/fork$/.test(w))).toBe(
      false,
    )
  })

  it('--close closes the preview with a comment', async () => {
    const result = await preview(['--close', '--url', 'https://github.com/example/hello/pull/3'])
    expect(result.stderr).not.toContain('srcgit preview-pull-request:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^main: closed \S+\/1 \(source-git PR closed\)$/m)
    expect((await dg.pullRequests('hello')).map((pr) => [pr.number, pr.state])).toEqual([[1, 'closed']])
    expect(await dg.comments('hello', 1)).toEqual([
      {
        author: 'bot',
        body: 'source-git PR [#3](https://github.com/example/hello/pull/3) was closed without merging; this preview is closed too.',
      },
    ])
    expect(writes(result.requests)).toEqual(
      backend === 'pagure'
        ? ['POST /api/0/rpms/hello/pull-request/1/comment', 'POST /api/0/rpms/hello/pull-request/1/close']
        : ['POST /api/v1/repos/rpms/hello/issues/1/comments', 'PATCH /api/v1/repos/rpms/hello/pulls/1'],
    )
    // Nothing left to close.
    const again = await preview(['--close'])
    expect(again.code).toBe(0)
    expect(again.stderr).toContain('source-git PR #3 has no open preview')
    expect(writes(again.requests)).toEqual([])
  })
})

describe('the probe of a host that is neither forge', () => {
  const fixture = buildReleaseFixture()
  let server: http.Server
  let url: string
  let answer: (req: http.IncomingMessage, res: http.ServerResponse) => void
  const seen: { method: string; path: string; auth: boolean }[] = []

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({
        method: req.method ?? '',
        path: req.url ?? '',
        auth: req.headers.authorization !== undefined,
      })
      answer(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  })

  const propose = async () => {
    seen.length = 0
    clearProbeCache()
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: 'A'.repeat(40),
        SRCGIT_PAGURE_TOKEN: undefined,
        SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      },
      () =>
        srcgit(
          [
            'propose-downstream',
            fixture.sourceGit.dir,
            '--branch',
            'main',
            '--tag',
            'v1.1',
            '--dist-git-url',
            url,
            '--lookaside-url',
            `${url}/repo/pkgs`,
            '--date',
            '2026-11-21',
          ],
          os.tmpdir(),
        ),
    )
    clearProbeCache()
    expect(result.stdout + result.stderr).not.toContain('A'.repeat(40))
    return result
  }

  it('404 on both version routes: fails naming both probe URLs, nothing written', async () => {
    answer = (_req, res) => res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not Found\n')
    const result = await propose()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`Could not tell whether the dist-git at ${url} is Forgejo or Pagure`)
    expect(result.stderr).toContain(`GET ${url}/api/forgejo/v1/version: HTTP 404`)
    expect(result.stderr).toContain(`GET ${url}/api/0/-/version: HTTP 404`)
    expect(seen.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([])
    expect(seen.filter((r) => r.path.includes('/version')).every((r) => !r.auth)).toBe(true)
  })

  it('an HTML page: fails naming both probe URLs, nothing written', async () => {
    answer = (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': 'text/html' })
        .end('<!DOCTYPE html><html><body>Welcome</body></html>\n')
    const result = await propose()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `GET ${url}/api/forgejo/v1/version: HTTP 200 with a body that is not JSON`,
    )
    expect(result.stderr).toContain(`GET ${url}/api/0/-/version: HTTP 200 with a body that is not JSON`)
    expect(result.stderr).toContain('names a Pagure or Forgejo dist-git')
    expect(seen.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([])
  })

  it('5xx: fails saying the instance may be down', async () => {
    answer = (_req, res) => res.writeHead(503, { 'Content-Type': 'text/plain' }).end('Service Unavailable\n')
    const result = await propose()
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(`GET ${url}/api/forgejo/v1/version: HTTP 503`)
    expect(result.stderr).toContain(`GET ${url}/api/0/-/version: HTTP 503`)
    expect(result.stderr).toContain('may be down or unreachable: try again later')
    expect(seen.filter((r) => r.method !== 'GET' && r.method !== 'HEAD')).toEqual([])
  })
})
