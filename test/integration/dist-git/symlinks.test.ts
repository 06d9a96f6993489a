/**
 * Symbolic links in source-git and dist-git, with real links on disk: a link that leads out of
 * the repository (an absolute path, `..`, the checkout's `.git/config` with its token) is
 * refused by name, and nothing of what it points to reaches dist-git, a commit or a message.
 * Links inside the repository are copied as links, as rsync --archive (Packit) copies them.
 */
import { describe, expect, it, jest } from '@jest/globals'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { srcgit, type CliRun } from '../../support/cli.js'
import { gitEnv, type TestRepo } from '../../support/git-repo.js'
import {
  buildReleaseFixture,
  buildSourceGit,
  RELEASE_CONFIG,
  SOURCE_GIT_YAML,
} from '../../support/source-git-fixture.js'

Object.assign(process.env, gitEnv())
// Several real repositories and srcgit runs per test, on a shared machine.
jest.setTimeout(60_000)

const cli = (...argv: string[]) => srcgit(argv, os.tmpdir())

const SECRET = 'TOP-SECRET-4b1d9e'
const TOKEN = 'ghs_TOKEN0123456789abcdef'

/** A secret file outside every repository, as /etc/hostname or a token file on a runner. */
function secretFile(content = `${SECRET}\n`): string {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'srcgit-secret-')), 'secret')
  writeFileSync(file, content)
  return file
}

/** A real symbolic link in a repository, committed as git commits links (mode 120000). */
function link(repo: TestRepo, file: string, target: string): void {
  const full = path.join(repo.dir, file)
  mkdirSync(path.dirname(full), { recursive: true })
  rmSync(full, { force: true })
  symlinkSync(target, full)
}

/** The token actions/checkout leaves in the checkout's .git/config. */
function addCheckoutToken(repo: TestRepo): void {
  repo.git('config', 'http.https://github.com/.extraheader', `AUTHORIZATION: basic ${TOKEN}`)
}

/** Every byte dist-git has after the run: work tree files (links not followed) and all history. */
function everythingIn(repo: TestRepo): string {
  const parts: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.name === '.git') continue
      if (entry.isSymbolicLink()) parts.push(readlinkSync(full))
      else if (entry.isDirectory()) walk(full)
      else parts.push(readFileSync(full, 'utf8'))
    }
  }
  walk(repo.dir)
  parts.push(repo.git('log', '--all', '-p', '--format=%B'))
  return parts.join('\n')
}

function expectNoSecret(run: CliRun, distGit: TestRepo): void {
  for (const text of [run.stdout, run.stderr, everythingIn(distGit)]) {
    expect(text).not.toContain(SECRET)
    expect(text).not.toContain(TOKEN)
  }
}

