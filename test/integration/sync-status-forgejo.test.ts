/**
 * The dist-git checks mirrored back when dist-git is Forgejo, end to end through the CLI:
 * propose-downstream to the local Forgejo (SRCGIT_DIST_GIT_TOKEN, the backend probed from
 * --dist-git-url) sets `srcgit/<branch>` pending; CI systems post commit statuses on the PR head,
 * in the target repo rpms/hello and in the bot's fork bot/hello; `srcgit sync-status` mirrors
 * them to the fake GitHub and to the fake GitLab: one status per context, the newest of both
 * repos winning, a later status of a context replacing the earlier, Forgejo's warning shown as
 * a failure that says "warning:". A rerun writes nothing; a maintainer's push and a forced
 * rerun put the old verdicts back to pending; a PR closed unmerged is a failure, a merged one a
 * success. Reading Forgejo needs no token.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import os from 'node:os'
import { promisify } from 'node:util'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'
import {
  buildStatusFixture,
  FORGEJO_BOT_TOKEN,
  FORGEJO_SCOPES,
  forgejoPullHead,
  githubActionsEnv,
  latestStatuses,
  postCommitStatus,
  proposeArgs,
  startStatusServers,
  statusWrites,
  type CiStatus,
  type ForgejoStatusServers,
  latestGitLabStatuses,
} from '../support/status-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { buildReleaseFixture, releaseUpstream } from '../support/source-git-fixture.js'
import { srcgit, withEnv } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(90_000)

const GL_DEV = 'glpat-' + 'd'.repeat(20)
/** jane maintains rpms/hello: she may close its PRs. */
const JANE = 'a1a1'.repeat(10)

const fixture = buildStatusFixture()
let head = fixture.sourceGit.git('rev-parse', 'HEAD').trim()
let s: ForgejoStatusServers
let lab: FakeGitLab

beforeAll(async () => {
  s = await startStatusServers(fixture, {
    backend: 'forgejo',
    users: [{ name: 'jane', packager: true }],
    maintainers: ['jane'],
  })
  s.forgejo.addToken({ token: JANE, user: 'jane', scopes: FORGEJO_SCOPES })
  lab = await startFakeGitLab({
    projects: [{ id: 42, path: 'example/hello', branches: { rawhide: head } }],
    accessTokens: [{ token: GL_DEV, username: 'srcgit-bot', role: 'developer', scopes: ['api'] }],
  })
}, 60_000)
afterAll(async () => {
  await s.stop()
  await lab.stop()
})

const githubEnv = () => githubActionsEnv(s.github)
const gitlabEnv = () => ({
  GITHUB_ACTIONS: undefined,
  GITHUB_REPOSITORY: undefined,
  GITHUB_TOKEN: undefined,
  GITLAB_CI: 'true',
  CI_SERVER_URL: lab.url,
  CI_API_V4_URL: lab.apiUrl,
  CI_PROJECT_ID: '42',
  CI_PROJECT_URL: 'https://github.com/example/hello',
  SRCGIT_GITLAB_TOKEN: GL_DEV,
})
/** No dist-git token in any variable: sync-status only reads Forgejo. */
const NO_DIST_GIT_TOKEN = { SRCGIT_DIST_GIT_TOKEN: undefined, SRCGIT_PAGURE_TOKEN: undefined }

const propose = (tag: string, extra: string[] = [], more: Record<string, string> = {}) =>
  withEnv(
    {
      SRCGIT_DIST_GIT_TOKEN: FORGEJO_BOT_TOKEN,
      SRCGIT_PAGURE_TOKEN: undefined,
      SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      ...githubEnv(),
      ...more,
    },
    () => srcgit([...proposeArgs(fixture, s.forgejo, tag), ...extra], os.tmpdir()),
  )
const sync = (env: Record<string, string | undefined>) =>
  withEnv({ ...NO_DIST_GIT_TOKEN, ...env }, () =>
    srcgit(['sync-status', fixture.sourceGit.dir, '--dist-git-url', s.forgejo.url], os.tmpdir()),
  )

