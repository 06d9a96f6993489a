/**
 * Fedora's move of dist-git from Pagure to Forgejo, end to end with the real CLI: srcgit
 * proposes on the Pagure stand-in; the package, the bot's fork and the open pull requests are
 * carried over to the Forgejo stand-in (PRs with new numbers, same branches, title and body),
 * as the migration does; the next runs against Forgejo find those PRs (let maintainers push, then updated
 * in place) instead of opening new ones. The lookaside cache does not move: both phases use
 * the Pagure stand-in's.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import os from 'node:os'
import type { RequestRecord } from '../support/forge/index.js'
import { type DistGit, startDistGit, writes } from '../support/dist-git-backends.js'
import { buildReleaseFixture, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(90_000)

const BRANCH = (b: string) => `${b}-update-propose_downstream`

describe('propose-downstream across the Pagure → Forgejo migration', () => {
  let pagure: DistGit
  let forgejo: DistGit
  const fixture = buildReleaseFixture()
  const outputs: CliRun[] = []
  const lookaside: RequestRecord[] = []

  /** A run against `dg`, the archive in the (Pagure) lookaside; requests to dg, and to the lookaside. */
  async function propose(dg: DistGit, args: string[]) {
    const from = dg.log.length
    const fromLookaside = pagure.log.length
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: dg.botToken,
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
            '--branch',
            'f43',
            '--dist-git-url',
            dg.url,
            '--lookaside-url',
            pagure.lookasideUrl,
            // auto is SSH on Pagure (see dist-git-backends.test.ts); Forgejo gets auto.
            ...(dg.backend === 'pagure' ? ['--push-protocol', 'https'] : []),
            '--date',
            '2026-11-21',
            ...args,
          ],
          os.tmpdir(),
        ),
    )
    outputs.push(result)
    const requests = dg.log.slice(from)
    const lookasideRequests =
      dg === pagure ? [] : pagure.log.slice(fromLookaside).filter((r) => r.kind === 'lookaside')
    lookaside.push(...lookasideRequests)
    return { ...result, requests, lookasideRequests }
  }

  beforeAll(async () => {
    pagure = await startDistGit('pagure', { users: [{ name: 'jane', packager: true }] })
    pagure.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
  })
  afterAll(async () => {
    await forgejo?.stop()
    await pagure.stop()
    for (const out of outputs) {
      expect(`${out.stdout}${out.stderr}`).not.toContain(pagure.botToken)
      if (forgejo) expect(`${out.stdout}${out.stderr}`).not.toContain(forgejo.botToken)
    }
  })

  it('proposes on Pagure: PRs #1 and #2', async () => {
    const result = await propose(pagure, ['--tag', 'v1.1'])
    expect(result.stderr).not.toContain('srcgit propose-downstream:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^main: created \S+\/rpms\/hello\/pull-request\/1$/m)
    expect(result.stdout).toMatch(/^f43: created \S+\/rpms\/hello\/pull-request\/2$/m)
  })

  it('after the migration, finds the carried-over PRs #41 and #42 and lets maintainers push to them, once', async () => {
    const carried = (await pagure.pullRequests('hello')).filter((pr) => pr.state === 'open')
    expect(carried.map((pr) => pr.number)).toEqual([1, 2])

    forgejo = await startDistGit('forgejo', { users: [{ name: 'jane', packager: true }] })
    const fj = forgejo.forgejo!
    const pagureForge = pagure.pagure!
    fj.addPackage('hello', { from: pagureForge.repoPath('rpms/hello'), maintainers: ['jane'] })
    await fj.addFork('bot', 'rpms/hello', { from: pagureForge.repoPath('forks/bot/rpms/hello') })
    let number = 41
    for (const pr of carried)
      expect(
        await fj.addPullRequest({
          number: number++,
          base: 'rpms/hello',
          baseBranch: pr.targetBranch,
          head: `bot:${pr.sourceBranch}`,
          title: pr.title,
          body: pr.description,
          user: 'bot',
        }),
      ).toBe(number - 1)
    const seeded = await forgejo.pullRequests('hello')
    expect(seeded.map((pr) => [pr.number, pr.targetBranch, pr.sourceBranch, pr.allowMaintainerEdit])).toEqual(
      [
        [41, 'main', BRANCH('main'), false],
        [42, 'f43', BRANCH('f43'), false],
      ],
    )
    expect(seeded.map((pr) => pr.headSha)).toEqual(carried.map((pr) => pr.headSha))

    const result = await propose(forgejo, ['--tag', 'v1.1'])
    expect(result.stderr).not.toContain('srcgit propose-downstream:')
    expect(result.code).toBe(0)
    // The same PRs, with the same content: only "Allow edits by maintainers" is set on them,
    // so maintainers can push to the bot's branches on Forgejo as they could on Pagure.
    expect(result.stdout).toMatch(new RegExp(`^main: updated ${forgejo.url}/rpms/hello/pulls/41$`, 'm'))
    expect(result.stdout).toMatch(new RegExp(`^f43: updated ${forgejo.url}/rpms/hello/pulls/42$`, 'm'))
    expect(writes(result.requests)).toEqual([
      'PATCH /api/v1/repos/rpms/hello/pulls/41',
      'PATCH /api/v1/repos/rpms/hello/pulls/42',
    ])
    expect(writes(result.lookasideRequests)).toEqual([])
    const after = await forgejo.pullRequests('hello')
    expect(after.map((pr) => [pr.number, pr.state, pr.title, pr.allowMaintainerEdit])).toEqual([
      [41, 'open', carried[0].title, true],
      [42, 'open', carried[1].title, true],
    ])
    expect(after.map((pr) => pr.headSha)).toEqual(carried.map((pr) => pr.headSha))

    // Once set, a rerun writes nothing.
    const again = await propose(forgejo, ['--tag', 'v1.1'])
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(new RegExp(`^main: unchanged ${forgejo.url}/rpms/hello/pulls/41$`, 'm'))
    expect(again.stdout).toMatch(new RegExp(`^f43: unchanged ${forgejo.url}/rpms/hello/pulls/42$`, 'm'))
    expect(writes(again.requests)).toEqual([])
    expect(writes(again.lookasideRequests)).toEqual([])
  })

  it('a new release updates PRs #41 and #42 in place', async () => {
    releaseUpstream(fixture, 'v1.2')
    const result = await propose(forgejo, ['--tag', 'v1.2'])
    expect(result.stderr).not.toContain('srcgit propose-downstream:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(new RegExp(`^main: updated ${forgejo.url}/rpms/hello/pulls/41$`, 'm'))
    expect(result.stdout).toMatch(new RegExp(`^f43: updated ${forgejo.url}/rpms/hello/pulls/42$`, 'm'))
    expect(writes(result.lookasideRequests)).toEqual(['POST /repo/pkgs/upload.cgi'])
    expect(writes(result.requests)).toEqual([
      'POST /bot/hello.git/git-receive-pack',
      'PATCH /api/v1/repos/rpms/hello/pulls/41',
      'POST /bot/hello.git/git-receive-pack',
      'PATCH /api/v1/repos/rpms/hello/pulls/42',
    ])
    const prs = await forgejo.pullRequests('hello')
    expect(prs.map((pr) => [pr.number, pr.state, pr.title, pr.allowMaintainerEdit])).toEqual([
      [41, 'open', 'Update main to upstream release 1.2', true],
      [42, 'open', 'Update f43 to upstream release 1.2', true],
    ])
    expect(prs[0].headSha).toBe(await forgejo.forkBranchSha('bot', 'hello', BRANCH('main')))
    // Now the maintainers may push to the PR branch.
    const janes = await forgejo.maintainerPush({
      user: 'jane',
      author: { name: 'Jane Maintainer', email: 'jane@example.com' },
      name: 'hello',
      branch: BRANCH('main'),
    })
    expect((await forgejo.pullRequests('hello'))[0].headSha).toBe(janes)
    // Pagure is left as it was.
    expect((await pagure.pullRequests('hello')).map((pr) => pr.title)).toEqual([
      'Update main to upstream release 1.1',
      'Update f43 to upstream release 1.1',
    ])
  })
})
