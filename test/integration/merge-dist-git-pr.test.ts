/**
 * The opt-in merge-dist-git-pr on both dist-git backends, end to end through the CLI:
 * propose-downstream opens a release PR; `srcgit sync-status --merge-dist-git-pr` holds it
 * while it has no checks or a pending one, refuses clearly (exit 1, nothing else changed) while
 * the bot has no commit access, says what it would merge in a dry run, merges it once checks
 * passed (the package branch moves in the stand-in's real git repository), merges nothing on a
 * rerun, never merges a source-git PR preview with green checks, and holds a release PR a
 * maintainer pushed on top of.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { openDistGitForge } from '../../src/forges/dist-git/select.js'
import { previewBranchName, previewDescription } from '../../src/dist-git/messages.js'
import { HttpClient } from '../../src/http/client.js'
import { BACKENDS, PAGURE_BOT_ACLS, type Backend } from '../support/dist-git-backends.js'
import type { Forge } from '../support/forge/index.js'
import type { Forgejo } from '../support/forgejo/index.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'
import {
  buildStatusFixture,
  FORGEJO_BOT_TOKEN,
  forgejoPullHead,
  githubActionsEnv,
  postCommitStatus,
  postFlag,
  proposeArgs,
  startStatusServers,
  ZUUL_TOKEN,
} from '../support/status-fixture.js'
import { releaseUpstream } from '../support/source-git-fixture.js'
import { srcgit, withEnv } from '../support/cli.js'
import type { FakeGitHub } from '../support/github-api/index.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(120_000)
const exec = promisify(execFile)

/** The bot's Pagure token with everything srcgit documents plus pull_request_merge. */
const PAGURE_MERGE_TOKEN = 'M3RG'.padEnd(64, 'E4')

interface Stand {
  url: string
  lookasideUrl: string
  github: FakeGitHub
  token: string
  log: { method: string; path: string }[]
  prs(): Promise<{ number: number; state: string; head: string | null }[]>
  ci(pr: number, state: 'pending' | 'success'): Promise<void>
  grantCommit(): void
  forkDir(): string
  packageHead(): Promise<string>
  stop(): Promise<void>
}

async function startStand(backend: Backend, fixture: ReturnType<typeof buildStatusFixture>): Promise<Stand> {
  if (backend === 'pagure') {
    const s = await startStatusServers(fixture, {
      maintainers: ['jane'],
      tokens: [{ token: PAGURE_MERGE_TOKEN, user: 'bot', acls: [...PAGURE_BOT_ACLS, 'pull_request_merge'] }],
    })
    const forge: Forge = s.forge
    return {
      url: forge.url,
      lookasideUrl: forge.lookasideUrl,
      github: s.github,
      token: PAGURE_MERGE_TOKEN,
      log: forge.log,
      prs: async () =>
        forge.pullRequests('rpms', 'hello').map((p) => ({
          number: p.id,
          state: p.status.toLowerCase(),
          head: p.commit_stop,
        })),
      ci: (pr, state) =>
        postFlag(forge, ZUUL_TOKEN, pr, {
          username: 'Zuul',
          status: state,
          comment: state,
          uid: `zuul${pr}`,
        }),
      grantCommit: () => forge.setAccess('rpms/hello', { users: { commit: ['bot'] } }),
      forkDir: () => forge.repoPath('forks/bot/rpms/hello'),
      packageHead: () => head(forge.repoPath('rpms/hello')),
      stop: () => s.stop(),
    }
  }
  const s = await startStatusServers(fixture, { backend: 'forgejo', maintainers: ['jane'] })
  const forgejo: Forgejo = s.forgejo
  return {
    url: forgejo.url,
    lookasideUrl: forgejo.lookasideUrl,
    github: s.github,
    token: FORGEJO_BOT_TOKEN,
    log: forgejo.log,
    prs: async () =>
      (await forgejo.pullRequests('rpms', 'hello')).map((p) => {
        const pr = p as { number: number; state: string; merged: boolean; head: { sha?: string } }
        return { number: pr.number, state: pr.merged ? 'merged' : pr.state, head: pr.head.sha ?? null }
      }),
    ci: async (pr, state) =>
      void (await postCommitStatus(forgejo, await forgejoPullHead(forgejo, pr), { state, context: 'Zuul' })),
    grantCommit: () => forgejo.setCollaborator('rpms/hello', 'bot', 'write'),
    forkDir: () => forgejo.repoPath('bot/hello'),
    packageHead: () => head(forgejo.repoPath('rpms/hello')),
    stop: () => s.stop(),
  }
}

async function head(dir: string, ref = 'refs/heads/main'): Promise<string> {
  return (await exec('git', ['-C', dir, 'rev-parse', ref], { env: gitEnv() })).stdout.trim()
}

const merges = (log: Stand['log'], from: number) =>
  log.slice(from).filter((r) => r.method === 'POST' && /\/merge$/.test(r.path))

