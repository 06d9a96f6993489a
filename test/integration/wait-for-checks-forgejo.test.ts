/**
 * `srcgit propose-downstream --wait-for-checks MIN` in GitHub Actions with Forgejo dist-git, end
 * to end through the CLI: after proposing to the local Forgejo, srcgit polls the commit statuses
 * of the PR head (in rpms/hello and in the bot's fork) while the test, acting as the CI systems,
 * posts them; once every one is final (a warning is final) or the time is up, they become commit
 * statuses on the fake GitHub. Polls every 0.2 s (SRCGIT_CHECKS_POLL_SECONDS).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import os from 'node:os'
import {
  buildStatusFixture,
  FORGEJO_BOT_TOKEN,
  forgejoPullHead,
  forgejoStatusReads,
  githubActionsEnv,
  GITHUB_WRITE_TOKEN,
  latestStatuses,
  postCommitStatus,
  proposeArgs,
  sleep,
  startStatusServers,
  type CiStatus,
  type ForgejoStatusServers,
} from '../support/status-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { releaseUpstream } from '../support/source-git-fixture.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(60_000)

const POLL_SECONDS = '0.2'

let s: ForgejoStatusServers
const fixture = buildStatusFixture()
const head = fixture.sourceGit.git('rev-parse', 'HEAD').trim()

beforeAll(async () => {
  s = await startStatusServers(fixture, { backend: 'forgejo', githubTokens: [GITHUB_WRITE_TOKEN] })
}, 60_000)
afterAll(() => s.stop())

function propose(tag: string, waitMinutes: string): Promise<CliRun> {
  return withEnv(
    {
      SRCGIT_DIST_GIT_TOKEN: FORGEJO_BOT_TOKEN,
      SRCGIT_PAGURE_TOKEN: undefined,
      SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      SRCGIT_CHECKS_POLL_SECONDS: POLL_SECONDS,
      ...githubActionsEnv(s.github),
    },
    () => srcgit([...proposeArgs(fixture, s.forgejo, tag), '--wait-for-checks', waitMinutes], os.tmpdir()),
  )
}

/** srcgit's reads of the statuses in the target repo since forgejo.log[from]: one per poll. */
const polls = (from: number) => forgejoStatusReads(s.forgejo, from)

/** A CI status on PR #1's current head, in the target repo (default) or the bot's fork. */
const ci = async (status: CiStatus, repo = 'rpms/hello') =>
  postCommitStatus(s.forgejo, await forgejoPullHead(s.forgejo, 1), status, repo)

/**
 * A propose run and, alongside it, the CI systems: `script` gets `polled(n)`, true once srcgit
 * has read the statuses n more times (false if the run ended first). Returns the run, what the
 * script returned, how long the run went on after its first poll, and the polls.
 */
async function proposeWhile<T>(
  tag: string,
  waitMinutes: string,
  script: (polled: (n?: number) => Promise<boolean>) => Promise<T>,
): Promise<{ run: CliRun; scripted: T; waitedMs: number; polls: number }> {
  const from = s.forgejo.log.length
  let ended = false
  let firstPoll = 0
  const polled = async (n = 1) => {
    const target = polls(from) + n
    while (polls(from) < target) {
      if (ended) return false
      await sleep(10)
    }
    return true
  }
  const running = propose(tag, waitMinutes).finally(() => {
    ended = true
  })
  const watch = (async () => {
    while (!ended && polls(from) === 0) await sleep(10)
    firstPoll = Date.now()
  })()
  const [run, scripted] = await Promise.all([running, script(polled)])
  const endedAt = Date.now()
  await watch
  return { run, scripted, waitedMs: firstPoll ? endedAt - firstPoll : 0, polls: polls(from) }
}

const latest = (sha: string) => latestStatuses(s.github, sha)
const onHead = async () => `(dist-git ${(await forgejoPullHead(s.forgejo, 1)).slice(0, 8)})`
const history = (sha: string, context: string) =>
  s.github
    .statuses('example/hello', sha)
    .filter((st) => st.context === context)
    .map((st) => st.state)
    .reverse()

