/**
 * The template's job as GitLab runs it, end to end: the script under `sh -e` with GitLab's
 * variables, in a detached checkout of a source-git repository, where `npx --yes
 * srcgit@<version>` finds the package made by `npm pack` (test/support/gitlab/package.ts);
 * against the local forge (Pagure, lookaside, Bodhi) and a local GitLab Releases API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, renameSync } from 'node:fs'
import path from 'node:path'
import { startForge, type Forge, type RequestRecord } from '../support/forge/index.js'
import { buildReleaseFixture, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { startFakeGitLab, type FakeGitLab } from '../support/gitlab/api.js'
import { installPackedSrcgit, type PackedSrcgit } from '../support/gitlab/package.js'
import { includeTemplate, runJob, type InputValue, type JobRun } from '../support/gitlab/template.js'

const BOT_TOKEN = 'B0T'.padEnd(64, 'G7')
const JOB_TOKEN = 'glcbt-64_JOBTOKENJOBTOKENJOB'
const NOTES = 'Faster greetings.\r\n\r\n- hello now answers 42\r\n'

let packed: PackedSrcgit
let forge: Forge
let gitlab: FakeGitLab
const fixture = buildReleaseFixture()
const runs: JobRun[] = []

beforeAll(async () => {
  packed = installPackedSrcgit()
  forge = await startForge({
    users: [
      { name: 'bot', packager: true },
      { name: 'jane', packager: true },
    ],
    tokens: [
      {
        token: BOT_TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
    ],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir, maintainers: ['jane'] })
  gitlab = await startFakeGitLab({
    projects: [{ id: 17, path: 'pkgs/hello', releases: [{ tag_name: 'v1.2', description: NOTES }] }],
    jobTokens: [JOB_TOKEN],
  })
}, 240_000)

afterAll(async () => {
  await forge?.stop()
  await gitlab?.stop()
  packed?.remove()
  for (const run of runs) expect(`${run.stdout}${run.stderr}`).not.toContain(BOT_TOKEN)
})

/** The project directory as a GitLab runner leaves it: the repository fetched, HEAD detached at the commit. */
function checkout(ref: string): string {
  const dir = packed.projectDir('hello')
  execFileSync('git', ['clone', '-q', '--no-checkout', fixture.sourceGit.dir, dir], { env: gitEnv() })
  execFileSync('git', ['-C', dir, 'checkout', '-q', '--detach', ref], { env: gitEnv() })
  return dir
}

function predefined(projectDir: string, extra: Record<string, string>): Record<string, string> {
  return {
    CI_PROJECT_ID: '17',
    CI_PROJECT_PATH: 'pkgs/hello',
    CI_PROJECT_URL: `${gitlab.url}/pkgs/hello`,
    CI_SERVER_URL: gitlab.url,
    CI_API_V4_URL: gitlab.apiUrl,
    CI_JOB_TOKEN: JOB_TOKEN,
    CI_COMMIT_SHA: execFileSync('git', ['-C', projectDir, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim(),
    GITLAB_USER_NAME: 'Jane Packager',
    GITLAB_USER_EMAIL: 'jane@example.com',
    ...extra,
  }
}

/** The forge inputs a project pointing at this forge sets, plus `inputs`. */
async function job(
  projectDir: string,
  pipeline: Record<string, string>,
  inputs: Record<string, InputValue> = {},
): Promise<JobRun & { requests: RequestRecord[] }> {
  const from = forge.log.length
  const run = await runJob(
    includeTemplate({
      'srcgit-version': `srcgit@${packed.version}`,
      'dist-git-branches': 'main, f43',
      'dist-git-url': forge.url,
      'lookaside-url': forge.lookasideUrl,
      'bodhi-url': forge.bodhiUrl,
      'push-protocol': 'https',
      ...inputs,
    }),
    {
      projectDir,
      predefined: predefined(projectDir, pipeline),
      // Masked CI/CD variables; the lookaside login is the test forge's stand-in for Kerberos.
      // SRCGIT_* of the pipeline are "Run pipeline" variables: above the job's own, as in GitLab.
      cicd: {
        SRCGIT_PAGURE_TOKEN: BOT_TOKEN,
        SRCGIT_TEST_LOOKASIDE_USER: 'bot',
        ...Object.fromEntries(Object.entries(pipeline).filter(([name]) => name.startsWith('SRCGIT_'))),
      },
      env: { ...gitEnv(), ...packed.npmEnv },
      timeout: 180_000,
    },
  )
  runs.push(run)
  return { ...run, requests: forge.log.slice(from) }
}

const writes = (requests: RequestRecord[]) =>
  requests.filter((r) => r.write && r.path !== '/api/0/-/whoami').map((r) => `${r.method} ${r.path}`)
const openPrs = () => forge.pullRequests('rpms', 'hello').filter((pr) => pr.status === 'Open')

/** What GitLab reads from a dotenv report (no empty lines, stripped, `$$` is `$`). */
function dotenv(file: string): Record<string, string> {
  return Object.fromEntries(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line, i, all) => i < all.length - 1 || line !== '')
      .map((line) => {
        const m = /^(.*?)=(.*)$/.exec(line)
        if (!m) throw new Error(`GitLab: Invalid Format (${line})`)
        return [m[1].trim(), m[2].trim().replace(/\$\$/g, '$')]
      }),
  )
}

