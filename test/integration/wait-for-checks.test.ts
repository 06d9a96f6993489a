/**
 * `srcgit propose-downstream --wait-for-checks MIN` in GitHub Actions, end to end through the
 * CLI: after proposing, srcgit polls the flags of the dist-git PR on the local Pagure while the
 * test, acting as the CI systems, flags it; once every flag is final (or the time is up) the
 * flags become commit statuses on the fake GitHub. Polls every 0.2 s
 * (SRCGIT_CHECKS_POLL_SECONDS) so the waits take seconds, not minutes.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import os from 'node:os'
import type { Forge } from '../support/forge/index.js'
import type { FakeGitHub } from '../support/github-api/index.js'
import {
  BOT_TOKEN,
  buildStatusFixture,
  flagReads,
  githubActionsEnv,
  GITHUB_WRITE_TOKEN,
  latestStatuses,
  postFlag,
  proposeArgs,
  sleep,
  startStatusServers,
  ZUUL_TOKEN,
  type StatusServers,
} from '../support/status-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { releaseUpstream } from '../support/source-git-fixture.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(60_000)

const POLL_SECONDS = '0.2'
/** The PR every run proposes or updates: the first on rpms/hello. */
const PR = 1

let servers: StatusServers
let forge: Forge
let github: FakeGitHub
const fixture = buildStatusFixture()
const head = fixture.sourceGit.git('rev-parse', 'HEAD').trim()

beforeAll(async () => {
  servers = await startStatusServers(fixture, { githubTokens: [GITHUB_WRITE_TOKEN] })
  forge = servers.forge
  github = servers.github
}, 60_000)
afterAll(async () => {
  await servers.stop()
})

function propose(tag: string, waitMinutes: string, pollSeconds = POLL_SECONDS): Promise<CliRun> {
  return withEnv(
    {
      SRCGIT_PAGURE_TOKEN: BOT_TOKEN,
      SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      SRCGIT_CHECKS_POLL_SECONDS: pollSeconds,
      ...githubActionsEnv(github),
    },
    () => srcgit([...proposeArgs(fixture, forge, tag), '--wait-for-checks', waitMinutes], os.tmpdir()),
  )
}

/** A new upstream release on the source-git branch, known to GitHub; its commit. */
function release(version: string): string {
  const sha = releaseUpstream(fixture, `v${version}`)
  github.addCommit('example/hello', sha)
  return sha
}

/** A CI system reporting on the dist-git PR, through Pagure's API as Zuul does. */
const flag = (username: string, status: string, comment: string, uid: string) =>
  postFlag(forge, ZUUL_TOKEN, PR, { username, status, comment, uid })

/** srcgit's reads of the PR's flags since forge.log[from]. */
const flagPolls = (from: number) => flagReads(forge, from, PR)

/**
 * A propose run and, alongside it, the CI systems: `script` runs while srcgit works and gets
 * `polled(n)`, which resolves true once srcgit has read the flags n more times (false if the
 * run ended first). Returns the run, what the script returned, and how long the run went on
 * after its first read of the flags (the wait).
 */
async function proposeWhile<T>(
  tag: string,
  waitMinutes: string,
  script: (polled: (n?: number) => Promise<boolean>) => Promise<T>,
  pollSeconds?: string,
): Promise<{ run: CliRun; scripted: T; waitedMs: number; polls: number }> {
  const from = forge.log.length
  let ended = false
  let firstPoll = 0
  const polled = async (n = 1) => {
    const target = flagPolls(from) + n
    while (flagPolls(from) < target) {
      if (ended) return false
      await sleep(10)
    }
    return true
  }
  const running = propose(tag, waitMinutes, pollSeconds).finally(() => {
    ended = true
  })
  const watch = (async () => {
    while (!ended && flagPolls(from) === 0) await sleep(10)
    firstPoll = Date.now()
  })()
  const [run, scripted] = await Promise.all([running, script(polled)])
  const endedAt = Date.now()
  await watch
  return { run, scripted, waitedMs: firstPoll ? endedAt - firstPoll : 0, polls: flagPolls(from) }
}

const latest = (sha: string) => latestStatuses(github, sha)
/** How a mirrored flag names the PR's current dist-git head. */
const onHead = () => `(dist-git ${forge.pullRequests('rpms', 'hello')[0].commit_stop!.slice(0, 8)})`
const history = (sha: string, context: string) =>
  github
    .statuses('example/hello', sha)
    .filter((s) => s.context === context)
    .map((s) => s.state)
    .reverse()

