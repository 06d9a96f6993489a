/**
 * `srcgit koji-build` when things go wrong, end to end with the same servers as
 * koji-build.test.ts (a real MIT KDC and Apache mod_auth_gssapi in front of the Koji hub
 * stand-in, dist-git, the fake GitHub): a keytab the KDC refuses (the principal expired, or its
 * keys changed since the keytab was made), a Koji hub that does not answer or answers HTTP 503,
 * and the SIG's loop for a failed build of a merged preview of a source-git pull request.
 * On both dist-git backends.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { clearProbeCache } from '../../src/forges/dist-git/probe.js'
import { BACKENDS, type DistGit, startDistGit } from '../support/dist-git-backends.js'
import { startFakeGitHub, type FakeGitHub } from '../support/github-api/index.js'
import {
  REALM,
  startKerberosLookaside,
  type KerberosLookaside,
} from '../support/kerberos/lookaside-server.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'
import { buildReleaseFixture, RELEASE_CONFIG } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'
import { GITHUB_WRITE_TOKEN, githubActionsEnv, STATUS_REPO } from '../support/status-fixture.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(120_000)

const CONFIG = `${RELEASE_CONFIG}jobs:
  - job: propose_downstream
    trigger: release
    dist_git_branches: [main]
  - job: koji_build
    trigger: commit
    dist_git_branches: [main]
    # bot opens the pull requests; the refused keytabs are of other principals (packit: the keytab's).
    allowed_pr_authors: [packit, bot]
`
const NO_PROXY = { NO_PROXY: 'localhost,127.0.0.1', no_proxy: 'localhost,127.0.0.1' }
describe.each(BACKENDS)('koji-build failures on %s dist-git', (backend) => {
  const fixture = buildReleaseFixture(CONFIG)
  fixture.sourceGit.git('remote', 'set-url', 'origin', `https://github.com/${STATUS_REPO}.git`)
  const proxySecret = randomBytes(16).toString('hex')
  const state = new KojiHubState()
  const outputs: CliRun[] = []
  const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-koji-failures-'))
  let dg: DistGit
  let hub: KojiHubServer
  let kerberos: KerberosLookaside
  let github: FakeGitHub
  let sourceGitHead = ''

  /** The real CLI with RUNNER_TEMP a fresh directory; `left`: what the run left in it. */
  async function kojiBuild(
    args: string[] = [],
    env: Record<string, string | undefined> = {},
    hubUrl = kerberos.kojiHubUrl!,
  ): Promise<CliRun & { left: string[] }> {
    clearProbeCache()
    const runnerTemp = mkdtempSync(path.join(work, 'runner-temp-'))
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: dg.botToken,
        SRCGIT_PAGURE_TOKEN: undefined,
        ...githubActionsEnv(github),
        SRCGIT_KEYTAB: kerberos.keytabs.bot,
        SRCGIT_FAS_USER: `bot@${REALM}`,
        KRB5_CONFIG: kerberos.krb5Conf,
        RUNNER_TEMP: runnerTemp,
        ...NO_PROXY,
        ...env,
      },
      () =>
        srcgit(
          ['koji-build', fixture.sourceGit.dir, '--dist-git-url', dg.url, '--koji-url', hubUrl, ...args],
          os.tmpdir(),
        ),
    )
    outputs.push(result)
    return { ...result, left: readdirSync(runnerTemp) }
  }

  async function cli(argv: string[]): Promise<CliRun> {
    clearProbeCache()
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: dg.botToken,
        SRCGIT_PAGURE_TOKEN: undefined,
        SRCGIT_TEST_LOOKASIDE_USER: 'bot',
      },
      () =>
        srcgit(
          [...argv, '--dist-git-url', dg.url, '--lookaside-url', dg.lookasideUrl, '--push-protocol', 'https'],
          os.tmpdir(),
        ),
    )
    outputs.push(result)
    return result
  }

  const buildTasks = () => [...state.tasks.values()].filter((t) => t.method === 'build')
  const logins = () => state.calls.filter((c) => c.method === 'sslLogin').length
  const source = (sha: string) => `git+${dg.url}/rpms/hello.git#${sha}`

  /** One line on stderr, `srcgit koji-build: ...`, no stack trace, nothing on stdout. */
  function expectOneLineError(result: CliRun): string {
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const lines = result.stderr.split('\n').filter(Boolean)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^srcgit koji-build: /)
    expect(result.stderr).not.toMatch(/^\s+at /m)
    return lines[0]
  }

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
    sourceGitHead = fixture.sourceGit.git('rev-parse', 'HEAD').trim()
    github = await startFakeGitHub({
      repos: [{ owner: 'example', name: 'hello', branches: { rawhide: sourceGitHead } }],
      // The workflow's GITHUB_TOKEN with `permissions: statuses: write, pull-requests: write`.
      tokens: [
        {
          ...GITHUB_WRITE_TOKEN,
          permissions: { statuses: 'write', contents: 'read', pull_requests: 'write' },
        },
      ],
    })
    state.addUser('bot', `bot@${REALM}`)
    // Koji knows these users: what fails for them is the Kerberos side, not the hub.
    state.addUser('expired', `expired@${REALM}`)
    state.addUser('stale', `stale@${REALM}`)
    state.addTarget('rawhide', 'f46-build', 'f46-updates-candidate')
    state.allowedScmHosts = [new URL(dg.url).host]
    state.authenticate = (req) => {
      if (req.headers['x-srcgit-proxy-secret'] !== proxySecret) return undefined
      const user = req.headers['x-srcgit-remote-user']
      return typeof user === 'string' && user !== '' ? user : undefined
    }
    hub = await startKojiHub(state)
    kerberos = await startKerberosLookaside({ repos: [], koji: { backend: hub.hubUrl, secret: proxySecret } })
    // srcgit proposes 1.1 to main; a maintainer merges it: a build is due.
    const proposed = await cli([
      'propose-downstream',
      fixture.sourceGit.dir,
      '--tag',
      'v1.1',
      '--date',
      '2026-11-21',
    ])
    expect(proposed.code).toBe(0)
    await dg.mergePullRequest('hello', 1)
  }, 120_000)

  afterAll(async () => {
    await kerberos?.stop()
    await hub?.stop()
    await github?.stop()
    await dg?.stop()
    rmSync(work, { recursive: true, force: true })
    for (const out of outputs) {
      expect(`${out.stdout}${out.stderr}`).not.toContain(dg.botToken)
      for (const keytab of Object.values(kerberos.keytabs))
        expect(`${out.stdout}${out.stderr}`).not.toContain(keytab)
    }
  })

  it.each([
    ['expired', /the principal or its password has expired at the KDC/],
    ['stale', /the keytab's key is out of date/],
  ] as ['expired' | 'stale', RegExp][])(
    'a keytab the KDC refuses (%s): one line naming the keytab secret and how to renew it, nothing submitted',
    async (who, why) => {
      const before = state.calls.length
      const result = await kojiBuild([], {
        SRCGIT_KEYTAB: kerberos.keytabs[who],
        SRCGIT_FAS_USER: `${who}@${REALM}`,
      })
      const line = expectOneLineError(result)
      expect(line).toContain(`as ${who}@${REALM}: kinit for ${who}@${REALM} failed`)
      expect(line).toContain('the keytab secret (SRCGIT_KEYTAB)')
      expect(line).toMatch(why)
      expect(line).toMatch(/renew the keytab: make a new one .* in the keytab secret \(SRCGIT_KEYTAB\)$/)
      // kinit failed before any login reached the hub; nothing was submitted or reported.
      expect(state.calls.slice(before).map((c) => c.method)).not.toContain('sslLogin')
      expect(buildTasks()).toEqual([])
      expect(github.latestStatuses(STATUS_REPO, sourceGitHead)).toEqual([])
      // The private keytab/ticket directory and the dist-git clone are gone.
      expect(result.left).toEqual([])
    },
  )

  it('a Koji hub with nothing listening: one line naming Koji and its URL, nothing done', async () => {
    const port = await closedPort()
    const down = `http://127.0.0.1:${port}/kojihub`
    const result = await kojiBuild([], {}, down)
    const line = expectOneLineError(result)
    expect(line).toContain(`the Koji hub ${down} did not answer`)
    expect(line).toContain('connection refused')
    expect(buildTasks()).toEqual([])
    expect(github.latestStatuses(STATUS_REPO, sourceGitHead)).toEqual([])
    expect(result.left).toEqual([])
  })

  it('a Koji hub answering HTTP 503: one line naming Koji and its URL, nothing done', async () => {
    hub.faults.add({ path: '/kojihub', kind: 'status', status: 503, times: 1000 })
    try {
      const result = await kojiBuild()
      const line = expectOneLineError(result)
      expect(line).toMatch(
        new RegExp(`${esc(kerberos.kojiHubUrl!)} answered HTTP 503.*the Koji hub may be having trouble`),
      )
    } finally {
      hub.faults.clear()
    }
    expect(buildTasks()).toEqual([])
    expect(logins()).toBe(0)
    expect(github.latestStatuses(STATUS_REPO, sourceGitHead)).toEqual([])
  })

  it('the stand-in hub stopped behind Apache: the same, and once it is back the next run converges', async () => {
    await hub.stop()
    const result = await kojiBuild()
    const line = expectOneLineError(result)
    expect(line).toMatch(new RegExp(`${esc(kerberos.kojiHubUrl!)} answered HTTP 50[23]`))
    expect(buildTasks()).toEqual([])
    // Back on the same port, so Apache's proxy finds it again.
    hub = await startKojiHub(state, new URL(hub.hubUrl).port)
    const again = await kojiBuild()
    expect(again.stderr).not.toContain('srcgit koji-build:')
    expect(again.code).toBe(0)
    const head = (await dg.packageBranchSha('hello', 'main'))!
    expect(again.stdout).toMatch(/^main: submitted hello-1\.1-1\.fc46 \S+taskID=\d+/m)
    expect(buildTasks().map((t) => t.request[0])).toEqual([source(head)])
    expect(logins()).toBe(1)
    const third = await kojiBuild()
    expect(third.code).toBe(0)
    expect(buildTasks()).toHaveLength(1)
  })

  it("the SIG's loop: a merged preview of a source-git PR fails in Koji; failure status and one comment on the PR", async () => {
    // The 1.1 build completes.
    const first = buildTasks()[0]
    state.sources.set(first.request[0] as string, 'hello-1.1-1.fc46')
    state.finishTask(first.id, 'CLOSED')
    // Source-git PR #1: a downstream fix and the spec's Release bumped.
    const sg = fixture.sourceGit
    sg.git('checkout', '-q', '-b', 'pr-1')
    sg.write('hello.c', 'int main(void) { return 7; } /* 1.1 */\n')
    sg.write(
      '.distro/hello.spec',
      readFileSync(path.join(sg.dir, '.distro/hello.spec'), 'utf8')
        .replace(/^Version:(\s+)\S+$/m, 'Version:$11.1')
        .replace(/^Release:(\s+)\S+$/m, 'Release:$13%{?dist}'),
    )
    const prHead = sg.commit('Exit with 7\n\nPatch-name: hello-exit-7.patch\n')
    sg.git('checkout', '-q', 'rawhide')
    github.setBranch(STATUS_REPO, 'pr-1', prHead)
    const pr = github.addPull(STATUS_REPO, { head: 'pr-1', base: 'rawhide', title: 'Exit with 7' })
    const previewed = await cli([
      'preview-pull-request',
      sg.dir,
      '--number',
      String(pr.number),
      '--head',
      prHead,
      '--title',
      'Exit with 7',
      '--branch',
      'main',
    ])
    expect(previewed.stderr).not.toContain('srcgit preview-pull-request:')
    expect(previewed.code).toBe(0)
    // A maintainer merges the preview.
    const preview = (await dg.pullRequests('hello')).find(
      (p) => p.state === 'open' && p.sourceBranch === `main-srcgit-pr-${pr.number}`,
    )!
    await dg.mergePullRequest('hello', preview.number)
    const head = (await dg.packageBranchSha('hello', 'main'))!

    let result = await kojiBuild()
    expect(result.stderr).not.toContain('srcgit koji-build:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^main: submitted hello-1\.1-3\.fc46 \S+taskID=\d+/m)
    const task = buildTasks().at(-1)!
    expect(task.request[0]).toBe(source(head))
    expect(github.latestStatuses(STATUS_REPO, prHead).map((s) => [s.context, s.state])).toEqual([
      ['koji/main', 'pending'],
    ])

    // Koji fails the task; the next run reports it on the source-git side.
    state.sources.set(source(head), 'hello-1.1-3.fc46')
    state.finishTask(task.id, 'FAILED')
    const taskUrl = `${kerberos.kojiHubUrl!.replace(/kojihub$/, 'koji')}/taskinfo?taskID=${task.id}`
    result = await kojiBuild()
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(
      `main: failed hello-1.1-3.fc46 ${taskUrl} (the Koji build of this commit failed`,
    )
    expect(
      github
        .latestStatuses(STATUS_REPO, prHead)
        .map((s) => [s.context, s.state, s.description, s.target_url]),
    ).toEqual([['koji/main', 'failure', 'Koji build of hello-1.1-3.fc46 failed', taskUrl]])
    const comments = () => github.comments(STATUS_REPO, pr.number)
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toContain(
      `The Koji build of \`hello-1.1-3.fc46\` for dist-git branch \`main\` failed: ${taskUrl}`,
    )
    expect(comments()[0].body).toContain('error building package')

    // A rerun: the same failure, no second comment, nothing resubmitted.
    const tasks = buildTasks().length
    result = await kojiBuild()
    expect(result.code).toBe(1)
    expect(comments()).toHaveLength(1)
    expect(buildTasks()).toHaveLength(tasks)
  })

  /** Source-git PR `number` on top of rawhide (its spec's Release as given), previewed and merged; the new main head. */
  async function mergedPreview(number: number, release: string, exit: number): Promise<string> {
    const sg = fixture.sourceGit
    sg.git('checkout', '-q', '-b', `pr-${number}`, 'pr-1')
    sg.write('hello.c', `int main(void) { return ${exit}; } /* 1.1 */\n`)
    sg.write(
      '.distro/hello.spec',
      readFileSync(path.join(sg.dir, '.distro/hello.spec'), 'utf8').replace(
        /^Release:(\s+).*$/m,
        `Release:$1${release}`,
      ),
    )
    const prHead = sg.commit(`Exit with ${exit}\n\nPatch-name: hello-exit-7.patch\n`)
    sg.git('checkout', '-q', 'rawhide')
    github.setBranch(STATUS_REPO, `pr-${number}`, prHead)
    const pr = github.addPull(STATUS_REPO, {
      head: `pr-${number}`,
      base: 'rawhide',
      title: `Exit with ${exit}`,
    })
    expect(pr.number).toBe(number)
    const previewed = await cli([
      'preview-pull-request',
      sg.dir,
      '--number',
      String(number),
      '--head',
      prHead,
      '--title',
      `Exit with ${exit}`,
      '--branch',
      'main',
    ])
    expect(previewed.stderr).not.toContain('srcgit preview-pull-request:')
    expect(previewed.code).toBe(0)
    const preview = (await dg.pullRequests('hello')).find(
      (p) => p.state === 'open' && p.sourceBranch === `main-srcgit-pr-${number}`,
    )!
    await dg.mergePullRequest('hello', preview.number)
    return (await dg.packageBranchSha('hello', 'main'))!
  }

  it('a Release srcgit cannot evaluate (Lua): Koji is asked whether this commit was built, and says the NVR', async () => {
    const release = '%{lua: print(4)}%{?dist}'
    const head = await mergedPreview(2, release, 8)
    // rpm makes 1.1-4 of it: the NVR Koji will make.
    expect(await rpmNvr(`${dg.url}/rpms/hello.git`, 'main', '.fc46')).toBe('hello-1.1-4.fc46')
    let result = await kojiBuild()
    expect(result.stderr).not.toContain('srcgit koji-build:')
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^main: submitted \S+taskID=\d+ \(.*; the NVR is Koji's: srcgit cannot compute it from the spec \(.*Lua code is not evaluated.*\)\)$/m,
    )
    const task = buildTasks().at(-1)!
    expect(task.request[0]).toBe(source(head))
    // Koji starts it: the build record names this commit as its source.
    state.sources.set(source(head), 'hello-1.1-4.fc46')
    state.startTask(task.id)
    result = await kojiBuild()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^main: already built hello-1\.1-4\.fc46 \S+ \(Koji has hello-1\.1-4\.fc46 building by bot; the NVR is Koji's: /m,
    )
    state.finishTask(task.id, 'CLOSED')
    result = await kojiBuild()
    expect(result.stdout).toMatch(
      /^main: already built hello-1\.1-4\.fc46 \S+ \(Koji has hello-1\.1-4\.fc46 built by bot; /m,
    )
    expect(buildTasks().at(-1)!.id).toBe(task.id)

    // A change that keeps the NVR: Koji's task fails with "Build already exists": already built.
    const next = await mergedPreview(3, release, 9)
    result = await kojiBuild()
    expect(result.stdout).toMatch(/^main: submitted \S+taskID=\d+ /m)
    const again = buildTasks().at(-1)!
    expect(again.request[0]).toBe(source(next))
    state.sources.set(source(next), 'hello-1.1-4.fc46')
    expect(state.startTask(again.id).result).toMatchObject({
      fault: { faultString: expect.stringMatching(/^Build already exists/) },
    })
    result = await kojiBuild()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      new RegExp(
        `^main: already built hello-1\\.1-4\\.fc46 \\S+taskID=${task.id} \\(Koji has hello-1\\.1-4\\.fc46 built by bot from another commit \\(the head does not change the NVR\\); the NVR is Koji's: `,
        'm',
      ),
    )
    expect(
      github.latestStatuses(STATUS_REPO, fixture.sourceGit.git('rev-parse', 'pr-3').trim()),
    ).toMatchObject([{ context: 'koji/main', state: 'success', description: 'Koji built hello-1.1-4.fc46' }])
    // And stays so: nothing resubmitted.
    result = await kojiBuild()
    expect(result.stdout).toMatch(/^main: already built hello-1\.1-4\.fc46 /m)
    expect(buildTasks().at(-1)!.id).toBe(again.id)
  })
})

/** What rpm makes of the spec at a dist-git branch head with the branch's dist tag: the judge. */
async function rpmNvr(cloneUrl: string, branch: string, dist: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-nvr-judge-'))
  try {
    await run('git', ['clone', '-q', '--branch', branch, cloneUrl, path.join(dir, 'repo')])
    const spec = path.join(dir, 'repo', 'hello.spec')
    return (await run('rpmspec', ['-q', '--srpm', '--qf', '%{nvr}', '-D', `dist ${dist}`, spec])).trim()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function run(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(cmd, args, { encoding: 'utf8' }, (error, stdout, stderr) =>
      error ? reject(new Error(`${cmd} ${args.join(' ')}: ${stderr || error.message}`)) : resolve(stdout),
    ),
  )
}

/** A loopback port nothing listens on (one that was free a moment ago). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
