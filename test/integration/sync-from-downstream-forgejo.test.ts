/**
 * sync-from-downstream when dist-git is Forgejo, end to end: dist-git rpms/hello on the local
 * Forgejo, a maintainer's hand commits to it, source-git with a local bare origin, and the fake
 * GitHub / GitLab for the pull and merge requests. The commit links in the description are
 * Forgejo's `<instance>/<ns>/<pkg>/commit/<sha>`, whether the backend is probed from
 * --dist-git-url or given with --dist-git-forge; Pagure's `/c/` links are in
 * sync-from-downstream.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { startForgejo, type Forgejo } from '../support/forgejo/index.js'
import { gitEnv } from '../support/git-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'
import { branchesOf, startRefSyncProxy, type RefSyncProxy } from '../support/ref-sync-proxy.js'
import type { SourceGitFixture } from '../support/source-git-fixture.js'
import {
  addZlib,
  broughtBack,
  buildSyncedPackage,
  editSpec,
  fixLicense,
  githubRefSync,
  maintainerCommit,
  SYNC_BRANCH,
  bareOrigin,
  syncFromDownstreamCli,
} from '../support/sync-back-fixture.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(60_000)

const GH_TOKEN = 'ghs_'.padEnd(40, 'S1')
const GL_TOKEN = 'glpat-'.padEnd(26, 'G1')

const cli = syncFromDownstreamCli()

async function startForgejoDistGit(fixture: SourceGitFixture): Promise<Forgejo> {
  const forgejo = await startForgejo({ users: [{ name: 'jane', packager: true }] })
  forgejo.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
  return forgejo
}

/** The markdown link a description gives a dist-git commit. */
const link = (forgejo: Forgejo, sha: string) =>
  `[\`${sha.slice(0, 12)}\`](${forgejo.url}/rpms/hello/commit/${sha})`

describe('sync-from-downstream on GitHub from Forgejo dist-git (backend probed)', () => {
  let forgejo: Forgejo
  let github: FakeGitHub
  let proxy: RefSyncProxy
  let fixture: SourceGitFixture
  let origin: string

  beforeAll(async () => {
    fixture = await buildSyncedPackage()
    forgejo = await startForgejoDistGit(fixture)
    origin = bareOrigin(fixture)
    github = await startFakeGitHub({
      repos: [
        { owner: 'fedora', name: 'hello', branches: { main: fixture.sourceGit.git('rev-parse', 'HEAD') } },
      ],
      tokens: [{ token: GH_TOKEN, name: 'bot', permissions: { contents: 'write', pull_requests: 'write' } }],
    })
    proxy = await githubRefSync(github, 'fedora/hello', origin)
  })
  afterAll(async () => {
    await proxy.stop()
    await github.stop()
    await forgejo.stop()
  })

  const run = () =>
    cli([fixture.sourceGit.dir, '--dist-git-url', forgejo.url], {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'fedora/hello',
      GITHUB_API_URL: proxy.url,
      GITHUB_REF: 'refs/heads/main',
      SRCGIT_GITHUB_TOKEN: GH_TOKEN,
    })

  it("opens and updates the pull request with links to Forgejo's commit pages", async () => {
    const first = await maintainerCommit(forgejo, (repo) => editSpec(repo, addZlib), 'Build with zlib')
    const created = await run()
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    expect(created.stdout).toMatch(
      /^rawhide: created \S+\/fedora\/hello\/pull\/1 \(1 dist-git commit\(s\) brought back\)$/m,
    )
    const [pr] = github.pulls('fedora/hello')
    expect(pr.body).toContain(`| ${link(forgejo, first)} | Build with zlib | Mia Maintainer | spec change |`)
    expect(pr.body).not.toContain('/c/')
    expect(broughtBack(origin, 'main', SYNC_BRANCH)).toEqual([first])

    const second = await maintainerCommit(
      forgejo,
      (repo) => editSpec(repo, fixLicense),
      'Correct the license',
    )
    const updated = await run()
    expect(updated.code).toBe(0)
    expect(updated.stdout).toMatch(/^rawhide: updated /m)
    const body = github.pulls('fedora/hello')[0].body ?? ''
    expect(body).toContain(link(forgejo, first))
    expect(body).toContain(`| ${link(forgejo, second)} | Correct the license |`)
    expect(body).not.toContain('/c/')
    // The backend was probed, without a token.
    expect(forgejo.log.some((r) => r.path === '/api/forgejo/v1/version')).toBe(true)
    // Dist-git was only read, anonymously: the probe, the clone.
    expect(forgejo.log.filter((r) => r.write || r.user !== undefined)).toEqual([])
  })
})

describe('sync-from-downstream on GitLab from Forgejo dist-git (--dist-git-forge forgejo)', () => {
  let forgejo: Forgejo
  let gitlab: FakeGitLab
  let proxy: RefSyncProxy
  let fixture: SourceGitFixture
  let origin: string

  beforeAll(async () => {
    fixture = await buildSyncedPackage()
    forgejo = await startForgejoDistGit(fixture)
    origin = bareOrigin(fixture)
    gitlab = await startFakeGitLab({
      projects: [
        { id: 42, path: 'fedora/hello', branches: { main: fixture.sourceGit.git('rev-parse', 'HEAD') } },
      ],
      accessTokens: [{ token: GL_TOKEN, username: 'srcgit-bot', role: 'developer', scopes: ['api'] }],
    })
    proxy = await startRefSyncProxy(gitlab.url, () => {
      for (const [branch, sha] of branchesOf(origin)) gitlab.setBranch(42, branch, sha)
    })
  })
  afterAll(async () => {
    await proxy.stop()
    await gitlab.stop()
    await forgejo.stop()
  })

  it("opens the merge request with links to Forgejo's commit pages, without probing", async () => {
    const first = await maintainerCommit(forgejo, (repo) => editSpec(repo, addZlib), 'Build with zlib')
    const from = forgejo.log.length
    const created = await cli(
      [fixture.sourceGit.dir, '--dist-git-url', forgejo.url, '--dist-git-forge', 'forgejo'],
      {
        GITLAB_CI: 'true',
        CI_SERVER_URL: proxy.url,
        CI_PROJECT_ID: '42',
        CI_COMMIT_BRANCH: 'main',
        SRCGIT_GITLAB_TOKEN: GL_TOKEN,
      },
    )
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    expect(created.stdout).toMatch(/^rawhide: created \S+ \(1 dist-git commit\(s\) brought back\)$/m)
    const [mr] = gitlab.mergeRequests(42)
    expect(mr.description).toContain(
      `| ${link(forgejo, first)} | Build with zlib | Mia Maintainer | spec change |`,
    )
    expect(mr.description).not.toContain('/c/')
    // Told the backend: no version probe.
    expect(forgejo.log.slice(from).filter((r) => r.path.includes('/version'))).toEqual([])
  })
})