describe('the srcgit job from npm pack, as GitLab runs it', () => {
  it('checks the configuration, whatever the directory and file are called', async () => {
    const projectDir = checkout('rawhide')
    const workdir = `pkg dir; touch pwned1 $(touch pwned2) 'q' "d" \`touch pwned3\``
    const config = `.distro/my conf $(touch pwned4) $CI_JOB_TOKEN.yaml`
    cpSync(path.join(projectDir, '.distro'), path.join(projectDir, workdir, '.distro'), { recursive: true })
    renameSync(
      path.join(projectDir, workdir, '.distro/source-git.yaml'),
      path.join(projectDir, workdir, config),
    )
    const run = await job(
      projectDir,
      { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '3' },
      {
        job: 'config-check',
        'working-directory': workdir,
        config,
      },
    )
    expect(run.stderr).not.toContain('srcgit config check:')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`# Configuration from ${config}: what it sets and what srcgit will do\n`)
    expect(run.stdout).toContain('downstream_package_name: hello')
    const files = readdirSync(packed.root, { recursive: true, encoding: 'utf8' })
    expect(files.filter((f) => /^pwned\d$/.test(path.basename(f)))).toEqual([])
  }, 120_000)

  it('previews a merge request as a dry run: read requests only', async () => {
    const run = await job(checkout('rawhide'), {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '3',
    })
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('Release v1.1 (version 1.1), dry run against the forge.')
    expect(run.stdout).toMatch(/^main: would create \(dry run: nothing was pushed or proposed\)$/m)
    expect(run.stdout).toMatch(/^f43: would create \(dry run: nothing was pushed or proposed\)$/m)
    expect(run.requests.length).toBeGreaterThan(0)
    expect(writes(run.requests)).toEqual([])
    expect(openPrs()).toEqual([])
  }, 120_000)

  it('a tag pipeline on the upstream tag says where to run instead, and proposes nothing', async () => {
    releaseUpstream(fixture, 'v1.2')
    const run = await job(checkout('v1.2'), {
      CI_PIPELINE_SOURCE: 'push',
      CI_COMMIT_TAG: 'v1.2',
      CI_COMMIT_REF_NAME: 'v1.2',
    })
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'the checkout is the release tag v1.2, an upstream commit without the source-git configuration',
    )
    expect(run.stderr).toContain('on GitLab a pipeline on the branch with SRCGIT_TAG=v1.2')
    expect(writes(run.requests)).toEqual([])
  }, 120_000)

  it('proposes the release from a pipeline on the source-git branch: one pull request per branch', async () => {
    const projectDir = checkout('rawhide')
    const run = await job(projectDir, {
      CI_PIPELINE_SOURCE: 'web',
      CI_COMMIT_REF_NAME: 'rawhide',
      SRCGIT_TAG: 'v1.2',
    })
    expect(run.stderr).not.toContain('srcgit propose-downstream:')
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^main: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1$/m)
    expect(run.stdout).toMatch(/^f43: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/2$/m)
    expect(openPrs().map((pr) => [pr.branch, pr.title, pr.user.name])).toEqual([
      ['main', 'Update main to upstream release 1.2', 'bot'],
      ['f43', 'Update f43 to upstream release 1.2', 'bot'],
    ])
    expect(writes(run.requests)).toContain('POST /api/0/fork')
  }, 120_000)

  it('leaves the dotenv report and the summary for GitLab, and copies the GitLab release notes', async () => {
    const projectDir = checkout('rawhide')
    const run = await job(projectDir, {
      CI_PIPELINE_SOURCE: 'web',
      CI_COMMIT_REF_NAME: 'rawhide',
      SRCGIT_TAG: 'v1.2',
    })
    expect(run.code).toBe(0)
    const report = dotenv(path.join(projectDir, 'srcgit.env'))
    expect(Object.keys(report)).toEqual(['SRCGIT_PULL_REQUESTS', 'SRCGIT_VERSION', 'SRCGIT_OPERATION'])
    expect(report.SRCGIT_VERSION).toBe('1.2')
    expect(report.SRCGIT_OPERATION).toBe('unchanged')
    expect((JSON.parse(report.SRCGIT_PULL_REQUESTS) as { branch: string }[]).map((p) => p.branch)).toEqual([
      'main',
      'f43',
    ])
    expect(readFileSync(path.join(projectDir, 'srcgit-summary.md'), 'utf8')).toContain(
      '## srcgit propose-downstream: v1.2 (version 1.2)',
    )
    const spec = execFileSync(
      'git',
      ['-C', forge.repoPath('forks/bot/rpms/hello'), 'show', 'main-update-propose_downstream:hello.spec'],
      { encoding: 'utf8' },
    )
    expect(spec).toContain('- hello now answers 42')
    expect(gitlab.log.map((r) => `${r.path} ${r.auth}`)).toContain(
      '/api/v4/projects/17/releases/v1.2 job-token',
    )
  }, 120_000)
})
