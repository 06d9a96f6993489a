/**
 * The action's `job: sync-from-downstream` through the bundle, as a scheduled workflow runs it:
 * `node dist/index.js` on Node 24 with action.yml's inputs. The local forge serves dist-git
 * (rpms/hello, where a maintainer commits by hand) and the source-git repository (source/hello:
 * the workspace's origin over http, pushes authenticated like github.com's, Basic
 * x-access-token:<token>); the fake GitHub holds the pull requests and learns pushed branches
 * through the ref-sync proxy. Every assertion reads what the servers stored.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { actionDefaults, node24, runAction, shownText, type ActionRun } from '../support/action-runner.js'
import type { Forge } from '../support/forge/index.js'
import { gitEnv, TestRepo } from '../support/git-repo.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import { branchesOf, type RefSyncProxy } from '../support/ref-sync-proxy.js'
import {
  addPatch,
  addZlib,
  broughtBack,
  buildSyncedPackage,
  editSpec,
  fixLicense,
  githubRefSync,
  gitIn,
  maintainerCommit,
  serveSourceGit,
  startDistGitForge,
  SYNC_BRANCH,
} from '../support/sync-back-fixture.js'

// Each test runs the bundle end to end (git, three local servers, a child process): seconds each.
jest.setTimeout(60_000)

/** Git that talks to the forge must not block: the forge answers from this process. */
const gitAsync = (...args: string[]) => promisify(execFile)('git', args, { env: gitEnv() })
const REPO = 'fedora/hello'
/** The workflow's GITHUB_TOKEN, given as the github-token input (action.yml's default). */
const TOKEN = 'ghs_' + 'Wf7'.repeat(12)
/** What git would send for it: Basic base64(x-access-token:TOKEN). */
const CREDENTIAL = Buffer.from(`x-access-token:${TOKEN}`).toString('base64')

const GREETING_PATCH = [
  'diff --git a/hello.c b/hello.c',
  '--- a/hello.c',
  '+++ b/hello.c',
  '@@ -3,5 +3,5 @@',
  ' int main(void)',
  ' {',
  '-    puts("Hello, Fedora");',
  '+    puts("Hello, Fedora!");',
  '     return 0;',
  ' }',
  '',
].join('\n')
/** Its context is upstream's line, which the earlier patches changed: it cannot apply. */
const STALE_PATCH = GREETING_PATCH.replace('"Hello, Fedora");', '"Hello");')

let node: string
let forge: Forge
let github: FakeGitHub
let proxy: RefSyncProxy
/** The checked-out source-git repository the action runs in. */
let workspace: string
/** The source-git repository on the forge (what github.com holds). */
let sourceBare: string
let main: string
/** The maintainer's dist-git commits, oldest first. */
const hand: string[] = []

beforeAll(async () => {
  node = node24()
  // Source-git and dist-git after one forward sync: the sync point hand commits are counted from.
  const fixture = await buildSyncedPackage()
  forge = await startDistGitForge(fixture, 'mia')
  // github.com takes pushes from the workflow token as the user x-access-token.
  sourceBare = serveSourceGit(forge, fixture, TOKEN)
  main = fixture.sourceGit.git('rev-parse', 'main')

  // actions/checkout: a clone over http, and an extraheader of its own left in .git/config (here
  // with an expired token: srcgit must send its own instead, or the push is refused).
  workspace = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-workspace-')), 'hello')
  await gitAsync('clone', '-q', `${forge.url}/source/hello.git`, workspace)
  const expired = Buffer.from('x-access-token:ghs_expired').toString('base64')
  await gitAsync(
    '-C',
    workspace,
    'config',
    `http.${forge.url}/.extraheader`,
    `AUTHORIZATION: basic ${expired}`,
  )

  github = await startFakeGitHub({
    repos: [{ owner: 'fedora', name: 'hello', branches: { main } }],
    tokens: [{ token: TOKEN, name: 'workflow', permissions: { contents: 'write', pull_requests: 'write' } }],
  })
  proxy = await githubRefSync(github, REPO, sourceBare)
}, 120_000)

afterAll(async () => {
  await proxy?.stop()
  await github?.stop()
  await forge?.stop()
})

