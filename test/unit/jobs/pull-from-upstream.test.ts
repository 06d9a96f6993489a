/**
 * The pull-from-upstream job with the engine faked (findNewestRelease, rebaseOnRelease) and an
 * in-memory request host and status sink, on real git repositories: what is pushed, opened,
 * updated, left alone.
 */
import { beforeEach, describe, expect, it, jest } from '@jest/globals'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type {
  ChangeRequest,
  ChangeRequestHost,
  SyncPlatform,
} from '../../../src/forges/source-git/change-requests.js'
import { Git } from '../../../src/git/git.js'
import type { PreviewResult, SourceGitPullRequest } from '../../../src/jobs/preview.js'
import { pullFromUpstream, type PullFromUpstreamOptions } from '../../../src/jobs/pull-from-upstream.js'
import type {
  RebaseOnReleaseOptions,
  RebaseOnReleaseResult,
} from '../../../src/source-git/rebase-on-release.js'
import type { FindReleaseOptions, UpstreamRelease } from '../../../src/source-git/upstream-release.js'
import type { StatusSink } from '../../../src/status/sink.js'
import type { StatusWrite } from '../../../src/status/types.js'
import { gitEnv } from '../../support/git-repo.js'
import { branchesOf } from '../../support/ref-sync-proxy.js'
import { buildSourceGit, type SourceGitFixture } from '../../support/source-git-fixture.js'
import { bareOrigin } from '../../support/sync-back-fixture.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(60_000)

interface Stored extends ChangeRequest {
  head: string
  base: string
}

function fakeRequests() {
  const requests: Stored[] = []
  const calls: string[] = []
  const host: ChangeRequestHost = {
    noun: 'pull request',
    findOpen: async (head, base) => requests.find((r) => r.head === head && r.base === base),
    create: async ({ head, base, title, body }) => {
      calls.push(`create ${head}`)
      const request = {
        number: requests.length + 1,
        url: `https://example.test/pull/${requests.length + 1}`,
        title,
        body,
        head,
        base,
      }
      requests.push(request)
      return { request, created: true }
    },
    update: async (number, { title, body }) => {
      calls.push(`update #${number}`)
      const request = requests.find((r) => r.number === number)!
      Object.assign(request, { title, body })
      return request
    },
    comments: async () => [],
    comment: async () => ({}),
  }
  return { host, requests, calls }
}

function fakeSink() {
  const writes: { sha: string; status: StatusWrite }[] = []
  const sink: StatusSink = {
    platform: 'github',
    name: 'fedora/hello',
    list: async () => [],
    write: async (sha, status) => {
      writes.push({ sha, status })
    },
  }
  return { sink, writes }
}

/** Upstream gains a tag; the fake engine finds the newest one set here. */
function release(fixture: SourceGitFixture, tag: string, file = 'VERSION'): void {
  fixture.upstream.write(file, `${tag}\n`).commit(`Release ${tag}`)
  fixture.upstream.tag(tag, true)
}

function fakeEngine(fixture: SourceGitFixture, state: { tag: string; conflict?: boolean }) {
  const seen: { find: FindReleaseOptions[]; rebase: RebaseOnReleaseOptions[] } = { find: [], rebase: [] }
  return {
    seen,
    engine: {
      findNewestRelease: async (o: FindReleaseOptions): Promise<UpstreamRelease> => {
        seen.find.push(o)
        await o.git.run([
          'fetch',
          '-q',
          fixture.upstream.dir,
          `+refs/tags/${state.tag}:refs/tags/${state.tag}`,
        ])
        const commit = await o.git.output(['rev-parse', `refs/tags/${state.tag}^{commit}`])
        return { version: state.tag.replace(/^v/, ''), tag: state.tag, commit, via: 'git-tags' }
      },
      rebaseOnRelease: async (o: RebaseOnReleaseOptions): Promise<RebaseOnReleaseResult> => {
        seen.rebase.push(o)
        const g: Git = o.git
        const before = await g.output(['rev-parse', o.branch])
        await g.run(['checkout', '-q', '-B', o.workBranch, o.release.commit])
        await g.run(['checkout', before, '--', '.distro'])
        const spec = path.join(g.dir, '.distro/hello.spec')
        writeFileSync(
          spec,
          readFileSync(spec, 'utf8').replace(/^Version:.*$/m, `Version:        ${o.release.version}`),
        )
        await g.run(['commit', '-q', '-am', `Rebase onto ${o.release.tag}`], {
          env: gitEnv() as Record<string, string>,
        })
        const head = await g.output(['rev-parse', 'HEAD'])
        const conflict = state.conflict
          ? {
              original: '6'.repeat(40),
              subject: 'Greet Fedora',
              files: ['hello.c'],
              detail: 'CONFLICT (content): Merge conflict in hello.c',
            }
          : undefined
        return {
          head,
          previous: { upstreamRef: 'v1.0', version: '1.0' },
          replayed: [{ original: '1'.repeat(40), replayed: head, subject: 'Add NEWS' }],
          dropped: [],
          conflict,
          notReplayed: conflict ? [{ original: conflict.original, subject: conflict.subject }] : [],
          bumpCommit: head,
        }
      },
    },
  }
}

