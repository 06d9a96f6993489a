/**
 * propose-downstream --dry-run names the archive from Source0 written with Fedora's standard
 * macros (%crates_source, %gosource), asks rpmspec for what srcgit cannot expand (Lua), and says
 * in one line that it uploads nothing for a Source0 that is not an archive (.gem) or when the
 * spec has none: no git-archive tarball under a .gem name.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildReleaseFixture, exampleSpec } from '../support/source-git-fixture.js'
import { gitEnv } from '../support/git-repo.js'
import { srcgit } from '../support/cli.js'

Object.assign(process.env, gitEnv())

const SOURCE0 = 'Source0:        %{url}/archive/v%{version}/%{name}-%{version}.tar.gz'

/** The release fixture with the spec's Source0 (and what precedes Name) replaced, in source-git and dist-git. */
function fixtureWith(source0: string, header = '') {
  const fixture = buildReleaseFixture()
  const spec = (text: string) => header + text.replace(SOURCE0, source0)
  const { sourceGit, distGit } = fixture
  sourceGit.write(
    '.distro/hello.spec',
    spec(readFileSync(path.join(sourceGit.dir, '.distro/hello.spec'), 'utf8')),
  )
  sourceGit.commit('Packaging: Source0 for this test')
  distGit.write('hello.spec', spec(exampleSpec()))
  distGit.commit('Source0 for this test')
  return fixture
}

async function propose(fixture: ReturnType<typeof fixtureWith>) {
  return srcgit(
    [
      'propose-downstream',
      '--dry-run',
      fixture.sourceGit.dir,
      '--tag',
      'v1.1',
      '--branch',
      'main',
      '--dist-git',
      fixture.distGit.dir,
      '--date',
      '2026-11-05',
    ],
    os.tmpdir(),
  )
}

const show = (fixture: ReturnType<typeof fixtureWith>, file: string) =>
  fixture.distGit.git('show', `main-update-propose_downstream:${file}`)

/** Where propose-downstream keeps the archive: the dist-git checkout's git directory, not its work tree. */
const archives = (fixture: { distGit: { dir: string } }) =>
  path.join(fixture.distGit.dir, '.git/srcgit/archives')

