/** propose-downstream --dry-run on real repositories: the commit a pull request would carry. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReleaseFixture, RELEASE_CONFIG } from '../support/source-git-fixture.js'
import { gitEnv, type TestRepo } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'

Object.assign(process.env, gitEnv())

const cli = (...argv: string[]) => srcgit(argv, os.tmpdir())

const repos = () => buildReleaseFixture()

describe('srcgit propose-downstream --dry-run', () => {
  const { sourceGit, distGit } = repos()
  const notes = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-notes-')), 'notes.md')
  writeFileSync(notes, '- Return codes are 100% configurable now\n* Faster startup\n')

  it('commits the update on <branch>-update-propose_downstream for each branch, leaving the checkout alone', async () => {
    const before = distGit.git('rev-parse', 'HEAD')
    const result = await cli(
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--branch',
      'f43',
      '--dist-git',
      distGit.dir,
      '--release-notes',
      notes,
      '--date',
      '2026-11-05',
    )
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('Release v1.1 (version 1.1), dry run: nothing was pushed or proposed.')
    expect(result.stdout).toContain(
      '\nmain: would create (local commit only)\nf43: would create (local commit only)\n',
    )
    expect(result.stdout).toContain('pull request title: Update main to upstream release 1.1')
    expect(result.stdout).toContain('pull request title: Update f43 to upstream release 1.1')
    expect(result.stdout).toContain(
      'Upstream tag: [v1.1](https://github.com/example/hello/releases/tag/v1.1)',
    )
    expect(distGit.git('rev-parse', 'HEAD')).toBe(before)
    expect(distGit.git('branch', '--show-current')).toBe('main')
    expect(distGit.git('status', '--porcelain')).toBe('')
  })

  it('writes the spec, patch, sources and .gitignore a packager would commit', () => {
    const show = (file: string) => distGit.git('show', `main-update-propose_downstream:${file}`)
    const spec = show('hello.spec')
    expect(spec).toContain('Version:        1.1\nRelease:        1%{?dist}\n')
    expect(spec).toContain('# Return 42\nPatch1:         hello-exit-code.patch\n')
    expect(spec).toContain(
      '%changelog\n* Thu Nov 05 2026 Ada Upstream <ada@example.com> - 1.1-1\n- Return codes are 100% configurable now\n * Faster startup\n\n* Mon Nov 02 2026 Jane Packager',
    )
    expect(spec).not.toContain('upstream changelog that dist-git must not get')

    const archive = path.join(distGit.dir, '.git/srcgit/archives/hello-1.1.tar.gz')
    const sha = createHash('sha512').update(readFileSync(archive)).digest('hex')
    // The new archive takes the old one's place; entries that are not ours stay.
    expect(show('sources')).toBe(
      `SHA512 (hello-1.1.tar.gz) = ${sha}\nSHA512 (hello-logo.png) = ${'cd'.repeat(64)}`,
    )
    expect(show('.gitignore')).toBe('/hello-1.0.tar.gz\n/hello-logo.png\n/hello-1.1.tar.gz')
    expect(execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' })).toContain('hello-1.1/hello.c')

    const message = distGit.git('log', '-1', '--format=%B', 'main-update-propose_downstream')
    const tagCommit = sourceGit.git('rev-parse', 'v1.1^{commit}')
    expect(message).toContain(
      `Update to 1.1 upstream release\n\nUpstream tag: v1.1\nUpstream commit: ${tagCommit.slice(0, 8)}\n`,
    )
    expect(message).toContain(`From-source-git-commit: ${sourceGit.git('rev-parse', 'HEAD')}`)
  })

  it('produces a patch that applies to the archive', () => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'srcgit-apply-'))
    execFileSync('tar', ['-xzf', path.join(distGit.dir, '.git/srcgit/archives/hello-1.1.tar.gz'), '-C', work])
    const patch = path.join(work, 'p.patch')
    writeFileSync(patch, distGit.git('show', 'main-update-propose_downstream:hello-exit-code.patch') + '\n')
    execFileSync('git', ['apply', '-p1', patch], { cwd: path.join(work, 'hello-1.1'), env: gitEnv() })
    expect(readFileSync(path.join(work, 'hello-1.1/hello.c'), 'utf8')).toContain('return 42;')
  })

  it('fails clearly on bad input', async () => {
    const run = (...args: string[]) =>
      cli('propose-downstream', '--dry-run', sourceGit.dir, '--dist-git', distGit.dir, ...args)
    expect((await run('--tag', 'v9.9', '--branch', 'main')).stderr).toContain('tag "v9.9" is not in')
    expect((await run('--tag', 'release-1.1', '--branch', 'main')).stderr).toContain(
      'does not match upstream_tag_template "v{version}"',
    )
    expect((await run('--branch', 'main')).stderr).toContain('give --tag TAG or --version VERSION')
    const badDate = await run('--tag', 'v1.1', '--branch', 'main', '--date', '5 Nov 2026')
    expect(badDate.code).toBe(2)
    expect(badDate.stderr).toContain('--date expects a day as YYYY-MM-DD, not "5 Nov 2026"')
    const bodhiDown = await run(
      '--tag',
      'v1.1',
      '--branch',
      'fedora-all',
      '--bodhi-url',
      'http://127.0.0.1:1',
    )
    expect(bodhiDown.code).toBe(1)
    expect(bodhiDown.stderr).toContain(
      'Could not get the active Fedora releases from Bodhi at http://127.0.0.1:1/releases/ (needed to resolve fedora-all)',
    )
    expect((await run('--tag', 'v1.1', '--branch', 'f99')).stderr).toContain('has no branch "f99"')
    distGit.git('checkout', '-q', '-b', 'bad')
    distGit.write('sources', 'this is not a sources line\n')
    distGit.commit('Break the sources file')
    distGit.git('checkout', '-q', 'main')
    const malformed = await run('--tag', 'v1.1', '--branch', 'bad')
    expect(malformed.code).toBe(1)
    expect(malformed.stderr).toContain('srcgit propose-downstream: the sources file cannot be updated')
    expect(distGit.git('branch', '--list', 'bad-update-propose_downstream')).toBe('')
    expect((await cli('propose-downstream', sourceGit.dir)).code).toBe(2)
    expect((await cli('propose-downstream', '--help')).stdout).toContain('Usage: srcgit propose-downstream')
    expect(existsSync(path.join(distGit.dir, 'hello-9.9.tar.gz'))).toBe(false)
  })
})

describe('srcgit propose-downstream --dry-run with sync_changelog', () => {
  it('copies the source-git spec without files_to_sync, and keeps executable files executable', async () => {
    const { sourceGit, distGit } = buildReleaseFixture(
      RELEASE_CONFIG +
        'sync_changelog: true\nfiles_to_sync:\n  - src: .distro/hello.spec\n    dest: hello.spec\n  - src: .distro/tests/\n    dest: tests/\n',
    )
    bumpSpec(sourceGit, '1.1')
    sourceGit.write('.distro/tests/run.sh', '#!/bin/sh\n./hello\n')
    chmodSync(path.join(sourceGit.dir, '.distro/tests/run.sh'), 0o755)
    sourceGit.commit('Packaging: a test script')
    const withFiles = await cli(
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git',
      distGit.dir,
    )
    expect(withFiles.stderr).toBe('')
    expect(withFiles.code).toBe(0)
    expect(distGit.git('ls-tree', 'main-update-propose_downstream', 'tests/run.sh')).toMatch(/^100755 blob /)

    // No files_to_sync at all: the spec is still copied from source-git (Packit's default item).
    const bare = buildReleaseFixture(RELEASE_CONFIG + 'sync_changelog: true\n')
    bumpSpec(bare.sourceGit, '1.1')
    bare.sourceGit.commit('Packaging: 1.1')
    const run = await cli(
      'propose-downstream',
      '--dry-run',
      bare.sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git',
      bare.distGit.dir,
    )
    expect(run.code).toBe(0)
    const spec = bare.distGit.git('show', 'main-update-propose_downstream:hello.spec')
    expect(spec).toContain('- upstream changelog that dist-git must not get')
    expect(spec).toContain('Version:        1.1\n')
  })

  it('stops before anything is made when the spec copied as it is has not the release Version', async () => {
    // packit source-git init writes sync_changelog: true; the .distro spec still says 1.0.
    const { sourceGit, distGit } = buildReleaseFixture(RELEASE_CONFIG + 'sync_changelog: true\n')
    const branchesBefore = distGit.git('branch', '--list')
    const run = await cli(
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git',
      distGit.dir,
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('.distro/hello.spec:2: Version is 1.0, but the release is 1.1 (tag v1.1)')
    expect(run.stderr).toContain('srcgit spec bump .distro/hello.spec --version 1.1 --write')
    expect(run.stderr).toContain('sync_changelog: false')
    // Nothing made: no branch, no archive next to the spec.
    expect(distGit.git('branch', '--list')).toBe(branchesBefore)
    expect(readdirSync(distGit.dir).filter((f) => f.endsWith('.tar.gz'))).toEqual([])
  })

  it('checks the Version after the actions that may change the spec, per branch', async () => {
    const { sourceGit, distGit } = buildReleaseFixture(
      RELEASE_CONFIG +
        'sync_changelog: true\nactions:\n  post-upstream-clone: [[sed, -i, "s/^Version:.*/Version: 1.1/", .distro/hello.spec]]\n',
    )
    const run = await cli(
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git',
      distGit.dir,
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(distGit.git('show', 'main-update-propose_downstream:hello.spec')).toContain('Version: 1.1\n')
  })
})

