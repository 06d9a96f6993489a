/**
 * The action's `job: koji-build`, `job: bodhi-update` and `job: config-check`'s matrix, run
 * in-process through src/main.ts's run() as the runner calls it (INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files), in a dry run against the local dist-git, Koji
 * hub and Bodhi stand-ins: what it would submit or create per branch, the outputs, the
 * summary, and the outputs set when the run fails.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { clearProbeCache } from '../../src/forges/dist-git/probe.js'
import { run } from '../../src/main.js'
import { readOutputs } from '../support/action-runner.js'
import { BodhiState, startBodhi, type BodhiServer } from '../support/bodhi/server.js'
import { BACKENDS, type DistGit, startDistGit } from '../support/dist-git-backends.js'
import { gitEnv } from '../support/git-repo.js'
import { KojiHubState, startKojiHub, type KojiHubServer } from '../support/koji/server.js'
import { buildReleaseFixture, RELEASE_CONFIG } from '../support/source-git-fixture.js'
import { withEnv } from '../support/cli.js'

Object.assign(process.env, gitEnv())
jest.setTimeout(120_000)

const CONFIG = `${RELEASE_CONFIG}jobs:
  - job: propose_downstream
    trigger: release
    dist_git_branches: [main, f43]
  - job: koji_build
    trigger: commit
    dist_git_branches: [main, f43]
    allowed_committers: [ada@example.com]
  - job: bodhi_update
    trigger: commit
    dist_git_branches: [f43]
`

const SUMMARY = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-action-summary-')), 'summary.md')

interface ActionResult {
  failed: boolean
  stdout: string
  outputs: Record<string, string>
  summary: string
}

/** run() with these inputs, as the runner would call it; what it logged, set and wrote. */
async function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-action-koji-'))
  // @actions/core keeps the summary file of its first use: one for every run, emptied before each.
  const files = { output: path.join(dir, 'output'), summary: SUMMARY }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, '')
  const env: Record<string, string | undefined> = {
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'schedule',
    GITHUB_EVENT_PATH: undefined,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: undefined,
    NO_PROXY: 'localhost,127.0.0.1',
    no_proxy: 'localhost,127.0.0.1',
  }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  let stdout = ''
  const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  })
  const exitCode = process.exitCode
  try {
    clearProbeCache()
    await withEnv(env, run)
    return {
      failed: process.exitCode === 1,
      stdout,
      outputs: readOutputs(files.output),
      summary: readFileSync(files.summary, 'utf8'),
    }
  } finally {
    write.mockRestore()
    process.exitCode = exitCode
  }
}

describe('job: config-check sets the matrix', () => {
  const fixture = buildReleaseFixture(CONFIG)

  it('one cell per package and branch of koji_build and bodhi_update', async () => {
    const result = await runAction(fixture.sourceGit.dir, { job: 'config-check' })
    expect(result.stdout).not.toContain('::error')
    expect(result.failed).toBe(false)
    expect(JSON.parse(result.outputs.matrix)).toEqual({
      include: [
        { package: 'hello', branch: 'main' },
        { package: 'hello', branch: 'f43' },
      ],
    })
    expect(result.outputs.config).toContain('koji_build')
  })

  it('is empty, and the run fails, when the configuration has errors', async () => {
    const broken = buildReleaseFixture(`${RELEASE_CONFIG}jobs: 7\n`)
    const result = await runAction(broken.sourceGit.dir, { job: 'config-check' })
    expect(result.failed).toBe(true)
    expect(result.outputs.matrix).toBe('{"include":[]}')
  })
})

