/**
 * The dist-git checks mirrored back, end to end through the CLI: propose-downstream sets
 * `srcgit/<branch>` pending on the source-git commit; CI systems flag the dist-git PRs on the
 * local Pagure; `srcgit sync-status` turns the flags into GitHub (fake REST API) and GitLab
 * (fake API v4) commit statuses, writes nothing the second time, follows a force-push, shows a
 * PR closed unmerged, and names the missing permission.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import os from 'node:os'
import { promisify } from 'node:util'
import type { Forge } from '../support/forge/index.js'
import type { FakeGitHub } from '../support/github-api/index.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'
import {
  BOT_TOKEN,
  buildStatusFixture,
  GH_READ,
  GH_WRITE,
  githubActionsEnv,
  latestStatuses,
  postFlag,
  proposeArgs,
  startStatusServers,
  statusWrites as statusWritesIn,
  ZUUL_TOKEN,
  type StatusServers,
  latestGitLabStatuses,
} from '../support/status-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { buildReleaseFixture, releaseUpstream } from '../support/source-git-fixture.js'
import { srcgit, withEnv } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(60_000)

const JANE = 'JAN'.padEnd(64, 'J3')
const GL_DEV = 'glpat-' + 'd'.repeat(20)

let servers: StatusServers
let forge: Forge
let github: FakeGitHub
let gitlab: FakeGitLab
const fixture = buildStatusFixture()
let head = fixture.sourceGit.git('rev-parse', 'HEAD').trim()

beforeAll(async () => {
  servers = await startStatusServers(fixture, {
    // jane maintains the package: she may close its PRs.
    users: [{ name: 'jane', packager: true }],
    tokens: [{ token: JANE, user: 'jane', acls: ['pull_request_close'] }],
    maintainers: ['jane'],
  })
  forge = servers.forge
  github = servers.github
  gitlab = await startFakeGitLab({
    projects: [{ id: 42, path: 'rpms/hello', branches: { rawhide: head } }],
    accessTokens: [{ token: GL_DEV, username: 'srcgit-bot', role: 'developer', scopes: ['api'] }],
  })
}, 60_000)
afterAll(async () => {
  await servers.stop()
  await gitlab.stop()
})

const githubEnv = (token = GH_WRITE) => githubActionsEnv(github, token)

const propose = (tag: string) =>
  withEnv({ SRCGIT_PAGURE_TOKEN: BOT_TOKEN, SRCGIT_TEST_LOOKASIDE_USER: 'bot', ...githubEnv() }, () =>
    srcgit(proposeArgs(fixture, forge, tag), os.tmpdir()),
  )

const syncStatus = (env: Record<string, string | undefined>) =>
  withEnv(env, () => srcgit(['sync-status', fixture.sourceGit.dir, '--dist-git-url', forge.url], os.tmpdir()))

/** A CI system reporting on the dist-git PR, through Pagure's API as Zuul does. */
const flag = (pr: number, username: string, status: string, comment: string, uid: string) =>
  postFlag(forge, ZUUL_TOKEN, pr, { username, status, comment, uid })

const statusWrites = (from: number) => statusWritesIn(github.log.slice(from))
const latest = (sha: string) => latestStatuses(github, sha)