describe('update-dist-git and links out of source-git', () => {
  it('refuses a link in .distro/ to a file outside the repository, absolute or relative', async () => {
    for (const relative of [false, true]) {
      const { sourceGit, distGit } = buildSourceGit()
      const secret = secretFile()
      const target = relative ? path.relative(path.join(sourceGit.dir, '.distro'), secret) : secret
      link(sourceGit, '.distro/hostname', target)
      sourceGit.commit('Packaging: hostname')
      const before = distGit.git('rev-parse', 'HEAD')
      const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(
        `.distro/hostname is a symbolic link to ${target}, ${relative ? '' : 'an absolute path, '}outside the source-git repository; ` +
          'replace the link by the file it points to, or point it inside the source-git repository',
      )
      expect(distGit.git('rev-parse', 'HEAD')).toBe(before)
      expect(distGit.git('status', '--porcelain', '--ignored')).toBe('')
      expectNoSecret(run, distGit)
    }
  })

  it("refuses a link to the checkout's own .git/config, where the token is", async () => {
    const { sourceGit, distGit } = buildSourceGit()
    addCheckoutToken(sourceGit)
    link(sourceGit, '.distro/config', '../.git/config')
    sourceGit.commit('Packaging: config')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('.distro/config is a symbolic link to ../.git/config, inside .git')
    expectNoSecret(run, distGit)
  })

  it('refuses a spec that is a link out, copied (sync_changelog: true) or merged (false)', async () => {
    for (const config of [
      SOURCE_GIT_YAML,
      SOURCE_GIT_YAML.replace('sync_changelog: true', 'sync_changelog: false'),
    ]) {
      const { sourceGit, distGit } = buildSourceGit(config)
      const secret = secretFile()
      link(sourceGit, '.distro/hello.spec', secret)
      sourceGit.commit('Packaging: spec elsewhere')
      const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`.distro/hello.spec is a symbolic link to ${secret}`)
      expectNoSecret(run, distGit)
    }
  })

  it('refuses a spec linked to a file in the work tree that git does not track', async () => {
    // A credentials file CI wrote into the workspace (ignored, so the checkout is still clean).
    const { sourceGit, distGit } = buildSourceGit(
      SOURCE_GIT_YAML.replace('sync_changelog: true', 'sync_changelog: false'),
    )
    sourceGit.write('.gitignore', 'gha-creds-*.json\n')
    link(sourceGit, '.distro/hello.spec', '../gha-creds-1.json')
    sourceGit.commit('Packaging: spec elsewhere')
    writeFileSync(path.join(sourceGit.dir, 'gha-creds-1.json'), `{"private_key": "${SECRET}"}\n`)
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      '.distro/hello.spec is a symbolic link that leads to gha-creds-1.json, a file git does not track',
    )
    expectNoSecret(run, distGit)
  })

  it('refuses a configuration file that is a link out, without printing what it points to', async () => {
    const { sourceGit, distGit } = buildSourceGit()
    const secret = secretFile(`${SECRET}: [not yaml\n`)
    link(sourceGit, '.distro/source-git.yaml', secret)
    sourceGit.commit('Packaging: config elsewhere')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`.distro/source-git.yaml is a symbolic link to ${secret}`)
    expectNoSecret(run, distGit)
  })

  it('copies a link inside the repository as a link, and refuses one that would point out of dist-git', async () => {
    const { sourceGit, distGit } = buildSourceGit()
    bumpSpec(sourceGit)
    link(sourceGit, '.distro/README.md', 'hello.spec')
    sourceGit.commit('Packaging: README')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.stderr).not.toContain('srcgit update-dist-git:')
    expect(run.code).toBe(0)
    expect(distGit.git('ls-files', '-s', 'README.md')).toMatch(/^120000 /)
    expect(readlinkSync(path.join(distGit.dir, 'README.md'))).toBe('hello.spec')

    // ../NEWS is NEWS in source-git, but from dist-git's top directory it leads out of it.
    link(sourceGit, '.distro/NEWS', '../NEWS')
    sourceGit.commit('Packaging: NEWS')
    const out = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync again')
    expect(out.code).toBe(1)
    expect(out.stderr).toContain(
      '.distro/NEWS copied to dist-git: NEWS is a symbolic link to ../NEWS, outside the dist-git repository',
    )
    expect(existsSync(path.join(distGit.dir, 'NEWS'))).toBe(false)
  })

  it('replaces links in dist-git instead of writing through them (a directory, the spec, a patch)', async () => {
    // Without delete, the links are still there when the files and patches are written.
    const { sourceGit, distGit } = buildSourceGit(SOURCE_GIT_YAML.replace('delete: true', 'delete: false'))
    const outside = mkdtempSync(path.join(os.tmpdir(), 'srcgit-outside-'))
    for (const victim of ['spec', 'patch']) writeFileSync(path.join(outside, victim), 'ORIGINAL\n')
    link(distGit, 'tests', outside)
    link(distGit, 'hello.spec', path.join(outside, 'spec'))
    link(distGit, 'news.patch', path.join(outside, 'patch'))
    distGit.commit('Links a packager made')
    sourceGit.write('.distro/tests/tests.yml', '- hosts: localhost\n')
    sourceGit.commit('Packaging: tests')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync', '--force')
    expect(run.stderr).not.toContain('srcgit update-dist-git:')
    expect(run.code).toBe(0)
    expect(readdirSync(outside).sort()).toEqual(['patch', 'spec'])
    for (const victim of ['spec', 'patch'])
      expect(readFileSync(path.join(outside, victim), 'utf8')).toBe('ORIGINAL\n')
    expect(lstatSync(path.join(distGit.dir, 'tests')).isDirectory()).toBe(true)
    expect(distGit.git('ls-files', '-s', 'hello.spec', 'news.patch', 'tests')).toMatch(
      /^100644 \S+ 0\thello.spec\n100644 \S+ 0\tnews.patch\n100644 \S+ 0\ttests\/tests.yml$/,
    )
    expect(readFileSync(path.join(distGit.dir, 'hello.spec'), 'utf8')).toContain('Patch2:         news.patch')
    expect(readFileSync(path.join(distGit.dir, 'news.patch'), 'utf8')).toContain('+part 2')
  })

  it('refuses a Patch-name that is a path', async () => {
    const { sourceGit, distGit } = buildSourceGit()
    sourceGit.write('escape.txt', 'x\n')
    sourceGit.commit('Escape\n\nPatch-name: ../escape.patch\n')
    const run = await cli('update-dist-git', sourceGit.dir, distGit.dir, '-m', 'Sync')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Patch-name "../escape.patch" is not a file name')
    expect(existsSync(path.join(distGit.dir, '..', 'escape.patch'))).toBe(false)
  })
})

