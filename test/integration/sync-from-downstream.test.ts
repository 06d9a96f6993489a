/**
 * sync-from-downstream end to end on real repositories: dist-git served by the local forge,
 * maintainers pushing commits to it by hand, source-git with a local bare origin (or the forge's
 * git over http), and the fake GitHub / GitLab APIs for the pull and merge requests.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { updateDistGit } from '../../src/jobs/update-dist-git.js'
import { syncFromDownstream } from '../../src/jobs/sync-from-downstream.js'
import { explainRemoteFailure, httpCredentials } from '../../src/jobs/sync-remote.js'
import type { CliRun } from '../support/cli.js'
import type { Forge } from '../support/forge/index.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'
import { branchesOf, startRefSyncProxy, type RefSyncProxy } from '../support/ref-sync-proxy.js'
import type { SourceGitFixture } from '../support/source-git-fixture.js'
import {
  addPatch,
  addZlib,
  broughtBack,
  buildSyncedPackage,
  editSpec,
  fixLicense,
  githubRefSync,
  gitIn,
  MAINTAINER,
  maintainerCommit,
  serveSourceGit,
  startDistGitForge,
  SYNC_BRANCH,
  bareOrigin,
  syncFromDownstreamCli,
} from '../support/sync-back-fixture.js'

// Commits made by the code under test need an identity; tests have no global git config.
Object.assign(process.env, gitEnv())
// Every test runs git, HTTP servers and several srcgit steps: seconds each on a busy machine.
jest.setTimeout(60_000)

const GH_TOKEN = 'ghs_'.padEnd(40, 'S1')
const GH_READONLY = 'ghs_'.padEnd(40, 'R0')
const GL_TOKEN = 'glpat-'.padEnd(26, 'G1')
const GL_REPORTER = 'glpat-'.padEnd(26, 'Q2')

const outputs: CliRun[] = []
const cli = syncFromDownstreamCli(outputs)

afterAll(() => {
  // No run printed a secret.
  for (const run of outputs)
    for (const secret of [GH_TOKEN, GH_READONLY, GL_TOKEN, GL_REPORTER])
      expect(`${run.stdout}${run.stderr}`).not.toContain(secret)
})

const BAD_PATCH =
  'diff --git a/hello.c b/hello.c\n--- a/hello.c\n+++ b/hello.c\n@@ -3,3 +3,3 @@\n int main(void)\n {\n' +
  '-    puts("Goodbye");\n+    puts("Farewell");\n'

/** Source-git's own checkout is left as it was: branch, head, clean, no worktree or temporary ref left. */
function expectCheckoutUntouched(fixture: SourceGitFixture, head: string): void {
  const sg = fixture.sourceGit
  expect(sg.git('symbolic-ref', '--short', 'HEAD')).toBe('main')
  expect(sg.git('rev-parse', 'HEAD')).toBe(head)
  expect(sg.git('status', '--porcelain')).toBe('')
  expect(sg.git('worktree', 'list').split('\n')).toHaveLength(1)
  expect(sg.git('for-each-ref', 'refs/srcgit/')).toBe('')
}