describe('commit statuses from the dist-git checks', () => {
  it('propose-downstream sets srcgit/<branch> pending on the source-git commit, linking to the PR', async () => {
    const run = await propose('v1.1')
    expect(run.stderr).not.toContain('warning:')
    expect(run.code).toBe(0)
    const pr = forge.pullRequests('rpms', 'hello')[0]
    expect(latest(head)).toEqual({
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', pr.full_url],
    })
  })

  it('sync-status mirrors every flag with its state, URL and comment', async () => {
    await flag(1, 'Zuul', 'success', 'Build succeeded.', 'zuul1')
    await flag(1, 'rpminspect', 'failure', 'x'.repeat(200), 'rpmi1')
    await flag(1, 'installability', 'error', 'Infrastructure error', 'inst1')
    await flag(1, 'fedora-ci', 'canceled', 'Canceled by a newer run', 'fci1')
    await flag(1, 'rpmlint', 'pending', 'Running', 'lint1')
    const run = await syncStatus(githubEnv())
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: .*\/pull-request\/1 \(Open\) -> [0-9a-f]{12}: set /m)
    const statuses = latest(head)
    // Each says which dist-git head it is for.
    const on = `(dist-git ${forge.pullRequests('rpms', 'hello')[0].commit_stop!.slice(0, 8)})`
    expect(statuses['main/Zuul']).toEqual([
      'success',
      `Build succeeded. ${on}`,
      'https://ci.example.com/zuul1',
    ])
    expect(statuses['main/rpminspect'][0]).toBe('failure')
    expect(statuses['main/rpminspect'][1]).toHaveLength(140)
    // Cut before the head, which stays whole.
    expect((statuses['main/rpminspect'][1] as string).endsWith(`… ${on}`)).toBe(true)
    expect(statuses['main/installability'][0]).toBe('error')
    // GitHub has no canceled: an error, as OGR maps it.
    expect(statuses['main/fedora-ci'][0]).toBe('error')
    expect(statuses['main/rpmlint']).toEqual(['pending', `Running ${on}`, 'https://ci.example.com/lint1'])
    expect(statuses['srcgit/main'][0]).toBe('pending')
  })

  it('a second run reads the statuses and writes nothing', async () => {
    const from = github.log.length
    const run = await syncStatus(githubEnv())
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/: unchanged$/m)
    expect(statusWrites(from)).toEqual([])
  })

  it('a flag that changes is updated, only that one', async () => {
    await flag(1, 'rpmlint', 'success', 'No problems', 'lint1')
    const from = github.log.length
    expect((await syncStatus(githubEnv())).code).toBe(0)
    expect(statusWrites(from).map((r) => (r.body as { context: string }).context)).toEqual(['main/rpmlint'])
  })

  it('after a force-push with new flags, the new source-git commit gets them; the old keeps its own, superseded', async () => {
    const oldHead = head
    const oldStatuses = latest(oldHead)
    head = releaseUpstream(fixture, 'v1.2')
    github.addCommit('example/hello', head)
    const run = await propose('v1.2')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    await flag(1, 'Zuul', 'failure', 'Build failed.', 'zuul2')
    expect((await syncStatus(githubEnv())).code).toBe(0)
    const on = `(dist-git ${forge.pullRequests('rpms', 'hello')[0].commit_stop!.slice(0, 8)})`
    expect(latest(head)['main/Zuul']).toEqual([
      'failure',
      `Build failed. ${on}`,
      'https://ci.example.com/zuul2',
    ])
    // The old source-git commit keeps the verdicts on the proposal made from it; its proposal
    // is no longer waiting for review: superseded by the new commit.
    expect(latest(oldHead)).toEqual({
      ...oldStatuses,
      'srcgit/main': [
        'error',
        `superseded by ${head.slice(0, 8)} in dist-git PR #1`,
        forge.pullRequests('rpms', 'hello')[0].full_url,
      ],
    })
  })

  it('a dist-git PR closed without merging turns srcgit/<branch> to failure', async () => {
    const res = await fetch(`${forge.url}/api/0/rpms/hello/pull-request/1/close`, {
      method: 'POST',
      headers: { Authorization: `token ${JANE}` },
    })
    expect(res.status).toBe(200)
    expect((await syncStatus(githubEnv())).code).toBe(0)
    expect(latest(head)['srcgit/main']).toEqual([
      'failure',
      'dist-git PR #1 was closed without merging',
      forge.pullRequests('rpms', 'hello')[0].full_url,
    ])
  })

  it('a token without statuses: write gets an error naming the permission', async () => {
    await flag(1, 'Zuul', 'success', 'Rebuilt fine.', 'zuul3')
    const run = await syncStatus(githubEnv(GH_READ))
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('statuses: write')
    expect(`${run.stdout}${run.stderr}`).not.toContain(GH_READ)
  })

  it('on GitLab, the same with GitLab state names and a project access token', async () => {
    gitlab.setBranch(42, 'rawhide', head)
    const run = await syncStatus({
      GITHUB_ACTIONS: undefined,
      GITHUB_REPOSITORY: undefined,
      GITLAB_CI: 'true',
      CI_SERVER_URL: gitlab.url,
      CI_API_V4_URL: gitlab.apiUrl,
      CI_PROJECT_ID: '42',
      CI_PROJECT_URL: 'https://github.com/example/hello',
      SRCGIT_GITLAB_TOKEN: GL_DEV,
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const byName = Object.fromEntries(
      gitlab
        .statuses('42')
        .filter((s) => s.sha === head)
        .map((s) => [s.name, s.status]),
    )
    expect(byName).toMatchObject({ 'main/Zuul': 'success', 'srcgit/main': 'failed' })
  })

  it('proposed again from the same commit after the close: the newer PR has the last word, once', async () => {
    const run = await propose('v1.2')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: created .*\/pull-request\/2$/m)
    const second = forge.pullRequests('rpms', 'hello')[1]
    expect((await syncStatus(githubEnv())).code).toBe(0)
    expect(latest(head)['srcgit/main']).toEqual([
      'pending',
      'dist-git PR #2 open, waiting for review and merge',
      second.full_url,
    ])
    // The closed PR #1 from the same commit does not undo it on every run.
    const from = github.log.length
    const again = await syncStatus(githubEnv())
    expect(again.code).toBe(0)
    expect(statusWrites(from)).toEqual([])
    expect(again.stdout).toMatch(
      /\/pull-request\/1 \(Closed\) -> [0-9a-f]{12}: left to \S+\/pull-request\/2, newer/,
    )
  })
})