describe.each(BACKENDS)('job: koji-build, dry run, on %s dist-git', (backend) => {
  const fixture = buildReleaseFixture(CONFIG)
  const state = new KojiHubState()
  let dg: DistGit
  let hub: KojiHubServer

  beforeAll(async () => {
    dg = await startDistGit(backend, { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
    state.addUser('bot')
    state.addTarget('rawhide', 'f46-build', 'f46-updates-candidate')
    state.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
    hub = await startKojiHub(state)
  }, 120_000)
  afterAll(async () => {
    await hub?.stop()
    await dg?.stop()
  })

  const inputs = (more: Record<string, string> = {}) => ({
    job: 'koji-build',
    'dry-run': 'true',
    'dist-git-url': dg.url,
    'koji-url': hub.hubUrl,
    'fas-user': 'bot',
    ...more,
  })

  it('says per branch what it would submit, in the log, the outputs and the summary; submits nothing', async () => {
    // A maintainer built f43's head by hand already.
    const f43 = state.addBuild('hello-1.0-2.fc43', { owner: 'jane' })
    const result = await runAction(fixture.sourceGit.dir, inputs())
    expect(result.stdout).not.toContain('::error')
    expect(result.failed).toBe(false)
    const head = (await dg.packageBranchSha('hello', 'main'))!
    expect(result.stdout).toMatch(
      new RegExp(
        `^main: would submit hello-1\\.0-2\\.fc46 \\(dry run: would build git\\+\\S+#${head} in rawhide`,
        'm',
      ),
    )
    expect(result.stdout).toMatch(
      /^f43: already built hello-1\.0-2\.fc43 \S+buildinfo\?buildID=\d+ \(Koji has hello-1\.0-2\.fc43 built by jane/m,
    )
    const builds = JSON.parse(result.outputs.builds) as Array<Record<string, unknown>>
    expect(builds.map((b) => [b.package, b.branch, b.result, b.nvr, b.dry_run])).toEqual([
      ['hello', 'main', 'submitted', 'hello-1.0-2.fc46', true],
      ['hello', 'f43', 'already-built', 'hello-1.0-2.fc43', true],
    ])
    expect(result.outputs.result).toBe('submitted')
    expect(result.summary).toContain('## srcgit koji-build (dry run)')
    expect(result.summary).toContain('would submit')
    expect([...state.tasks.values()].filter((t) => t.method === 'build')).toEqual([])
    expect(state.calls.filter((c) => c.method === 'sslLogin')).toEqual([])
    expect(f43.state).toBe(1)
  })

  it('runs one matrix cell: the package and branch given, a branch the job does not name skipped', async () => {
    const result = await runAction(
      fixture.sourceGit.dir,
      inputs({ package: 'hello', 'dist-git-branches': 'f43 epel10' }),
    )
    expect(result.failed).toBe(false)
    const builds = JSON.parse(result.outputs.builds) as Array<Record<string, unknown>>
    expect(builds.map((b) => [b.branch, b.result])).toEqual([
      ['epel10', 'skipped'],
      ['f43', 'already-built'],
    ])
    expect(builds[0].reason).toBe(
      'epel10 is not in dist_git_branches of jobs[1] (koji_build) (main, f43); add it there to build it',
    )
    expect(result.outputs.result).toBe('already-built')
  })

  it('sets the outputs and fails with one line when the run cannot start', async () => {
    const result = await runAction(fixture.sourceGit.dir, inputs({ package: 'nope' }))
    expect(result.failed).toBe(true)
    expect(result.outputs).toEqual(expect.objectContaining({ builds: '[]', result: 'failed' }))
    expect(result.stdout).toContain(
      '::error::.distro/source-git.yaml has no package "nope" (packages: hello)',
    )
    const koji = await runAction(fixture.sourceGit.dir, inputs({ 'koji-url': 'koji.example' }))
    expect(koji.failed).toBe(true)
    expect(koji.outputs).toEqual({ builds: '[]', result: 'failed' })
    expect(koji.stdout).toContain('::error::input "koji-url" is "koji.example"; it must be an http(s) URL')
  })
})

describe('job: bodhi-update, dry run', () => {
  const fixture = buildReleaseFixture(CONFIG)
  const koji = new KojiHubState()
  let dg: DistGit
  let hub: KojiHubServer
  let bodhi: BodhiServer

  beforeAll(async () => {
    dg = await startDistGit('pagure', { users: [{ name: 'jane', packager: true }] })
    dg.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
    koji.addUser('bot')
    koji.addTarget('f43-candidate', 'f43-build', 'f43-updates-candidate')
    hub = await startKojiHub(koji)
    bodhi = await startBodhi(new BodhiState())
  }, 120_000)
  afterAll(async () => {
    await bodhi?.stop()
    await hub?.stop()
    await dg?.stop()
  })

  it("says it would create the update of f43's completed build, and creates none", async () => {
    koji.addBuild('hello-1.0-2.fc43', { owner: 'bot', tag: 'f43-updates-candidate' })
    const result = await runAction(fixture.sourceGit.dir, {
      job: 'bodhi-update',
      'dry-run': 'true',
      'dist-git-url': dg.url,
      'koji-url': hub.hubUrl,
      'bodhi-url': bodhi.url,
      'fas-user': 'bot',
    })
    expect(result.stdout).not.toContain('::error')
    expect(result.failed).toBe(false)
    expect(result.stdout).toMatch(
      /^f43: would create hello-1\.0-2\.fc43 \(dry run: would create an update of hello-1\.0-2\.fc43, type enhancement\)$/m,
    )
    const updates = JSON.parse(result.outputs.updates) as Array<Record<string, unknown>>
    expect(updates.map((u) => [u.package, u.branch, u.result, u.nvr, u.dry_run])).toEqual([
      ['hello', 'f43', 'created', 'hello-1.0-2.fc43', true],
    ])
    expect(result.outputs.result).toBe('created')
    expect(result.summary).toContain('## srcgit bodhi-update (dry run)')
    expect(bodhi.state.posts).toEqual([])
    expect(bodhi.state.updates).toEqual([])
  })
})