describe('sync-from-downstream on GitHub', () => {
  let forge: Forge
  let github: FakeGitHub
  let proxy: RefSyncProxy
  let fixture: SourceGitFixture
  let origin: string
  let head: string
  const hand: string[] = []

  beforeAll(async () => {
    fixture = await buildSyncedPackage()
    forge = await startDistGitForge(fixture, 'jane')
    origin = bareOrigin(fixture)
    head = fixture.sourceGit.git('rev-parse', 'HEAD')
    github = await startFakeGitHub({
      repos: [{ owner: 'fedora', name: 'hello', branches: { main: head } }],
      tokens: [
        { token: GH_TOKEN, name: 'bot', permissions: { contents: 'write', pull_requests: 'write' } },
        { token: GH_READONLY, name: 'readonly', permissions: { contents: 'write', pull_requests: 'read' } },
      ],
    })
    proxy = await githubRefSync(github, 'fedora/hello', origin)
  })
  afterAll(async () => {
    await proxy.stop()
    await github.stop()
    await forge.stop()
  })

  const run = (args: string[] = [], env: Record<string, string | undefined> = {}) =>
    cli([fixture.sourceGit.dir, '--dist-git-url', forge.url, ...args], {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'fedora/hello',
      GITHUB_API_URL: proxy.url,
      GITHUB_REF: 'refs/heads/main',
      SRCGIT_GITHUB_TOKEN: GH_TOKEN,
      ...env,
    })
  const writesSince = (from: number) =>
    github.log
      .slice(from)
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path} ${r.status}`)
  const syncBranchSha = () => branchesOf(origin).get(SYNC_BRANCH)

  it('does nothing when dist-git has nothing new: no branch, no request to GitHub', async () => {
    const from = github.log.length
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('rawhide: unchanged (nothing to sync)\n')
    expect(github.log.length).toBe(from)
    expect(syncBranchSha()).toBeUndefined()
    expectCheckoutUntouched(fixture, head)
  })

  it('names the permission when the push is refused, and opens nothing', async () => {
    hand.push(
      await maintainerCommit(
        forge,
        (repo) => editSpec(repo, addZlib),
        'Build with zlib\n\nThe compressed greeting needs it.\n',
      ),
    )
    const hook = path.join(origin, 'hooks', 'pre-receive')
    writeFileSync(
      hook,
      '#!/bin/sh\necho "Permission to fedora/hello.git denied to github-actions[bot]." >&2\nexit 1\n',
    )
    chmodSync(hook, 0o755)
    const from = github.log.length
    const result = await run()
    rmSync(hook)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `rawhide: failed (Pushing ${SYNC_BRANCH} to ${origin} failed: the remote refused it: SRCGIT_GITHUB_TOKEN must ` +
        'be allowed to push: give the workflow job `permissions: contents: write`',
    )
    expect(result.stdout).toContain('Permission to fedora/hello.git denied')
    expect(writesSince(from)).toEqual([])
    expect(syncBranchSha()).toBeUndefined()
    expectCheckoutUntouched(fixture, head)
  })

  it('names the permission when the pull request cannot be opened, and takes the pushed branch back', async () => {
    const from = github.log.length
    const result = await run([], { SRCGIT_GITHUB_TOKEN: GH_READONLY })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^rawhide: failed \(cannot open a pull request from srcgit\/sync-from-rawhide into main/m,
    )
    expect(result.stdout).toContain('403 Resource not accessible by integration')
    expect(result.stdout).toContain('`permissions: pull-requests: write`')
    expect(writesSince(from)).toEqual(['POST /repos/fedora/hello/pulls 403'])
    expect(github.pulls('fedora/hello')).toEqual([])
    // Nothing half-done: no branch without its pull request.
    expect(syncBranchSha()).toBeUndefined()
  })

  it('opens a pull request from srcgit/sync-from-rawhide with the commit under .distro/', async () => {
    const from = github.log.length
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^rawhide: created http:\/\/127\.0\.0\.1:\d+\/fedora\/hello\/pull\/1 \(1 dist-git commit\(s\) brought back\)$/m,
    )
    expect(writesSince(from)).toEqual(['POST /repos/fedora/hello/pulls 201'])

    const [pr] = github.pulls('fedora/hello')
    expect(pr).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Sync from dist-git rawhide: 1 commit',
      head: { ref: SYNC_BRANCH, sha: syncBranchSha() },
      base: { ref: 'main' },
      user: 'github-actions[bot]',
    })
    expect(pr.body).toContain(
      `| [\`${hand[0].slice(0, 12)}\`](${forge.url}/rpms/hello/c/${hand[0]}) | Build with zlib | Mia Maintainer | spec change |`,
    )
    expect(pr.body).toContain('**Rebase and merge**')
    expect(pr.body).not.toContain('[!WARNING]')

    const commit = gitIn(origin, 'log', '-1', '--format=%an <%ae>%n%P%n%B', SYNC_BRANCH)
    expect(commit).toBe(
      `${MAINTAINER.name} <${MAINTAINER.email}>\n${head}\nBuild with zlib\n\nThe compressed greeting needs it.\n\nFrom-dist-git-commit: ${hand[0]}`,
    )
    expect(gitIn(origin, 'show', '--format=', '--name-only', SYNC_BRANCH)).toBe('.distro/hello.spec')
    const spec = gitIn(origin, 'show', `${SYNC_BRANCH}:.distro/hello.spec`)
    expect(spec).toContain('BuildRequires:  zlib-devel\n')
    expect(spec).toContain('- Build with zlib\n')
    expect(spec).not.toContain('Patch1:')
    // The base branch and the checkout are not touched.
    expect(gitIn(origin, 'rev-parse', 'main')).toBe(head)
    expectCheckoutUntouched(fixture, head)
    expect(fixture.sourceGit.git('branch', '--list', SYNC_BRANCH)).toBe('')
  })

  it('changes nothing on a second run: no push, no write request', async () => {
    const before = syncBranchSha()
    const from = github.log.length
    const result = await run()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^rawhide: unchanged http:\/\/127\.0\.0\.1:\d+\/fedora\/hello\/pull\/1 /m)
    expect(writesSince(from)).toEqual([])
    expect(syncBranchSha()).toBe(before)
  })

  it('plans, then makes, the update of the same pull request when dist-git gets another commit', async () => {
    hand.push(await maintainerCommit(forge, (repo) => editSpec(repo, fixLicense), 'Correct the license'))
    const before = syncBranchSha()

    let from = github.log.length
    const dry = await run(['--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('dry run on GitHub: nothing was pushed or proposed')
    expect(dry.stdout).toMatch(
      /^rawhide: would update \S+\/pull\/1 \(dry run: 2 dist-git commit\(s\) brought back; nothing was pushed or proposed\)$/m,
    )
    expect(writesSince(from)).toEqual([])
    expect(syncBranchSha()).toBe(before)

    from = github.log.length
    const result = await run()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^rawhide: updated \S+\/pull\/1 \(2 dist-git commit\(s\) brought back\)$/m)
    expect(writesSince(from)).toEqual(['PATCH /repos/fedora/hello/pulls/1 200'])
    const pulls = github.pulls('fedora/hello')
    expect(pulls).toHaveLength(1)
    expect(pulls[0].title).toBe('Sync from dist-git rawhide: 2 commits')
    expect(pulls[0].head.sha).toBe(syncBranchSha())
    expect(pulls[0].body).toContain(
      `[\`${hand[1].slice(0, 12)}\`](${forge.url}/rpms/hello/c/${hand[1]}) | Correct the license |`,
    )
    expect(broughtBack(origin, 'main', SYNC_BRANCH)).toEqual(hand)
  })

  it('after the pull request is merged, has nothing to sync and update-dist-git sees both sides in sync', async () => {
    // "Rebase and merge" of a branch made on top of main: main gets its commits as they are.
    gitIn(origin, 'update-ref', 'refs/heads/main', `refs/heads/${SYNC_BRANCH}`)
    Object.assign(github.pulls('fedora/hello')[0], { state: 'closed', merged: true })
    const from = github.log.length
    const result = await run()
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('rawhide: unchanged (nothing to sync)\n')
    expect(github.log.length).toBe(from)

    fixture.sourceGit.git('pull', '-q', '--ff-only', 'origin', 'main')
    const dist = TestRepo.clone(forge.repoPath('rpms/hello'), 'srcgit-dist-git-check-')
    const before = dist.git('rev-parse', 'HEAD')
    const forward = await updateDistGit({
      sourceGit: fixture.sourceGit.dir,
      distGit: dist.dir,
      message: 'Sync from source-git',
    })
    expect(forward.status).toBe('nothing-to-do')
    expect(dist.git('rev-parse', 'HEAD')).toBe(before)
    expect(dist.git('status', '--porcelain')).toBe('')
    head = fixture.sourceGit.git('rev-parse', 'HEAD')
  })

  it('reports a patch that does not apply in the pull request and the outcome, with no broken commit', async () => {
    const license = await maintainerCommit(
      forge,
      (repo) => editSpec(repo, (s) => s.replace('Summary:        ', 'Summary:        A ')),
      'Better summary',
    )
    const bad = await maintainerCommit(forge, addPatch(3, 'bad.patch', BAD_PATCH, 'Local'), 'Say farewell')
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(
        `^rawhide: created \\S+/pull/2 \\(1 dist-git commit\\(s\\) brought back; stopped before dist-git commit ${bad.slice(0, 12)} \\("Say farewell"\\) at patch bad.patch, see the report\\)$`,
        'm',
      ),
    )
    expect(result.stdout).toContain(`${bad.slice(0, 12)} STOPPED: Say farewell (patch bad.patch)`)
    const pr = github.pulls('fedora/hello')[1]
    expect(pr).toMatchObject({ number: 2, state: 'open', title: 'Sync from dist-git rawhide: 1 commit' })
    expect(pr.body).toContain('> [!WARNING]')
    expect(pr.body).toContain(
      `> **The sync stopped before dist-git commit [\`${bad.slice(0, 12)}\`](${forge.url}/rpms/hello/c/${bad}) (Say farewell), at patch \`bad.patch\`.**`,
    )
    expect(pr.body).toContain('does not apply to source-git')
    expect(pr.body).toContain('error: patch failed: hello.c:3\n> error: hello.c: patch does not apply\n')
    expect(pr.body).toContain(
      `with the trailers \`Patch-name: bad.patch\` and \`From-dist-git-commit: ${bad}\``,
    )
    // The good commit before it is there; nothing of the patch is.
    expect(broughtBack(origin, 'main', SYNC_BRANCH)).toEqual([license])
    expect(gitIn(origin, 'show', `${SYNC_BRANCH}:hello.c`)).toBe(gitIn(origin, 'show', 'main:hello.c'))
    expect(gitIn(origin, 'show', `${SYNC_BRANCH}:.distro/hello.spec`)).not.toContain('bad.patch')
  })

  it('never replaces commits someone else pushed to the sync branch, unless forced', async () => {
    const person = TestRepo.clone(origin, 'srcgit-person-')
    person.git('checkout', '-q', '-b', 'fix', `origin/${SYNC_BRANCH}`)
    person.write('NOTES', 'fixed by hand\n')
    person.commit('Fix by hand', { name: 'Jane Person', email: 'jane@example.com' })
    person.git('push', '-q', 'origin', `HEAD:refs/heads/${SYNC_BRANCH}`)
    const janes = syncBranchSha()

    const from = github.log.length
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `rawhide: skipped (branch modified by Jane Person: ${SYNC_BRANCH} on ${origin} has commits srcgit did not make; ` +
        'merge or close its request, or rerun with force to replace them)',
    )
    expect(writesSince(from)).toEqual([])
    expect(syncBranchSha()).toBe(janes)

    const forced = await run(['--force'])
    expect(forced.stdout).toMatch(/^rawhide: updated \S+\/pull\/2 /m)
    expect(syncBranchSha()).not.toBe(janes)
    expect(gitIn(origin, 'log', '--format=%an', `main..${SYNC_BRANCH}`)).toBe(MAINTAINER.name)
  })
})