/** sync-status to GitHub, then to GitLab; both must succeed. How many statuses each wrote. */
async function syncBoth(): Promise<{ github: number; gitlab: number; stdout: string }> {
  const [fromGitHub, fromGitLab] = [s.github.log.length, lab.log.length]
  const onGitHub = await sync(githubEnv())
  expect(onGitHub.stderr).toBe('')
  expect(onGitHub.code).toBe(0)
  const onGitLab = await sync(gitlabEnv())
  expect(onGitLab.stderr).toBe('')
  expect(onGitLab.code).toBe(0)
  return {
    github: statusWrites(s.github.log.slice(fromGitHub)).length,
    gitlab: lab.log.slice(fromGitLab).filter((r) => r.method === 'POST' && r.path.includes('/statuses/'))
      .length,
    stdout: onGitHub.stdout,
  }
}

const onGitHub = (sha: string) => latestStatuses(s.github, sha)
const onGitLab = (sha: string) => latestGitLabStatuses(lab, '42', sha)

const pr = async (number = 1) => (await s.forgejo.pullRequests('rpms', 'hello'))[number - 1]
const short = (sha: string) => sha.slice(0, 8)
/** A CI status on the PR head, in the target repo (default) or the bot's fork. */
const ci = async (status: CiStatus, repo = 'rpms/hello', number = 1) =>
  postCommitStatus(s.forgejo, await forgejoPullHead(s.forgejo, number), status, repo)
const url = (id: string) => `https://ci.example.com/${id}`

