/**
 * Setups that used to give a silently wrong proposal: a branch rebased onto a new upstream
 * release while upstream_ref names the old one, no spec at all, and an update-dist-git whose
 * spec needs an archive dist-git does not have.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReleaseFixture, buildSourceGit, RELEASE_CONFIG } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'

Object.assign(process.env, gitEnv())

const cli = (...argv: string[]) => srcgit(argv, os.tmpdir())
const OLD_REF = RELEASE_CONFIG.replace('upstream_ref: v1.1', 'upstream_ref: v1.0')

describe('upstream history inside the downstream range', () => {
  it('stops propose-downstream when the release tag lies between upstream_ref and HEAD', async () => {
    // The branch sits on v1.1 but upstream_ref still says v1.0: "hello 1.1" would become a patch.
    const { sourceGit, distGit } = buildReleaseFixture(OLD_REF)
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
    expect(run.stderr).toContain(
      '.distro/source-git.yaml: upstream_ref v1.0 is older than the upstream release v1.1 between it and HEAD',
    )
    expect(run.stderr).toContain('Set upstream_ref: v1.1')
    expect(distGit.git('branch', '--list')).toBe(branchesBefore)
  })

  it('stops update-dist-git on a newer upstream tag in the range, and leaves dist-git as it was', async () => {
    const { sourceGit, distGit } = buildReleaseFixture(OLD_REF)
    const before = distGit.git('rev-parse', 'HEAD')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'upstream_ref v1.0 is older than the upstream release v1.1 between it and HEAD',
    )
    expect(distGit.git('rev-parse', 'HEAD')).toBe(before)
    expect(distGit.git('status', '--porcelain')).toBe('')
  })

  it('lets downstream tags (commits that carry the spec) and older tags be', async () => {
    const { sourceGit, distGit } = buildReleaseFixture()
    // A tag the source-git repository put on its own downstream commit, newer by the template.
    sourceGit.tag('v1.1.1', true)
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.stderr).not.toContain('is older than the upstream release')
    expect(run.code).toBe(0)
  })
})

describe('a spec whose archive dist-git does not have', () => {
  it('update-dist-git warns, naming the archive and the command that makes it', async () => {
    // Source-git moved to 1.1 (spec and upstream_ref); dist-git's sources still list 1.0's archive.
    const { sourceGit, distGit } = buildReleaseFixture()
    const spec = readFileSync(path.join(sourceGit.dir, '.distro/hello.spec'), 'utf8').replace(
      /^Version:.*$/m,
      'Version:        1.1',
    )
    sourceGit.write('.distro/hello.spec', spec).commit('Packaging: 1.1')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      "warning: dist-git cannot build this: the spec's Version 1.1 needs hello-1.1.tar.gz, which is not in sources; " +
        'srcgit propose-downstream --version 1.1 makes it',
    )
    // A spec at 1.0 on upstream_ref v1.0 needs the archive sources has: no warning.
    const fine = buildSourceGit()
    const quiet = await cli('update-dist-git', fine.sourceGit.dir, fine.distGit.dir, '-m', 'Sync')
    expect(quiet.code).toBe(0)
    expect(quiet.stderr).not.toContain('warning:')
  })
})

describe('no spec file to propose', () => {
  it("refuses with Packit's reason when there is no specfile_path and no spec", async () => {
    const config = RELEASE_CONFIG.replace('specfile_path: .distro/hello.spec\n', '').replace(
      'downstream_package_name: hello\n',
      '',
    )
    const { sourceGit, distGit } = buildReleaseFixture(config)
    sourceGit.git('rm', '-q', '.distro/hello.spec')
    sourceGit.commit('The spec is generated in CI')
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
    expect(run.stderr).toContain("'specfile_path' is not specified or no specfile was found in the repo")
  })

  it('takes a spec that a post-upstream-clone action generates', async () => {
    const config = RELEASE_CONFIG.concat(
      'actions:\n  post-upstream-clone: [[cp, .distro/hello.spec.in, .distro/hello.spec]]\n',
    )
    const { sourceGit, distGit } = buildReleaseFixture(config)
    sourceGit.git('mv', '.distro/hello.spec', '.distro/hello.spec.in')
    sourceGit.commit('The spec is generated from a template')
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
    expect(distGit.git('show', 'main-update-propose_downstream:hello.spec')).toContain(
      'Version:        1.1\n',
    )
  })
})

describe('a monorepo: one propose_downstream job, several packages', () => {
  const MONOREPO = `upstream_project_url: https://github.com/example/hello
upstream_ref: v1.1
upstream_tag_template: v{version}
upstream_package_name: hello
patch_generation_ignore_paths: [.distro]
packages:
  hello-fedora:
    specfile_path: .distro/hello.spec
  hello-docs:
    downstream_package_name: hello-docs
    specfile_path: .distro/hello-docs.spec
jobs:
  - job: propose_downstream
    trigger: release
    dist_git_branches: [main]
    packages: [hello-fedora, hello-docs]
`

  function monorepo() {
    const fixture = buildReleaseFixture(MONOREPO)
    const { sourceGit, distGit } = fixture
    const spec = readFileSync(path.join(sourceGit.dir, '.distro/hello.spec'), 'utf8')
    sourceGit
      .write('.distro/hello-docs.spec', spec.replace(/^Name:.*$/m, 'Name:           hello-docs'))
      .commit('Docs package')
    // Dist-git: one repository per package, as on src.fedoraproject.org.
    const server = mkdtempSync(path.join(os.tmpdir(), 'srcgit-distgit-server-'))
    // packages: without downstream_package_name is named after the repository (Packit), from its remote.
    sourceGit.git('remote', 'set-url', 'origin', 'https://github.com/example/hello-monorepo.git')
    const repoName = 'hello-monorepo'
    for (const name of [repoName, 'hello-docs'])
      execFileSync('git', ['clone', '-q', '--bare', distGit.dir, path.join(server, `rpms/${name}.git`)], {
        env: gitEnv(),
      })
    sourceGit
      .write(
        '.distro/source-git.yaml',
        MONOREPO + `dist_git_base_url: file://${server}/\ndist_git_namespace: rpms\n`,
      )
      .commit('Local dist-git')
    return { ...fixture, repoName }
  }

  it('proposes the release to every package the job selects, each to its own dist-git', async () => {
    const { sourceGit, repoName } = monorepo()
    const run = await cli('propose-downstream', '--dry-run', sourceGit.dir, '--tag', 'v1.1')
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`${repoName} main: would create`)
    expect(run.stdout).toContain('hello-docs main: would create')
    expect(run.stdout).toMatch(/^archive: .*\/hello-1\.1\.tar\.gz$/m)
    expect(run.stdout).toMatch(/^archive: .*\/hello-docs-1\.1\.tar\.gz$/m)
  })

  it('refuses one dist-git work tree for several packages, and takes --package', async () => {
    const { sourceGit, distGit } = monorepo()
    const run = await cli(
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--dist-git',
      distGit.dir,
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('this run proposes to 2')
    expect(run.stderr).toContain('choose one with --package')
    const one = await cli(
      'propose-downstream',
      '--dry-run',
      sourceGit.dir,
      '--tag',
      'v1.1',
      '--package',
      'hello-docs',
      '--dist-git',
      distGit.dir,
    )
    expect(one.stderr).toBe('')
    expect(one.code).toBe(0)
    expect(one.stdout).toContain('main: would create')
    expect(distGit.git('show', 'main-update-propose_downstream:hello-docs.spec')).toContain(
      'Name:           hello-docs',
    )
  })
})

describe('a package in a sub-directory (paths)', () => {
  it('is refused by name instead of being synced from the repository root', async () => {
    const { sourceGit, distGit } = buildReleaseFixture(RELEASE_CONFIG + 'paths: [./hello]\n')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'package hello has paths: [./hello]; srcgit runs its jobs from the repository root',
    )
    const propose = await cli(
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
    expect(propose.code).toBe(1)
    expect(propose.stderr).toContain('does not support a package in a sub-directory yet')
  })
})

describe('a source-git spec that is not the release upstream_ref names', () => {
  it('update-dist-git warns: the patches are made against upstream_ref, the archive is named by Version', async () => {
    // Release fixture: upstream_ref moved to v1.1, the .distro spec still says 1.0.
    const { sourceGit, distGit } = buildReleaseFixture()
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      'warning: .distro/hello.spec:2: Version is 1.0, but upstream_ref v1.1 is version 1.1: the patches are made against v1.1',
    )
  })
})