describe('sync-from-downstream on GitLab', () => {
  let forge: Forge
  let gitlab: FakeGitLab
  let proxy: RefSyncProxy
  let fixture: SourceGitFixture
  let origin: string

  beforeAll(async () => {
    fixture = await buildSyncedPackage()
    forge = await startDistGitForge(fixture, 'jane')
    origin = bareOrigin(fixture)
    gitlab = await startFakeGitLab({
      projects: [
        { id: 42, path: 'fedora/hello', branches: { main: fixture.sourceGit.git('rev-parse', 'HEAD') } },
      ],
      accessTokens: [
        { token: GL_TOKEN, username: 'srcgit-bot', role: 'developer', scopes: ['api'] },
        { token: GL_REPORTER, username: 'reader', role: 'reporter', scopes: ['api'] },
      ],
    })
    proxy = await startRefSyncProxy(gitlab.url, () => {
      for (const [branch, sha] of branchesOf(origin)) gitlab.setBranch(42, branch, sha)
    })
  })
  afterAll(async () => {
    await proxy.stop()
    await gitlab.stop()
    await forge.stop()
  })

  const run = (env: Record<string, string | undefined> = {}) =>
    cli([fixture.sourceGit.dir, '--dist-git-url', forge.url], {
      GITLAB_CI: 'true',
      CI_SERVER_URL: proxy.url,
      CI_PROJECT_ID: '42',
      CI_COMMIT_BRANCH: 'main',
      SRCGIT_GITLAB_TOKEN: GL_TOKEN,
      ...env,
    })
  const writesSince = (from: number) => gitlab.log.slice(from).filter((r) => r.method !== 'GET')

  it('opens a merge request, updates it with the next commit, and leaves it alone when nothing changed', async () => {
    const first = await maintainerCommit(forge, (repo) => editSpec(repo, addZlib), 'Build with zlib')
    const reports = mkdtempSync(path.join(os.tmpdir(), 'srcgit-reports-'))
    const dotenv = path.join(reports, 'srcgit.env')
    const summary = path.join(reports, 'summary.md')
    const created = await run({ SRCGIT_DOTENV: dotenv, SRCGIT_SUMMARY: summary })
    expect(created.stderr).toBe('')
    expect(created.code).toBe(0)
    expect(created.stdout).toMatch(/^rawhide: created \S+ \(1 dist-git commit\(s\) brought back\)$/m)
    const [mr] = gitlab.mergeRequests(42)
    expect(mr).toMatchObject({
      iid: 1,
      state: 'opened',
      source_branch: SYNC_BRANCH,
      target_branch: 'main',
      author: 'srcgit-bot',
      title: 'Sync from dist-git rawhide: 1 commit',
      remove_source_branch: true,
    })
    expect(mr.description).toContain(`[\`${first.slice(0, 12)}\`](${forge.url}/rpms/hello/c/${first})`)
    expect(mr.description).toContain(
      'Merge this merge request with a fast-forward merge or a merge commit, without squashing',
    )
    expect(broughtBack(origin, 'main', SYNC_BRANCH)).toEqual([first])
    expect(readFileSync(dotenv, 'utf8')).toContain('SRCGIT_OPERATION=created\n')
    const url = /^rawhide: created (\S+) /m.exec(created.stdout)![1]
    expect(url).toMatch(/\/fedora\/hello\/-\/merge_requests\/1$/)
    expect(readFileSync(dotenv, 'utf8')).toContain(`"url":"${url}","operation":"created"`)
    const markdown = readFileSync(summary, 'utf8')
    expect(markdown).toContain('## srcgit sync-from-downstream into main\n')
    expect(markdown).toContain(`| rawhide | created | [${url}](${url}) |`)
    expect(markdown).toContain(mr.description!.trimEnd())

    const second = await maintainerCommit(forge, (repo) => editSpec(repo, fixLicense), 'Correct the license')
    const updated = await run()
    expect(updated.code).toBe(0)
    expect(updated.stdout).toMatch(/^rawhide: updated \S+ \(2 dist-git commit\(s\) brought back\)$/m)
    expect(gitlab.mergeRequests(42)).toHaveLength(1)
    expect(gitlab.mergeRequests(42)[0].title).toBe('Sync from dist-git rawhide: 2 commits')
    expect(broughtBack(origin, 'main', SYNC_BRANCH)).toEqual([first, second])

    const from = gitlab.log.length
    const again = await run()
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/^rawhide: unchanged /m)
    expect(writesSince(from)).toEqual([])
  })

  it('names the Developer role when the token may not update the merge request, and puts the branch back', async () => {
    const before = branchesOf(origin).get(SYNC_BRANCH)
    await maintainerCommit(
      forge,
      (repo) => editSpec(repo, (s) => s.replace('Summary:        ', 'Summary:        A ')),
      'Better summary',
    )
    const result = await run({ SRCGIT_GITLAB_TOKEN: GL_REPORTER })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /^rawhide: failed \(cannot update merge request !1 in 42: the token's role may not open or update merge requests \(403/m,
    )
    expect(result.stdout).toContain('Developer role')
    expect(branchesOf(origin).get(SYNC_BRANCH)).toBe(before)
    expect(gitlab.mergeRequests(42)[0].title).toBe('Sync from dist-git rawhide: 2 commits')
  })
})