describe('propose-downstream --wait-for-checks on Forgejo', () => {
  it('waits while the head has no status and while one is pending, ends once all are final, and mirrors them', async () => {
    const { run, scripted, waitedMs } = await proposeWhile('v1.1', '0.2', async (polled) => {
      // No status at all is not "all final": srcgit must read again.
      const keptWaitingWithoutStatuses = (await polled(1)) && (await polled(1))
      // The pending one first: a poll between the two must not see only final ones.
      await ci(
        {
          state: 'pending',
          context: 'fedora-ci/rpminspect',
          description: 'Running',
          target_url: 'https://ci.example.com/r0',
        },
        'bot/hello',
      )
      await ci({
        state: 'success',
        context: 'Zuul',
        description: 'Build succeeded.',
        target_url: 'https://ci.example.com/z1',
      })
      // One final status is not enough while another is pending (the fork's counts too): two
      // more polls, the second surely begun after both were posted.
      const keptWaitingWhilePending = await polled(2)
      // Final: a warning, posted on the fork, replacing its pending one.
      await ci(
        {
          state: 'warning',
          context: 'fedora-ci/rpminspect',
          description: '2 findings',
          target_url: 'https://ci.example.com/r1',
        },
        'bot/hello',
      )
      return { keptWaitingWithoutStatuses, keptWaitingWhilePending }
    })
    expect(run.code).toBe(0)
    expect(scripted).toEqual({ keptWaitingWithoutStatuses: true, keptWaitingWhilePending: true })
    expect(run.stdout).toMatch(/^main: created \S+\/rpms\/hello\/pulls\/1$/m)
    expect(run.stderr).toContain('waiting for the dist-git checks (0 CI results so far)')
    expect(run.stderr).toContain('waiting for the dist-git checks (2 CI results so far)')
    expect(run.stderr).toContain('the dist-git checks are final and mirrored')
    expect(run.stderr).not.toContain('time is up')
    expect(run.stderr).not.toContain('warning:')
    expect(waitedMs).toBeLessThan(8_000)
    const prUrl = (await s.forgejo.pullRequests('rpms', 'hello'))[0].html_url
    const on = await onHead()
    expect(latest(head)).toEqual({
      'main/Zuul': ['success', `Build succeeded. ${on}`, 'https://ci.example.com/z1'],
      'main/fedora-ci/rpminspect': ['failure', `warning: 2 findings ${on}`, 'https://ci.example.com/r1'],
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', prUrl],
    })
    // Mirrored once, when final: the pending status never became one on GitHub.
    expect(history(head, 'main/fedora-ci/rpminspect')).toEqual(['failure'])
  })

  it('a status that stays pending: the run ends when the time is up, mirrors it as pending, and succeeds', async () => {
    const sha = releaseUpstream(fixture, 'v1.2')
    s.github.addCommit('example/hello', sha)
    const {
      run,
      scripted,
      waitedMs,
      polls: n,
    } = await proposeWhile('v1.2', '0.05', async (polled) => {
      const seen = await polled(1)
      await ci({
        state: 'pending',
        context: 'Zuul',
        description: 'Build started.',
        target_url: 'https://ci.example.com/z2',
      })
      return seen
    })
    expect(scripted).toBe(true)
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: updated /m)
    expect(run.stderr).toContain('time is up; the checks so far are mirrored')
    expect(run.stderr).not.toContain('are final')
    expect(waitedMs).toBeGreaterThanOrEqual(2_400)
    expect(waitedMs).toBeLessThan(5_000)
    expect(n).toBeGreaterThanOrEqual(5)
    expect(latest(sha)).toMatchObject({
      'main/Zuul': ['pending', `Build started. ${await onHead()}`, 'https://ci.example.com/z2'],
      'srcgit/main': ['pending', 'dist-git PR #1 open, waiting for review and merge', expect.any(String)],
    })
  })
})
