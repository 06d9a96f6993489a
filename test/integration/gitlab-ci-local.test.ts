/**
 * The template judged by gitlab-ci-local (an independent implementation of GitLab's pipeline
 * rules, includes, inputs and job variables): a project's .gitlab-ci.yml includes the template
 * as `remote:` from 127.0.0.1, and gitlab-ci-local runs the job in shell mode (the image is
 * not pulled) with the srcgit package from `npm pack`, against the local forge.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { PROJECT_ROOT } from '../support/corpus.js'
import { startForge, type Forge, type RequestRecord } from '../support/forge/index.js'
import { buildReleaseFixture, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { installPackedSrcgit, type PackedSrcgit } from '../support/gitlab/package.js'
import { TEMPLATE_PATH } from '../support/gitlab/template.js'
import { node24 } from '../support/action-runner.js'

const GITLAB_CI_LOCAL = path.join(PROJECT_ROOT, 'node_modules/gitlab-ci-local/dist/index.js')
/** gitlab-ci-local needs Node 22 or later (Set.prototype.union, ...): Node 24, as the action runs. */
let NODE_FOR_GITLAB_CI_LOCAL: string
const BOT_TOKEN = 'B0T'.padEnd(64, 'L5')
const JOB = 'srcgit-propose-downstream'

let packed: PackedSrcgit
let forge: Forge
let templateServer: http.Server
let templateUrl: string
const fixture = buildReleaseFixture()

beforeAll(async () => {
  if (!existsSync(GITLAB_CI_LOCAL))
    throw new Error(`${GITLAB_CI_LOCAL} is missing: gitlab-ci-local is a devDependency; run npm ci`)
  NODE_FOR_GITLAB_CI_LOCAL = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : node24()
  packed = installPackedSrcgit()
  forge = await startForge({
    users: [{ name: 'bot', packager: true }],
    tokens: [
      {
        token: BOT_TOKEN,
        user: 'bot',
        acls: ['fork_project', 'pull_request_create', 'pull_request_update', 'commit'],
      },
    ],
  })
  forge.addPackage('hello', { from: fixture.distGit.dir })
  // Served the way GitLab serves a raw file, read at each request.
  templateServer = http.createServer((req, res) => {
    if (req.url !== '/pkgs/srcgit/-/raw/main/gitlab-ci-template/srcgit.yml') {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end(readFileSync(TEMPLATE_PATH))
  })
  await new Promise<void>((resolve) => templateServer.listen(0, '127.0.0.1', resolve))
  templateUrl = `http://127.0.0.1:${(templateServer.address() as AddressInfo).port}/pkgs/srcgit/-/raw/main/gitlab-ci-template/srcgit.yml`
  commitCiConfig()
}, 240_000)

afterAll(async () => {
  await forge?.stop()
  await new Promise((resolve) => templateServer?.close(resolve))
  packed?.remove()
})

/** The project's own .gitlab-ci.yml, committed on the source-git branch (not a patch for dist-git). */
function commitCiConfig() {
  fixture.sourceGit.write(
    '.gitlab-ci.yml',
    [
      'include:',
      `  - remote: '${templateUrl}'`,
      '    inputs:',
      `      srcgit-version: 'srcgit@${packed.version}'`,
      `      dist-git-branches: 'main, f43'`,
      `      dist-git-url: '${forge.url}'`,
      `      lookaside-url: '${forge.lookasideUrl}'`,
      `      bodhi-url: '${forge.bodhiUrl}'`,
      '      push-protocol: https',
      '',
    ].join('\n'),
  )
  fixture.sourceGit.commit('Propose releases from GitLab CI\n\nIgnore-patch: true\n')
  // Masked CI/CD variables, as gitlab-ci-local reads project variables.
  writeFileSync(
    path.join(packed.root, 'variables.yml'),
    `SRCGIT_PAGURE_TOKEN: '${BOT_TOKEN}'\nSRCGIT_TEST_LOOKASIDE_USER: bot\n`,
  )
}

/** The project checked out at `ref`, as a runner leaves it (HEAD detached). */
function project(ref: string, origin = 'https://gitlab.example.com/pkgs/hello.git'): string {
  const dir = packed.projectDir('hello')
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env: gitEnv() })
  execFileSync('git', ['clone', '-q', fixture.sourceGit.dir, dir], { env: gitEnv() })
  git('checkout', '-q', '--detach', ref)
  git('remote', 'set-url', 'origin', origin)
  // gitlab-ci-local keeps its state in the project; a runner keeps it elsewhere.
  writeFileSync(path.join(dir, '.git/info/exclude'), '/.gitlab-ci-local/\n')
  return dir
}

