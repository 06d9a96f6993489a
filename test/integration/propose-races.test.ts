/**
 * Outcomes the client cannot see directly, against the local forge: a push the server took
 * although the connection dropped before its answer, and two runs of one release at once.
 * srcgit settles both by reading back what the fork has.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { proposeDownstream, type ForgeOptions } from '../../src/jobs/propose-downstream.js'
import { srcgit, withEnv } from '../support/cli.js'
import { startForge, type Forge } from '../support/forge/index.js'
import { gitEnv } from '../support/git-repo.js'
import { buildReleaseFixture, RELEASE_CONFIG, releaseUpstream } from '../support/source-git-fixture.js'

Object.assign(process.env, gitEnv(), { SRCGIT_TEST_LOOKASIDE_USER: 'bot' })
jest.setTimeout(120_000)

const BOT_TOKEN = 'RACES'.padEnd(64, 'R4')

let forge: Forge
beforeAll(async () => {
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: BOT_TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
    ],
  })
})
afterAll(() => forge.stop())

const openPrs = (pkg: string) => forge.pullRequests('rpms', pkg).filter((pr) => pr.status === 'Open')
const forkBranch = (pkg: string, branch: string) =>
  execFileSync('git', ['-C', forge.repoPath(`forks/bot/rpms/${pkg}`), 'rev-parse', `refs/heads/${branch}`], {
    encoding: 'utf8',
  }).trim()

function release(fixture: ReturnType<typeof buildReleaseFixture>, tag: string) {
  releaseUpstream(fixture, tag)
}

describe('a push the forge took while the client saw the connection drop', () => {
  const fixture = buildReleaseFixture()
  beforeAll(() => forge.addPackage('hello', { from: fixture.distGit.dir }))
  const propose = (tag: string) =>
    withEnv({ SRCGIT_PAGURE_TOKEN: BOT_TOKEN }, () =>
      srcgit([
        'propose-downstream',
        fixture.sourceGit.dir,
        '--tag',
        tag,
        '--branch',
        'main',
        '--dist-git-url',
        forge.url,
        '--lookaside-url',
        forge.lookasideUrl,
        '--push-protocol',
        'https',
        '--date',
        '2026-11-21',
      ]),
    )
  const dropAfterPush = () => {
    forge.fault({
      method: 'POST',
      path: /\/forks\/bot\/rpms\/hello\.git\/git-receive-pack$/,
      kind: 'after-reset',
    })
  }

  it('opens the pull request when the fork branch holds the commit', async () => {
    dropAfterPush()
    const run = await propose('v1.1')
    expect(run.stdout).toMatch(/^main: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1$/m)
    expect(run.code).toBe(0)
    const [pr] = openPrs('hello')
    expect(pr.title).toBe('Update main to upstream release 1.1')
    expect(pr.commit_stop).toBe(forkBranch('hello', 'main-update-propose_downstream'))
  })

  it('retitles the existing pull request for the new release (not left at the old one)', async () => {
    release(fixture, 'v1.2')
    dropAfterPush()
    const run = await propose('v1.2')
    expect(run.stdout).toMatch(/^main: updated http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1$/m)
    expect(run.code).toBe(0)
    expect(openPrs('hello').map((pr) => pr.title)).toEqual(['Update main to upstream release 1.2'])
    expect(openPrs('hello')[0].commit_stop).toBe(forkBranch('hello', 'main-update-propose_downstream'))
  })

  it('still fails when the push really did not land', async () => {
    release(fixture, 'v1.3')
    forge.fault({ method: 'POST', path: /git-receive-pack$/, kind: 'reset', times: 2 })
    const run = await propose('v1.3')
    expect(run.stdout).toMatch(/^main: failed \(Pushing the fork branch main-update-propose_downstream/m)
    expect(run.code).toBe(1)
    expect(openPrs('hello').map((pr) => pr.title)).toEqual(['Update main to upstream release 1.2'])
  })
})

describe('two runs of one release at the same time', () => {
  const fixture = buildReleaseFixture(
    RELEASE_CONFIG.replace('downstream_package_name: hello', 'downstream_package_name: hola'),
  )
  fixture.distGit.git('mv', 'hello.spec', 'hola.spec')
  fixture.distGit.commit('Rename the spec for this test')
  beforeAll(() => forge.addPackage('hola', { from: fixture.distGit.dir }))
  const forgeOptions = (): ForgeOptions => ({
    instanceUrl: forge.url,
    token: BOT_TOKEN,
    push: { protocol: 'https' },
    lookasideUrl: forge.lookasideUrl,
  })
  /** Both runs, the first push held until the second one's push went through. */
  async function race(tag: string, authors: [string, string]) {
    forge.fault({ method: 'POST', path: /\/forks\/bot\/rpms\/hola\.git\/git-receive-pack$/, kind: 'hold' })
    const from = forge.log.length
    const pushes = () =>
      forge.log
        .slice(from)
        .filter((r) => r.method === 'POST' && r.path.endsWith('/hola.git/git-receive-pack'))
    const release = (async () => {
      while (!(pushes().length === 2 && pushes()[1].status !== 0)) await new Promise((r) => setTimeout(r, 20))
      forge.releaseHeld()
    })()
    const run = (author: string) =>
      proposeDownstream({
        sourceGit: fixture.sourceGit.dir,
        tag,
        branches: ['main'],
        date: new Date('2026-11-21T00:00:00Z'),
        author,
        forge: forgeOptions(),
      }).then((r) => r.outcomes[0])
    const outcomes = await Promise.all(authors.map(run))
    await release
    return outcomes
  }

  it('opens one pull request; the run that lost the push reports it unchanged', async () => {
    // Different authors: two different commits of the same proposal, as two runners make them.
    const outcomes = await race('v1.1', ['Run One <one@example.com>', 'Run Two <two@example.com>'])
    expect(outcomes.map((o) => o.operation).sort()).toEqual(['created', 'unchanged'])
    const loser = outcomes.find((o) => o.operation === 'unchanged')!
    expect(loser.reason).toBe('another run of this release proposed it at the same time')
    expect(openPrs('hola')).toHaveLength(1)
    expect(outcomes.map((o) => o.url)).toEqual([openPrs('hola')[0].full_url, openPrs('hola')[0].full_url])
  })

  it('with the identical commit (same author, same second) for a new release: one pull request, retitled', async () => {
    release(fixture, 'v1.2')
    const author = 'Run Same <same@example.com>'
    const outcomes = await race('v1.2', [author, author])
    expect(outcomes.map((o) => o.operation)).toEqual(['updated', 'updated'])
    expect(openPrs('hola').map((pr) => pr.title)).toEqual(['Update main to upstream release 1.2'])
  })
})
