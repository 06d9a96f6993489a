/**
 * The setup of the sync-from-downstream tests (the CLI's and the action's): dist-git rpms/hello
 * on the local forge after one forward sync, a maintainer committing to it by hand, and the
 * edits those hand commits make (spec changes, patches).
 */
import { execFile, execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { syncFromDownstreamCommand } from '../../src/commands/sync-from-downstream.js'
import { updateDistGit } from '../../src/jobs/update-dist-git.js'
import { withEnv, type CliRun } from './cli.js'
import { startForge, type Forge } from './forge/index.js'
import { gitEnv, TestRepo } from './git-repo.js'
import type { FakeGitHub } from './github-api/index.js'
import { branchesOf, startRefSyncProxy, type RefSyncProxy } from './ref-sync-proxy.js'
import { buildSourceGit, type SourceGitFixture } from './source-git-fixture.js'

const execFileAsync = promisify(execFile)

/** The maintainer who commits to dist-git by hand. */
export const MAINTAINER = { name: 'Mia Maintainer', email: 'mia@example.com' }
/** The branch sync-from-downstream proposes dist-git rawhide's commits from. */
export const SYNC_BRANCH = 'srcgit/sync-from-rawhide'

/**
 * Source-git and its dist-git after one forward sync: the sync point hand commits are counted
 * from. Dist-git's branch is rawhide.
 */
export async function buildSyncedPackage(): Promise<SourceGitFixture> {
  const fixture = buildSourceGit()
  const forward = await updateDistGit({
    sourceGit: fixture.sourceGit.dir,
    distGit: fixture.distGit.dir,
    message: 'Sync from source-git',
  })
  if (forward.status !== 'committed')
    throw new Error(`test setup: the forward sync gave "${forward.status}", not a commit`)
  fixture.distGit.git('branch', '-m', 'rawhide')
  return fixture
}

/** A forge serving the fixture's dist-git as rpms/hello, which its user `maintainer` maintains. */
export async function startDistGitForge(fixture: SourceGitFixture, maintainer: string): Promise<Forge> {
  const forge = await startForge({ users: [{ name: maintainer, packager: true }] })
  forge.addPackage('hello', { from: fixture.distGit.dir, maintainers: [maintainer] })
  return forge
}

/**
 * Source-git on the forge as source/hello, at `${forge.url}/source/hello.git`, taking pushes
 * authenticated as github.com does: Basic x-access-token:<pushToken>. Returns its bare repository.
 */
export function serveSourceGit(forge: Forge, fixture: SourceGitFixture, pushToken: string): string {
  forge.addToken({ token: pushToken, user: 'x-access-token', acls: ['commit'] })
  forge.addPackage('hello', {
    from: fixture.sourceGit.dir,
    namespace: 'source',
    maintainers: ['x-access-token'],
  })
  return forge.repoPath('source/hello')
}

/** The fake GitHub behind a proxy that tells it, before each request, the branches pushed to `gitDir`. */
export function githubRefSync(github: FakeGitHub, repo: string, gitDir: string): Promise<RefSyncProxy> {
  return startRefSyncProxy(github.url, () => {
    for (const [branch, sha] of branchesOf(gitDir)) github.setBranch(repo, branch, sha)
  })
}

/** A maintainer's commit to the forge's (Pagure's or Forgejo's) dist-git rawhide, pushed as it receives it. */
export async function maintainerCommit(
  forge: Pick<Forge, 'repoPath'>,
  change: (repo: TestRepo) => void,
  message: string,
): Promise<string> {
  const work = TestRepo.clone(forge.repoPath('rpms/hello'), 'srcgit-maintainer-')
  change(work)
  const sha = work.commit(message, MAINTAINER)
  // Asynchronously: the forge's post-receive hook reports to the forge, which runs in this process.
  await execFileAsync('git', ['-C', work.dir, 'push', '-q', 'origin', 'HEAD:refs/heads/rawhide'], {
    env: gitEnv(),
  })
  rmSync(work.dir, { recursive: true, force: true })
  return sha
}

/** Rewrites a file of the repository; an edit that changes nothing is a broken test. */
export function editFile(repo: TestRepo, file: string, change: (text: string) => string): void {
  const before = readFileSync(path.join(repo.dir, file), 'utf8')
  const after = change(before)
  if (after === before) throw new Error(`test setup: the edit of ${file} changed nothing`)
  repo.write(file, after)
}

export const editSpec = (repo: TestRepo, change: (spec: string) => string) =>
  editFile(repo, 'hello.spec', change)

/** A %changelog entry by the maintainer, on top. */
export const changelogEntry = (evr: string, line: string) => (spec: string) =>
  spec.replace(
    '%changelog\n',
    `%changelog\n* Tue Nov 10 2026 ${MAINTAINER.name} <${MAINTAINER.email}> - ${evr}\n${line}\n\n`,
  )

/** A spec change: BuildRequires zlib-devel, release 3 and its changelog entry. */
export const addZlib = (spec: string) =>
  changelogEntry(
    '1.0-3',
    '- Build with zlib',
  )(
    spec
      .replace('BuildRequires:  coreutils\n', 'BuildRequires:  coreutils\nBuildRequires:  zlib-devel\n')
      .replace('Release:        2%{?dist}', 'Release:        3%{?dist}'),
  )

export const fixLicense = (spec: string) =>
  spec.replace('License:        MIT', 'License:        MIT AND BSD-2-Clause')

/** Adds a patch file and its PatchN line after the last one (below a `# comment` line, if given). */
export function addPatch(n: number, name: string, diff: string, comment?: string) {
  return (repo: TestRepo) => {
    repo.write(name, diff)
    const lines = `${comment === undefined ? '' : `# ${comment}\n`}Patch${n}:         ${name}\n`
    editSpec(repo, (spec) => spec.replace(/(Patch\d+:\s+\S+\n)(?![\s\S]*Patch\d+:)/, `$1${lines}`))
  }
}

/** git on a (bare) repository, its output trimmed. */
export function gitIn(gitDir: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', env: gitEnv() }).trim()
}

/** The From-dist-git-commit trailers of base..branch in a (bare) repository, oldest first. */
export function broughtBack(gitDir: string, base: string, branch: string): string[] {
  return gitIn(
    gitDir,
    'log',
    '--reverse',
    '--format=%(trailers:key=From-dist-git-commit,valueonly,separator=)',
    `${base}..${branch}`,
  )
    .split('\n')
    .filter(Boolean)
}

/** Environment a test run starts from: no CI variables, no srcgit settings from the machine running the tests. */
export const NO_CI: Record<string, undefined> = Object.fromEntries(
  [
    'GITHUB_ACTIONS',
    'GITHUB_REPOSITORY',
    'GITHUB_API_URL',
    'GITHUB_REF',
    'GITHUB_TOKEN',
    'SRCGIT_GITHUB_TOKEN',
    'GITLAB_CI',
    'CI_SERVER_URL',
    'CI_API_V4_URL',
    'CI_PROJECT_ID',
    'CI_PROJECT_PATH',
    'CI_COMMIT_BRANCH',
    'CI_JOB_TOKEN',
    'SRCGIT_GITLAB_TOKEN',
    'SRCGIT_DIST_GIT_BRANCHES',
    'SRCGIT_DIST_GIT_FORGE',
    'SRCGIT_DIST_GIT_TOKEN',
    'SRCGIT_PAGURE_TOKEN',
    'SRCGIT_DRY_RUN',
    'SRCGIT_BASE',
    'SRCGIT_REMOTE',
    'SRCGIT_PLATFORM',
    'SRCGIT_REPOSITORY',
    'SRCGIT_DIST_GIT',
    'SRCGIT_DOTENV',
    'SRCGIT_SUMMARY',
  ].map((name) => [name, undefined]),
)

/**
 * `srcgit sync-from-downstream` in process, from NO_CI plus `env`; every run is kept in `outputs`.
 * Each run commits at another time, as runs on different days do: the same dist-git commits
 * give other source-git commit ids, and only the content tells they are the same.
 */
export function syncFromDownstreamCli(outputs: CliRun[] = []) {
  let runs = 0
  return async (args: string[], env: Record<string, string | undefined>): Promise<CliRun> => {
    let stdout = ''
    let stderr = ''
    const date = new Date(Date.UTC(2026, 5, 1) + ++runs * 3_600_000).toISOString()
    const vars = { ...NO_CI, SRCGIT_TEST_GITHUB_NO_SPACING: 'true', GIT_COMMITTER_DATE: date, ...env }
    const code = await withEnv(vars, () =>
      syncFromDownstreamCommand(args, {
        stdout: (text) => (stdout += text),
        stderr: (text) => (stderr += text),
        cwd: os.tmpdir(),
      }),
    )
    const run = { code, stdout, stderr }
    outputs.push(run)
    return run
  }
}

/** A bare repository as source-git's origin (what GitHub or GitLab hold). */
export function bareOrigin(fixture: SourceGitFixture): string {
  const origin = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-origin-')), 'hello.git')
  execFileSync('git', ['clone', '-q', '--bare', fixture.sourceGit.dir, origin], { env: gitEnv() })
  fixture.sourceGit.git('remote', 'set-url', 'origin', origin)
  fixture.sourceGit.git('fetch', '-q', 'origin')
  return origin
}