describe.each(BACKENDS)('merge-dist-git-pr on %s', (backend) => {
  const fixture = buildStatusFixture()
  let s: Stand
  beforeAll(async () => {
    s = await startStand(backend, fixture)
  }, 60_000)
  afterAll(async () => s.stop())

  const env = () => ({
    SRCGIT_DIST_GIT_TOKEN: s.token,
    SRCGIT_PAGURE_TOKEN: undefined,
    SRCGIT_TEST_LOOKASIDE_USER: 'bot',
    ...githubActionsEnv(s.github),
  })
  const propose = (tag: string) => withEnv(env(), () => srcgit(proposeArgs(fixture, s, tag), os.tmpdir()))
  const sync = (...extra: string[]) =>
    withEnv(env(), () =>
      srcgit(
        ['sync-status', fixture.sourceGit.dir, '--dist-git-url', s.url, '--merge-dist-git-pr', ...extra],
        os.tmpdir(),
      ),
    )

  it('opens a release proposal and a preview (setup)', async () => {
    const run = await propose('v1.1')
    expect(run.code).toBe(0)
    // A source-git PR preview from the same commit, opened by the bot as `srcgit preview` does.
    const fork = s.forkDir()
    const previewBranch = previewBranchName('main', 7)
    await exec('git', ['-C', fork, 'branch', previewBranch, 'main-update-propose_downstream'], {
      env: gitEnv(),
    })
    const previewCommit = fixture.sourceGit.git('rev-parse', 'HEAD~1').trim()
    s.github.addCommit('example/hello', previewCommit)
    const distGit = await openDistGitForge({ instanceUrl: s.url, token: s.token, http: new HttpClient() })
    const description = previewDescription({
      pullRequest: 7,
      title: 'Fix it',
      sourceGitUrl: 'https://github.com/example/hello.git',
      // Another source-git commit than the release's: per commit and branch the newest PR has the last word.
      headCommit: previewCommit,
      branch: 'main',
    })
    await distGit.createPullRequest({
      ns: 'rpms',
      repo: 'hello',
      author: 'bot',
      forkUser: 'bot',
      sourceBranch: previewBranch,
      targetBranch: 'main',
      title: '[preview] Fix it',
      description,
    })
    expect((await s.prs()).map((p) => [p.number, p.state])).toEqual([
      [1, 'open'],
      [2, 'open'],
    ])
  })

  it('holds the release PR without checks and with a pending one; never the preview', async () => {
    let run = await sync()
    // The preview's source-git commit gets its merge gate (merge-gate.ts): a note, nothing else.
    expect(otherThanGateNotes(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/pull-request\/1|pulls\/1/)
    expect(run.stdout).toMatch(/\/1: held \(no-checks: no CI result on the PR head yet\)/)
    expect(run.stdout).toMatch(/\/2: held \(preview: a source-git PR preview/)
    await s.ci(1, 'pending')
    if (backend === 'forgejo') await s.ci(2, 'pending')
    run = await sync()
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/\/1: held \(pending: checks pending: Zuul\)/)
  })

  it('refuses clearly when the token cannot merge: exit 1, the PR stays open', async () => {
    await s.ci(1, 'success')
    if (backend === 'forgejo') await s.ci(2, 'success')
    const before = await s.packageHead()
    const from = s.log.length
    const run = await sync()
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /\/1: refused \(the token('s user)? cannot merge: it needs (commit|write) access to rpms\/hello/,
    )
    expect(merges(s.log, from)).toHaveLength(1)
    expect((await s.prs())[0].state).toBe('open')
    expect(await s.packageHead()).toBe(before)
  })

  it('says what it would merge in a dry run and merges nothing', async () => {
    s.grantCommit()
    const from = s.log.length
    const run = await sync('--dry-run')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/\/1: would merge/)
    expect(merges(s.log, from)).toHaveLength(0)
    expect((await s.prs())[0].state).toBe('open')
  })

  it('merges the release PR once its checks passed, the preview never; a rerun merges nothing', async () => {
    const prHead = (await s.prs())[0].head!
    let from = s.log.length
    let run = await sync()
    expect(otherThanGateNotes(run.stderr)).toEqual([])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/\/1: merged/)
    expect(run.stdout).toMatch(/\/2: held \(preview/)
    expect(merges(s.log, from)).toHaveLength(1)
    const prs = await s.prs()
    expect(prs.map((p) => p.state)).toEqual(['merged', 'open'])
    // The package branch now holds srcgit's commit (fast-forward).
    expect(await s.packageHead()).toBe(prHead)
    from = s.log.length
    run = await sync()
    expect(run.code).toBe(0)
    expect(run.stdout).not.toMatch(/merged$/m)
    expect(merges(s.log, from)).toHaveLength(0)
  })

  it('holds a release PR a maintainer pushed on top of', async () => {
    s.github.setBranch('example/hello', 'rawhide', releaseUpstream(fixture, 'v1.2'))
    const proposed = await propose('v1.2')
    expect(proposed.stderr).not.toContain('warning')
    expect(proposed.code).toBe(0)
    const release = (await s.prs()).find((p) => p.state === 'open' && p.number !== 2)!
    // jane adds a commit on srcgit's branch (trusted access, as a maintainer push through git).
    const work = new TestRepo(mkdtempSync(path.join(os.tmpdir(), 'srcgit-maintainer-')))
    work.git('init', '-q')
    work.git('fetch', '-q', s.forkDir(), 'refs/heads/main-update-propose_downstream')
    work.git('checkout', '-q', '-B', 'fix', 'FETCH_HEAD')
    work.write('hello.spec', work.git('show', 'HEAD:hello.spec') + '\n# fixed by hand\n')
    work.commit('Fix the build by hand', { name: 'Jane', email: 'jane@fedoraproject.org' })
    await exec(
      'git',
      ['-C', work.dir, 'push', '-q', s.forkDir(), 'fix:refs/heads/main-update-propose_downstream'],
      {
        env: gitEnv(),
      },
    )
    await s.ci(release.number, 'success')
    const from = s.log.length
    const run = await sync()
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`/${release.number}: held \\(head-moved: someone pushed on top`))
    expect(merges(s.log, from)).toHaveLength(0)
  })
})

/** stderr lines other than the merge gate's notes (`note: srcgit/dist-git-merged on …`). */
function otherThanGateNotes(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^note: srcgit\/dist-git-merged on /.test(line))
}
