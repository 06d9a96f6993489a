/**
 * propose-downstream for real, against the local forge (Pagure API, git smart HTTP through
 * git http-backend, upload.cgi, Bodhi): forks, pushes, pull requests, reruns, maintainer
 * safety, dry runs, faults and secrets.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { promisify } from 'node:util'
import os from 'node:os'
import { startForge, type Forge, type RequestRecord } from '../support/forge/index.js'
import { buildReleaseFixture, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'

Object.assign(process.env, gitEnv())
// Every test runs srcgit end to end (git, HTTP, child processes): seconds each, more on a busy CI machine.
jest.setTimeout(60_000)

const BOT_TOKEN = 'B0T'.padEnd(64, 'X7')
const BOT_ACLS = ['fork_project', 'pull_request_create', 'pull_request_update', 'commit']

let forge: Forge
const fixture = buildReleaseFixture()
const outputs: CliRun[] = []

beforeAll(async () => {
  forge = await startForge({
    users: [
      { name: 'bot', packager: true },
      { name: 'jane', packager: true },
    ],
    tokens: [{ token: BOT_TOKEN, user: 'bot', acls: BOT_ACLS }],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
})
afterAll(async () => {
  await forge.stop()
  // No run printed a secret.
  for (const run of outputs) expect(`${run.stdout}${run.stderr}`).not.toContain(BOT_TOKEN)
})

/** Runs srcgit with the bot's token and the test lookaside login; returns the requests it made. */
async function propose(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliRun & { requests: RequestRecord[] }> {
  const from = forge.log.length
  const vars = { SRCGIT_PAGURE_TOKEN: BOT_TOKEN, SRCGIT_TEST_LOOKASIDE_USER: 'bot', ...env }
  const run = await withEnv(vars, () =>
    srcgit(
      [
        'propose-downstream',
        fixture.sourceGit.dir,
        '--branch',
        'main',
        '--branch',
        'f43',
        '--dist-git-url',
        forge.url,
        '--lookaside-url',
        forge.lookasideUrl,
        '--push-protocol',
        'https',
        '--date',
        '2026-11-21',
        ...args,
      ],
      os.tmpdir(),
    ),
  )
  outputs.push(run)
  return { ...run, requests: forge.log.slice(from) }
}

const writes = (requests: RequestRecord[]) =>
  requests.filter((r) => r.write && r.path !== '/api/0/-/whoami').map((r) => `${r.method} ${r.path}`)
const openPrs = () => forge.pullRequests('rpms', 'hello').filter((pr) => pr.status === 'Open')
const forkBranch = (branch: string) => {
  try {
    return execFileSync(
      'git',
      ['-C', forge.repoPath('forks/bot/rpms/hello'), 'rev-parse', `refs/heads/${branch}`],
      {
        encoding: 'utf8',
        stdio: 'pipe',
      },
    ).trim()
  } catch {
    return undefined
  }
}

function release(tag: string) {
  releaseUpstream(fixture, tag)
}

describe('propose-downstream against a Pagure forge', () => {
  it('forks, uploads the archive, pushes and opens one pull request per branch', async () => {
    const run = await propose(['--tag', 'v1.1'])
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1$/m)
    expect(run.stdout).toMatch(/^f43: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/2$/m)
    const prs = openPrs()
    expect(
      prs.map((pr) => [pr.branch, pr.branch_from, pr.title, pr.user.name, pr.repo_from?.fullname]),
    ).toEqual([
      [
        'main',
        'main-update-propose_downstream',
        'Update main to upstream release 1.1',
        'bot',
        'forks/bot/rpms/hello',
      ],
      [
        'f43',
        'f43-update-propose_downstream',
        'Update f43 to upstream release 1.1',
        'bot',
        'forks/bot/rpms/hello',
      ],
    ])
    expect(prs[0].initial_comment).toContain(`<!-- srcgit: `)
    expect(prs[0].commit_stop).toBe(forkBranch('main-update-propose_downstream'))
    expect(forge.lookasideFiles()).toEqual([
      expect.stringMatching(/^rpms\/hello\/hello-1\.1\.tar\.gz\/sha512\/[0-9a-f]{128}\/hello-1\.1\.tar\.gz$/),
    ])
    const push = ['POST /forks/bot/rpms/hello.git/git-receive-pack']
    expect(writes(run.requests)).toEqual([
      'POST /repo/pkgs/upload.cgi',
      'POST /api/0/fork',
      ...push,
      'POST /api/0/rpms/hello/pull-request/new',
      ...push,
      'POST /api/0/rpms/hello/pull-request/new',
    ])
    // Every write was made as the bot.
    expect(run.requests.filter((r) => r.write).every((r) => r.user === 'bot')).toBe(true)
  })

  it('changes nothing when run again for the same release', async () => {
    const run = await propose(['--tag', 'v1.1'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: unchanged .*pull-request\/1$/m)
    expect(run.stdout).toMatch(/^f43: unchanged .*pull-request\/2$/m)
    expect(writes(run.requests)).toEqual([])
    expect(run.stderr).toContain('hello-1.1.tar.gz is already in the lookaside cache')
  })

  it('plans a new release in a dry run with read requests only', async () => {
    release('v1.2')
    const run = await propose(['--tag', 'v1.2', '--dry-run'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Release v1.2 (version 1.2), dry run against the forge.')
    expect(run.stdout).toMatch(
      /^main: would update .*pull-request\/1 \(dry run: nothing was pushed or proposed\)$/m,
    )
    expect(run.stderr).toContain('would upload hello-1.2.tar.gz to the lookaside cache')
    expect(writes(run.requests)).toEqual([])
    expect(openPrs().map((pr) => pr.title)).toEqual([
      'Update main to upstream release 1.1',
      'Update f43 to upstream release 1.1',
    ])
  })

  it('updates the same pull requests for a new release', async () => {
    const before = forkBranch('main-update-propose_downstream')
    const run = await propose(['--tag', 'v1.2'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated .*pull-request\/1$/m)
    expect(run.stdout).toMatch(/^f43: updated .*pull-request\/2$/m)
    const prs = openPrs()
    expect(prs.map((pr) => [pr.id, pr.title])).toEqual([
      [1, 'Update main to upstream release 1.2'],
      [2, 'Update f43 to upstream release 1.2'],
    ])
    const after = forkBranch('main-update-propose_downstream')
    expect(after).not.toBe(before)
    expect(prs[0].commit_stop).toBe(after)
  })

  it('never overwrites a commit a maintainer pushed to the pull-request branch', async () => {
    const fork = forge.repoPath('forks/bot/rpms/hello')
    const work = buildReleaseFixture().distGit
    work.git('fetch', '-q', fork, 'main-update-propose_downstream')
    work.git('checkout', '-q', '-B', 'fix', 'FETCH_HEAD')
    work.write('hello.spec', work.git('show', 'HEAD:hello.spec') + '\n# fixed by hand\n')
    work.commit('Fix the build by hand', { name: 'Jane Maintainer', email: 'jane@example.com' })
    // Asynchronously: the fork's post-receive hook reports to the forge, which runs in this process.
    await promisify(execFile)(
      'git',
      ['-C', work.dir, 'push', '-q', fork, 'fix:refs/heads/main-update-propose_downstream'],
      {
        env: gitEnv(),
      },
    )
    const janes = forkBranch('main-update-propose_downstream')

    release('v1.3')
    const run = await propose(['--tag', 'v1.3'])
    // The PR is there (with Jane's commit): the line links to it.
    expect(run.stdout).toMatch(
      /^main: skipped \S+\/rpms\/hello\/pull-request\/1 \(branch modified by Jane Maintainer: /m,
    )
    expect(run.stdout).toMatch(/^f43: updated /m)
    expect(run.code).toBe(0)
    expect(forkBranch('main-update-propose_downstream')).toBe(janes)
    expect(openPrs()[0].title).toBe('Update main to upstream release 1.2')

    // Nothing else to do: the skip is the answer, and it is a failure unless forced.
    const again = await propose(['--tag', 'v1.3', '--branch', 'main'].slice(0, 2))
    expect(again.stdout).toMatch(/^main: skipped/m)
    expect(again.stdout).toMatch(/^f43: unchanged/m)
    expect(again.code).toBe(1)

    const forced = await propose(['--tag', 'v1.3', '--force'])
    expect(forced.code).toBe(0)
    expect(forced.stdout).toMatch(/^main: updated /m)
    expect(forkBranch('main-update-propose_downstream')).not.toBe(janes)
  })

  it('fails before any push when an archive must be uploaded and there is no keytab', async () => {
    release('v1.4')
    const run = await propose(['--tag', 'v1.4'], { SRCGIT_TEST_LOOKASIDE_USER: undefined })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'hello-1.4.tar.gz must be uploaded to the lookaside cache, and that needs a Kerberos keytab: add the base64-encoded keytab',
    )
    expect(writes(run.requests)).toEqual([])
  })

  it('fails cleanly when the upload fails: no branch is pushed', async () => {
    forge.fault({ method: 'POST', path: '/repo/pkgs/upload.cgi', kind: 'status', status: 500 })
    const run = await propose(['--tag', 'v1.4'])
    forge.clearFaults()
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('hello-1.4.tar.gz')
    expect(writes(run.requests)).toEqual(['POST /repo/pkgs/upload.cgi'])
  })

  it('recovers from a 500 on an idempotent read and from a pull request created before a 500', async () => {
    // Close the PRs so the next run must create new ones.
    for (const id of [1, 2]) {
      await fetch(`${forge.url}/api/0/rpms/hello/pull-request/${id}/close`, {
        method: 'POST',
        headers: { Authorization: `token ${BOT_TOKEN}` },
      }).catch(() => undefined)
    }
    forge.addToken({ token: 'C'.repeat(64), user: 'jane', acls: ['pull_request_close'] })
    for (const id of [1, 2])
      await fetch(`${forge.url}/api/0/rpms/hello/pull-request/${id}/close`, {
        method: 'POST',
        headers: { Authorization: `token ${'C'.repeat(64)}` },
      })
    expect(openPrs()).toEqual([])
    forge.fault({ method: 'GET', path: /\/pull-requests/, kind: 'status', status: 503, times: 2 })
    forge.fault({ method: 'POST', path: '/api/0/rpms/hello/pull-request/new', kind: 'after' })
    const run = await propose(['--tag', 'v1.4'])
    forge.clearFaults()
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    // One PR per branch, although the first create answered 500 after doing the work.
    expect(openPrs().map((pr) => pr.branch)).toEqual(['main', 'f43'])
  })

  it('takes the pushed branch back when the pull request cannot be opened', async () => {
    for (const pr of openPrs())
      await fetch(`${forge.url}/api/0/rpms/hello/pull-request/${pr.id}/close`, {
        method: 'POST',
        headers: { Authorization: `token ${'C'.repeat(64)}` },
      })
    const before = forkBranch('f43-update-propose_downstream')
    release('v1.5')
    forge.fault({
      method: 'POST',
      path: '/api/0/rpms/hello/pull-request/new',
      kind: 'status',
      status: 500,
      times: 4,
    })
    const run = await propose(['--tag', 'v1.5', '--branch', 'f43'].slice(0, 2))
    forge.clearFaults()
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^f43: failed \(/m)
    // No pushed branch without its pull request: the fork branch is back where it was.
    expect(forkBranch('f43-update-propose_downstream')).toBe(before)
    expect(openPrs()).toEqual([])
  })

  it('explains a bad token without showing it', async () => {
    const run = await propose(['--tag', 'v1.5'], { SRCGIT_PAGURE_TOKEN: 'WRONG'.padEnd(64, 'Z') })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Pagure token')
    expect(run.stderr).not.toContain('WRONG')
    expect(writes(run.requests)).toEqual([])
  })
})

describe('faults on the fork and the push', () => {
  it('retries a failed fork, and a failed push fails that branch alone, with no pull request', async () => {
    const own = await startForge({
      users: [{ name: 'bot', packager: true }],
      tokens: [{ token: BOT_TOKEN, user: 'bot', acls: BOT_ACLS }],
    })
    const saved = forge
    forge = own
    try {
      own.addPackage('hello', { from: buildReleaseFixture().distGit.dir })
      own.fault({ method: 'POST', path: '/api/0/fork', kind: 'status', status: 502 })
      // git resends a push request once itself after a reset; the second reset fails the push.
      own.fault({ method: 'POST', path: /git-receive-pack$/, kind: 'reset', times: 2 })
      const run = await propose(['--tag', 'v1.1'])
      expect(run.code).toBe(1)
      expect(run.stdout).toMatch(/^main: failed \(/m)
      expect(run.stdout).toMatch(/^f43: created /m)
      expect(openPrs().map((pr) => pr.branch)).toEqual(['f43'])
      expect(forkBranch('main-update-propose_downstream')).toBeUndefined()
      expect(run.requests.filter((r) => r.method === 'POST' && r.path === '/api/0/fork')).toHaveLength(2)

      const rerun = await propose(['--tag', 'v1.1'])
      expect(rerun.code).toBe(0)
      expect(rerun.stdout).toMatch(/^main: created /m)
      expect(rerun.stdout).toMatch(/^f43: unchanged /m)
    } finally {
      forge = saved
      await own.stop()
    }
  })
})
