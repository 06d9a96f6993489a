/**
 * The action bundle run exactly as the runner runs it: `node dist/index.js` (on Node 24, the
 * runtime action.yml declares) with INPUT_* variables (action.yml defaults applied), a real-shaped
 * event payload, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, against the local forge.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  actionDefaults,
  node24,
  runAction as runBundle,
  shownText,
  type ActionRun,
} from '../support/action-runner.js'
import { startForge, type Forge, type RequestRecord } from '../support/forge/index.js'
import { buildReleaseFixture, releaseUpstream } from '../support/source-git-fixture.js'

// Every test runs srcgit end to end (git, HTTP, child processes): seconds each, more on a busy CI machine.
jest.setTimeout(60_000)

const PAGURE_TOKEN = 'ACT'.padEnd(64, 'Q5')
const GITHUB_TOKEN = 'ghs_' + 'x'.repeat(36)
const defaults = actionDefaults(GITHUB_TOKEN)

let forge: Forge
let node: string
/** GitHub's REST API, the one endpoint used: GET /repos/{owner}/{repo}/releases/tags/{tag}. */
let github: Server
let githubUrl: string
const githubRequests: string[] = []
const fixture = buildReleaseFixture()

beforeAll(async () => {
  node = node24()
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: PAGURE_TOKEN,
        user: 'bot',
        acls: [
          'fork_project',
          'pull_request_create',
          'pull_request_update',
          'pull_request_comment',
          'pull_request_close',
          'commit',
        ],
      },
    ],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir })
  github = createServer((req, res) => {
    githubRequests.push(`${req.method} ${req.url} ${req.headers.authorization === `Bearer ${GITHUB_TOKEN}`}`)
    const m = /^\/repos\/example\/hello\/releases\/tags\/(.+)$/.exec(req.url ?? '')
    if (m?.[1] === 'v1.2') {
      res.writeHead(200, { 'content-type': 'application/json' })
      return res.end(
        JSON.stringify({
          tag_name: 'v1.2',
          name: 'hello 1.2',
          body: '- Notes from the GitHub API',
          draft: false,
        }),
      )
    }
    res.writeHead(404, { 'content-type': 'application/json' })
    res.end(
      JSON.stringify({
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest',
        status: '404',
      }),
    )
  })
  await new Promise<void>((resolve) => github.listen(0, '127.0.0.1', resolve))
  githubUrl = `http://127.0.0.1:${(github.address() as AddressInfo).port}`
}, 120_000)
afterAll(async () => {
  await forge.stop()
  await new Promise((resolve) => github.close(resolve))
})

type ActionRunWithRequests = ActionRun & { requests: RequestRecord[] }

async function runAction(
  eventName: string,
  payload: object,
  inputs: Record<string, string>,
  ref = '',
): Promise<ActionRunWithRequests> {
  const from = forge.log.length
  const run = await runBundle({
    node,
    workspace: fixture.sourceGit.dir,
    eventName,
    payload,
    ref,
    inputs: {
      ...defaults,
      'dist-git-url': forge.url,
      'lookaside-url': forge.lookasideUrl,
      'push-protocol': 'https',
      'dist-git-branches': 'main, f43',
      ...inputs,
    },
    env: {
      GITHUB_API_URL: githubUrl,
      GITHUB_REPOSITORY: 'example/hello',
      // The local forge's stand-in for the Kerberos login to upload.cgi.
      SRCGIT_TEST_LOOKASIDE_USER: 'bot',
    },
  })
  return { ...run, requests: forge.log.slice(from) }
}

function noSecrets(run: ActionRun) {
  const everything = shownText(run)
  expect(everything.length).toBeGreaterThan(0)
  expect(everything).not.toContain(PAGURE_TOKEN)
  expect(everything).not.toContain(GITHUB_TOKEN)
}

const writes = (requests: RequestRecord[]) => requests.filter((r) => r.write && r.path !== '/api/0/-/whoami')