/** Sets Version in the source-git spec (written, not committed). */
function bumpSpec(repo: TestRepo, version: string): void {
  const file = path.join(repo.dir, '.distro/hello.spec')
  repo.write(
    '.distro/hello.spec',
    readFileSync(file, 'utf8').replace(/^Version:.*$/m, `Version:        ${version}`),
  )
}

describe('srcgit propose-downstream --dry-run from the propose_downstream job view', () => {
  it('proposes to the job-level dist_git_branches with the job-level upstream_tag_template', async () => {
    // Real .packit.yaml files set these on the job, not at the top (the top-level template is the default).
    const config = RELEASE_CONFIG.replace('upstream_tag_template: v{version}\n', '').concat(
      'jobs:\n',
      '  - job: copr_build\n    trigger: pull_request\n',
      '  - job: propose_downstream\n    trigger: release\n',
      '    upstream_tag_template: v{version}\n',
      '    dist_git_branches: [main, f43]\n',
    )
    const { sourceGit, distGit } = buildReleaseFixture(config)
    const run = await cli(
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--dist-git',
      distGit.dir,
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('main: would create')
    expect(run.stdout).toContain('f43: would create')
    for (const branch of ['main', 'f43'])
      expect(distGit.git('show', `${branch}-update-propose_downstream:hello.spec`)).toContain(
        'Version:        1.1\n',
      )
  })
})