describe('pull-from-upstream (engine faked)', () => {
  let fixture: SourceGitFixture
  let origin: string
  let requests: ReturnType<typeof fakeRequests>
  let statuses: ReturnType<typeof fakeSink>
  let previews: SourceGitPullRequest[]
  let state: { tag: string; conflict?: boolean }
  let fake: ReturnType<typeof fakeEngine>

  beforeEach(() => {
    fixture = buildSourceGit()
    origin = bareOrigin(fixture)
    requests = fakeRequests()
    statuses = fakeSink()
    previews = []
    state = { tag: 'v1.0' }
    fake = fakeEngine(fixture, state)
  })

  const run = (extra: Partial<PullFromUpstreamOptions> = {}) => {
    const platform: SyncPlatform = {
      kind: 'github',
      tokenName: 'SRCGIT_GITHUB_TOKEN',
      requests: requests.host,
    }
    return pullFromUpstream({
      sourceGit: fixture.sourceGit.dir,
      platform,
      statuses: statuses.sink,
      engine: fake.engine,
      preview: async (request) => {
        previews.push(request)
        return {
          pullRequest: request.number,
          proposals: [],
          outcomes: [{ branch: 'rawhide', operation: 'created' }],
          notes: [],
        } as PreviewResult
      },
      ...extra,
    })
  }
  const untouched = () => {
    const sg = fixture.sourceGit
    expect(sg.git('symbolic-ref', '--short', 'HEAD')).toBe('main')
    expect(sg.git('status', '--porcelain')).toBe('')
    expect(sg.git('worktree', 'list').split('\n')).toHaveLength(1)
    expect(sg.git('for-each-ref', 'refs/srcgit/', 'refs/heads/srcgit/')).toBe('')
  }

  it('writes nothing when the newest release is not newer than the branch', async () => {
    const result = await run()
    expect(result.result).toBe('up-to-date')
    expect(result.outcome.reason).toBe(
      'up to date: main is at version 1.0; the newest upstream release is v1.0 (1.0)',
    )
    expect(fake.seen.rebase).toHaveLength(0)
    expect(requests.calls).toEqual([])
    expect(statuses.writes).toEqual([])
    expect([...branchesOf(origin).keys()]).toEqual(['main'])
    expect(fake.seen.find[0]).toMatchObject({
      upstreamUrl: 'https://github.com/example/hello',
      tagTemplate: 'v{version}',
    })
    untouched()
  })

  it('opens one request for a new release, sets its status, previews it; a rerun writes nothing', async () => {
    release(fixture, 'v1.1')
    state.tag = 'v1.1'
    const first = await run()
    expect(first.result).toBe('created')
    expect(requests.requests).toHaveLength(1)
    const [pr] = requests.requests
    expect(pr).toMatchObject({ head: 'srcgit/rebase-1.1', base: 'main', title: 'Rebase onto v1.1' })
    const pushed = branchesOf(origin).get('srcgit/rebase-1.1')!
    expect(first.outcome).toMatchObject({ operation: 'created', url: pr.url })
    expect(statuses.writes).toEqual([
      {
        sha: pushed,
        status: expect.objectContaining({ context: 'srcgit/pull-from-upstream', state: 'success' }),
      },
    ])
    expect(previews).toEqual([{ number: 1, title: 'Rebase onto v1.1', url: pr.url, headSha: pushed }])
    expect(first.preview?.outcomes).toHaveLength(1)
    expect(fake.seen.rebase[0]).toMatchObject({
      branch: 'refs/srcgit/pull-from-upstream/base',
      workBranch: 'srcgit/rebase-1.1',
    })
    untouched()

    const second = await run()
    expect(second.result).toBe('unchanged')
    expect(requests.calls).toEqual(['create srcgit/rebase-1.1'])
    expect(branchesOf(origin).get('srcgit/rebase-1.1')).toBe(pushed)
    expect(statuses.writes).toHaveLength(1)
    expect(previews).toHaveLength(1)
    untouched()
  })

  it('updates the same request for a newer release while it is open', async () => {
    release(fixture, 'v1.1')
    state.tag = 'v1.1'
    await run()
    release(fixture, 'v1.2')
    state.tag = 'v1.2'
    const result = await run()
    expect(result.result).toBe('updated')
    expect(result.headBranch).toBe('srcgit/rebase-1.1')
    expect(requests.calls).toEqual(['create srcgit/rebase-1.1', 'update #1'])
    expect(requests.requests[0].title).toBe('Rebase onto v1.2')
    const pushed = branchesOf(origin).get('srcgit/rebase-1.1')!
    expect(fixture.sourceGit.git('merge-base', '--is-ancestor', 'refs/tags/v1.2', pushed)).toBe('')
    expect([...branchesOf(origin).keys()].sort()).toEqual(['main', 'srcgit/rebase-1.1'])
    expect(previews.map((p) => p.headSha)).toEqual([expect.any(String), pushed])
    untouched()
  })

  it('opens the request as far as it goes on a conflict, with a failure status and no preview', async () => {
    release(fixture, 'v1.1')
    state.tag = 'v1.1'
    state.conflict = true
    const result = await run()
    expect(result.result).toBe('conflict')
    expect(requests.requests[0].body).toContain('Conflicting files: `hello.c`')
    expect(statuses.writes[0].status).toMatchObject({
      context: 'srcgit/pull-from-upstream',
      state: 'failure',
    })
    expect(previews).toEqual([])
    expect(result.notes.join('\n')).toContain('the dist-git pull request is not opened')
  })

  it('leaves alone a rebase branch someone pushed to, unless forced', async () => {
    release(fixture, 'v1.1')
    state.tag = 'v1.1'
    await run()
    const sg = fixture.sourceGit
    sg.git('fetch', '-q', 'origin', 'srcgit/rebase-1.1')
    sg.git('checkout', '-q', '-b', 'fix', 'FETCH_HEAD')
    sg.write('FIX', 'by hand\n').commit('Resolve by hand')
    sg.git('push', '-q', 'origin', 'fix:srcgit/rebase-1.1')
    sg.git('checkout', '-q', 'main')
    sg.git('branch', '-D', 'fix')
    const mine = branchesOf(origin).get('srcgit/rebase-1.1')
    release(fixture, 'v1.2')
    state.tag = 'v1.2'
    const skipped = await run()
    expect(skipped.result).toBe('skipped')
    expect(skipped.outcome.reason).toContain('has commits srcgit did not push')
    expect(branchesOf(origin).get('srcgit/rebase-1.1')).toBe(mine)
    expect(requests.calls).toEqual(['create srcgit/rebase-1.1'])
    const forced = await run({ force: true })
    expect(forced.result).toBe('updated')
    expect(branchesOf(origin).get('srcgit/rebase-1.1')).not.toBe(mine)
  })

  it('reports what a dry run would do and writes nothing', async () => {
    release(fixture, 'v1.1')
    state.tag = 'v1.1'
    const result = await run({ dryRun: true })
    expect(result.outcome).toMatchObject({ operation: 'created', dryRun: true })
    expect(result.outcome.reason).toContain('would push srcgit/rebase-1.1 and open the request')
    expect(result.title).toBe('Rebase onto v1.1')
    expect(requests.calls).toEqual([])
    expect(statuses.writes).toEqual([])
    expect([...branchesOf(origin).keys()]).toEqual(['main'])
    untouched()
  })

  it('puts the pushed branch back when the request cannot be opened', async () => {
    release(fixture, 'v1.1')
    state.tag = 'v1.1'
    requests.host.create = async () => {
      throw new Error('Validation Failed')
    }
    await expect(run()).rejects.toThrow('Validation Failed')
    expect([...branchesOf(origin).keys()]).toEqual(['main'])
    untouched()
  })

  it('makes the work branch in SOURCE_GIT only without a platform', async () => {
    release(fixture, 'v1.1')
    state.tag = 'v1.1'
    const result = await pullFromUpstream({ sourceGit: fixture.sourceGit.dir, engine: fake.engine })
    expect(result.mode).toBe('local')
    expect(result.outcome.reason).toMatch(/^local branch srcgit\/rebase-1\.1 /)
    expect(fixture.sourceGit.git('rev-parse', 'srcgit/rebase-1.1')).toBe(result.rebase!.head)
    expect([...branchesOf(origin).keys()]).toEqual(['main'])
  })
})