/** A maintainer's commit on dist-git rawhide, pushed to the forge (its hook reports to the forge). */
async function handCommit(message: string, change: (repo: TestRepo) => void): Promise<string> {
  const sha = await maintainerCommit(forge, change, message)
  hand.push(sha)
  return sha
}

interface SyncRun extends ActionRun {
  /** Non-GET requests to the fake GitHub during the run, as `METHOD path status`. */
  githubWrites: string[]
  /** Pushes to the forge (git-receive-pack) during the run. */
  pushes: string[]
}

async function sync(inputs: Record<string, string> = {}): Promise<SyncRun> {
  const fromGitHub = github.log.length
  const fromForge = forge.log.length
  const run = await runAction({
    node,
    workspace,
    eventName: 'schedule',
    payload: { schedule: '17 4 * * *' },
    // A scheduled run is on the default branch: the pull request goes into it.
    ref: 'refs/heads/main',
    inputs: { ...actionDefaults(TOKEN), job: 'sync-from-downstream', 'dist-git-url': forge.url, ...inputs },
    env: { GITHUB_API_URL: proxy.url, GITHUB_REPOSITORY: REPO },
  })
  expectNoSecrets(run)
  expectWorkspaceUntouched()
  return {
    ...run,
    githubWrites: github.log
      .slice(fromGitHub)
      .filter((r) => r.method !== 'GET')
      .map((r) => `${r.method} ${r.path} ${r.status}`),
    pushes: forge.log
      .slice(fromForge)
      .filter((r) => r.kind === 'git' && r.write)
      .map((r) => `${r.path} ${r.user} ${r.status}`),
  }
}

/** Neither the token nor what git sends for it is shown, kept in .git/config or pushed. */
function expectNoSecrets(run: ActionRun): void {
  const shown = shownText(run)
  const gitConfig = readFileSync(path.join(workspace, '.git', 'config'), 'utf8')
  const pushed = bare('log', '-p', '--format=fuller', '--all')
  for (const text of [shown, gitConfig, pushed, JSON.stringify(github.pulls(REPO))]) {
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain(CREDENTIAL)
  }
}

/** The job works in a worktree of its own: the checkout, its branches and refs stay as they were. */
function expectWorkspaceUntouched(): void {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', workspace, ...args], { encoding: 'utf8', env: gitEnv() }).trim()
  expect(git('symbolic-ref', '--short', 'HEAD')).toBe('main')
  expect(git('rev-parse', 'HEAD')).toBe(main)
  expect(git('status', '--porcelain')).toBe('')
  expect(git('worktree', 'list').split('\n')).toHaveLength(1)
  expect(git('for-each-ref', '--format=%(refname)', 'refs/heads/', 'refs/srcgit/')).toBe('refs/heads/main')
}

const bare = (...args: string[]) => gitIn(sourceBare, ...args)

const syncBranchSha = () => branchesOf(sourceBare).get(SYNC_BRANCH)
const outcomes = (run: ActionRun) =>
  JSON.parse(run.outputs['pull-requests']) as {
    branch: string
    url: string | null
    operation: string
    reason: string | null
  }[]

