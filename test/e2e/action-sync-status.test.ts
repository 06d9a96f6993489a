/**
 * The dist-git checks mirrored back through the action bundle, run as the runner runs it
 * (`node dist/index.js` on Node 24, INPUT_* with action.yml's defaults, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files): `wait-for-checks` on the propose job while the test, acting as
 * the CI systems, flags the dist-git PR on the local Pagure; then `job: sync-status` on a
 * schedule against the fake GitHub REST API, idempotent, and failing clearly without a token
 * that may write statuses.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import {
  actionDefaults,
  node24,
  runAction as runBundle,
  shownText,
  type ActionRun,
} from '../support/action-runner.js'
import type { Forge, RequestRecord } from '../support/forge/index.js'
import type { FakeGitHub, GitHubRequestRecord } from '../support/github-api/index.js'
import {
  buildStatusFixture,
  flagReads,
  GH_READ,
  GH_WRITE,
  latestStatuses,
  postFlag,
  sleep,
  startStatusServers,
  statusWrites,
  ZUUL_TOKEN,
  type StatusServers,
} from '../support/status-fixture.js'

// Every test runs the bundle end to end (git, HTTP, child processes): seconds each, more on a busy CI machine.
jest.setTimeout(60_000)

const PAGURE_TOKEN = 'ACT'.padEnd(64, 'Q5')
const defaults = actionDefaults(GH_WRITE)
const SCHEDULE = { schedule: '17 */2 * * *' }
/** The dist-git PR the release opens: the first on rpms/hello. */
const PR = 1

let servers: StatusServers
let forge: Forge
let github: FakeGitHub
let node: string
const fixture = buildStatusFixture()
const head = fixture.sourceGit.git('rev-parse', 'HEAD').trim()

beforeAll(async () => {
  node = node24()
  servers = await startStatusServers(fixture, { botToken: PAGURE_TOKEN })
  forge = servers.forge
  github = servers.github
}, 120_000)
afterAll(async () => {
  await servers.stop()
})

type Run = ActionRun & { forgeRequests: RequestRecord[]; githubRequests: GitHubRequestRecord[] }

/** The bundle, with what it asked of the forge and of GitHub. */
async function runAction(eventName: string, payload: object, inputs: Record<string, string>): Promise<Run> {
  const [forgeFrom, githubFrom] = [forge.log.length, github.log.length]
  const run = await runBundle({
    node,
    workspace: fixture.sourceGit.dir,
    eventName,
    payload,
    inputs: {
      ...defaults,
      'dist-git-url': forge.url,
      'lookaside-url': forge.lookasideUrl,
      'push-protocol': 'https',
      'dist-git-branches': 'main',
      ...inputs,
    },
    env: {
      GITHUB_API_URL: github.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: 'example/hello',
      SRCGIT_TEST_GITHUB_NO_SPACING: 'true',
      SRCGIT_CHECKS_POLL_SECONDS: '0.2',
      // The local forge's stand-in for the Kerberos login to upload.cgi.
      SRCGIT_TEST_LOOKASIDE_USER: 'bot',
    },
  })
  return { ...run, forgeRequests: forge.log.slice(forgeFrom), githubRequests: github.log.slice(githubFrom) }
}

const syncStatus = (inputs: Record<string, string> = {}) =>
  runAction('schedule', SCHEDULE, { job: 'sync-status', 'pagure-token': '', ...inputs })

function noSecrets(run: ActionRun) {
  const everything = shownText(run)
  expect(everything.length).toBeGreaterThan(0)
  for (const secret of [PAGURE_TOKEN, GH_WRITE, GH_READ, ZUUL_TOKEN]) expect(everything).not.toContain(secret)
}

/** A CI system reporting on the dist-git PR, through Pagure's API as Zuul does. */
const flag = (username: string, status: string, comment: string, uid: string) =>
  postFlag(forge, ZUUL_TOKEN, PR, { username, status, comment, uid })

const written = (requests: GitHubRequestRecord[]) =>
  statusWrites(requests).map((r) => [
    (r.body as { context: string }).context,
    (r.body as { state: string }).state,
  ])
const latest = (sha: string) => latestStatuses(github, sha)
const prUrl = () => forge.pullRequests('rpms', 'hello')[0].full_url
const OPEN = 'dist-git PR #1 open, waiting for review and merge'
/** How a mirrored flag names the PR's current dist-git head. */
const onHead = () => `(dist-git ${forge.pullRequests('rpms', 'hello')[0].commit_stop!.slice(0, 8)})`