/** gitlab-ci-local with these pipeline variables; asynchronous, as the forge runs in this process. */
async function gitlabCiLocal(
  dir: string,
  variables: Record<string, string>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; output: string; requests: RequestRecord[] }> {
  const from = forge.log.length
  const predefined = Object.keys(variables).filter((name) => name.startsWith('CI_'))
  const argv = [
    GITLAB_CI_LOCAL,
    '--no-color',
    '--force-shell-executor',
    '--variables-file',
    path.join(packed.root, 'variables.yml'),
    ...(predefined.length ? ['--ignore-predefined-vars', predefined.join(',')] : []),
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
    ...args,
  ]
  return new Promise((resolve) => {
    execFile(
      NODE_FOR_GITLAB_CI_LOCAL,
      argv,
      { cwd: dir, env: { ...gitEnv(), ...packed.npmEnv }, timeout: 180_000, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? ((error as { code?: number }).code ?? 1) : 0,
          stdout,
          output: `${stdout}${stderr}`,
          requests: forge.log.slice(from),
        }),
    )
  })
}

async function listed(dir: string, variables: Record<string, string>): Promise<boolean> {
  const run = await gitlabCiLocal(dir, variables, ['--list-json'])
  expect(run.code).toBe(0)
  const jobs = JSON.parse(run.stdout) as { name: string; when: string }[]
  return jobs.some((job) => job.name === JOB && job.when !== 'never')
}

const writes = (requests: RequestRecord[]) =>
  requests.filter((r) => r.write && r.path !== '/api/0/-/whoami').map((r) => `${r.method} ${r.path}`)
const openPrs = () => forge.pullRequests('rpms', 'hello').filter((pr) => pr.status === 'Open')