describe('sync-from-downstream pushing over http(s) with the token', () => {
  const PUSH_TOKEN = 'ghs_'.padEnd(40, 'H3')
  let forge: Forge
  let github: FakeGitHub
  let proxy: RefSyncProxy
  let fixture: SourceGitFixture

  beforeAll(async () => {
    fixture = await buildSyncedPackage()
    forge = await startDistGitForge(fixture, 'jane')
    // The source-git repository on a git http server that wants Basic x-access-token:<token>.
    const bare = serveSourceGit(forge, fixture, PUSH_TOKEN)
    fixture.sourceGit.git('remote', 'set-url', 'origin', `${forge.url}/source/hello.git`)
    // What actions/checkout leaves in .git/config: a header of its own for the server.
    const stale = Buffer.from('x-access-token:stale-checkout-token').toString('base64')
    fixture.sourceGit.git('config', `http.${forge.url}/.extraheader`, `AUTHORIZATION: basic ${stale}`)
    github = await startFakeGitHub({
      repos: [
        { owner: 'fedora', name: 'hello', branches: { main: fixture.sourceGit.git('rev-parse', 'HEAD') } },
      ],
      tokens: [
        { token: PUSH_TOKEN, name: 'bot' },
        { token: GH_TOKEN, name: 'other' },
      ],
    })
    proxy = await githubRefSync(github, 'fedora/hello', bare)
  })
  afterAll(async () => {
    await proxy.stop()
    await github.stop()
    await forge.stop()
  })

  const run = (token: string) =>
    cli([fixture.sourceGit.dir, '--dist-git-url', forge.url], {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'fedora/hello',
      GITHUB_API_URL: proxy.url,
      GITHUB_REF: 'refs/heads/main',
      SRCGIT_GITHUB_TOKEN: token,
    })

  it('explains a token the git server refuses', async () => {
    await maintainerCommit(forge, (repo) => editSpec(repo, addZlib), 'Build with zlib')
    const from = forge.log.length
    const result = await run(GH_TOKEN)
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `rawhide: failed (Pushing ${SYNC_BRANCH} to ${forge.url}/source/hello.git failed: the remote refused SRCGIT_GITHUB_TOKEN (wrong, revoked or expired)`,
    )
    expect(forge.log.slice(from).filter((r) => r.write)).toEqual([])
    expect(github.pulls('fedora/hello')).toEqual([])
  })

  it('sends the token as the only Authorization header of the push, and never shows it', async () => {
    const from = forge.log.length
    const result = await run(PUSH_TOKEN)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^rawhide: created \S+\/pull\/1 /m)
    const pushes = forge.log.slice(from).filter((r) => r.write)
    expect(pushes.map((r) => [r.method, r.path, r.user, r.status])).toEqual([
      ['POST', '/source/hello.git/git-receive-pack', 'x-access-token', 200],
    ])
    expect(branchesOf(forge.repoPath('source/hello')).get(SYNC_BRANCH)).toBe(
      github.pulls('fedora/hello')[0].head.sha,
    )
    // Nothing was written to the repository's configuration: only checkout's header is there.
    expect(fixture.sourceGit.git('config', '--get-regexp', 'extraheader')).toBe(
      `http.${forge.url}/.extraheader AUTHORIZATION: basic ${Buffer.from('x-access-token:stale-checkout-token').toString('base64')}`,
    )
  })
})