describe('propose-downstream --wait-for-checks', () => {
  it('rejects a value that is not a number of minutes before doing anything', async () => {
    const [forgeFrom, githubFrom] = [forge.log.length, github.log.length]
    const run = await propose('v1.1', 'abc')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(
      'srcgit propose-downstream: --wait-for-checks must be a number of minutes from 0 to 360, not "abc"',
    )
    expect(run.stdout).toBe('')
    expect(forge.log.slice(forgeFrom)).toEqual([])
    expect(forge.pullRequests('rpms', 'hello')).toEqual([])
    expect(github.log.slice(githubFrom)).toEqual([])
  })

  it('waits while the PR has no flag and while one is pending, ends once all are final, and mirrors them', async () => {
    const { run, scripted, waitedMs } = await proposeWhile('v1.1', '0.2', async (polled) => {
      // No flag at all is not "all final": srcgit must read the flags again.
      const keptWaitingWithoutFlags = (await polled(1)) && (await polled(1))
      await flag('Zuul', 'success', 'Build succeeded.', 'zuul1')
      await flag('rpminspect', 'pending', 'Running', 'rpmi1')
      // One final flag is not enough while another is pending.
      const keptWaitingWhilePending = await polled(1)
      await flag('rpminspect', 'failure', 'Inspection failed.', 'rpmi1')
      return { keptWaitingWithoutFlags, keptWaitingWhilePending }
    })
    expect(run.code).toBe(0)
    expect(scripted).toEqual({ keptWaitingWithoutFlags: true, keptWaitingWhilePending: true })
    expect(run.stdout).toMatch(/^main: created /m)
    expect(run.stderr).toContain('waiting for the dist-git checks (0 CI results so far)')
    expect(run.stderr).toContain('waiting for the dist-git checks (2 CI results so far)')
    expect(run.stderr).toContain('the dist-git checks are final and mirrored')
    expect(run.stderr).not.toContain('time is up')
    expect(run.stderr).not.toContain('warning:')
    // Done as soon as all were final: well before the 12 s allowed.
    expect(waitedMs).toBeLessThan(8_000)
    const prUrl = forge.pullRequests('rpms', 'hello')[0].full_url
    const on = onHead()
    expect(latest(head)).toEqual({
      'main/Zuul': ['success', `Build succeeded. ${on}`, 'https://ci.example.com/zuul1'],
      'main/rpminspect': ['failure', `Inspection failed. ${on}`, 'https://ci.example.com/rpmi1'],
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', prUrl],
    })
    // Mirrored once, when final: the pending rpminspect flag never became a status.
    expect(history(head, 'main/rpminspect')).toEqual(['failure'])
  })

  it('a flag that stays pending: the run ends when the time is up, mirrors it as pending, and still succeeds', async () => {
    const sha = release('1.2')
    const { run, scripted, waitedMs, polls } = await proposeWhile('v1.2', '0.05', async (polled) => {
      const seen = await polled(1)
      await flag('Zuul', 'pending', 'Build started.', 'zuul2')
      return seen
    })
    expect(scripted).toBe(true)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    expect(run.stderr).toContain('time is up; the checks so far are mirrored')
    expect(run.stderr).not.toContain('are final')
    // 3 s allowed: it waited about that long, polling every 0.2 s, and not much longer.
    expect(waitedMs).toBeGreaterThanOrEqual(2_400)
    expect(waitedMs).toBeLessThan(5_000)
    expect(polls).toBeGreaterThanOrEqual(5)
    expect(latest(sha)).toMatchObject({
      'main/Zuul': ['pending', `Build started. ${onHead()}`, 'https://ci.example.com/zuul2'],
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', expect.any(String)],
    })
  })

  it('a PR that gets no flag at all keeps waiting until the time is up', async () => {
    const sha = release('1.3')
    const { run, waitedMs, polls } = await proposeWhile('v1.3', '0.05', async () => undefined)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    expect(run.stderr).toContain('waiting for the dist-git checks (0 CI results so far)')
    expect(run.stderr).toContain('time is up; the checks so far are mirrored')
    expect(waitedMs).toBeGreaterThanOrEqual(2_400)
    expect(waitedMs).toBeLessThan(5_000)
    expect(polls).toBeGreaterThanOrEqual(5)
    // Nothing to mirror but the PR itself.
    expect(Object.keys(latest(sha))).toEqual(['srcgit/main'])
  })

  it('a poll interval longer than the time left: it polls once more when the time is up', async () => {
    const sha = release('1.4')
    const { run, scripted, waitedMs, polls } = await proposeWhile(
      'v1.4',
      '0.03',
      async (polled) => {
        const seen = await polled(1)
        await flag('Zuul', 'success', 'Build succeeded.', 'zuul4')
        return seen
      },
      '10',
    )
    expect(scripted).toBe(true)
    expect(run.code).toBe(0)
    // 1.8 s allowed with polls 10 s apart: the second read is at the deadline, not never.
    expect(polls).toBe(2)
    expect(waitedMs).toBeGreaterThanOrEqual(1_600)
    expect(waitedMs).toBeLessThan(5_000)
    expect(run.stderr).toContain('the dist-git checks are final and mirrored')
    expect(latest(sha)).toMatchObject({
      'main/Zuul': ['success', `Build succeeded. ${onHead()}`, 'https://ci.example.com/zuul4'],
    })
  })
})
