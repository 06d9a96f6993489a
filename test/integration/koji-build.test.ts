/**
 * `srcgit koji-build` end to end on both dist-git backends: srcgit proposes a release, a
 * maintainer merges the pull request, and the real CLI reconciles Koji from what dist-git and
 * the hub say. Koji is the hub stand-in behind Apache with /kojihub/ssllogin under
 * mod_auth_gssapi and a real MIT KDC (test/support/kerberos): the login is kinit from the
 * keytab secret and curl --negotiate, as on Fedora. The NVR srcgit computes is judged by
 * `rpmspec -q --srpm` on the merged spec with the branch's dist tag.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
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
import { buildReleaseFixture, RELEASE_CONFIG, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit, withEnv, type CliRun } from '../support/cli.js'
import { GITHUB_WRITE_TOKEN, githubActionsEnv, STATUS_REPO } from '../support/status-fixture.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(120_000)

const CONFIG = `${RELEASE_CONFIG}jobs:
  - job: propose_downstream
    trigger: release
    dist_git_branches: [main, f43]
  - job: koji_build
    trigger: commit
    dist_git_branches: [main, f43]
`
const NO_PROXY = { NO_PROXY: 'localhost,127.0.0.1', no_proxy: 'localhost,127.0.0.1' }

/** What rpm makes of the spec at a dist-git branch head with the branch's dist tag: the judge. */
async function rpmNvr(cloneUrl: string, branch: string, dist: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-nvr-judge-'))
  try {
    // Asynchronously: the dist-git stand-in answers from this process.
    await run('git', ['clone', '-q', '--branch', branch, cloneUrl, path.join(dir, 'repo')])
    return (
      await run('rpmspec', [
        '-q',
        '--srpm',
        '--qf',
        '%{nvr}',
        '-D',
        `dist ${dist}`,
        path.join(dir, 'repo', 'hello.spec'),
      ])
    ).trim()
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

describe.each(BACKENDS)('koji-build on %s dist-git', (backend) => {
  const fixture = buildReleaseFixture(CONFIG)
  fixture.sourceGit.git('remote', 'set-url', 'origin', `https://github.com/${STATUS_REPO}.git`)
  const proxySecret = randomBytes(16).toString('hex')
  const state = new KojiHubState()
  const outputs: CliRun[] = []
  let dg: DistGit
  let hub: KojiHubServer
  let kerberos: KerberosLookaside
  let github: FakeGitHub
  let sourceGitHead = ''

  const kojiEnv = () => ({
    SRCGIT_KEYTAB: kerberos.keytabs.bot,
    SRCGIT_FAS_USER: `bot@${REALM}`,
    KRB5_CONFIG: kerberos.krb5Conf,
    ...NO_PROXY,
  })

  async function kojiBuild(
    args: string[] = [],
    env: Record<string, string | undefined> = {},
  ): Promise<CliRun> {
    clearProbeCache()
    const result = await withEnv(
      {
        SRCGIT_DIST_GIT_TOKEN: dg.botToken,
        SRCGIT_PAGURE_TOKEN: undefined,
        ...githubActionsEnv(github),
        ...kojiEnv(),
        ...env,
      },
      () =>
        srcgit(
          [
            'koji-build',
            fixture.sourceGit.dir,
            '--dist-git-url',
            dg.url,
            '--koji-url',
            kerberos.kojiHubUrl!,
            ...args,
          ],
          os.tmpdir(),
        ),
    )
    outputs.push(result)
    return result
  }

  const propose = async (args: string[]) => {
    clearProbeCache()
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
            '--dist-git-url',
            dg.url,
            '--lookaside-url',
            dg.lookasideUrl,
            ...(backend === 'pagure' ? ['--push-protocol', 'https'] : []),
            '--date',
            '2026-11-21',
            ...args,
          ],
          os.tmpdir(),
        ),
    )
    outputs.push(result)
    return result
  }

  const buildTasks = () => [...state.tasks.values()].filter((t) => t.method === 'build')
  const logins = () => state.calls.filter((c) => c.method === 'sslLogin').length
  const source = (sha: string) => `git+${dg.url}/rpms/hello.git#${sha}`

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
    sourceGitHead = fixture.sourceGit.git('rev-parse', 'HEAD').trim()
    github = await startFakeGitHub({
      repos: [{ owner: 'example', name: 'hello', branches: { rawhide: sourceGitHead } }],
      tokens: [GITHUB_WRITE_TOKEN],
    })
    state.addUser('bot', `bot@${REALM}`)
    state.addUser('jane')
    state.addTarget('rawhide', 'f46-build', 'f46-updates-candidate')
    state.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
    state.allowedScmHosts = [new URL(dg.url).host]
    state.authenticate = (req) => {
      if (req.headers['x-srcgit-proxy-secret'] !== proxySecret) return undefined
      const user = req.headers['x-srcgit-remote-user']
      return typeof user === 'string' && user !== '' ? user : undefined
    }
    hub = await startKojiHub(state)
    kerberos = await startKerberosLookaside({ repos: [], koji: { backend: hub.hubUrl, secret: proxySecret } })

    // srcgit proposes 1.1 to main and f43; a maintainer merges main's pull request.
    const proposed = await propose(['--tag', 'v1.1'])
    expect(proposed.code).toBe(0)
    await dg.mergePullRequest('hello', 1)
  }, 120_000)

  afterAll(async () => {
    await kerberos?.stop()
    await hub?.stop()
    await github?.stop()
    await dg?.stop()
    for (const out of outputs) {
      expect(`${out.stdout}${out.stderr}`).not.toContain(dg.botToken)
      expect(`${out.stdout}${out.stderr}`).not.toContain(kerberos.keytabs.bot)
    }
  })

  it('dry run: says what it would submit, logs in to nothing, submits nothing', async () => {
    const result = await kojiBuild(['--dry-run'])
    expect(result.stderr).not.toContain('srcgit koji-build:')
    expect(result.code).toBe(0)
    const head = (await dg.packageBranchSha('hello', 'main'))!
    expect(result.stdout).toMatch(
      new RegExp(
        `^main: would submit hello-1\\.1-1\\.fc46 \\(dry run: would build ${esc(source(head))} in rawhide`,
        'm',
      ),
    )
    expect(buildTasks()).toEqual([])
    expect(logins()).toBe(0)
    expect(github.latestStatuses(STATUS_REPO, sourceGitHead)).toEqual([])
  })

  it('a merged spec change: one build of the dist-git head in its target, NVR as rpm makes it', async () => {
    const result = await kojiBuild()
    expect(result.stderr).not.toContain('srcgit koji-build:')
    expect(result.code).toBe(0)
    const head = (await dg.packageBranchSha('hello', 'main'))!
    const nvr = await rpmNvr(`${dg.url}/rpms/hello.git`, 'main', '.fc46')
    expect(nvr).toBe('hello-1.1-1.fc46')
    expect(result.stdout).toMatch(
      new RegExp(
        `^main: submitted ${esc(nvr)} ${esc(kerberos.kojiHubUrl!.replace(/kojihub$/, 'koji'))}/taskinfo\\?taskID=\\d+`,
        'm',
      ),
    )
    expect(buildTasks().map((t) => [t.request[0], t.request[1]])).toEqual([[source(head), 'rawhide']])
    expect(logins()).toBe(1)
    // f43's head is the import, pushed directly by a committer allowed_committers does not name.
    expect(result.stdout).toMatch(
      /^f43: skipped hello-1\.0-2\.fc43 \(the head was pushed directly \(committer .*allowed_committers is empty/m,
    )
    const statuses = github.latestStatuses(STATUS_REPO, sourceGitHead)
    expect(statuses.map((s) => [s.context, s.state, s.description])).toEqual([
      ['koji/main', 'pending', 'Koji is building hello-1.1-1.fc46'],
    ])
  })

  it('a rerun while the task waits: no second build', async () => {
    const result = await kojiBuild()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^main: submitted hello-1\.1-1\.fc46 \S+ \(a build of this commit is already running \(task \d+\)\)/m,
    )
    expect(buildTasks()).toHaveLength(1)
  })

  it('once Koji builds and completes it: already built, success status, no login', async () => {
    const task = buildTasks()[0]
    state.sources.set(task.request[0] as string, 'hello-1.1-1.fc46')
    state.startTask(task.id)
    const before = logins()
    let result = await kojiBuild()
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^main: already built hello-1\.1-1\.fc46 \S+ \(Koji has hello-1\.1-1\.fc46 building by bot\)/m,
    )
    state.finishTask(task.id, 'CLOSED')
    result = await kojiBuild()
    expect(result.stdout).toMatch(
      /^main: already built hello-1\.1-1\.fc46 \S+ \(Koji has hello-1\.1-1\.fc46 built by bot\)/m,
    )
    expect(logins()).toBe(before)
    expect(buildTasks()).toHaveLength(1)
    const statuses = github.latestStatuses(STATUS_REPO, sourceGitHead)
    expect(statuses.map((s) => [s.context, s.state, s.description])).toEqual([
      ['koji/main', 'success', 'Koji built hello-1.1-1.fc46'],
    ])
  })

  it('a maintainer built f43 by hand: already built, nothing submitted', async () => {
    await dg.mergePullRequest('hello', 2)
    state.addBuild('hello-1.1-1.fc43', { owner: 'jane', tag: 'f43-updates-candidate' })
    const result = await kojiBuild(['--branch', 'f43'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^f43: already built hello-1\.1-1\.fc43 \S+ \(Koji has hello-1\.1-1\.fc43 built by jane/m,
    )
    expect(result.stdout).not.toMatch(/^main:/m)
    expect(buildTasks()).toHaveLength(1)
  })

  it('a branch the koji_build job does not name: skipped, saying where to add it', async () => {
    const result = await kojiBuild(['--branch', 'f42'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(
      /^f42: skipped \(f42 is not in dist_git_branches of jobs\[1\] \(koji_build\) \(main, f43\); add it there/m,
    )
    expect(buildTasks()).toHaveLength(1)
  })

  it('a build that fails: failure status and the task; a rerun reports it and does not resubmit', async () => {
    // The next release, proposed and merged.
    const next = releaseUpstream(fixture, 'v1.2')
    github.setBranch(STATUS_REPO, 'rawhide', next)
    const proposed = await propose(['--tag', 'v1.2', '--branch', 'main'])
    expect(proposed.code).toBe(0)
    const pr = (await dg.pullRequests('hello')).find((p) => p.state === 'open' && p.targetBranch === 'main')!
    await dg.mergePullRequest('hello', pr.number)
    let result = await kojiBuild(['--branch', 'main'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^main: submitted hello-1\.2-1\.fc46 /m)
    expect(await rpmNvr(`${dg.url}/rpms/hello.git`, 'main', '.fc46')).toBe('hello-1.2-1.fc46')
    const task = buildTasks().at(-1)!
    state.sources.set(task.request[0] as string, 'hello-1.2-1.fc46')
    state.finishTask(task.id, 'FAILED')
    const record = state.builds.find((b) => b.task_id === task.id)!
    expect(record.source).toBe(task.request[0])
    const calls = state.calls.length
    result = await kojiBuild(['--branch', 'main'])
    expect(result.code).toBe(1)
    // Koji's source of the failed build told it was this commit; no task was read for that.
    expect(state.calls.slice(calls).filter((c) => c.method === 'getTaskInfo')).toEqual([])
    expect(result.stdout).toMatch(
      new RegExp(
        `^main: failed hello-1\\.2-1\\.fc46 \\S+taskID=${task.id} \\(the Koji build of this commit failed: error building package`,
        'm',
      ),
    )
    expect(github.latestStatuses(STATUS_REPO, next).map((s) => [s.context, s.state, s.description])).toEqual([
      ['koji/main', 'failure', 'Koji build of hello-1.2-1.fc46 failed'],
    ])
    const tasks = buildTasks().length
    // A build record without Koji's source (an import, an older hub): its task's request tells.
    record.source = null
    const before = state.calls.length
    result = await kojiBuild(['--branch', 'main'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      new RegExp(`^main: failed hello-1\\.2-1\\.fc46 \\S+taskID=${task.id} `, 'm'),
    )
    expect(state.calls.slice(before).filter((c) => c.method === 'getTaskInfo')).toHaveLength(1)
    expect(buildTasks()).toHaveLength(tasks)
  })
})

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
