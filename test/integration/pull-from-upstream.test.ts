/**
 * `srcgit pull-from-upstream` end to end with the real engine (findNewestRelease, rebaseOnRelease):
 * a source-git branch on a bare origin (file://), an upstream git repository that gains tags, and
 * the fake GitHub API for the pull request; no dist-git (--skip-preview).
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'
import { gitEnv } from '../support/git-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import { branchesOf, type RefSyncProxy } from '../support/ref-sync-proxy.js'
import { buildReleaseFixture, RELEASE_CONFIG, type SourceGitFixture } from '../support/source-git-fixture.js'
import { bareOrigin, githubRefSync, NO_CI } from '../support/sync-back-fixture.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(60_000)

const TOKEN = 'ghs_'.padEnd(40, 'P7')
const REPO = 'fedora/hello'

describe('pull-from-upstream on GitHub, real engine', () => {
  let fixture: SourceGitFixture
  let origin: string
  let github: FakeGitHub
  let proxy: RefSyncProxy
  const outputs: CliRun[] = []

  beforeAll(async () => {
    // upstream_project_url: the local upstream repository (the fixture names github.com).
    fixture = buildReleaseFixture()
    const config = RELEASE_CONFIG.replace(
      /^upstream_project_url: .*$/m,
      `upstream_project_url: file://${fixture.upstream.dir}`,
    )
    fixture.sourceGit.write('.distro/source-git.yaml', config).commit('Point at the upstream repository')
    origin = bareOrigin(fixture)
    fixture.sourceGit.git('remote', 'set-url', 'origin', `file://${origin}`)
    github = await startFakeGitHub({
      repos: [{ owner: 'fedora', name: 'hello', branches: { rawhide: branchesOf(origin).get('rawhide')! } }],
      tokens: [
        {
          token: TOKEN,
          name: 'bot',
          permissions: { contents: 'write', pull_requests: 'write', statuses: 'write' },
        },
      ],
    })
    proxy = await githubRefSync(github, REPO, origin)
  })
  afterAll(async () => {
    for (const run of outputs) expect(`${run.stdout}${run.stderr}`).not.toContain(TOKEN)
    await proxy.stop()
    await github.stop()
  })

  const run = async () => {
    const result = await withEnv(
      {
        ...NO_CI,
        SRCGIT_TEST_GITHUB_NO_SPACING: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: REPO,
        GITHUB_API_URL: proxy.url,
        SRCGIT_GITHUB_TOKEN: TOKEN,
      },
      () => srcgit(['pull-from-upstream', fixture.sourceGit.dir, '--base', 'rawhide', '--skip-preview']),
    )
    outputs.push(result)
    return result
  }
  const pullWrites = (from: number) =>
    github.log
      .slice(from)
      .filter((r) => r.method !== 'GET' && /\/pulls/.test(r.path))
      .map((r) => `${r.method} ${r.path} ${r.status}`)
  const originBranches = () => branchesOf(origin)
  const show = (rev: string, file: string) => fixture.sourceGit.git('show', `${rev}:${file}`)
  /** The subjects from the tag (exclusive) to the head, oldest first. */
  const subjectsOnTop = (tag: string, head: string) => {
    fixture.sourceGit.git('fetch', '-q', '--tags', fixture.upstream.dir)
    return fixture.sourceGit.git('log', '--reverse', '--format=%s', `${tag}..${head}`).split('\n')
  }

  it('a new tag: one pull request from srcgit/rebase-<version>, the rebased branch pushed', async () => {
    fixture.upstream.write('README', 'hello 1.2\n').commit('hello 1.2')
    fixture.upstream.tag('v1.2', true)
    const rawhide = originBranches().get('rawhide')
    const from = github.log.length
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('newest release v1.2 (1.2)')
    expect(pullWrites(from)).toEqual([`POST /repos/${REPO}/pulls 201`])
    const pulls = github.pulls(REPO)
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).toMatchObject({
      state: 'open',
      head: { ref: 'srcgit/rebase-1.2' },
      base: { ref: 'rawhide' },
    })
    expect(pulls[0].title).toBe('Rebase onto v1.2')

    const head = originBranches().get('srcgit/rebase-1.2')!
    expect(head).toBeDefined()
    expect(pulls[0].head.sha).toBe(head)
    expect(originBranches().get('rawhide')).toBe(rawhide)
    expect(subjectsOnTop('v1.2', head)).toEqual([
      'Initialize as a source-git repository',
      'Return 42',
      'Point at the upstream repository',
      'Rebase on upstream v1.2 (1.2)',
    ])
    expect(show(head, '.distro/hello.spec')).toMatch(/^Version:\s+1\.2$/m)
    expect(show(head, '.distro/source-git.yaml')).toMatch(/^upstream_ref: v1\.2$/m)
    expect(show(head, 'hello.c')).toContain('return 42')
    expect(show(head, 'README')).toBe('hello 1.2')
    // Source-git's checkout and refs are left as they were.
    expect(fixture.sourceGit.git('symbolic-ref', '--short', 'HEAD')).toBe('rawhide')
    expect(fixture.sourceGit.git('status', '--porcelain')).toBe('')
    expect(fixture.sourceGit.git('worktree', 'list').split('\n')).toHaveLength(1)
    expect(fixture.sourceGit.git('for-each-ref', 'refs/srcgit/', 'refs/heads/srcgit/')).toBe('')
  })

  it('a rerun: no push, no pull request written', async () => {
    const before = originBranches()
    const pull = github.pulls(REPO)[0]
    const from = github.log.length
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/: unchanged/)
    expect(originBranches()).toEqual(before)
    expect(pullWrites(from)).toEqual([])
    expect(github.pulls(REPO)).toEqual([pull])
  })

  it('a newer tag while the pull request is open: the same pull request updated and retitled', async () => {
    fixture.upstream.write('README', 'hello 1.3\n').commit('hello 1.3')
    fixture.upstream.tag('v1.3', true)
    const number = github.pulls(REPO)[0].number
    const from = github.log.length
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('newest release v1.3 (1.3)')
    expect(pullWrites(from)).toEqual([`PATCH /repos/${REPO}/pulls/${number} 200`])
    const pulls = github.pulls(REPO)
    expect(pulls).toHaveLength(1)
    expect(pulls[0].number).toBe(number)
    expect(pulls[0].title).toBe('Rebase onto v1.3')
    // The open request's branch carries the newer rebase; no second branch.
    const branches = originBranches()
    expect([...branches.keys()].filter((b) => b.startsWith('srcgit/'))).toEqual(['srcgit/rebase-1.2'])
    const head = branches.get('srcgit/rebase-1.2')!
    expect(pulls[0].head.sha).toBe(head)
    expect(subjectsOnTop('v1.3', head).at(-1)).toBe('Rebase on upstream v1.3 (1.3)')
    expect(show(head, '.distro/hello.spec')).toMatch(/^Version:\s+1\.3$/m)
    expect(show(head, '.distro/source-git.yaml')).toMatch(/^upstream_ref: v1\.3$/m)
  })
})