describe('sync-from-downstream without a platform', () => {
  let fixture: SourceGitFixture

  beforeAll(async () => {
    fixture = await buildSyncedPackage()
  })

  const run = (...args: string[]) =>
    cli([fixture.sourceGit.dir, '--dist-git', fixture.distGit.dir, ...args], {})

  it('makes the sync branch in SOURCE_GIT only, once', async () => {
    editSpec(fixture.distGit, addZlib)
    const zlib = fixture.distGit.commit('Build with zlib', MAINTAINER)
    const head = fixture.sourceGit.git('rev-parse', 'HEAD')

    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain(
      'Sync from dist-git into main, local run: branches made in SOURCE_GIT only.',
    )
    expect(result.stdout).toContain(`${zlib.slice(0, 12)} -> spec  Build with zlib`)
    expect(result.stdout).toContain(
      `rawhide: created (local branch ${SYNC_BRANCH} on main (1 dist-git commit(s) brought back); push it and propose it into main)`,
    )
    const branch = fixture.sourceGit.git('rev-parse', SYNC_BRANCH)
    expect(fixture.sourceGit.git('rev-parse', `${SYNC_BRANCH}^`)).toBe(head)
    expect(
      fixture.sourceGit.git(
        'log',
        '-1',
        '--format=%an|%(trailers:key=From-dist-git-commit,valueonly)',
        SYNC_BRANCH,
      ),
    ).toBe(`${MAINTAINER.name}|${zlib}`)
    expectCheckoutUntouched(fixture, head)

    const again = await run()
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(
      `rawhide: unchanged (${SYNC_BRANCH} in ${fixture.sourceGit.dir} already has these commits)`,
    )
    expect(fixture.sourceGit.git('rev-parse', SYNC_BRANCH)).toBe(branch)

    editSpec(fixture.distGit, fixLicense)
    fixture.distGit.commit('Correct the license', MAINTAINER)
    const dry = await run('--dry-run')
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(
      'rawhide: would update (dry run: 2 dist-git commit(s) brought back; nothing was kept)',
    )
    expect(fixture.sourceGit.git('rev-parse', SYNC_BRANCH)).toBe(branch)
    expectCheckoutUntouched(fixture, head)
  })

  it('fails one branch without stopping the others, and reports nothing-to-sync branches', async () => {
    fixture.distGit.git('branch', 'f43', 'rawhide~2')
    fixture.distGit.git('branch', 'f42', 'rawhide~3')
    const result = await syncFromDownstream({
      sourceGit: fixture.sourceGit.dir,
      distGit: fixture.distGit.dir,
      branches: ['nope', 'f43', 'f42'],
      dryRun: true,
    })
    expect(result.outcomes.map((o) => [o.branch, o.operation])).toEqual([
      ['nope', 'failed'],
      ['f43', 'unchanged'],
      ['f42', 'failed'],
    ])
    expect(result.outcomes[0].reason).toBe(`dist-git ${fixture.distGit.dir} has no branch "nope"`)
    expect(result.outcomes[1].reason).toBe('nothing to sync')
    // Named by where dist-git came from, not by the temporary worktree.
    expect(result.outcomes[2].reason).toMatch(
      new RegExp(`^dist-git ${fixture.distGit.dir} \\(f42\\) has no sync point`),
    )
  })

  it('fails a branch whose first new dist-git commit cannot be brought back, and makes no branch', async () => {
    const dist = fixture.distGit
    dist.git('checkout', '-q', '-b', 'f44', 'rawhide~2')
    addPatch(3, 'bad.patch', BAD_PATCH)(dist)
    const bad = dist.commit('Say farewell', MAINTAINER)
    dist.git('checkout', '-q', 'rawhide')
    const result = await run('--branch', 'f44')
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `f44: failed (nothing brought back: stopped before dist-git commit ${bad.slice(0, 12)} ("Say farewell") at patch bad.patch: ` +
        `patch bad.patch from dist-git commit ${bad.slice(0, 12)} ("Say farewell") does not apply to source-git`,
    )
    expect(fixture.sourceGit.git('branch', '--list', 'srcgit/sync-from-f44')).toBe('')
  })

  it('explains command-line and setup mistakes', async () => {
    expect((await cli(['--help'], {})).stdout).toContain(
      'Usage: srcgit sync-from-downstream [options] [SOURCE_GIT]',
    )
    expect(await cli(['--platform', 'bitbucket', fixture.sourceGit.dir], {})).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--platform must be github, gitlab or local, not "bitbucket"'),
    })
    expect(await cli(['--platform', 'github', fixture.sourceGit.dir], {})).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--repository OWNER/NAME'),
    })
    const noToken = await cli(
      ['--platform', 'github', '--repository', 'fedora/hello', fixture.sourceGit.dir],
      {},
    )
    expect(noToken.code).toBe(1)
    expect(noToken.stderr).toContain('SRCGIT_GITHUB_TOKEN (or GITHUB_TOKEN) is empty')
    expect(noToken.stderr).toContain('`pull-requests: write`')
    const noRemote = await cli(['--platform', 'gitlab', '--remote', 'upstream', fixture.sourceGit.dir], {
      CI_SERVER_URL: 'http://127.0.0.1:9',
      CI_PROJECT_ID: '1',
      SRCGIT_GITLAB_TOKEN: GL_TOKEN,
    })
    expect(noRemote.code).toBe(1)
    expect(noRemote.stderr).toContain('has no remote "upstream"')
    fixture.sourceGit.git('checkout', '-q', '--detach')
    const detached = await cli([fixture.sourceGit.dir, '--dist-git', fixture.distGit.dir], {})
    fixture.sourceGit.git('checkout', '-q', 'main')
    expect(detached.code).toBe(1)
    expect(detached.stderr).toContain('give the branch to propose into with --base')
  })
})