describe('dist/index.js on Node 24 against the forge', () => {
  it('proposes a published release: outputs, job summary, pull requests on the server', async () => {
    const run = await runAction(
      'release',
      {
        action: 'published',
        release: { tag_name: 'v1.1', body: '- Exit codes are configurable\r\n- Faster', draft: false },
      },
      { 'pagure-token': PAGURE_TOKEN },
    )
    noSecrets(run)
    expect(run.stdout).not.toContain('::error')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('srcgit propose-downstream: release v1.1')
    expect(run.stdout).toContain('::group::Propose v1.1 to dist-git')
    const prs = JSON.parse(run.outputs['pull-requests']) as {
      branch: string
      operation: string
      url: string
    }[]
    expect(prs.map((p) => [p.branch, p.operation])).toEqual([
      ['main', 'created'],
      ['f43', 'created'],
    ])
    expect(prs[0].url).toBe(forge.pullRequests('rpms', 'hello')[0].full_url)
    expect(run.outputs.version).toBe('1.1')
    expect(run.outputs.operation).toBe('created')
    expect(run.summary).toContain('## srcgit propose-downstream: v1.1 (version 1.1)')
    expect(run.summary).toMatch(
      /\| main \| 🆕 created \| \[#1\]\(http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1\) \|/,
    )
    expect(run.summary).toContain('<details><summary>dist-git diff</summary>')
    expect(run.summary).toContain('+Version:        1.1')
    // The release notes became the changelog entry; the GitHub actor authored the commit.
    const fork = forge.repoPath('forks/bot/rpms/hello')
    const spec = execFileSync('git', ['-C', fork, 'show', 'main-update-propose_downstream:hello.spec'], {
      encoding: 'utf8',
    })
    expect(spec).toContain(
      'octocat <583231+octocat@users.noreply.github.com> - 1.1-1\n- Exit codes are configurable\n- Faster\n',
    )
  })

  it('a push of the same tag changes nothing', async () => {
    const run = await runAction(
      'push',
      { ref: 'refs/tags/v1.1' },
      { 'pagure-token': PAGURE_TOKEN },
      'refs/tags/v1.1',
    )
    noSecrets(run)
    expect(run.code).toBe(0)
    expect(run.outputs.operation).toBe('unchanged')
    expect(writes(run.requests)).toEqual([])
  })

  it('a manual dry run plans the next release with read requests only', async () => {
    const before = fixture.sourceGit.git('rev-parse', 'HEAD')
    releaseUpstream(fixture, 'v1.2')
    const run = await runAction(
      'workflow_dispatch',
      { inputs: { tag: 'v1.2' } },
      { 'pagure-token': PAGURE_TOKEN, 'dry-run': 'true' },
    )
    noSecrets(run)
    expect(run.code).toBe(0)
    expect(JSON.parse(run.outputs['pull-requests']).map((p: { operation: string }) => p.operation)).toEqual([
      'updated',
      'updated',
    ])
    expect(run.outputs.version).toBe('1.2')
    expect(writes(run.requests)).toEqual([])
    // Not in the event: the release notes came from the GitHub API, with the github-token.
    expect(githubRequests).toContain('GET /repos/example/hello/releases/tags/v1.2 true')
    expect(run.summary).toContain('+- Notes from the GitHub API\n')
    // A dry run: source-git goes back to v1.1 for the previews below.
    fixture.sourceGit.git('reset', '-q', '--hard', before)
  })

  it('a release event that checks out the upstream tag says where to run instead, with outputs set', async () => {
    // actions/checkout of refs/tags/v1.1: upstream's commit, which has no .distro/.
    fixture.sourceGit.git('checkout', '-q', '--detach', 'v1.1')
    try {
      const run = await runAction(
        'release',
        { action: 'published', release: { tag_name: 'v1.1', body: '' } },
        { 'pagure-token': PAGURE_TOKEN },
        'refs/tags/v1.1',
      )
      noSecrets(run)
      expect(run.code).toBe(1)
      expect(run.stdout).toContain('::error::the checkout is the release tag v1.1, an upstream commit')
      expect(run.stdout).toContain('on GitHub a workflow_dispatch run with tag: v1.1')
      expect(run.outputs.operation).toBe('failed')
      expect(writes(run.requests)).toEqual([])
    } finally {
      fixture.sourceGit.git('checkout', '-q', 'rawhide')
    }
  })

  it('fails clearly, with outputs set, on an event it does not handle and on missing secrets', async () => {
    const pr = await runAction('issues', { action: 'opened' }, { 'pagure-token': PAGURE_TOKEN })
    expect(pr.code).toBe(1)
    expect(pr.stdout).toContain(
      '::error::srcgit runs on `release` (published), `push` of a tag, `workflow_dispatch` (with the `tag` or `version` input) and `pull_request` (previews); this run was triggered by `issues`',
    )
    expect(pr.outputs.operation).toBe('failed')

    const noToken = await runAction('push', { ref: 'refs/tags/v1.2' }, {}, 'refs/tags/v1.2')
    expect(noToken.code).toBe(1)
    expect(noToken.stdout).toContain('::error::input "dist-git-token" is empty')

    const badInput = await runAction(
      'push',
      { ref: 'refs/tags/v1.2' },
      { 'pagure-token': PAGURE_TOKEN, 'dry-run': 'maybe' },
      'refs/tags/v1.2',
    )
    expect(badInput.code).toBe(1)
    expect(badInput.stdout).toContain('::error::input "dry-run" is "maybe"; it must be true or false')
    // Outputs are set even when the inputs could not be read.
    expect(badInput.outputs).toMatchObject({ 'pull-requests': '[]', operation: 'failed' })
    for (const run of [pr, noToken, badInput]) noSecrets(run)
  })

  describe('source-git pull requests get a dist-git preview', () => {
    const PR = 7
    let head = ''
    const prEvent = (action: string, extra: object = {}) => ({
      action,
      number: PR,
      pull_request: {
        number: PR,
        title: 'Rebase to 1.1 and fix the exit code',
        html_url: `https://github.com/example/hello/pull/${PR}`,
        merged: false,
        head: { sha: head, ref: 'rebase-1.1' },
        base: { ref: 'rawhide' },
        ...extra,
      },
    })
    const previews = () =>
      forge.pullRequests('rpms', 'hello').filter((pr) => pr.branch_from.endsWith(`-srcgit-pr-${PR}`))
    const forkFile = (branch: string, file: string) =>
      execFileSync('git', ['-C', forge.repoPath('forks/bot/rpms/hello'), 'show', `${branch}:${file}`], {
        encoding: 'utf8',
      })

    /** The PR's commits on a branch, and the merge commit actions/checkout checks out, detached. */
    function pushToPullRequest(change: (repo: typeof fixture.sourceGit) => void) {
      const repo = fixture.sourceGit
      repo.git('checkout', '-q', head ? head : 'rawhide')
      change(repo)
      head = repo.git('rev-parse', 'HEAD').trim()
      repo.git('checkout', '-q', '--detach', 'rawhide')
      repo.git('merge', '-q', '--no-ff', '-m', `Merge ${head} into rawhide`, head)
    }

    afterAll(() => {
      fixture.sourceGit.git('checkout', '-q', 'rawhide')
    })

    it('opens one preview per branch from <branch>-srcgit-pr-<N>, with the PR content and the archive it needs', async () => {
      pushToPullRequest((repo) => {
        repo.write(
          '.distro/hello.spec',
          readFileSync(path.join(repo.dir, '.distro/hello.spec'), 'utf8').replace(
            /^Version:\s+1\.0$/m,
            'Version:        1.1',
          ),
        )
        repo.commit('Packaging: hello 1.1')
        repo.write('Makefile', 'hello: hello.c\n\tcc -o hello hello.c\n')
        repo.commit('Build with cc\n\nPatch-name: hello-cc.patch\n')
      })
      const run = await runAction('pull_request', prEvent('opened'), { 'pagure-token': PAGURE_TOKEN })
      noSecrets(run)
      expect(run.stdout).not.toContain('::error')
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`::group::Preview source-git PR #${PR} in dist-git`)
      const outputs = JSON.parse(run.outputs['pull-requests']) as { branch: string; operation: string }[]
      expect(outputs.map((o) => [o.branch, o.operation])).toEqual([
        ['main', 'created'],
        ['f43', 'created'],
      ])
      expect(run.outputs.operation).toBe('created')
      expect(run.summary).toContain(`## srcgit preview of source-git PR #${PR}`)
      const prs = previews()
      expect(prs.map((pr) => [pr.branch, pr.branch_from, pr.status, pr.title])).toEqual([
        [
          'main',
          `main-srcgit-pr-${PR}`,
          'Open',
          `Preview of source-git PR #${PR}: Rebase to 1.1 and fix the exit code`,
        ],
        [
          'f43',
          `f43-srcgit-pr-${PR}`,
          'Open',
          `Preview of source-git PR #${PR}: Rebase to 1.1 and fix the exit code`,
        ],
      ])
      expect(prs[0].initial_comment).toContain(`https://github.com/example/hello/pull/${PR}`)
      expect(prs[0].initial_comment).toContain('merge this pull request first')
      expect(prs[0].initial_comment).toContain(`"pull_request":${PR}`)
      expect(prs[0].initial_comment).toContain(`"commit":"${head}"`)
      // The PR's spec and its patches, no release bump of our own; the new archive in sources and the cache.
      const spec = forkFile(`main-srcgit-pr-${PR}`, 'hello.spec')
      expect(spec).toMatch(/^Version:\s+1\.1$/m)
      expect(spec).toMatch(/^Patch\d+:\s+hello-cc\.patch$/m)
      expect(forkFile(`main-srcgit-pr-${PR}`, 'hello-cc.patch')).toContain('+\tcc -o hello hello.c')
      const sources = forkFile(`main-srcgit-pr-${PR}`, 'sources')
      expect(sources).toMatch(/^SHA512 \(hello-1\.1\.tar\.gz\) = [0-9a-f]{128}$/m)
      expect(sources).not.toContain('hello-1.0.tar.gz')
      // The release run uploaded the same archive of v1.1 (upstream_ref): the cache has it, and srcgit checked.
      expect(sources).toBe(forkFile('main-update-propose_downstream', 'sources'))
      expect(run.requests.some((r) => r.method === 'HEAD' && r.path.endsWith('/hello-1.1.tar.gz'))).toBe(true)
      const message = execFileSync(
        'git',
        ['-C', forge.repoPath('forks/bot/rpms/hello'), 'log', '-1', '--format=%B', `main-srcgit-pr-${PR}`],
        { encoding: 'utf8' },
      )
      expect(message).toContain(`From-source-git-commit: ${head}`)
    })

    it('a push to the source-git PR updates the previews; the same run again writes nothing', async () => {
      pushToPullRequest((repo) => {
        repo.write('Makefile', 'hello: hello.c\n\tcc -O2 -o hello hello.c\n')
        repo.commit('Build with cc -O2\n\nPatch-name: hello-cc.patch\n')
      })
      const run = await runAction('pull_request', prEvent('synchronize'), { 'pagure-token': PAGURE_TOKEN })
      noSecrets(run)
      expect(run.code).toBe(0)
      expect(JSON.parse(run.outputs['pull-requests']).map((o: { operation: string }) => o.operation)).toEqual(
        ['updated', 'updated'],
      )
      expect(forkFile(`f43-srcgit-pr-${PR}`, 'hello-cc.patch')).toContain('+\tcc -O2 -o hello hello.c')
      expect(previews().map((pr) => pr.status)).toEqual(['Open', 'Open'])

      const again = await runAction('pull_request', prEvent('synchronize'), { 'pagure-token': PAGURE_TOKEN })
      expect(again.code).toBe(0)
      expect(again.outputs.operation).toBe('unchanged')
      expect(writes(again.requests)).toEqual([])

      // Labels and the like change nothing a preview shows.
      const labeled = await runAction('pull_request', prEvent('labeled'), { 'pagure-token': PAGURE_TOKEN })
      expect(labeled.code).toBe(0)
      expect(labeled.stdout).toContain('pull_request "labeled" changes nothing a preview shows')
      expect(writes(labeled.requests)).toEqual([])
    })

    it('a pull request from a fork has no secrets: a dry run that says so, not a failure', async () => {
      const run = await runAction('pull_request', prEvent('synchronize'), {})
      noSecrets(run)
      expect(run.code).toBe(0)
      expect(run.stdout).toContain('::warning::no dist-git-token: pull requests from forks get no secrets')
      expect(JSON.parse(run.outputs['pull-requests']).map((o: { operation: string }) => o.operation)).toEqual(
        ['created', 'created'],
      )
      expect(writes(run.requests)).toEqual([])
    })

    it('closing the source-git PR closes its previews, with a comment saying why', async () => {
      const run = await runAction('pull_request', prEvent('closed', { merged: false }), {
        'pagure-token': PAGURE_TOKEN,
      })
      noSecrets(run)
      expect(run.code).toBe(0)
      expect(
        JSON.parse(run.outputs['pull-requests']).map((o: { branch: string; operation: string }) => [
          o.branch,
          o.operation,
        ]),
      ).toEqual([
        ['main', 'closed'],
        ['f43', 'closed'],
      ])
      expect(previews().map((pr) => pr.status)).toEqual(['Closed', 'Closed'])
      const comments = forge
        .pullRequests('rpms', 'hello')
        .find((pr) => pr.branch_from === `main-srcgit-pr-${PR}`)!
        .comments!.map((c) => c.comment)
      expect(comments.some((c) => c.includes(`#${PR}`) && c.includes('closed without merging'))).toBe(true)
      // The release PRs were left alone.
      expect(
        forge
          .pullRequests('rpms', 'hello')
          .filter((pr) => pr.branch_from.endsWith('-update-propose_downstream'))
          .map((pr) => pr.status),
      ).toEqual(['Open', 'Open'])

      const twice = await runAction('pull_request', prEvent('closed', { merged: false }), {
        'pagure-token': PAGURE_TOKEN,
      })
      expect(twice.code).toBe(0)
      expect(twice.stdout).toContain(`note: source-git PR #${PR} has no open preview`)
      expect(writes(twice.requests)).toEqual([])
    })
  })
})