/**
 * Statuses that tell the truth as the dist-git PR moves on (issue 13): a new PR head from the
 * same source-git commit (a maintainer's push, a forced rerun) turns the old head's verdicts back
 * to pending; a maintainer's branch that srcgit leaves alone links to the PR; a newer release in
 * the same PR settles the older commit's srcgit/<branch>. GitHub and GitLab both get every step.
 */
describe('statuses that follow the dist-git PR', () => {
  const fx = buildStatusFixture()
  const c1 = fx.sourceGit.git('rev-parse', 'HEAD').trim()
  let s: StatusServers
  let lab: FakeGitLab
  /** The dist-git heads the PR had. */
  const heads: (string | null)[] = []

  beforeAll(async () => {
    s = await startStatusServers(fx)
    lab = await startFakeGitLab({
      projects: [{ id: 7, path: 'example/hello', branches: { rawhide: c1 } }],
      accessTokens: [{ token: GL_DEV, username: 'srcgit-bot', role: 'developer', scopes: ['api'] }],
    })
  }, 60_000)
  afterAll(async () => {
    await s.stop()
    await lab.stop()
  })

  const env = () => githubActionsEnv(s.github)
  const gitlabEnv = {
    GITHUB_ACTIONS: undefined,
    GITHUB_REPOSITORY: undefined,
    GITLAB_CI: 'true',
    CI_SERVER_URL: '',
    CI_API_V4_URL: '',
    CI_PROJECT_ID: '7',
    CI_PROJECT_URL: 'https://github.com/example/hello',
    SRCGIT_GITLAB_TOKEN: GL_DEV,
  }
  const proposeHere = (tag: string, extra: string[] = [], more: Record<string, string> = {}) =>
    withEnv({ SRCGIT_PAGURE_TOKEN: BOT_TOKEN, SRCGIT_TEST_LOOKASIDE_USER: 'bot', ...env(), ...more }, () =>
      srcgit([...proposeArgs(fx, s.forge, tag), ...extra], os.tmpdir()),
    )
  const sync = (runEnv: Record<string, string | undefined>) =>
    withEnv(runEnv, () =>
      srcgit(['sync-status', fx.sourceGit.dir, '--dist-git-url', s.forge.url], os.tmpdir()),
    )
  /** sync-status to GitHub, then to GitLab; both must succeed. */
  async function syncBoth(): Promise<{
    github: number
    gitlab: number
    githubReads: number
    stdout: string
  }> {
    const [fromGitHub, fromGitLab] = [s.github.log.length, lab.log.length]
    const onGitHub = await sync(env())
    expect(onGitHub.stderr).toBe('')
    expect(onGitHub.code).toBe(0)
    const onGitLab = await sync({ ...gitlabEnv, CI_SERVER_URL: lab.url, CI_API_V4_URL: lab.apiUrl })
    expect(onGitLab.stderr).toBe('')
    expect(onGitLab.code).toBe(0)
    return {
      github: statusWritesIn(s.github.log.slice(fromGitHub)).length,
      githubReads: s.github.log.slice(fromGitHub).filter((r) => r.method === 'GET').length,
      gitlab: lab.log.slice(fromGitLab).filter((r) => r.method === 'POST' && r.path.includes('/statuses/'))
        .length,
      stdout: onGitHub.stdout,
    }
  }
  const onGitHub = (sha: string) => latestStatuses(s.github, sha)
  const onGitLab = (sha: string) => latestGitLabStatuses(lab, '7', sha)
  const pr = () => s.forge.pullRequests('rpms', 'hello')[0]
  const short = (sha: string | null) => (sha ?? '').slice(0, 8)
  const zuul = (status: string, comment: string, uid: string) =>
    postFlag(s.forge, ZUUL_TOKEN, 1, { username: 'Zuul', status, comment, uid })

  it('a new dist-git head from the same source-git commit puts the old verdicts back to pending, once', async () => {
    expect((await proposeHere('v1.1')).code).toBe(0)
    await zuul('success', 'Build succeeded.', 'z1')
    await postFlag(s.forge, ZUUL_TOKEN, 1, {
      username: 'rpminspect',
      status: 'failure',
      comment: 'Bad.',
      uid: 'r1',
    })
    const first = pr().commit_stop
    await syncBoth()
    const url = pr().full_url
    for (const shown of [onGitHub(c1), onGitLab(c1)])
      expect(shown['main/Zuul']).toEqual([
        'success',
        `Build succeeded. (dist-git ${short(first)})`,
        'https://ci.example.com/z1',
      ])
    expect(onGitLab(c1)['main/rpminspect'][0]).toBe('failed')

    // A maintainer pushes a fix to the bot's PR branch: a new head, no flags on it yet.
    const fork = s.forge.repoPath('forks/bot/rpms/hello')
    const work = buildReleaseFixture().distGit
    work.git('fetch', '-q', fork, 'main-update-propose_downstream')
    work.git('checkout', '-q', '-B', 'fix', 'FETCH_HEAD')
    work.write('hello.spec', work.git('show', 'HEAD:hello.spec') + '\n# fixed by hand\n')
    work.commit('Fix the build by hand', { name: 'Jane Maintainer', email: 'jane@example.com' })
    // Asynchronously: the fork's post-receive hook reports to the forge, which runs in this process.
    await promisify(execFile)(
      'git',
      ['-C', work.dir, 'push', '-q', fork, 'fix:refs/heads/main-update-propose_downstream'],
      { env: gitEnv() },
    )
    const second = pr().commit_stop
    expect(second).not.toBe(first)
    heads.push(first, second)

    const reset = await syncBoth()
    expect(reset).toMatchObject({ github: 2, gitlab: 2 })
    const pending = ['pending', `no result yet for the current head (dist-git ${short(second)})`, url]
    expect(onGitHub(c1)).toEqual({
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', url],
      'main/Zuul': pending,
      'main/rpminspect': pending,
    })
    // GitLab: the finished statuses get new pending ones (GitLab never reopens a finished status).
    expect(onGitLab(c1)).toMatchObject({ 'main/Zuul': pending, 'main/rpminspect': pending })
    // Idempotent: the second run writes nothing on either platform.
    expect(await syncBoth()).toMatchObject({ github: 0, gitlab: 0 })

    // Zuul reports on the new head: its verdict, with that head.
    await zuul('success', 'Rebuilt fine.', 'z2')
    expect(await syncBoth()).toMatchObject({ github: 1, gitlab: 1 })
    expect(onGitHub(c1)['main/Zuul']).toEqual([
      'success',
      `Rebuilt fine. (dist-git ${short(second)})`,
      'https://ci.example.com/z2',
    ])
    expect(onGitHub(c1)['main/rpminspect']).toEqual(pending)
  })

  it("srcgit leaves the maintainer's branch alone, and says so with the PR's link in its line and status", async () => {
    const url = pr().full_url
    const run = await proposeHere('v1.1')
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      new RegExp(
        `^main: skipped ${url.replace(/[.?]/g, '\\$&')} \\(branch modified by Jane Maintainer: `,
        'm',
      ),
    )
    const [state, description, target] = onGitHub(c1)['srcgit/main']
    expect([state, target]).toEqual(['failure', url])
    expect(description).toMatch(/^not proposed: branch modified by Jane Maintainer: /)
  })

  it('a forced rerun from the same commit is a new head too: its flags start over', async () => {
    // On another day (the same date would make the very first commit again, flags and all).
    const date = '2026-02-01T00:00:00Z'
    const run = await proposeHere('v1.1', ['--force'], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    const third = pr().commit_stop
    expect(heads).not.toContain(third)
    await syncBoth()
    const pending = [
      'pending',
      `no result yet for the current head (dist-git ${short(third)})`,
      pr().full_url,
    ]
    expect(onGitHub(c1)).toMatchObject({ 'main/Zuul': pending, 'main/rpminspect': pending })
    // GitLab refuses pending -> pending: the still pending rpminspect status moves on as running.
    expect(onGitLab(c1)).toMatchObject({
      'main/Zuul': pending,
      'main/rpminspect': ['running', ...pending.slice(1)],
    })
    expect(await syncBoth()).toMatchObject({ github: 0, gitlab: 0 })
  })

  it("a newer release in the same PR settles the older commit's srcgit/<branch> as superseded, once", async () => {
    const url = pr().full_url
    const before = onGitHub(c1)
    const c2 = releaseUpstream(fx, 'v1.2')
    s.github.addCommit('example/hello', c2)
    lab.setBranch(7, 'rawhide', c2)
    const run = await proposeHere('v1.2')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    // The PR remembers the commit it carried before.
    expect(pr().initial_comment).toContain(`"commit":"${c2}","superseded":["${c1}"]`)

    const { stdout } = await syncBoth()
    expect(stdout).toContain(`superseded ${c1.slice(0, 12)} settled`)
    const superseded = `superseded by ${short(c2)} in dist-git PR #1`
    // GitHub has no canceled: error, as for a canceled CI run; GitLab says canceled.
    expect(onGitHub(c1)).toEqual({ ...before, 'srcgit/main': ['error', superseded, url] })
    expect(onGitLab(c1)['srcgit/main']).toEqual(['canceled', superseded, url])
    expect(onGitHub(c2)['srcgit/main']).toEqual([
      'pending',
      'dist-git PR #1 open, waiting for review and merge',
      url,
    ])
    // What it costs: one read per commit (c2's statuses, then the remembered c1's), no write.
    expect(await syncBoth()).toMatchObject({ github: 0, gitlab: 0, githubReads: 2 })
  })
})