describe('propose-downstream names the archive', () => {
  it('from %{crates_source}: hello-1.1.crate, a gzip tar of the tag', async () => {
    const fixture = fixtureWith('Source:         %{crates_source}', '%global crate hello\n')
    const run = await propose(fixture)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const archive = path.join(archives(fixture), 'hello-1.1.crate')
    expect(run.stdout).toContain(`archive: ${archive}\n`)
    expect(execFileSync('tar', ['-tzf', archive], { encoding: 'utf8' })).toContain('hello-1.1/hello.c')
    expect(show(fixture, 'sources')).toMatch(/^SHA512 \(hello-1\.1\.crate\) = [0-9a-f]{128}$/m)
    expect(show(fixture, '.gitignore')).toContain('/hello-1.1.crate')
  })

  it('from %{gosource} after %gometa: the GitHub archive of v1.1', async () => {
    // As go2rpm writes it: %goipath first, %gometa after Version, Source %{gosource}.
    const fixture = fixtureWith(
      '%gometa -L -f\nSource:         %{gosource}',
      '%global goipath github.com/example/hello\n',
    )
    const run = await propose(fixture)
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`archive: ${path.join(archives(fixture), 'hello-1.1.tar.gz')}\n`)
    expect(show(fixture, 'sources')).toMatch(/^SHA512 \(hello-1\.1\.tar\.gz\) = [0-9a-f]{128}$/m)
  })

  it('from a Lua Source0, by rpmspec, and says so', async () => {
    const fixture = fixtureWith(
      'Source0:        %{lua: print("https://example.org/" .. rpm.expand("%{name}-%{version}") .. ".tar.xz")}',
    )
    const run = await propose(fixture)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'note: main: Source0 hello-1.1.tar.xz: named by rpmspec (srcgit could not expand it)\n',
    )
    expect(
      execFileSync('xz', ['-dc', path.join(archives(fixture), 'hello-1.1.tar.xz')]).length,
    ).toBeGreaterThan(0)
  })

  it('from a shell one-liner srcgit computes', async () => {
    const fixture = fixtureWith(
      "Source0:        %{url}/archive/v%{version}/%{name}-%(echo %{version} | tr '.' '_').tar.gz",
    )
    const run = await propose(fixture)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(run.stdout).toContain(`archive: ${path.join(archives(fixture), 'hello-1_1.tar.gz')}\n`)
    expect(show(fixture, 'sources')).toMatch(/^SHA512 \(hello-1_1\.tar\.gz\) = [0-9a-f]{128}$/m)
  })

  it('uploads nothing for a .gem Source0, and says so in one line', async () => {
    const fixture = fixtureWith('Source0:        https://rubygems.org/gems/%{name}-%{version}.gem')
    const sourcesBefore = readFileSync(path.join(fixture.distGit.dir, 'sources'), 'utf8')
    const run = await propose(fixture)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'note: main: srcgit uploads nothing: Source0 hello-1.1.gem (hello.spec:7) is not an archive git archive makes ' +
        'from v1.1 (.tar.gz, .tgz, .crate, .tar.xz, .tar.bz2, .tar.zst, .tar or .zip), and srcgit does not upload it ' +
        'under that name; add it to the lookaside cache on the proposed branch (fedpkg new-sources hello-1.1.gem) or the build lacks it\n',
    )
    expect(run.stdout).toContain('archive: none (see the notes)\n')
    expect(show(fixture, 'hello.spec')).toContain('Version:        1.1\n')
    expect(show(fixture, 'sources')).toBe(sourcesBefore.trimEnd())
    expect(readdirSync(fixture.distGit.dir).filter((f) => f.endsWith('.gem'))).toEqual([])
  })

  it('uploads nothing for a Source0 that is a file committed to dist-git', async () => {
    const fixture = fixtureWith('Source0:        hello-manual.tex')
    fixture.distGit.write('hello-manual.tex', '\\documentclass{article}\n').commit('Add the manual')
    const run = await propose(fixture)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'note: main: Source0 hello-manual.tex is a file committed to dist-git, not an archive of the release: srcgit uploads nothing for it\n',
    )
  })

  it('refuses a multi-line Lua Source0 rpm cannot read either in one line', async () => {
    const fixture = fixtureWith(
      'Source0:        %{lua:\n  print(rpm.expand("%{undefined_base}") ..\n  "/x.tar.gz")\n}',
    )
    const run = await propose(fixture)
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
    expect(run.stderr).toContain(
      'Source0 cannot be expanded (%{lua: print(rpm.expand("%{undefined_base}") .. "/x.tar.gz"…: Lua code is not evaluated), ' +
        'so the archive cannot be named; write it with macros the spec defines (rpm could not name it either: ' +
        'rpmspec leaves %{undefined_base}/x.tar.gz unexpanded (the package defining it is not installed here))',
    )
  })

  it('uploads nothing when the spec has no Source0', async () => {
    const fixture = fixtureWith('')
    const run = await propose(fixture)
    expect(run.code).toBe(0)
    expect(run.stderr).toBe(
      'note: main: hello.spec has no Source0: srcgit makes and uploads no archive for this release\n',
    )
    expect(existsSync(path.join(fixture.distGit.dir, 'hello-1.1.tar.gz'))).toBe(false)
  })

  it('refuses a Source0 neither srcgit nor rpm can expand, naming it', async () => {
    const fixture = fixtureWith('Source0:        %{undefined_forge_macro}/hello-%{version}.tar.gz')
    const run = await propose(fixture)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      'hello.spec:7: Source0 cannot be expanded (%{undefined_forge_macro}: %{undefined_forge_macro} is not defined in this spec), ' +
        'so the archive cannot be named; write it with macros the spec defines (rpm could not name it either: rpmspec leaves',
    )
  })
})