describe('push credentials and push failures', () => {
  const github = {
    kind: 'github' as const,
    token: 'ghp_secret-token-value',
    tokenName: 'SRCGIT_GITHUB_TOKEN',
  }

  it('gives the token only to http(s) remotes, without user info, after clearing inherited headers', () => {
    expect(httpCredentials('/srv/git/hello.git', github)).toBeUndefined()
    expect(httpCredentials('git@github.com:fedora/hello.git', github)).toBeUndefined()
    expect(
      httpCredentials('https://github.com/fedora/hello.git', { ...github, token: undefined }),
    ).toBeUndefined()
    const given = httpCredentials(
      'https://gitlab-ci-token:job@gitlab.com/fedora/hello.git',
      {
        kind: 'gitlab',
        token: 'glpat-abcdef',
        tokenName: 'SRCGIT_GITLAB_TOKEN',
      },
      { GIT_CONFIG_COUNT: '1' },
    )
    const key = 'http.https://gitlab.com/fedora/hello.git.extraheader'
    expect(given).toEqual({
      url: 'https://gitlab.com/fedora/hello.git',
      env: {
        GIT_CONFIG_COUNT: '3',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: '',
        GIT_CONFIG_KEY_2: key,
        GIT_CONFIG_VALUE_2: `AUTHORIZATION: basic ${Buffer.from('oauth2:glpat-abcdef').toString('base64')}`,
      },
    })
    expect(() => httpCredentials('http://git.example.org/fedora/hello.git', github)).toThrow(
      'is plain http: SRCGIT_GITHUB_TOKEN is not sent over it',
    )
  })

  it('says what to do about a refused GitLab push and a branch that moved', () => {
    const remote = {
      label: 'https://gitlab.com/fedora/hello.git',
      platform: { kind: 'gitlab' as const, tokenName: 'SRCGIT_GITLAB_TOKEN', token: 'x' },
    }
    const what = { action: 'push' as const, branch: SYNC_BRANCH }
    expect(
      explainRemoteFailure(
        'remote: You are not allowed to push code to this project.\nfatal: unable to access',
        remote,
        what,
      ),
    ).toContain(
      'SRCGIT_GITLAB_TOKEN must be allowed to push: a project access token with the Developer role and the api',
    )
    expect(explainRemoteFailure(' ! [rejected] x -> x (stale info)', remote, what)).toContain(
      'changed on the remote since it was read; srcgit did not overwrite it',
    )
  })
})