describe('propose-downstream --dry-run and links out of source-git', () => {
  const propose = (sourceGit: TestRepo, distGit: TestRepo) =>
    cli(
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

  it('refuses a spec linked to a file outside, before anything is read from it', async () => {
    const { sourceGit, distGit } = buildReleaseFixture()
    const secret = secretFile()
    link(sourceGit, '.distro/hello.spec', secret)
    sourceGit.commit('Packaging: spec elsewhere')
    const run = await propose(sourceGit, distGit)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`.distro/hello.spec is a symbolic link to ${secret}`)
    expect(distGit.git('branch', '--list', 'main-update-propose_downstream')).toBe('')
    expectNoSecret(run, distGit)
  })

  it('refuses files_to_sync links to .git/config and outside, and the job summary has none of it', async () => {
    const { sourceGit, distGit } = buildReleaseFixture(
      RELEASE_CONFIG +
        'sync_changelog: true\nfiles_to_sync:\n  - src: .distro/\n    dest: .\n    filters: [exclude source-git.yaml]\n',
    )
    bumpSpec(sourceGit)
    addCheckoutToken(sourceGit)
    link(sourceGit, '.distro/token', '../.git/config')
    link(sourceGit, '.distro/hostname', secretFile())
    sourceGit.commit('Packaging: more files')
    const run = await propose(sourceGit, distGit)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('.distro/token is a symbolic link to ../.git/config, inside .git')
    expect(run.stderr).toContain('.distro/hostname is a symbolic link to ')
    expect(distGit.git('branch', '--list', 'main-update-propose_downstream')).toBe('')
    expectNoSecret(run, distGit)
  })

  it("does not read or write through a link in dist-git's own sources file", async () => {
    const { sourceGit, distGit } = buildReleaseFixture()
    const secret = secretFile(`SHA512 (secret.tar.gz) = ${'ef'.repeat(64)} ${SECRET}\n`)
    link(distGit, 'sources', secret)
    distGit.commit('sources elsewhere')
    const run = await propose(sourceGit, distGit)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('sources in the dist-git work tree')
    expect(run.stderr).toContain('is a symbolic link; srcgit does not read through it')
    expect(readFileSync(secret, 'utf8')).toContain(SECRET)
    expect(distGit.git('branch', '--list', 'main-update-propose_downstream')).toBe('')
    for (const text of [run.stdout, run.stderr]) expect(text).not.toContain(SECRET)
  })

  it('puts a link inside the repository into the proposed commit as a link', async () => {
    const { sourceGit, distGit } = buildReleaseFixture(
      RELEASE_CONFIG +
        'sync_changelog: true\nfiles_to_sync:\n  - src: .distro/\n    dest: .\n    filters: [exclude source-git.yaml]\n',
    )
    bumpSpec(sourceGit)
    link(sourceGit, '.distro/README.md', 'hello.spec')
    sourceGit.commit('Packaging: README')
    const run = await propose(sourceGit, distGit)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(distGit.git('ls-tree', 'main-update-propose_downstream', 'README.md')).toMatch(/^120000 blob /)
    expect(distGit.git('show', 'main-update-propose_downstream:README.md')).toBe('hello.spec')
  })
})

/** The source-git spec at the release's Version (sync_changelog copies it as it is); not committed. */
function bumpSpec(repo: TestRepo): void {
  const spec = readFileSync(path.join(repo.dir, '.distro/hello.spec'), 'utf8')
  repo.write('.distro/hello.spec', spec.replace(/^Version:.*$/m, 'Version:        1.1'))
}
