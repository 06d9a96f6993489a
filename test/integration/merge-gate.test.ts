/**
 * The merge gate end to end through the CLI, on both dist-git backends and both source-git
 * platforms (the fake GitHub and GitLab): `srcgit/dist-git-merged` on the source-git PR head is
 * pending while its preview is open; once the preview is merged, success without a Koji build
 * due (f43 is not a koji_build branch), else pending until koji-build finds the build complete
 * (success) or failed (failure, linking to the task); a preview closed unmerged fails it; reruns
 * write nothing.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { clearProbeCache } from '../../src/forges/dist-git/probe.js'
import { BACKENDS, type Backend, type DistGit, startDistGit } from '../support/dist-git-backends.js'
import type { FakeGitHub } from '../support/github-api/index.js'
import { startFakeGitHub } from '../support/github-api/index.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'
import { buildReleaseFixture, RELEASE_CONFIG } from '../support/source-git-fixture.js'
import {
  GITHUB_WRITE_TOKEN,
  githubActionsEnv,
  latestGitLabStatuses,
  latestStatuses,
  STATUS_REPO,
} from '../support/status-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(180_000)

const CONFIG = `${RELEASE_CONFIG}jobs:
  - job: propose_downstream
    trigger: release
    dist_git_branches: [main, f43]
  - job: koji_build
    trigger: commit
    dist_git_branches: [main]
`
const GATE = 'srcgit/dist-git-merged'
const GL_DEV = 'glpat-' + 'g'.repeat(20)
const GL_PROJECT = 42

type Platform = 'github' | 'gitlab'
const CASES: [Backend, Platform][] = BACKENDS.flatMap((b) =>
  (['github', 'gitlab'] as const).map((p): [Backend, Platform] => [b, p]),
)

describe.each(CASES)('the merge gate with %s dist-git and source-git on %s', (backend, platform) => {
  const fixture = buildReleaseFixture(CONFIG)
  const sg = fixture.sourceGit
  sg.git('remote', 'set-url', 'origin', `https://github.com/${STATUS_REPO}.git`)
  const state = new KojiHubState()
  const outputs: CliRun[] = []
  let dg: DistGit
  let hub: KojiHubServer
  let github: FakeGitHub
  let gitlab: FakeGitLab

  const ciEnv = (): Record<string, string | undefined> =>
    platform === 'github'
      ? githubActionsEnv(github)
      : {
          GITHUB_ACTIONS: undefined,
          GITHUB_REPOSITORY: undefined,
          GITLAB_CI: 'true',
          CI_SERVER_URL: gitlab.url,
          CI_API_V4_URL: gitlab.apiUrl,
          CI_PROJECT_ID: String(GL_PROJECT),
          CI_PROJECT_URL: `https://github.com/${STATUS_REPO}`,
          CI_MERGE_REQUEST_IID: undefined,
          SRCGIT_GITLAB_TOKEN: GL_DEV,
        }

  async function cli(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
    clearProbeCache()
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: dg.botToken,
        SRCGIT_PAGURE_TOKEN: undefined,
        SRCGIT_TEST_LOOKASIDE_USER: 'bot',
        NO_PROXY: 'localhost,127.0.0.1',
        no_proxy: 'localhost,127.0.0.1',
        ...env,
      },
      () => srcgit(argv, os.tmpdir()),
    )
    outputs.push(result)
    return result
  }

  const forgeArgs = () => [
    '--dist-git-url',
    dg.url,
    '--lookaside-url',
    dg.lookasideUrl,
    '--push-protocol',
    'https',
  ]
  const syncStatus = () => cli(['sync-status', sg.dir, '--dist-git-url', dg.url], ciEnv())
  const kojiBuild = () =>
    cli(['koji-build', sg.dir, '--dist-git-url', dg.url, '--koji-url', hub.hubUrl], ciEnv())

  /** The gate on a source-git commit: [state, description, target_url], as the platform shows it. */
  const gate = (sha: string) =>
    (platform === 'github'
      ? latestStatuses(github, sha)
      : latestGitLabStatuses(gitlab, String(GL_PROJECT), sha))[GATE]
  const GITHUB_STATES: Record<string, string> = { failure: 'failed', error: 'failed' }
  /** The state word as the platform has it (GitLab: failed; a changed pending goes as running). */
  const st = (s: string) => (platform === 'github' ? s : (GITHUB_STATES[s] ?? s))
  /** How many gate writes the platform got since `from` (its request log's length then). */
  const gateWrites = (from: number) =>
    platform === 'github'
      ? github.log
          .slice(from)
          .filter((r) => r.method === 'POST' && r.path.includes('/statuses/'))
          .filter((r) => (r.body as { context?: string }).context === GATE).length
      : gitlab.log
          .slice(from)
          .filter((r) => r.method === 'POST' && r.path.includes('/statuses/'))
          .filter((r) => r.body?.name === GATE).length
  /** The gate of a commit whose f43 preview `number` was closed unmerged. */
  const closedGate = (number: number) => [
    st('failure'),
    `dist-git PR #${number} (f43) was closed without merging; push to the source-git PR to preview it again`,
    prUrl(number),
  ]
  /** Each run answers its exit code and, together, they write no gate status. */
  async function rerunsWriteNothing(...runs: [() => Promise<CliRun>, number][]): Promise<void> {
    const from = logLength()
    for (const [run, code] of runs) expect((await run()).code).toBe(code)
    expect(gateWrites(from)).toBe(0)
  }
  const logLength = () => (platform === 'github' ? github.log.length : gitlab.log.length)
  const prUrl = (n: number) => `${dg.url}/rpms/hello/${backend === 'pagure' ? 'pull-request' : 'pulls'}/${n}`
  const source = (sha: string) => `git+${dg.url}/rpms/hello.git#${sha}`

  /** Source-git PR `number` (a downstream change, the spec's Release as given), previewed on `branch`. */
  async function previewedPr(number: number, branch: string, release: number): Promise<string> {
    sg.git('checkout', '-q', '-b', `pr-${number}`, 'rawhide')
    sg.write('hello.c', `int main(void) { return ${number}; } /* 1.1 */\n`)
    sg.write(
      '.distro/hello.spec',
      readFileSync(path.join(sg.dir, '.distro/hello.spec'), 'utf8')
        .replace(/^Version:(\s+)\S+$/m, 'Version:$11.1')
        .replace(/^Release:(\s+)\S+$/m, `Release:$1${release}%{?dist}`),
    )
    const head = sg.commit(`Exit with ${number}\n\nPatch-name: hello-exit-code.patch\n`)
    sg.git('checkout', '-q', 'rawhide')
    github.setBranch(STATUS_REPO, `pr-${number}`, head)
    gitlab.setBranch(GL_PROJECT, `pr-${number}`, head)
    const from = logLength()
    const run = await preview(number, head, branch)
    expect(run.stderr).not.toContain('srcgit preview-pull-request:')
    expect(run.stderr).not.toContain('warning:')
    expect(run.code).toBe(0)
    expect(gateWrites(from)).toBe(1)
    return head
  }

  const preview = (number: number, head: string, branch: string) =>
    cli(
      [
        'preview-pull-request',
        sg.dir,
        '--number',
        String(number),
        '--head',
        head,
        '--title',
        `Exit with ${number}`,
        '--branch',
        branch,
        ...forgeArgs(),
      ],
      ciEnv(),
    )

  /** The open preview of source-git PR `number`. */
  async function previewOf(number: number) {
    const prs = await dg.pullRequests('hello')
    return prs.find((p) => p.state === 'open' && p.sourceBranch.endsWith(`-srcgit-pr-${number}`))!
  }

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
    const head = sg.git('rev-parse', 'HEAD').trim()
    github = await startFakeGitHub({
      repos: [{ owner: 'example', name: 'hello', branches: { rawhide: head } }],
      tokens: [GITHUB_WRITE_TOKEN],
    })
    gitlab = await startFakeGitLab({
      projects: [{ id: GL_PROJECT, path: 'example/hello', branches: { rawhide: head } }],
      accessTokens: [{ token: GL_DEV, username: 'srcgit-bot', role: 'developer', scopes: ['api'] }],
    })
    state.addUser('bot')
    state.addTarget('rawhide', 'f46-build', 'f46-updates-candidate')
    hub = await startKojiHub(state)
    // 1.1 is in dist-git on both branches: the previews below carry only their PR's change.
    const proposed = await cli([
      'propose-downstream',
      sg.dir,
      '--tag',
      'v1.1',
      '--date',
      '2026-11-21',
      ...forgeArgs(),
    ])
    expect(proposed.stderr).not.toContain('srcgit propose-downstream:')
    expect(proposed.code).toBe(0)
    for (const pr of await dg.pullRequests('hello')) await dg.mergePullRequest('hello', pr.number)
  }, 180_000)

  afterAll(async () => {
    await hub?.stop()
    await github?.stop()
    await gitlab?.stop()
    await dg?.stop()
    for (const out of outputs) expect(`${out.stdout}${out.stderr}`).not.toContain(dg.botToken)
  })

  it('preview: pending on the source-git PR head, naming the dist-git PR; a rerun writes nothing', async () => {
    const head = await previewedPr(1, 'f43', 2)
    const pr = await previewOf(1)
    expect(gate(head)).toEqual(['pending', `waiting for ${prUrl(pr.number)} to be merged`, prUrl(pr.number)])
    await rerunsWriteNothing([() => preview(1, head, 'f43'), 0], [syncStatus, 0])
  })

  it('the dist-git PR merged, no koji_build for its branch: success; a rerun writes nothing', async () => {
    const head = sg.git('rev-parse', 'pr-1').trim()
    const pr = await previewOf(1)
    await dg.mergePullRequest('hello', pr.number)
    const run = await syncStatus()
    expect(run.code).toBe(0)
    expect(gate(head)).toEqual(['success', `dist-git PR #${pr.number} (f43) merged`, prUrl(pr.number)])
    await rerunsWriteNothing([syncStatus, 0], [kojiBuild, 0])
  })

  it('with koji_build: merged → pending for the build; the build complete → success; reruns write nothing', async () => {
    const head = await previewedPr(2, 'main', 3)
    const pr = await previewOf(2)
    const main = await dg.mergePullRequest('hello', pr.number)
    expect((await syncStatus()).code).toBe(0)
    expect(gate(head)).toEqual([
      st(platform === 'github' ? 'pending' : 'running'),
      `dist-git PR #${pr.number} (main) merged; waiting for the Koji build`,
      prUrl(pr.number),
    ])
    // Koji built the merged commit (a maintainer's build, or srcgit's task that completed).
    state.addBuild('hello-1.1-3.fc46', { owner: 'bot', source: source(main) })
    const built = await kojiBuild()
    expect(built.stderr).not.toContain('srcgit koji-build:')
    expect(built.code).toBe(0)
    expect(built.stdout).toMatch(/^main: already built hello-1\.1-3\.fc46 /m)
    expect(gate(head)).toEqual([
      'success',
      `dist-git PR #${pr.number} (main) merged and built in Koji`,
      prUrl(pr.number),
    ])
    await rerunsWriteNothing([kojiBuild, 0], [syncStatus, 0])
  })

  it('with koji_build: the build of the merged commit failed → failure linking to the task', async () => {
    const head = await previewedPr(3, 'main', 4)
    const pr = await previewOf(3)
    const main = await dg.mergePullRequest('hello', pr.number)
    state.addBuild('hello-1.1-4.fc46', { owner: 'bot', state: 'FAILED', taskId: 4242, source: source(main) })
    const run = await kojiBuild()
    expect(run.code).toBe(1)
    const task = `${hub.hubUrl.replace(/kojihub$/, 'koji')}/taskinfo?taskID=4242`
    expect(run.stdout).toContain(`main: failed hello-1.1-4.fc46 ${task}`)
    expect(gate(head)).toEqual([st('failure'), `the Koji build for main failed: ${task}`, task])
    await rerunsWriteNothing([kojiBuild, 1], [syncStatus, 0])
  })

  it('a dist-git PR closed without merging → failure with the reason; a rerun writes nothing', async () => {
    const head = await previewedPr(4, 'f43', 5)
    const pr = await previewOf(4)
    await closeAsMaintainer(dg, pr.number)
    expect((await syncStatus()).code).toBe(0)
    expect(gate(head)).toEqual(closedGate(pr.number))
    await rerunsWriteNothing([syncStatus, 0])
  })

  it('the source-git PR closed: its previews are closed and the gate fails at once', async () => {
    const head = await previewedPr(5, 'f43', 6)
    const pr = await previewOf(5)
    const run = await cli(
      ['preview-pull-request', sg.dir, '--number', '5', '--close', ...forgeArgs()],
      ciEnv(),
    )
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^f43: closed /m)
    expect(gate(head)).toEqual(closedGate(pr.number))
    await rerunsWriteNothing([syncStatus, 0])
  })
})

/** A maintainer closes a dist-git PR, through the forge's API. */
async function closeAsMaintainer(dg: DistGit, number: number): Promise<void> {
  const token = dg.maintainerToken('jane')
  const res =
    dg.backend === 'pagure'
      ? await fetch(`${dg.url}/api/0/rpms/hello/pull-request/${number}/close`, {
          method: 'POST',
          headers: { Authorization: `token ${token}` },
        })
      : await fetch(`${dg.url}/api/v1/repos/rpms/hello/pulls/${number}`, {
          method: 'PATCH',
          headers: { Authorization: `token ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ state: 'closed' }),
        })
  if (res.status >= 300)
    throw new Error(`test setup: closing PR #${number} answered ${res.status}: ${await res.text()}`)
}
