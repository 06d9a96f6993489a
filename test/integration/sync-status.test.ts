/**
 * The dist-git checks mirrored back, end to end through the CLI: propose-downstream sets
 * `srcgit/<branch>` pending on the source-git commit; CI systems flag the dist-git PRs on the
 * local Pagure; `srcgit sync-status` turns the flags into GitHub (fake REST API) and GitLab
 * (fake API v4) commit statuses, writes nothing the second time, follows a force-push, shows a
 * PR closed unmerged, and names the missing permission.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import os from 'node:os'
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
} from '../support/status-fixture.js'
import { gitEnv } from '../support/git-repo.js'
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
    expect(statuses['main/Zuul']).toEqual(['success', 'Build succeeded.', 'https://ci.example.com/zuul1'])
    expect(statuses['main/rpminspect'][0]).toBe('failure')
    expect(statuses['main/rpminspect'][1]).toHaveLength(140)
    expect((statuses['main/rpminspect'][1] as string).endsWith('…')).toBe(true)
    expect(statuses['main/installability'][0]).toBe('error')
    // GitHub has no canceled: an error, as OGR maps it.
    expect(statuses['main/fedora-ci'][0]).toBe('error')
    expect(statuses['main/rpmlint']).toEqual(['pending', 'Running', 'https://ci.example.com/lint1'])
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

  it('after a force-push with new flags, the new source-git commit gets them; the old keeps its own', async () => {
    const oldHead = head
    const oldStatuses = latest(oldHead)
    fixture.sourceGit.write('hello.c', 'int main(void) { return 7; } /* 1.2 */\n')
    fixture.sourceGit.commit('Release 1.2')
    fixture.sourceGit.tag('v1.2', true)
    head = fixture.sourceGit.git('rev-parse', 'HEAD').trim()
    github.addCommit('example/hello', head)
    const run = await propose('v1.2')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    await flag(1, 'Zuul', 'failure', 'Build failed.', 'zuul2')
    expect((await syncStatus(githubEnv())).code).toBe(0)
    expect(latest(head)['main/Zuul']).toEqual(['failure', 'Build failed.', 'https://ci.example.com/zuul2'])
    // The old head's flags vanished with the force-push; its statuses stay as they were.
    expect(latest(oldHead)).toEqual(oldStatuses)
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
})