describe('the template under gitlab-ci-local, included as remote: from 127.0.0.1', () => {
  it('puts the job in tag, merge-request and named manual pipelines only', async () => {
    const dir = project('rawhide')
    expect(await listed(dir, { CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.1' })).toBe(true)
    expect(await listed(dir, { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '1' })).toBe(
      true,
    )
    expect(await listed(dir, { CI_PIPELINE_SOURCE: 'web', SRCGIT_VERSION: '1.1' })).toBe(true)
    expect(await listed(dir, { CI_PIPELINE_SOURCE: 'web' })).toBe(false)
    expect(await listed(dir, { CI_PIPELINE_SOURCE: 'push' })).toBe(false)
  }, 120_000)

  it('runs a merge request as a dry run: read requests only', async () => {
    const run = await gitlabCiLocal(project('rawhide'), {
      CI_PIPELINE_SOURCE: 'merge_request_event',
      CI_MERGE_REQUEST_IID: '1',
    })
    expect(run.output).toContain(`${JOB} > Release v1.1 (version 1.1), dry run against the forge.`)
    expect(run.output).toMatch(/> main: would create \(dry run: nothing was pushed or proposed\)$/m)
    expect(run.output).toContain(`PASS  ${JOB}`)
    expect(run.code).toBe(0)
    expect(writes(run.requests)).toEqual([])
    expect(run.output).not.toContain(BOT_TOKEN)
  }, 180_000)

  it('proposes a release from a pipeline on the source-git branch (the upstream tag has no .distro/)', async () => {
    releaseUpstream(fixture, 'v1.2')
    const run = await gitlabCiLocal(project('rawhide'), { CI_PIPELINE_SOURCE: 'web', SRCGIT_TAG: 'v1.2' })
    expect(run.output).toMatch(/> main: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/1$/m)
    expect(run.output).toMatch(/> f43: created http:\/\/127\.0\.0\.1:\d+\/rpms\/hello\/pull-request\/2$/m)
    expect(run.code).toBe(0)
    expect(openPrs().map((pr) => pr.title)).toEqual([
      'Update main to upstream release 1.2',
      'Update f43 to upstream release 1.2',
    ])
    expect(writes(run.requests)).toContain('POST /api/0/fork')
    expect(run.output).not.toContain(BOT_TOKEN)
  }, 180_000)
})

/**
 * A GitLab mirror of this repository at a release tag, as `include: component:` fetches it: the
 * committed templates/ (GitLab reads components from there) served over smart HTTP by the forge.
 */
function publishComponentMirror(tag: string): void {
  const mirror = mkdtempSync(path.join(packed.root, 'srcgit-mirror-'))
  const git = (...args: string[]) => execFileSync('git', ['-C', mirror, ...args], { env: gitEnv() })
  git('init', '-q', '-b', 'main')
  cpSync(path.join(PROJECT_ROOT, 'templates'), path.join(mirror, 'templates'), { recursive: true })
  cpSync(path.join(PROJECT_ROOT, 'gitlab-ci-template'), path.join(mirror, 'gitlab-ci-template'), {
    recursive: true,
  })
  git('add', '-A')
  git('commit', '-q', '-m', 'srcgit release')
  git('tag', '-a', tag, '-m', tag)
  forge.addPackage('propose-downstream', { from: mirror, namespace: 'srcgit' })
}

describe('the template under gitlab-ci-local, included as a CI/CD component', () => {
  it('runs from templates/ of the mirror at the release tag, with its inputs', async () => {
    publishComponentMirror('v1.0.0')
    const host = new URL(forge.url).host
    // gitlab-ci-local clones components from the project's own server, as GitLab does.
    const dir = project('rawhide', `${forge.url}/pkgs/hello.git`)
    writeFileSync(
      path.join(dir, 'component-ci.yml'),
      [
        'include:',
        `  - component: ${host}/srcgit/propose-downstream/srcgit@v1.0.0`,
        '    inputs:',
        `      srcgit-version: 'srcgit@${packed.version}'`,
        '      job-prefix: fedora',
        `      dist-git-branches: 'main, f43'`,
        `      dist-git-url: '${forge.url}'`,
        `      lookaside-url: '${forge.lookasideUrl}'`,
        `      bodhi-url: '${forge.bodhiUrl}'`,
        '      push-protocol: https',
        '',
      ].join('\n'),
    )
    writeFileSync(path.join(dir, '.git/info/exclude'), '/.gitlab-ci-local/\n/component-ci.yml\n')
    const run = await gitlabCiLocal(
      dir,
      { CI_PIPELINE_SOURCE: 'merge_request_event', CI_MERGE_REQUEST_IID: '2' },
      ['--file', 'component-ci.yml'],
    )
    expect(run.output).toContain('downloaded srcgit/propose-downstream v1.0.0 templates/srcgit')
    expect(run.output).toMatch(
      /fedora-propose-downstream > Release v1\.\d \(version 1\.\d\), dry run against the forge\./,
    )
    expect(run.output).toMatch(/> main: \S.* \(dry run: nothing was pushed or proposed\)$/m)
    expect(run.output).toContain('PASS  fedora-propose-downstream')
    expect(run.code).toBe(0)
    expect(writes(run.requests)).toEqual([])
    expect(
      forge.log.some(
        (r) => r.path.startsWith('/srcgit/propose-downstream') && r.path.includes('git-upload-pack'),
      ),
    ).toBe(true)
  }, 180_000)
})

describe("the GitLab mirror's own .gitlab-ci.yml", () => {
  it('creates a Catalog release for X.Y.Z tags only, not for vX.Y.Z or branches', async () => {
    const dir = packed.projectDir('propose-downstream')
    execFileSync('git', ['clone', '-q', PROJECT_ROOT, dir], { env: gitEnv() })
    execFileSync(
      'git',
      ['-C', dir, 'remote', 'set-url', 'origin', 'https://gitlab.example.com/srcgit/propose-downstream.git'],
      { env: gitEnv() },
    )
    writeFileSync(path.join(dir, '.git/info/exclude'), '/.gitlab-ci-local/\n')
    const jobs = async (variables: Record<string, string>) => {
      const run = await gitlabCiLocal(dir, variables, ['--list-json'])
      expect(run.code).toBe(0)
      return (JSON.parse(run.stdout) as { name: string; when: string }[])
        .filter((job) => job.when !== 'never')
        .map((job) => job.name)
    }
    expect(await jobs({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: '1.0.0' })).toEqual(['publish-component'])
    expect(await jobs({ CI_PIPELINE_SOURCE: 'push', CI_COMMIT_TAG: 'v1.0.0' })).toEqual([])
    expect(await jobs({ CI_PIPELINE_SOURCE: 'push' })).toEqual([])
  }, 120_000)
})