describe('dist/index.js on Node 24, job: sync-from-downstream on a schedule', () => {
  let prUrl = ''

  it('brings a maintainer spec change back as a pull request from srcgit/sync-from-rawhide', async () => {
    const zlib = await handCommit('Build with zlib\n\nThe compressed greeting needs it.\n', (repo) =>
      editSpec(repo, addZlib),
    )
    const run = await sync()
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('::group::Bring dist-git changes back to source-git')
    // The runner is told to mask the token the moment srcgit reads it.
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`)

    // One push, with the workflow token and not checkout's stale header; one pull request.
    expect(run.pushes).toEqual(['/source/hello.git/git-receive-pack x-access-token 200'])
    expect(run.githubWrites).toEqual([`POST /repos/${REPO}/pulls 201`])
    const [pr] = github.pulls(REPO)
    expect(pr).toMatchObject({
      number: 1,
      state: 'open',
      title: 'Sync from dist-git rawhide: 1 commit',
      head: { ref: SYNC_BRANCH, sha: syncBranchSha() },
      base: { ref: 'main' },
    })
    expect(pr.body).toContain(
      `| [\`${zlib.slice(0, 12)}\`](${forge.url}/rpms/hello/c/${zlib}) | Build with zlib | Mia Maintainer | spec change |`,
    )
    expect(pr.body).toContain('**Rebase and merge**')

    // The pushed commit: on main, under .distro/, the maintainer's author and message, the trailer.
    expect(bare('log', '-1', '--format=%an <%ae>%n%P%n%B', SYNC_BRANCH)).toBe(
      `Mia Maintainer <mia@example.com>\n${main}\nBuild with zlib\n\nThe compressed greeting needs it.\n\nFrom-dist-git-commit: ${zlib}`,
    )
    expect(bare('show', '--format=', '--name-only', SYNC_BRANCH)).toBe('.distro/hello.spec')
    const spec = bare('show', `${SYNC_BRANCH}:.distro/hello.spec`)
    expect(spec).toContain('BuildRequires:  zlib-devel\n')
    expect(spec).toContain('Mia Maintainer <mia@example.com> - 1.0-3\n- Build with zlib\n')
    expect(bare('rev-parse', 'main')).toBe(main)

    // Outputs and the job summary.
    prUrl = outcomes(run)[0].url ?? ''
    expect(prUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fedora\/hello\/pull\/1$/)
    expect(outcomes(run)).toEqual([
      { branch: 'rawhide', url: prUrl, operation: 'created', reason: '1 dist-git commit(s) brought back' },
    ])
    expect(run.outputs.operation).toBe('created')
    expect(run.summary).toContain('## srcgit sync-from-downstream into main\n')
    expect(run.summary).toContain(
      `| rawhide | created | [${prUrl}](${prUrl}) | 1 dist-git commit(s) brought back |`,
    )
    expect(run.summary).toContain(pr.body!.trimEnd())
  })

  it('changes nothing when run again: no push, no pull request written', async () => {
    const before = syncBranchSha()
    const run = await sync()
    expect(run.code).toBe(0)
    expect(run.outputs.operation).toBe('unchanged')
    expect(outcomes(run)).toMatchObject([{ branch: 'rawhide', url: prUrl, operation: 'unchanged' }])
    expect(run.pushes).toEqual([])
    expect(run.githubWrites).toEqual([])
    expect(syncBranchSha()).toBe(before)
    expect(github.pulls(REPO)).toHaveLength(1)
  })

  it('adds the next hand commit, a new patch, to the same pull request', async () => {
    const before = syncBranchSha()!
    const patch = await handCommit('Add an exclamation mark', addPatch(3, 'greeting.patch', GREETING_PATCH))
    const run = await sync()
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.outputs.operation).toBe('updated')
    expect(run.pushes).toHaveLength(1)
    expect(run.githubWrites).toEqual([`PATCH /repos/${REPO}/pulls/1 200`])
    const pulls = github.pulls(REPO)
    expect(pulls).toHaveLength(1)
    expect(pulls[0]).toMatchObject({
      title: 'Sync from dist-git rawhide: 2 commits',
      head: { sha: syncBranchSha() },
    })
    expect(pulls[0].body).toContain(
      `[\`${patch.slice(0, 12)}\`](${forge.url}/rpms/hello/c/${patch}) | Add an exclamation mark |`,
    )
    // The branch is remade on main each run: the first commit as before, the patch applied on top.
    expect(bare('rev-parse', `${SYNC_BRANCH}~1^{tree}`)).toBe(bare('rev-parse', `${before}^{tree}`))
    expect(
      bare(
        'log',
        '--reverse',
        '--format=%an|%(trailers:key=Patch-name,valueonly,separator=)|%(trailers:key=From-dist-git-commit,valueonly,separator=)',
        `main..${SYNC_BRANCH}`,
      ).split('\n'),
    ).toEqual([`Mia Maintainer||${hand[0]}`, `Mia Maintainer|greeting.patch|${patch}`])
    expect(bare('show', '--format=', '--name-only', SYNC_BRANCH)).toBe('hello.c')
    expect(bare('show', `${SYNC_BRANCH}:hello.c`)).toContain('puts("Hello, Fedora!");')
  })

  it('with dry-run: true says what it would do, and pushes and writes nothing', async () => {
    const before = syncBranchSha()
    await handCommit('Correct the license', (repo) => editSpec(repo, fixLicense))
    const run = await sync({ 'dry-run': 'true' })
    expect(run.code).toBe(0)
    expect(outcomes(run)).toEqual([
      {
        branch: 'rawhide',
        url: prUrl,
        operation: 'updated',
        reason: 'dry run: 3 dist-git commit(s) brought back; nothing was pushed or proposed',
      },
    ])
    expect(run.outputs.operation).toBe('updated')
    expect(run.summary).toContain('## srcgit sync-from-downstream into main, dry run\n')
    expect(run.pushes).toEqual([])
    expect(run.githubWrites).toEqual([])
    expect(syncBranchSha()).toBe(before)
    expect(github.pulls(REPO)[0].title).toBe('Sync from dist-git rawhide: 2 commits')
  })

  it('without the github-token fails naming the permissions, with outputs set', async () => {
    const before = syncBranchSha()
    const run = await sync({ 'github-token': '' })
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::sync-from-downstream opens a pull request: it needs the github-token input (with `permissions: contents: write, pull-requests: write`) and GITHUB_REPOSITORY',
    )
    expect(run.outputs).toMatchObject({ 'pull-requests': '[]', operation: 'failed' })
    expect(run.pushes).toEqual([])
    expect(run.githubWrites).toEqual([])
    expect(syncBranchSha()).toBe(before)
  })

  it('a dry run needs no github-token, and dist-git branch aliases are resolved with the bodhi-url input', async () => {
    const before = syncBranchSha()
    const run = await sync({ 'github-token': '', 'dry-run': 'true' })
    expect(run.code).toBe(0)
    expect(outcomes(run)).toMatchObject([
      {
        branch: 'rawhide',
        operation: 'created',
        reason:
          'dry run: 3 dist-git commit(s) brought back; nothing was pushed or proposed (without the github-token input, the open request was not looked up)',
      },
    ])
    expect(run.pushes).toEqual([])
    expect(run.githubWrites).toEqual([])
    expect(syncBranchSha()).toBe(before)

    // fedora-latest is F44 on the forge's Bodhi (bodhi.fedoraproject.org is not reachable here).
    const fromForge = forge.log.length
    const alias = await sync({
      'dry-run': 'true',
      'dist-git-branches': 'fedora-latest',
      'bodhi-url': forge.bodhiUrl,
    })
    expect(
      forge.log.slice(fromForge).some((r) => r.method === 'GET' && r.path.startsWith('/bodhi/releases/')),
    ).toBe(true)
    expect(alias.stdout).not.toContain('bodhi.fedoraproject.org')
    expect(outcomes(alias)).toMatchObject([
      { branch: 'f44', operation: 'failed', reason: expect.stringContaining('has no branch "f44"') },
    ])
  })

  it('stops at a dist-git patch that does not apply: named in the pull request and summary, nothing of it pushed', async () => {
    const stale = await handCommit('Say hello the old way', addPatch(4, 'stale.patch', STALE_PATCH))
    const good = hand.slice(0, -1)
    const run = await sync()
    expect(run.code).toBe(1)
    expect(run.stdout).toContain(
      '::error::sync-from-downstream did not complete: see the pull request and the summary for what needs a person',
    )
    // The commits before it are proposed; the stop is reported where a person looks.
    expect(run.outputs.operation).toBe('updated')
    expect(outcomes(run)[0].reason).toBe(
      `3 dist-git commit(s) brought back; stopped before dist-git commit ${stale.slice(0, 12)} ("Say hello the old way") at patch stale.patch, see the report`,
    )
    const pulls = github.pulls(REPO)
    expect(pulls).toHaveLength(1)
    expect(pulls[0].title).toBe('Sync from dist-git rawhide: 3 commits')
    for (const text of [pulls[0].body!, run.summary]) {
      expect(text).toContain('> [!WARNING]')
      expect(text).toContain(`(Say hello the old way), at patch \`stale.patch\`.**`)
      expect(text).toContain('error: hello.c: patch does not apply')
    }
    // No half-done branch: the good commits, nothing of the patch that failed.
    expect(broughtBack(sourceBare, 'main', SYNC_BRANCH)).toEqual(good)
    expect(bare('show', `${SYNC_BRANCH}:.distro/hello.spec`)).not.toContain('stale.patch')
    expect(bare('show', `${SYNC_BRANCH}:hello.c`)).toContain('puts("Hello, Fedora!");')
    expect(pulls[0].head.sha).toBe(syncBranchSha())
  })
})