describe('commit statuses from the Forgejo dist-git checks', () => {
  let first = ''

  it('propose-downstream to Forgejo sets srcgit/<branch> pending, linking to the PR', async () => {
    const run = await propose('v1.1')
    expect(run.stderr).not.toContain('warning:')
    expect(run.code).toBe(0)
    const created = await pr()
    expect(run.stdout).toContain(`main: created ${created.html_url}`)
    expect(created.html_url).toBe(`${s.forgejo.url}/rpms/hello/pulls/1`)
    expect((created.head as { repo: { full_name: string } }).repo.full_name).toBe('bot/hello')
    first = await forgejoPullHead(s.forgejo, 1)
    expect(onGitHub(head)).toEqual({
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', created.html_url],
    })
  })

  it('sync-status, with no dist-git token, mirrors the statuses of both repos to GitHub and GitLab', async () => {
    // Zuul reports in the target repo; a later status of the same context replaces the earlier.
    await ci({ state: 'pending', context: 'Zuul', description: 'Running', target_url: url('zuul0') })
    await ci({ state: 'success', context: 'Zuul', description: 'Build succeeded.', target_url: url('zuul1') })
    // packit-service / Fedora CI report on the fork; a warning.
    await ci(
      {
        state: 'warning',
        context: 'fedora-ci/rpminspect',
        description: '2 findings',
        target_url: url('ri1'),
      },
      'bot/hello',
    )
    // The same context in both repos: the newer wins, whichever repo it is in.
    await ci(
      { state: 'failure', context: 'installability', description: 'Old run', target_url: url('in0') },
      'bot/hello',
    )
    await ci({
      state: 'success',
      context: 'installability',
      description: 'Installable',
      target_url: url('in1'),
    })
    await ci({ state: 'pending', context: 'rpmlint', description: 'Queued', target_url: url('rl0') })
    await ci(
      { state: 'failure', context: 'rpmlint', description: '1 error', target_url: url('rl1') },
      'bot/hello',
    )
    await ci(
      { state: 'error', context: 'koji', description: 'Infrastructure error', target_url: url('kj1') },
      'bot/hello',
    )

    const from = s.forgejo.log.length
    const { stdout } = await syncBoth()
    expect(stdout).toMatch(/^main: \S+\/rpms\/hello\/pulls\/1 \(Open\) -> [0-9a-f]{12}: set /m)
    const on = `(dist-git ${short(first)})`
    const prUrl = (await pr()).html_url
    expect(onGitHub(head)).toEqual({
      'main/Zuul': ['success', `Build succeeded. ${on}`, url('zuul1')],
      'main/fedora-ci/rpminspect': ['failure', `warning: 2 findings ${on}`, url('ri1')],
      'main/installability': ['success', `Installable ${on}`, url('in1')],
      'main/rpmlint': ['failure', `1 error ${on}`, url('rl1')],
      'main/koji': ['error', `Infrastructure error ${on}`, url('kj1')],
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', prUrl],
    })
    expect(onGitLab(head)).toEqual({
      'main/Zuul': ['success', `Build succeeded. ${on}`, url('zuul1')],
      'main/fedora-ci/rpminspect': ['failed', `warning: 2 findings ${on}`, url('ri1')],
      'main/installability': ['success', `Installable ${on}`, url('in1')],
      'main/rpmlint': ['failed', `1 error ${on}`, url('rl1')],
      'main/koji': ['failed', `Infrastructure error ${on}`, url('kj1')],
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', prUrl],
    })
    // Anonymous reads of Forgejo only.
    const reads = s.forgejo.log.slice(from)
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.filter((r) => r.method !== 'GET' || r.user !== undefined)).toEqual([])
  })

  it('a second run writes nothing on either platform', async () => {
    const from = s.forgejo.log.length
    const again = await syncBoth()
    expect(again).toMatchObject({ github: 0, gitlab: 0 })
    expect(again.stdout).toMatch(/: unchanged$/m)
    // sync-status only read Forgejo, anonymously.
    expect(s.forgejo.log.slice(from).filter((r) => r.method !== 'GET' || r.user !== undefined)).toEqual([])
  })

  it('a status that changes is updated, only that one', async () => {
    await ci({ state: 'success', context: 'rpmlint', description: 'No problems', target_url: url('rl2') })
    const [fromGitHub] = [s.github.log.length]
    expect(await syncBoth()).toMatchObject({ github: 1, gitlab: 1 })
    expect(
      statusWrites(s.github.log.slice(fromGitHub)).map((r) => (r.body as { context: string }).context),
    ).toEqual(['main/rpmlint'])
    expect(onGitHub(head)['main/rpmlint']).toEqual([
      'success',
      `No problems (dist-git ${short(first)})`,
      url('rl2'),
    ])
  })

  it("a maintainer's push to the PR branch puts the old verdicts back to pending, once", async () => {
    const fork = s.forgejo.repoPath('bot/hello')
    const work = buildReleaseFixture().distGit
    work.git('fetch', '-q', fork, 'main-update-propose_downstream')
    work.git('checkout', '-q', '-B', 'fix', 'FETCH_HEAD')
    work.write('hello.spec', work.git('show', 'HEAD:hello.spec') + '\n# fixed by hand\n')
    work.commit('Fix the build by hand', { name: 'Jane Maintainer', email: 'jane@example.com' })
    // Asynchronously: the fork's post-receive hook reports to Forgejo, which runs in this process.
    await promisify(execFile)(
      'git',
      ['-C', work.dir, 'push', '-q', fork, 'fix:refs/heads/main-update-propose_downstream'],
      { env: gitEnv() },
    )
    const second = await forgejoPullHead(s.forgejo, 1)
    expect(second).not.toBe(first)

    const reset = await syncBoth()
    expect(reset).toMatchObject({ github: 5, gitlab: 5 })
    const prUrl = (await pr()).html_url
    const pending = ['pending', `no result yet for the current head (dist-git ${short(second)})`, prUrl]
    const contexts = [
      'main/Zuul',
      'main/fedora-ci/rpminspect',
      'main/installability',
      'main/rpmlint',
      'main/koji',
    ]
    expect(onGitHub(head)).toEqual({
      ...Object.fromEntries(contexts.map((c) => [c, pending])),
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', prUrl],
    })
    expect(onGitLab(head)).toMatchObject(Object.fromEntries(contexts.map((c) => [c, pending])))
    expect(await syncBoth()).toMatchObject({ github: 0, gitlab: 0 })

    // A CI reports on the new head (on the fork): its verdict, with that head.
    await ci(
      { state: 'success', context: 'Zuul', description: 'Rebuilt fine.', target_url: url('zuul2') },
      'bot/hello',
    )
    expect(await syncBoth()).toMatchObject({ github: 1, gitlab: 1 })
    for (const shown of [onGitHub(head), onGitLab(head)]) {
      expect(shown['main/Zuul']).toEqual([
        'success',
        `Rebuilt fine. (dist-git ${short(second)})`,
        url('zuul2'),
      ])
      expect(shown['main/koji']).toEqual(pending)
    }
  })

  it('a forced rerun from the same commit is a new head too: its statuses start over', async () => {
    const before = await forgejoPullHead(s.forgejo, 1)
    const date = '2026-02-01T00:00:00Z'
    const run = await propose('v1.1', ['--force'], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date })
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    const third = await forgejoPullHead(s.forgejo, 1)
    expect(third).not.toBe(before)
    await syncBoth()
    const pending = [
      'pending',
      `no result yet for the current head (dist-git ${short(third)})`,
      (await pr()).html_url,
    ]
    expect(onGitHub(head)).toMatchObject({ 'main/Zuul': pending, 'main/koji': pending })
    // GitLab refuses pending -> pending: the still pending koji status moves on as running.
    expect(onGitLab(head)).toMatchObject({
      'main/Zuul': pending,
      'main/koji': ['running', ...pending.slice(1)],
    })
    expect(await syncBoth()).toMatchObject({ github: 0, gitlab: 0 })
  })

  it('a dist-git PR closed without merging turns srcgit/<branch> to failure', async () => {
    const res = await fetch(`${s.forgejo.url}/api/v1/repos/rpms/hello/pulls/1`, {
      method: 'PATCH',
      headers: { Authorization: `token ${JANE}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ state: 'closed' }),
    })
    expect(res.status).toBe(201)
    await syncBoth()
    const closed = ['failure', 'dist-git PR #1 was closed without merging', (await pr()).html_url]
    expect(onGitHub(head)['srcgit/main']).toEqual(closed)
    expect(onGitLab(head)['srcgit/main']).toEqual(['failed', ...closed.slice(1)])
    expect(await syncBoth()).toMatchObject({ github: 0, gitlab: 0 })
  })

  it('a new release proposed and merged: srcgit/<branch> pending while open, success once merged', async () => {
    head = releaseUpstream(fixture, 'v1.2')
    s.github.addCommit('example/hello', head)
    lab.setBranch(42, 'rawhide', head)
    const run = await propose('v1.2')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: created \S+\/rpms\/hello\/pulls\/2$/m)
    const second = await pr(2)
    await ci(
      { state: 'success', context: 'Zuul', description: 'Build succeeded.', target_url: url('zuul3') },
      'rpms/hello',
      2,
    )
    await syncBoth()
    const on = `(dist-git ${short(await forgejoPullHead(s.forgejo, 2))})`
    const open = ['pending', 'dist-git PR #2 open, waiting for review and merge', second.html_url]
    expect(onGitHub(head)).toEqual({
      'main/Zuul': ['success', `Build succeeded. ${on}`, url('zuul3')],
      'srcgit/main': open,
    })
    expect(onGitLab(head)).toEqual({
      'main/Zuul': ['success', `Build succeeded. ${on}`, url('zuul3')],
      'srcgit/main': open,
    })

    await s.forgejo.mergePullRequest('rpms/hello', 2, { by: 'jane' })
    await syncBoth()
    const merged = ['success', 'dist-git PR #2 merged', second.html_url]
    expect(onGitHub(head)['srcgit/main']).toEqual(merged)
    expect(onGitLab(head)['srcgit/main']).toEqual(merged)
    expect(onGitHub(head)['main/Zuul']).toEqual(['success', `Build succeeded. ${on}`, url('zuul3')])
    expect(await syncBoth()).toMatchObject({ github: 0, gitlab: 0 })
  })
})
