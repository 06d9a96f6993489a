/**
 * The action bundle (`node dist/index.js` on Node 24, INPUT_* variables as the runner sets them)
 * proposing a published release to the local Forgejo stand-in: the token in `dist-git-token`, no
 * ssh key, push-protocol left at its default `auto` (https with the token on Forgejo), the
 * backend probed from dist-git-url. The same workflow written for Pagure, the token in
 * `pagure-token`, gives the same result. The token never shows in what the run prints.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { actionDefaults, node24, runAction, shownText, type ActionRun } from '../support/action-runner.js'
import { startForgejo, type Forgejo } from '../support/forgejo/index.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import { buildReleaseFixture, type SourceGitFixture } from '../support/source-git-fixture.js'

jest.setTimeout(120_000)

const FORGEJO_TOKEN = 'f0f1'.repeat(10)
const GITHUB_TOKEN = 'ghs_' + 'x'.repeat(36)
const SCOPES = ['write:repository', 'write:issue', 'read:user']

let node: string

beforeAll(() => {
  node = node24()
}, 120_000)

interface Proposed {
  run: ActionRun
  forgejo: Forgejo
  /** Gets the commit statuses (srcgit/<branch> pending after proposing). */
  github: FakeGitHub
  fixture: SourceGitFixture
}

/** A fresh Forgejo with rpms/hello, and the action run on a published v1.1 with these token inputs. */
async function proposeRelease(tokenInputs: Record<string, string>): Promise<Proposed> {
  const fixture = buildReleaseFixture()
  const forgejo = await startForgejo({
    users: [{ name: 'bot', packager: true }],
    tokens: [{ token: FORGEJO_TOKEN, user: 'bot', scopes: SCOPES }],
  })
  forgejo.addPackage('hello', { from: fixture.distGit.dir })
  const github = await startFakeGitHub({
    repos: [
      {
        owner: 'example',
        name: 'hello',
        branches: { rawhide: fixture.sourceGit.git('rev-parse', 'HEAD').trim() },
      },
    ],
    tokens: [{ token: GITHUB_TOKEN, name: 'actions', permissions: { statuses: 'write', contents: 'read' } }],
  })
  const run = await runAction({
    node,
    workspace: fixture.sourceGit.dir,
    eventName: 'release',
    payload: {
      action: 'published',
      release: { tag_name: 'v1.1', body: '- Exit codes are configurable\r\n- Faster', draft: false },
    },
    inputs: {
      ...actionDefaults(GITHUB_TOKEN),
      'dist-git-url': forgejo.url,
      'lookaside-url': forgejo.lookasideUrl,
      'dist-git-branches': 'main',
      ...tokenInputs,
    },
    env: {
      GITHUB_API_URL: github.url,
      SRCGIT_TEST_GITHUB_NO_SPACING: 'true',
      GITHUB_REPOSITORY: 'example/hello',
      SRCGIT_TEST_LOOKASIDE_USER: 'bot',
    },
  })
  return { run, forgejo, github, fixture }
}

/** The run's result with the instance URL taken out: what two runs on two servers share. */
async function result({ run, forgejo, github, fixture }: Proposed) {
  const pulls = await forgejo.pullRequests('rpms', 'hello')
  const fork = forgejo.repoPath('bot/hello')
  const spec = execFileSync('git', ['-C', fork, 'show', 'main-update-propose_downstream:hello.spec'], {
    encoding: 'utf8',
  })
  const strip = (text: string) => text.split(forgejo.url).join('<forgejo>')
  return {
    code: run.code,
    outputs: JSON.parse(strip(JSON.stringify(run.outputs))) as Record<string, string>,
    pulls: pulls.map((pr) => ({
      number: pr.number,
      state: pr.state,
      title: pr.title,
      base: pr.base.ref,
      head: `${pr.head.repo.full_name}:${pr.head.ref}`,
      url: strip(pr.html_url),
      user: pr.user.login,
    })),
    spec,
    statuses: github
      .latestStatuses('example/hello', fixture.sourceGit.git('rev-parse', 'HEAD').trim())
      .map((st) => [st.context, st.state, st.description, strip(st.target_url ?? '')]),
    pushes: forgejo.log
      .filter((r) => r.kind === 'git' && r.write)
      .map((r) => `${r.method} ${r.path} ${r.user ?? '-'} ${r.status}`),
  }
}

function noSecrets(run: ActionRun): void {
  const everything = shownText(run)
  expect(everything.length).toBeGreaterThan(0)
  expect(everything).not.toContain(FORGEJO_TOKEN)
  expect(everything).not.toContain(GITHUB_TOKEN)
}

describe('dist/index.js on Node 24 against Forgejo', () => {
  const runs: Proposed[] = []
  afterAll(async () => {
    for (const { forgejo, github } of runs) {
      await forgejo.stop()
      await github.stop()
    }
  })

  it('proposes a published release with dist-git-token, pushing over https with the token', async () => {
    const proposed = await proposeRelease({ 'dist-git-token': FORGEJO_TOKEN })
    runs.push(proposed)
    const { run, forgejo } = proposed
    noSecrets(run)
    expect(run.stdout).not.toContain('::error')
    expect(run.stdout).not.toContain('::warning')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('srcgit propose-downstream: release v1.1')
    const got = await result(proposed)
    expect(got.pulls).toEqual([
      {
        number: 1,
        state: 'open',
        title: 'Update main to upstream release 1.1',
        base: 'main',
        head: 'bot/hello:main-update-propose_downstream',
        url: '<forgejo>/rpms/hello/pulls/1',
        user: 'bot',
      },
    ])
    const prs = JSON.parse(got.outputs['pull-requests']) as {
      branch: string
      operation: string
      url: string
    }[]
    expect(prs.map((p) => [p.branch, p.operation, p.url])).toEqual([
      ['main', 'created', '<forgejo>/rpms/hello/pulls/1'],
    ])
    expect(got.outputs.operation).toBe('created')
    expect(got.outputs.version).toBe('1.1')
    expect(run.summary).toContain(`| main | 🆕 created | [#1](${forgejo.url}/rpms/hello/pulls/1) |`)
    expect(got.statuses).toEqual([
      [
        'srcgit/main',
        'pending',
        'dist-git PR #1 open, waiting for review and merge',
        '<forgejo>/rpms/hello/pulls/1',
      ],
    ])
    // Pushed into the bot's fork over https, authenticated as bot (no ssh key was given).
    expect(got.pushes).toEqual([`POST /bot/hello.git/git-receive-pack bot 200`])
    expect(got.spec).toContain(
      'octocat <583231+octocat@users.noreply.github.com> - 1.1-1\n- Exit codes are configurable\n- Faster\n',
    )
  })

  it('a workflow written for Pagure, the token in pagure-token, gives the same result', async () => {
    const proposed = await proposeRelease({ 'pagure-token': FORGEJO_TOKEN })
    runs.push(proposed)
    noSecrets(proposed.run)
    expect(proposed.run.stdout).not.toContain('::error')
    expect(proposed.run.code).toBe(0)
    const [first, second] = [await result(runs[0]), await result(proposed)]
    // Dates differ between runs (the changelog entry's); everything else is the same.
    const undated = (r: typeof first) => ({ ...r, spec: r.spec.replace(/^\* .*$/gm, '* <date line>') })
    expect(undated(second)).toEqual(undated(first))
  })
})