describe('dist/index.js on Node 24: the dist-git checks as commit statuses', () => {
  it('propose-downstream with wait-for-checks mirrors the flags the CI systems set while it waits', async () => {
    // The bundle runs in a child process: this process plays Zuul meanwhile, reacting to its polls.
    const from = forge.log.length
    let ended = false
    const polls = () => flagReads(forge, from, PR)
    const polled = async (count: number) => {
      while (polls() < count) {
        if (ended) return false
        await sleep(10)
      }
      return true
    }
    const zuul = async () => {
      if (!(await polled(1))) return 'no poll'
      await flag('Zuul', 'pending', 'Build started.', 'zuul1')
      // srcgit reads the pending flag and polls again: then the build finishes.
      const seen = polls()
      if (!(await polled(seen + 1))) return 'ended while pending'
      await flag('Zuul', 'success', 'Build succeeded.', 'zuul1')
      return 'flagged'
    }
    const running = runAction(
      'release',
      { action: 'published', release: { tag_name: 'v1.1', body: '- Faster', draft: false } },
      { 'pagure-token': PAGURE_TOKEN, 'wait-for-checks': '0.05' },
    ).finally(() => {
      ended = true
    })
    const [run, scripted] = await Promise.all([running, zuul()])
    noSecrets(run)
    expect(run.stdout).not.toContain('::error')
    expect(run.stdout).not.toContain('::warning')
    expect(run.code).toBe(0)
    expect(scripted).toBe('flagged')
    expect(run.outputs.operation).toBe('created')
    expect(run.stdout).toContain('::group::Wait up to 0.05 min for the dist-git checks')
    expect(run.stdout).toContain('waiting for the dist-git checks (1 CI result so far)')
    expect(run.stdout).toContain('the dist-git checks are final and mirrored')
    expect(latest(head)).toEqual({
      'srcgit/main': ['pending', OPEN, prUrl()],
      'main/Zuul': ['success', `Build succeeded. ${onHead()}`, 'https://ci.example.com/zuul1'],
    })
    // srcgit/main right after proposing, the check once final; all with the github-token input.
    expect(written(run.githubRequests)).toEqual([
      ['srcgit/main', 'pending'],
      ['main/Zuul', 'success'],
    ])
    expect(statusWrites(run.githubRequests).every((r) => r.token === 'write' && r.status === 201)).toBe(true)
  })

  it('job: sync-status on a schedule mirrors the current flags: statuses, outputs, summary; no Pagure write', async () => {
    await flag('Zuul', 'failure', 'Build failed.', 'zuul1')
    await flag('rpminspect', 'pending', 'Running', 'rpmi1')
    const run = await syncStatus()
    noSecrets(run)
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::group::Mirror the dist-git checks as commit statuses')
    expect(run.stdout).toContain(`main: ${prUrl()} (Open) -> ${head.slice(0, 12)}: set `)
    expect(latest(head)).toEqual({
      'srcgit/main': ['pending', OPEN, prUrl()],
      'main/Zuul': ['failure', `Build failed. ${onHead()}`, 'https://ci.example.com/zuul1'],
      'main/rpminspect': ['pending', `Running ${onHead()}`, 'https://ci.example.com/rpmi1'],
    })
    // Only what changed: srcgit/main was already right.
    expect(written(run.githubRequests).sort()).toEqual([
      ['main/Zuul', 'failure'],
      ['main/rpminspect', 'pending'],
    ])
    const prs = JSON.parse(run.outputs['pull-requests']) as {
      branch: string
      url: string
      operation: string
      reason?: string
    }[]
    expect(prs).toHaveLength(1)
    expect(prs[0]).toMatchObject({ branch: 'main', url: prUrl(), operation: 'updated' })
    expect(prs[0].reason).toMatch(/^set (main\/Zuul, main\/rpminspect|main\/rpminspect, main\/Zuul)$/)
    expect(run.outputs.operation).toBe('updated')
    expect(run.outputs.version).toBe('')
    expect(run.outputs.config).toContain('downstream_package_name: hello')
    expect(run.summary).toContain('## srcgit sync-status')
    expect(run.summary).toContain(`| main | ${prUrl()} | Open | ${head.slice(0, 12)} | `)
    expect(run.summary).toContain('main/Zuul')
    // Everything read from Pagure is public: no token sent, nothing written there.
    expect(run.forgeRequests.length).toBeGreaterThan(0)
    expect(run.forgeRequests.filter((r) => r.write)).toEqual([])
    expect(run.forgeRequests.every((r) => r.user === undefined)).toBe(true)
  })

  it('a second sync-status run reads the statuses and writes none', async () => {
    const run = await syncStatus()
    noSecrets(run)
    expect(run.code).toBe(0)
    expect(statusWrites(run.githubRequests)).toEqual([])
    expect(
      run.githubRequests.some((r) => r.method === 'GET' && r.path.includes(`/commits/${head}/statuses`)),
    ).toBe(true)
    expect(run.stdout).toContain(`main: ${prUrl()} (Open) -> ${head.slice(0, 12)}: unchanged`)
    expect(run.outputs.operation).toBe('unchanged')
    expect(run.summary).toContain('none (up to date)')
  })

  it('sync-status without a github-token fails with what to set, outputs set, nothing asked of GitHub', async () => {
    await flag('Zuul', 'success', 'Rebuilt fine.', 'zuul1')
    const run = await syncStatus({ 'github-token': '' })
    noSecrets(run)
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::sync-status writes commit statuses: it needs the github-token input (the default ${{ github.token }} with `permissions: statuses: write`) and GITHUB_REPOSITORY',
    )
    expect(run.outputs).toMatchObject({ 'pull-requests': '[]', operation: 'failed' })
    expect(run.githubRequests).toEqual([])
    expect(latest(head)['main/Zuul'][0]).toBe('failure')
  })

  it('sync-status with a read-only token fails naming `statuses: write`, without the token in the log', async () => {
    const run = await syncStatus({ 'github-token': GH_READ })
    noSecrets(run)
    expect(run.code).toBe(1)
    const error = run.stdout.split('\n').find((line) => line.startsWith('::error::'))
    expect(error).toContain(`sync-status could not mirror ${prUrl()}`)
    expect(error).toContain('statuses: write')
    // GitHub refused the write asked with that token; the status is as it was.
    expect(statusWrites(run.githubRequests).map((r) => [r.token, r.status])).toEqual([['read', 403]])
    expect(latest(head)['main/Zuul']).toEqual([
      'failure',
      `Build failed. ${onHead()}`,
      'https://ci.example.com/zuul1',
    ])
    expect(run.outputs.operation).toBe('failed')
  })
})
