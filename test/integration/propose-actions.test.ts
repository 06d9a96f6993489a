/**
 * propose-downstream --dry-run with Packit's actions, pre-release versions, commit authors and
 * the default dist-git clone from dist_git_base_url.
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReleaseFixture, RELEASE_CONFIG, releaseUpstream } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'

Object.assign(process.env, gitEnv())
// Every test runs srcgit end to end (git, HTTP, child processes): seconds each, more on a busy CI machine.
jest.setTimeout(60_000)
const savedEnv = { ...process.env }
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
})

const cli = (...argv: string[]) => srcgit(argv, os.tmpdir())

function propose(fixture: ReturnType<typeof buildReleaseFixture>, ...args: string[]) {
  return cli(
    'propose-downstream',
    '--dry-run',
    fixture.sourceGit.dir,
    '--branch',
    'main',
    '--dist-git',
    fixture.distGit.dir,
    '--date',
    '2026-11-21',
    ...args,
  )
}

const show = (fixture: ReturnType<typeof buildReleaseFixture>, file: string) =>
  fixture.distGit.git('show', `main-update-propose_downstream:${file}`)

describe('Packit actions', () => {
  it('runs the hooks in order with the PACKIT_* variables and uses the output actions', async () => {
    const log = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-hooks-')), 'hooks.log')
    process.env.HOOK_LOG = log
    const fixture = buildReleaseFixture(
      RELEASE_CONFIG.replace('copy_upstream_release_description: true\n', '') +
        `actions:
  post-upstream-clone: bash -c 'echo "post-upstream-clone $PACKIT_PROJECT_VERSION $PACKIT_CONFIG_PACKAGE_NAME $PACKIT_SPECFILE_PATH" >> "$HOOK_LOG"'
  pre-sync:
    - [bash, -c, 'echo "pre-sync $(basename "$PACKIT_UPSTREAM_REPO") $PACKIT_PWD" >> "$HOOK_LOG"']
  changelog-entry:
    - echo "- literal $PACKIT_PROJECT_VERSION, no shell"
    - bash -c 'echo "- Rebased to $PACKIT_PROJECT_VERSION (was $PACKIT_PROJECT_PREVIOUS_VERSION, tag $PACKIT_PROJECT_UPSTREAM_TAG)"'
  commit-message:
    - bash -c 'printf "noise\\n%s\\nUpdate hello to %s\\n\\nFrom tag %s at %s\\n" "$PACKIT_DEBUG_DIVIDER" "$PACKIT_PROJECT_VERSION" "$PACKIT_UPSTREAM_TAG" "$PACKIT_UPSTREAM_COMMIT"'
  post-modifications: bash -c 'echo "# checked by post-modifications" >> "$PACKIT_DOWNSTREAM_REPO/hello.spec"'
`,
    )
    const result = await propose(fixture, '--tag', 'v1.1')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)

    const hooks = readFileSync(log, 'utf8').trim().split('\n')
    const sourceGitName = path.basename(fixture.sourceGit.dir)
    expect(hooks).toEqual([
      'post-upstream-clone 1.1 hello .distro/hello.spec',
      `pre-sync ${sourceGitName} ${fixture.sourceGit.dir}`,
    ])
    const spec = show(fixture, 'hello.spec')
    expect(spec).toContain(
      '* Sat Nov 21 2026 Ada Upstream <ada@example.com> - 1.1-1\n' +
        '- literal $PACKIT_PROJECT_VERSION, no shell\n' +
        '- Rebased to 1.1 (was 1.0, tag v1.1)\n',
    )
    expect(spec.trimEnd().endsWith('# checked by post-modifications')).toBe(true)
    const tagCommit = fixture.sourceGit.git('rev-parse', 'v1.1^{commit}')
    const message = fixture.distGit.git('log', '-1', '--format=%B', 'main-update-propose_downstream')
    expect(message).toBe(
      `Update hello to 1.1\n\nFrom tag v1.1 at ${tagCommit.slice(0, 8)}\n\n` +
        `From-source-git-commit: ${fixture.sourceGit.git('rev-parse', 'HEAD')}`,
    )
  })

  it('lets prepare-files replace the spec update and create-patches replace patch generation', async () => {
    const fixture = buildReleaseFixture(
      RELEASE_CONFIG +
        `files_to_sync: [{src: .distro/hello.spec, dest: hello.spec}]
actions:
  prepare-files: bash -c 'echo prepared > "$PACKIT_DOWNSTREAM_REPO/prepared.txt"'
  create-patches: bash -c 'echo "# our own patch" > "$PACKIT_DOWNSTREAM_REPO/custom.patch"'
`,
    )
    // Copied as it is, the spec must already be the release's.
    const specFile = path.join(fixture.sourceGit.dir, '.distro/hello.spec')
    fixture.sourceGit
      .write(
        '.distro/hello.spec',
        readFileSync(specFile, 'utf8').replace(/^Version:.*$/m, 'Version:        1.1'),
      )
      .commit('Packaging: 1.1')
    const result = await propose(fixture, '--tag', 'v1.1')
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    // The spec is copied as source-git has it: no version bump, no changelog entry of ours.
    expect(show(fixture, 'hello.spec')).toBe(fixture.sourceGit.git('show', 'HEAD:.distro/hello.spec'))
    expect(show(fixture, 'prepared.txt')).toBe('prepared')
    expect(show(fixture, 'custom.patch')).toBe('# our own patch')
    const files = fixture.distGit.git('ls-tree', '--name-only', 'main-update-propose_downstream')
    expect(files.split('\n')).not.toContain('hello-exit-code.patch')
  })

  it('fails with the command, its exit code and stderr, leaving no branch behind', async () => {
    const fixture = buildReleaseFixture(
      RELEASE_CONFIG + `actions:\n  pre-sync: bash -c 'echo "cannot reach the mirror" >&2; exit 3'\n`,
    )
    const result = await propose(fixture, '--tag', 'v1.1')
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      `action pre-sync failed: "bash -c echo "cannot reach the mirror" >&2; exit 3" exited with 3:\ncannot reach the mirror`,
    )
    expect(fixture.distGit.git('branch', '--list', 'main-update-propose_downstream')).toBe('')

    const missing = buildReleaseFixture(RELEASE_CONFIG + `actions:\n  pre-sync: no-such-tool --flag\n`)
    const notFound = await propose(missing, '--tag', 'v1.1')
    expect(notFound.code).toBe(1)
    expect(notFound.stderr).toContain('action pre-sync: command not found: no-such-tool')
  })
})

describe('pre-release versions', () => {
  it('converts the suffix with ~ and flips prerelease_suffix_macro', async () => {
    const fixture = buildReleaseFixture(RELEASE_CONFIG + 'prerelease_suffix_macro: prerel\n')
    const withMacro = (spec: string) =>
      spec.replace('Name:           hello', '#%global prerel rc1\nName:           hello')
    fixture.sourceGit.write(
      '.distro/hello.spec',
      withMacro(readFileSync(path.join(fixture.sourceGit.dir, '.distro/hello.spec'), 'utf8')),
    )
    fixture.sourceGit.commit('Packaging: pre-release macro')
    releaseUpstream(fixture, 'v1.2-rc1')

    const rc = await propose(fixture, '--tag', 'v1.2-rc1')
    expect(rc.stderr).toBe('')
    expect(rc.code).toBe(0)
    const spec = show(fixture, 'hello.spec')
    expect(spec).toContain('%global prerel rc1\nName:           hello\nVersion:        1.2~rc1\n')
    expect(spec).not.toContain('#%global prerel')
    expect(spec).not.toContain('#global prerel')
    expect(spec).toContain('- 1.2~rc1-1\n- Update to version 1.2-rc1\n')
    expect(existsSync(path.join(fixture.distGit.dir, '.git/srcgit/archives/hello-1.2~rc1.tar.gz'))).toBe(true)

    const final = await propose(fixture, '--tag', 'v1.1')
    expect(final.code).toBe(0)
    expect(show(fixture, 'hello.spec')).toContain(
      '#global prerel rc1\nName:           hello\nVersion:        1.1\n',
    )
  })
})

describe('commit authors', () => {
  it('takes --author for the commit and the changelog entry; srcgit commits when git has no identity', async () => {
    for (const key of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'])
      delete process.env[key]
    const fixture = buildReleaseFixture()
    const result = await propose(fixture, '--tag', 'v1.1', '--author', 'Jane Packager <jane@example.com>')
    expect(result.code).toBe(0)
    const who = fixture.distGit.git(
      'log',
      '-1',
      '--format=%an <%ae>|%cn <%ce>',
      'main-update-propose_downstream',
    )
    expect(who).toBe('Jane Packager <jane@example.com>|srcgit <srcgit@users.noreply.github.com>')
    expect(show(fixture, 'hello.spec')).toContain(
      '* Sat Nov 21 2026 Jane Packager <jane@example.com> - 1.1-1\n',
    )

    const bad = await propose(buildReleaseFixture(), '--tag', 'v1.1', '--author', 'jane')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain(
      `--author is "jane", not an identity; write it as 'Full Name <email@example.com>'`,
    )
  })

  it('credits the GitHub actor who triggered the run when git has no identity', async () => {
    for (const key of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL'])
      delete process.env[key]
    Object.assign(process.env, { GITHUB_ACTIONS: 'true', GITHUB_ACTOR: 'octocat', GITHUB_ACTOR_ID: '583231' })
    const fixture = buildReleaseFixture()
    expect((await propose(fixture, '--tag', 'v1.1')).code).toBe(0)
    expect(fixture.distGit.git('log', '-1', '--format=%an <%ae>', 'main-update-propose_downstream')).toBe(
      'octocat <583231+octocat@users.noreply.github.com>',
    )
  })
})

describe('the dist-git clone', () => {
  it('clones <dist_git_base_url>/<namespace>/<package>.git when --dist-git is not given', async () => {
    const server = mkdtempSync(path.join(os.tmpdir(), 'srcgit-distgit-server-'))
    const fixture = buildReleaseFixture(
      RELEASE_CONFIG + `dist_git_base_url: file://${server}/\ndist_git_namespace: rpms\n`,
    )
    execFileSync('git', ['clone', '-q', '--bare', fixture.distGit.dir, path.join(server, 'rpms/hello.git')], {
      env: gitEnv(),
    })
    const result = await cli(
      'propose-downstream',
      '--dry-run',
      fixture.sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const archive = /^archive: (.*)$/m.exec(result.stdout)![1]
    expect(path.basename(archive)).toBe('hello-1.1.tar.gz')
    expect(result.stdout).toMatch(/^== main: commit [0-9a-f]{12} on branch main-update-propose_downstream$/m)
    expect(result.stdout).toContain('hello.spec')
    // The clone was the run's own: gone with the run, archive and all.
    expect(existsSync(path.dirname(archive))).toBe(false)
  })
})

describe('options from the environment and the GitLab CI context', () => {
  it('takes SRCGIT_* options and CI_COMMIT_TAG, and writes the dotenv report and the summary', async () => {
    // (Release notes from the GitLab API are tested with a GitLab server in gitlab-*.test.ts.)
    const fixture = buildReleaseFixture(
      RELEASE_CONFIG.replace('copy_upstream_release_description: true\n', ''),
    )
    const dir = mkdtempSync(path.join(os.tmpdir(), 'srcgit-gitlab-job-'))
    Object.assign(process.env, {
      GITLAB_CI: 'true',
      CI_COMMIT_TAG: 'v1.1',
      SRCGIT_DRY_RUN: 'true',
      SRCGIT_BRANCH: 'main, f43',
      SRCGIT_DIST_GIT: fixture.distGit.dir,
      SRCGIT_DOTENV: path.join(dir, 'srcgit.env'),
      SRCGIT_SUMMARY: path.join(dir, 'summary.md'),
    })
    const result = await cli('propose-downstream', fixture.sourceGit.dir)
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(readFileSync(path.join(dir, 'srcgit.env'), 'utf8')).toBe(
      'SRCGIT_PULL_REQUESTS=[{"branch":"main","url":null,"operation":"created","reason":"local commit only"},' +
        '{"branch":"f43","url":null,"operation":"created","reason":"local commit only"}]\n' +
        'SRCGIT_VERSION=1.1\nSRCGIT_OPERATION=created\n',
    )
    expect(readFileSync(path.join(dir, 'summary.md'), 'utf8')).toContain(
      '| f43 | 🆕 would create |  | local commit only |',
    )

    process.env.SRCGIT_DRY_RUN = 'perhaps'
    const bad = await cli('propose-downstream', fixture.sourceGit.dir)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('SRCGIT_DRY_RUN is "perhaps"; it must be true or false')
  })
})

describe('the source-git work tree', () => {
  it('ignores untracked files (CI reports, caches) but refuses uncommitted changes to tracked ones', async () => {
    const fixture = buildReleaseFixture()
    writeFileSync(path.join(fixture.sourceGit.dir, 'srcgit.env'), 'SRCGIT_OPERATION=created\n')
    const ok = await propose(fixture, '--tag', 'v1.1')
    expect(ok.stderr).toBe('')
    expect(ok.code).toBe(0)
    expect(show(fixture, 'sources')).toMatch(/^SHA512 \(hello-1\.1\.tar\.gz\)/)

    writeFileSync(path.join(fixture.sourceGit.dir, 'hello.c'), 'int main(void) { return 7; }\n')
    const dirty = await propose(fixture, '--tag', 'v1.1')
    expect(dirty.code).toBe(1)
    expect(dirty.stderr).toContain('has uncommitted changes (hello.c)')
  })
})
